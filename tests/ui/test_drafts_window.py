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
from invoice_tray.ui.drafts_window import DraftsWindow
from tests.drafts.test_model import draft_json


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
    assert window.count.text() == "3 of 3"
    assert window.model.index(0, 1).data() == "draft"
    assert window.model.index(1, 3).data() == "3,000.00"
    window.state.setCurrentIndex(window.state.findData("queued"))
    assert shown_ids(window) == [2, 1] and window.count.text() == "2 of 3"
    window.search.setText("客户 1")
    assert shown_ids(window) == [1]
    window.state.setCurrentIndex(0)
    window.search.setText("")
    window.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # by total
    assert shown_ids(window) == [2, 3, 1]


def test_the_selected_draft_tells_its_story(qtbot: QtBot, path: Path) -> None:
    window = open_window(qtbot, path)
    window.table.selectRow(2)  # draft 1
    qtbot.waitUntil(lambda: "Total:" in window.detail.toPlainText(), timeout=5_000)
    text = window.detail.toPlainText()
    assert "客户 1 有限公司" in text and "884.96 + 115.04 = 1000.00" in text
    assert "Idempotency-Key:" in text and "draft → queued" in text
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


def test_an_empty_or_missing_store_is_an_empty_list(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "none.sqlite3")
    assert window.model.rows == [] and window.count.text() == "0 of 0"
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
        assert presenter.drafts_window is None  # made when first opened
        assert presenter.drafts_action.isVisible()
        assert presenter.drafts_action.text() == "Offline drafts…"
        presenter.drafts_action.trigger()
        window = presenter.drafts_window
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
