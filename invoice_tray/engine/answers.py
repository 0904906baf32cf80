"""What the server's answers mean: health, credentials, announcements, clock.

Pure functions from an :class:`Answer` to a check result, so every branch is easy to test.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from email.utils import parsedate_to_datetime
from typing import Any

from invoice_tray import validtext
from invoice_tray.engine.http import Answer
from invoice_tray.engine.kinds import Expectation
from invoice_tray.engine.model import (
    CauseCode,
    CheckId,
    CheckResult,
    CheckStatus,
    Finding,
    Layer,
    Light,
)
from invoice_tray.i18n import money, tr

HEALTH_MAX_BYTES = 64 * 1024
LIST_MAX_BYTES = 256 * 1024
CLOCK_WARN_S = 120
CLOCK_FAIL_S = 300
UPCOMING_WINDOW = timedelta(hours=24)


def _decoded(answer: Answer) -> Any:
    if answer.too_large or "json" not in answer.content_type:
        return None
    try:
        return json.loads(answer.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def parse_json(answer: Answer) -> Any:
    """The JSON body, or None when the answer is not JSON (HTML page, garbage, too large)
    or holds text that is not valid (validtext): such an answer is not read at all."""
    body = _decoded(answer)
    return None if validtext.broken_fields(body) else body


def parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def retry_after_s(answer: Answer) -> float | None:
    """``Retry-After`` in seconds; an HTTP-date is taken against the answer's own Date."""
    raw = answer.headers.get("retry-after")
    if not raw:
        return None
    raw = raw.strip()
    if raw.isdigit():
        return float(raw)
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    sent = server_date(answer) or datetime.now(UTC)
    return max(0.0, (when - sent).total_seconds())


def server_date(answer: Answer) -> datetime | None:
    raw = answer.headers.get("date")
    if not raw:
        return None
    try:
        parsed = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class Impostor(enum.StrEnum):
    """How an answer shows it is not the invoice server's (``detail.problem``)."""

    TOO_LARGE = "too-large"
    REDIRECT = "redirect"
    NOT_JSON = "not-json"
    BROKEN_TEXT = "broken-text"  # JSON, but with text that cannot be stored or shown


def _not_invoice_server(answer: Answer) -> Impostor:
    if answer.too_large:
        return Impostor.TOO_LARGE
    if validtext.broken_fields(_decoded(answer)):
        return Impostor.BROKEN_TEXT
    if 300 <= answer.status < 400:
        return Impostor.REDIRECT
    return Impostor.NOT_JSON


def health(answer: Answer, slow_ms: int, retry: Answer | None = None) -> CheckResult:
    final = retry or answer
    detail: dict[str, Any] = {
        "url": answer.url,
        "http_status": answer.status,
        "latency_ms": round(answer.elapsed_ms, 1),
    }
    if retry is not None:
        detail["retry_http_status"] = retry.status

    def result(status: CheckStatus, summary: Any, *findings: Finding) -> CheckResult:
        return CheckResult(
            CheckId.HEALTH, Layer.SERVER, status, summary, answer.elapsed_ms, detail, findings
        )

    if final.status in (401, 403):
        summary = tr("the server refused access (HTTP {status})", status=final.status)
        return result(CheckStatus.FAIL, summary, Finding(CauseCode.AUTH_FAILED, summary))
    body = parse_json(final)
    if final.status == 503 or (isinstance(body, dict) and body.get("status") == "maintenance"):
        return _unavailable(final, body, detail, result)
    if final.status >= 500:
        summary = tr("the server answered with an error (HTTP {status})", status=final.status)
        return result(CheckStatus.FAIL, summary, Finding(CauseCode.SERVER_ERROR, summary))
    if (
        final.status != 200
        or not isinstance(body, dict)
        or body.get("status")
        not in (
            "ok",
            "degraded",
        )
    ):
        kind = _not_invoice_server(final)
        detail["content_type"] = final.content_type
        detail["problem"] = kind
        if kind is Impostor.REDIRECT:
            summary = tr(
                "the answer sends on to {location}, not the invoice server's",
                location=final.headers.get("location", "?")[:200],
            )
        elif kind is Impostor.TOO_LARGE:
            summary = tr("the answer is far larger than the invoice server's; it was cut off")
        elif kind is Impostor.BROKEN_TEXT:
            fields = validtext.broken_fields(_decoded(final))
            summary = tr(
                "the answer holds text that is not valid (at {fields})",
                fields=", ".join(field or "?" for field in fields[:3]),
            )
        elif final.status == 200:
            summary = tr("the answer is a web page, not the invoice server's")
        else:
            summary = tr(
                "unexpected answer (HTTP {status}): is the server address right?",
                status=final.status,
            )
        return result(CheckStatus.FAIL, summary, Finding(CauseCode.BAD_RESPONSE, summary))
    message = str(body.get("message") or "")[:300]
    if message:
        detail["message"] = message
    if retry is not None:
        summary = tr(
            "the server failed once (HTTP {status}) and then answered",
            status=answer.status,
        )
        return result(CheckStatus.WARN, summary, Finding(CauseCode.SERVER_DEGRADED, summary))
    if body["status"] == "degraded":
        if message:
            summary = tr("the server reports problems: {message}", message=message)
            plain = tr("the server says: {message}", message=message)
        else:
            summary = plain = tr("the server reports problems")
        return result(
            CheckStatus.WARN, summary, Finding(CauseCode.SERVER_DEGRADED, summary, plain=plain)
        )
    if answer.elapsed_ms > slow_ms:
        return _slow(answer, slow_ms, result)
    return result(CheckStatus.OK, tr("answered in {ms} ms", ms=round(answer.elapsed_ms)))


