"""Servers accountants really use: any HTTPS service (a plain site that knows nothing of the
invoice contract, served by the simulator), and rounds of several endpoints."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from invoice_tray.engine.kinds import EndpointKind, Expectation
from invoice_tray.engine.model import CheckStatus, Light
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.engine.settings import CheckSettings
from invoice_tray.simulator.server import Simulator
from tests.conftest import needs_tinyproxy, settings_for


@pytest.fixture
def site(simulator_data: Path) -> Iterator[Simulator]:
    with Simulator(simulator_data, seed=2, plain=True) as sim:
        yield sim


def https(sim: Simulator, **overrides: object) -> CheckSettings:
    values: dict[str, object] = {"kind": EndpointKind.HTTPS, "token": None, "name": "电子税务局"}
    values.update(overrides)
    return settings_for(sim, **values)


def test_a_plain_https_site_is_green_when_up(site: Simulator) -> None:
    report = run_check_sync(https(site))
    assert report.verdict.light is Light.GREEN, report.to_json()
    checks = {str(c.id): c for c in report.checks}
    assert checks["health"].detail["http_status"] == 200
    assert str(checks["health"].summary).startswith("answered (HTTP 200)")
    assert checks["tls"].status is CheckStatus.OK and checks["clock"].status is CheckStatus.OK
    assert checks["auth"].status is CheckStatus.SKIPPED
    assert checks["announcements"].status is CheckStatus.SKIPPED


def test_the_same_site_as_an_invoice_server_is_not_one(site: Simulator) -> None:
    """What a new user met before there were kinds: red, "something other answered"."""
    report = run_check_sync(settings_for(site))
    assert report.verdict.cause is not None and report.verdict.cause.code == "bad-response"


def test_a_401_from_the_right_host_proves_it_is_up(site: Simulator) -> None:
    site.set_scenario("auth-failed")  # the site answers 401: sign in first
    assert run_check_sync(https(site)).verdict.light is Light.GREEN
    strict = https(site, expect=Expectation(statuses=((200, 299),)))
    report = run_check_sync(strict)
    assert report.verdict.cause is not None and report.verdict.cause.code == "bad-response"
    assert "401" in str(report.verdict.cause.summary)


def test_a_text_the_page_must_contain(site: Simulator) -> None:
    found = run_check_sync(https(site, expect=Expectation(text="电子税务局")))
    assert found.verdict.light is Light.GREEN
    missing = run_check_sync(https(site, expect=Expectation(text="开票平台")))
    assert missing.verdict.cause is not None and missing.verdict.cause.code == "bad-response"


@pytest.mark.parametrize(
    ("scenario", "light", "code"),
    [
        ("slow", Light.YELLOW, "server-slow"),
        ("maintenance", Light.RED, "server-error"),  # a page says so, not the contract
        ("server-error", Light.RED, "server-error"),
        ("cert-expiring", Light.YELLOW, "tls-expiring-soon"),
        ("cert-expired", Light.RED, "tls-expired"),
        ("cert-not-yet-valid", Light.RED, "tls-not-yet-valid"),
        ("wrong-host", Light.RED, "tls-hostname-mismatch"),
        ("untrusted", Light.RED, "tls-untrusted"),
        ("clock-wrong", Light.RED, "clock-skew"),
        ("down", Light.RED, "connection-refused"),
        ("blackhole", Light.RED, "timeout"),
        ("tls-stall", Light.RED, "timeout"),
    ],
)
def test_a_plain_site_gets_the_same_causes_as_the_invoice_server(
    site: Simulator, simulator: Simulator, scenario: str, light: Light, code: str
) -> None:
    site.set_scenario(scenario)
    simulator.set_scenario(scenario)
    timeout = 3.0 if scenario in ("blackhole", "tls-stall") else 8.0
    plain = run_check_sync(https(site, timeout_s=timeout))
    contract = run_check_sync(settings_for(simulator, timeout_s=timeout))
    assert plain.verdict.cause is not None, plain.to_json()
    assert contract.verdict.cause is not None
    assert (plain.verdict.light, plain.verdict.cause.code) == (light, code), plain.to_json()
    if scenario != "maintenance":
        assert plain.verdict.cause.code == contract.verdict.cause.code


def test_a_name_that_does_not_exist(site: Simulator) -> None:
    report = run_check_sync(https(site, server_url="https://no-such-host.invalid"))
    assert report.verdict.cause is not None and report.verdict.cause.code == "dns-failure"


@needs_tinyproxy
@pytest.mark.proxy
def test_a_plain_site_through_a_real_proxy(
    site: Simulator, tinyproxy: Callable[[int], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", tinyproxy(site.port))
    assert run_check_sync(https(site)).verdict.light is Light.GREEN
    monkeypatch.setenv("HTTPS_PROXY", tinyproxy(443))  # refuses the site's port
    report = run_check_sync(https(site))
    assert report.verdict.cause is not None and report.verdict.cause.code == "proxy-blocked"


def a_round(simulator: Simulator, site: Simulator, **site_overrides: object) -> CheckSettings:
    invoice = replace(settings_for(simulator), name="开票服务器")
    return replace(invoice, others=(https(site, **site_overrides),))


def test_a_round_is_as_bad_as_its_worst_critical_endpoint(
    simulator: Simulator, site: Simulator
) -> None:
    assert run_check_sync(a_round(simulator, site)).verdict.light is Light.GREEN
    site.set_scenario("cert-expired")
    report = run_check_sync(a_round(simulator, site))
    cause = report.verdict.cause
    assert report.verdict.light is Light.RED and cause is not None
    assert (cause.code, cause.endpoint) == ("tls-expired", "电子税务局")
    assert str(report.verdict.title) == "电子税务局: The server certificate has expired"
    data = report.to_json()
    assert data["status"] == "red" and data["cause"]["endpoint"] == "电子税务局"
    assert [(e["name"], e["kind"], e["status"]) for e in data["endpoints"]] == [
        ("开票服务器", "invoice-server", "green"),
        ("电子税务局", "https", "red"),
    ]
    # The round's own checks stay the invoice server's (history, details, drafts).
    assert {str(c.id): c.status for c in report.checks}["auth"] is CheckStatus.OK


def test_an_endpoint_that_is_not_critical_makes_it_yellow_at_worst(
    simulator: Simulator, site: Simulator
) -> None:
    site.set_scenario("down")
    report = run_check_sync(a_round(simulator, site, critical=False))
    assert report.verdict.light is Light.YELLOW
    assert report.verdict.cause is not None and report.verdict.cause.endpoint == "电子税务局"
    simulator.set_scenario("down")
    both = run_check_sync(a_round(simulator, site, critical=False))
    assert both.verdict.light is Light.RED
    assert both.verdict.cause is not None and both.verdict.cause.endpoint == "开票服务器"


def test_endpoints_are_checked_at_once_under_one_deadline(
    simulator: Simulator, site: Simulator
) -> None:
    site.set_scenario("blackhole")
    simulator.set_scenario("blackhole")
    began = time.monotonic()
    report = run_check_sync(replace(a_round(simulator, site), timeout_s=2.0))
    took = time.monotonic() - began
    assert report.verdict.light is Light.RED
    assert took < 2.0 + 1.5  # one deadline for the round, not one after the other
