"""The UI's language: Qt's translator for the window and menu texts, in step with the
engine's catalogue (which already follows ``ui.language`` or the system)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from invoice_tray.i18n import current_language

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
_installed: QTranslator | None = None


def install_translator(app: QCoreApplication, language: str | None = None) -> QTranslator | None:
    """Load the UI catalogue for ``language`` (default: the engine's), replacing the one loaded
    before; None for English, which the code is written in."""
    global _installed
    language = language or current_language()
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(f"invoice_tray_{language}", str(TRANSLATIONS)):
        return None
    app.installTranslator(translator)
    _installed = translator
    return translator
