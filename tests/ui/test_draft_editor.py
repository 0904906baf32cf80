"""The draft editor on a real store: live totals, every problem at its field, saving as a
draft or for submission, correcting a rejected draft, and nothing lost when saving fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from invoice_tray.drafts.model import parse_draft
from invoice_tray.drafts.store import DraftStore
from invoice_tray.ui.draft_editor import COLUMNS, ERROR_BRUSH, RATE_COLUMN, DraftEditor
from tests.builders import VALID_USCC, draft_json


@pytest.fixture(autouse=True)
def discard_when_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing an edited form asks first; at the end of a test, the answer is yes."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)


def open_editor(qtbot: QtBot, path: Path, **kwargs: object) -> DraftEditor:
    editor = DraftEditor(path, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.show()
    return editor


def set_cell(editor: DraftEditor, row: int, key: str, text: str) -> None:
    item = editor.lines.item(row, COLUMNS.index(key))
    assert item is not None
    item.setText(text)


def cell(editor: DraftEditor, row: int, key: str) -> str:
    item = editor.lines.item(row, COLUMNS.index(key))
    assert item is not None
    return item.text()


def problems(editor: DraftEditor) -> list[str]:
    return [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]


def test_a_new_draft_is_checked_as_it_is_typed_then_queued(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    editor = open_editor(qtbot, path)
    assert problems(editor) == []  # a blank form is not marked all over
    qtbot.keyClicks(editor.buyer_edits["name"], "x")
    editor.buyer_edits["name"].clear()  # typed, then taken back
    editor.refresh()
    assert problems(editor) == ["✗ Buyer name: is required"]  # only the field touched
    assert editor.field_errors["buyer.name"].text() == "✗ is required"
    assert editor.field_errors["buyer.tax_id"].isHidden()

    editor.queue_button.click()  # submitting shows everything that stops it
    listed = problems(editor)
    assert "✗ Buyer taxpayer ID: is required" in listed
    assert "✗ Line 1, quantity: is required" in listed
    assert editor.banner.text().startswith("✗ Correct the errors marked in red")
    assert editor.isVisible() and not path.exists()

    editor.buyer_edits["name"].setText("示例科技有限公司")
    editor.buyer_edits["tax_id"].setText(VALID_USCC)
    set_cell(editor, 0, "name", "*信息技术服务*软件维护")
    set_cell(editor, 0, "tax_code", "30402019900")  # too short
    set_cell(editor, 0, "quantity", "2")
    set_cell(editor, 0, "unit_price", "1,000.00")
    box = editor.lines.cellWidget(0, RATE_COLUMN)
    assert isinstance(box, QComboBox) and box.currentData() == "0.13"
    box.setCurrentIndex(box.findData("0.06"))
    qtbot.waitUntil(lambda: "2,120.00" in editor.totals.text(), timeout=2_000)  # live, no click
    assert editor.totals.text() == "Amount 2,000.00 + tax 120.00 = total 2,120.00 yuan"
    assert (cell(editor, 0, "amount"), cell(editor, 0, "tax")) == ("2,000.00", "120.00")
    assert problems(editor) == ["✗ Line 1, tax classification code: must be 19 digits"]
    tax_code = editor.lines.item(0, COLUMNS.index("tax_code"))
    assert tax_code is not None and tax_code.background() == ERROR_BRUSH
    assert tax_code.toolTip() == "must be 19 digits"

    set_cell(editor, 0, "tax_code", "3040201990000000000")
    editor.refresh()
    assert problems(editor) == []
    with qtbot.waitSignal(editor.saved, timeout=5_000) as saved:
        editor.queue_button.click()
    assert editor.result() == QDialog.DialogCode.Accepted
    store = DraftStore(path)
    stored = store.get(saved.args[0])
    store.close()
    assert stored.state == "queued" and stored.idempotency_key
    assert str(stored.draft.totals().total) == "2120.00"
    assert stored.draft.lines[0].unit_price == 1000


def test_an_incomplete_draft_is_saved_as_a_draft(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    editor = open_editor(qtbot, path)
    editor.buyer_edits["name"].setText("只写了名字的客户")
    with qtbot.waitSignal(editor.saved, timeout=5_000) as saved:
        editor.save_button.click()
    store = DraftStore(path)
    stored = store.get(saved.args[0])
    store.close()
    assert stored.state == "draft" and stored.draft.buyer.name == "只写了名字的客户"


def test_a_number_that_cannot_be_read_stops_saving(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    editor = open_editor(qtbot, path)
    set_cell(editor, 0, "quantity", "三")
    editor.save_button.click()
    assert "✗ Line 1, quantity: is not a number (for example 12.50)" in problems(editor)
    assert editor.banner.text() == "✗ Correct the fields marked in red first."
    assert editor.isVisible() and not path.exists()
    assert cell(editor, 0, "quantity") == "三"  # what was typed stays


def test_text_that_cannot_be_written_stops_saving_and_says_where(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A NUL pasted from another program cannot be kept (Windows and Qt cut the field at it).
    Saving stops at the field; what was typed stays as it is. (A lone surrogate, half an
    emoji, never gets this far: Qt for Python drops it at the widget's edge.)"""
    path = tmp_path / "drafts.sqlite3"
    editor = open_editor(qtbot, path)
    editor.buyer_edits["name"].setText("示例科技\x00有限公司")
    editor.remarks.setPlainText("备注\x00")
    editor.save_button.click()
    shown = problems(editor)
    for field in ("Buyer name", "Remarks"):
        wanted = f"✗ {field}: contains characters that are not text"
        assert any(line.startswith(wanted) for line in shown), shown
    assert editor.banner.text() == "✗ Correct the fields marked in red first."
    assert editor.isVisible() and not path.exists()
    assert editor.buyer_edits["name"].text() == "示例科技\x00有限公司"


