"""Cycles are collected on the GUI thread, on a timer, and only when Python would have."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from invoice_tray.ui.collector import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def make_cycles(count: int) -> None:
    for _ in range(count):
        a, b = Node(), Node()
        a.other, b.other = b, a


def test_cycles_are_collected_by_the_timer_not_by_allocation(qtbot: QtBot) -> None:
    gc.collect()
    collector = GuiThreadCollector(interval_ms=50)
    try:
        assert not gc.isenabled()
        assert collector.collect_if_due() == 0  # nothing due yet
        make_cycles(2000)
        assert gc.get_count()[0] > collector.thresholds[0]  # Python would have collected
        qtbot.waitUntil(lambda: gc.get_count()[0] < collector.thresholds[0], timeout=2_000)
    finally:
        collector.stop()
        assert gc.isenabled()
        gc.disable()  # the test session collects on the main thread too
