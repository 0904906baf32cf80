"""Open every window the tray can open, on whatever screen Qt was given, and print each
window's size, the smallest size its layout allows, and the screen's room, as JSON.

Run as ``python -m tests.ui.open_windows`` with ``QT_QPA_PLATFORM=offscreen:configfile=…``
describing the screen (tests/ui/test_screens.py does)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="invoice-tray-windows-"))
    os.environ["INVOICE_TRAY_HOME"] = str(home)
    app = QApplication(sys.argv)
    from invoice_tray.config import Config
    from invoice_tray.drafts.store import DraftStore
    from invoice_tray.engine.model import FixId
    from invoice_tray.fixes.journal import Journal
    from invoice_tray.paths import AppPaths
    from invoice_tray.ui.checker import CheckController
    from invoice_tray.ui.draft_editor import DraftEditor
    from invoice_tray.ui.fix_wizard import FixHost, FixWizard, prepare
    from invoice_tray.ui.hosts import DiagnosticsHost, DraftsHost, SettingsHost
    from invoice_tray.ui.tray import TrayPresenter
    from tests.fixes.fakes import context

    paths = AppPaths.from_environment()
    drafts = paths.data_dir / "drafts.sqlite3"
    DraftStore(drafts).close()
    controller = CheckController(Config().with_values(server_url="https://invoice.example.cn"))
    presenter = TrayPresenter(
        controller,
        quit_app=app.quit,
        settings=SettingsHost(paths.config_file()),
        diagnostics=DiagnosticsHost(paths),
        drafts=DraftsHost(drafts, lambda: None),
    )
    presenter.windows.show_details()
    presenter.windows.show_drafts()
    presenter.windows.show_settings()
    ctx = context(home, "win32", programs=["ipconfig", "netsh"])
    journal = Journal(home / "journal.sqlite3")
    host = FixHost(ctx, journal, controller.blocking_check, None, lambda: None, lambda: None)
    windows: dict[str, QWidget | None] = {
        "status": presenter.window,
        "details": presenter.windows.details,
        "drafts": presenter.windows.drafts,
        "settings": presenter.windows.settings,
        "editor": DraftEditor(drafts),
        "fix wizard": FixWizard(host, prepare(ctx, FixId.NETWORK_RESET)),
    }
    room = app.primaryScreen().availableGeometry()
    sizes = {}
    for name, window in windows.items():
        assert window is not None, name
        window.show()
        app.processEvents()
        sizes[name] = {
            "size": [window.width(), window.height()],
            "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        }
    print(json.dumps({"room": [room.width(), room.height()], "windows": sizes}))
    journal.close()
    controller.stop()
    presenter.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
