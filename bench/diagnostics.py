"""The diagnostics export on a well-used PC: full logs (every rotation at its size limit), seven
days of checks once a minute, and drafts in the store. Prints the time to write the bundle,
its size and each member's; asserts nothing.

    .venv/bin/python bench/diagnostics.py [--runs 5] [--drafts 1000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--drafts", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-diagnostics-") as home:
        os.environ["INVOICE_TRAY_HOME"] = home
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        from invoice_tray import diagnostics
        from invoice_tray.config import Config
        from invoice_tray.engine.model import CheckId, CheckResult, CheckStatus, Layer, Light
        from invoice_tray.engine.verdict import Report
        from invoice_tray.i18n import tr
        from invoice_tray.logs import BACKUPS, LOG_FILE, MAX_BYTES
        from invoice_tray.paths import AppPaths
        from invoice_tray.store.history import HISTORY_FILE, HistoryStore

        paths = AppPaths.from_environment()
        paths.log_dir.mkdir(parents=True)
        for index in range(BACKUPS + 1):
            name = LOG_FILE if index == 0 else f"{LOG_FILE}.{index}"
            (paths.log_dir / name).write_text(_log_text(index), encoding="utf-8")
        check = CheckResult(CheckId.HEALTH, Layer.SERVER, CheckStatus.OK, tr("x"), 40.0)
        report = Report.build("https://invoice.example.cn", datetime.now(UTC), 120.0, [check])
        paths.data_dir.mkdir(parents=True)
        history = HistoryStore(paths.data_dir / HISTORY_FILE)
        now = time.time()
        for minute in range(7 * 24 * 60):
            history.record(report, Light.GREEN, at=now - minute * 60)
        history.close()
        _drafts(paths.data_dir, args.drafts)
        sources = diagnostics.Sources(
            paths, Config(), report, log_lines=diagnostics.log_tail(paths, 2000)
        )
        times = []
        for run in range(args.runs):
            began = time.perf_counter()
            written = diagnostics.export(
                sources, Path(home) / f"b{run}.zip", diagnostics.Options(include_drafts=True)
            )
            times.append(time.perf_counter() - began)
        print(f"logs: {BACKUPS + 1} files of {MAX_BYTES / 1e6:.1f} MB; history: 10,080 checks; "
              f"drafts: {args.drafts:,} (contents included)")  # fmt: skip
        print(f"export: median {statistics.median(times):.2f} s, max {max(times):.2f} s "
              f"({args.runs} runs)")  # fmt: skip
        print(f"bundle: {written.size / 1024:.0f} KB")
        with zipfile.ZipFile(written.path) as bundle:
            for info in bundle.infolist():
                print(f"  {info.filename}: {info.file_size / 1024:.0f} KB "
                      f"({info.compress_size / 1024:.0f} KB compressed)")  # fmt: skip
    return 0


def _log_text(seed: int) -> str:
    """A rotated log at its size limit, its lines as varied as real ones (they compress far
    less than one line repeated)."""
    import random

    from invoice_tray.logs import MAX_BYTES

    rand = random.Random(seed)
    lines = []
    size = 0
    while size < MAX_BYTES:
        line = (
            f"2026-12-01 09:{rand.randrange(60):02d}:{rand.randrange(60):02d},"
            f"{rand.randrange(1000):03d} INFO    check-worker invoice_tray.engine.monitor: "
            f"check done in {rand.randrange(40, 900)} ms, light green, "
            f"id {rand.getrandbits(64):016x}"
        )
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines) + "\n"


def _drafts(data_dir: Path, count: int) -> None:
    from invoice_tray.drafts import DRAFTS_FILE
    from invoice_tray.drafts.model import parse_draft
    from invoice_tray.drafts.store import DraftStore

    document = {
        "buyer": {"name": "示例客户有限公司", "tax_id": "91110000600037341L"},
        "lines": [
            {
                "name": "*信息技术服务*软件维护",
                "tax_code": "3040201990000000000",
                "unit": "次",
                "quantity": "1",
                "unit_price": "1000.00",
                "tax_rate": "0.06",
            }
        ],
    }
    with DraftStore(data_dir / DRAFTS_FILE) as store:
        draft, _warnings = parse_draft(document)
        store.add_many([draft] * count)


if __name__ == "__main__":
    raise SystemExit(main())
