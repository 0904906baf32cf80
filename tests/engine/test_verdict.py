"""The verdict: worst light wins, and among equals the root cause, not the symptom."""

from __future__ import annotations

from pathlib import Path

from invoice_tray.engine.causes import CAUSES, find
from invoice_tray.engine.model import CauseCode, Finding, Light
from invoice_tray.engine.verdict import decide
from invoice_tray.i18n import tr


def f(code: str, light: Light | None = None) -> Finding:
    return Finding(CauseCode(code), tr(code), light)


def test_no_findings_is_green() -> None:
    verdict = decide([])
    assert (verdict.light, verdict.cause, verdict.fix) == (Light.GREEN, None, None)


def test_root_cause_over_symptoms() -> None:
    verdict = decide([f("timeout"), f("dns-failure"), f("no-network")])
    assert verdict.cause is not None and verdict.cause.code == "no-network"
    assert [x.code for x in verdict.also] == ["dns-failure", "timeout"]
    assert verdict.fix == "network-reset"


def test_wrong_clock_explains_a_not_yet_valid_certificate() -> None:
    verdict = decide([f("tls-not-yet-valid"), f("clock-skew", Light.RED)])
    assert verdict.cause is not None and verdict.cause.code == "clock-skew"


def test_worst_light_wins_over_layer() -> None:
    verdict = decide([f("clock-skew", Light.YELLOW), f("server-error")])
    assert verdict.light is Light.RED
    assert verdict.cause is not None and verdict.cause.code == "server-error"


def test_maintenance_explains_server_errors() -> None:
    verdict = decide([f("server-error"), f("server-maintenance")])
    assert verdict.cause is not None and verdict.cause.code == "server-maintenance"


def test_yellow_codes_and_fixes_are_as_documented() -> None:
    yellow = {code for code, cause in CAUSES.items() if cause.light is Light.YELLOW}
    assert yellow == {
        "tls-expiring-soon", "server-degraded", "server-slow", "client-cert-expiring",
        "clock-skew", "offline-limit-near", "proxy-script-failed",
    }  # fmt: skip


def test_every_cause_code_is_explained_once() -> None:
    assert list(CAUSES) == [cause.code for cause in CAUSES.values()]
    assert set(CAUSES) == set(CauseCode)


def test_a_code_read_back_from_another_version() -> None:
    assert find("dns-failure") is CAUSES[CauseCode.DNS_FAILURE]
    assert find("a-code-from-a-newer-version") is None
    assert find(None) is None


def test_readme_lists_every_cause_code_with_its_light() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for code, cause in CAUSES.items():
        light = "grey" if cause.light is Light.UNKNOWN else cause.light.label
        assert f"| `{code}` | {light}" in readme, code
