"""Small widgets the windows share."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5300;"
NOTE_STYLE = "color: palette(mid);"


class ErrorLabel(QLabel):
    """Says what is wrong with the field above it; hidden while nothing is."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.hide()

    def show_problem(self, text: str | None, *, warning: bool = False) -> None:
        # The ✗ and ⚠ make a problem recognisable without relying on its colour.
        mark = "⚠" if warning else "✗"
        self.setStyleSheet(WARNING_STYLE if warning else ERROR_STYLE)
        self.setText(f"{mark} {text}" if text else "")
        self.setVisible(bool(text))

    def show_note(self, text: str) -> None:
        """Something to know about the field, not wrong with it (set by the IT department)."""
        self.setStyleSheet(NOTE_STYLE)
        self.setText(text)
        self.setVisible(bool(text))


def counted(count: int, one: str, many: str) -> str:
    """``one`` for a single thing, else ``many`` with %1 the count (1,234): English says
    "1 draft" but "3 drafts"; Chinese gives both the same words."""
    return one if count == 1 else many.replace("%1", f"{count:,}")


# Room left around a window on its screen: its frame and title bar, and some air.
FRAME_MARGIN = QSize(24, 56)


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """The size a window may take on a screen with ``available`` room (the taskbar already
    taken off): as wanted, but never past the screen, frame and title bar included."""
    room = available.size() - FRAME_MARGIN
    return QSize(
        max(1, min(wanted.width(), room.width())), max(1, min(wanted.height(), room.height()))
    )


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` as wanted where the screen it opens on has room, smaller where not
    (a 1366×768 laptop with a taskbar has 1366×728)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    wanted = QSize(width, height)
    window.resize(wanted if screen is None else fitted_size(wanted, screen.availableGeometry()))


class PathField(QWidget):
    def __init__(self, title: str, file_filter: str) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.browse = QPushButton(self.tr("Browse…"))
        self._title = title
        self._filter = file_filter
        self.browse.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)

    def _choose(self) -> None:
        start = str(Path(self.edit.text()).expanduser().parent) if self.edit.text() else ""
        chosen, _ = QFileDialog.getOpenFileName(self, self._title, start, self._filter)
        if chosen:
            self.edit.setText(chosen)
