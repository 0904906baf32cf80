"""The offline drafts window: every draft, sortable, filtered by state and searched by buyer
or number; the selected draft's totals, server reply and history; submit now, hold, delete
to the trash and restore.

Rows are read as light tuples off the GUI thread; filtering and sorting work on the list in
memory, so 100,000 drafts stay responsive. Everything that touches the store runs off the
GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from invoice_tray.drafts.store import STATE_LABELS, STATES, DraftRow, DraftStore
from invoice_tray.ui.background import run_in_background

Index = QModelIndex | QPersistentModelIndex


class DraftsModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_rows: list[DraftRow] = []
        self.rows: list[DraftRow] = []
        self.state: str | None = None
        self.search = ""
        self._sort: tuple[int, bool] = (0, False)

    def set_rows(self, rows: list[DraftRow]) -> None:
        self.all_rows = rows
        self.apply()

    def set_filter(self, state: str | None, search: str) -> None:
        self.state, self.search = state, search.strip().lower()
        self.apply()

    def apply(self) -> None:
        state, search = self.state, self.search
        rows = [
            r
            for r in self.all_rows
            if (state is None or r.state == state)
            and (
                not search
                or search in r.buyer_name.lower()
                or search == str(r.id)
                or (r.server_number is not None and search in r.server_number.lower())
            )
        ]
        column, descending = self._sort
        rows.sort(key=_SORT_KEYS[column], reverse=descending)
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self.apply()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.id)
            if column == 1:
                return str(STATE_LABELS["trash" if row.in_trash else row.state])
            if column == 2:
                return row.buyer_name
            if column == 3:
                return f"{row.total:,.2f}"
            if column == 4:
                return time.strftime("%Y-%m-%d %H:%M", time.localtime(row.updated_at))
            return row.server_number or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("No."),
            self.tr("State"),
            self.tr("Buyer"),
            self.tr("Total (yuan)"),
            self.tr("Changed"),
            self.tr("Invoice number"),
        ]
        return titles[section]


_SORT_KEYS: list[Callable[[DraftRow], Any]] = [
    lambda r: r.id,
    lambda r: (STATES.index(r.state), r.id),
    lambda r: (r.buyer_name, r.id),
    lambda r: (r.total, r.id),
    lambda r: (r.updated_at, r.id),
    lambda r: (r.server_number or "", r.id),
]


FIRST_SCREEN = 200


class DraftsWindow(QWidget):
    first_shown = Signal()  # the newest drafts are on screen
    loaded = Signal()
    changed = Signal()  # a draft was held, deleted or restored: the badge may differ

    def __init__(self, path: Path, submit_now: Callable[[], None]) -> None:
        super().__init__()
        self.path = path
        self.setWindowTitle(self.tr("invoice-tray: offline drafts"))
        self.model = DraftsModel(self)  # owned by the window, deleted with it
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.state = QComboBox()
        self.state.addItem(self.tr("All states"), None)
        for state in STATES:
            self.state.addItem(str(STATE_LABELS[state]), state)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search buyer, number or invoice number"))
        self.trash = QCheckBox(self.tr("Trash"))
        self.count = QLabel()
        self.state.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.trash.toggled.connect(self.reload)

        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.submit_button = QPushButton(self.tr("Submit now"))
        self.submit_button.clicked.connect(submit_now)
        self.hold_button = QPushButton(self.tr("Hold back"))
        # Bound methods, not lambdas holding self: Qt keeps a connected lambda alive, which
        # would tie the window to its own buttons and leave its deletion to chance.
        self.hold_button.clicked.connect(self._hold)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self._delete)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self._restore)

        filters = QHBoxLayout()
        filters.addWidget(self.state)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.trash)
        buttons = QHBoxLayout()
        for button in (self.hold_button, self.delete_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        buttons.addWidget(self.submit_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.resize(760, 520)
        self._update_buttons()
        self.reload()

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """The newest screenful first, at once; then all of them."""
        path, trash = self.path, self.trash.isChecked()
        run_in_background(
            self, lambda: read_rows(path, trash, FIRST_SCREEN), self._first, name="drafts-list"
        )

    def _first(self, rows: list[DraftRow] | None, error: BaseException | None) -> None:
        if rows is None:
            self._loaded(rows, error)
            return
        self.model.set_rows(rows)
        self.first_shown.emit()
        if len(rows) < FIRST_SCREEN:  # that was all of them
            self._loaded(rows, None)
            return
        path, trash = self.path, self.trash.isChecked()
        run_in_background(self, lambda: read_rows(path, trash), self._loaded, name="drafts-list")

    def _loaded(self, rows: list[DraftRow] | None, error: BaseException | None) -> None:
        if rows is None:
            message = self.tr("The drafts could not be read: %1")
            self.detail.setPlainText(message.replace("%1", str(getattr(error, "message", error))))
            return
        self.model.set_rows(rows)
        self._show_count()
        self.loaded.emit()

    def _filter(self) -> None:
        self.model.set_filter(self.state.currentData(), self.search.text())
        self._show_count()

    def _show_count(self) -> None:
        shown, total = len(self.model.rows), len(self.model.all_rows)
        text = self.tr("%1 of %2").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        self.count.setText(text)

    # -- the selected draft ------------------------------------------------------------------

    def selected(self) -> DraftRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selected(self) -> None:
        self._update_buttons()
        row = self.selected()
        if row is None:
            self.detail.clear()
            return
        path = self.path
        run_in_background(self, lambda: describe(path, row.id), self._described, name="draft")

    def _described(self, text: str | None, error: BaseException | None) -> None:
        self.detail.setPlainText(text if text is not None else str(error))

    def _update_buttons(self) -> None:
        row = self.selected()
        self.hold_button.setEnabled(row is not None and row.state == "queued" and not row.in_trash)
        deletable = row is not None and row.state not in ("queued", "submitting")
        self.delete_button.setEnabled(deletable and not (row is not None and row.in_trash))
        self.restore_button.setEnabled(row is not None and row.in_trash)

    # -- actions -----------------------------------------------------------------------------

    def _hold(self) -> None:
        self._act("hold")

    def _restore(self) -> None:
        self._act("restore")

    def _delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr(
            "Move draft %1 (%2) to the trash? It can be restored until the trash is emptied."
        )
        question = question.replace("%1", str(row.id)).replace("%2", row.buyer_name)
        answer = QMessageBox.question(self, self.tr("Delete draft"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._act("trash")

    def _act(self, action: str) -> None:
        row = self.selected()
        if row is None:
            return
        path = self.path
        run_in_background(self, lambda: act(path, row.id, action), self._acted, name="draft-act")

    def _acted(self, _done: object, error: BaseException | None) -> None:
        if error is not None:
            message = getattr(error, "message", error)
            QMessageBox.warning(self, self.tr("Offline drafts"), str(message))
        self.changed.emit()
        self.reload()


def read_rows(path: Path, trash: bool, newest: int | None = None) -> list[DraftRow]:
    if not path.exists():
        return []
    store = DraftStore(path)
    try:
        return store.rows(trash=trash, newest=newest)
    finally:
        store.close()


def act(path: Path, draft_id: int, action: str) -> None:
    store = DraftStore(path)
    try:
        {"hold": store.hold, "trash": store.trash, "restore": store.restore}[action](draft_id)
    finally:
        store.close()


def describe(path: Path, draft_id: int) -> str:
    """The selected draft in words: buyer, lines, totals, server reply and its history."""
    from invoice_tray.i18n import tr

    store = DraftStore(path)
    try:
        stored = store.get(draft_id)
        trail = store.audit(draft_id)
    finally:
        store.close()
    draft, totals = stored.draft, stored.draft.totals()
    lines = [f"{draft.buyer.name}  {draft.buyer.tax_id}"]
    for number, line in enumerate(draft.lines, start=1):
        amount, tax = line.totals()
        lines.append(
            f"  {number}. {line.name}  {line.quantity} × {line.unit_price}  "
            f"{line.tax_rate}  {amount} + {tax}"
        )
    total_line = tr(
        "Total: {amount} + {tax} = {total} yuan",
        amount=str(totals.amount),
        tax=str(totals.tax),
        total=str(totals.total),
    )
    lines.append(str(total_line))
    if stored.idempotency_key:
        lines.append(f"Idempotency-Key: {stored.idempotency_key}")
    if stored.last_error:
        lines.append(str(tr("Server reply: {reply}", reply=str(stored.last_error))))
    lines.append("")
    for entry in trail:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(entry.at))
        lines.append(f"{when}  {entry.from_state or '—'} → {entry.to_state}  {entry.reason}")
    return "\n".join(lines)
