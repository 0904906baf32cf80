"""The first start: what invoice-tray does, what its lights mean, and the one thing it needs,
the invoice server's address, tested live before it is saved. Or the demo, to see it work.

Nothing is written until "Save and start" is pressed; Enter in the address field tests it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from invoice_tray import preferences
from invoice_tray.config import load_config
from invoice_tray.config import schema as s
from invoice_tray.config.types import InvalidValue
from invoice_tray.engine.model import Light
from invoice_tray.engine.verdict import Report
from invoice_tray.i18n import listed
from invoice_tray.preferences import Changes, Rejected, Saved
from invoice_tray.ui.background import error_text, run_in_background
from invoice_tray.ui.icons import GreyMark, traffic_light_icon
from invoice_tray.ui.widgets import ErrorLabel, fit_to_screen

log = logging.getLogger(__name__)


def check_address(config_path: Path, url: str) -> Report:
    """One full check of ``url`` with the rest of the saved settings (may block)."""
    from invoice_tray.checking import settings_for
    from invoice_tray.engine.runner import run_check_sync

    config = load_config(config_path).with_values(server_url=url)
    return run_check_sync(settings_for(config))


class WelcomeWindow(QDialog):
    saved = Signal(object)  # preferences.Saved: the address was saved
    demoRequested = Signal()

    def __init__(
        self,
        config_path: Path,
        *,
        demo_available: bool,
    ) -> None:
        super().__init__()
        self.config_path = config_path
        self.tested: Report | None = None
        self.setWindowTitle(self.tr("Welcome – invoice-tray"))

        icon = QLabel()
        icon.setPixmap(traffic_light_icon(Light.UNKNOWN, 0, GreyMark.SETUP).pixmap(48, 48))
        heading = QLabel(self.tr("Welcome to invoice-tray"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "invoice-tray shows a light in the system tray, at the corner of the screen, "
                "that tells at any moment whether invoices can be issued. When they cannot, it "
                "says why and what to do."
            )
        )
        intro.setWordWrap(True)

        lights = QGridLayout()
        legend: list[tuple[Light, GreyMark, str]] = [
            (Light.GREEN, GreyMark.UNKNOWN, self.tr("Invoices can be issued.")),
            (
                Light.YELLOW,
                GreyMark.UNKNOWN,
                self.tr("Invoices can be issued, but something needs attention soon."),
            ),
            (
                Light.RED,
                GreyMark.UNKNOWN,
                self.tr(
                    "Invoices cannot be issued now; the reason is told. Meanwhile invoices "
                    "can be saved as offline drafts."
                ),
            ),
            (Light.UNKNOWN, GreyMark.UNKNOWN, self.tr("Checking, or not known yet.")),
            (Light.UNKNOWN, GreyMark.PAUSED, self.tr("Checks are paused.")),
            (Light.UNKNOWN, GreyMark.SETUP, self.tr("No invoice server is set up yet.")),
        ]
        for row, (light, mark, meaning) in enumerate(legend):
            symbol = QLabel()
            symbol.setPixmap(traffic_light_icon(light, 0, mark).pixmap(22, 22))
            text = QLabel(meaning)
            text.setWordWrap(True)
            lights.addWidget(symbol, row, 0, Qt.AlignmentFlag.AlignTop)
            lights.addWidget(text, row, 1)
        lights.setColumnStretch(1, 1)

        self.address = QLineEdit()
        self.address.setPlaceholderText("https://invoice.example.cn/api")
        self.address.textChanged.connect(self._typed)
        self.address.returnPressed.connect(self.test)
        self.test_button = QPushButton(self.tr("Test"))
        self.test_button.clicked.connect(self.test)
        self.problem = ErrorLabel()
        self.outcome_icon = QLabel()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        later_hint = QLabel(
            self.tr("The access token and other settings can be entered later in Settings.")
        )
        later_hint.setWordWrap(True)
        later_hint.setStyleSheet("color: palette(mid);")

        self.demo_button = QPushButton(self.tr("Try the demo first"))
        self.demo_button.setVisible(demo_available)
        self.demo_button.clicked.connect(self._demo)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save and start"))
        self.save_button.clicked.connect(self.save)
        # Enter tests the address; nothing is saved without a click on Save.
        for button in (self.demo_button, self.later_button, self.save_button):
            button.setAutoDefault(False)
        self.test_button.setAutoDefault(False)

        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(heading)
        words.addWidget(intro)
        head.addLayout(words, 1)
        entry = QHBoxLayout()
        entry.addWidget(self.address, 1)
        entry.addWidget(self.test_button)
        outcome = QHBoxLayout()
        outcome.addWidget(self.outcome_icon, 0, Qt.AlignmentFlag.AlignTop)
        outcome.addWidget(self.outcome, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(QLabel(self.tr("What the light says:")))
        layout.addLayout(lights)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("The invoice server's address (ask your helpdesk):")))
        layout.addLayout(entry)
        layout.addWidget(self.problem)
        layout.addLayout(outcome)
        layout.addWidget(later_hint)
        layout.addStretch(1)
        layout.addLayout(buttons)
        fit_to_screen(self, 560, 500)
        self._typed("")

    # -- the address -------------------------------------------------------------------------

    def url(self) -> str | None:
        """The address typed, read by the setting's own rule; None when it cannot be used."""
        try:
            value = s.SERVER_URL.type.from_text(self.address.text())
        except InvalidValue:
            return None
        return value or None

    def _typed(self, text: str) -> None:
        self.tested = None
        self.outcome.clear()
        self.outcome_icon.clear()
        try:
            s.SERVER_URL.type.from_text(text)
        except InvalidValue as exc:
            self.problem.show_problem(str(exc.message))
        else:
            self.problem.show_problem(None)
        usable = self.url() is not None
        self.test_button.setEnabled(usable)
        self.save_button.setEnabled(usable)

    def test(self) -> None:
        url = self.url()
        if url is None or not self.test_button.isEnabled():
            return
        self.test_button.setEnabled(False)
        self.outcome_icon.setPixmap(traffic_light_icon(Light.UNKNOWN).pixmap(32, 32))
        self.outcome.setText(self.tr("Checking…"))
        path = self.config_path
        run_in_background(self, lambda: check_address(path, url), self._tested, "welcome-check")

    def _tested(self, report: Report | None, error: BaseException | None) -> None:
        self.test_button.setEnabled(self.url() is not None)
        if report is None:
            log.warning("welcome check failed: %s", error)
            self.outcome.setText(
                self.tr("The check could not run: %1").replace("%1", error_text(error))
            )
            return
        self.tested = report
        verdict = report.verdict
        self.outcome_icon.setPixmap(traffic_light_icon(verdict.light).pixmap(32, 32))
        lines = [str(verdict.title)]
        if verdict.cause is not None and verdict.cause.plain is not None:
            lines.append(str(verdict.cause.plain))
        lines.append(str(verdict.next_step))
        self.outcome.setText("\n".join(lines))

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        url = self.url()
        if url is None:
            return
        self.save_button.setEnabled(False)
        path = self.config_path

        def work() -> Saved:
            from invoice_tray.system.autostart import for_this_system

            return preferences.save(path, Changes({s.SERVER_URL: url}), for_this_system())

        run_in_background(self, work, self._saved, name="welcome-save")

    def _saved(self, saved: Saved | None, error: BaseException | None) -> None:
        self.save_button.setEnabled(True)
        if saved is None:
            problems = error.problems if isinstance(error, Rejected) else {}
            message = listed(problems.values()) or error_text(error)
            self.problem.show_problem(message)
            return
        self.saved.emit(saved)
        self.accept()

    def _demo(self) -> None:
        self.demoRequested.emit()
        self.accept()
