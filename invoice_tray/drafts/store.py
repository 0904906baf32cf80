"""The drafts store: SQLite under the data folder (WAL, ``synchronous=FULL``, migrations,
explicit transactions), every state change in an audit trail.

The states and what each allows are in :mod:`invoice_tray.drafts.states`; every change here
is checked against that rule. The idempotency key is made when a draft is queued and kept for
every retry; a rejected draft that is edited and queued again gets a new one.
"""

from __future__ import annotations

import enum
import json
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from invoice_tray import validtext
from invoice_tray.drafts.model import Draft, Problem, blocking, parse_draft
from invoice_tray.drafts.states import DraftAction, DraftState, allowed, label, refusal
from invoice_tray.i18n import Text, TranslatedError, listed, text_from_json, text_to_json, tr
from invoice_tray.store.db import Database


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE drafts ("
        " id INTEGER PRIMARY KEY,"
        " created_at REAL NOT NULL,"
        " updated_at REAL NOT NULL,"
        " state TEXT NOT NULL CHECK (state IN"
        "  ('draft', 'queued', 'submitting', 'submitted', 'rejected')),"
        " document TEXT NOT NULL,"  # the draft JSON, as documented
        " buyer_name TEXT NOT NULL,"  # kept beside it to list, sort and search quickly
        " total TEXT NOT NULL,"
        " idempotency_key TEXT UNIQUE,"
        " queued_at REAL,"
        " attempts INTEGER NOT NULL DEFAULT 0,"
        " next_attempt_at REAL,"
        " ever_sent INTEGER NOT NULL DEFAULT 0,"
        " server_id TEXT,"
        " server_number TEXT,"
        " last_error TEXT,"  # JSON: {"status", "message", "fields"}
        " deleted_at REAL)"
    )
    conn.execute("CREATE INDEX drafts_by_state ON drafts (state, deleted_at, next_attempt_at)")
    conn.execute(
        "CREATE TABLE audit ("
        " id INTEGER PRIMARY KEY,"
        " draft_id INTEGER NOT NULL REFERENCES drafts(id),"
        " at REAL NOT NULL,"
        " from_state TEXT,"
        " to_state TEXT NOT NULL,"
        " reason TEXT NOT NULL DEFAULT '')"
    )
    conn.execute("CREATE INDEX audit_by_draft ON audit (draft_id, id)")


def _v2(conn: sqlite3.Connection) -> None:
    # The drafts list reads only these columns: from this index alone it never touches the
    # (large) documents, which makes listing 100,000 drafts several times faster.
    conn.execute(
        "CREATE INDEX drafts_list ON drafts"
        " (id, deleted_at, state, buyer_name, total, updated_at, server_number)"
    )


def _v3(conn: sqlite3.Connection) -> None:
    # The list also tells whether a queued draft may be held back (never sent).
    conn.execute("DROP INDEX drafts_list")
    conn.execute(
        "CREATE INDEX drafts_list ON drafts"
        " (id, deleted_at, state, buyer_name, total, updated_at, server_number, ever_sent)"
    )


MIGRATIONS = (_v1, _v2, _v3)


class DraftError(TranslatedError):
    pass


class DraftNotFound(DraftError):
    pass


class DraftStateError(DraftError):
    """The draft is not in a state that allows this (e.g. editing one being submitted)."""


class DraftInvalid(DraftError):
    def __init__(self, problems: list[Problem]) -> None:
        summary = listed(p.render() for p in problems)
        super().__init__(tr("the draft has errors: {problems}", problems=summary))
        self.problems = problems


class RefusalKind(enum.Enum):
    ERRORS = "errors"  # the draft has errors: correct it first
    STATE = "state"  # its state does not allow it (see states.allowed)
    GONE = "gone"  # it no longer exists


@dataclass(frozen=True)
class Refusal:
    """Why one draft was not queued: the kind, and the blocking problems (ERRORS) or the
    reason (STATE, GONE)."""

    draft_id: int
    kind: RefusalKind
    problems: tuple[Problem, ...] = ()
    reason: Text | None = None

    def lines(self) -> list[str]:
        """Each reason in a line, in the current language (rendered when shown)."""
        if self.reason is not None:
            return [str(self.reason)]
        return [problem.render() for problem in self.problems]


@dataclass(frozen=True)
class QueueOutcome:
    queued: list[int] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


