"""Proxy auto-configuration scripts, served over loopback HTTP like an intranet's PAC file:
the check goes the way the script says (through a real tinyproxy, or direct), tries the
script's ways in order, keeps the last good script, and tells a broken or missing script as
its own warning."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from invoice_tray.config.types import InvalidValue, ProxySetting
from invoice_tray.engine import pac
from invoice_tray.engine.proxy import ProxySource, choose_proxy
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.engine.settings import CheckSettings
from invoice_tray.simulator.server import Simulator
from invoice_tray.system import proxy_script
from invoice_tray.system.registry import MemoryRegistry
from tests.conftest import free_port, needs_squid, needs_tinyproxy, settings_for

SEND_THROUGH = """
function FindProxyForURL(url, host) {{
    if (shExpMatch(url, "https://127.0.0.1:{port}*")) return "{ways}";
    return "DIRECT";
}}
"""
READ_THE_SYSTEM = proxy_script._read  # before the clean environment replaces it
BROKEN = "function FindProxyForURL(url, host) { return ;; )"


class ScriptServer:
    """Serves one file at /proxy.pac, as an intranet web server would; the file can be
    changed, or taken away (404), between requests."""

    def __init__(self) -> None:
        self.body: bytes | None = None
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.requests += 1
                if outer.body is None or self.path != "/proxy.pac":
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ns-proxy-autoconfig")
                self.send_header("Content-Length", str(len(outer.body)))
                self.end_headers()
                self.wfile.write(outer.body)

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/proxy.pac"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def serve(self, text: str) -> None:
        self.body = text.encode("utf-8")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def script_server() -> Iterator[ScriptServer]:
    server = ScriptServer()
    yield server
    server.close()


def proxy_check(report: object) -> dict[str, object]:
    checks = report.to_json()["checks"]  # type: ignore[attr-defined]
    found: dict[str, object] = next(c for c in checks if c["id"] == "proxy")
    return found


@needs_tinyproxy
@pytest.mark.proxy
def test_the_script_sends_the_invoice_server_through_a_real_proxy(
    simulator: Simulator,
    tinyproxy: Callable[[int], str],
    script_server: ScriptServer,
    tmp_path: Path,
) -> None:
    proxy = tinyproxy(simulator.port)
    ways = f"PROXY {proxy.removeprefix('http://')}; DIRECT"
    script_server.serve(SEND_THROUGH.format(port=simulator.port, ways=ways))
    setting = f"pac:{script_server.url}"
    report = run_check_sync(settings_for(simulator, proxy_setting=setting, state_dir=tmp_path))
    assert report.verdict.light.label == "green", report.to_json()
    check = proxy_check(report)
    assert check["detail"] == {
        "proxy": proxy,
        "source": "config",
        "script": script_server.url,
        "rule": ways,
        "ways": [proxy, "DIRECT"],
    }
    assert "as the automatic proxy configuration script says" in str(check["summary"])
    # Everything else goes direct, as the script says: the OCSP responder among them.
    assert choose_proxy(setting, (), "http://ocsp.example.cn/").url is None
    # The script is kept with its fetch time, for the next round, the outbox and the upload.
    kept = json.loads((tmp_path / pac.KEPT_FILE).read_text(encoding="utf-8"))
    assert kept["url"] == script_server.url and kept["fetched_at"] > 0
    fetched = script_server.requests
    again = run_check_sync(settings_for(simulator, proxy_setting=setting, state_dir=tmp_path))
    assert again.verdict.light.label == "green"
    assert script_server.requests == fetched  # still fresh: not fetched again


@needs_squid
@pytest.mark.proxy
def test_the_scripts_proxy_signs_in_with_the_user_name_of_the_settings(
    simulator: Simulator,
    squid: Callable[..., str],
    script_server: ScriptServer,
    tmp_path: Path,
) -> None:
    """A proxy the script names that asks for a user name and password: the name is
    ``network.proxy_user``, the password the keyring's."""
    proxy = squid("张会计", "right-one")
    ways = f"PROXY {proxy.removeprefix('http://')}"
    script_server.serve(SEND_THROUGH.format(port=simulator.port, ways=ways))
    setting = f"pac:{script_server.url}"
    for user in ("", "someone-else"):
        report = run_check_sync(
            settings_for(
                simulator,
                proxy_setting=setting,
                state_dir=tmp_path,
                proxy_user=user,
                proxy_password="right-one",
            )
        )
        cause = report.verdict.cause
        assert cause is not None and cause.code == "proxy-auth-required", report.to_json()
    report = run_check_sync(
        settings_for(
            simulator,
            proxy_setting=setting,
            state_dir=tmp_path,
            proxy_user="张会计",
            proxy_password="right-one",
        )
    )
    assert report.verdict.light.label == "green", report.to_json()
    assert proxy_check(report)["detail"]["proxy"] == proxy  # type: ignore[index]


