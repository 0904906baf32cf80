"""Kill the submitting process (`kill -9`) at random moments, many times: afterwards no draft
is lost and the server holds exactly one invoice per draft."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from invoice_tray.drafts.model import parse_draft
from invoice_tray.drafts.store import DraftStore
from invoice_tray.paths import AppPaths
from invoice_tray.simulator.server import Simulator
from tests.builders import draft_json

DRAFTS = 300
KILLS = 15


def test_kill_9_while_submitting_loses_nothing_and_duplicates_nothing(
    simulator: Simulator, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "INVOICE_TRAY_HOME": str(home), "INVOICE_TRAY_TOKEN": "t"}
    paths = AppPaths(home / "config", home / "data", home / "logs", home / "cache")
    paths.config_dir.mkdir(parents=True)
    (paths.config_dir / "config.toml").write_text(
        f'[server]\nurl = "{simulator.url}"\nca_file = "{simulator.ca_path.as_posix()}"\n',
        encoding="utf-8",
    )
    store = DraftStore(paths.data_dir / "drafts.sqlite3")
    drafts = [parse_draft(draft_json(quantity=str(n)))[0] for n in range(1, DRAFTS + 1)]
    ids = store.add_many(drafts, queue=True)
    store.close()
    before = simulator.invoices.count
    submit = [sys.executable, "-m", "invoice_tray", "drafts", "submit"]
    rng = random.Random(20261122)
    killed_mid_pass = 0
    for _ in range(KILLS):
        process = subprocess.Popen(submit, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)  # fmt: skip
        # Kill once this process is sending (the server has a new invoice), a random moment
        # later: before a request, between the server's commit and the local record, …
        started = simulator.invoices.count
        deadline = time.monotonic() + 30
        while simulator.invoices.count == started and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.03))
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        killed_mid_pass += 0 < simulator.invoices.count - before < DRAFTS
    finish = subprocess.run([*submit, "--json"], env=env, capture_output=True, text=True,
                            timeout=120)  # fmt: skip
    assert finish.returncode == 0, finish.stdout + finish.stderr
    assert json.loads(finish.stdout)["waiting"] == 0

    store = DraftStore(paths.data_dir / "drafts.sqlite3")
    try:
        final = [store.get(draft_id) for draft_id in ids]
        assert [d.state for d in final] == ["submitted"] * DRAFTS  # none lost
        numbers = {d.server_number for d in final}
        assert len(numbers) == DRAFTS  # each its own invoice
        assert simulator.invoices.count - before == DRAFTS  # and no second one on the server
        assert all(d.draft.lines[0].quantity == n for d, n in zip(final, range(1, DRAFTS + 1),
                                                                    strict=True))  # fmt: skip
    finally:
        store.close()
    assert killed_mid_pass == KILLS  # every kill landed while drafts were being sent
