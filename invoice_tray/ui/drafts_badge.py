"""The number of drafts waiting to be submitted, for the tray icon's badge: read off the GUI
thread every little while (drafts are also added from the command line)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from invoice_tray.ui.background import run_in_background

log = logging.getLogger(__name__)
INTERVAL_MS = 15_000


class WaitingDrafts(QObject):
    changed = Signal(int)

    def __init__(self, path: Path, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__()
        self.path = path
        self.count = 0
        self._busy = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(interval_ms)

    def refresh(self) -> None:
        if self._busy or not self.path.exists():  # no drafts yet: nothing to open
            return
        self._busy = True
        run_in_background(self, lambda: count_waiting(self.path), self._counted, name="drafts")

    def _counted(self, count: int | None, error: BaseException | None) -> None:
        self._busy = False
        if count is None:
            log.warning("drafts not counted: %s", error)
            return
        if count != self.count:
            self.count = count
            self.changed.emit(count)

    def stop(self) -> None:
        self._timer.stop()


def count_waiting(path: Path) -> int:
    from invoice_tray.drafts.store import DraftStore

    with DraftStore(path) as store:
        return store.waiting_count()
