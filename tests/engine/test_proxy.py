"""Proxy choice, and the proxy check against a real tinyproxy."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from invoice_tray.engine.proxy import choose_proxy, match_bypass
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.simulator.server import Simulator
from tests.conftest import free_port, needs_tinyproxy, settings_for

SERVER = "https://invoice.example.cn/api"


def test_direct_when_nothing_is_configured() -> None:
    choice = choose_proxy("system", (), SERVER)
    assert choice.url is None


def test_environment_proxy_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://user:secret@proxy.corp:3128")
    choice = choose_proxy("system", (), SERVER)
    assert choice.url == "http://user:secret@proxy.corp:3128"
    assert choice.source == "environment"
    assert choice.display_url == "http://proxy.corp:3128"  # never the password


@pytest.mark.parametrize("no_proxy", ["invoice.example.cn", ".example.cn", "example.cn", "*"])
def test_no_proxy_sends_the_server_direct(monkeypatch: pytest.MonkeyPatch, no_proxy: str) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp:3128")
    monkeypatch.setenv("NO_PROXY", f"other.cn, {no_proxy}")
    choice = choose_proxy("system", (), SERVER)
    assert choice.url is None
    assert choice.bypassed_by == f"NO_PROXY: {no_proxy}"


def test_app_bypass_list_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp:3128")
    choice = choose_proxy("system", ("invoice.example.cn",), SERVER)
    assert choice.url is None
    assert "network.proxy_bypass" in (choice.bypassed_by or "")


def test_configured_proxy_and_none() -> None:
    assert choose_proxy("http://10.0.0.8:8080", (), SERVER).url == "http://10.0.0.8:8080"
    assert choose_proxy("http://10.0.0.8:8080", ("example.cn",), SERVER).url is None
    assert choose_proxy("none", (), SERVER).url is None


@pytest.mark.parametrize(
    ("host", "rules", "expected"),
    [
        ("invoice.example.cn", ["example.cn"], "example.cn"),
        ("invoice.example.cn", ["*.example.cn"], "*.example.cn"),
        ("notexample.cn", ["example.cn"], None),
        ("10.1.2.3", ["10.0.0.0/8"], "10.0.0.0/8"),
        ("10.1.2.3", ["10.1.2.3"], "10.1.2.3"),
        ("intranet", ["<local>"], "<local>"),
        ("invoice.example.cn", ["<local>"], None),
        ("invoice.example.cn", ["invoice.example.cn:443"], "invoice.example.cn:443"),
    ],
)
def test_bypass_rule_forms(host: str, rules: list[str], expected: str | None) -> None:
    assert match_bypass(host, rules) == expected


# --- against a real proxy -----------------------------------------------------------------


@needs_tinyproxy
@pytest.mark.proxy
def test_check_through_a_real_proxy(
    simulator: Simulator, tinyproxy: Callable[[int], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = tinyproxy(simulator.port)
    monkeypatch.setenv("HTTPS_PROXY", proxy)
    report = run_check_sync(settings_for(simulator))
    assert report.verdict.light.label == "green", report.to_json()
    check = next(c for c in report.checks if c.id == "proxy")
    assert check.detail == {"proxy": proxy, "source": "environment"}
    assert "through proxy" in str(check.summary)


@needs_tinyproxy
@pytest.mark.proxy
def test_proxy_refusing_the_tunnel_is_proxy_blocked_and_exemption_fixes_it(
    simulator: Simulator, tinyproxy: Callable[[int], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = tinyproxy(443)  # the simulator's port is not allowed
    monkeypatch.setenv("HTTPS_PROXY", proxy)
    report = run_check_sync(settings_for(simulator))
    assert report.verdict.cause is not None
    assert report.verdict.cause.code == "proxy-blocked"
    assert report.verdict.fix == "proxy-exemption"
    assert "403" in str(report.verdict.cause.summary)

    exempted = run_check_sync(settings_for(simulator, proxy_bypass=("127.0.0.1",)))
    assert exempted.verdict.light.label == "green", exempted.to_json()


def test_unreachable_proxy_is_proxy_blocked(simulator: Simulator) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    report = run_check_sync(settings_for(simulator, proxy_setting=dead))
    assert report.verdict.cause is not None
    assert report.verdict.cause.code == "proxy-blocked"
    assert "cannot be reached" in str(report.verdict.cause.summary)
