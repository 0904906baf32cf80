"""Settings' other services: the list of endpoints checked beside the invoice server, and the
window that adds or edits one (each field checked by the file's own rule, and a test of that
one endpoint, live, before it is kept)."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invoice_tray.config.endpoints import MAX_ENDPOINTS, EndpointSpec, from_fields
from invoice_tray.engine.kinds import EndpointKind
from invoice_tray.engine.model import Light
from invoice_tray.ui.background import error_text, run_in_background
from invoice_tray.ui.widgets import ErrorLabel, PathField, fit_to_screen

if TYPE_CHECKING:
    from invoice_tray.config import Config
    from invoice_tray.engine.verdict import Report

log = logging.getLogger(__name__)
FIELDS = ("name", "url", "kind", "critical", "expect_status", "expect_text", "ca_file")


def check_one(config: Config, spec: EndpointSpec) -> Report:
    """A check of ``spec`` alone, with the rest of ``config`` (proxy, deadline, trust) and its
    secrets (may block: the keyring)."""
    from invoice_tray import secrets
    from invoice_tray.checking import settings_for
    from invoice_tray.engine.runner import run_check_sync

    alone = config.with_values(endpoints=(spec,))
    settings = settings_for(alone, found=secrets.for_check(alone))
    report = run_check_sync(replace(settings, others=()))
    # Its own verdict: whether it matters enough for red is another question.
    return report.endpoints[0].report if report.endpoints else report


class EndpointDialog(QDialog):
    """Add or change one endpoint; ``spec`` is set when the user presses OK with valid
    fields."""

    def __init__(
        self, config: Config, spec: EndpointSpec | None, taken: set[str], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.taken = taken  # names of the other endpoints
        self.spec: EndpointSpec | None = None
        self.setWindowTitle(self.tr("Service to check"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example: e-tax bureau"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://etax.example.cn:8443")
        self.kind = QComboBox()
        self.kind.addItem(
            self.tr("Another HTTPS service (its page is fetched)"), EndpointKind.HTTPS.value
        )
        self.kind.addItem(
            self.tr("Invoice server (the full interface, with drafts)"),
            EndpointKind.INVOICE_SERVER.value,
        )
        self.critical = QCheckBox(self.tr("Red when it cannot be reached (otherwise yellow)"))
        self.critical.setChecked(True)
        self.statuses = QLineEdit()
        self.statuses.setPlaceholderText(self.tr("empty: any answer below 500; e.g. 200, 300-399"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("empty: any page"))
        self.ca_file = PathField(
            self.tr("Extra CA certificates"),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        self.errors = {name: ErrorLabel() for name in FIELDS}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("Name"), self.name),
            ("url", self.tr("Address"), self.url),
            ("kind", self.tr("Kind"), self.kind),
            ("critical", "", self.critical),
            ("expect_status", self.tr("Answers that count as reachable"), self.statuses),
            ("expect_text", self.tr("Text the page must contain"), self.text),
            ("ca_file", self.tr("Extra CA certificates"), self.ca_file),
        ]
        for key, label, widget in rows:
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addWidget(self.errors[key])
            form.addRow(label, holder)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for field in (self.name, self.url, self.statuses, self.text, self.ca_file.edit):
            field.textChanged.connect(self._validate)
        self.test_button = QPushButton(self.tr("&Test now"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        testing = QHBoxLayout()
        testing.addWidget(self.test_button)
        testing.addWidget(self.outcome, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(testing)
        layout.addWidget(self.buttons)
        if spec is not None:
            self._show(spec)
        self._kind_changed()
        fit_to_screen(self, 520, 420)

    def _show(self, spec: EndpointSpec) -> None:
        self.name.setText(spec.name)
        self.url.setText(spec.url)
        self.kind.setCurrentIndex(self.kind.findData(spec.kind.value))
        self.critical.setChecked(spec.critical)
        self.statuses.setText(spec.expect.describe() if spec.expect.statuses else "")
        self.text.setText(spec.expect.text)
        self.ca_file.edit.setText(spec.ca_file)

    @Slot()
    def _kind_changed(self) -> None:
        # What an answer must be is asked of other services only: an invoice server's is
        # the interface's.
        other = self._kind() is EndpointKind.HTTPS
        self.statuses.setEnabled(other)
        self.text.setEnabled(other)
        self._validate()

    def _kind(self) -> EndpointKind:
        return EndpointKind(str(self.kind.currentData()))

    def read(self) -> EndpointSpec | None:
        """The fields as an endpoint, each problem shown at its field; None while any."""
        other = self._kind() is EndpointKind.HTTPS
        spec, problems = from_fields(
            self.name.text(),
            self.url.text(),
            self._kind(),
            self.critical.isChecked(),
            self.statuses.text() if other else "",
            self.text.text() if other else "",
            self.ca_file.edit.text(),
        )
        shown: dict[str, str] = {field: str(message) for field, message in problems}
        if spec is not None and spec.name in self.taken:
            shown["name"] = self.tr("Another service already has this name.")
        for key, label in self.errors.items():
            label.show_problem(shown.get(key))
        return spec if not shown else None

    @Slot()
    def _validate(self) -> None:
        if self.url.text().strip():  # an empty address is said when OK is pressed
            self.read()

    @Slot()
    def test(self) -> None:
        spec = self.read()
        if spec is None:
            return
        self.test_button.setEnabled(False)
        self.outcome.setText(self.tr("Checking…"))
        config = self.config
        run_in_background(self, lambda: check_one(config, spec), self._tested, name="endpoint")

    def _tested(self, report: Report | None, error: BaseException | None) -> None:
        self.test_button.setEnabled(True)
        if report is None:
            self.outcome.setText(self.tr("The check failed: %1").replace("%1", error_text(error)))
            return
        verdict = report.verdict
        if verdict.light in (Light.GREEN, Light.YELLOW) and verdict.cause is None:
            self.outcome.setText(self.tr("✓ It can be reached."))
        else:
            mark = "⚠" if verdict.light is not Light.RED else "✗"
            summary = f"{verdict.title}: {verdict.cause.summary}" if verdict.cause else ""
            self.outcome.setText(f"{mark} {summary}")

    def accept(self) -> None:
        spec = self.read()
        if spec is None:
            return  # stays open, each problem at its field
        self.spec = spec
        super().accept()


class EndpointList(QWidget):
    """The other services, each a line; add, change, remove."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.config: Config | None = None
        self.specs: list[EndpointSpec] = []
        self.dialog: EndpointDialog | None = None  # the one open, if any
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
        self.list.currentRowChanged.connect(self._selected)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._selected()

    def load(self, config: Config, specs: tuple[EndpointSpec, ...]) -> None:
        self.config = config
        self.specs = list(specs)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        kinds = {
            EndpointKind.HTTPS: self.tr("HTTPS service"),
            EndpointKind.INVOICE_SERVER: self.tr("invoice server"),
        }
        for spec in self.specs:
            notes = [kinds[spec.kind]]
            if not spec.critical:
                notes.append(self.tr("yellow at worst"))
            line = self.tr("%1 — %2 (%3)").replace("%3", self.tr(", ").join(notes))
            self.list.addItem(line.replace("%1", spec.name).replace("%2", spec.url))
        self._selected()

    @Slot()
    def _selected(self) -> None:
        chosen = self.list.currentRow() >= 0
        self.edit_button.setEnabled(chosen and self.isEnabled())
        self.remove_button.setEnabled(chosen and self.isEnabled())
        self.add_button.setEnabled(len(self.specs) < MAX_ENDPOINTS)

    def _open(self, row: int | None) -> None:
        """The endpoint window for a new one (``row`` None) or the one at ``row``; what it
        keeps replaces or joins the list when it is closed with OK."""
        if self.config is None:
            return
        spec = self.specs[row] if row is not None else None
        taken = {s.name for s in self.specs if s is not spec}
        self.dialog = EndpointDialog(self.config, spec, taken, self)

        def kept() -> None:
            dialog = self.dialog
            if dialog is None or dialog.spec is None:
                return
            if row is None:
                self.specs.append(dialog.spec)
            else:
                self.specs[row] = dialog.spec
            self._fill()
            self.list.setCurrentRow(len(self.specs) - 1 if row is None else row)
            self.changed.emit()

        self.dialog.accepted.connect(kept)
        self.dialog.open()

    @Slot()
    def add(self) -> None:
        self._open(None)

    @Slot()
    def edit(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self._open(row)

    @Slot()
    def remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self.specs[row]
        self._fill()
        self.changed.emit()
