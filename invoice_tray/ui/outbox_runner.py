"""Submitting queued drafts from the tray: a pass starts when the light is green (and again
while it stays green, as long as drafts wait), off the GUI thread. Refused credentials pause
it until the settings change."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from invoice_tray.engine.model import Light
from invoice_tray.ui.background import run_in_background
from invoice_tray.ui.checker import CheckController

log = logging.getLogger(__name__)
WHILE_GREEN_MS = 60_000


class OutboxRunner(QObject):
    finished = Signal(object)  # drafts.outbox.PassReport

    def __init__(self, controller: CheckController, path: Path) -> None:
        super().__init__()
        self.controller = controller
        self.path = path
        self.busy = False
        self.paused = False  # the server refused the credentials
        self.waiting = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.maybe_submit)
        self._timer.start(WHILE_GREEN_MS)
        controller.stateChanged.connect(self.maybe_submit)

    @Slot(int)
    def set_waiting(self, count: int) -> None:
        self.waiting = count
        self.maybe_submit()

    def settings_changed(self) -> None:
        self.paused = False
        self.maybe_submit()

    @Slot()
    def maybe_submit(self) -> None:
        monitor = self.controller.monitor
        if (
            self.busy
            or self.paused
            or self.waiting == 0
            or self.controller.paused
            or monitor.shown is not Light.GREEN
        ):
            return
        self.submit_now()

    def submit_now(self) -> None:
        if self.busy or not self.path.exists():
            return
        self.busy = True
        controller, path = self.controller, self.path
        run_in_background(self, lambda: one_pass(controller, path), self._done, name="outbox")

    def _done(self, report: object, error: BaseException | None) -> None:
        self.busy = False
        if report is None:
            log.error("outbox pass failed", exc_info=error)
            return
        from invoice_tray.drafts.outbox import Outcome, PassReport

        assert isinstance(report, PassReport)
        self.paused = report.paused
        log.info(
            "outbox: %d sent, %d submitted%s",
            len(report.results),
            sum(r.outcome is Outcome.SUBMITTED for r in report.results),
            " (paused: credentials refused)" if report.paused else "",
        )
        self.finished.emit(report)

    def stop(self) -> None:
        self._timer.stop()


def one_pass(controller: CheckController, path: Path) -> object:
    """On a worker thread: the store, the outbox with the tray's settings, one pass."""
    from invoice_tray.drafts.outbox import Outbox
    from invoice_tray.drafts.store import DraftStore

    with DraftStore(path) as store:
        store.recover()
        outbox = Outbox(store, controller.blocking_settings())
        try:
            return outbox.submit_pass()
        finally:
            outbox.close()
