"""The draft editor: buyer, lines and remarks, with the totals worked out as the user types
and every problem shown at its field, in words as well as colour.

A draft with errors can still be saved as a draft (that is what drafts are for); only a
draft without errors can be queued for submission. What the user typed is never changed
behind their back: a number that cannot be read stops saving until it is corrected.
A rejected draft shows the server's reasons at the fields they name.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoice_tray import validtext
from invoice_tray.drafts.model import (
    LINE_FIELD,
    MAX_LINES,
    MAX_TEXT,
    RATES,
    Draft,
    Problem,
    at_field,
    parse_draft,
    rate_label,
    typed_number,
)
from invoice_tray.i18n import listed, money
from invoice_tray.ui import drafts_io
from invoice_tray.ui.background import error_text, run_in_background
from invoice_tray.ui.widgets import ErrorLabel, fit_to_screen

BUYER_FIELDS = ("name", "tax_id", "address_phone", "bank_account")
# The lines table: the draft's own fields, then the two worked out from them.
COLUMNS = ("name", "tax_code", "spec", "unit", "quantity", "unit_price", "tax_rate",
           "price_includes_tax", "amount", "tax")  # fmt: skip
NUMBER_COLUMNS = (COLUMNS.index("quantity"), COLUMNS.index("unit_price"))
RATE_COLUMN = COLUMNS.index("tax_rate")
INCLUDES_COLUMN = COLUMNS.index("price_includes_tax")
WORKED_OUT = (COLUMNS.index("amount"), COLUMNS.index("tax"))
ERROR_BRUSH = QBrush(QColor("#f9dedc"))
WARNING_BRUSH = QBrush(QColor("#fff0c2"))
REFRESH_DELAY_MS = 150  # typing a number recounts once, not at every key


class DraftEditor(QDialog):
    saved = Signal(int)  # the draft's id, once it is safely in the store

    def __init__(
        self,
        path: Path,
        *,
        draft_id: int | None = None,
        draft: Draft | None = None,
        server_fields: Mapping[str, str] | None = None,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.draft_id = draft_id
        self.server_fields = dict(server_fields or {})
        self.problems: list[Problem] = []
        self.unreadable: list[Problem] = []
        self.draft = Draft()
        self.modified = False
        self.saving = False
        self.confirm: QMessageBox | None = None  # "submit with these warnings?", while open
        # Why the banner is up: it goes by itself once that no longer holds.
        self._banner_for: str | None = None
        # A new form is not marked all over before anything is typed: a field shows its
        # problems once edited, and every field once the user tries to save.
        self.touched: set[str] = set()
        self.reveal_all = draft is not None
        self.setWindowTitle(title or self.tr("New invoice draft – invoice-tray"))

        self.banner = ErrorLabel()
        self.buyer_edits: dict[str, QLineEdit] = {}
        self.field_errors: dict[str, ErrorLabel] = {}
        buyer_box = QGroupBox(self.tr("Buyer"))
        form = QFormLayout(buyer_box)
        labels = {
            "name": self.tr("Name"),
            "tax_id": self.tr("Taxpayer ID"),
            "address_phone": self.tr("Address and phone"),
            "bank_account": self.tr("Bank and account"),
        }
        for key in BUYER_FIELDS:
            edit = QLineEdit()
            edit.setMaxLength(MAX_TEXT)
            edit.textChanged.connect(self._changed)
            edit.setProperty("field", f"buyer.{key}")
            edit.textEdited.connect(self._buyer_edited)
            error = ErrorLabel()
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(edit)
            cell.addWidget(error)
            form.addRow(labels[key], cell)
            self.buyer_edits[key] = edit
            self.field_errors[f"buyer.{key}"] = error
        self.buyer_edits["tax_id"].setPlaceholderText(self.tr("18-character unified code"))

        self.lines = QTableWidget(0, len(COLUMNS))
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Tax code"),
                self.tr("Specification"),
                self.tr("Unit"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Tax rate"),
                self.tr("Incl. tax"),
                self.tr("Amount"),
                self.tr("Tax"),
            ]
        )
        self.lines.verticalHeader().setDefaultSectionSize(28)
        self._size_columns()
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.itemChanged.connect(self._changed)
        self.lines.itemChanged.connect(self._cell_edited)
        self.field_errors["lines"] = ErrorLabel()
        self.add_line_button = QPushButton(self.tr("Add line"))
        self.add_line_button.clicked.connect(self._add_empty_line)
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        self.remove_line_button.clicked.connect(self._remove_line)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch(1)
        lines_box = QGroupBox(self.tr("Lines"))
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.addWidget(self.lines, 1)
        lines_layout.addWidget(self.field_errors["lines"])
        lines_layout.addLayout(line_buttons)

        self.remarks = QPlainTextEdit()
        self.remarks.setMaximumHeight(60)
        self.remarks.textChanged.connect(self._changed)
        self.remarks.textChanged.connect(self._remarks_edited)
        self.field_errors["remarks"] = ErrorLabel()
        self.totals = QLabel()
        bold = QFont(self.totals.font())
        bold.setBold(True)
        self.totals.setFont(bold)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.problem_list = QListWidget()
        self.problem_list.setMaximumHeight(80)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save as draft"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.queue_button = buttons.addButton(
            self.tr("Save and submit"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter finishes a field, never the form: no button is the dialog's default.
        for button in (*buttons.buttons(), self.add_line_button, self.remove_line_button):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.save_button.clicked.connect(self._save_draft)
        self.queue_button.clicked.connect(self._save_and_queue)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(buyer_box)
        layout.addWidget(lines_box, 1)
        layout.addWidget(QLabel(self.tr("Remarks")))
        layout.addWidget(self.remarks)
        layout.addWidget(self.field_errors["remarks"])
        layout.addWidget(self.totals)
        layout.addWidget(self.problem_list)
        layout.addWidget(buttons)
        # As large as the lines want, but never past the screen (a small laptop's included).
        fit_to_screen(self, 1100, 680)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._fill(draft or Draft())
        if self.server_fields:
            reasons = listed(at_field(k, v) for k, v in self.server_fields.items())
            self._say(
                "server", self.tr("The server rejected this draft: %1").replace("%1", reasons)
            )
        self.refresh()
        self.modified = False
        self.touched.clear()  # filling the form was not the user's typing

    def _size_columns(self) -> None:
        """Each column as wide as what it holds (a 19-digit code, a rate, an amount); the
        item's name takes the rest."""
        metrics = self.lines.fontMetrics()
        samples = {
            "tax_code": "0" * 19, "spec": "0" * 6, "unit": "00000", "quantity": "0" * 8,
            "unit_price": "0" * 10, "tax_rate": rate_label("0") + "00",
            "price_includes_tax": "0000", "amount": "000,000.00", "tax": "00,000.00",
        }  # fmt: skip
        header = self.lines.horizontalHeader()
        for key, sample in samples.items():
            column = COLUMNS.index(key)
            title = self.lines.horizontalHeaderItem(column)
            heading = title.text() if title is not None else ""
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(heading))
            header.resizeSection(column, width + 16)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # -- filling and reading the form --------------------------------------------------------

    def _fill(self, draft: Draft) -> None:
        for key in BUYER_FIELDS:
            self.buyer_edits[key].setText(getattr(draft.buyer, key))
        self.remarks.setPlainText(draft.remarks)
        for cells in draft.to_json()["lines"] or [None]:
            self._add_line(cells)

    def _add_empty_line(self) -> None:
        if self.lines.rowCount() >= MAX_LINES:
            return
        self._add_line(None)
        row = self.lines.rowCount() - 1
        self.lines.setCurrentCell(row, 0)
        self.lines.setFocus()
        self._changed()

    def _add_line(self, cells: Mapping[str, Any] | None) -> None:
        cells = cells or {}
        self.lines.blockSignals(True)
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        for column, key in enumerate(COLUMNS):
            if column == RATE_COLUMN:
                self.lines.setCellWidget(row, column, self._rate_box(str(cells.get(key, "0.13"))))
                continue
            item = QTableWidgetItem()
            if column == INCLUDES_COLUMN:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = bool(cells.get(key, False))
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            elif column in WORKED_OUT:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setText(str(cells.get(key, "")))
            if column in NUMBER_COLUMNS or column in WORKED_OUT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lines.setItem(row, column, item)
        self.lines.blockSignals(False)

    def _rate_box(self, chosen: str) -> QComboBox:
        box = QComboBox()
        for value in RATES:
            box.addItem(rate_label(value), value)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.currentIndexChanged.connect(self._changed)
        return box

    def _remove_line(self) -> None:
        rows = sorted({index.row() for index in self.lines.selectedIndexes()}, reverse=True)
        if not rows and self.lines.currentRow() >= 0:
            rows = [self.lines.currentRow()]
        for row in rows:
            self.lines.removeRow(row)
            self.touched = {_renumbered(field, row + 1) for field in self.touched} - {""}
        if rows:
            self._changed()

    def document(self) -> tuple[dict[str, Any], list[Problem], list[Problem]]:
        """The form as draft JSON; the numbers left empty; and what cannot be saved as it is
        (a number that cannot be read would be lost, broken text cannot be written): those
        stop saving."""
        missing: list[Problem] = []
        unreadable: list[Problem] = []
        lines = []
        for row in range(self.lines.rowCount()):
            cells: dict[str, Any] = {}
            for column, key in enumerate(COLUMNS[: INCLUDES_COLUMN + 1]):
                if column == RATE_COLUMN:
                    widget = self.lines.cellWidget(row, column)
                    cells[key] = widget.currentData() if isinstance(widget, QComboBox) else ""
                elif column == INCLUDES_COLUMN:
                    item = self.lines.item(row, column)
                    cells[key] = item is not None and item.checkState() == Qt.CheckState.Checked
                else:
                    item = self.lines.item(row, column)
                    cells[key] = item.text().strip() if item is not None else ""
            for key in ("quantity", "unit_price"):
                text, problem = typed_number(f"lines[{row + 1}].{key}", cells[key])
                if problem is not None:
                    # Empty loses nothing when saved; text that is not a number would.
                    (unreadable if cells[key] else missing).append(problem)
                cells[key] = text
            lines.append(cells)
        document = {
            "buyer": {key: self.buyer_edits[key].text() for key in BUYER_FIELDS},
            "lines": lines,
            "remarks": self.remarks.toPlainText(),
        }
        unreadable += [
            Problem(field, validtext.PROBLEM) for field in validtext.broken_fields(document)
        ]
        return document, missing, unreadable

    # -- live checking -----------------------------------------------------------------------

    def _changed(self) -> None:
        self.modified = True
        self._refresh_timer.start()

    def _buyer_edited(self) -> None:
        edit = self.sender()
        if edit is not None:
            self.touched.add(str(edit.property("field")))

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        self.touched.add(f"lines[{item.row() + 1}].{COLUMNS[item.column()]}")

    def _remarks_edited(self) -> None:
        self.touched.add("remarks")

    def shown(self) -> list[Problem]:
        """The problems marked on the form: all of them, or those of the fields edited."""
        if self.reveal_all:
            return self.problems
        return [p for p in self.problems if p.field in self.touched]

    def refresh(self) -> None:
        """Read the form, work out the totals and show every problem at its field."""
        self._refresh_timer.stop()
        document, missing, unreadable = self.document()
        draft, problems = parse_draft(document)
        own = missing + unreadable
        mentioned = {p.field for p in own}
        self.problems = own + [p for p in problems if p.field not in mentioned]
        self.unreadable = unreadable
        self.draft = draft
        self._show_totals(draft)
        self._show_problems()
        still = {
            "unreadable": bool(unreadable),
            "errors": any(p.blocking for p in self.problems),
        }
        if self._banner_for in still and not still[self._banner_for]:
            self._say(None, None)  # corrected: the request to correct it goes

    def _say(self, reason: str | None, text: str | None) -> None:
        self._banner_for = reason
        self.banner.show_problem(text)

    def _show_totals(self, draft: Draft) -> None:
        self.lines.blockSignals(True)
        for row, line in enumerate(draft.lines):
            amount, tax = line.totals()
            for column, value in zip(WORKED_OUT, (amount, tax), strict=True):
                item = self.lines.item(row, column)
                if item is not None:
                    item.setText(money(value))
        self.lines.blockSignals(False)
        totals = draft.totals()
        text = self.tr("Amount %1 + tax %2 = total %3 yuan")
        for number, value in enumerate((totals.amount, totals.tax, totals.total), start=1):
            text = text.replace(f"%{number}", money(value))
        self.totals.setText(text)

    def _show_problems(self) -> None:
        shown = self.shown()
        by_field: dict[str, list[Problem]] = {}
        for problem in shown:
            by_field.setdefault(problem.field, []).append(problem)
        server = self.tr("the server says: %1")
        for key, label in self.field_errors.items():
            found = by_field.get(key, [])
            texts = [str(p.message) for p in found]
            if key in self.server_fields:
                texts.append(server.replace("%1", self.server_fields[key]))
            only_warnings = bool(found) and not any(p.blocking for p in found)
            label.show_problem(listed(texts) or None, warning=only_warnings)
        self.lines.blockSignals(True)
        for row in range(self.lines.rowCount()):
            for column, key in enumerate(COLUMNS):
                item = self.lines.item(row, column)
                field = f"lines[{row + 1}].{key}"
                found = by_field.get(field, [])
                if column == RATE_COLUMN or item is None:
                    continue
                texts = [str(p.message) for p in found]
                if field in self.server_fields:
                    texts.append(server.replace("%1", self.server_fields[field]))
                if texts:
                    warning = bool(found) and not any(p.blocking for p in found)
                    item.setBackground(WARNING_BRUSH if warning else ERROR_BRUSH)
                    item.setToolTip(listed(texts))
                else:
                    item.setBackground(QBrush())
                    item.setToolTip("")
        self.lines.blockSignals(False)
        self.problem_list.clear()
        for problem in shown:
            mark = "✗" if problem.blocking else "⚠"
            self._list_problem(f"{mark} {problem.render()}", problem.field)
        for field, message in self.server_fields.items():
            said = server.replace("%1", at_field(field, message))
            self._list_problem(f"✗ {said}", field)
        self.problem_list.setVisible(self.problem_list.count() > 0)
        # Both stay offered: pressing "Save and submit" on a draft with errors shows them.
        self.queue_button.setEnabled(not self.saving)
        self.save_button.setEnabled(not self.saving)

    def _list_problem(self, text: str, field: str) -> None:
        entry = QListWidgetItem(text)
        entry.setData(Qt.ItemDataRole.UserRole, field)
        self.problem_list.addItem(entry)

    def _go_to_problem(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            return
        field = str(entry.data(Qt.ItemDataRole.UserRole) or "")
        if field.startswith("buyer."):
            edit = self.buyer_edits.get(field.removeprefix("buyer."))
            if edit is not None:
                edit.setFocus()
            return
        if field == "remarks":
            self.remarks.setFocus()
            return
        match = LINE_FIELD.match(field)
        if match is None:
            return
        row = int(match.group(1)) - 1
        key = match.group(2) or "name"
        column = COLUMNS.index(key) if key in COLUMNS else 0
        if 0 <= row < self.lines.rowCount():
            self.lines.setFocus()
            self.lines.setCurrentCell(row, column)

    # -- saving ------------------------------------------------------------------------------

    def _save_draft(self) -> None:
        self._save(queue=False)

    def _save_and_queue(self) -> None:
        self._save(queue=True)

    def _save(self, *, queue: bool) -> None:
        self.reveal_all = True
        self.refresh()
        if self.unreadable:
            self._say("unreadable", self.tr("Correct the fields marked in red first."))
            self._go_to_problem(self.problem_list.item(0))
            return
        if queue and any(p.blocking for p in self.problems):
            message = self.tr(
                "Correct the errors marked in red before submitting; or save it as a draft."
            )
            self._say("errors", message)
            self._go_to_problem(self.problem_list.item(0))
            return
        warnings = [p for p in self.problems if not p.blocking]
        if queue and warnings:
            self._ask_to_submit_anyway(warnings)
            return
        self._write(queue=queue)

    def _ask_to_submit_anyway(self, warnings: list[Problem]) -> None:
        """Warnings do not block, but nothing goes to the server past one unasked: the
        user reads them and chooses. No is the default, and Enter or Esc keep the draft."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Submit anyway?"))
        box.setText(self.tr("This draft has warnings. Submit it anyway?"))
        box.setInformativeText("\n".join(f"⚠ {p.render()}" for p in warnings))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        if yes is not None:
            yes.setText(self.tr("Submit anyway"))
        no = box.button(QMessageBox.StandardButton.No)
        if no is not None:
            no.setText(self.tr("Check again first"))
        box.finished.connect(self._answered)
        self.confirm = box
        box.open()

    def _answered(self, answer: int) -> None:
        box, self.confirm = self.confirm, None
        if box is not None:
            box.deleteLater()
        if answer == QMessageBox.StandardButton.Yes:
            self._write(queue=True)
        else:
            self._go_to_problem(self.problem_list.item(0))

    def _write(self, *, queue: bool) -> None:
        self.saving = True
        self._show_problems()
        path, draft_id, draft = self.path, self.draft_id, self.draft
        run_in_background(
            self,
            lambda: drafts_io.save(path, draft_id, draft, queue=queue),
            self._saved,
            name="draft-save",
        )

    def _saved(self, draft_id: int | None, error: BaseException | None) -> None:
        self.saving = False
        self._show_problems()
        if draft_id is None:
            # The form stays open with everything typed: nothing is lost.
            message = self.tr("The draft was not saved: %1")
            self._say("save", message.replace("%1", error_text(error)))
            return
        self.draft_id = draft_id
        self.modified = False
        self.saved.emit(draft_id)
        self.accept()

    def reject(self) -> None:
        if self.modified and not self.saving:
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes"),
                self.tr("Close without saving? What was typed here will be lost."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


def _renumbered(field: str, removed: int) -> str:
    """A line's field path once line ``removed`` is gone: later lines move up by one; the
    removed line's own fields become ""."""
    match = LINE_FIELD.match(field)
    if match is None:
        return field
    number = int(match.group(1))
    if number == removed:
        return ""
    if number < removed:
        return field
    key = match.group(2)
    return f"lines[{number - 1}]" + (f".{key}" if key else "")
