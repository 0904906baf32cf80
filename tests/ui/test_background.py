"""Blocking calls off the GUI thread: results and errors come back on the GUI thread, and a
window closed meanwhile is left alone."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from invoice_tray.ui.background import run_in_background


def test_the_result_and_the_error_come_back_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QObject()
    outcomes: list[tuple[object, object, str]] = []

    def record(result: object, error: object) -> None:
        outcomes.append((result, error, threading.current_thread().name))

    def fail() -> None:
        raise OSError("disk full")

    run_in_background(owner, lambda: 42, record)
    run_in_background(owner, fail, record)
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=5_000)
    by_result = sorted(outcomes, key=lambda o: o[0] is None)
    assert by_result[0][:2] == (42, None)
    assert isinstance(by_result[1][1], OSError)
    assert {o[2] for o in outcomes} == {threading.main_thread().name}


def test_a_deleted_owner_gets_nothing(qtbot: QtBot) -> None:
    owner = QObject()
    calls: list[object] = []

    def late() -> str:
        time.sleep(0.2)
        return "late"

    run_in_background(owner, late, lambda r, e: calls.append(r))
    owner.deleteLater()
    qtbot.wait(600)
    assert calls == []
