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


def counted(count: int, one: str, many: str) -> str:
    """``one`` for a single thing, else ``many`` with %1 the count (1,234): English says
    "1 draft" but "3 drafts"; Chinese gives both the same words."""
    return one if count == 1 else many.replace("%1", f"{count:,}")
