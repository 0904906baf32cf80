"""What the tray shows and says, from a stream of check reports. No Qt, no clocks of its own.

Calm when things are fine, unmistakable when they are not, and never a storm:

* A single bad check proves little. The light turns red only after ``failure_threshold``
  consecutive red checks (rechecking quickly meanwhile), turns yellow after
  ``recovery_threshold`` consecutive yellow checks, and improves after
  ``recovery_threshold`` consecutive better checks (the soft/hard states of Nagios).
* At start, and after the last result went stale (sleep and resume, a jump of the wall clock,
  a network change), the light is grey until a new check; green or yellow then show at once,
  red still needs its confirmation.
* Notices go out on confirmed changes only, a still-red light reminds at most every
  ``reminder_s``, and each certificate's expiry is announced once per threshold.
* The cause shown is confirmed like the light: while red, a new cause replaces the shown one
  once ``failure_threshold`` checks in a row agree on it. A changed cause is news (the server
  came back but now refuses the token): it is announced, at most every ``cause_gap_s``, and
  counts as the reminder.
* While red, checks back off with jitter up to a cap, so a down server is not hammered.

Times are passed in (monotonic and wall seconds), so every rule is testable without waiting.
"""

from __future__ import annotations

import enum
import random
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from invoice_tray.config import Config
from invoice_tray.config import schema as s
from invoice_tray.engine.causes import CAUSES, headline
from invoice_tray.engine.model import CauseCode, CheckId, Finding, FixId, Light
from invoice_tray.engine.verdict import Report, light_of
from invoice_tray.i18n import Text, tr

# A wall clock that moves this much more (or less) than the monotonic clock between two
# looks means sleep and resume, or the clock was set: the last result no longer holds.
CLOCK_JUMP_S = 30.0
# A cause that keeps changing (down, timeout, down) is announced at most this often.
CAUSE_GAP_S = 300.0
EXPIRY_CAUSES = frozenset({CauseCode.TLS_EXPIRING_SOON, CauseCode.CLIENT_CERT_EXPIRING})


@dataclass(frozen=True)
class MonitorPolicy:
    interval_s: float = 60.0
    retry_s: float = 5.0
    failure_threshold: int = 3
    recovery_threshold: int = 2
    backoff_cap_s: float = 300.0
    reminder_s: float = 1800.0
    expiry_notice_days: tuple[int, ...] = (30, 14, 7, 1)
    cause_gap_s: float = CAUSE_GAP_S

    @classmethod
    def from_config(cls, config: Config) -> MonitorPolicy:
        return cls(
            interval_s=float(config[s.POLLING_INTERVAL_S]),
            retry_s=float(config[s.POLLING_RETRY_S]),
            failure_threshold=config[s.POLLING_FAILURE_THRESHOLD],
            recovery_threshold=config[s.POLLING_RECOVERY_THRESHOLD],
            backoff_cap_s=float(config[s.POLLING_BACKOFF_CAP_S]),
            reminder_s=config[s.REMINDER_MINUTES] * 60.0,
        )


class NoticeKind(enum.Enum):
    CHANGED = "changed"  # the light changed (confirmed)
    CAUSE = "cause"  # still red, for another reason
    REMINDER = "reminder"  # still red
    EXPIRY = "expiry"  # a certificate expires soon


@dataclass(frozen=True)
class Notice:
    """Something worth a desktop notification."""

    kind: NoticeKind
    light: Light
    title: Text
    message: Text
    cause: CauseCode | None = None
    fix: FixId | None = None


@dataclass
class _ExpiryMemory:
    # certificate fingerprint -> thresholds already announced
    announced: dict[str, set[int]] = field(default_factory=dict)


