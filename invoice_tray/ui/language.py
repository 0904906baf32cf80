"""The UI's language: Qt's translators for the window and menu texts (ours, and Qt's own for
standard buttons such as Save and Cancel), in step with the engine's catalogue (which
already follows ``ui.language`` or the system)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QGuiApplication

from invoice_tray.i18n import current_language, tr

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, language: str | None = None) -> QTranslator | None:
    """Load the UI catalogues for ``language`` (default: the engine's), replacing those loaded
    before. Returns ours, or None for English, which the code is written in."""
    language = language or current_language()
    while _installed:
        app.removeTranslator(_installed.pop())
    if language == "en":
        return None
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    translator = QTranslator(app)
    if not translator.load(f"invoice_tray_{language}", str(TRANSLATIONS)):
        return None
    app.installTranslator(translator)
    _installed.append(translator)
    return translator


def name_app() -> None:
    """The name the desktop shows for the app (notification headers, window lists) in the
    user's language: 开票连接助手 in Chinese."""
    if isinstance(QCoreApplication.instance(), QGuiApplication):
        QGuiApplication.setApplicationDisplayName(str(tr("invoice-tray")))
