"""Proxy choice, and the proxy check against a real tinyproxy."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from invoice_tray import secrets
from invoice_tray.config import load_config
from invoice_tray.config.types import split_proxy_password
from invoice_tray.engine.proxy import ProxySource, choose_proxy, match_bypass
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.engine.settings import CheckSettings
from invoice_tray.simulator.server import Simulator
from tests.conftest import MemoryKeyring, free_port, needs_squid, needs_tinyproxy, settings_for

SERVER = "https://invoice.example.cn/api"


def test_direct_when_nothing_is_configured() -> None:
    choice = choose_proxy("system", (), SERVER)
    assert choice.url is None


def test_environment_proxy_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://user:secret@proxy.corp:3128")
    choice = choose_proxy("system", (), SERVER)
    assert choice.url == "http://user:secret@proxy.corp:3128"
    assert choice.source is ProxySource.ENVIRONMENT
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


def test_a_stored_password_goes_into_the_address_quoted() -> None:
    address = "http://clerk@10.0.0.8:8080"
    choice = choose_proxy(address, (), SERVER, password="p@ss:w%rd")
    assert choice.url == "http://clerk:p%40ss%3Aw%25rd@10.0.0.8:8080"
    assert split_proxy_password(choice.url) == (address, "p@ss:w%rd")
    assert "p%40ss" not in repr(choice)
    assert choose_proxy("http://10.0.0.8:8080", (), SERVER, password="x").url == (
        "http://10.0.0.8:8080"  # no user name: nobody to sign in as
    )


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


def test_an_unreachable_proxy_is_its_own_cause_without_the_exemption(
    simulator: Simulator,
) -> None:
    """The proxy did not block anything: it is not there. Bypassing it is not the remedy
    (where only the proxy may go out, it makes things worse)."""
    dead = f"http://127.0.0.1:{free_port()}"
    report = run_check_sync(settings_for(simulator, proxy_setting=dead))
    cause = report.verdict.cause
    assert cause is not None and cause.code == "proxy-unreachable"
    assert report.verdict.fix is None
    assert str(cause.summary) == f"the proxy {dead} cannot be reached"
    proxy = next(c for c in report.checks if c.id == "proxy")
    assert proxy.detail["error"]  # the library's own words, for the diagnostics


@needs_tinyproxy
@pytest.mark.proxy
def test_the_keyring_password_signs_in_to_a_real_proxy(
    simulator: Simulator,
    tinyproxy: Callable[..., str],
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    password = "s3cr-t_x.9"  # tinyproxy takes letters, digits, "-", "_" and "." only
    proxy = tinyproxy(simulator.port, sign_in=("clerk", password))
    path = tmp_path / "config.toml"
    path.write_text(
        f'[server]\nurl = "{simulator.url}"\nca_file = "{simulator.ca_path.as_posix()}"\n'
        f'[network]\nproxy = "{proxy.replace("http://", "http://clerk@")}"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.problems == ()
    without = run_check_sync(CheckSettings.from_config(config, token="t"))
    assert without.verdict.light.label == "red"

    secrets.set_secret(secrets.PROXY_PASSWORD, password)
    found = secrets.for_check(config)
    assert found.proxy_password == password
    settings = CheckSettings.with_secrets(config, found)
    assert password not in repr(settings)
    report = run_check_sync(replace(settings, token="t"))
    assert report.verdict.light.label == "green", report.to_json()
    check = next(c for c in report.checks if c.id == "proxy")
    assert password not in json.dumps(report.to_json())
    assert check.detail["proxy"] == proxy  # shown without the user's password


@needs_tinyproxy
@pytest.mark.proxy
@pytest.mark.parametrize("password", [None, "wrong-one"])
def test_a_proxy_that_asks_who_you_are_is_not_blocking_the_server(
    simulator: Simulator, tinyproxy: Callable[..., str], password: str | None
) -> None:
    """No password, or a wrong one: the proxy answers 407. That is its own cause, told as
    such, with no proxy exemption offered (bypassing the proxy would not sign anyone in)."""
    proxy = tinyproxy(simulator.port, sign_in=("clerk", "right-one"))
    signed = proxy.replace("http://", "http://clerk@")
    report = run_check_sync(settings_for(simulator, proxy_setting=signed, proxy_password=password))
    cause = report.verdict.cause
    assert cause is not None and cause.code == "proxy-auth-required", report.to_json()
    assert report.verdict.fix is None
    assert "asks for a user name and password (HTTP 40" in str(cause.summary)
    right = run_check_sync(
        settings_for(simulator, proxy_setting=signed, proxy_password="right-one")
    )
    assert right.verdict.light.label == "green", right.to_json()


@needs_squid
@pytest.mark.proxy
@pytest.mark.parametrize(
    ("password", "light"), [("right-one", "green"), ("wrong-one", "red"), (None, "red")]
)
def test_squid_with_basic_sign_in(
    simulator: Simulator, squid: Callable[..., str], password: str | None, light: str
) -> None:
    """A real Squid with basic_ncsa_auth: the right password is green (OCSP goes through the
    proxy too); a wrong one or none is the proxy asking who you are, never "blocked"."""
    signed = squid("clerk", "right-one").replace("http://", "http://clerk@")
    report = run_check_sync(settings_for(simulator, proxy_setting=signed, proxy_password=password))
    assert report.verdict.light.label == light, report.to_json()
    if light == "red":
        cause = report.verdict.cause
        assert cause is not None and cause.code == "proxy-auth-required"
        assert "asks for a user name and password (HTTP 407, Basic)" in str(cause.summary)
        assert report.verdict.fix is None
        proxy = next(c for c in report.checks if c.id == "proxy")
        assert proxy.detail["schemes"] == ["Basic"]
        assert proxy.detail["status"] == 407
    else:
        revocation = next(c for c in report.checks if c.id == "revocation")
        assert revocation.status == "ok", revocation.summary


@needs_squid
@pytest.mark.proxy
def test_squid_signing_in_windows_users_is_told_as_such(
    simulator: Simulator, squid: Callable[..., str]
) -> None:
    """A proxy offering only a Windows (NTLM) sign-in, on a computer with no account to sign
    in with: a user name and password typed in Settings would not help, so the check says
    the proxy wants the Windows account, and what to do; still no proxy exemption."""
    proxy = squid("", "", scheme="ntlm")
    report = run_check_sync(settings_for(simulator, proxy_setting=proxy))
    cause = report.verdict.cause
    assert cause is not None and cause.code == "proxy-auth-required", report.to_json()
    assert report.verdict.fix is None
    check = next(c for c in report.checks if c.id == "proxy")
    assert check.detail["schemes"] == ["NTLM"]
    assert check.detail["sign_in"] == "no-account"
    assert "with their Windows account (HTTP 407, NTLM)" in str(cause.summary)
    assert "要求用 Windows 账户登录（HTTP 407，NTLM），但这台电脑没有登录公司账户" in (
        cause.summary.render("zh_CN")
    )


@needs_squid
@pytest.mark.proxy
def test_the_systems_proxy_signs_in_with_the_user_name_of_the_settings(
    simulator: Simulator, squid: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A proxy the system names (here the environment's) that asks for a user name and
    password: ``network.proxy_user`` and the keyring's password sign in, on the check and
    its OCSP look-up alike."""
    monkeypatch.setenv("HTTPS_PROXY", squid("clerk", "right-one"))
    report = run_check_sync(settings_for(simulator, proxy_password="right-one"))
    cause = report.verdict.cause
    assert cause is not None and cause.code == "proxy-auth-required", report.to_json()
    report = run_check_sync(settings_for(simulator, proxy_user="clerk", proxy_password="right-one"))
    assert report.verdict.light.label == "green", report.to_json()
    proxy = next(c for c in report.checks if c.id == "proxy")
    assert proxy.detail["source"] == "environment"
    assert "right-one" not in report.to_json().__repr__()
    revocation = next(c for c in report.checks if c.id == "revocation")
    assert revocation.status == "ok", revocation.summary
