"""Start at login: real files for freedesktop and macOS, the Run key through a registry that
stands in for Windows."""

from __future__ import annotations

import plistlib
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from invoice_tray.system.autostart import (
    RUN_KEY,
    AutostartError,
    LaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    desktop_exec,
    for_this_system,
    launch_command,
)
from invoice_tray.system.registry import MemoryRegistry

AWKWARD = ["/opt/My Apps/python 3", "-m", "invoice_tray", '50% "off"', "back\\slash"]


def read_desktop_exec(value: str) -> list[str]:
    """Undo the string escape, the quoting and the %% of a desktop entry's Exec value."""
    unescaped = value.replace("\\\\", "\\")
    return [word.replace("%%", "%") for word in shlex.split(unescaped)]


def test_desktop_exec_round_trips_awkward_arguments() -> None:
    assert read_desktop_exec(desktop_exec(AWKWARD)) == AWKWARD
    assert desktop_exec(["/usr/bin/python3", "-m", "invoice_tray"]) == (
        "/usr/bin/python3 -m invoice_tray"
    )


def test_xdg_entry_is_written_read_and_removed(tmp_path: Path) -> None:
    entry = XdgAutostart(tmp_path)
    assert not entry.is_enabled()
    entry.enable(AWKWARD)
    assert entry.is_enabled()
    text = (tmp_path / "autostart" / "invoice-tray.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in text.splitlines()[1:])
    assert fields["Type"] == "Application"
    assert read_desktop_exec(fields["Exec"]) == AWKWARD
    entry.disable()
    assert not entry.is_enabled()
    entry.disable()  # twice is fine


def test_xdg_entry_switched_off_by_the_desktop_counts_as_off(tmp_path: Path) -> None:
    entry = XdgAutostart(tmp_path)
    entry.enable(["/usr/bin/invoice-tray"])
    entry.path.write_text(entry.path.read_text() + "Hidden=true\n")
    assert not entry.is_enabled()


def test_launch_agent_runs_at_load_with_the_exact_arguments(tmp_path: Path) -> None:
    agent = LaunchAgent(tmp_path)
    agent.enable(AWKWARD)
    path = tmp_path / "Library" / "LaunchAgents" / "org.invoice-tray.tray.plist"
    data = plistlib.loads(path.read_bytes())
    assert data["ProgramArguments"] == AWKWARD
    assert data["RunAtLoad"] is True
    assert data["Label"] == "org.invoice-tray.tray"
    assert agent.is_enabled()
    agent.disable()
    assert not path.exists()
    assert not agent.is_enabled()


def test_windows_run_key_holds_one_quoted_command_line() -> None:
    registry = MemoryRegistry()
    entry = WindowsRunKey(registry)
    command = [r"C:\Program Files\invoice-tray\invoice-tray.exe", "--lang", "zh_CN"]
    entry.enable(command)
    assert registry.get(RUN_KEY, "invoice-tray") == (
        r'"C:\Program Files\invoice-tray\invoice-tray.exe" --lang zh_CN'
    )
    assert entry.is_enabled()
    assert "CurrentVersion\\Run" in entry.location()
    entry.disable()
    assert registry.values == {}
    assert not entry.is_enabled()


@pytest.mark.parametrize(
    "command",
    [[], ["relative/python"], ["/usr/bin/python3", "-m", "x\ny"], ["/usr/bin/p\x00"]],
)
def test_commands_that_could_be_misread_are_refused(tmp_path: Path, command: list[str]) -> None:
    entry = XdgAutostart(tmp_path)
    with pytest.raises(AutostartError):
        entry.enable(command)
    assert not entry.path.exists()


def test_an_unwritable_place_gives_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "autostart").write_text("a file, not a folder")
    with pytest.raises(AutostartError) as caught:
        XdgAutostart(tmp_path).enable(["/usr/bin/invoice-tray"])
    assert "autostart" in str(caught.value.message)


def test_this_system_uses_the_xdg_config_home(tmp_path: Path) -> None:
    entry = for_this_system()
    assert isinstance(entry, XdgAutostart)
    assert entry.path == tmp_path / "xdg-config" / "autostart" / "invoice-tray.desktop"


def test_the_login_command_really_starts_this_app() -> None:
    command = launch_command()
    assert command[0] == sys.executable
    result = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0
    assert "invoice-tray" in result.stdout
