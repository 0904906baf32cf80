"""Runs `invoice-tray` exactly as installed, plus one thing a user does by hand: closing the
details window a few seconds after it was opened. (The bench opens it the user's way, with a
second launch.) Used by ``tray_idle.py --details``."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from invoice_tray.cli import main
from invoice_tray.ui.details import DetailsWindow

CLOSE_AFTER_MS = 5_000


def close_details_when_seen(app: QApplication) -> None:
    for widget in app.topLevelWidgets():
        if isinstance(widget, DetailsWindow) and widget.isVisible():
            QTimer.singleShot(CLOSE_AFTER_MS, widget.close)
            print("details closing", flush=True)


if __name__ == "__main__":
    application = QApplication(sys.argv)  # run_tray uses this one
    watch = QTimer()
    watch.timeout.connect(lambda: close_details_when_seen(application))
    watch.start(1_000)
    sys.exit(main(sys.argv[1:]))
