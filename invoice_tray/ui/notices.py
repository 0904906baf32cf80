"""The tray's notifications: what they say, and what a click on one opens (the settings for a
refused token, the drafts for a returned one, the offered fix, else the details). Shown as a
tray balloon, or in the status window where there is no tray."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QSystemTrayIcon

from invoice_tray.engine.causes import CAUSES
from invoice_tray.engine.model import FixId, Light
from invoice_tray.engine.monitor import Notice
from invoice_tray.helpdesk import Contact
from invoice_tray.ui.widgets import counted
from invoice_tray.ui.windows import TrayPart

if TYPE_CHECKING:
    from invoice_tray.drafts.outbox import PassReport
    from invoice_tray.ui.tray import TrayPresenter

NOTICE_MS = 10_000
Icon = QSystemTrayIcon.MessageIcon


class Opens(enum.Enum):
    """What a click on the last notification opens."""

    DETAILS = "details"
    SETTINGS = "settings"  # the remedy is typed there (the token, the address)
    DRAFTS = "drafts"  # a returned draft waits for correcting
    FIX = "fix"  # the fix the notice named, if it is still the one offered
    EXPORT = "export"  # red with nothing to fix here: the diagnostics for the helpdesk


class Notices(TrayPart):
    def __init__(self, presenter: TrayPresenter) -> None:
        super().__init__(presenter)
        self.opens = Opens.DETAILS
        self.fix: FixId | None = None

    def tell(self, title: str, message: str, icon: Icon, opens: Opens = Opens.DETAILS) -> None:
        self.opens, self.fix = opens, None
        tray, window = self.presenter.tray, self.presenter.window
        if tray is not None:
            tray.showMessage(title, message, icon, NOTICE_MS)
        if window is not None:
            window.notice.setText(f"{title}\n{message}")

    @Slot(object)
    def show_notice(self, notice: Notice) -> None:
        icons = {Light.RED: Icon.Critical, Light.YELLOW: Icon.Warning}
        cause = CAUSES[notice.cause] if notice.cause else None
        if notice.fix is not None:
            opens = Opens.FIX
        elif cause is not None and cause.settings:
            opens = Opens.SETTINGS
        elif notice.light is Light.RED and self.presenter.diagnostics_host is not None:
            opens = Opens.EXPORT
        else:
            opens = Opens.DETAILS
        message = str(notice.message)
        contact = Contact.from_config(self.presenter.controller.config)
        if notice.light is Light.RED and contact.reachable:
            message = f"{message}\n{contact.headline()}"  # who to call, when IT said
        self.tell(str(notice.title), message, icons.get(notice.light, Icon.Information), opens)
        self.fix = notice.fix

    @Slot(object)
    def outbox_done(self, report: PassReport) -> None:
        """Say what a pass of the outbox did, when it did something."""
        if report.paused:
            title = self.tr("Offline drafts are not being submitted")
            text = self.tr("The server refused the access token. Check it in Settings.")
            self.tell(title, text, Icon.Warning, Opens.SETTINGS)
            return
        from invoice_tray.drafts.outbox import Outcome

        submitted = sum(r.outcome is Outcome.SUBMITTED for r in report.results)
        rejected = sum(r.outcome is Outcome.REJECTED for r in report.results)
        if not (submitted or rejected):
            return
        if rejected:
            text = self.tr(
                "Issued: %1. Returned by the server: %2; click to open the drafts and correct them."
            )
            text = text.replace("%1", f"{submitted:,}").replace("%2", f"{rejected:,}")
            self.tell(self.tr("Offline drafts submitted"), text, Icon.Warning, Opens.DRAFTS)
        else:
            text = counted(
                submitted,
                self.tr("1 invoice was issued from the offline drafts."),
                self.tr("%1 invoices were issued from the offline drafts."),
            )
            self.tell(self.tr("Offline drafts submitted"), text, Icon.Information)

    @Slot()
    def clicked(self) -> None:
        presenter = self.presenter
        if self.opens is Opens.SETTINGS:
            presenter.windows.show_settings()
        elif self.opens is Opens.DRAFTS:
            presenter.windows.show_drafts()
        elif self.opens is Opens.EXPORT:
            presenter.windows.show_export()
        elif self.opens is Opens.FIX and self.fix is not None:
            if presenter.offered_fix() == self.fix:
                presenter.windows.show_fix(self.fix)
            else:  # the fix no longer applies: say what holds now
                presenter.windows.show_details()
        else:
            presenter.windows.show_details()
