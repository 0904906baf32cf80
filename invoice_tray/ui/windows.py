"""The windows the tray opens. Each is made when first asked for, never at start, and brought
forward when asked for again. The settings and the welcome are let go when closed (the file
or the keyring may change before they open again); the details and the drafts are kept, and
made again after a language change."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from invoice_tray.engine.model import FixId
from invoice_tray.ui.background import retire

if TYPE_CHECKING:
    from invoice_tray.ui.details import DetailsWindow
    from invoice_tray.ui.drafts_window import DraftsWindow
    from invoice_tray.ui.export import ExportDialog
    from invoice_tray.ui.fix_launcher import FixLauncher
    from invoice_tray.ui.fix_wizard import FixWizard
    from invoice_tray.ui.settings import SettingsDialog
    from invoice_tray.ui.tray import TrayPresenter
    from invoice_tray.ui.welcome import WelcomeWindow


def forward(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


class TrayPart(QObject):
    """A part of the tray (its windows, its notices) that reads the presenter when needed
    (its hosts change with the demo). Held weakly: a cycle between Qt objects, left to the
    garbage collector, is freed in any order, and that order can crash Qt."""

    def __init__(self, presenter: TrayPresenter) -> None:
        super().__init__()
        self._presenter = weakref.ref(presenter)

    @property
    def presenter(self) -> TrayPresenter:
        presenter = self._presenter()
        if presenter is None:
            raise RuntimeError("the tray is gone")
        return presenter


class Windows(TrayPart):
    settingsSaved = Signal(object)  # preferences.Saved, from Settings or the welcome
    demoRequested = Signal()  # the welcome's "Try the demo first"
    exported = Signal(object)  # diagnostics.Written, from the diagnostics window

    def __init__(self, presenter: TrayPresenter) -> None:
        super().__init__(presenter)
        self.details: DetailsWindow | None = None
        self.drafts: DraftsWindow | None = None
        self.settings: SettingsDialog | None = None
        self.welcome: WelcomeWindow | None = None
        self.fixes: FixLauncher | None = None
        self.export: ExportDialog | None = None

    def show_details(self) -> None:
        if self.details is None:
            from invoice_tray.ui.details import DetailsWindow

            self.details = DetailsWindow(self.presenter.controller)
        forward(self.details)

    def show_drafts(self) -> None:
        host = self.presenter.drafts_host
        if host is None:
            return
        if self.drafts is None:
            from invoice_tray.ui.drafts_window import DraftsWindow

            self.drafts = DraftsWindow(host.path, host.submit_now)
            self.drafts.changed.connect(host.changed)
        forward(self.drafts)

    def reload_drafts(self) -> None:
        """The outbox changed some: an open drafts window shows it."""
        if self.drafts is not None and self.drafts.isVisible():
            self.drafts.reload()

    def show_settings(self) -> None:
        host = self.presenter.settings_host
        if host is None:
            return
        if self.settings is None:
            from invoice_tray.system.autostart import for_this_system
            from invoice_tray.ui.settings import SettingsDialog

            self.settings = SettingsDialog(
                host.config_path, host.autostart or for_this_system(), demo=bool(host.overrides)
            )
            self.settings.saved.connect(self.settingsSaved)
            self.settings.finished.connect(self._settings_closed)
        forward(self.settings)

    @Slot()
    def _settings_closed(self) -> None:
        if self.settings is not None:
            retire(self.settings)
            self.settings = None

    def show_welcome(self) -> None:
        """The first start's window: what the light means, and the invoice server's address
        (tested before it is saved), or the demo."""
        host = self.presenter.settings_host
        if host is None:
            return
        if self.welcome is None:
            from invoice_tray.ui.welcome import WelcomeWindow

            demo = self.presenter.start_demo is not None
            self.welcome = WelcomeWindow(host.config_path, demo_available=demo)
            self.welcome.saved.connect(self.settingsSaved)
            self.welcome.demoRequested.connect(self.demoRequested)
            self.welcome.finished.connect(self._welcome_closed)
        forward(self.welcome)

    @Slot()
    def _welcome_closed(self) -> None:
        if self.welcome is not None:
            retire(self.welcome)
            self.welcome = None

    def show_export(self) -> None:
        """The diagnostics window; made afresh each time (a new note, a new bundle)."""
        presenter = self.presenter
        host = presenter.diagnostics_host
        if host is None:
            return
        if self.export is None:
            from invoice_tray.ui.export import ExportDialog

            self.export = ExportDialog(host, presenter.controller)
            self.export.exported.connect(self.exported)
            self.export.finished.connect(self._export_closed)
        forward(self.export)

    @Slot()
    def _export_closed(self) -> None:
        if self.export is not None:
            retire(self.export)
            self.export = None

    def show_fix(self, fix_id: FixId) -> None:
        presenter = self.presenter
        if presenter.settings_host is None or presenter.diagnostics_host is None:
            return
        if self.fixes is None:
            from invoice_tray.ui.fix_launcher import FixLauncher

            self.fixes = FixLauncher(presenter, presenter.settings_host, presenter.diagnostics_host)
        self.fixes.open(fix_id)

    @property
    def fix_wizard(self) -> FixWizard | None:
        return self.fixes.wizard if self.fixes is not None else None

    def drop_translated(self) -> None:
        """After a language change: the kept windows are made again, in the new language,
        when next opened."""
        for window in (self.drafts, self.details):
            if window is not None:
                window.close()
                retire(window)
        self.drafts = self.details = None

    def close_all(self) -> None:
        windows = (self.details, self.settings, self.welcome, self.fix_wizard, self.drafts)
        for window in (*windows, self.export):
            if window is not None:
                window.close()