def reachable(
    answer: Answer, expect: Expectation, slow_ms: int, retry: Answer | None = None
) -> CheckResult:
    """An HTTPS service that is not an invoice server: reachable when its answer is what the
    administrator expects (a status code, a text in the body), slow or passing errors as for
    the invoice server."""
    final = retry or answer
    detail: dict[str, Any] = {
        "url": answer.url,
        "http_status": answer.status,
        "latency_ms": round(answer.elapsed_ms, 1),
        "expected_status": expect.describe(),
    }
    if retry is not None:
        detail["retry_http_status"] = retry.status

    def result(status: CheckStatus, summary: Any, *findings: Finding) -> CheckResult:
        return CheckResult(
            CheckId.HEALTH, Layer.SERVER, status, summary, answer.elapsed_ms, detail, findings
        )

    if not expect.accepts(final.status):
        if final.status == 503:
            return _unavailable(final, None, detail, result)
        if final.status >= 500:
            summary = tr("the server answered with an error (HTTP {status})", status=final.status)
            return result(CheckStatus.FAIL, summary, Finding(CauseCode.SERVER_ERROR, summary))
        summary = tr(
            "unexpected answer (HTTP {status}): is the server address right?", status=final.status
        )
        return result(CheckStatus.FAIL, summary, Finding(CauseCode.BAD_RESPONSE, summary))
    if expect.text:
        detail["expected_text"] = expect.text
        if expect.text not in final.body.decode("utf-8", errors="replace"):
            summary = tr("the answer does not contain the expected text")
            return result(CheckStatus.FAIL, summary, Finding(CauseCode.BAD_RESPONSE, summary))
    if retry is not None:
        summary = tr(
            "the server failed once (HTTP {status}) and then answered", status=answer.status
        )
        return result(CheckStatus.WARN, summary, Finding(CauseCode.SERVER_DEGRADED, summary))
    if answer.elapsed_ms > slow_ms:
        return _slow(answer, slow_ms, result)
    summary = tr(
        "answered (HTTP {status}) in {ms} ms", status=final.status, ms=round(answer.elapsed_ms)
    )
    return result(CheckStatus.OK, summary)


def _slow(answer: Answer, slow_ms: int, result: Any) -> CheckResult:
    """An answer slower than the threshold: it works, but takes longer (both kinds)."""
    summary = tr(
        "answered in {ms} ms (slower than {limit} ms)", ms=round(answer.elapsed_ms), limit=slow_ms
    )
    plain = tr("it took {seconds} seconds to answer", seconds=f"{answer.elapsed_ms / 1000:.1f}")
    finding = Finding(CauseCode.SERVER_SLOW, summary, plain=plain)
    return result(CheckStatus.WARN, summary, finding)  # type: ignore[no-any-return]


