"""Opening a fix wizard from the tray: the plan is prepared off the GUI thread (it may ask
the OS read-only questions), then the wizard opens; one at a time."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QSystemTrayIcon

from invoice_tray.engine.model import FixId
from invoice_tray.fixes import catalog
from invoice_tray.fixes.journal import Journal
from invoice_tray.fixes.model import FixContext
from invoice_tray.helpdesk import Contact
from invoice_tray.ui.background import error_text, retire, run_in_background
from invoice_tray.ui.fix_wizard import FixHost, FixWizard, Prepared, prepare
from invoice_tray.ui.hosts import DiagnosticsHost, SettingsHost

if TYPE_CHECKING:
    from invoice_tray.ui.tray import TrayPresenter

log = logging.getLogger(__name__)


class FixLauncher(QObject):
    def __init__(
        self, presenter: TrayPresenter, settings: SettingsHost, diagnostics: DiagnosticsHost
    ) -> None:
        super().__init__()
        self.presenter = presenter
        self.settings = settings
        self.diagnostics = diagnostics
        self.wizard: FixWizard | None = None
        self.preparing = False

    def open(self, fix_id: FixId) -> None:
        if self.wizard is not None:
            self.wizard.show()
            self.wizard.raise_()
            self.wizard.activateWindow()
            return
        if self.preparing:
            return
        self.preparing = True
        paths, settings = self.diagnostics.paths, self.settings

        def work() -> tuple[FixContext, Journal, Prepared]:
            ctx = catalog.system_context(paths, settings.config_path, settings.overrides)
            journal = catalog.open_journal(paths)
            try:
                return ctx, journal, prepare(ctx, fix_id)
            except BaseException:
                journal.close()
                raise

        run_in_background(self, work, self._ready, name="fix-plan")

    def _ready(
        self, ready: tuple[FixContext, Journal, Prepared] | None, error: BaseException | None
    ) -> None:
        self.preparing = False
        presenter = self.presenter
        if ready is None:
            log.warning("fix not prepared: %s", error)
            message = error_text(error)
            warning = QSystemTrayIcon.MessageIcon.Warning
            presenter.notices.tell(self.tr("The fix cannot start"), message, warning)
            return
        ctx, journal, prepared = ready
        host = FixHost(
            ctx=ctx,
            journal=journal,
            check=presenter.controller.blocking_check,
            before=presenter.controller.monitor.last_report,
            settings_changed=presenter.reload_settings,
            export_diagnostics=presenter.export_diagnostics,
            helpdesk=Contact.from_config(presenter.controller.config),
        )
        self.wizard = FixWizard(host, prepared)
        self.wizard.finished.connect(self._closed)
        self.wizard.show()

    @Slot()
    def _closed(self) -> None:
        if self.wizard is not None:
            journal = self.wizard.host.journal
            run_in_background(self, journal.close, lambda _r, _e: None, name="journal-close")
            retire(self.wizard)
            self.wizard = None
        self.presenter.controller.check_now()
