"""Every scenario of the simulator, checked for real over loopback HTTPS."""

from __future__ import annotations

import pytest

from invoice_tray.engine.model import CheckStatus, Light
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.engine.settings import CheckSettings
from invoice_tray.simulator.server import Simulator
from tests.conftest import settings_for


def statuses(report_json: dict[str, object]) -> dict[str, str]:
    return {c["id"]: c["status"] for c in report_json["checks"]}  # type: ignore[attr-defined]


def test_healthy_server_is_green_with_every_layer_checked(simulator: Simulator) -> None:
    report = run_check_sync(settings_for(simulator))
    data = report.to_json()
    assert data["status"] == "green"
    assert data["cause"] is None and data["fix"] is None
    assert statuses(data) == {
        "client-certificate": "skipped",
        "clock": "ok",
        "connectivity": "ok",
        "dns": "skipped",  # the URL is an IP address
        "proxy": "ok",
        "tcp": "ok",
        "tls": "ok",
        "revocation": "ok",
        "health": "ok",
        "auth": "ok",
        "announcements": "ok",
    }
    tls = next(c for c in data["checks"] if c["id"] == "tls")
    assert tls["detail"]["certificate"]["days_left"] > 300
    assert {c["layer"] for c in data["checks"]} == {
        "pc", "network", "protocol", "server", "platform"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("scenario", "light", "code"),
    [
        ("slow", Light.YELLOW, "server-slow"),  # 2.5 s per answer
        ("degraded", Light.YELLOW, "server-degraded"),
        ("maintenance", Light.RED, "server-maintenance"),
        ("server-error", Light.RED, "server-error"),
        ("cert-expiring", Light.YELLOW, "tls-expiring-soon"),
        ("cert-expired", Light.RED, "tls-expired"),
        ("cert-not-yet-valid", Light.RED, "tls-not-yet-valid"),
        ("wrong-host", Light.RED, "tls-hostname-mismatch"),
        ("cert-revoked", Light.RED, "tls-revoked"),
        ("untrusted", Light.RED, "tls-untrusted"),
        ("clock-skew", Light.YELLOW, "clock-skew"),
        ("clock-wrong", Light.RED, "clock-skew"),
        ("auth-failed", Light.RED, "auth-failed"),
        ("captive-portal", Light.RED, "bad-response"),
        ("down", Light.RED, "connection-refused"),
    ],
)
def test_scenario_gives_its_cause(
    simulator: Simulator, scenario: str, light: Light, code: str
) -> None:
    simulator.set_scenario(scenario)
    report = run_check_sync(settings_for(simulator, timeout_s=8.0))
    assert report.verdict.cause is not None, report.to_json()
    assert (report.verdict.light, report.verdict.cause.code) == (light, code), report.to_json()


def test_slow_threshold_comes_from_the_settings(simulator: Simulator) -> None:
    simulator.set_scenario("slow")
    report = run_check_sync(settings_for(simulator, slow_ms=5000, timeout_s=6.0))
    assert report.verdict.light is Light.GREEN


def test_expiry_warning_follows_warn_days(simulator: Simulator) -> None:
    simulator.set_scenario("cert-expiring")  # 10 days left
    assert run_check_sync(settings_for(simulator, warn_days=7)).verdict.light is Light.GREEN
    assert run_check_sync(settings_for(simulator, warn_days=30)).verdict.light is Light.YELLOW


def test_untrusted_without_the_extra_ca(simulator: Simulator) -> None:
    report = run_check_sync(settings_for(simulator, ca_file=None))
    assert report.verdict.cause is not None
    assert report.verdict.cause.code == "tls-untrusted"
    assert "invoice-tray simulator CA" in str(report.verdict.cause.summary)


def test_maintenance_says_until_when(simulator: Simulator) -> None:
    simulator.set_scenario("maintenance")
    data = run_check_sync(settings_for(simulator)).to_json()
    health = next(c for c in data["checks"] if c["id"] == "health")
    assert health["detail"]["retry_after_s"] == 1800
    assert "until" in health["detail"]
    assert "maintenance until" in data["cause"]["summary"]


def test_flaky_server_is_degraded_or_failing_never_silently_green(
    simulator_data: object,
) -> None:
    outcomes = set()
    with Simulator(simulator_data, scenario="flaky", flaky_share=0.5, seed=7) as sim:  # type: ignore[arg-type]
        for _ in range(12):
            report = run_check_sync(settings_for(sim))
            outcomes.add(report.verdict.cause.code if report.verdict.cause else "green")
    assert "server-degraded" in outcomes or "server-error" in outcomes
    assert outcomes <= {"green", "server-degraded", "server-error", "timeout"}


def test_no_token_skips_the_auth_check(simulator: Simulator) -> None:
    simulator.set_scenario("auth-failed")
    report = run_check_sync(settings_for(simulator, token=None))
    assert report.verdict.light is Light.GREEN
    auth = next(c for c in report.checks if c.id == "auth")
    assert auth.status is CheckStatus.SKIPPED


def test_not_configured_is_unknown() -> None:
    report = run_check_sync(CheckSettings(server_url=""))
    assert report.to_json()["status"] == "unknown"
    assert report.verdict.cause is not None and report.verdict.cause.code == "not-configured"


def test_wrong_path_on_a_real_server_is_a_bad_response(simulator: Simulator) -> None:
    report = run_check_sync(settings_for(simulator, server_url=simulator.url + "/wrong"))
    assert report.verdict.cause is not None and report.verdict.cause.code == "bad-response"
    assert "HTTP 404" in str(report.verdict.cause.summary)


def test_localhost_name_is_checked_against_the_certificate(simulator: Simulator) -> None:
    url = simulator.url.replace("127.0.0.1", "localhost")
    report = run_check_sync(settings_for(simulator, server_url=url))
    assert report.verdict.light is Light.GREEN, report.to_json()


def test_a_bug_in_a_check_is_an_internal_error_not_a_crash(
    simulator: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from invoice_tray.engine import answers

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("unexpected")

    monkeypatch.setattr(answers, "health", broken)
    report = run_check_sync(settings_for(simulator))
    data = report.to_json()
    assert data["status"] == "unknown"
    assert data["cause"]["code"] == "internal-error"
    assert data["cause"]["summary"] == "the check stopped on an error of its own"
    engine = next(c for c in data["checks"] if c["id"] == "engine")
    assert engine["detail"]["error"] == "RuntimeError: unexpected"
    assert next(c for c in data["checks"] if c["id"] == "tls")["status"] == "ok"


def test_unusable_ca_file_is_told_in_the_tls_check(simulator: Simulator, tmp_path: object) -> None:
    from pathlib import Path

    broken = Path(str(tmp_path)) / "broken.pem"
    broken.write_text("not a certificate")
    report = run_check_sync(settings_for(simulator, ca_file=broken))
    assert report.verdict.cause is not None and report.verdict.cause.code == "tls-untrusted"
    tls = next(c for c in report.checks if c.id == "tls")
    assert "broken.pem cannot be used" in str(tls.summary)
    assert "ca_file_problem" in tls.detail
