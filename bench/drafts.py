"""Drafts at scale: insert rate, reading them back, the offline-limit sums, and submission
throughput against the simulator over one reused connection. Prints figures; asserts nothing.

    .venv/bin/python bench/drafts.py [--drafts 100000] [--submit 2000]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from common import compile_package, desktop_environment, start_simulator

from invoice_tray.drafts.model import parse_draft
from invoice_tray.drafts.outbox import Outbox
from invoice_tray.drafts.store import DraftStore
from invoice_tray.engine.settings import CheckSettings

BATCH = 1000


def rss_mb() -> float:
    for line in Path(f"/proc/{os.getpid()}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def a_draft(number: int):  # type: ignore[no-untyped-def]
    document = {
        "buyer": {"name": f"示例客户 {number} 有限公司", "tax_id": "91110000600037341L"},
        "lines": [
            {
                "name": "*信息技术服务*软件维护",
                "tax_code": "3040201990000000000",
                "unit": "次",
                "quantity": "1",
                "unit_price": str(100 + number % 900),
                "tax_rate": "0.13",
                "price_includes_tax": True,
            }
        ],
    }
    draft, problems = parse_draft(document)
    assert not problems
    return draft


def window_figures(path: Path) -> None:
    """The drafts window over the whole store: open to rows shown, filtering, memory."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from invoice_tray.ui.drafts_window import DraftsWindow

    app = QApplication.instance() or QApplication([])
    before = rss_mb()
    started = time.perf_counter()
    window = DraftsWindow(path, lambda: None)
    marks: dict[str, float] = {}
    loop = QEventLoop()
    window.first_shown.connect(lambda: marks.setdefault("first", time.perf_counter()))
    window.loaded.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    window.show()
    loop.exec()
    app.processEvents()  # the first paint with all rows
    opened = time.perf_counter() - started
    first = marks.get("first", time.perf_counter()) - started
    print(f"drafts window open: newest drafts on screen in {first * 1000:,.0f} ms; all "
          f"{len(window.model.all_rows):,} in {opened * 1000:,.0f} ms, "
          f"+{rss_mb() - before:.0f} MB")  # fmt: skip
    timings = []
    for state, search in (("queued", ""), (None, "客户 5"), ("queued", "客户 12"), (None, "")):
        started = time.perf_counter()
        window.model.set_filter(state, search)
        app.processEvents()
        timings.append((time.perf_counter() - started) * 1000)
    print("filter and search: " + ", ".join(f"{t:,.0f} ms" for t in timings)
          + f" (slowest {max(timings):,.0f} ms)")  # fmt: skip
    started = time.perf_counter()
    window.table.sortByColumn(3, window.table.horizontalHeader().sortIndicatorOrder())
    app.processEvents()
    print(f"sort by total: {(time.perf_counter() - started) * 1000:,.0f} ms")
    window.close()


def editor_figures(folder: Path) -> None:
    """The editor: opening a draft, and the live recount after a keystroke, by line count."""
    from PySide6.QtWidgets import QApplication

    from invoice_tray.drafts.model import Draft
    from invoice_tray.ui.draft_editor import DraftEditor

    app = QApplication.instance() or QApplication([])
    one = a_draft(1)
    for count in (1, 50, 500, 2000):
        draft = Draft(one.buyer, one.lines * count, "")
        started = time.perf_counter()
        editor = DraftEditor(folder / "editor.sqlite3", draft=draft)
        editor.show()
        app.processEvents()
        opened = time.perf_counter() - started
        started = time.perf_counter()
        editor.refresh()  # what every pause in typing costs
        app.processEvents()
        recount = time.perf_counter() - started
        print(f"editor with {count:,} lines: open {opened * 1000:,.0f} ms, "
              f"live recount {recount * 1000:,.1f} ms")  # fmt: skip
        editor.modified = False
        editor.close()
        editor.deleteLater()
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=100_000)
    parser.add_argument("--submit", type=int, default=2000)
    args = parser.parse_args()
    compile_package()
    with tempfile.TemporaryDirectory(prefix="bench-drafts-") as folder:
        store = DraftStore(Path(folder) / "drafts.sqlite3")
        drafts = [a_draft(n) for n in range(BATCH)]
        started = time.perf_counter()
        for _ in range(args.drafts // BATCH):
            store.add_many(drafts, queue=True)
        elapsed = time.perf_counter() - started
        print(f"insert (queued, {BATCH} per transaction): {args.drafts / elapsed:,.0f} drafts/s")
        size = (Path(folder) / "drafts.sqlite3").stat().st_size / 1e6
        print(f"database size: {size:.1f} MB for {args.drafts:,} drafts")

        before = rss_mb()
        started = time.perf_counter()
        everything = store.all()
        elapsed = time.perf_counter() - started
        print(f"read all {len(everything):,} drafts (parsed): {elapsed * 1000:,.0f} ms, "
              f"+{rss_mb() - before:.0f} MB")  # fmt: skip
        del everything
        started = time.perf_counter()
        amount, _oldest, count = store.waiting_totals()
        elapsed = time.perf_counter() - started
        print(
            f"offline-limit sums over {count:,} waiting: {elapsed * 1000:,.0f} ms ({amount} yuan)"
        )
        store.close()
        window_figures(Path(folder) / "drafts.sqlite3")
        editor_figures(Path(folder))

    env = desktop_environment()
    simulator = start_simulator(env)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-outbox-") as folder:
            store = DraftStore(Path(folder) / "drafts.sqlite3")
            store.add_many([a_draft(n) for n in range(args.submit)], queue=True)
            settings = CheckSettings(simulator.url, ca_file=Path(simulator.ca_file), token="b")
            outbox = Outbox(store, settings)
            started = time.perf_counter()
            report = outbox.submit_pass()
            elapsed = time.perf_counter() - started
            outbox.close()
            submitted = sum(r.outcome == "submitted" for r in report.results)
            print(f"submitted {submitted:,} drafts over one connection: "
                  f"{submitted / elapsed:,.0f} drafts/s")  # fmt: skip
            store.close()
    finally:
        simulator.stop()


if __name__ == "__main__":
    main()
