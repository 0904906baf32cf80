"""Small widgets the windows share."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5300;"


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
