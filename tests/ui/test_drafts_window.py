"""The offline drafts window on a real store: listing, filtering, searching, sorting, the
selected draft's story, hold, delete to the trash and restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from invoice_tray.drafts.model import parse_draft
from invoice_tray.drafts.store import DraftStore
from invoice_tray.i18n import tr
from invoice_tray.ui.drafts_window import DraftsWindow
from tests.builders import draft_json


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "drafts.sqlite3"
    store = DraftStore(path)
    for number, quantity in enumerate(["1", "3", "2"], start=1):
        data = draft_json(quantity=quantity)
        data["buyer"]["name"] = f"客户 {number} 有限公司"  # type: ignore[index]
        draft, _problems = parse_draft(data)
        store.add(draft, queue=number != 3)
    store.close()
    return path


def open_window(qtbot: QtBot, path: Path) -> DraftsWindow:
    submitted: list[int] = []
    window = DraftsWindow(path, lambda: submitted.append(1))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=5_000):
        window.show()
    return window


def shown_ids(window: DraftsWindow) -> list[int]:
    return [row.id for row in window.model.rows]


def test_list_filter_search_and_sort(qtbot: QtBot, path: Path) -> None:
    window = open_window(qtbot, path)
    assert shown_ids(window) == [3, 2, 1]  # newest first
    assert window.count.text() == "3 of 3 drafts"
    assert window.model.index(0, 1).data() == "draft"
    assert window.model.index(1, 3).data() == "3,000.00"
    window.state.setCurrentIndex(window.state.findData("queued"))
    assert shown_ids(window) == [2, 1] and window.count.text() == "2 of 3 drafts"
    window.search.setText("客户 1")
    assert shown_ids(window) == [1]
    window.state.setCurrentIndex(0)
    window.search.setText("")
    window.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # by total
    assert shown_ids(window) == [2, 3, 1]


def test_the_selected_draft_tells_its_story(qtbot: QtBot, path: Path) -> None:
    window = open_window(qtbot, path)
    window.table.selectRow(2)  # draft 1
    qtbot.waitUntil(lambda: "History:" in window.detail.toPlainText(), timeout=5_000)
    text = window.detail.toPlainText()
    assert "客户 1 有限公司" in text
    assert "Amount 884.96 + tax 115.04 = total 1,000.00 yuan" in text
    assert "1 × 1,000.00  13%  884.96 + 115.04" in text
    assert "Submission reference:" in text
    assert "draft → waiting to be submitted  queued for submission" in text
    assert window.hold_button.isEnabled() and not window.delete_button.isEnabled()


def test_hold_delete_and_restore(qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, path)
    changes: list[int] = []
    window.changed.connect(lambda: changes.append(1))
    window.table.selectRow(1)  # draft 2, queued
    with qtbot.waitSignal(window.loaded, timeout=5_000):
        window.hold_button.click()
    assert window.model.rows[1].state == "draft"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window.table.selectRow(1)
    with qtbot.waitSignal(window.loaded, timeout=5_000):
        window.delete_button.click()
    assert shown_ids(window) == [3, 1]
    with qtbot.waitSignal(window.loaded, timeout=5_000):
        window.trash.setChecked(True)
    assert shown_ids(window) == [2]
    window.table.selectRow(0)
    with qtbot.waitSignal(window.loaded, timeout=5_000):
        window.restore_button.click()
    assert shown_ids(window) == []
    assert len(changes) == 3
    store = DraftStore(path)
    assert [d.id for d in store.all()] == [1, 2, 3]
    store.close()


def test_a_draft_that_went_to_the_server_is_not_offered_to_hold(qtbot: QtBot, path: Path) -> None:
    """It is queued again after a failed attempt, but may be on the server already: the
    store refuses to hold it, so the window must not offer it."""
    with DraftStore(path) as store:
        sent = store.claim_next()
        assert sent is not None
        store.retry_later(sent.id, at=0, reason=tr("maintenance"))
    window = open_window(qtbot, path)
    row = next(index for index, r in enumerate(window.model.rows) if r.id == sent.id)
    window.table.selectRow(row)
    assert window.model.rows[row].state == "queued"
    assert not window.hold_button.isEnabled()
    assert not window.delete_button.isEnabled() and window.duplicate_button.isEnabled()
    window.table.selectRow(next(i for i, r in enumerate(window.model.rows) if r.id == 2))
    assert window.hold_button.isEnabled()  # queued, never sent


def test_an_empty_or_missing_store_is_an_empty_list(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "none.sqlite3")
    assert window.model.rows == [] and window.count.text() == "0 of 0 drafts"
    assert not (tmp_path / "none.sqlite3").exists()  # looking creates nothing


def test_the_tray_menu_opens_it_when_asked(qtbot: QtBot, path: Path) -> None:
    from invoice_tray.config import Config
    from invoice_tray.ui.checker import CheckController
    from invoice_tray.ui.hosts import DraftsHost
    from invoice_tray.ui.tray import TrayPresenter

    controller = CheckController(Config())
    submitted: list[int] = []
    host = DraftsHost(path, lambda: submitted.append(1))
    presenter = TrayPresenter(controller, quit_app=lambda: None, drafts=host)
    try:
        assert presenter.windows.drafts is None  # made when first opened
        assert presenter.drafts_action.isVisible()
        assert presenter.drafts_action.text() == "Offline drafts…"
        presenter.drafts_action.trigger()
        window = presenter.windows.drafts
        assert window is not None and window.isVisible()
        qtbot.waitUntil(lambda: len(window.model.rows) == 3, timeout=5_000)
        window.submit_button.click()
        assert submitted == [1]
    finally:
        controller.stop()
        presenter.close()


def test_the_newest_come_first_then_all(qtbot: QtBot, tmp_path: Path) -> None:
    from invoice_tray.ui.drafts_window import FIRST_SCREEN

    path = tmp_path / "many.sqlite3"
    store = DraftStore(path)
    draft, _problems = parse_draft(draft_json())
    store.add_many([draft] * (FIRST_SCREEN + 50))
    store.close()
    window = DraftsWindow(path, lambda: None)
    qtbot.addWidget(window)
    seen: list[int] = []
    window.first_shown.connect(lambda: seen.append(len(window.model.rows)))
    with qtbot.waitSignal(window.loaded, timeout=5_000):
        window.show()
    assert seen == [FIRST_SCREEN]
    assert len(window.model.rows) == FIRST_SCREEN + 50
    assert window.model.rows[0].id == FIRST_SCREEN + 50  # newest first all along


def test_new_edit_and_duplicate_open_the_editor(
    qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window = open_window(qtbot, path)
    window.table.selectRow(1)  # draft 2: queued, so not editable
    assert not window.edit_button.isEnabled() and window.duplicate_button.isEnabled()
    window.table.selectRow(0)  # draft 3: a draft
    assert window.edit_button.isEnabled()
    window.edit_button.click()
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5_000)
    editor = window.editor
    assert editor is not None and editor.windowTitle() == "Invoice draft 3 – invoice-tray"
    assert editor.buyer_edits["name"].text() == "客户 3 有限公司"
    editor.buyer_edits["name"].setText("改过的客户")
    with qtbot.waitSignal(window.loaded, timeout=5_000):
        editor.save_button.click()
    assert window.editor is None  # closed and let go once saved
    assert window.model.rows[0].buyer_name == "改过的客户"
    assert window.status.text() == "Draft 3 saved."

    window.table.selectRow(2)  # draft 1, queued: duplicated into a new draft
    window.duplicate_button.click()
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5_000)
    editor = window.editor
    assert (
        editor is not None
        and editor.windowTitle() == "New invoice draft, a copy of draft 1 – invoice-tray"
    )
    with qtbot.waitSignal(window.loaded, timeout=5_000):
        editor.queue_button.click()
    assert shown_ids(window) == [4, 3, 2, 1] and window.model.rows[0].state == "queued"

    window.new_button.click()
    editor = window.editor
    assert editor is not None and editor.windowTitle() == "New invoice draft – invoice-tray"
    editor.reject()
    qtbot.waitUntil(lambda: window.editor is None, timeout=5_000)


def test_export_the_selected_drafts_and_import_them_again(
    qtbot: QtBot, path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QFileDialog

    window = open_window(qtbot, path)
    target = tmp_path / "out" / "chosen"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: (str(target), "CSV for Excel (*.csv)")
    )
    window.table.selectRow(0)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    window.table.selectionModel().select(window.model.index(2, 0), flags)  # drafts 3 and 1
    assert window.selected() is None and [r.id for r in window.selected_rows()] == [3, 1]
    with qtbot.waitSignal(window.finished, timeout=5_000) as done:
        window.export_button.click()
    written = tmp_path / "out" / "chosen.csv"
    assert done.args == [f"2 drafts written to {written}"]
    text = written.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs
    assert "客户 3 有限公司" in text.decode("utf-8-sig") and "客户 2" not in text.decode("utf-8")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(written), ""))
    with qtbot.waitSignal(window.loaded, timeout=5_000):
        window.import_button.click()
    assert window.status.text() == "2 drafts imported and kept as drafts to review."
    assert shown_ids(window) == [5, 4, 3, 2, 1]
    assert [r.buyer_name for r in window.model.rows[:2]] == ["客户 1 有限公司", "客户 3 有限公司"]


def test_an_import_with_errors_adds_nothing_and_says_where(
    qtbot: QtBot, path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from PySide6.QtWidgets import QFileDialog

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([draft_json(), draft_json(quantity="-1")]), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(bad), ""))
    window = open_window(qtbot, path)
    with qtbot.waitSignal(window.finished, timeout=5_000):
        window.import_button.click()
    assert window.status.text().startswith("✗ Nothing was imported")
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert box.detailedText() == "✗ #2: Line 1, quantity: must be more than zero"
    box.close()
    store = DraftStore(path)
    assert len(store.all()) == 3
    store.close()


def test_empty_the_trash_for_good(
    qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = DraftStore(path)
    store.trash(3)
    store.close()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window = open_window(qtbot, path)
    assert window.empty_button.isHidden()
    with qtbot.waitSignal(window.loaded, timeout=5_000):
        window.trash.setChecked(True)
    assert not window.empty_button.isHidden() and shown_ids(window) == [3]
    with qtbot.waitSignal(window.loaded, timeout=5_000):
        window.empty_button.click()
    assert shown_ids(window) == []
    store = DraftStore(path)
    assert [d.id for d in store.all()] == [1, 2]
    store.close()


def test_the_waiting_drafts_against_the_offline_limits(qtbot: QtBot, path: Path) -> None:
    import json
    import time

    from invoice_tray.drafts.limits import LIMITS_FILE

    limits = {"offline_max_hours": "72", "offline_max_amount": "4000", "fetched_at": time.time()}
    (path.parent / LIMITS_FILE).write_text(json.dumps(limits), encoding="utf-8")
    window = open_window(qtbot, path)
    qtbot.waitUntil(window.limits.isVisible, timeout=5_000)
    # Drafts 1 and 2 wait: 1,000 + 3,000 yuan is the whole amount limit.
    assert window.limits.text().startswith(
        "✗ 2 drafts waiting, 4,000.00 yuan in all (offline limit 4,000.00 yuan); the oldest has "
        "waited under a minute (limit 72 hours)"
    )


def test_queue_the_selected_drafts_and_say_which_stay(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QItemSelectionModel

    path = tmp_path / "drafts.sqlite3"
    store = DraftStore(path)
    for quantity in ("1", "0", "2"):  # the second cannot be queued: no quantity
        draft, _problems = parse_draft(draft_json(quantity=quantity))
        store.add(draft)
    store.close()
    window = open_window(qtbot, path)
    assert not window.queue_button.isEnabled()
    window.table.selectAll()
    assert window.queue_button.isEnabled()
    with qtbot.waitSignal(window.loaded, timeout=5_000):
        window.queue_button.click()
    assert window.status.text() == (
        "✗ 2 drafts queued for submission. 1 draft has errors and stays a draft: open it to "
        "correct it."
    )
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert box.detailedText() == "Draft 2: ✗ Line 1, quantity: must be more than zero"
    box.close()
    assert [(r.id, r.state) for r in window.model.rows] == [
        (3, "queued"), (2, "draft"), (1, "queued"),
    ]  # fmt: skip
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    window.table.selectionModel().select(window.model.index(0, 0), flags)
    assert [r.id for r in window.selected_rows()] == [3]
    assert not window.queue_button.isEnabled()  # already queued
    window.table.selectionModel().select(window.model.index(1, 0), flags)
    assert window.queue_button.isEnabled()  # still a draft


def test_the_keys_a_spreadsheet_user_reaches_for(
    qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = open_window(qtbot, path)
    window.activateWindow()
    window.table.setFocus()
    window.table.selectRow(1)  # draft 2, queued: Delete refuses quietly, Enter does not edit
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert asked == [] and window.editor is None
    window.table.selectRow(0)  # draft 3, a draft
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert asked == ["Delete draft"]
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5_000)
    editor = window.editor
    assert editor is not None and editor.windowTitle() == "Invoice draft 3 – invoice-tray"
    editor.reject()
    qtbot.waitUntil(lambda: window.editor is None, timeout=5_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.editor is not None
    assert window.editor.windowTitle() == "New invoice draft – invoice-tray"


def test_the_pane_shows_the_draft_just_saved_not_the_one_selected_before(
    qtbot: QtBot, path: Path
) -> None:
    window = open_window(qtbot, path)
    window.table.selectRow(2)  # draft 1
    qtbot.waitUntil(lambda: "客户 1 有限公司" in window.detail.toPlainText(), timeout=5_000)
    window.duplicate_button.click()
    qtbot.waitUntil(lambda: window.editor is not None, timeout=5_000)
    editor = window.editor
    assert editor is not None
    editor.buyer_edits["name"].setText("复制后改名的客户")
    with qtbot.waitSignal(window.loaded, timeout=5_000):
        editor.save_button.click()
    assert [row.id for row in window.selected_rows()] == [4]
    qtbot.waitUntil(lambda: "复制后改名的客户" in window.detail.toPlainText(), timeout=5_000)
    assert "客户 1 有限公司" not in window.detail.toPlainText()

    window.new_button.click()
    editor = window.editor
    assert editor is not None
    editor.buyer_edits["name"].setText("新客户")
    with qtbot.waitSignal(window.loaded, timeout=5_000):
        editor.save_button.click()
    assert [row.id for row in window.selected_rows()] == [5]
    qtbot.waitUntil(lambda: "新客户" in window.detail.toPlainText(), timeout=5_000)

    # A filter that hides the selected draft empties the pane instead of leaving it stale.
    window.state.setCurrentIndex(window.state.findData("queued"))
    assert window.selected_rows() == [] and window.detail.toPlainText() == ""
