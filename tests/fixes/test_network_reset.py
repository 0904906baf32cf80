"""Network reset plans per system, as exact argument lists; the app's own reset for real."""

from __future__ import annotations

from pathlib import Path

from invoice_tray.engine import tls
from invoice_tray.fixes import network_reset
from invoice_tray.fixes.journal import Journal
from invoice_tray.fixes.model import Plan
from invoice_tray.fixes.oscommand import CommandResult
from invoice_tray.fixes.runner import FixRunner
from tests.fixes.fakes import RecordingCommands, context


def argv_of(plan: Plan, ctx: object) -> list[tuple[str, list[str], bool]]:
    return [(step.id, getattr(step, "argv", []), step.needs_admin) for step in plan.steps]


def test_windows_plan_and_restart(tmp_path: Path) -> None:
    ctx = context(tmp_path, "win32", programs=["ipconfig", "netsh"])
    plan = network_reset.plan(ctx)
    assert plan.restart_required
    assert argv_of(plan, ctx) == [
        ("app-network-state", [], False),
        ("flush-dns", ["ipconfig", "/flushdns"], False),
        ("release", ["ipconfig", "/release"], True),
        ("renew", ["ipconfig", "/renew"], True),
        ("winsock-reset", ["netsh", "winsock", "reset"], True),
        ("ip-reset", ["netsh", "int", "ip", "reset"], True),
    ]


def test_a_refused_prompt_stops_the_windows_reset_cleanly(tmp_path: Path) -> None:
    commands = RecordingCommands(refuse_admin=lambda argv: True)
    ctx = context(tmp_path, "win32", commands, programs=["ipconfig", "netsh"])
    result = FixRunner(ctx, Journal(tmp_path / "j.sqlite3")).run(network_reset.plan(ctx))
    assert result.status == "refused"
    assert [(o.step_id, o.status.value) for o in result.outcomes] == [
        ("app-network-state", "done"),
        ("flush-dns", "done"),
        ("release", "refused"),
    ]
    assert commands.calls == [(["ipconfig", "/flushdns"], False)]


def test_macos_plan_uses_the_default_route_interface(tmp_path: Path) -> None:
    commands = RecordingCommands(
        {("route", "-n", "get", "default"): CommandResult(
            0, "   route to: default\ndestination: default\n  interface: en0\n"
        )}
    )  # fmt: skip
    ctx = context(tmp_path, "darwin", commands)
    assert argv_of(network_reset.plan(ctx), ctx)[1:] == [
        ("flush-dns", ["dscacheutil", "-flushcache"], True),
        ("restart-mdns", ["killall", "-HUP", "mDNSResponder"], True),
        ("renew:en0", ["ipconfig", "set", "en0", "DHCP"], True),
    ]


def test_macos_odd_interface_names_are_not_used(tmp_path: Path) -> None:
    commands = RecordingCommands({("route",): CommandResult(0, "interface: en0; rm -rf /\n")})
    ctx = context(tmp_path, "darwin", commands)
    assert [s.id for s in network_reset.plan(ctx).steps][-1] == "restart-mdns"


def test_linux_plan_reconnects_active_network_manager_connections(tmp_path: Path) -> None:
    active = "Office\\:5G:802-11-wireless\nlo:loopback\nWired connection 1:802-3-ethernet\n"
    commands = RecordingCommands({("nmcli", "-t"): CommandResult(0, active)})
    ctx = context(tmp_path, "linux", commands, programs=["nmcli"])
    assert argv_of(network_reset.plan(ctx), ctx)[1:] == [
        ("flush-dns", ["resolvectl", "flush-caches"], False),
        ("reconnect:Office:5G", ["nmcli", "connection", "up", "Office:5G"], False),
        ("reconnect:Wired connection 1", ["nmcli", "connection", "up", "Wired connection 1"],
         False),
    ]  # fmt: skip


def test_on_this_machine_the_app_resets_itself_and_says_what_is_missing(
    tmp_path: Path,
) -> None:
    """Run for real: the app's own reset; resolvectl and nmcli are absent here."""
    ctx = context(tmp_path, "linux")
    tls._context_cache[("marker", 0.0)] = tls._system_context()
    result = FixRunner(ctx, Journal(tmp_path / "j.sqlite3")).run(network_reset.plan(ctx))
    assert result.status == "done"
    assert [(o.step_id, o.status.value) for o in result.outcomes] == [
        ("app-network-state", "done"),
        ("flush-dns", "unavailable"),
    ]
    assert str(result.outcomes[1].message) == "the system tool it needs is not on this computer"
    assert tls._context_cache == {}


def test_terse_fields_keep_escaped_colons() -> None:
    assert network_reset.split_terse("a\\:b:c\\\\d:e") == ["a:b", "c\\d", "e"]
