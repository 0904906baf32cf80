"""One check never outlasts its deadline (+0.5 s), whatever the server does."""

from __future__ import annotations

import time

import pytest

from invoice_tray.engine.runner import run_check_sync
from invoice_tray.simulator.server import Simulator
from tests.conftest import settings_for

TIMEOUT_S = 2.0
GRACE_S = 0.5


@pytest.mark.parametrize(
    ("scenario", "check_id", "phrase"),
    [
        ("blackhole", "tcp", "no answer to the connection attempt"),
        ("tls-stall", "tls", "secure handshake did not complete"),
        ("slowloris", "health", "did not answer within"),
    ],
)
def test_hung_server_is_a_timeout_named_at_the_right_layer(
    simulator: Simulator, scenario: str, check_id: str, phrase: str
) -> None:
    simulator.set_scenario(scenario)
    began = time.monotonic()
    report = run_check_sync(settings_for(simulator, timeout_s=TIMEOUT_S))
    elapsed = time.monotonic() - began
    assert elapsed <= TIMEOUT_S + GRACE_S
    assert report.verdict.cause is not None
    assert report.verdict.cause.code == "timeout"
    failing = next(c for c in report.checks if c.id == check_id)
    assert failing.status.value == "fail"
    assert phrase in str(failing.summary)


def test_huge_body_is_cut_off_quickly(simulator: Simulator) -> None:
    simulator.set_scenario("huge-body")
    began = time.monotonic()
    report = run_check_sync(settings_for(simulator, timeout_s=TIMEOUT_S))
    assert time.monotonic() - began < TIMEOUT_S
    assert report.verdict.cause is not None and report.verdict.cause.code == "bad-response"
    health = next(c for c in report.checks if c.id == "health")
    assert health.detail["problem"] == "too-large"


def test_closed_port_is_told_at_once(simulator: Simulator) -> None:
    simulator.set_scenario("down")
    report = run_check_sync(settings_for(simulator, timeout_s=TIMEOUT_S))
    assert report.verdict.cause is not None and report.verdict.cause.code == "connection-refused"
    assert report.duration_ms < 1000


def test_scenario_switches_back_on_the_same_port(simulator: Simulator) -> None:
    port = simulator.port
    for scenario in ("down", "blackhole", "healthy"):
        simulator.set_scenario(scenario)
    assert simulator.port == port
    assert run_check_sync(settings_for(simulator)).verdict.light.label == "green"
