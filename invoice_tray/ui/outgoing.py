"""Diagnostics kept because the helpdesk could not be reached are sent, once each, when the
light turns green (the engine's :class:`~invoice_tray.diagnostics.intake.Outgoing` files them
once per key)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from invoice_tray.config import schema
from invoice_tray.engine.model import Light
from invoice_tray.ui.background import run_in_background

if TYPE_CHECKING:
    from invoice_tray.ui.checker import CheckController
    from invoice_tray.ui.hosts import DiagnosticsHost

log = logging.getLogger(__name__)
RETRY_WHILE_GREEN_MS = 10 * 60 * 1000


class PendingDelivery(QObject):
    """Bundles kept because the helpdesk could not be reached are sent, once each, when the
    light turns green."""

    delivered = Signal(str)  # the reference number

    def __init__(self, host: DiagnosticsHost, controller: CheckController) -> None:
        super().__init__()
        self.host = host
        self.controller = controller
        self.busy = False
        self.green = controller.monitor.shown is Light.GREEN
        controller.stateChanged.connect(self._state_changed)
        # While green, a bundle the intake could not take a moment ago is tried again now
        # and then; the folder is looked at off the GUI thread.
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.maybe_send)
        self._timer.start(RETRY_WHILE_GREEN_MS)

    @Slot()
    def _state_changed(self) -> None:
        green = self.controller.monitor.shown is Light.GREEN
        if green and not self.green:
            self.maybe_send()
        self.green = green

    @Slot()
    def maybe_send(self) -> None:
        config = self.controller.config
        if (
            self.busy
            or self.controller.monitor.shown is not Light.GREEN
            or not config[schema.HELPDESK_UPLOAD_URL]
        ):
            return
        from invoice_tray.diagnostics import intake

        outgoing = intake.outgoing_for(self.host.paths.data_dir)
        self.busy = True

        def work() -> list[str]:
            if not outgoing.waiting():
                return []
            results = outgoing.send_waiting(intake.settings_for(config))
            return [r.reference for _kept, r in results if isinstance(r, intake.Receipt)]

        run_in_background(self, work, self._done, name="diagnostics-outgoing")

    def _done(self, references: list[str] | None, error: BaseException | None) -> None:
        self.busy = False
        if error is not None:
            log.warning("kept diagnostics not sent: %s", error)
        for reference in references or []:
            self.delivered.emit(reference)