@dataclass(frozen=True)
class StoredDraft:
    id: int
    state: DraftState
    draft: Draft
    created_at: float
    updated_at: float
    idempotency_key: str | None
    queued_at: float | None
    attempts: int
    next_attempt_at: float | None
    ever_sent: bool
    server_id: str | None
    server_number: str | None
    last_error: dict[str, Any] | None
    deleted_at: float | None

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None

    def to_json(self) -> dict[str, Any]:
        totals = self.draft.totals()
        return {
            "id": self.id,
            "state": self.state,
            "idempotency_key": self.idempotency_key,
            "amount": str(totals.amount),
            "tax": str(totals.tax),
            "total": str(totals.total),
            "server_id": self.server_id,
            "server_number": self.server_number,
            "last_error": self.last_error,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "in_trash": self.deleted_at is not None,
            "draft": self.draft.to_json(),
        }


class DraftRow(NamedTuple):
    """What a list of drafts shows, without parsing each draft: cheap for 100,000 (a named
    tuple is made several times faster than a frozen dataclass)."""

    id: int
    state: DraftState
    buyer_name: str
    total: Decimal
    updated_at: float
    server_number: str | None
    in_trash: bool
    ever_sent: bool


@dataclass(frozen=True)
class AuditEntry:
    at: float
    from_state: DraftState | None
    to_state: DraftState
    reason: Text


