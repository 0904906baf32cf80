""" "Export diagnostics…": one click writes the redacted bundle to the desktop (or the home
folder) off the GUI thread, then says where it is."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from invoice_tray.ui.background import run_in_background
from invoice_tray.ui.checker import CheckController
from invoice_tray.ui.hosts import DiagnosticsHost

log = logging.getLogger(__name__)


def default_destination() -> Path:
    import platformdirs

    desktop = Path(platformdirs.user_desktop_dir())
    return desktop if desktop.is_dir() else Path.home()


def qt_section() -> list[str]:
    """Read on the GUI thread (Qt's objects belong to it), before the export starts."""
    screen = QGuiApplication.primaryScreen()
    return [
        f"Qt: {QLibraryInfo.build()!s}",
        f"platform plugin: {QGuiApplication.platformName()}",
        f"system tray available: {QSystemTrayIcon.isSystemTrayAvailable()}",
        f"screen: {screen.size().width()}x{screen.size().height()} "
        f"at {screen.devicePixelRatio():g}x"
        if screen is not None
        else "screen: none",
    ]


class DiagnosticsExporter(QObject):
    started = Signal()
    finished = Signal(bool, str, str)  # ok, title, message

    def __init__(self, host: DiagnosticsHost, controller: CheckController) -> None:
        super().__init__()
        self.host = host
        self.controller = controller
        self.busy = False

    def export(self) -> None:
        if self.busy:
            return
        from invoice_tray import diagnostics

        self.busy = True
        self.started.emit()
        qt_lines = qt_section()
        sources = diagnostics.Sources(
            self.host.paths,
            self.controller.config,
            self.controller.monitor.last_report,
            log_lines=self.host.log_lines(),
            extra={"Qt": qt_lines.copy},
        )
        destination = self.host.destination or default_destination()
        run_in_background(
            self,
            lambda: diagnostics.export(sources, destination),
            self._done,
            name="diagnostics",
        )

    def _done(self, written: Path | None, error: BaseException | None) -> None:
        self.busy = False
        if written is None:
            log.warning("diagnostics not written: %s", error)
            reason = getattr(error, "strerror", None) or str(error)
            self.finished.emit(
                False,
                self.tr("The diagnostics could not be saved"),
                reason,
            )
            return
        log.info("diagnostics written to %s", written)
        if QSystemTrayIcon.isSystemTrayAvailable():  # a desktop to show the folder on
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.parent)))
        self.finished.emit(
            True,
            self.tr("Diagnostics saved"),
            self.tr(
                "%1\nSend this file to your helpdesk. Passwords and tokens were removed."
            ).replace("%1", str(written)),
        )
