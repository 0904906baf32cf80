"""Python's cycle collector runs on whichever thread happens to allocate. If it frees a Qt
wrapper on a worker thread, shiboken defers the C++ deletion and may then delete an object
that Qt has already deleted. So automatic collection is switched off and the GUI thread
collects on a timer instead, generation by generation as Python itself would."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__()
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start(interval_ms)

    def collect_if_due(self) -> int:
        young, middle, old = gc.get_count()
        collected = 0
        if young > self.thresholds[0]:
            collected += gc.collect(0)
            if middle > self.thresholds[1]:
                collected += gc.collect(1)
                if old > self.thresholds[2]:
                    collected += gc.collect(2)
        return collected

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