class DraftStore:
    def __init__(self, path: Path) -> None:
        self.db = Database(path, MIGRATIONS)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> DraftStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self.db.transaction() as conn:
            yield conn

    # -- adding and editing ----------------------------------------------------------------

    def add(self, draft: Draft, *, queue: bool = False, reason: Text | None = None) -> int:
        return self.add_many([draft], queue=queue, reason=reason)[0]

    def add_many(
        self, drafts: list[Draft], *, queue: bool = False, reason: Text | None = None
    ) -> list[int]:
        """Add all of them in one transaction, or none (one invalid draft stops them all)."""
        for draft in drafts:
            _storable(draft)
            if queue:
                _check(draft)
        now = time.time()
        ids = []
        with self._write() as conn:
            for draft in drafts:
                totals = draft.totals()
                cursor = conn.execute(
                    "INSERT INTO drafts"
                    " (created_at, updated_at, state, document, buyer_name, total)"
                    " VALUES (?, ?, 'draft', ?, ?, ?)",
                    (now, now, _dump(draft), draft.buyer.name, str(totals.total)),
                )
                draft_id = cursor.lastrowid
                assert draft_id is not None
                _audit(conn, draft_id, None, DraftState.DRAFT, reason or tr("added"))
                if queue:
                    self._queue(conn, draft_id, DraftState.DRAFT, now)
                ids.append(draft_id)
        return ids

    def update(self, draft_id: int, draft: Draft, *, queue: bool = False) -> None:
        """Save an edited draft (back to ``draft``); with ``queue``, queue it in the same
        transaction with a new key, or save nothing if it has errors."""
        _storable(draft)
        if queue:
            _check(draft)
        with self._write() as conn:
            state = self._require(conn, draft_id, DraftAction.EDIT).state
            totals = draft.totals()
            conn.execute(
                "UPDATE drafts SET document = ?, buyer_name = ?, total = ?, updated_at = ?,"
                " state = 'draft', idempotency_key = NULL WHERE id = ?",
                (_dump(draft), draft.buyer.name, str(totals.total), time.time(), draft_id),
            )
            _audit(conn, draft_id, state, DraftState.DRAFT, tr("edited"))
            if queue:
                self._queue(conn, draft_id, DraftState.DRAFT, time.time())

    def queue(self, draft_id: int) -> str:
        """Queue for submission with a new idempotency key; returns the key."""
        with self._write() as conn:
            stored = self._require(conn, draft_id, DraftAction.QUEUE)
            _check(stored.draft)
            return self._queue(conn, draft_id, stored.state, time.time())

    def queue_each(self, ids: list[int]) -> QueueOutcome:
        """Queue each draft in a transaction of its own: the ones queued, and why each of
        the others stays as it is (errors, its state, gone)."""
        outcome = QueueOutcome()
        for draft_id in ids:
            try:
                self.queue(draft_id)
            except DraftInvalid as exc:
                blocking = tuple(p for p in exc.problems if p.blocking)
                outcome.refused.append(Refusal(draft_id, RefusalKind.ERRORS, problems=blocking))
            except DraftNotFound as exc:
                outcome.refused.append(Refusal(draft_id, RefusalKind.GONE, reason=exc.message))
            except DraftStateError as exc:
                outcome.refused.append(Refusal(draft_id, RefusalKind.STATE, reason=exc.message))
            else:
                outcome.queued.append(draft_id)
        return outcome

    def draft_ids(self) -> list[int]:
        """The drafts still in ``draft`` (written or imported, not yet queued), oldest first."""
        rows = self.db.tuples(
            "SELECT id FROM drafts WHERE state = 'draft' AND deleted_at IS NULL ORDER BY id"
        )
        return [int(row[0]) for row in rows]

    def _queue(self, conn: sqlite3.Connection, draft_id: int, state: DraftState, now: float) -> str:
        key = str(uuid.uuid4())
        conn.execute(
            "UPDATE drafts SET state = 'queued', idempotency_key = ?, queued_at = ?,"
            " attempts = 0, next_attempt_at = ?, ever_sent = 0, last_error = NULL,"
            " updated_at = ? WHERE id = ?",
            (key, now, now, now, draft_id),
        )
        _audit(conn, draft_id, state, DraftState.QUEUED, tr("queued for submission"))
        return key

    def hold(self, draft_id: int) -> None:
        """Take a queued draft back, as long as it never went to the server."""
        with self._write() as conn:
            self._require(conn, draft_id, DraftAction.HOLD)
            conn.execute(
                "UPDATE drafts SET state = 'draft', idempotency_key = NULL, queued_at = NULL,"
                " next_attempt_at = NULL, updated_at = ? WHERE id = ?",
                (time.time(), draft_id),
            )
            _audit(conn, draft_id, DraftState.QUEUED, DraftState.DRAFT, tr("held back"))

    # -- the outbox's side -----------------------------------------------------------------

    def claim_next(self, now: float | None = None) -> StoredDraft | None:
        """The next queued draft that is due, marked ``submitting`` in the same transaction
        (so two senders never take the same draft)."""
        now = time.time() if now is None else now
        with self._write() as conn:
            row = conn.execute(
                "SELECT id FROM drafts WHERE state = 'queued' AND deleted_at IS NULL"
                " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1",
                (now,),
            ).fetchone()
            if row is None:
                return None
            conn.execute(
                "UPDATE drafts SET state = 'submitting', ever_sent = 1,"
                " attempts = attempts + 1, updated_at = ? WHERE id = ?",
                (now, row[0]),
            )
            _audit(conn, row[0], DraftState.QUEUED, DraftState.SUBMITTING, tr("sent to the server"))
            return self._load(conn, row[0])

    def mark_submitted(self, draft_id: int, server_id: str, number: str) -> None:
        with self._write() as conn:
            state = self._sending(conn, draft_id)
            conn.execute(
                "UPDATE drafts SET state = 'submitted', server_id = ?, server_number = ?,"
                " last_error = NULL, next_attempt_at = NULL, updated_at = ? WHERE id = ?",
                (server_id, number, time.time(), draft_id),
            )
            issued = tr("issued as invoice {number}", number=number)
            _audit(conn, draft_id, state, DraftState.SUBMITTED, issued)

    def mark_rejected(self, draft_id: int, error: dict[str, Any]) -> None:
        with self._write() as conn:
            state = self._sending(conn, draft_id)
            conn.execute(
                "UPDATE drafts SET state = 'rejected', last_error = ?, next_attempt_at = NULL,"
                " updated_at = ? WHERE id = ?",
                (json.dumps(error, ensure_ascii=False), time.time(), draft_id),
            )
            _audit(conn, draft_id, state, DraftState.REJECTED, tr("the server gave its reasons"))

    def retry_later(
        self, draft_id: int, at: float, reason: Text, status: int | None = None
    ) -> None:
        """Back to ``queued`` with the same key, due again at ``at``; ``reason`` says why
        (kept as a message, shown in the language of whoever reads it)."""
        error = {"status": status, "reason": reason.to_data()}
        with self._write() as conn:
            state = self._sending(conn, draft_id)
            conn.execute(
                "UPDATE drafts SET state = 'queued', next_attempt_at = ?, last_error = ?,"
                " updated_at = ? WHERE id = ?",
                (at, json.dumps(error, ensure_ascii=False), time.time(), draft_id),
            )
            _audit(conn, draft_id, state, DraftState.QUEUED, reason)

    def recover(self) -> int:
        """After a crash, drafts left ``submitting`` go back to ``queued`` with their key:
        resending with the same key cannot make a second invoice."""
        with self._write() as conn:
            rows = conn.execute("SELECT id FROM drafts WHERE state = 'submitting'").fetchall()
            for (draft_id,) in rows:
                conn.execute(
                    "UPDATE drafts SET state = 'queued', next_attempt_at = ?, updated_at = ?"
                    " WHERE id = ?",
                    (time.time(), time.time(), draft_id),
                )
                again = tr("taken up again after a restart")
                _audit(conn, draft_id, DraftState.SUBMITTING, DraftState.QUEUED, again)
            return len(rows)

    # -- trash -------------------------------------------------------------------------------

    def trash(self, draft_id: int) -> None:
        with self._write() as conn:
            row = self._require(conn, draft_id, DraftAction.TRASH)
            conn.execute("UPDATE drafts SET deleted_at = ? WHERE id = ?", (time.time(), draft_id))
            _audit(conn, draft_id, row.state, row.state, tr("moved to the trash"))

    def restore(self, draft_id: int) -> None:
        with self._write() as conn:
            row = self._require(conn, draft_id, DraftAction.RESTORE)
            conn.execute("UPDATE drafts SET deleted_at = NULL WHERE id = ?", (draft_id,))
            _audit(conn, draft_id, row.state, row.state, tr("restored from the trash"))

    def empty_trash(self) -> int:
        with self._write() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM drafts WHERE deleted_at IS NOT NULL")]
            for draft_id in ids:
                conn.execute("DELETE FROM audit WHERE draft_id = ?", (draft_id,))
                conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
            return len(ids)

    # -- reading -----------------------------------------------------------------------------

    def get(self, draft_id: int) -> StoredDraft:
        rows = self.db.query("SELECT * FROM drafts WHERE id = ?", (draft_id,))
        if not rows:
            raise DraftNotFound(tr("there is no draft {id}", id=draft_id))
        return _stored(rows[0])

    def all(self, state: DraftState | None = None, *, trash: bool = False) -> list[StoredDraft]:
        where = "deleted_at IS NOT NULL" if trash else "deleted_at IS NULL"
        params: tuple[Any, ...] = ()
        if state is not None:
            where += " AND state = ?"
            params = (state,)
        rows = self.db.query(f"SELECT * FROM drafts WHERE {where} ORDER BY id", params)  # noqa: S608
        return [_stored(row) for row in rows]

    def some(self, ids: list[int]) -> list[StoredDraft]:
        """These drafts, in this order (those that no longer exist are left out)."""
        found: dict[int, StoredDraft] = {}
        for start in range(0, len(ids), 500):  # SQLite's limit on parameters
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self.db.query(f"SELECT * FROM drafts WHERE id IN ({marks})", tuple(chunk))  # noqa: S608
            found |= {int(row["id"]): _stored(row) for row in rows}
        return [found[i] for i in ids if i in found]

    def rows(self, *, trash: bool = False, newest: int | None = None) -> list[DraftRow]:
        """The list, or only the ``newest`` drafts (a first screenful, quickly)."""
        raw = self.db.tuples(
            "SELECT id, state, buyer_name, total, updated_at, server_number, deleted_at,"
            " ever_sent FROM drafts WHERE (deleted_at IS NOT NULL) = ?"
            " ORDER BY id DESC LIMIT ?",
            (trash, -1 if newest is None else newest),
        )
        states = {state.value: state for state in DraftState}  # a dict look-up: 100,000 rows
        return [
            DraftRow(
                i, states[state], buyer, Decimal(total), updated, number, deleted is not None,
                bool(sent),
            )
            for i, state, buyer, total, updated, number, deleted, sent in raw
        ]  # fmt: skip

    def waiting_count(self) -> int:
        rows = self.db.query(
            "SELECT COUNT(*) FROM drafts WHERE state IN ('queued', 'submitting')"
            " AND deleted_at IS NULL"
        )
        return int(rows[0][0])

    def waiting_totals(self) -> tuple[Decimal, float | None, int]:
        """Of the drafts waiting (queued or being sent): their total, the time the oldest was
        queued, and how many there are."""
        rows = self.db.query(
            "SELECT total, queued_at FROM drafts WHERE state IN ('queued', 'submitting')"
            " AND deleted_at IS NULL"
        )
        amount = sum((Decimal(r["total"]) for r in rows), Decimal(0))
        oldest = min((float(r["queued_at"]) for r in rows if r["queued_at"]), default=None)
        return amount, oldest, len(rows)

    def audit(self, draft_id: int) -> list[AuditEntry]:
        rows = self.db.query(
            "SELECT at, from_state, to_state, reason FROM audit WHERE draft_id = ? ORDER BY id",
            (draft_id,),
        )
        return [
            AuditEntry(
                r["at"],
                DraftState(r["from_state"]) if r["from_state"] else None,
                DraftState(r["to_state"]),
                _reason(r["reason"]),
            )
            for r in rows
        ]

    # -- helpers -----------------------------------------------------------------------------

    def _load(self, conn: sqlite3.Connection, draft_id: int) -> StoredDraft:
        cursor = conn.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,))
        cursor.row_factory = sqlite3.Row
        row = cursor.fetchone()
        if row is None:
            raise DraftNotFound(tr("there is no draft {id}", id=draft_id))
        return _stored(row)

    def _require(self, conn: sqlite3.Connection, draft_id: int, action: DraftAction) -> StoredDraft:
        """The draft, if ``action`` is allowed on it now (:func:`states.allowed`); else a
        DraftStateError saying why."""
        stored = self._load(conn, draft_id)
        if action not in allowed(stored):
            raise DraftStateError(refusal(action, draft_id, stored))
        return stored

    def _sending(self, conn: sqlite3.Connection, draft_id: int) -> DraftState:
        """The outbox's own transitions start from ``submitting`` only."""
        stored = self._load(conn, draft_id)
        if stored.state is not DraftState.SUBMITTING or stored.in_trash:
            state = label(stored.state, stored.in_trash)
            raise DraftStateError(
                tr("draft {id} is not being submitted: it is {state}", id=draft_id, state=state)
            )
        return stored.state


