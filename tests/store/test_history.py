"""Check history on a real SQLite file: incidents follow the confirmed light, old rows go."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from invoice_tray.engine.model import (
    CauseCode,
    CheckId,
    CheckResult,
    CheckStatus,
    Finding,
    Layer,
    Light,
)
from invoice_tray.engine.verdict import Report
from invoice_tray.i18n import set_language, tr
from invoice_tray.store.db import Database, StoreBug, StoreEnvironmentError
from invoice_tray.store.history import MIGRATIONS, HistoryStore

CODES = {Light.RED: CauseCode.SERVER_ERROR, Light.YELLOW: CauseCode.SERVER_SLOW}
T0 = 1_800_000_000.0


def report(light: Light, latency: float = 40.0) -> Report:
    findings = (
        ()
        if light is Light.GREEN
        else (Finding(CODES[light], tr("answered in {ms} ms", ms=latency)),)
    )
    health = CheckResult(
        CheckId.HEALTH, Layer.SERVER, CheckStatus.OK, tr("x"), latency, {}, findings
    )
    return Report.build("https://s", datetime.now(UTC), latency + 5, [health])


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(tmp_path / "history.sqlite3")


def test_series_keeps_every_check(store: HistoryStore) -> None:
    store.record(report(Light.GREEN, 30), Light.GREEN, at=T0)
    store.record(report(Light.RED), Light.GREEN, at=T0 + 10)
    points = store.series(since=T0)
    assert [(p.light, p.shown) for p in points] == [
        (Light.GREEN, Light.GREEN), (Light.RED, Light.GREEN)
    ]  # fmt: skip
    assert points[0].latency_ms == 30


def test_incidents_follow_the_confirmed_light(store: HistoryStore) -> None:
    timeline = [
        (Light.GREEN, Light.GREEN),
        (Light.RED, Light.GREEN),  # a blip: no incident
        (Light.RED, Light.GREEN),
        (Light.RED, Light.RED),  # confirmed: incident opens
        (Light.RED, Light.RED),
        (Light.GREEN, Light.UNKNOWN),  # grey: neither opens nor closes
        (Light.GREEN, Light.GREEN),  # closes
        (Light.YELLOW, Light.YELLOW),  # a new one
    ]
    for step, (light, shown) in enumerate(timeline):
        store.record(report(light), shown, at=T0 + step * 10)
    yellow, red = store.incidents(since=T0)
    assert (red.light, red.cause, red.started_at, red.ended_at) == (
        Light.RED, "server-error", T0 + 30, T0 + 60
    )  # fmt: skip
    assert red.duration_s(now=0) == 30
    assert (yellow.light, yellow.ended_at) == (Light.YELLOW, None)
    assert yellow.duration_s(now=T0 + 100) == 30


def test_summaries_come_back_in_the_current_language(store: HistoryStore) -> None:
    store.record(report(Light.RED, 12), Light.RED, at=T0)
    (incident,) = store.incidents(since=T0)
    assert str(incident.summary) == "answered in 12 ms"
    set_language("zh_CN")
    assert str(incident.summary) == "答复用时 12 ms"


def test_prune_keeps_thirty_days_and_open_incidents(store: HistoryStore) -> None:
    day = 86400
    store.record(report(Light.RED), Light.RED, at=T0)  # opens, never closed
    store.record(report(Light.GREEN), Light.GREEN, at=T0 + 31 * day)
    store.record(report(Light.YELLOW), Light.YELLOW, at=T0 + 32 * day)
    store.record(report(Light.GREEN), Light.GREEN, at=T0 + 33 * day)
    removed = store.prune(30, now=T0 + 62 * day)
    assert removed == 2 + 1  # two checks, the red incident that ended on day 31
    assert [p.checked_at for p in store.series(0)] == [T0 + 32 * day, T0 + 33 * day]
    assert [i.light for i in store.incidents(0)] == [Light.YELLOW]


def test_survives_reopening_and_records_its_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    first = HistoryStore(path)
    first.record(report(Light.GREEN), Light.GREEN, at=T0)
    first.close()
    again = HistoryStore(path)
    assert again.db.version == len(MIGRATIONS)
    assert len(again.series(0)) == 1
    mode = again.db.query("PRAGMA journal_mode")[0][0]
    assert mode == "wal"


def test_newer_schema_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreEnvironmentError) as caught:
        HistoryStore(path)
    assert "newer version" in str(caught.value.message)


def test_garbage_file_is_an_environment_error(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreEnvironmentError):
        HistoryStore(path)
    assert path.read_bytes().startswith(b"this is not a database")  # left as it was


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_read_only_file_is_an_environment_error(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    path.chmod(0o400)
    store = HistoryStore(path)
    with pytest.raises(StoreEnvironmentError):
        store.record(report(Light.GREEN), Light.GREEN)


def test_our_own_bad_query_is_a_bug(store: HistoryStore) -> None:
    with pytest.raises(StoreBug):
        store.db.query("SELECT no_such_column FROM checks")


def test_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    def v1(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE t (x INTEGER)")

    db = Database(tmp_path / "t.sqlite3", [v1])
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError("half-way")
    assert db.query("SELECT count(*) FROM t")[0][0] == 0


def test_an_open_incident_takes_on_a_new_confirmed_cause(store: HistoryStore) -> None:
    refused = Finding(CauseCode.CONNECTION_REFUSED, tr("x"))
    token = Finding(
        CauseCode.AUTH_FAILED, tr("the server refused access (HTTP {status})", status=401)
    )
    store.record(report(Light.RED), Light.RED, at=T0, cause=refused)
    store.record(report(Light.RED), Light.RED, at=T0 + 10, cause=refused)
    store.record(report(Light.RED), Light.RED, at=T0 + 20, cause=token)
    store.record(report(Light.RED), Light.RED, at=T0 + 30, cause=token)
    (incident,) = store.incidents(since=T0)
    assert (incident.cause, incident.ended_at) == ("auth-failed", None)
    assert [(c.at, c.cause) for c in incident.causes] == [
        (T0, "connection-refused"),
        (T0 + 20, "auth-failed"),
    ]
    assert str(incident.causes[1].summary) == "the server refused access (HTTP 401)"


def test_a_version_1_file_keeps_its_incidents_with_their_cause(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    Database(path, MIGRATIONS[:1]).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO incidents (started_at, light, cause) VALUES (?, 'red', 'timeout')", (T0,)
        )
    (incident,) = HistoryStore(path).incidents(0)
    assert [(c.at, c.cause) for c in incident.causes] == [(T0, "timeout")]


def a_round(invoice: Light, site: Light) -> Report:
    from invoice_tray.engine.kinds import EndpointKind
    from invoice_tray.engine.verdict import EndpointReport

    parts = (
        EndpointReport("开票服务器", EndpointKind.INVOICE_SERVER, True, report(invoice)),
        EndpointReport("电子税务局", EndpointKind.HTTPS, False, report(site, latency=90.0)),
    )
    return Report.combine(parts, 60.0)


def test_each_endpoint_has_its_history_and_incidents(store: HistoryStore) -> None:
    lights = [Light.GREEN, Light.RED, Light.GREEN, Light.RED, Light.RED, Light.RED, Light.GREEN,
              Light.YELLOW, Light.YELLOW]  # fmt: skip
    for minute, site in enumerate(lights):
        store.record(a_round(Light.GREEN, site), Light.GREEN, at=T0 + 60 * minute)
    assert sorted(store.endpoint_names(T0)) == sorted(["开票服务器", "电子税务局"])
    series = store.endpoint_series("电子税务局", T0)
    assert [p.light for p in series] == lights
    assert series[0].latency_ms == 90.0
    assert [p.light for p in store.endpoint_series("开票服务器", T0)] == [Light.GREEN] * 9
    # A single bad check is a blip; three in a row, an incident; the last is still going on.
    ongoing, closed = store.endpoint_incidents("电子税务局", T0)
    assert (closed.started_at, closed.ended_at, closed.light) == (T0 + 180, T0 + 360, Light.RED)
    assert closed.cause == "server-error"
    assert (ongoing.started_at, ongoing.ended_at, ongoing.light) == (T0 + 420, None, Light.YELLOW)
    assert store.endpoint_incidents("开票服务器", T0) == []
    # The round's own incidents follow the light shown, as before.
    assert store.incidents(T0) == []
    assert store.prune(now=T0 + 31 * 86400) >= 18
    assert store.endpoint_series("电子税务局", T0) == []
