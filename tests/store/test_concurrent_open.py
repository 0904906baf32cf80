"""Several processes open a store that does not exist yet, at the same moment: the tray, the
command line and a helpdesk's remote ``fix`` or ``drafts`` do run side by side. Each must get
a whole store, none an error, for every SQLite file the app owns."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

PROCESSES = 4
ROUNDS = 8
OPENERS = {
    "drafts": "from invoice_tray.drafts.store import DraftStore as Store",
    "history": "from invoice_tray.store.history import HistoryStore as Store",
    "fix journal": "from invoice_tray.fixes.journal import Journal as Store",
}
# Each process imports first, then waits for the start file, so that all open together.
SCRIPT = """
import sys, time
from pathlib import Path
{opener}
start, path = Path(sys.argv[1]), Path(sys.argv[2])
while not start.exists():
    time.sleep(0.001)
store = Store(path)
store.close()
"""


@pytest.mark.parametrize("kind", OPENERS)
def test_a_new_store_opened_by_several_processes_at_once(tmp_path: Path, kind: str) -> None:
    script = SCRIPT.format(opener=OPENERS[kind])
    failures = []
    for round_ in range(ROUNDS):
        start, path = tmp_path / f"go-{round_}", tmp_path / f"store-{round_}.sqlite3"
        processes = [
            subprocess.Popen(
                [sys.executable, "-c", script, str(start), str(path)],
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(PROCESSES)
        ]
        time.sleep(0.8)  # all of them imported and waiting
        start.touch()
        for process in processes:
            _, errors = process.communicate(timeout=60)
            if process.returncode != 0:
                failures.append(errors.strip().splitlines()[-1])
    assert failures == []
