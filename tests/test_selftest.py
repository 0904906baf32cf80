"""--self-test: what a helpdesk runs on a PC and CI on a frozen build. It passes on a whole
installation, says so line by line, and fails, naming the step, on a broken one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from invoice_tray import selftest
from invoice_tray.ui import language


def test_a_whole_installation_passes(tmp_path: Path) -> None:
    env = {**os.environ, "INVOICE_TRAY_HOME": str(tmp_path / "home")}
    env.pop("QT_QPA_PLATFORM", None)  # it must run with no screen, by itself
    result = subprocess.run(
        [sys.executable, "-m", "invoice_tray", "--self-test"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "Self-test passed."
    assert all(line.startswith(("ok ", "note ")) for line in lines[:-1]), lines
    steps = ("Qt starts", "Chinese texts", "Trusted certificates", "Signing in to proxies")
    for step in (*steps, "Tray icons", "Windows"):
        assert any(line.startswith(f"ok    {step}:") for line in lines), step
    for light in ("green", "yellow", "red"):
        assert any(f"{light}, as expected" in line for line in lines), light
    assert any("Keyring" in line for line in lines)
    assert result.stderr == ""
    # The self-test keeps to itself: nothing written where the user's data lives.
    assert not (tmp_path / "home").exists()


def test_a_bundle_without_its_chinese_catalogue_fails_and_says_where(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(language, "TRANSLATIONS", tmp_path)  # as a frozen build missing them
    said: list[str] = []
    assert selftest.run(said.append) == 1
    assert "FAIL  Chinese texts: the Chinese catalogue is not in this installation" in said
    assert said[-1] == "Self-test failed."