def _storable(draft: Draft) -> None:
    """Text that cannot be written (validtext) stops even a draft kept with its errors."""
    broken = validtext.broken_fields(draft.to_json())
    if broken:
        raise DraftInvalid([Problem(field, validtext.PROBLEM) for field in broken])


def _check(draft: Draft) -> None:
    problems = blocking(parse_draft(draft.to_json())[1])
    if problems:
        raise DraftInvalid(problems)


def _dump(draft: Draft) -> str:
    return json.dumps(draft.to_json(), ensure_ascii=False, sort_keys=True)


def _audit(
    conn: sqlite3.Connection,
    draft_id: int,
    from_state: DraftState | None,
    to_state: DraftState,
    reason: Text,
) -> None:
    conn.execute(
        "INSERT INTO audit (draft_id, at, from_state, to_state, reason) VALUES (?, ?, ?, ?, ?)",
        (draft_id, time.time(), from_state, to_state, text_to_json(reason)),
    )


def _reason(raw: str) -> Text:
    """An audit reason as stored: a message; or, written by an earlier version, plain
    English, which is still translated where it matches a message."""
    if raw.startswith("{"):
        try:
            return text_from_json(raw) or Text("")
        except (ValueError, KeyError, TypeError):
            pass
    return Text(raw)


def _stored(row: sqlite3.Row) -> StoredDraft:
    draft, _problems = parse_draft(json.loads(row["document"]))
    return StoredDraft(
        id=int(row["id"]),
        state=DraftState(row["state"]),
        draft=draft,
        created_at=float(row["created_at"]),
        updated_at=float(row["updated_at"]),
        idempotency_key=row["idempotency_key"],
        queued_at=row["queued_at"],
        attempts=int(row["attempts"]),
        next_attempt_at=row["next_attempt_at"],
        ever_sent=bool(row["ever_sent"]),
        server_id=row["server_id"],
        server_number=row["server_number"],
        last_error=json.loads(row["last_error"]) if row["last_error"] else None,
        deleted_at=row["deleted_at"],
    )