@needs_tinyproxy
@pytest.mark.proxy
def test_the_way_really_goes_through_the_proxy_the_script_names(
    simulator: Simulator, tinyproxy: Callable[[int], str], script_server: ScriptServer
) -> None:
    """The proper proof of the route: a proxy that refuses the server's port makes the check
    red with the proxy's refusal, which only happens when the request went through it."""
    proxy = tinyproxy(443)
    ways = f"PROXY {proxy.removeprefix('http://')}"
    script_server.serve(SEND_THROUGH.format(port=simulator.port, ways=ways))
    report = run_check_sync(settings_for(simulator, proxy_setting=f"pac:{script_server.url}"))
    cause = report.verdict.cause
    assert cause is not None and cause.code == "proxy-blocked", report.to_json()
    # Bypassing this proxy is the exemption's job only when the script is not in charge.
    assert proxy_check(report)["detail"]["script"] == script_server.url  # type: ignore[index]


@needs_tinyproxy
@pytest.mark.proxy
def test_the_scripts_ways_are_tried_in_order(
    simulator: Simulator, tinyproxy: Callable[[int], str], script_server: ScriptServer
) -> None:
    dead = f"127.0.0.1:{free_port()}"
    proxy = tinyproxy(simulator.port)
    ways = f"PROXY {dead}; PROXY {proxy.removeprefix('http://')}; DIRECT"
    script_server.serve(SEND_THROUGH.format(port=simulator.port, ways=ways))
    report = run_check_sync(settings_for(simulator, proxy_setting=f"pac:{script_server.url}"))
    assert report.verdict.light.label == "green", report.to_json()
    assert proxy_check(report)["detail"]["proxy"] == proxy  # type: ignore[index]


def test_direct_when_the_script_says_so(simulator: Simulator, script_server: ScriptServer) -> None:
    script_server.serve(SEND_THROUGH.format(port=1, ways="PROXY 10.0.0.1:1"))
    report = run_check_sync(settings_for(simulator, proxy_setting=f"pac:{script_server.url}"))
    assert report.verdict.light.label == "green", report.to_json()
    check = proxy_check(report)
    assert check["detail"]["rule"] == "DIRECT"  # type: ignore[index]
    assert str(check["summary"]).startswith("direct connection, as the automatic proxy")


def test_a_broken_script_is_a_warning_and_the_connection_goes_direct(
    simulator: Simulator, script_server: ScriptServer
) -> None:
    script_server.serve(BROKEN)
    report = run_check_sync(settings_for(simulator, proxy_setting=f"pac:{script_server.url}"))
    assert report.verdict.light.label == "yellow", report.to_json()
    cause = report.verdict.cause
    assert cause is not None and cause.code == "proxy-script-failed"
    assert str(cause.summary) == (
        f"the automatic proxy configuration script {script_server.url} cannot be used: "
        "the script has an error"
    )
    check = proxy_check(report)
    assert check["status"] == "warn"
    assert "connecting directly meanwhile" in str(check["summary"])
    assert "SyntaxError" in str(check["detail"]["script_error"])  # type: ignore[index]
    assert script_server.requests == 1  # the failed fetch is told again, not repeated
    assert "自动代理配置脚本" in cause.summary.render("zh_CN")


