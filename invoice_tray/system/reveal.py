"""Show a file in its folder, selected: Explorer on Windows, Finder on macOS, the desktop's
file manager on Linux (through its D-Bus interface). The path is checked before it is handed
to a program, which is run without a shell."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

log = logging.getLogger(__name__)
TIMEOUT_S = 5.0


class UnsafePath(ValueError):
    pass


def checked(path: Path) -> Path:
    """An absolute path to an existing file, with nothing a program could read as an option
    or a second argument."""
    text = str(path)
    if not path.is_absolute() or any(c in text for c in "\0\n\r") or text.startswith("-"):
        raise UnsafePath(text)
    if not path.is_file():
        raise UnsafePath(text)
    return path


def command(path: Path, platform: str = sys.platform) -> list[str] | None:
    """The command that shows ``path`` selected, or None where there is none."""
    path = checked(path)
    if platform == "win32":
        return ["explorer.exe", f"/select,{path}"]
    if platform == "darwin":
        return ["/usr/bin/open", "-R", str(path)]
    dbus_send = shutil.which("dbus-send")
    if dbus_send is None:
        return None
    return [
        dbus_send,
        "--session",
        "--print-reply",
        "--dest=org.freedesktop.FileManager1",
        "--type=method_call",
        "/org/freedesktop/FileManager1",
        "org.freedesktop.FileManager1.ShowItems",
        f"array:string:{path.as_uri()}",  # commas are %2C in a file URI: one item
        "string:",
    ]


def reveal(path: Path, platform: str = sys.platform) -> bool:
    """Try to show ``path`` selected (may block a few seconds: not on the GUI thread). False:
    it could not be done here; the caller opens the folder instead."""
    try:
        argv = command(path, platform)
    except UnsafePath:
        log.warning("not shown in its folder: unexpected path %r", str(path))
        return False
    if argv is None:
        return False
    try:
        if platform == "win32":
            # Explorer answers 1 even when it did what was asked: only starting it counts.
            subprocess.Popen(argv)  # noqa: S603 (checked path, no shell)
            return True
        done = subprocess.run(argv, capture_output=True, timeout=TIMEOUT_S, check=False)  # noqa: S603
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.info("file manager not reached: %s", exc)
        return False
    if done.returncode != 0:
        log.info("file manager did not show the file: %s", done.stderr.decode(errors="replace"))
    return done.returncode == 0
