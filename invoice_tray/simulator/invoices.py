"""The simulator's invoice book: ``POST /invoices`` with idempotency keys.

Same key and same payload: the same invoice again, never a second one. Same key with a
different payload: 422. The book is kept in a file beside the simulator's CA, as a real
server keeps its invoices: numbers go on where they stopped after a restart (two invoices
never share a number) and a key sent before the restart still finds its invoice.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import uuid
from pathlib import Path
from typing import Any

MAX_KEY_LENGTH = 255
BOOK_FILE = "invoices.sqlite3"


class InvoiceBook:
    def __init__(self, path: Path | None = None) -> None:
        """``path``: the book's file; None keeps it in memory (a test's scripted server)."""
        self._lock = threading.Lock()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(
            ":memory:" if path is None else path, isolation_level=None, check_same_thread=False
        )
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS invoices (number INTEGER PRIMARY KEY,"
            " key TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL, id TEXT NOT NULL)"
        )

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @property
    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM invoices").fetchone()[0])

    def submit(self, key: str, body: bytes) -> tuple[int, dict[str, Any]]:
        if not key:
            return 400, {"error": "the Idempotency-Key header is required"}
        if len(key) > MAX_KEY_LENGTH:
            return 400, {"error": "the Idempotency-Key header is too long"}
        try:
            invoice = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return 422, {"errors": [{"field": "", "message": "the body is not valid JSON"}]}
        errors = _validate(invoice)
        if errors:
            return 422, {"errors": errors}
        fingerprint = hashlib.sha256(
            json.dumps(invoice, sort_keys=True, ensure_ascii=False).encode()
        ).hexdigest()
        with self._lock:
            row = self._conn.execute(
                "SELECT number, fingerprint, id FROM invoices WHERE key = ?", (key,)
            ).fetchone()
            if row is not None:
                if row[1] != fingerprint:
                    return 422, {
                        "errors": [
                            {
                                "field": "",
                                "message": "this Idempotency-Key was used for another invoice",
                            }
                        ]
                    }
                return 201, _answer(row[2], row[0])
            invoice_id = uuid.uuid4().hex
            cursor = self._conn.execute(
                "INSERT INTO invoices (key, fingerprint, id) VALUES (?, ?, ?)",
                (key, fingerprint, invoice_id),
            )
            return 201, _answer(invoice_id, int(cursor.lastrowid or 0))


def _answer(invoice_id: str, number: int) -> dict[str, Any]:
    return {"id": invoice_id, "number": f"SIM{number:08d}"}


def _validate(invoice: Any) -> list[dict[str, str]]:
    if not isinstance(invoice, dict):
        return [{"field": "", "message": "an invoice is a JSON object"}]
    errors = []
    buyer = invoice.get("buyer")
    if not isinstance(buyer, dict) or not str(buyer.get("name", "")).strip():
        errors.append({"field": "buyer.name", "message": "the buyer's name is required"})
    lines = invoice.get("lines")
    if not isinstance(lines, list) or not lines:
        errors.append({"field": "lines", "message": "an invoice needs at least one line"})
    return errors