def test_a_doubtful_tax_id_warns_and_asks_before_it_is_submitted(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "drafts.sqlite3"
    data = draft_json()
    data["buyer"]["tax_id"] = VALID_USCC[:-1] + "X"  # type: ignore[index]
    draft, _problems = parse_draft(data)
    editor = open_editor(qtbot, path, draft=draft)
    label = editor.field_errors["buyer.tax_id"]
    assert label.text() == "⚠ the check digit does not match; check the ID"

    editor.queue_button.click()
    box = editor.confirm
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Submit anyway?"
    assert "⚠ Buyer taxpayer ID: the check digit does not match" in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter is "check again", not "submit"
    qtbot.waitUntil(lambda: editor.confirm is None, timeout=2_000)
    assert editor.isVisible() and not path.exists()

    editor.queue_button.click()
    box = editor.confirm
    assert box is not None
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None and yes.text() == "Submit anyway"
    with qtbot.waitSignal(editor.saved, timeout=5_000) as saved:
        yes.click()
    store = DraftStore(path)
    assert store.get(saved.args[0]).state == "queued"
    store.close()

    # Saving as a draft asks nothing: nothing is sent.
    other = open_editor(qtbot, tmp_path / "other.sqlite3", draft=draft)
    with qtbot.waitSignal(other.saved, timeout=5_000):
        other.save_button.click()
    assert other.confirm is None


def test_the_request_to_correct_goes_once_corrected(qtbot: QtBot, tmp_path: Path) -> None:
    editor = open_editor(qtbot, tmp_path / "drafts.sqlite3")
    set_cell(editor, 0, "quantity", "三")
    editor.save_button.click()
    assert editor.banner.isVisible()
    set_cell(editor, 0, "quantity", "3")
    editor.refresh()
    assert editor.banner.isHidden()

    editor.queue_button.click()  # blank form: errors
    assert editor.banner.text().startswith("✗ Correct the errors marked in red")
    data = draft_json()
    editor.buyer_edits["name"].setText("示例科技有限公司")
    editor.buyer_edits["tax_id"].setText(VALID_USCC)
    line = data["lines"][0]  # type: ignore[index]
    for key in ("name", "tax_code", "unit_price"):
        set_cell(editor, 0, key, str(line[key]))
    editor.refresh()
    assert [p for p in editor.problems if p.blocking] == []
    assert editor.banner.isHidden()


def test_an_amount_that_rounds_to_nothing_is_never_minus_zero(qtbot: QtBot, tmp_path: Path) -> None:
    editor = open_editor(qtbot, tmp_path / "drafts.sqlite3")
    set_cell(editor, 0, "quantity", "1")
    set_cell(editor, 0, "unit_price", "-0.001")
    editor.refresh()
    assert (cell(editor, 0, "amount"), cell(editor, 0, "tax")) == ("0.00", "0.00")
    assert "-0.00" not in editor.totals.text()


def test_a_rejected_draft_shows_the_server_and_is_queued_again_with_a_new_key(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "drafts.sqlite3"
    store = DraftStore(path)
    draft, _problems = parse_draft(draft_json())
    draft_id = store.add(draft, queue=True)
    first_key = store.get(draft_id).idempotency_key
    store.claim_next()
    store.mark_rejected(draft_id, {"status": 422, "fields": {"lines[1].quantity": "超出库存"}})
    store.close()

    editor = open_editor(
        qtbot, path, draft_id=draft_id, draft=draft, server_fields={"lines[1].quantity": "超出库存"}
    )
    assert editor.banner.text() == "✗ The server rejected this draft: Line 1, quantity: 超出库存"
    assert "✗ the server says: Line 1, quantity: 超出库存" in problems(editor)
    quantity = editor.lines.item(0, COLUMNS.index("quantity"))
    assert quantity is not None and quantity.toolTip() == "the server says: 超出库存"
    set_cell(editor, 0, "quantity", "0.5")
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        editor.queue_button.click()
    store = DraftStore(path)
    again = store.get(draft_id)
    store.close()
    assert again.state == "queued" and again.idempotency_key not in (None, first_key)
    assert str(again.draft.totals().total) == "500.00"


def test_lines_are_added_and_removed(qtbot: QtBot, tmp_path: Path) -> None:
    draft, _problems = parse_draft(draft_json())
    editor = open_editor(qtbot, tmp_path / "drafts.sqlite3", draft=draft)
    editor.add_line_button.click()
    assert editor.lines.rowCount() == 2
    set_cell(editor, 1, "name", "")  # touched and left empty
    editor.refresh()
    assert "✗ Line 2, item name: is required" in problems(editor)
    editor.lines.selectRow(1)
    editor.remove_line_button.click()
    editor.refresh()
    assert editor.lines.rowCount() == 1 and problems(editor) == []
    editor.add_line_button.click()
    editor.add_line_button.click()
    set_cell(editor, 0, "quantity", "2")
    set_cell(editor, 2, "quantity", "5")
    assert editor.touched == {"lines[1].quantity", "lines[3].quantity"}
    editor.lines.selectRow(0)
    editor.remove_line_button.click()  # line 3 is line 2 now; line 1's marks go with it
    assert editor.touched == {"lines[2].quantity"}


def test_a_failed_save_keeps_the_form_and_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    draft, _problems = parse_draft(draft_json())
    editor = open_editor(qtbot, blocker / "drafts.sqlite3", draft=draft)
    editor.remarks.setPlainText("请勿丢失")
    editor.save_button.click()
    qtbot.waitUntil(lambda: "not saved" in editor.banner.text(), timeout=5_000)
    assert editor.banner.text().startswith("✗ The draft was not saved: the database")
    assert editor.isVisible() and editor.remarks.toPlainText() == "请勿丢失"
    assert editor.save_button.isEnabled()


def test_closing_with_changes_asks_first(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(qtbot, tmp_path / "drafts.sqlite3")
    editor.reject()  # nothing typed: closes at once
    assert not editor.isVisible()
    editor = open_editor(qtbot, tmp_path / "drafts.sqlite3")
    editor.buyer_edits["name"].setText("客户")
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    editor.reject()
    assert asked == ["Discard changes"] and editor.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    editor.reject()
    assert not editor.isVisible()


def test_clicking_a_problem_goes_to_its_field(qtbot: QtBot, tmp_path: Path) -> None:
    editor = open_editor(qtbot, tmp_path / "drafts.sqlite3")
    editor.activateWindow()
    editor.queue_button.click()  # shows every problem
    for row in range(editor.problem_list.count()):
        entry = editor.problem_list.item(row)
        if "unit price" in entry.text():
            editor.problem_list.itemClicked.emit(entry)
    assert editor.lines.currentColumn() == COLUMNS.index("unit_price")
    assert editor.lines.currentRow() == 0
    assert Qt.ItemFlag.ItemIsEditable in editor.lines.item(0, 4).flags()  # type: ignore[union-attr]


def test_enter_finishes_a_field_not_the_form(qtbot: QtBot, tmp_path: Path) -> None:
    editor = open_editor(qtbot, tmp_path / "drafts.sqlite3")
    editor.buyer_edits["name"].setText("客户")
    qtbot.keyClick(editor.buyer_edits["name"], Qt.Key.Key_Return)
    assert editor.isVisible() and editor.lines.rowCount() == 1
    assert not (tmp_path / "drafts.sqlite3").exists()