def test_the_last_good_script_answers_while_the_new_one_is_broken_or_gone(
    simulator: Simulator,
    script_server: ScriptServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    setting = f"pac:{script_server.url}"
    script_server.serve(SEND_THROUGH.format(port=1, ways="PROXY 10.0.0.1:1"))
    first = run_check_sync(settings_for(simulator, proxy_setting=setting, state_dir=tmp_path))
    assert first.verdict.light.label == "green"
    monkeypatch.setattr(pac, "FRESH_S", 0)  # every round fetches again
    for broken in (BROKEN, None):
        script_server.body = None if broken is None else broken.encode()
        pac.forget()  # as after a restart: the kept copy is read from the data folder
        report = run_check_sync(settings_for(simulator, proxy_setting=setting, state_dir=tmp_path))
        assert report.verdict.light.label == "yellow", report.to_json()
        check = proxy_check(report)
        assert check["detail"]["rule"] == "DIRECT"  # type: ignore[index]
        assert "the last copy that worked is used" in str(check["summary"])
    assert "HTTP 404" in str(check["summary"])


def test_no_script_at_all_and_a_server_direct_cannot_reach_is_red_for_the_script(
    script_server: ScriptServer,
) -> None:
    """Where only the proxy may go out, a missing script means no way out: the script is
    named as the cause, not the server's silence."""
    setting = f"pac:{script_server.url}"  # serves nothing: 404
    dead = f"https://127.0.0.1:{free_port()}"
    report = run_check_sync(settings_for_url(dead, setting))
    cause = report.verdict.cause
    assert cause is not None and cause.code == "proxy-script-failed", report.to_json()
    assert report.verdict.light.label == "red"


def settings_for_url(url: str, setting: str) -> CheckSettings:
    return CheckSettings(server_url=url, proxy_setting=setting, timeout_s=3.0, token="t")


# --- the script's answer, the setting, the system's word ------------------------------------


@pytest.mark.parametrize(
    ("answer", "ways"),
    [
        ("DIRECT", (None,)),
        ("PROXY a.cn:8080; DIRECT", ("http://a.cn:8080", None)),
        ("HTTPS b.cn:443;PROXY a.cn:80", ("https://b.cn:443", "http://a.cn:80")),
        ("SOCKS s.cn:1080; PROXY a.cn:8080", ("http://a.cn:8080",)),
        ("PROXY bad host:1; PROXY a.cn:8080; PROXY a.cn:8080", ("http://a.cn:8080",)),
        ("", ()),
    ],
)
def test_answers(answer: str, ways: tuple[str | None, ...]) -> None:
    assert pac.options(answer) == ways


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("pac:http://wpad.example.cn/proxy.pac", "pac:http://wpad.example.cn/proxy.pac"),
        ("PAC: https://intra.example.cn:8443/a/b.pac", "pac:https://intra.example.cn:8443/a/b.pac"),
    ],
)
def test_the_setting_takes_a_script(typed: str, kept: str) -> None:
    assert ProxySetting().read(typed) == kept


@pytest.mark.parametrize(
    "typed",
    ["pac:", "pac:ftp://a.cn/x.pac", "pac:http://user:pw@a.cn/x.pac", "pac:http://a b/x.pac"],
)
def test_the_setting_refuses_a_bad_script_address(typed: str) -> None:
    with pytest.raises(InvalidValue):
        ProxySetting().read(typed)


def test_the_systems_script(monkeypatch: pytest.MonkeyPatch) -> None:
    registry = MemoryRegistry()
    assert proxy_script.from_registry(registry) is None
    registry.set(proxy_script.INTERNET_SETTINGS, "AutoConfigURL", "http://wpad.corp.cn/p.pac")
    assert proxy_script.from_registry(registry) == "http://wpad.corp.cn/p.pac"
    registry.set(proxy_script.INTERNET_SETTINGS, "AutoConfigURL", "file:///c:/p.pac")
    assert proxy_script.from_registry(registry) is None

    scutil = "<dictionary> {\n  ProxyAutoConfigEnable : 1\n  ProxyAutoConfigURLString : "
    assert proxy_script.from_scutil(scutil + "http://p.cn/a.pac\n}") == "http://p.cn/a.pac"
    assert proxy_script.from_scutil(scutil.replace(": 1", ": 0") + "http://p.cn/a.pac") is None

    assert proxy_script.from_gsettings("'auto'", "'http://p.cn/a.pac'") == "http://p.cn/a.pac"
    assert proxy_script.from_gsettings("'auto'", "''") == proxy_script.WPAD_URL  # discovery
    assert proxy_script.from_gsettings("'manual'", "'http://p.cn/a.pac'") is None

    # GNOME asked through gsettings (the one command, given as a list, no shell).
    asked: list[list[str]] = []

    def gsettings(command: list[str]) -> str:
        asked.append(command)
        return "'auto'\n" if command[-1] == "mode" else "'http://p.cn/a.pac'\n"

    monkeypatch.setattr("shutil.which", lambda name: f"/usr/bin/{name}")
    assert READ_THE_SYSTEM("linux", gsettings) == "http://p.cn/a.pac"
    assert asked[0] == ["/usr/bin/gsettings", "get", "org.gnome.system.proxy", "mode"]


