"""Proxy exemption: for real against tinyproxy and the simulator on Linux; other systems'
steps as exact argument lists and registry values."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from invoice_tray.config import load_config
from invoice_tray.config import schema as s
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.engine.settings import CheckSettings
from invoice_tray.fixes import proxy_exemption
from invoice_tray.fixes.journal import Journal
from invoice_tray.fixes.model import FixOption, StepStatus
from invoice_tray.fixes.oscommand import CommandResult
from invoice_tray.fixes.proxy_exemption import INTERNET_SETTINGS, PROXY_OVERRIDE
from invoice_tray.fixes.runner import FixRunner
from invoice_tray.fixes.validate import UnsafeValue
from invoice_tray.simulator.server import Simulator
from invoice_tray.system.registry import MemoryRegistry
from tests.conftest import needs_tinyproxy
from tests.fixes.fakes import RecordingCommands, context

HOST = "invoice.example.cn"


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "fixes.sqlite3")


def statuses(result: object) -> list[tuple[str, str]]:
    return [(o.step_id, o.status.value) for o in result.outcomes]  # type: ignore[attr-defined]


@needs_tinyproxy
@pytest.mark.proxy
def test_blocked_then_exempt_then_undone_against_a_real_proxy(
    simulator: Simulator, tinyproxy: Callable[[int], str], tmp_path: Path, journal: Journal
) -> None:
    proxy = tinyproxy(443)  # CONNECT to the simulator's port is refused: 403
    ctx = context(tmp_path, "linux", server=simulator.url)
    original = (
        f'[server]\nurl = "{simulator.url}"\nca_file = "{simulator.ca_path.as_posix()}"\n\n'
        f'[network]\nproxy = "{proxy}"  # set by IT\n'
    )
    ctx.config_path.write_text(original, encoding="utf-8")
    changes: list[int] = []
    ctx.on_app_change = lambda: changes.append(1)

    def check() -> str:
        report = run_check_sync(CheckSettings.from_config(load_config(ctx.config_path)))
        cause = report.verdict.cause
        return cause.code if cause else report.verdict.light.label

    assert check() == "proxy-blocked"
    plan = proxy_exemption.plan(ctx)
    assert [step.id for step in plan.steps] == ["app-bypass", "gnome-ignore-hosts",
                                                 "no-proxy-advice"]  # fmt: skip
    result = FixRunner(ctx, journal).run(plan)
    assert result.status == "done"
    assert statuses(result) == [
        ("app-bypass", "done"),
        ("gnome-ignore-hosts", "unavailable"),
        ("no-proxy-advice", "unavailable"),
    ]
    advice = result.outcomes[2].message
    assert advice is not None and "add 127.0.0.1 to their proxy exceptions" in str(advice)
    assert plan.steps[2].actions(ctx) == ["no_proxy=127.0.0.1"]  # for the helpdesk
    assert check() == "green"
    assert changes == [1]

    undone = FixRunner(ctx, journal).undo(result.run_id)
    assert undone.ok
    assert check() == "proxy-blocked"
    assert ctx.config_path.read_text(encoding="utf-8") == original  # restored exactly
    run = journal.get(result.run_id)
    assert run is not None and run.status == "undone" and not run.can_undo


def test_windows_proxy_override_is_added_before_local_and_restored(
    tmp_path: Path, journal: Journal
) -> None:
    ctx = context(tmp_path, "win32")
    registry = ctx.registry
    assert isinstance(registry, MemoryRegistry)
    registry.set(INTERNET_SETTINGS, PROXY_OVERRIDE, "*.corp.local;<local>")
    refreshed: list[int] = []
    ctx.refresh_internet_settings = lambda: refreshed.append(1)
    plan = proxy_exemption.plan(ctx)
    assert [step.id for step in plan.steps] == ["app-bypass", "windows-proxy-override"]
    assert plan.to_json(ctx)["steps"][1]["actions"][0] == (
        "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings"
        "\\ProxyOverride = *.corp.local;invoice.example.cn;<local>"
    )
    result = FixRunner(ctx, journal).run(plan)
    assert result.status == "done"
    assert registry.get(INTERNET_SETTINGS, PROXY_OVERRIDE) == (
        "*.corp.local;invoice.example.cn;<local>"
    )
    assert refreshed == [1]
    assert load_config(ctx.config_path)[s.NETWORK_PROXY_BYPASS] == (HOST,)
    FixRunner(ctx, journal).undo(result.run_id)
    assert registry.get(INTERNET_SETTINGS, PROXY_OVERRIDE) == "*.corp.local;<local>"
    assert load_config(ctx.config_path)[s.NETWORK_PROXY_BYPASS] == ()
    assert refreshed == [1, 1]


def test_windows_without_an_override_gets_it_removed_again(
    tmp_path: Path, journal: Journal
) -> None:
    ctx = context(tmp_path, "win32")
    result = FixRunner(ctx, journal).run(proxy_exemption.plan(ctx))
    assert ctx.registry.get(INTERNET_SETTINGS, PROXY_OVERRIDE) == HOST
    FixRunner(ctx, journal).undo(result.run_id)
    assert isinstance(ctx.registry, MemoryRegistry) and ctx.registry.values == {}


def test_winhttp_is_copied_with_rights_and_restored_from_its_own_dump(
    tmp_path: Path, journal: Journal
) -> None:
    dump = 'pushd winhttp\nset proxy proxy-server="proxy:8080" bypass-list="<local>"\npopd\n'
    restored: list[str] = []

    def run_script(argv: list[str]) -> CommandResult:
        restored.append(Path(argv[2]).read_text(encoding="utf-8"))
        return CommandResult(0, "")

    commands = RecordingCommands(
        {("netsh", "winhttp", "dump"): CommandResult(0, dump), ("netsh", "-f"): run_script}
    )
    ctx = context(tmp_path, "win32", commands)
    result = FixRunner(ctx, journal).run(proxy_exemption.plan(ctx, frozenset({FixOption.WINHTTP})))
    assert result.status == "done"
    assert commands.calls == [
        (["netsh", "winhttp", "dump"], False),
        (["netsh", "winhttp", "import", "proxy", "source=ie"], True),
    ]
    FixRunner(ctx, journal).undo(result.run_id)
    assert commands.calls[-1][1] is True
    assert restored == [dump]


MAC_SERVICES = (
    "An asterisk (*) denotes that a network service is disabled.\n"
    "Wi-Fi\n*Bluetooth PAN\nUSB 10/100/1000 LAN\n"
)


def mac_commands(refuse: str | None = None) -> RecordingCommands:
    return RecordingCommands(
        {
            ("networksetup", "-listallnetworkservices"): CommandResult(0, MAC_SERVICES),
            ("networksetup", "-getproxybypassdomains", "Wi-Fi"): CommandResult(
                0, "*.local\n169.254/16\n"
            ),
            ("networksetup", "-getproxybypassdomains", "USB 10/100/1000 LAN"): CommandResult(
                0, "There aren't any bypass domains set on USB 10/100/1000 LAN.\n"
            ),
        },
        refuse_admin=lambda argv: refuse is not None and refuse in argv,
    )


def test_macos_active_services_get_the_exception_and_lose_it_on_undo(
    tmp_path: Path, journal: Journal
) -> None:
    commands = mac_commands()
    ctx = context(tmp_path, "darwin", commands)
    plan = proxy_exemption.plan(ctx)
    assert [step.id for step in plan.steps] == [
        "app-bypass",
        "macos-bypass:Wi-Fi",
        "macos-bypass:USB 10/100/1000 LAN",
    ]
    assert all(step.needs_admin for step in plan.steps[1:])
    result = FixRunner(ctx, journal).run(plan)
    assert result.status == "done"
    sets = [(argv, admin) for argv, admin in commands.calls if "-setproxybypassdomains" in argv]
    assert sets == [
        (["networksetup", "-setproxybypassdomains", "Wi-Fi", "*.local", "169.254/16", HOST], True),
        (["networksetup", "-setproxybypassdomains", "USB 10/100/1000 LAN", HOST], True),
    ]
    FixRunner(ctx, journal).undo(result.run_id)
    undone = [argv for argv, _ in commands.calls if "-setproxybypassdomains" in argv][2:]
    assert undone == [
        ["networksetup", "-setproxybypassdomains", "USB 10/100/1000 LAN", "Empty"],
        ["networksetup", "-setproxybypassdomains", "Wi-Fi", "*.local", "169.254/16"],
    ]


def test_a_refused_prompt_stops_the_plan_and_puts_back_what_was_done(
    tmp_path: Path, journal: Journal
) -> None:
    commands = mac_commands(refuse="USB 10/100/1000 LAN")
    ctx = context(tmp_path, "darwin", commands)
    result = FixRunner(ctx, journal).run(proxy_exemption.plan(ctx))
    assert result.status == "refused"
    assert result.problem is not None and "administrator rights" in str(result.problem)
    assert result.rolled_back == ["macos-bypass:Wi-Fi", "app-bypass"]
    assert load_config(ctx.config_path)[s.NETWORK_PROXY_BYPASS] == ()
    last = [argv for argv, _ in commands.calls if "-setproxybypassdomains" in argv][-1]
    assert last == ["networksetup", "-setproxybypassdomains", "Wi-Fi", "*.local", "169.254/16"]
    run = journal.get(result.run_id)
    assert run is not None
    assert [(st.step_id, st.status) for st in run.steps] == [
        ("app-bypass", StepStatus.ROLLED_BACK),
        ("macos-bypass:Wi-Fi", StepStatus.ROLLED_BACK),
        ("macos-bypass:USB 10/100/1000 LAN", StepStatus.REFUSED),
    ]
    assert not run.can_undo


class FailingRegistry(MemoryRegistry):
    def set(self, key: str, name: str, value: str) -> None:
        raise PermissionError(13, "Access is denied")


def test_a_failing_step_mid_plan_rolls_back_the_earlier_ones(
    tmp_path: Path, journal: Journal
) -> None:
    ctx = context(tmp_path, "win32")
    ctx.registry = FailingRegistry()
    result = FixRunner(ctx, journal).run(proxy_exemption.plan(ctx))
    assert result.status == "failed"
    assert statuses(result) == [("app-bypass", "done"), ("windows-proxy-override", "failed")]
    assert str(result.problem) == "the system did not allow it"
    assert "Access is denied" in result.outcomes[1].output  # the system's words, for the helpdesk
    assert result.rolled_back == ["app-bypass"]
    assert load_config(ctx.config_path)[s.NETWORK_PROXY_BYPASS] == ()


def test_gnome_ignore_hosts_round_trip(tmp_path: Path, journal: Journal) -> None:
    previous = "['localhost', '127.0.0.0/8', '::1']"
    commands = RecordingCommands({("gsettings", "get"): CommandResult(0, previous + "\n")})
    ctx = context(tmp_path, "linux", commands, programs=["gsettings"])
    result = FixRunner(ctx, journal).run(proxy_exemption.plan(ctx))
    assert statuses(result)[:2] == [("app-bypass", "done"), ("gnome-ignore-hosts", "done")]
    sets = [argv for argv, _ in commands.calls if argv[1] == "set"]
    assert sets == [
        ["gsettings", "set", "org.gnome.system.proxy", "ignore-hosts",
         "['localhost', '127.0.0.0/8', '::1', 'invoice.example.cn']"],
    ]  # fmt: skip
    FixRunner(ctx, journal).undo(result.run_id)
    assert commands.calls[-1][0][-1] == previous


def test_a_missing_server_address_gives_no_plan(tmp_path: Path) -> None:
    ctx = context(tmp_path, "linux", server="")
    ctx.config_path.write_text("", encoding="utf-8")
    with pytest.raises(UnsafeValue):
        proxy_exemption.plan(ctx)


def test_a_bypass_list_the_it_department_locks_is_left_alone(
    tmp_path: Path, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from invoice_tray.config import policy

    machine = tmp_path / "policy.toml"
    machine.write_text('[locked.network]\nproxy_bypass = ["intranet.company.cn"]\n', "utf-8")
    monkeypatch.setattr(policy, "policy_file", lambda: machine)
    ctx = context(tmp_path, "win32")
    result = FixRunner(ctx, journal).run(proxy_exemption.plan(ctx))
    assert statuses(result)[0] == ("app-bypass", "unavailable")
    assert str(result.outcomes[0].message) == "set by your IT department"
    assert load_config(ctx.config_path)[s.NETWORK_PROXY_BYPASS] == ("intranet.company.cn",)


@pytest.mark.parametrize("platform", ["win32", "linux"])
def test_where_a_script_chooses_the_proxy_only_this_program_is_changed(
    tmp_path: Path, journal: Journal, platform: str
) -> None:
    """Windows reads no ProxyOverride, GNOME no ignore-hosts, while an automatic
    configuration script is in charge: the plan says so and changes only the app's own
    bypass list, which the app applies before asking the script."""
    ctx = context(tmp_path, platform, programs=("gsettings",))
    script = "http://wpad.corp.cn/proxy.pac"
    if platform == "win32":
        ctx.registry.set(INTERNET_SETTINGS, "AutoConfigURL", script)
    else:
        ctx.config_path.write_text(
            f'[server]\nurl = "https://{HOST}/api"\n[network]\nproxy = "pac:{script}"\n',
            encoding="utf-8",
        )
    plan = proxy_exemption.plan(ctx)
    assert [step.id for step in plan.steps] == ["app-bypass", "proxy-script-advice"]
    assert "automatic configuration script" in str(plan.why)
    advice = plan.to_json(ctx)["steps"][1]
    assert advice["actions"] == []
    assert script in advice["unavailable"] and HOST in advice["unavailable"]
    result = FixRunner(ctx, journal).run(plan)
    assert statuses(result) == [("app-bypass", "done"), ("proxy-script-advice", "unavailable")]
    assert load_config(ctx.config_path)[s.NETWORK_PROXY_BYPASS] == (HOST,)
    assert ctx.registry.get(INTERNET_SETTINGS, PROXY_OVERRIDE) is None
