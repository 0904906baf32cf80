"""Tests of what ``scripts/dev.py package`` builds. The build modules (packaging/*.py) are
scripts, imported here from their folder. Tests of the built artifacts run when
INVOICE_TRAY_DIST names the dist folder (``package`` sets it after building); the rest always.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))


@pytest.fixture(scope="session")
def dist() -> Path:
    folder = os.environ.get("INVOICE_TRAY_DIST")
    if not folder:
        pytest.skip(
            "no built packages here: `python3 scripts/dev.py package` builds and tests them"
        )
    return Path(folder)


@pytest.fixture(scope="session")
def onedir(dist: Path) -> Path:
    folder = dist / "invoice-tray"
    assert (folder / "invoice-tray").is_file(), f"no frozen folder in {dist}"
    return folder


def need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.fail(f"{tool} is needed to test the packages (scripts/dev.py package installs it)")
    return found


@pytest.fixture
def frozen_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """The environment a frozen program runs in: this test's home, nothing of the venv."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))
    }
    env["INVOICE_TRAY_HOME"] = str(tmp_path / "home")
    yield env


def run(*command: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [str(part) for part in command], capture_output=True, text=True, **kwargs
    )
