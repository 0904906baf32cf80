"""The simulator's helpdesk intake (``POST /support/bundles``): files each bundle once per
idempotency key and answers its reference number, as docs/server-api.md describes."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

SUPPORT_FOLDER = "support"
INDEX_FILE = "index.json"
MAX_BUNDLE_BYTES = 20 << 20


@dataclass(frozen=True)
class Filed:
    reference: str
    created: bool  # False: the same key was filed before; the same reference is answered


class SupportDesk:
    def __init__(self, folder: Path, max_bytes: int = MAX_BUNDLE_BYTES) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            index = json.loads((folder / INDEX_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            index = {}
        self._by_key: dict[str, str] = {str(k): str(v) for k, v in dict(index).items()}

    def file(self, key: str, body: bytes) -> Filed:
        with self._lock:
            known = self._by_key.get(key)
            if known is not None:
                return Filed(known, created=False)
            today = datetime.now().strftime("%Y%m%d")
            number = 1 + sum(1 for ref in self._by_key.values() if ref.startswith(f"HD-{today}-"))
            reference = f"HD-{today}-{number:04d}"
            (self.folder / f"{reference}.zip").write_bytes(body)
            self._by_key[key] = reference
            partial = self.folder / f".{INDEX_FILE}.part"
            partial.write_text(json.dumps(self._by_key), encoding="utf-8")
            partial.replace(self.folder / INDEX_FILE)
            return Filed(reference, created=True)

    def received(self) -> dict[str, bytes]:
        """Reference to bundle, of everything filed."""
        with self._lock:
            return {ref: (self.folder / f"{ref}.zip").read_bytes() for ref in self._by_key.values()}
