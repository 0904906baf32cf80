"""The Windows CI workflow, checked here where it cannot run: its shape, that it freezes
with the Windows lock and self-tests the console program, and that what one job uploads is
what the next downloads and builds the installers around."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from tests.packaging.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
PINNED = re.compile(r"^actions/[a-z-]+@v\d+$")


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    found = job["steps"]
    assert isinstance(found, list)
    return found


def test_every_job_and_step_is_well_formed(workflow: dict[str, Any]) -> None:
    assert workflow["name"] == "windows"
    triggers = workflow["on"] if "on" in workflow else workflow[True]  # type: ignore[index]
    # (YAML 1.1 reads a bare `on` as true.)
    assert {"push", "pull_request"} <= set(triggers)
    assert workflow["permissions"] == {"contents": "read"}
    for name, job in workflow["jobs"].items():
        assert set(job) <= {"runs-on", "needs", "timeout-minutes", "steps", "if", "env"}, name
        assert job["timeout-minutes"] <= 30
        for step in steps(job):
            assert ("uses" in step) != ("run" in step), step
            if "uses" in step:
                assert PINNED.match(step["uses"]), step["uses"]
            else:
                assert step.get("name"), step


def test_it_freezes_on_windows_and_runs_the_self_test(workflow: dict[str, Any]) -> None:
    job = workflow["jobs"]["freeze"]
    assert job["runs-on"] == "windows-2022"
    python = next(s for s in steps(job) if s.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["python-version"] == "3.11"
    commands = "\n".join(s.get("run", "") for s in steps(job))
    assert "python scripts/dev.py package" in commands
    assert re.search(r"invoice-tray-cli\.exe --self-test", commands)
    assert "$LASTEXITCODE" in commands  # PowerShell ignores a failing line otherwise


def test_the_installers_are_built_around_what_windows_froze(workflow: dict[str, Any]) -> None:
    freeze, installers = workflow["jobs"]["freeze"], workflow["jobs"]["installers"]
    assert installers["needs"] == "freeze"
    assert installers["runs-on"].startswith("ubuntu-")
    upload = next(s for s in steps(freeze) if s.get("uses", "").startswith("actions/upload"))
    download = next(s for s in steps(installers) if s.get("uses", "").startswith("actions/down"))
    assert upload["with"]["name"] == download["with"]["name"]
    assert upload["with"]["path"].rstrip("/") == "dist/invoice-tray"
    folder = download["with"]["path"]
    commands = "\n".join(s.get("run", "") for s in steps(installers))
    assert f"scripts/dev.py package --installers-only --windows-onedir {folder}" in commands


def test_signing_takes_its_secrets_from_the_environment_only(workflow: dict[str, Any]) -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "secrets.INVOICE_TRAY_SIGN_PASSWORD" in text
    # The password is never on a command line, where the log would show it.
    for step in steps(workflow["jobs"]["installers"]):
        assert "secrets." not in step.get("run", "")


def test_the_files_it_names_exist() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for path in ("scripts/dev.py", "requirements/windows.lock"):
        assert path in text
        assert (ROOT / path).is_file()


def test_the_windows_lock_pins_windows_wheels_with_hashes() -> None:
    lock = (ROOT / "requirements" / "windows.lock").read_text(encoding="utf-8")
    pins = dict(re.findall(r"^([a-z0-9-]+)==([^ ;\\\n]+)", lock, re.MULTILINE))
    assert "pywin32-ctypes" in pins  # keyring's Windows backend
    assert "secretstorage" not in pins and "jeepney" not in pins  # Linux only
    assert pins["pyside6-essentials"] != "6.12.0"
    assert "pyinstaller" in pins
    for block in re.split(r"\n(?=[a-z0-9-]+==)", lock.strip()):
        if "==" in block.splitlines()[0]:
            assert "--hash=sha256:" in block, block.splitlines()[0]
