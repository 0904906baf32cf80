"""The offline drafts window: every draft, sortable, filtered by state and searched by buyer
or number; the selected draft's totals, server reply and history; the waiting drafts against
the offline limits; new, edit and duplicate in the editor; submit now, hold, delete to the
trash, restore and empty the trash; export the selected (or shown) drafts and import a file.

Rows are read as light tuples off the GUI thread; filtering and sorting work on the list in
memory, so 100,000 drafts stay responsive. Everything that touches the store runs off the
GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
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

from invoice_tray.drafts.exchange import FileForm
from invoice_tray.drafts.states import DraftAction, DraftState, allowed, label
from invoice_tray.drafts.store import DraftRow, QueueOutcome, RefusalKind, StoredDraft
from invoice_tray.engine.model import CheckResult, CheckStatus
from invoice_tray.i18n import money
from invoice_tray.ui import drafts_io
from invoice_tray.ui.background import error_text, run_in_background
from invoice_tray.ui.widgets import ERROR_STYLE, WARNING_STYLE, counted, fit_to_screen

if TYPE_CHECKING:
    from invoice_tray.drafts.exchange import ImportReport
    from invoice_tray.ui.draft_editor import DraftEditor

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
                return str(label(row.state, row.in_trash))
            if column == 2:
                return row.buyer_name
            if column == 3:
                return money(row.total)
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


_STATE_ORDER = {state: index for index, state in enumerate(DraftState)}
_SORT_KEYS: list[Callable[[DraftRow], Any]] = [
    lambda r: r.id,
    lambda r: (_STATE_ORDER[r.state], r.id),
    lambda r: (r.buyer_name, r.id),
    lambda r: (r.total, r.id),
    lambda r: (r.updated_at, r.id),
    lambda r: (r.server_number or "", r.id),
]


FIRST_SCREEN = 200


class DraftsWindow(QWidget):
    first_shown = Signal()  # the newest drafts are on screen
    loaded = Signal()
    changed = Signal()  # drafts were added, edited, held, deleted or restored: recount
    finished = Signal(str)  # an export, import or queuing ended; its outcome in words

    def __init__(self, path: Path, submit_now: Callable[[], None]) -> None:
        super().__init__()
        self.path = path
        self.editor: DraftEditor | None = None
        self._select_next: list[int] | None = None  # ids to select once the list is read
        self.setWindowTitle(self.tr("Offline drafts – invoice-tray"))
        self.model = DraftsModel(self)  # owned by the window, deleted with it
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(self._edit)

        self.limits = QLabel()
        self.limits.setWordWrap(True)
        self.limits.hide()
        self.state = QComboBox()
        self.state.addItem(self.tr("All states"), None)
        for state in DraftState:
            self.state.addItem(str(label(state)), state)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search buyer, number or invoice number"))
        self.trash = QCheckBox(self.tr("Trash"))
        self.count = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.state.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.trash.toggled.connect(self.reload)

        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        # Bound methods, not lambdas holding self: Qt keeps a connected lambda alive, which
        # would tie the window to its own buttons and leave its deletion to chance.
        self.new_button = self._button(self.tr("New…"), self._new)
        self.edit_button = self._button(self.tr("Edit…"), self._edit)
        self.duplicate_button = self._button(self.tr("Duplicate…"), self._duplicate)
        self.import_button = self._button(self.tr("Import…"), self._import)
        self.export_button = self._button(self.tr("Export…"), self._export)
        self.queue_button = self._button(self.tr("Queue for submission"), self._queue)
        self.hold_button = self._button(self.tr("Hold back"), self._hold)
        self.delete_button = self._button(self.tr("Delete…"), self._delete)
        self.restore_button = self._button(self.tr("Restore"), self._restore)
        self.empty_button = self._button(self.tr("Empty trash…"), self._empty_trash)
        self.submit_button = QPushButton(self.tr("Submit now"))
        self.submit_button.clicked.connect(submit_now)

        filters = QHBoxLayout()
        filters.addWidget(self.state)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.trash)
        tools = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.duplicate_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.import_button)
        tools.addWidget(self.export_button)
        buttons = QHBoxLayout()
        for button in (self.queue_button, self.hold_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        buttons.addWidget(self.submit_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.limits)
        layout.addLayout(tools)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        fit_to_screen(self, 900, 560)
        self._add_shortcuts()
        self._update_buttons()
        self.reload()

    def _size_columns(self) -> None:
        """Widths from the longest text each column can hold, measured once: sizing to the
        contents would measure every one of 100,000 rows."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        samples = {
            0: "0000000",
            1: max(
                (str(label(state, trash)) for state in DraftState for trash in (False, True)),
                key=metrics.horizontalAdvance,
            ),
            3: "000,000,000.00",
            4: "0000-00-00 00:00",
            5: "00000000000000000000",
        }
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.resizeSection(column, width + 24)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _add_shortcuts(self) -> None:
        """The keys a spreadsheet user reaches for: Ctrl+N new, Enter edit, Delete delete,
        Ctrl+F search, F5 read again."""
        table_only = Qt.ShortcutContext.WidgetShortcut
        keys: list[tuple[QKeySequence, Callable[[], None], QWidget | None]] = [
            (QKeySequence(QKeySequence.StandardKey.New), self._new, None),
            (QKeySequence(Qt.Key.Key_Return), self._edit, self.table),
            (QKeySequence(Qt.Key.Key_Enter), self._edit, self.table),
            (QKeySequence(QKeySequence.StandardKey.Delete), self._delete, self.table),
            (QKeySequence(QKeySequence.StandardKey.Find), self._find, None),
            (QKeySequence(QKeySequence.StandardKey.Refresh), self.reload, None),
        ]
        for sequence, slot, widget in keys:
            shortcut = QShortcut(sequence, widget or self)
            if widget is not None:
                shortcut.setContext(table_only)
            shortcut.activated.connect(slot)
        self.new_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.New).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )

    def _find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """The newest screenful first, at once; then all of them; then the offline limits
        (after the list: both read the whole store, and the list matters first)."""
        path, trash = self.path, self.trash.isChecked()
        self.empty_button.setVisible(trash)
        run_in_background(
            self,
            lambda: drafts_io.read_rows(path, trash, FIRST_SCREEN),
            self._first,
            name="drafts-list",
        )

    def _first(self, rows: list[DraftRow] | None, error: BaseException | None) -> None:
        if rows is None:
            self._loaded(rows, error)
            return
        self._show_rows(rows)
        self.first_shown.emit()
        if len(rows) < FIRST_SCREEN:  # that was all of them
            self._loaded(rows, None)
            return
        path, trash = self.path, self.trash.isChecked()
        run_in_background(
            self, lambda: drafts_io.read_rows(path, trash), self._loaded, name="drafts-list"
        )

    def _loaded(self, rows: list[DraftRow] | None, error: BaseException | None) -> None:
        if rows is None:
            message = self.tr("The drafts could not be read: %1")
            self.detail.setPlainText(message.replace("%1", error_text(error)))
            return
        self._show_rows(rows)
        self._show_count()
        self._update_buttons()
        self.loaded.emit()
        path = self.path
        run_in_background(self, lambda: drafts_io.offline_limits(path), self._limits, "limits")

    def _limits(self, result: CheckResult | None, error: BaseException | None) -> None:
        if result is None:
            self.limits.setVisible(error is not None)
            if error is not None:
                self.limits.setStyleSheet(ERROR_STYLE)
                self.limits.setText(error_text(error))
            return
        mark, style = {
            CheckStatus.FAIL: ("✗ ", ERROR_STYLE),
            CheckStatus.WARN: ("⚠ ", WARNING_STYLE),
        }.get(result.status, ("", ""))
        self.limits.setStyleSheet(style)
        self.limits.setText(mark + str(result.summary))
        self.limits.show()

    def _filter(self) -> None:
        keep = self._selected_ids()
        self.model.set_filter(self.state.currentData(), self.search.text())
        self._select_ids(keep)
        self._show_count()

    def _show_rows(self, rows: list[DraftRow]) -> None:
        """New rows from the store, keeping the selection (or moving it to the draft just
        saved): the pane below always describes what is selected, never a stale draft."""
        keep = self._select_next if self._select_next is not None else self._selected_ids()
        self.model.set_rows(rows)
        if self._select_ids(keep):
            self._select_next = None

    def _selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    def _select_ids(self, ids: list[int]) -> bool:
        """Select these drafts where shown; True when all of them are."""
        wanted = set(ids)
        numbers = [n for n, row in enumerate(self.model.rows) if row.id in wanted]
        selection = QItemSelection()
        start = 0
        for i in range(1, len(numbers) + 1):  # one range per run of neighbouring rows
            if i == len(numbers) or numbers[i] != numbers[i - 1] + 1:
                first = self.model.index(numbers[start], 0)
                last = self.model.index(numbers[i - 1], DraftsModel.COLUMNS - 1)
                selection.select(first, last)
                start = i
        found = len(numbers)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        if found:
            self.table.scrollTo(selection.indexes()[0])
        else:
            self._selected()  # nothing shown is selected: the pane says so
        return found == len(wanted)

    def _show_count(self) -> None:
        shown, total = len(self.model.rows), len(self.model.all_rows)
        template = self.tr("%1 of 1 draft") if total == 1 else self.tr("%1 of %2 drafts")
        text = template.replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        self.count.setText(text)

    # -- the selection -----------------------------------------------------------------------

    def selected_rows(self) -> list[DraftRow]:
        indexes = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.model.rows[index.row()] for index in indexes]

    def selected(self) -> DraftRow | None:
        """The one selected draft; None when none or several are."""
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _selected(self) -> None:
        self._update_buttons()
        row = self.selected()
        if row is None:
            self.detail.clear()
            return
        path = self.path
        run_in_background(
            self, lambda: drafts_io.describe(path, row.id), self._described, name="draft"
        )

    def _described(self, text: str | None, error: BaseException | None) -> None:
        self.detail.setPlainText(text if text is not None else error_text(error))

    def _update_buttons(self) -> None:
        """Only what the store allows (drafts.states.allowed), never a rule of its own."""
        self.queue_button.setEnabled(bool(self._queueable()))
        row = self.selected()
        can = allowed(row) if row is not None else frozenset()
        self.edit_button.setEnabled(DraftAction.EDIT in can)
        self.duplicate_button.setEnabled(DraftAction.DUPLICATE in can)
        self.hold_button.setEnabled(DraftAction.HOLD in can)
        self.delete_button.setEnabled(DraftAction.TRASH in can)
        self.restore_button.setEnabled(DraftAction.RESTORE in can)
        self.export_button.setEnabled(bool(self.model.rows))

    def _queueable(self) -> list[int]:
        return [r.id for r in self.selected_rows() if DraftAction.QUEUE in allowed(r)]

    # -- the editor --------------------------------------------------------------------------

    def _new(self) -> None:
        self._open_editor(None, None)

    def _edit(self) -> None:
        row = self.selected()
        if row is not None and DraftAction.EDIT in allowed(row):
            self._load_for_editor(row.id, DraftAction.EDIT)

    def _duplicate(self) -> None:
        row = self.selected()
        if row is not None and DraftAction.DUPLICATE in allowed(row):
            self._load_for_editor(row.id, DraftAction.DUPLICATE)

    def _load_for_editor(self, draft_id: int, purpose: DraftAction) -> None:
        path = self.path
        done = self._edit_loaded if purpose is DraftAction.EDIT else self._duplicate_loaded
        run_in_background(self, lambda: drafts_io.load(path, draft_id), done, name="draft")

    def _edit_loaded(self, stored: StoredDraft | None, error: BaseException | None) -> None:
        if stored is None:
            self._warn(error)
            return
        self._open_editor(stored, stored.id)

    def _duplicate_loaded(self, stored: StoredDraft | None, error: BaseException | None) -> None:
        if stored is None:
            self._warn(error)
            return
        self._open_editor(stored, None)

    def _open_editor(self, stored: StoredDraft | None, draft_id: int | None) -> None:
        from invoice_tray.ui.draft_editor import DraftEditor

        if self.editor is not None:  # one at a time: two editors could save over each other
            self.editor.raise_()
            self.editor.activateWindow()
            return
        fields: dict[str, str] = {}
        if stored is not None and draft_id is not None and stored.state is DraftState.REJECTED:
            listed = (stored.last_error or {}).get("fields")
            fields = {str(k): str(v) for k, v in listed.items()} if isinstance(listed, dict) else {}
        if stored is None:
            title = self.tr("New invoice draft – invoice-tray")
        elif draft_id is None:
            title = self.tr("New invoice draft, a copy of draft %1 – invoice-tray").replace(
                "%1", str(stored.id)
            )
        else:
            title = self.tr("Invoice draft %1 – invoice-tray").replace("%1", str(draft_id))
        editor = DraftEditor(
            self.path,
            draft_id=draft_id,
            draft=stored.draft if stored is not None else None,
            server_fields=fields,
            title=title,
            parent=self,
        )
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.saved.connect(self._editor_saved)
        editor.finished.connect(self._editor_closed)
        self.editor = editor
        editor.open()

    def _editor_saved(self, draft_id: int) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Draft %1 saved.").replace("%1", str(draft_id)))
        self._select_next = [draft_id]  # the saved draft, new or copied, is what to show
        self.changed.emit()
        self.reload()

    def _editor_closed(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None

    # -- actions -----------------------------------------------------------------------------

    def _queue(self) -> None:
        ids = self._queueable()
        if not ids:
            return
        path = self.path
        run_in_background(self, lambda: drafts_io.queue(path, ids), self._queued, "draft-act")

    def _queued(self, outcome: QueueOutcome | None, error: BaseException | None) -> None:
        if outcome is None:
            self._warn(error)
            return
        text = counted(
            len(outcome.queued),
            self.tr("1 draft queued for submission."),
            self.tr("%1 drafts queued for submission."),
        )
        with_errors = [r for r in outcome.refused if r.kind is RefusalKind.ERRORS]
        others = [r for r in outcome.refused if r.kind is not RefusalKind.ERRORS]
        if with_errors:
            text += " " + counted(
                len(with_errors),
                self.tr("1 draft has errors and stays a draft: open it to correct it."),
                self.tr("%1 drafts have errors and stay drafts: open them to correct them."),
            )
        if others:
            text += " " + counted(
                len(others),
                self.tr("1 draft could not be queued (see the details)."),
                self.tr("%1 drafts could not be queued (see the details)."),
            )
        details = []
        for refused in outcome.refused:
            mark = "✗ " if refused.kind is RefusalKind.ERRORS else ""
            line = self.tr("Draft %1: %2").replace("%1", str(refused.draft_id))
            details += [line.replace("%2", mark + why) for why in refused.lines()]
        self._report(
            text,
            problem=bool(outcome.refused),
            details=details,
            title=self.tr("Queue for submission"),
        )
        self.changed.emit()
        self.reload()

    def _hold(self) -> None:
        self._act(DraftAction.HOLD)

    def _restore(self) -> None:
        self._act(DraftAction.RESTORE)

    def _delete(self) -> None:
        row = self.selected()
        if row is None or not self.delete_button.isEnabled():  # the key works like the button
            return
        question = self.tr(
            "Move draft %1 (%2) to the trash? It can be restored until the trash is emptied."
        )
        question = question.replace("%1", str(row.id)).replace("%2", row.buyer_name)
        answer = QMessageBox.question(self, self.tr("Delete draft"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._act(DraftAction.TRASH)

    def _act(self, action: DraftAction) -> None:
        row = self.selected()
        if row is None or action not in allowed(row):
            return
        path = self.path
        run_in_background(
            self, lambda: drafts_io.act(path, row.id, action), self._acted, name="draft-act"
        )

    def _empty_trash(self) -> None:
        count = len(self.model.all_rows)
        question = counted(
            count,
            self.tr("Delete the draft in the trash for good? This cannot be undone."),
            self.tr("Delete the %1 drafts in the trash for good? This cannot be undone."),
        )
        answer = QMessageBox.question(self, self.tr("Empty trash"), question)
        if answer == QMessageBox.StandardButton.Yes:
            path = self.path
            run_in_background(
                self, lambda: drafts_io.empty_trash(path), self._acted, name="draft-act"
            )

    def _acted(self, _done: object, error: BaseException | None) -> None:
        if error is not None:
            self._warn(error)
        self.changed.emit()
        self.reload()

    def _warn(self, error: BaseException | None) -> None:
        QMessageBox.warning(self, self.tr("Offline drafts"), error_text(error))

    # -- export and import -------------------------------------------------------------------

    def _export(self) -> None:
        rows = self.selected_rows() or self.model.rows
        if not rows:
            return
        ids = [row.id for row in rows]
        csv_filter = self.tr("CSV for Excel (*.csv)")
        name = time.strftime("invoice-drafts-%Y%m%d-%H%M")
        chosen, used_filter = QFileDialog.getSaveFileName(
            self,
            counted(len(ids), self.tr("Export 1 draft"), self.tr("Export %1 drafts")),
            str(Path.home() / f"{name}.json"),
            ";;".join((self.tr("JSON (*.json)"), csv_filter)),
        )
        if not chosen:
            return
        destination = Path(chosen)
        form = (
            FileForm.CSV
            if used_filter == csv_filter or destination.suffix.lower() == ".csv"
            else FileForm.JSON
        )
        if destination.suffix.lower() != f".{form}":
            destination = destination.with_name(f"{destination.name}.{form}")
        path = self.path
        self.status.setText(self.tr("Exporting…"))
        run_in_background(
            self,
            lambda: (drafts_io.export(path, ids, destination, form), destination),
            self._exported,
            name="drafts-export",
        )

    def _exported(self, done: tuple[int, Path] | None, error: BaseException | None) -> None:
        if done is None:
            self._report(error_text(error), problem=True)
            return
        count, destination = done
        text = counted(count, self.tr("1 draft written to %2"), self.tr("%1 drafts written to %2"))
        self._report(text.replace("%2", str(destination)))

    def _import(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import drafts"),
            str(Path.home()),
            self.tr("Drafts (*.json *.csv)"),
        )
        if not chosen:
            return
        path, source = self.path, Path(chosen)
        self.status.setText(self.tr("Importing…"))
        run_in_background(
            self, lambda: drafts_io.import_file(path, source), self._imported, "drafts-import"
        )

    def _imported(self, report: ImportReport | None, error: BaseException | None) -> None:
        if report is None:
            self._report(error_text(error), problem=True)
            return
        details = [line for item in report.read for line in item.described()]
        if report.refused:
            text = self.tr("Nothing was imported: the file has errors. Correct them and try again.")
            self._report(text, problem=True, details=details)
            return
        text = counted(
            len(report.ids),
            self.tr("1 draft imported and kept as a draft to review."),
            self.tr("%1 drafts imported and kept as drafts to review."),
        )
        self._report(text, details=details)
        self.changed.emit()
        self.reload()

    def _report(
        self,
        text: str,
        *,
        problem: bool = False,
        details: list[str] | None = None,
        title: str | None = None,
    ) -> None:
        self.status.setStyleSheet(ERROR_STYLE if problem else "")
        self.status.setText(("✗ " if problem else "") + text)
        self.finished.emit(text)
        if details:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information)
            box.setWindowTitle(title or self.tr("Import drafts"))
            box.setText(text)
            box.setDetailedText("\n".join(details))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
