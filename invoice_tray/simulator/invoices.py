"""The simulator's invoice book: ``POST /invoices`` with idempotency keys.

Same key and same payload: the same invoice again, never a second one. Same key with a
different payload: 422. A key still being processed: 409.
"""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from dataclasses import dataclass
from typing import Any

MAX_KEY_LENGTH = 255


@dataclass
class _Entry:
    fingerprint: str
    response: dict[str, Any] | None  # None while in progress


class InvoiceBook:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_key: dict[str, _Entry] = {}
        self._next_number = 1

    @property
    def count(self) -> int:
        with self._lock:
            return sum(1 for entry in self._by_key.values() if entry.response is not None)

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
            entry = self._by_key.get(key)
            if entry is not None:
                if entry.fingerprint != fingerprint:
                    return 422, {
                        "errors": [
                            {
                                "field": "",
                                "message": "this Idempotency-Key was used for another invoice",
                            }
                        ]
                    }
                if entry.response is None:
                    return 409, {"error": "a request with this Idempotency-Key is in progress"}
                return 201, entry.response
            response = {"id": uuid.uuid4().hex, "number": f"SIM{self._next_number:08d}"}
            self._next_number += 1
            self._by_key[key] = _Entry(fingerprint, response)
            return 201, response


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
