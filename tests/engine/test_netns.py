"""Network conditions that need a network of their own: no network at all, and DNS that
fails, hangs or is slow. Each runs in a private network namespace with a real DNS server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None or shutil.which("ip") is None or os.geteuid() != 0:
        return False
    probe = subprocess.run(["unshare", "-n", "-m", "true"], capture_output=True, check=False)
    return probe.returncode == 0


pytestmark = [
    pytest.mark.netns,
    pytest.mark.skipif(not _namespaces_work(), reason="needs root and network namespaces"),
]


def run_world(mode: str, data_dir: Path) -> tuple[dict[str, Any], float]:
    began = time.monotonic()
    done = subprocess.run(
        ["unshare", "-n", "-m", sys.executable, "-m", "tests.engine.netns_world", mode,
         str(data_dir)],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1]), time.monotonic() - began


def check(report: dict[str, Any], check_id: str) -> dict[str, Any]:
    return next(c for c in report["checks"] if c["id"] == check_id)


def test_offline_pc_is_told_as_no_network_not_server_down(simulator_data: Path) -> None:
    report, _ = run_world("offline", simulator_data)
    assert report["status"] == "red"
    assert report["cause"]["code"] == "no-network"
    assert report["fix"] == "network-reset"
    assert check(report, "dns")["status"] == "fail"  # a symptom, listed but not the cause
    assert "dns-failure" in [f["code"] for f in report["findings"]]


def test_name_resolves_through_real_dns(simulator_data: Path) -> None:
    report, _ = run_world("dns-answer", simulator_data)
    assert report["status"] == "green", report
    assert check(report, "dns")["detail"]["addresses"] == ["127.0.0.1"]


def test_unknown_name_is_a_dns_failure(simulator_data: Path) -> None:
    report, _ = run_world("dns-nxdomain", simulator_data)
    assert report["cause"]["code"] == "dns-failure"
    assert "does not exist" in report["cause"]["summary"]


def test_hung_dns_keeps_the_deadline(simulator_data: Path) -> None:
    report, _ = run_world("dns-hang", simulator_data)
    assert report["cause"]["code"] == "dns-failure"
    assert "no answer from the name server" in report["cause"]["summary"]
    assert report["duration_ms"] <= 2000 + 500


def test_slow_dns_is_a_warning(simulator_data: Path) -> None:
    report, _ = run_world("dns-slow", simulator_data)
    assert report["status"] == "green"
    dns = check(report, "dns")
    assert dns["status"] == "warn"
    assert dns["detail"]["ms"] >= 250
