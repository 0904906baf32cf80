"""Every window fits the screen it opens on: a 1366×768 laptop with its taskbar leaves
1366×728, and nothing may open taller or wider than that (frame and title bar included)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize

from invoice_tray.ui.widgets import FRAME_MARGIN, fitted_size

ROOT = Path(__file__).resolve().parents[2]


def test_a_size_is_kept_where_there_is_room_and_cut_where_not() -> None:
    laptop = QRect(0, 0, 1366, 728)
    assert fitted_size(QSize(640, 480), laptop) == QSize(640, 480)
    assert fitted_size(QSize(760, 720), laptop) == QSize(760, 728 - FRAME_MARGIN.height())
    assert fitted_size(QSize(1100, 680), QRect(0, 0, 1024, 600)).width() == 1000


@pytest.mark.parametrize(("width", "height"), [(1366, 728), (1280, 680), (1024, 560)])
def test_every_window_fits_a_small_screen(tmp_path: Path, width: int, height: int) -> None:
    screen = tmp_path / "screen.json"
    geometry = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    dpi = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    screen.write_text(json.dumps({"screens": [geometry | dpi]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.open_windows"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    room_w, room_h = report["room"]
    assert (room_w, room_h) == (width, height)
    for name, window in report["windows"].items():
        w, h = window["size"]
        assert w + FRAME_MARGIN.width() <= room_w and h + FRAME_MARGIN.height() <= room_h, name
        min_w, min_h = window["minimum"]
        assert min_w + FRAME_MARGIN.width() <= room_w, (name, window)
        assert min_h + FRAME_MARGIN.height() <= room_h, (name, window)
