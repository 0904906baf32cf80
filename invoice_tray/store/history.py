"""Check history and incidents, for the details window and the diagnostics export.

Each check is a row (its own light, the light shown after it, the cause, the health
latency). Incidents follow the *shown* light, so a blip that was never confirmed is no
incident: one opens when the light turns yellow or red and closes when it turns green. A
grey spell (sleep, pause) neither opens nor closes one. An incident keeps every confirmed
cause it went through (down, then the token refused), the latest as its cause. Rows older
than the retention are pruned.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from invoice_tray.engine.model import CheckId, Finding, Light
from invoice_tray.engine.verdict import Report
from invoice_tray.i18n import Text, text_from_json, text_to_json
from invoice_tray.store.db import Database

HISTORY_FILE = "history.sqlite3"
RETENTION_DAYS = 30
_LIGHTS = {light.label: light for light in Light}


def _v1(conn: sqlite3.Connection) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in (
        """CREATE TABLE checks (
            id INTEGER PRIMARY KEY,
            checked_at REAL NOT NULL,
            light TEXT NOT NULL,
            shown TEXT NOT NULL,
            cause TEXT,
            duration_ms REAL NOT NULL,
            latency_ms REAL
        )""",
        "CREATE INDEX checks_by_time ON checks(checked_at)",
        """CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            started_at REAL NOT NULL,
            ended_at REAL,
            light TEXT NOT NULL,
            cause TEXT,
            summary TEXT
        )""",
        "CREATE INDEX incidents_by_start ON incidents(started_at)",
    ):
        conn.execute(statement)


def _v2(conn: sqlite3.Connection) -> None:
    # The causes an incident went through; incidents.cause stays the latest.
    for statement in (
        """CREATE TABLE incident_causes (
            incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            at REAL NOT NULL,
            cause TEXT NOT NULL,
            summary TEXT
        )""",
        "CREATE INDEX incident_causes_by_incident ON incident_causes(incident_id, at)",
        """INSERT INTO incident_causes (incident_id, at, cause, summary)
            SELECT id, started_at, cause, summary FROM incidents WHERE cause IS NOT NULL""",
    ):
        conn.execute(statement)


def _v3(conn: sqlite3.Connection) -> None:
    # Each endpoint of a round of several, with its own light: its history and incidents.
    for statement in (
        """CREATE TABLE endpoint_checks (
            checked_at REAL NOT NULL,
            endpoint TEXT NOT NULL,
            light TEXT NOT NULL,
            cause TEXT,
            summary TEXT,
            latency_ms REAL
        )""",
        "CREATE INDEX endpoint_checks_by_name ON endpoint_checks(endpoint, checked_at)",
    ):
        conn.execute(statement)


MIGRATIONS = (_v1, _v2, _v3)
CONFIRM = 2  # an endpoint's incident: this many bad checks in a row, as the light would need


@dataclass(frozen=True)
class HistoryPoint:
    checked_at: float
    light: Light
    shown: Light
    latency_ms: float | None


@dataclass(frozen=True)
class IncidentCause:
    at: float
    cause: str
    summary: Text | None


@dataclass(frozen=True)
class Incident:
    started_at: float
    ended_at: float | None  # None: still going on
    light: Light
    cause: str | None  # the latest
    summary: Text | None
    causes: tuple[IncidentCause, ...] = ()  # every confirmed cause, in order

    def duration_s(self, now: float) -> float:
        return (self.ended_at if self.ended_at is not None else now) - self.started_at


class HistoryStore:
    def __init__(self, path: Path) -> None:
        self.db = Database(path, MIGRATIONS)

    def close(self) -> None:
        self.db.close()

    def record(
        self,
        report: Report,
        shown: Light,
        at: float | None = None,
        cause: Finding | None = None,
    ) -> None:
        """One check; ``cause`` is the shown light's confirmed cause (the monitor's), which an
        open incident takes on when it changes."""
        at = time.time() if at is None else at
        own = report.verdict.cause
        health = next((c for c in report.checks if c.id is CheckId.HEALTH), None)
        latency = health.duration_ms if health is not None and health.duration_ms else None
        with self.db.transaction() as conn:
            for part in report.endpoints:
                self._add_endpoint(conn, at, part.name, part.report)
            conn.execute(
                "INSERT INTO checks (checked_at, light, shown, cause, duration_ms, latency_ms)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    at,
                    report.verdict.light.label,
                    shown.label,
                    own.code if own else None,
                    report.duration_ms,
                    latency,
                ),
            )
            if shown is Light.UNKNOWN:
                return
            cause = cause or own
            row = conn.execute(
                "SELECT id, light, cause FROM incidents WHERE ended_at IS NULL"
                " ORDER BY started_at DESC LIMIT 1"
            ).fetchone()
            if row is not None and row[1] == shown.label:
                if cause is not None and cause.code != row[2]:
                    self._add_cause(conn, row[0], at, cause)
                return  # the same incident goes on
            if row is not None:
                conn.execute("UPDATE incidents SET ended_at = ? WHERE id = ?", (at, row[0]))
            if shown in (Light.RED, Light.YELLOW):
                opened = conn.execute(
                    "INSERT INTO incidents (started_at, light) VALUES (?, ?)", (at, shown.label)
                )
                if cause is not None and opened.lastrowid is not None:
                    self._add_cause(conn, opened.lastrowid, at, cause)

    @staticmethod
    def _add_endpoint(conn: sqlite3.Connection, at: float, name: str, report: Report) -> None:
        cause = report.verdict.cause
        health = next((c for c in report.checks if c.id is CheckId.HEALTH), None)
        latency = health.duration_ms if health is not None and health.duration_ms else None
        conn.execute(
            "INSERT INTO endpoint_checks (checked_at, endpoint, light, cause, summary, latency_ms)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                at,
                name,
                report.verdict.light.label,
                cause.code if cause else None,
                text_to_json(cause.summary) if cause else None,
                latency,
            ),
        )

    def endpoint_names(self, since: float) -> list[str]:
        rows = self.db.query(
            "SELECT DISTINCT endpoint FROM endpoint_checks WHERE checked_at >= ? ORDER BY 1",
            (since,),
        )
        return [str(r["endpoint"]) for r in rows]

    def endpoint_series(self, endpoint: str, since: float) -> list[HistoryPoint]:
        """One endpoint's own lights (not confirmed: shown is the light it had)."""
        return [
            HistoryPoint(r["checked_at"], _LIGHTS[r["light"]], _LIGHTS[r["light"]], r["latency_ms"])
            for r in self._endpoint_rows(endpoint, since)
        ]

    def _endpoint_rows(self, endpoint: str, since: float) -> list[sqlite3.Row]:
        return self.db.query(
            "SELECT checked_at, light, cause, summary, latency_ms FROM endpoint_checks"
            " WHERE endpoint = ? AND checked_at >= ? ORDER BY checked_at",
            (endpoint, since),
        )

    def endpoint_incidents(self, endpoint: str, since: float) -> list[Incident]:
        """One endpoint's incidents, read from its checks: a spell of :data:`CONFIRM` or more
        checks in a row that were not green, ended by a green one; newest first."""
        incidents: list[Incident] = []
        spell: list[sqlite3.Row] = []

        def close(ended_at: float | None) -> None:
            if len(spell) >= CONFIRM:
                causes: list[IncidentCause] = []
                for row in spell:
                    if row["cause"] and (not causes or causes[-1].cause != row["cause"]):
                        causes.append(
                            IncidentCause(row["checked_at"], row["cause"],
                                          text_from_json(row["summary"]))
                        )  # fmt: skip
                worst = max(_LIGHTS[row["light"]] for row in spell)
                last = causes[-1] if causes else None
                incidents.append(
                    Incident(
                        spell[0]["checked_at"],
                        ended_at,
                        worst,
                        last.cause if last else None,
                        last.summary if last else None,
                        tuple(causes),
                    )
                )
            spell.clear()

        for row in self._endpoint_rows(endpoint, since):
            light = _LIGHTS[row["light"]]
            if light in (Light.RED, Light.YELLOW):
                spell.append(row)
            elif light is Light.GREEN:
                close(row["checked_at"])
        close(None)
        return incidents[::-1]

    @staticmethod
    def _add_cause(conn: sqlite3.Connection, incident: int, at: float, cause: Finding) -> None:
        summary = text_to_json(cause.summary)
        conn.execute(
            "UPDATE incidents SET cause = ?, summary = ? WHERE id = ?",
            (cause.code, summary, incident),
        )
        conn.execute(
            "INSERT INTO incident_causes (incident_id, at, cause, summary) VALUES (?, ?, ?, ?)",
            (incident, at, cause.code, summary),
        )

    def series(self, since: float) -> list[HistoryPoint]:
        rows = self.db.query(
            "SELECT checked_at, light, shown, latency_ms FROM checks"
            " WHERE checked_at >= ? ORDER BY checked_at",
            (since,),
        )
        return [
            HistoryPoint(r["checked_at"], _LIGHTS[r["light"]], _LIGHTS[r["shown"]], r["latency_ms"])
            for r in rows
        ]

    def incidents(self, since: float) -> list[Incident]:
        rows = self.db.query(
            "SELECT id, started_at, ended_at, light, cause, summary FROM incidents"
            " WHERE ended_at IS NULL OR ended_at >= ? ORDER BY started_at DESC",
            (since,),
        )
        causes: dict[int, list[IncidentCause]] = {}
        if rows:
            for c in self.db.query(
                "SELECT incident_id, at, cause, summary FROM incident_causes"
                " WHERE incident_id >= ? ORDER BY at",
                (min(r["id"] for r in rows),),
            ):
                causes.setdefault(c["incident_id"], []).append(
                    IncidentCause(c["at"], c["cause"], text_from_json(c["summary"]))
                )
        return [
            Incident(
                r["started_at"],
                r["ended_at"],
                _LIGHTS[r["light"]],
                r["cause"],
                text_from_json(r["summary"]),
                tuple(causes.get(r["id"], ())),
            )
            for r in rows
        ]

    def prune(self, retention_days: float = RETENTION_DAYS, now: float | None = None) -> int:
        """Forget checks and closed incidents older than the retention; returns rows removed."""
        cutoff = (time.time() if now is None else now) - retention_days * 86400
        with self.db.transaction() as conn:
            removed = conn.execute("DELETE FROM checks WHERE checked_at < ?", (cutoff,)).rowcount
            removed += conn.execute(
                "DELETE FROM endpoint_checks WHERE checked_at < ?", (cutoff,)
            ).rowcount
            conn.execute(
                "DELETE FROM incident_causes WHERE incident_id IN (SELECT id FROM incidents"
                " WHERE ended_at IS NOT NULL AND ended_at < ?)",
                (cutoff,),
            )
            removed += conn.execute(
                "DELETE FROM incidents WHERE ended_at IS NOT NULL AND ended_at < ?", (cutoff,)
            ).rowcount
        return int(removed)