class Monitor:
    def __init__(self, policy: MonitorPolicy | None = None, rng: random.Random | None = None):
        self.policy = policy or MonitorPolicy()
        self._rng = rng or random.Random()  # noqa: S311 (jitter, not secrets)
        self.shown = Light.UNKNOWN
        self.stale_reason: Text | None = tr("not checked yet")
        self.last_report: Report | None = None
        self.shown_cause: Finding | None = None  # the confirmed cause of the shown light
        self._recent: list[Light] = []
        self._recent_causes: list[Finding | None] = []
        self._notified = Light.GREEN  # silence at start when all is well
        self._notified_cause: CauseCode | None = None
        self._last_red_notice: float | None = None
        self._last_cause_notice: float | None = None
        self._red_checks = 0  # consecutive checks since the light turned red, for back-off
        self._clock: tuple[float, float] | None = None
        self._expiry = _ExpiryMemory()

    # -- inputs ------------------------------------------------------------------------------

    def observe(self, report: Report, mono: float, wall: float) -> list[Notice]:
        """Take one check's report; returns the notices it warrants."""
        self.watch_clock(mono, wall)
        self.last_report = report
        self.stale_reason = None
        light = report.verdict.light
        if light is Light.UNKNOWN:
            self._recent.clear()
            self._recent_causes.clear()
            self.shown = Light.UNKNOWN
            self.shown_cause = None
            return []
        depth = max(self.policy.failure_threshold, self.policy.recovery_threshold)
        cause = report.verdict.cause
        self._recent = [*self._recent, light][-depth:]
        self._recent_causes = [*self._recent_causes, cause][-depth:]
        before = self.shown
        self.shown = self._confirmed(self.shown)
        self._confirm_cause(before, cause)
        self._red_checks = self._red_checks + 1 if self.shown is Light.RED else 0
        changes = self._change_notices(mono) or self._cause_notices(mono)
        expiries = self._expiry_notices(report)
        if expiries:
            # "Expires in 10 days" says more than "turned yellow: expires soon"; one notice.
            changes = [n for n in changes if n.cause not in EXPIRY_CAUSES]
        return changes + expiries

    def mark_stale(self, reason: Text) -> None:
        """The last result no longer holds (sleep, network change): grey until the next check."""
        self.shown = Light.UNKNOWN
        self.shown_cause = None
        self.stale_reason = reason
        self._recent.clear()
        self._recent_causes.clear()
        self._red_checks = 0

    def watch_clock(self, mono: float, wall: float) -> bool:
        """Call now and then; True (and stale) when the wall clock jumped."""
        previous, self._clock = self._clock, (mono, wall)
        if previous is None:
            return False
        jump = (wall - previous[1]) - (mono - previous[0])
        if abs(jump) > CLOCK_JUMP_S:
            self.mark_stale(tr("the computer slept or its clock changed"))
            return True
        return False

    # -- outputs -----------------------------------------------------------------------------

    @property
    def shown_fix(self) -> FixId | None:
        """The guided fix for the shown cause, if it has one."""
        cause = self.shown_cause
        if cause is None:
            return None
        return cause.fix if cause.fix is not None else CAUSES[cause.code].fix

    def next_delay(self) -> float:
        """Seconds until the next check."""
        p = self.policy
        last = self._recent[-1] if self._recent else None
        if self.shown is Light.RED:
            if last is not None and last is not Light.RED:
                return p.retry_s  # confirm the recovery quickly
            base = min(p.backoff_cap_s, p.retry_s * 2.0 ** max(0, self._red_checks - 1))
            return base / 2 + self._rng.uniform(0, base / 2)
        if last is not None and last > self.shown:
            return p.retry_s  # something looks worse: confirm or dismiss it quickly
        return p.interval_s

    def reminder_due(self, mono: float) -> Notice | None:
        """A reminder while the light stays red, at most every ``reminder_s``."""
        if self.shown is not Light.RED or self._last_red_notice is None:
            return None
        if mono - self._last_red_notice < self.policy.reminder_s:
            return None
        self._last_red_notice = mono
        return self._notice(NoticeKind.REMINDER)

    def expiry_state(self) -> dict[str, list[int]]:
        """What expiry notices were given, to keep across restarts."""
        return {key: sorted(days) for key, days in self._expiry.announced.items()}

    def restore_expiry_state(self, state: dict[str, Any]) -> None:
        for key, days in state.items():
            if isinstance(key, str) and isinstance(days, list):
                self._expiry.announced[key] = {d for d in days if isinstance(d, int)}

    # -- rules -------------------------------------------------------------------------------

    def _all(self, count: int, predicate: Any) -> bool:
        tail = self._recent[-count:]
        return len(tail) == count and all(predicate(light) for light in tail)

    def _confirmed(self, shown: Light) -> Light:
        p = self.policy
        last = self._recent[-1]
        if self._all(p.failure_threshold, lambda light: light is Light.RED):
            return Light.RED
        if shown is Light.RED:
            if self._all(p.recovery_threshold, lambda light: light < Light.RED):
                return max(self._recent[-p.recovery_threshold :])
            return Light.RED
        if shown is Light.UNKNOWN:
            # A fresh start shows green or yellow at once; red still needs confirming.
            return last if last < Light.RED else Light.UNKNOWN
        # Failures do not count towards yellow: two of them are a blip being rechecked,
        # not a reason for a notice.
        if self._all(p.recovery_threshold, lambda light: light is Light.YELLOW):
            return Light.YELLOW
        if shown is Light.YELLOW and not self._all(
            p.recovery_threshold, lambda light: light is Light.GREEN
        ):
            return Light.YELLOW
        return Light.GREEN

    def _confirm_cause(self, before: Light, cause: Finding | None) -> None:
        """The shown light's cause: the latest of its colour when the light changes; while the
        light stays, a new one only once as many checks in a row as turned it red agree."""
        if self.shown in (Light.GREEN, Light.UNKNOWN):
            self.shown_cause = None
            return
        if self.shown is not before or self.shown_cause is None:
            matching = [f for f in self._recent_causes if f and light_of(f) is self.shown]
            self.shown_cause = matching[-1] if matching else None
            return
        if cause is None or light_of(cause) is not self.shown:
            return
        if cause.code == self.shown_cause.code:
            self.shown_cause = cause  # the same cause, in its latest words
            return
        count = self.policy.failure_threshold
        tail = self._recent_causes[-count:]
        if len(tail) == count and all(f is not None and f.code == cause.code for f in tail):
            self.shown_cause = cause

    def _change_notices(self, mono: float) -> list[Notice]:
        if self.shown is Light.UNKNOWN or self.shown is self._notified:
            return []
        self._notified = self.shown
        self._notified_cause = self.shown_cause.code if self.shown_cause else None
        if self.shown is Light.RED:
            self._last_red_notice = mono
            self._last_cause_notice = mono
        else:
            self._last_red_notice = None
        return [self._notice(NoticeKind.CHANGED)]

    def _cause_notices(self, mono: float) -> list[Notice]:
        """The light stays red but for another reason: say so, not more often than the gap."""
        if self.shown is not Light.RED or self._notified is not Light.RED:
            return []
        code = self.shown_cause.code if self.shown_cause else None
        if code is None or code == self._notified_cause:
            return []
        gap = min(self.policy.cause_gap_s, self.policy.reminder_s)
        if self._last_cause_notice is not None and mono - self._last_cause_notice < gap:
            return []  # told again at a later check, if it still holds then
        self._notified_cause = code
        self._last_cause_notice = mono
        self._last_red_notice = mono  # this is the reminder too
        return [self._notice(NoticeKind.CAUSE)]

    def _notice(self, kind: NoticeKind) -> Notice:
        cause = self.shown_cause
        if self.shown is Light.GREEN or cause is None:
            return Notice(
                kind,
                self.shown,
                tr("Invoices can be issued again"),
                tr("The connection to the invoice server works."),
            )
        titles = {
            NoticeKind.CHANGED: headline(cause),
            NoticeKind.CAUSE: tr("Still unable to issue invoices, now for another reason"),
            NoticeKind.REMINDER: tr("Still unable to issue invoices"),
        }
        return Notice(
            kind, self.shown, titles[kind], notice_text(cause), cause.code, self.shown_fix
        )

    def _expiry_notices(self, report: Report) -> list[Notice]:
        notices = []
        for check in report.checks:
            certificate = check.detail.get("certificate") if check.id is CheckId.TLS else None
            if check.id is CheckId.CLIENT_CERTIFICATE and "days_left" in check.detail:
                certificate = check.detail
            if not isinstance(certificate, dict) or "sha256" not in certificate:
                continue
            days_left = float(certificate.get("days_left", 1e9))
            due = [d for d in self.policy.expiry_notice_days if days_left <= d]
            if not due or days_left < 0:
                continue
            announced = self._expiry.announced.setdefault(str(certificate["sha256"]), set())
            if min(due) in announced:
                continue
            announced.update(due)  # a first look at 5 days left says so once, not 3 times
            days = max(0, int(days_left))
            title = (
                tr("The server certificate expires in {days} days", days=days)
                if check.id is CheckId.TLS
                else tr("The signing certificate expires in {days} days", days=days)
            )
            until = _date(certificate.get("not_after"))
            message = (
                tr("It is valid until {date}. Arrange its renewal in time.", date=until)
                if until is not None
                else tr("Arrange its renewal in time.")
            )
            notices.append(Notice(NoticeKind.EXPIRY, Light.YELLOW, title, message))
        return notices


def notice_text(cause: Finding) -> Text:
    """What a notice says under the cause's headline: the fact the headline does not say,
    then what to do, then, while invoices cannot be issued, that drafts can wait offline."""
    explained = CAUSES[cause.code]
    text = explained.next_step
    if cause.plain is not None:
        text = tr("{fact}. {next_step}", fact=cause.plain, next_step=text)
    if explained.drafts_help and light_of(cause) is Light.RED:
        text = tr("{text} Meanwhile, invoices can be saved as offline drafts.", text=text)
    return text


def _date(raw: object) -> date | None:
    try:
        return datetime.fromisoformat(str(raw)).date()
    except ValueError:
        return None
