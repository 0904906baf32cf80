"""`invoice-tray drafts add` and `list` as a script would run them, on a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import draft_json


def cli(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INVOICE_TRAY_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "invoice_tray", "drafts", *args],
        capture_output=True, text=True, env=env, input=stdin, timeout=60,
    )  # fmt: skip


def test_add_queue_and_list(tmp_path: Path) -> None:
    source = tmp_path / "drafts.json"
    source.write_text(json.dumps([draft_json(), draft_json(quantity="3")]), encoding="utf-8")
    added = cli(tmp_path, "add", str(source))
    assert added.returncode == 0, added.stderr
    assert "2 added (queued for submission): 1, 2" in added.stdout
    listed = json.loads(cli(tmp_path, "list", "--json").stdout)
    assert [(d["id"], d["state"], d["total"]) for d in listed] == [
        (1, "queued", "1000.00"), (2, "queued", "3000.00"),
    ]  # fmt: skip
    assert all(d["idempotency_key"] for d in listed)
    held = cli(tmp_path, "add", "-", "--hold", stdin=json.dumps(draft_json()))
    assert held.returncode == 0
    assert [d["id"] for d in json.loads(cli(tmp_path, "list", "--json", "--state", "draft")
                                        .stdout)] == [3]  # fmt: skip


def test_one_bad_draft_adds_none_and_names_the_field(tmp_path: Path) -> None:
    source = tmp_path / "drafts.json"
    source.write_text(json.dumps([draft_json(), draft_json(unit_price=9.99)]), encoding="utf-8")
    refused = cli(tmp_path, "add", str(source), "--lang", "zh_CN")
    assert refused.returncode == 2
    assert "#2: 错误：第 1 行，单价：必须是用引号括起的十进制数" in refused.stderr
    assert json.loads(cli(tmp_path, "list", "--json").stdout) == []


def test_queue_the_drafts_kept_back(tmp_path: Path) -> None:
    documents = [draft_json(), draft_json(quantity="0"), draft_json(quantity="2")]
    held = cli(tmp_path, "add", "-", "--hold", stdin=json.dumps(documents))
    assert held.returncode == 0, held.stderr
    one = cli(tmp_path, "queue", "3")
    assert one.returncode == 0 and "1 queued for submission: 3" in one.stdout
    rest = cli(tmp_path, "queue")  # every draft still a draft
    assert rest.returncode == 2
    assert "1 queued for submission: 1" in rest.stdout
    assert "2: error: Line 1, quantity: must be more than zero" in rest.stderr
    assert "1 not queued (see above)." in rest.stderr
    again = cli(tmp_path, "queue", "1", "99")
    assert again.returncode == 2
    assert "1: draft 1 cannot be queued now: it is waiting to be submitted" in again.stderr
    assert "99: there is no draft 99" in again.stderr
    listed = json.loads(cli(tmp_path, "list", "--json").stdout)
    assert [(d["id"], d["state"]) for d in listed] == [(1, "queued"), (2, "draft"), (3, "queued")]


def test_broken_and_missing_files_are_explained(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"buyer": ', encoding="utf-8")
    result = cli(tmp_path, "add", str(broken))
    assert result.returncode == 2
    assert "is not valid JSON (line 1, column 11)" in result.stderr
    missing = cli(tmp_path, "add", str(tmp_path / "absent.json"))
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    assert cli(tmp_path, "list").stdout.strip() == "No drafts."


def test_submit_against_the_simulator_exactly_once(
    tmp_path: Path, simulator: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from invoice_tray.simulator.server import Simulator

    monkeypatch.setenv("INVOICE_TRAY_TOKEN", "accountant")
    assert isinstance(simulator, Simulator)
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text(
        f'[server]\nurl = "{simulator.url}"\nca_file = "{simulator.ca_path.as_posix()}"\n',
        encoding="utf-8",
    )
    source = tmp_path / "drafts.json"
    source.write_text(json.dumps([draft_json(), draft_json(quantity="2")]), encoding="utf-8")
    assert cli(tmp_path, "add", str(source)).returncode == 0
    before = simulator.invoices.count
    submitted = cli(tmp_path, "submit", "--json")
    assert submitted.returncode == 0, submitted.stderr
    report = json.loads(submitted.stdout)
    assert [r["outcome"] for r in report["results"]] == ["submitted", "submitted"]
    assert report["waiting"] == 0
    assert simulator.invoices.count == before + 2
    again = cli(tmp_path, "submit")
    assert again.returncode == 0 and "Nothing is due" in again.stdout
    listed = json.loads(cli(tmp_path, "list", "--json", "--state", "submitted").stdout)
    assert all(d["server_number"].startswith("SIM") for d in listed) and len(listed) == 2
