"""What the accountant sees: the tray icon and its menu, or, where a desktop has no system
tray (some Linux desktops, headless sessions), a small status window that says why."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from invoice_tray.config import schema
from invoice_tray.engine.causes import headline
from invoice_tray.engine.model import FixId, Light
from invoice_tray.helpdesk import Contact
from invoice_tray.i18n import current_language, set_language
from invoice_tray.ui.checker import CheckController
from invoice_tray.ui.hosts import DiagnosticsHost, DraftsHost, SettingsHost
from invoice_tray.ui.icons import GreyMark, traffic_light_icon
from invoice_tray.ui.language import install_translator, name_app
from invoice_tray.ui.notices import Notices
from invoice_tray.ui.widgets import fit_to_screen
from invoice_tray.ui.windows import Windows

if TYPE_CHECKING:  # imported when first used, to keep start-up light
    from invoice_tray.drafts.outbox import PassReport
    from invoice_tray.preferences import Saved
    from invoice_tray.ui.outgoing import PendingDelivery

NOTICE_MS = 10_000
log = logging.getLogger(__name__)
DemoSite = tuple[str, list[str], Callable[[str], None]]  # its name, scenarios, switch


def _scenario_actions(menu: QMenu, scenarios: list[str], switch: Callable[[str], None]) -> None:
    group = QActionGroup(menu)
    for index, name in enumerate(scenarios):
        action = QAction(name, menu, checkable=True, checked=index == 0)
        action.triggered.connect(lambda _c=False, n=name: switch(n))
        group.addAction(action)
        menu.addAction(action)


class StatusWindow(QWidget):
    """Stands in for the tray icon when the desktop has none."""

    def __init__(self, presenter: TrayPresenter) -> None:
        super().__init__()
        self.icon = QLabel()
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setStyleSheet("color: palette(mid);")
        self.check_button = QPushButton()
        self.check_button.clicked.connect(presenter.controller.check_now)
        self.details_button = QPushButton()
        self.details_button.clicked.connect(presenter.windows.show_details)
        self.menu_button = QPushButton()
        self.menu_button.setMenu(presenter.menu)
        self.retranslate()

        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.detail)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.menu_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.why)
        layout.addLayout(buttons)
        fit_to_screen(self, 420, 200)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("invoice-tray"))
        self.why.setText(
            self.tr(
                "This desktop has no system tray, so invoice-tray shows its status in this "
                "window instead. Closing the window keeps checking; quit from here."
            )
        )
        self.check_button.setText(self.tr("Check now"))
        self.details_button.setText(self.tr("Details…"))
        self.menu_button.setText(self.tr("More"))


class TrayPresenter(QObject):
    settingsApplied = Signal()  # saved settings took effect

    def __init__(
        self,
        controller: CheckController,
        *,
        quit_app: Callable[[], None],
        demo_scenarios: list[str] | None = None,
        switch_scenario: Callable[[str], None] | None = None,
        demo_site: DemoSite | None = None,
        settings: SettingsHost | None = None,
        diagnostics: DiagnosticsHost | None = None,
        drafts: DraftsHost | None = None,
        start_demo: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.controller = controller
        self.settings_host = settings
        self.diagnostics_host = diagnostics
        self.drafts_host = drafts
        self.start_demo = start_demo
        self.pending: PendingDelivery | None = None  # see watch_outgoing()
        self.windows = Windows(self)  # each made when first opened, not at start
        self.windows.settingsSaved.connect(self._settings_saved)
        self.windows.demoRequested.connect(self._demo_requested)
        self.notices = Notices(self)
        self.menu = QMenu()
        self.status_action = self.menu.addAction("")
        self.status_action.setEnabled(False)
        # With several endpoints, each with its own light under the round's.
        self.endpoint_actions: list[QAction] = []
        self._endpoints_key: tuple[tuple[str, Light], ...] = ()
        # While red: how to reach the helpdesk, when IT said (its web page opens on a click).
        self.helpdesk_action = self.menu.addAction("", self._open_helpdesk)
        self.helpdesk_action.setVisible(False)
        # While no invoice server is set up, the first thing offered is to set one up.
        self.setup_action = self.menu.addAction("", self.windows.show_welcome)
        self.setup_action.setVisible(False)  # see refresh()
        self.menu.addSeparator()
        self.check_action = self.menu.addAction("")
        self.check_action.triggered.connect(controller.check_now)
        self.details_action = self.menu.addAction("", self.windows.show_details)
        self.drafts_action = self.menu.addAction("", self.windows.show_drafts)
        self.drafts_action.setVisible(drafts is not None)
        self.fix_action = self.menu.addAction("", self._fix_from_menu)
        self.fix_action.setVisible(False)  # shown while the verdict names a fix
        self.menu.addSeparator()
        self.export_action = self.menu.addAction("", self.export_diagnostics)
        self.export_action.setVisible(diagnostics is not None)
        self.settings_action = self.menu.addAction("", self.windows.show_settings)
        self.settings_action.setVisible(settings is not None)
        self.pause_action = self.menu.addAction("")
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(controller.set_paused)
        self.demo_menu: QMenu | None = None
        self._demo_separator = self.menu.addSeparator()
        self.quit_action = self.menu.addAction("", quit_app)
        if demo_scenarios and switch_scenario is not None:
            self.add_demo_menu(demo_scenarios, switch_scenario, demo_site)
        self._language = current_language()
        self._icon_key: tuple[Light, int, GreyMark] | None = None
        self.badge = 0  # drafts waiting to be submitted
        self.retranslate()

        self.tray: QSystemTrayIcon | None = None
        self.window: StatusWindow | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(traffic_light_icon(Light.UNKNOWN))
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._on_activated)
            self.tray.messageClicked.connect(self.notices.clicked)
            self.tray.show()
            log.info("tray icon shown")
        else:
            self.window = StatusWindow(self)
            self.window.show()
            log.info("no system tray on this desktop: status window shown instead")
        controller.stateChanged.connect(self.refresh)
        controller.notify.connect(self.notices.show_notice)
        self.refresh()

    # -- texts -------------------------------------------------------------------------------

    def add_demo_menu(
        self, scenarios: list[str], switch: Callable[[str], None], site: DemoSite | None = None
    ) -> None:
        """The demo's scenarios, switched live from the menu: the invoice server's, and the
        plain site's in a submenu of its own."""
        self.demo_menu = QMenu(self.tr("Demo scenario"), self.menu)
        _scenario_actions(self.demo_menu, scenarios, switch)
        if site is not None:
            name, site_scenarios, switch_site = site
            submenu = self.demo_menu.addMenu(name)
            _scenario_actions(submenu, site_scenarios, switch_site)
        self.menu.insertMenu(self._demo_separator, self.demo_menu)

    def retranslate(self) -> None:
        """Set every text again, after the language changed."""
        self.check_action.setText(self.tr("Check now"))
        self.setup_action.setText(self.tr("Set up the invoice server…"))
        self.details_action.setText(self.tr("Details…"))
        self.drafts_action.setText(self.tr("Offline drafts…"))
        self.export_action.setText(self.tr("Export diagnostics…"))
        self.settings_action.setText(self.tr("Settings…"))
        self.pause_action.setText(self.tr("Pause checks"))
        if self.demo_menu is not None:
            self.demo_menu.setTitle(self.tr("Demo scenario"))
        self.quit_action.setText(self.tr("Quit"))

    def grey_mark(self) -> GreyMark:
        """Why the light is grey: paused, nothing set up yet, or simply not known yet."""
        if self.controller.paused:
            return GreyMark.PAUSED
        if self.controller.needs_setup:
            return GreyMark.SETUP
        return GreyMark.UNKNOWN

    def state_label(self) -> str:
        monitor = self.controller.monitor
        if self.controller.paused:
            return self.tr("Checks paused")
        if self.controller.needs_setup:
            return self.tr("No invoice server set up yet")
        labels = {
            Light.GREEN: self.tr("Invoices can be issued"),
            Light.YELLOW: self.tr("Invoices can be issued; attention needed"),
            Light.RED: self.tr("Invoices cannot be issued now"),
            Light.UNKNOWN: self.tr("Not known yet"),
        }
        return labels[monitor.shown]

    def detail_text(self) -> str:
        monitor = self.controller.monitor
        lines = []
        cause = monitor.shown_cause
        if monitor.shown is Light.UNKNOWN and monitor.stale_reason is not None:
            lines.append(str(monitor.stale_reason))
        elif cause is not None:
            lines.append(str(headline(cause)))
            if cause.plain is not None:
                lines.append(str(cause.plain))
        if self.controller.running:
            lines.append(self.tr("Checking…"))
        elif self.controller.last_checked is not None:
            when = time.strftime("%H:%M:%S", time.localtime(self.controller.last_checked))
            lines.append(self.tr("Last check: %1").replace("%1", when))
        return "\n".join(lines)

    # -- updates -----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        fix = self.offered_fix()
        self.fix_action.setVisible(fix is not None)
        if fix is not None:
            from invoice_tray.fixes import FIX_TITLES

            self.fix_action.setText(self.tr("Fix: %1…").replace("%1", str(FIX_TITLES[fix])))
        light = Light.UNKNOWN if self.controller.paused else self.controller.monitor.shown
        mark = self.grey_mark()
        icon = traffic_light_icon(light, self.badge, mark)
        # The icon is set only when it changes: a tray host redraws (and some re-register
        # the icon) on every set.
        icon_changed = (light, self.badge, mark) != self._icon_key
        self._icon_key = (light, self.badge, mark)
        setup = self.controller.needs_setup and self.settings_host is not None
        self.setup_action.setVisible(setup)
        label = self.state_label()
        detail = self.detail_text()
        self.status_action.setText(label)
        self._show_endpoints()
        self._show_helpdesk(light)
        self.check_action.setEnabled(not self.controller.running)
        if self.tray is not None:
            if icon_changed:
                self.tray.setIcon(icon)
            title = self.tr("invoice-tray: %1").replace("%1", label)
            self.tray.setToolTip(f"{title}\n{detail}".strip())
        if self.window is not None:
            if icon_changed:
                self.window.setWindowIcon(icon)
                self.window.icon.setPixmap(icon.pixmap(48, 48))
            self.window.title.setText(label)
            self.window.detail.setText(detail)
            self.window.check_button.setEnabled(not self.controller.running)

    @Slot(object)
    def outbox_done(self, report: PassReport) -> None:
        """A pass of the outbox ended: the drafts window shows it, a notice says it."""
        self.windows.reload_drafts()
        self.notices.outbox_done(report)

    @Slot(int)
    def set_badge(self, waiting: int) -> None:
        self.badge = waiting
        self.refresh()

    def offered_fix(self) -> FixId | None:
        """The fix the verdict names, while the light is not green and fixes can run."""
        if self.settings_host is None or self.diagnostics_host is None or self.controller.paused:
            return None
        return self.controller.monitor.shown_fix

    @Slot()
    def export_diagnostics(self) -> None:
        self.windows.show_export()

    def watch_outgoing(self) -> None:
        """Send the diagnostics kept while the helpdesk could not be reached, when the light
        turns green."""
        if self.diagnostics_host is None or self.pending is not None:
            return
        from invoice_tray.ui.outgoing import PendingDelivery

        self.pending = PendingDelivery(self.diagnostics_host, self.controller)
        self.pending.delivered.connect(self._delivered)
        self.pending.maybe_send()

    @Slot(str)
    def _delivered(self, reference: str) -> None:
        info = QSystemTrayIcon.MessageIcon.Information
        title = self.tr("Diagnostics sent to the helpdesk")
        text = self.tr("They were kept until the helpdesk could be reached. Reference number: %1")
        self.notices.tell(title, text.replace("%1", reference), info)

    def _show_endpoints(self) -> None:
        """Each endpoint of the last round with its own light, when there are several."""
        report = self.controller.monitor.last_report
        parts = report.endpoints if report is not None and not self.controller.paused else ()
        key = tuple((part.name, part.report.verdict.light) for part in parts)
        if key == self._endpoints_key:
            return
        self._endpoints_key = key
        for action in self.endpoint_actions:
            self.menu.removeAction(action)
        self.endpoint_actions = []
        labels = {
            Light.GREEN: self.tr("can be reached"),
            Light.YELLOW: self.tr("can be reached; attention needed"),
            Light.RED: self.tr("cannot be reached"),
            Light.UNKNOWN: self.tr("not known yet"),
        }
        before = self.helpdesk_action
        for name, light in key:
            action = QAction(traffic_light_icon(light), f"{name}: {labels[light]}", self.menu)
            action.setEnabled(False)
            self.menu.insertAction(before, action)
            self.endpoint_actions.append(action)

    def _show_helpdesk(self, light: Light) -> None:
        contact = Contact.from_config(self.controller.config)
        shown = light is Light.RED and contact.reachable
        self.helpdesk_action.setVisible(shown)
        if shown:
            self.helpdesk_action.setText(str(contact.headline()))
            self.helpdesk_action.setEnabled(bool(contact.url))

    @Slot()
    def _open_helpdesk(self) -> None:
        url = Contact.from_config(self.controller.config).url
        if url:
            QDesktopServices.openUrl(QUrl(url))

    @Slot()
    def _fix_from_menu(self) -> None:
        fix = self.offered_fix()
        if fix is not None:
            self.windows.show_fix(fix)

    def reload_settings(self) -> None:
        """A fix changed the app's own settings: read the file again (off the GUI thread)."""
        if self.settings_host is None:
            return
        from invoice_tray.config import load_config
        from invoice_tray.ui.background import run_in_background

        host = self.settings_host

        def loaded(config: object, error: BaseException | None) -> None:
            from invoice_tray.config import Config

            if isinstance(config, Config):
                self.controller.apply_config(config.for_demo(**host.overrides))

        run_in_background(self, lambda: load_config(host.config_path), loaded, name="reload")

    @Slot()
    def _demo_requested(self) -> None:
        if self.start_demo is not None:
            self.start_demo()

    def enter_demo(
        self,
        overrides: dict[str, object],
        scenarios: list[str],
        switch: Callable[[str], None],
        site: DemoSite | None = None,
    ) -> None:
        """The demo server runs now, in this run only: checks go to it, the saved settings
        stay as they are."""
        from dataclasses import replace

        if self.settings_host is not None:
            self.settings_host = replace(self.settings_host, overrides=overrides)
        if self.demo_menu is None:
            self.add_demo_menu(scenarios, switch, site)
        self.controller.apply_config(self.controller.config.for_demo(**overrides))

    @Slot(object)
    def _settings_saved(self, saved: Saved) -> None:
        assert self.settings_host is not None
        config = saved.config.for_demo(**self.settings_host.overrides)
        if set_language(config[schema.UI_LANGUAGE]) != self._language:
            self.change_language()
        self.controller.apply_config(config)
        self.settingsApplied.emit()
        if saved.set_aside is not None:
            log.warning("the unreadable settings file was kept as %s", saved.set_aside)
        if saved.notes:
            info = QSystemTrayIcon.MessageIcon.Information
            text = "\n".join(str(n) for n in saved.notes)
            self.notices.tell(self.tr("Settings saved"), text, info)

    def change_language(self) -> None:
        """Switch every text to the current language, without a restart."""
        self._language = current_language()
        app = QCoreApplication.instance()
        if app is not None:
            install_translator(app, self._language)
        name_app()
        self.retranslate()
        if self.window is not None:
            self.window.retranslate()
        self.windows.drop_translated()
        self.refresh()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            if self.controller.needs_setup and self.settings_host is not None:
                self.windows.show_welcome()
            else:
                self.windows.show_details()

    @Slot()
    def bring_forward(self) -> None:
        """Another launch asked for us: show the details (and the status window)."""
        if self.window is not None:
            self.window.show()
            self.window.raise_()
        self.windows.show_details()

    def close(self) -> None:
        if self.tray is not None:
            self.tray.hide()
        if self.window is not None:
            self.window.close()
        self.windows.close_all()
