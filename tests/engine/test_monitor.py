"""The tray's state machine: no false alarms, grey when stale, no notification storms."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any

from invoice_tray.engine.model import (
    CauseCode,
    CheckId,
    CheckResult,
    CheckStatus,
    Finding,
    Layer,
    Light,
)
from invoice_tray.engine.monitor import Monitor, MonitorPolicy, NoticeKind
from invoice_tray.engine.verdict import Report
from invoice_tray.i18n import tr

CODES = {
    Light.RED: CauseCode.SERVER_ERROR,
    Light.YELLOW: CauseCode.SERVER_SLOW,
    Light.UNKNOWN: CauseCode.NOT_CONFIGURED,
}


def report(light: Light, *checks: CheckResult) -> Report:
    findings = () if light is Light.GREEN else (Finding(CODES[light], tr("x")),)
    health = CheckResult(CheckId.HEALTH, Layer.SERVER, CheckStatus.OK, tr("x"), 1.0, {}, findings)
    return Report.build("https://s", datetime.now(UTC), 1.0, [health, *checks])


class Clock:
    def __init__(self) -> None:
        self.mono = 1000.0
        self.wall = 1_800_000_000.0

    def tick(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds


def feed(monitor: Monitor, clock: Clock, *lights: Light) -> list[Any]:
    notices = []
    for light in lights:
        clock.tick(10)
        notices += monitor.observe(report(light), clock.mono, clock.wall)
    return notices


G, Y, R, U = Light.GREEN, Light.YELLOW, Light.RED, Light.UNKNOWN


def test_grey_until_the_first_check_then_green_silently() -> None:
    monitor, clock = Monitor(), Clock()
    assert monitor.shown is U
    assert feed(monitor, clock, G) == []
    assert monitor.shown is G


def test_red_only_after_three_consecutive_failures() -> None:
    monitor, clock = Monitor(), Clock()
    feed(monitor, clock, G)
    assert feed(monitor, clock, R, R) == []
    assert monitor.shown is G
    assert monitor.next_delay() == 5  # rechecks quickly meanwhile
    (notice,) = feed(monitor, clock, R)
    assert monitor.shown is R
    assert (notice.kind, notice.cause) == (NoticeKind.CHANGED, CauseCode.SERVER_ERROR)


def test_flapping_never_turns_red() -> None:
    monitor, clock = Monitor(), Clock()
    notices = feed(monitor, clock, G, R, G, R, R, G, R, G)
    assert monitor.shown is G
    assert notices == []


def test_recovery_after_two_successes_with_one_notice() -> None:
    monitor, clock = Monitor(), Clock()
    feed(monitor, clock, G, R, R, R)
    assert feed(monitor, clock, G) == []
    assert monitor.shown is R
    assert monitor.next_delay() == 5  # confirm the recovery quickly
    (notice,) = feed(monitor, clock, G)
    assert monitor.shown is G and notice.kind == NoticeKind.CHANGED and notice.cause is None


def test_yellow_needs_two_yellow_checks() -> None:
    monitor, clock = Monitor(), Clock()
    assert feed(monitor, clock, G, Y, R, G) == []
    assert monitor.shown is G
    (notice,) = feed(monitor, clock, Y, Y)
    assert monitor.shown is Y and notice.light is Y
    assert feed(monitor, clock, G) == []
    assert monitor.shown is Y
    (back,) = feed(monitor, clock, G)
    assert monitor.shown is G and back.light is G


def test_yellow_at_start_shows_at_once_but_red_waits() -> None:
    monitor, clock = Monitor(), Clock()
    feed(monitor, clock, Y)
    assert monitor.shown is Y
    other = Monitor()
    feed(other, clock, R)
    assert other.shown is U
    feed(other, clock, R, R)
    assert other.shown is R


def test_sleep_makes_the_light_grey_until_the_next_check() -> None:
    monitor, clock = Monitor(), Clock()
    feed(monitor, clock, G)
    assert monitor.watch_clock(clock.mono + 60, clock.wall + 60) is False
    clock.tick(60)
    # Suspended for an hour: the wall clock moved, the monotonic clock did not.
    assert monitor.watch_clock(clock.mono + 1, clock.wall + 3600) is True
    assert monitor.shown is U and monitor.stale_reason is not None
    clock.wall += 3600
    feed(monitor, clock, G)
    assert monitor.shown is G and monitor.stale_reason is None


def test_reminder_at_most_every_thirty_minutes() -> None:
    monitor, clock = Monitor(), Clock()
    feed(monitor, clock, R, R, R)
    assert monitor.reminder_due(clock.mono + 60) is None
    reminder = monitor.reminder_due(clock.mono + 1801)
    assert reminder is not None and reminder.kind == NoticeKind.REMINDER
    assert monitor.reminder_due(clock.mono + 1900) is None
    assert monitor.reminder_due(clock.mono + 3700) is not None


def test_backoff_while_red_grows_with_jitter_up_to_the_cap() -> None:
    monitor, clock = Monitor(MonitorPolicy(backoff_cap_s=120), random.Random(3)), Clock()
    feed(monitor, clock, R, R, R)
    delays = []
    for _ in range(8):
        delays.append(monitor.next_delay())
        feed(monitor, clock, R)
    assert delays[0] <= 10
    assert all(d <= 120 for d in delays)
    assert delays[-1] >= 60  # half the cap at least, once capped
    assert len(set(delays)) == len(delays)  # jittered


def test_unknown_report_is_grey_at_once() -> None:
    monitor, clock = Monitor(), Clock()
    feed(monitor, clock, G, U)
    assert monitor.shown is U


def tls_with(days_left: float, sha: str = "aa") -> CheckResult:
    detail = {"certificate": {"sha256": sha, "days_left": days_left, "not_after": "2026-12-20"}}
    return CheckResult(CheckId.TLS, Layer.PROTOCOL, CheckStatus.OK, tr("x"), 1.0, detail)


def test_expiry_notices_once_per_threshold() -> None:
    monitor, clock = Monitor(), Clock()
    said = []
    for days in (45, 29.5, 29, 20, 13.9, 13, 6.5, 5, 0.5, 0.2):
        clock.tick(10)
        said += monitor.observe(report(G, tls_with(days)), clock.mono, clock.wall)
    assert [n.kind for n in said] == [NoticeKind.EXPIRY] * 4
    assert [str(n.title) for n in said] == [
        "The server certificate expires in 29 days",
        "The server certificate expires in 13 days",
        "The server certificate expires in 6 days",
        "The server certificate expires in 0 days",
    ]


def test_first_look_late_gives_one_notice_and_renewal_restarts() -> None:
    monitor, clock = Monitor(), Clock()
    clock.tick(10)
    assert len(monitor.observe(report(G, tls_with(5)), clock.mono, clock.wall)) == 1
    clock.tick(10)
    assert monitor.observe(report(G, tls_with(4)), clock.mono, clock.wall) == []
    clock.tick(10)
    renewed = monitor.observe(report(G, tls_with(25, sha="bb")), clock.mono, clock.wall)
    assert len(renewed) == 1


def test_expiry_memory_survives_a_restart() -> None:
    first, clock = Monitor(), Clock()
    first.observe(report(G, tls_with(20)), clock.mono, clock.wall)
    second = Monitor()
    second.restore_expiry_state(first.expiry_state())
    assert second.observe(report(G, tls_with(19)), clock.mono + 10, clock.wall + 10) == []


def test_policy_follows_the_config(tmp_path: Any) -> None:
    from pathlib import Path

    from invoice_tray.config import load_config

    path = Path(str(tmp_path)) / "config.toml"
    path.write_text(
        "[polling]\nfailure_threshold = 1\nretry_s = 4\n[notifications]\nreminder_minutes = 5\n"
    )
    policy = MonitorPolicy.from_config(load_config(path))
    assert (policy.failure_threshold, policy.retry_s, policy.reminder_s) == (1, 4.0, 300.0)
    monitor, clock = Monitor(policy), Clock()
    feed(monitor, clock, G)
    (notice,) = feed(monitor, clock, R)
    assert monitor.shown is R and notice.kind == NoticeKind.CHANGED


def test_expiring_certificate_at_start_gives_one_notice_not_two() -> None:
    monitor, clock = Monitor(), Clock()
    finding = Finding(CauseCode.TLS_EXPIRING_SOON, tr("expires in 10 days"))
    tls = CheckResult(
        CheckId.TLS, Layer.PROTOCOL, CheckStatus.WARN, tr("x"), 1.0, tls_with(10).detail, (finding,)
    )
    expiring = Report.build("https://s", datetime.now(UTC), 1.0, [tls])
    notices = monitor.observe(expiring, clock.mono, clock.wall)
    assert monitor.shown is Y
    assert [n.kind for n in notices] == [NoticeKind.EXPIRY]


def red(code: CauseCode) -> Report:
    health = CheckResult(
        CheckId.HEALTH, Layer.SERVER, CheckStatus.FAIL, tr("x"), 1.0, {}, (Finding(code, tr(code)),)
    )
    return Report.build("https://s", datetime.now(UTC), 1.0, [health])


def test_a_new_cause_while_red_is_confirmed_then_told_once() -> None:
    monitor, clock = Monitor(), Clock()
    feed(monitor, clock, G)
    notices = []
    for _ in range(3):
        clock.tick(10)
        notices += monitor.observe(red(CauseCode.CONNECTION_REFUSED), clock.mono, clock.wall)
    assert [(n.kind, n.cause) for n in notices] == [
        (NoticeKind.CHANGED, CauseCode.CONNECTION_REFUSED)
    ]
    assert monitor.shown_cause is not None and monitor.shown_cause.code == "connection-refused"

    clock.tick(600)  # the server is back, but now refuses the token
    for _ in range(2):
        assert monitor.observe(red(CauseCode.AUTH_FAILED), clock.mono, clock.wall) == []
        clock.tick(10)
    assert monitor.shown_cause.code == "connection-refused"  # not confirmed yet
    (notice,) = monitor.observe(red(CauseCode.AUTH_FAILED), clock.mono, clock.wall)
    assert (notice.kind, notice.cause, notice.light) == (NoticeKind.CAUSE, CauseCode.AUTH_FAILED, R)
    assert str(notice.title) == "Still unable to issue invoices, now for another reason"
    assert monitor.shown_cause.code == "auth-failed"
    clock.tick(10)
    assert monitor.observe(red(CauseCode.AUTH_FAILED), clock.mono, clock.wall) == []
    assert monitor.reminder_due(clock.mono) is None  # the cause notice was the reminder


def test_a_cause_notice_waits_for_the_gap_and_flapping_causes_say_nothing() -> None:
    monitor, clock = Monitor(MonitorPolicy(failure_threshold=1)), Clock()
    feed(monitor, clock, G)
    clock.tick(10)
    (first,) = monitor.observe(red(CauseCode.CONNECTION_REFUSED), clock.mono, clock.wall)
    assert first.kind == NoticeKind.CHANGED
    clock.tick(10)
    assert (
        monitor.observe(red(CauseCode.AUTH_FAILED), clock.mono, clock.wall) == []
    )  # within the gap
    assert monitor.shown_cause is not None and monitor.shown_cause.code == "auth-failed"
    clock.tick(300)
    (late,) = monitor.observe(red(CauseCode.AUTH_FAILED), clock.mono, clock.wall)
    assert (late.kind, late.cause) == (NoticeKind.CAUSE, CauseCode.AUTH_FAILED)

    flapping = Monitor(MonitorPolicy(failure_threshold=3))
    feed(flapping, clock, G)
    notices = []
    timeout, refused = CauseCode.TIMEOUT, CauseCode.CONNECTION_REFUSED
    for code in [timeout, timeout, timeout] + [refused, timeout] * 20:
        clock.tick(100)
        notices += flapping.observe(red(code), clock.mono, clock.wall)
    assert [n.kind for n in notices if n.kind != NoticeKind.REMINDER] == [NoticeKind.CHANGED]
    assert flapping.shown_cause is not None and flapping.shown_cause.code is CauseCode.TIMEOUT
