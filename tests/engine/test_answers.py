"""How server answers are read: Retry-After, clock samples, malformed and hostile bodies."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx

from invoice_tray.engine import answers
from invoice_tray.engine.http import Answer
from invoice_tray.engine.model import CheckStatus, Light
from invoice_tray.i18n import set_language

NOW = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)


def answer(
    status: int = 200,
    body: object = None,
    *,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
    raw: bytes | None = None,
    sent: float = 1000.0,
    received: float = 1000.05,
    elapsed_ms: float = 50.0,
    too_large: bool = False,
) -> Answer:
    data = raw if raw is not None else json.dumps(body).encode()
    return Answer(
        url="https://s/health", status=status,
        headers=httpx.Headers({"content-type": content_type, **(headers or {})}),
        body=data, too_large=too_large, elapsed_ms=elapsed_ms, sent_wall=sent,
        received_wall=received, peer_cert_der=None, peer_cert=None, tls_version=None,
    )  # fmt: skip


def codes(result: object) -> list[str]:
    return [f.code for f in result.findings]  # type: ignore[attr-defined]


def test_retry_after_seconds_and_http_date() -> None:
    assert answers.retry_after_s(answer(503, headers={"retry-after": "120"})) == 120
    date = format_datetime(NOW, usegmt=True)
    later = format_datetime(NOW + timedelta(minutes=10), usegmt=True)
    # Against the answer's own Date, not this PC's clock.
    got = answers.retry_after_s(answer(503, headers={"date": date, "retry-after": later}))
    assert got == 600
    assert answers.retry_after_s(answer(503, headers={"retry-after": "soon"})) is None


def test_health_variants() -> None:
    assert codes(answers.health(answer(200, {"status": "ok"}), 2000)) == []
    assert codes(answers.health(answer(200, {"status": "ok"}, elapsed_ms=2500), 2000)) == [
        "server-slow"
    ]
    assert codes(answers.health(answer(200, {"status": "degraded"}), 2000)) == ["server-degraded"]
    assert codes(answers.health(answer(500, {}), 2000)) == ["server-error"]
    assert codes(answers.health(answer(500, {}), 2000, retry=answer(200, {"status": "ok"}))) == [
        "server-degraded"
    ]
    assert codes(answers.health(answer(403, {}), 2000)) == ["auth-failed"]
    assert codes(answers.health(answer(503, {}, headers={"retry-after": "30"}), 2000)) == [
        "server-error"
    ]


def test_malformed_bodies_are_bad_responses() -> None:
    for bad in (
        answer(200, raw=b"{not json"),
        answer(200, raw=b"\xff\xfe garbage"),
        answer(200, {"status": "sure"}),
        answer(200, ["ok"]),
        answer(200, raw=b"<html>login</html>", content_type="text/html"),
        answer(302, raw=b"", headers={"location": "http://portal.hotel/login"}),
        answer(200, raw=b'{"status": "ok"}', too_large=True),
    ):
        result = answers.health(bad, 2000)
        assert codes(result) == ["bad-response"], bad
        assert result.status is CheckStatus.FAIL


def test_redirect_names_where_it_leads() -> None:
    result = answers.health(answer(302, raw=b"", headers={"location": "http://portal/login"}), 2000)
    assert "http://portal/login" in str(result.summary)


def test_limits_are_validated() -> None:
    good = answers.auth(answer(200, {"offline_max_hours": 72, "offline_max_amount": "5000.50"}))
    assert good.detail["offline_max_amount"] == "5000.50"
    for body in (
        {"offline_max_hours": "72", "offline_max_amount": "1"},
        {"offline_max_hours": 72, "offline_max_amount": 1000},
        {"offline_max_hours": -1, "offline_max_amount": "1"},
        {"offline_max_hours": 72, "offline_max_amount": "NaN"},
    ):
        assert answers.auth(answer(200, body)).status is CheckStatus.WARN, body
    assert codes(answers.auth(answer(401, {}))) == ["auth-failed"]


def test_announcements_active_upcoming_and_junk() -> None:
    def item(level: str, start: timedelta, end: timedelta) -> dict[str, str]:
        return {"level": level, "title": "Upgrade", "starts_at": (NOW + start).isoformat(),
                "ends_at": (NOW + end).isoformat()}  # fmt: skip

    active = answers.announcements(
        answer(200, [item("maintenance", timedelta(hours=-1), timedelta(hours=1))]), NOW
    )
    assert codes(active) == ["server-maintenance"]
    upcoming = answers.announcements(
        answer(200, [item("maintenance", timedelta(hours=3), timedelta(hours=5))]), NOW
    )
    assert upcoming.status is CheckStatus.WARN and codes(upcoming) == []
    past = answers.announcements(
        answer(200, [item("maintenance", timedelta(days=-2), timedelta(days=-1))]), NOW
    )
    assert past.status is CheckStatus.OK
    junk = answers.announcements(answer(200, [1, "x", {"level": "maintenance"}]), NOW)
    assert junk.status is CheckStatus.OK and junk.detail["announcements"] == []
    assert answers.announcements(answer(404, {}), NOW).status is CheckStatus.OK


def test_clock_uses_the_fastest_sample() -> None:
    server_time = datetime.fromtimestamp(1000, UTC) + timedelta(minutes=3)
    header = {"date": format_datetime(server_time, usegmt=True)}
    slow = answer(headers=header, sent=999.0, received=1001.0)  # 2 s round trip
    fast = answer(headers=header, sent=999.99, received=1000.01)
    result = answers.clock([slow, fast])
    assert result.detail["round_trip_ms"] == 20.0
    assert 180 <= result.detail["skew_s"] <= 181
    assert result.findings[0].light is Light.YELLOW


def test_clock_thresholds() -> None:
    def skewed(seconds: float) -> object:
        date = datetime.fromtimestamp(1000, UTC) + timedelta(seconds=seconds)
        return answers.clock([answer(headers={"date": format_datetime(date, usegmt=True)},
                                     sent=1000.0, received=1000.0)])  # fmt: skip

    assert codes(skewed(60)) == []
    assert skewed(-200).findings[0].light is Light.YELLOW  # type: ignore[attr-defined]
    assert skewed(400).findings[0].light is Light.RED  # type: ignore[attr-defined]
    assert answers.clock([]).status is CheckStatus.SKIPPED


def test_a_clock_summary_made_in_one_language_is_shown_in_another() -> None:
    server_time = datetime.fromtimestamp(1000, UTC) + timedelta(minutes=4)
    header = {"date": format_datetime(server_time, usegmt=True)}
    result = answers.clock([answer(headers=header, sent=1000.0, received=1000.0)])
    assert str(result.summary) == "this computer's time is 4 minutes behind"
    set_language("zh_CN")
    shown = str(result.summary)
    assert shown == "电脑时间慢了 4 分钟"
    assert "behind" not in str(result.findings[0].summary)
    set_language("en")
    assert str(result.summary).endswith("behind")
