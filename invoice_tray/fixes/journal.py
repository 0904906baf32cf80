"""The fix journal: every run and every step (time, result, output, backup), kept in SQLite
under the data folder, so a fix can be undone later and the helpdesk can read what was done."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from invoice_tray.fixes.model import Backup, RunStatus, StepOutcome, StepStatus, dumps
from invoice_tray.i18n import Text, text_from_json, text_to_json
from invoice_tray.store.db import Database

JOURNAL_FILE = "fixes.sqlite3"


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE runs ("
        " id INTEGER PRIMARY KEY,"
        " fix TEXT NOT NULL,"
        " started_at REAL NOT NULL,"
        " finished_at REAL,"
        " status TEXT NOT NULL,"  # running | done | failed | refused | cancelled | undone
        " before TEXT,"  # the check's light and cause, before and after
        " after TEXT,"
        " restart_required INTEGER NOT NULL DEFAULT 0)"
    )
    conn.execute(
        "CREATE TABLE steps ("
        " run_id INTEGER NOT NULL REFERENCES runs(id),"
        " seq INTEGER NOT NULL,"
        " step TEXT NOT NULL,"
        " title TEXT NOT NULL,"
        " status TEXT NOT NULL,"
        " at REAL NOT NULL,"
        " output TEXT NOT NULL DEFAULT '',"
        " message TEXT,"
        " backup TEXT NOT NULL DEFAULT '{}',"
        " undoable INTEGER NOT NULL,"
        " PRIMARY KEY (run_id, seq))"
    )


MIGRATIONS = (_v1,)


@dataclass(frozen=True)
class JournalStep:
    seq: int
    step_id: str
    title: Text
    status: StepStatus
    at: float
    output: str
    message: Text | None
    backup: Backup
    undoable: bool


@dataclass(frozen=True)
class JournalRun:
    id: int
    fix_id: str  # as written, by whichever version ran it
    started_at: float
    finished_at: float | None
    status: RunStatus
    before: str | None
    after: str | None
    restart_required: bool
    steps: tuple[JournalStep, ...] = ()

    @property
    def can_undo(self) -> bool:
        return any(s.undoable and s.status is StepStatus.DONE for s in self.steps)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "fix": self.fix_id,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "status": self.status,
            "before": self.before,
            "after": self.after,
            "restart_required": self.restart_required,
            "can_undo": self.can_undo,
            "steps": [
                {
                    "step": s.step_id,
                    "title": str(s.title),
                    "status": s.status.value,
                    "at": s.at,
                    "output": s.output,
                    "message": str(s.message) if s.message else None,
                }
                for s in self.steps
            ],
        }


class Journal:
    def __init__(self, path: Path) -> None:
        self.db = Database(path, MIGRATIONS)

    def close(self) -> None:
        self.db.close()

    def start(self, fix_id: str, restart_required: bool = False) -> int:
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO runs (fix, started_at, status, restart_required)"
                " VALUES (?, ?, 'running', ?)",
                (fix_id, time.time(), int(restart_required)),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def record(
        self, run_id: int, seq: int, outcome: StepOutcome, backup: Backup, undoable: bool
    ) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO steps"
                " (run_id, seq, step, title, status, at, output, message, backup, undoable)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    run_id,
                    seq,
                    outcome.step_id,
                    text_to_json(outcome.title),
                    outcome.status.value,
                    time.time(),
                    outcome.output,
                    text_to_json(outcome.message),
                    dumps(backup),
                    int(undoable),
                ),
            )

    def set_step_status(self, run_id: int, seq: int, status: StepStatus, note: str = "") -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE steps SET status = ?, at = ?, output = output || ? "
                "WHERE run_id = ? AND seq = ?",
                (status.value, time.time(), f"\n{note}" if note else "", run_id, seq),
            )

    def finish(
        self,
        run_id: int,
        status: RunStatus,
        before: str | None = None,
        after: str | None = None,
    ) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE runs SET status = ?, finished_at = ?,"
                " before = COALESCE(?, before), after = COALESCE(?, after) WHERE id = ?",
                (status, time.time(), before, after, run_id),
            )

    def runs(self, limit: int = 50) -> list[JournalRun]:
        rows = self.db.query("SELECT id FROM runs ORDER BY id DESC LIMIT ?", (limit,))
        return [run for row in rows if (run := self.get(int(row["id"]))) is not None]

    def get(self, run_id: int) -> JournalRun | None:
        rows = self.db.query("SELECT * FROM runs WHERE id = ?", (run_id,))
        if not rows:
            return None
        row = rows[0]
        steps = tuple(
            JournalStep(
                int(s["seq"]),
                str(s["step"]),
                text_from_json(s["title"]) or Text(str(s["step"])),
                StepStatus(s["status"]),
                float(s["at"]),
                str(s["output"]),
                text_from_json(s["message"]),
                json.loads(s["backup"]),
                bool(s["undoable"]),
            )
            for s in self.db.query("SELECT * FROM steps WHERE run_id = ? ORDER BY seq", (run_id,))
        )
        status = RunStatus(row["status"])
        return JournalRun(
            int(row["id"]),
            str(row["fix"]),
            float(row["started_at"]),
            row["finished_at"],
            RunStatus.INTERRUPTED if status is RunStatus.RUNNING else status,
            row["before"],
            row["after"],
            bool(row["restart_required"]),
            steps,
        )