def _unavailable(final: Answer, body: Any, detail: dict[str, Any], result: Any) -> CheckResult:
    wait = retry_after_s(final)
    if wait is not None:
        detail["retry_after_s"] = wait
    until = parse_time(body.get("until")) if isinstance(body, dict) else None
    if isinstance(body, dict) and body.get("status") == "maintenance":
        plain = None
        if until:
            detail["until"] = until.isoformat()
            summary = tr("maintenance until {until}", until=until)
            plain = tr("it is expected to end at {until}", until=until)
        else:
            summary = tr("the server is under maintenance")
        finding = Finding(CauseCode.SERVER_MAINTENANCE, summary, plain=plain)
        return result(CheckStatus.FAIL, summary, finding)  # type: ignore[no-any-return]
    if wait is not None:
        summary = tr(
            "the server is overloaded or unavailable (HTTP 503); it asks to retry in {seconds} s",
            seconds=round(wait),
        )
    else:
        summary = tr("the server is unavailable (HTTP 503)")
    return result(CheckStatus.FAIL, summary, Finding(CauseCode.SERVER_ERROR, summary))  # type: ignore[no-any-return]


def auth(answer: Answer) -> CheckResult:
    detail: dict[str, Any] = {"http_status": answer.status}

    def result(status: CheckStatus, summary: Any, *findings: Finding) -> CheckResult:
        return CheckResult(
            CheckId.AUTH, Layer.SERVER, status, summary, answer.elapsed_ms, detail, findings
        )

    if answer.status in (401, 403):
        summary = tr("the access token was refused (HTTP {status})", status=answer.status)
        return result(CheckStatus.FAIL, summary, Finding(CauseCode.AUTH_FAILED, summary))
    if answer.status == 404:
        return result(CheckStatus.OK, tr("token accepted; no offline limits published"))
    body = parse_json(answer)
    if answer.status == 200 and isinstance(body, dict):
        limits = offline_limits(body)
        if limits is not None:
            detail["offline_max_hours"] = limits.max_hours
            detail["offline_max_amount"] = str(limits.max_amount)
            return result(
                CheckStatus.OK,
                tr(
                    "token accepted; offline limits {hours} hours, {amount} yuan",
                    hours=limits.max_hours,
                    amount=money(limits.max_amount),
                ),
            )
    return result(
        CheckStatus.WARN,
        tr("could not read the offline limits (HTTP {status})", status=answer.status),
    )


@dataclass(frozen=True)
class OfflineLimits:
    max_hours: int
    max_amount: Decimal


def offline_limits(body: dict[str, Any]) -> OfflineLimits | None:
    hours = body.get("offline_max_hours")
    amount = body.get("offline_max_amount")
    if isinstance(hours, bool) or not isinstance(hours, int) or hours < 0:
        return None
    if not isinstance(amount, str):
        return None
    try:
        value = Decimal(amount)
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0:
        return None
    return OfflineLimits(hours, value)


@dataclass(frozen=True)
class Announcement:
    level: str
    title: str
    starts_at: datetime
    ends_at: datetime

    @property
    def is_maintenance(self) -> bool:
        return self.level == "maintenance"

    @classmethod
    def parse(cls, raw: object) -> Announcement | None:
        """One announcement, or None when it lacks the fields the contract requires."""
        if not isinstance(raw, dict):
            return None
        starts, ends = parse_time(raw.get("starts_at")), parse_time(raw.get("ends_at"))
        if starts is None or ends is None:
            return None
        level = str(raw.get("level", "info"))[:20]
        return cls(level, str(raw.get("title", ""))[:200], starts, ends)

    def to_json(self) -> dict[str, str]:
        return {
            "level": self.level,
            "title": self.title,
            "starts_at": self.starts_at.isoformat(),
            "ends_at": self.ends_at.isoformat(),
        }


