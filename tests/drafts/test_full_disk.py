"""A full or read-only data folder: a clear message, and nothing lost. Runs for real on a
tiny tmpfs in a private mount namespace (needs root, like the network namespace tests; a
read-only mount stops root too, where file permissions would not)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import draft_json


def _mounts_work() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
    )
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _mounts_work(), reason="needs root and mount namespaces")

SCRIPT = """
set -u
mount -t tmpfs -o size=1m tmpfs "$DATA"
"$PY" -m invoice_tray drafts add "$ONE" > "$OUT/first.txt" 2>&1; echo $? >> "$OUT/first.txt"
# Fill what is left of the disk.
dd if=/dev/zero of="$DATA/filler" bs=4k 2>/dev/null || true
"$PY" -m invoice_tray drafts add "$MANY" > "$OUT/full.txt" 2>&1; echo $? >> "$OUT/full.txt"
rm -f "$DATA/filler"
"$PY" -m invoice_tray drafts list --json > "$OUT/list.json" 2> "$OUT/list.err"
"""


def run_on_tmpfs(script: str, tmp_path: Path, **documents: object) -> tuple[Path, Path]:
    """Run ``script`` with sh in a private mount namespace, ``$DATA`` being the data folder
    and each document a JSON file named in ``$NAME``; returns (home, where output went)."""
    home, out = tmp_path / "home", tmp_path / "out"
    (home / "data").mkdir(parents=True)
    out.mkdir()
    env = {
        **os.environ,
        "INVOICE_TRAY_HOME": str(home),
        "DATA": str(home / "data"),
        "PY": sys.executable,
        "OUT": str(out),
    }
    for name, document in documents.items():
        path = tmp_path / f"{name.lower()}.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        env[name] = str(path)
    subprocess.run(["unshare", "-m", "sh", "-c", script], env=env, check=True, timeout=120)
    return home, out


def test_a_full_data_folder_says_so_and_keeps_every_draft(tmp_path: Path) -> None:
    # MANY is large enough that it cannot fit in what is left.
    many = [draft_json(quantity=str(n)) for n in range(1, 3000)]
    _home, out = run_on_tmpfs(SCRIPT, tmp_path, ONE=draft_json(), MANY=many)
    first = (out / "first.txt").read_text(encoding="utf-8")
    assert first.strip().endswith("0"), first
    full = (out / "full.txt").read_text(encoding="utf-8")
    assert full.strip().endswith("3"), full
    assert "the disk is full" in full
    listed = json.loads((out / "list.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in listed] == [1]  # the first draft is whole, the rest added none
    assert listed[0]["state"] == "queued" and listed[0]["total"] == "1000.00"


READ_ONLY_SCRIPT = """
set -u
mount -t tmpfs -o size=1m tmpfs "$DATA"
"$PY" -m invoice_tray drafts add "$ONE" > "$OUT/first.txt" 2>&1; echo $? >> "$OUT/first.txt"
mount -o remount,ro "$DATA"
"$PY" -m invoice_tray drafts add "$ONE" > "$OUT/ro.txt" 2>&1; echo $? >> "$OUT/ro.txt"
"$PY" -m invoice_tray drafts submit > "$OUT/ro-submit.txt" 2>&1; echo $? >> "$OUT/ro-submit.txt"
mount -o remount,rw "$DATA"
"$PY" -m invoice_tray drafts list --json > "$OUT/list.json" 2> "$OUT/list.err"
"""


def test_a_read_only_data_folder_says_so_and_keeps_every_draft(tmp_path: Path) -> None:
    home, out = run_on_tmpfs(READ_ONLY_SCRIPT, tmp_path, ONE=draft_json())
    assert (out / "first.txt").read_text(encoding="utf-8").strip().endswith("0")
    for name in ("ro.txt", "ro-submit.txt"):
        said = (out / name).read_text(encoding="utf-8")
        assert said.strip().endswith("3"), said
        assert f"the folder {home / 'data'} is read-only" in said, said
        assert "disk is full" not in said
    listed = json.loads((out / "list.json").read_text(encoding="utf-8"))
    assert [(d["id"], d["state"], d["total"]) for d in listed] == [(1, "queued", "1000.00")]