def test_system_setting_follows_the_systems_script(
    simulator: Simulator, script_server: ScriptServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    script_server.serve(SEND_THROUGH.format(port=1, ways="PROXY 10.0.0.1:1"))
    monkeypatch.setattr(proxy_script, "_read", lambda platform, run: script_server.url)
    # The GUI thread never asks the system (a command may run): only what was read before.
    assert choose_proxy("system", (), simulator.url, ask_system=False).script is None
    choice = choose_proxy("system", (), simulator.url)
    assert choose_proxy("system", (), simulator.url, ask_system=False).script == choice.script
    assert choice.script == script_server.url and choice.source is ProxySource.SYSTEM
    # The environment's proxy still comes first, as before.
    monkeypatch.setenv("HTTPS_PROXY", "http://10.1.1.1:3128")
    assert choose_proxy("system", (), simulator.url).script is None


def test_every_caller_falls_back_the_same_way(
    simulator: Simulator, script_server: ScriptServer
) -> None:
    """The fallback is in the proxy decision itself, so the OCSP look-up, the outbox and the
    upload skip a dead proxy exactly as the check does."""
    dead = f"127.0.0.1:{free_port()}"
    script_server.serve(f'function FindProxyForURL(url, host) {{ return "PROXY {dead}; DIRECT"; }}')
    setting = f"pac:{script_server.url}"
    choice = choose_proxy(setting, (), "http://ocsp.example.cn/")
    assert choice.url is None and choice.alternatives == (f"http://{dead}", None)
    report = run_check_sync(settings_for(simulator, proxy_setting=setting))
    assert report.verdict.light.label == "green", report.to_json()
    revocation = next(c for c in report.checks if c.id == "revocation")
    assert revocation.status == "ok", revocation.summary


def connection_settings(flags: int) -> bytes:
    """Windows' DefaultConnectionSettings: version, counter, then the flags."""
    return bytes([0x46, 0, 0, 0, 7, 0, 0, 0]) + flags.to_bytes(4, "little") + bytes(12)


def test_windows_automatic_detection_is_read_from_the_connection_settings() -> None:
    registry = MemoryRegistry()
    assert proxy_script.from_registry(registry, connection_settings(0x09)) == (
        proxy_script.WPAD_URL
    )
    assert proxy_script.from_registry(registry, connection_settings(0x01)) is None
    assert proxy_script.from_registry(registry, connection_settings(0x09)[:10]) is None
    assert proxy_script.from_registry(registry, None) is None
    # A script of its own, when named, comes first.
    registry.set(proxy_script.INTERNET_SETTINGS, "AutoConfigURL", "http://p.corp.cn/p.pac")
    assert proxy_script.from_registry(registry, connection_settings(0x0D)) == (
        "http://p.corp.cn/p.pac"
    )


def test_detection_that_finds_no_script_is_no_problem_and_not_asked_every_round(
    simulator: Simulator,
    script_server: ScriptServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """ "Automatically detect settings", on by default on Windows: where no script is
    published, the connection goes direct without a word, as browsers do; a script it finds
    that is broken is a warning as any other."""
    monkeypatch.setattr(pac, "WPAD_URL", script_server.url)  # nothing there yet: 404
    monkeypatch.setattr(proxy_script, "_read", lambda platform, run: script_server.url)
    settings = settings_for(simulator, proxy_setting="system", state_dir=tmp_path)
    for _round in range(2):
        report = run_check_sync(settings)
        assert report.verdict.light.label == "green", report.to_json()
        check = proxy_check(report)
        assert check["summary"] == "direct connection: automatic detection found no proxy script"
    assert script_server.requests == 1

    pac.forget()
    script_server.serve(BROKEN)
    report = run_check_sync(settings)
    assert report.verdict.light.label == "yellow", report.to_json()
    cause = report.verdict.cause
    assert cause is not None and cause.code == "proxy-script-failed"