def announcements(answer: Answer, now: datetime) -> CheckResult:
    detail: dict[str, Any] = {"http_status": answer.status}

    def result(status: CheckStatus, summary: Any, *findings: Finding) -> CheckResult:
        return CheckResult(
            CheckId.ANNOUNCEMENTS,
            Layer.PLATFORM,
            status,
            summary,
            answer.elapsed_ms,
            detail,
            findings,
        )

    if answer.status == 404:
        return result(CheckStatus.OK, tr("no announcements"))
    body = parse_json(answer)
    if answer.status != 200 or not isinstance(body, list):
        return result(
            CheckStatus.WARN,
            tr("announcements could not be read (HTTP {status})", status=answer.status),
        )
    items = [item for item in map(Announcement.parse, body[:50]) if item is not None]
    detail["announcements"] = [item.to_json() for item in items]
    for item in items:
        if item.is_maintenance and item.starts_at <= now < item.ends_at:
            summary = tr(
                "announced maintenance until {until}: {title}",
                until=item.ends_at,
                title=item.title,
            )
            plain = tr("it is expected to end at {until}", until=item.ends_at)
            finding = Finding(CauseCode.SERVER_MAINTENANCE, summary, plain=plain)
            return result(CheckStatus.FAIL, summary, finding)
    upcoming = [
        item
        for item in items
        if item.is_maintenance and now <= item.starts_at < now + UPCOMING_WINDOW
    ]
    if upcoming:
        first = min(upcoming, key=lambda item: item.starts_at)
        return result(
            CheckStatus.WARN,
            tr(
                "maintenance planned from {start} to {end}: {title}",
                start=first.starts_at,
                end=first.ends_at,
                title=first.title,
            ),
        )
    if not items:
        return result(CheckStatus.OK, tr("no announcements"))
    return result(
        CheckStatus.OK,
        tr("announcements: {count}, none affecting invoicing now", count=len(items)),
    )


def clock(samples: list[Answer]) -> CheckResult:
    """Clock skew from the servers' Date headers: Date minus the midpoint of send and
    receive, from the answer with the shortest round trip. Date has one-second resolution
    (truncated), hence the half-second added."""
    dated = [(a, server_date(a)) for a in samples]
    usable = [(a, d) for a, d in dated if d is not None]
    if not usable:
        return CheckResult(
            CheckId.CLOCK,
            Layer.PC,
            CheckStatus.SKIPPED,
            tr("the server sent no time to compare with"),
            0.0,
        )
    answer, date = min(usable, key=lambda pair: pair[0].received_wall - pair[0].sent_wall)
    midpoint = (answer.sent_wall + answer.received_wall) / 2
    skew = date.timestamp() + 0.5 - midpoint
    detail = {
        "skew_s": round(skew, 1),
        "samples": len(usable),
        "round_trip_ms": round((answer.received_wall - answer.sent_wall) * 1000, 1),
    }
    magnitude = abs(skew)
    if magnitude >= CLOCK_WARN_S:
        summary = (
            tr("this computer's time is {minutes} minutes behind", minutes=_minutes(magnitude))
            if skew > 0
            else tr("this computer's time is {minutes} minutes ahead", minutes=_minutes(magnitude))
        )
        failing = magnitude > CLOCK_FAIL_S
        light = Light.RED if failing else Light.YELLOW
        return CheckResult(
            CheckId.CLOCK,
            Layer.PC,
            CheckStatus.FAIL if failing else CheckStatus.WARN,
            summary,
            0.0,
            detail,
            (Finding(CauseCode.CLOCK_SKEW, summary, light, plain=summary),),
        )
    seconds = round(magnitude)
    return CheckResult(
        CheckId.CLOCK,
        Layer.PC,
        CheckStatus.OK,
        tr("this computer's time is within {seconds} s of the server's", seconds=seconds)
        if seconds
        else tr("this computer's time matches the server's"),
        0.0,
        detail,
    )


def _minutes(seconds: float) -> str:
    """Whole minutes, or one decimal below ten (2.5 minutes, 12 minutes)."""
    minutes = seconds / 60
    return f"{minutes:.1f}".removesuffix(".0") if minutes < 10 else str(round(minutes))
