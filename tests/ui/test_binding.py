"""The Qt binding itself: calls that return nothing must not drop references to None.

PySide6 6.12.0 does (each ``QLabel.setText`` takes one away); on Python 3.11, where None is
not immortal, a long-running tray then dies with "deallocating None" after some thousands of
calls. pyproject.toml excludes that release; this test keeps any other from slipping in.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QTableWidgetItem
from pytestqt.qtbot import QtBot

CALLS = 2000


@pytest.mark.parametrize("call", ["QLabel.setText", "QObject.setObjectName", "item.setToolTip"])
def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot, call: str) -> None:
    label, thing, item = QLabel(), QObject(), QTableWidgetItem()
    qtbot.addWidget(label)
    calls = {
        "QLabel.setText": lambda: label.setText("x"),
        "QObject.setObjectName": lambda: thing.setObjectName("x"),
        "item.setToolTip": lambda: item.setToolTip("x"),
    }
    work = calls[call]
    work()  # first-call caches (e.g. the method's wrapper) are not the point
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        work()
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 2, f"{call} dropped {lost} references to None in {CALLS} calls"
