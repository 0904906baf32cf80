"""Start at login, opt-in, the way each system expects it:

* Windows: a value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``;
* macOS: a LaunchAgent property list in ``~/Library/LaunchAgents``;
* Linux and other freedesktop systems: an entry in ``$XDG_CONFIG_HOME/autostart``.

All three are per user, need no administrator rights, and are removed again by ``disable``.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path, PurePath, PureWindowsPath

from invoice_tray import APP_NAME
from invoice_tray.i18n import TranslatedError, tr
from invoice_tray.system.registry import Registry

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
LAUNCH_AGENT_LABEL = "org.invoice-tray.tray"
DESKTOP_FILE = f"{APP_NAME}.desktop"
# Characters that make the freedesktop Exec key need quotes around an argument.
_DESKTOP_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class AutostartError(TranslatedError):
    pass


def launch_command() -> list[str]:
    """How the login session should start this app: the bundle, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    python = Path(sys.executable)
    if sys.platform == "win32" and python.with_name("pythonw.exe").exists():
        python = python.with_name("pythonw.exe")  # no console window at login
    return [str(python), "-m", "invoice_tray"]


def validate_command(command: Sequence[str], path_type: type[PurePath] = PurePath) -> list[str]:
    """The command goes into a file or the registry that the OS runs later: refuse anything
    that could be read back differently."""
    if not command or not path_type(command[0]).is_absolute():
        raise AutostartError(tr("the program to start at login must be a full path"))
    for argument in command:
        if any(ord(c) < 32 or c == "\x7f" for c in argument):
            raise AutostartError(tr("the command to start at login contains control characters"))
    return list(command)


class Autostart(ABC):
    @abstractmethod
    def location(self) -> str:
        """Where the entry lives, for the user and the helpdesk."""

    @abstractmethod
    def is_enabled(self) -> bool: ...

    @abstractmethod
    def enable(self, command: Sequence[str]) -> None: ...

    @abstractmethod
    def disable(self) -> None: ...

    def _failed(self, exc: OSError) -> AutostartError:
        return AutostartError(
            tr(
                "start at login could not be changed in {place} ({error})",
                place=self.location(),
                error=exc.strerror or str(exc),
            )
        )


class WindowsRunKey(Autostart):
    def __init__(self, registry: Registry, name: str = APP_NAME) -> None:
        self.registry = registry
        self.name = name

    def location(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{self.name}"

    def is_enabled(self) -> bool:
        return self.registry.get(RUN_KEY, self.name) is not None

    def enable(self, command: Sequence[str]) -> None:
        line = subprocess.list2cmdline(validate_command(command, PureWindowsPath))
        try:
            self.registry.set(RUN_KEY, self.name, line)
        except OSError as exc:
            raise self._failed(exc) from exc

    def disable(self) -> None:
        try:
            self.registry.delete(RUN_KEY, self.name)
        except OSError as exc:
            raise self._failed(exc) from exc


class _FileEntry(Autostart):
    path: Path

    def location(self) -> str:
        return str(self.path)

    def _write(self, data: bytes) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(f".{self.path.name}.new")
            temporary.write_bytes(data)
            temporary.replace(self.path)
        except OSError as exc:
            raise self._failed(exc) from exc

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise self._failed(exc) from exc


class LaunchAgent(_FileEntry):
    def __init__(self, home: Path) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def is_enabled(self) -> bool:
        try:
            with self.path.open("rb") as stream:
                agent = plistlib.load(stream)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(agent, dict) and agent.get("Disabled") is not True

    def enable(self, command: Sequence[str]) -> None:
        agent = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": validate_command(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",  # the graphical login only
        }
        self._write(plistlib.dumps(agent))


class XdgAutostart(_FileEntry):
    def __init__(self, config_home: Path) -> None:
        self.path = config_home / "autostart" / DESKTOP_FILE

    def is_enabled(self) -> bool:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return False
        # Desktops switch an entry off by these keys rather than deleting it.
        return not {"Hidden=true", "X-GNOME-Autostart-enabled=false"} & {
            line.strip() for line in lines
        }

    def enable(self, command: Sequence[str]) -> None:
        entry = (
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Comment=Shows whether invoices can be issued\n"
            "Comment[zh_CN]=显示能否开具发票\n"
            f"Exec={desktop_exec(validate_command(command))}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )
        self._write(entry.encode("utf-8"))


def desktop_exec(command: Sequence[str]) -> str:
    """The Exec value of a desktop entry, quoted as the freedesktop specification says:
    quote arguments with reserved characters, escape ``"`$\\`` inside quotes, double ``%``,
    then escape backslashes once more for the string value itself."""
    words = []
    for argument in command:
        word = argument.replace("%", "%%")
        if not word or _DESKTOP_RESERVED & set(word):
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in word)
            word = f'"{escaped}"'
        words.append(word)
    return " ".join(words).replace("\\", "\\\\")


def for_this_system() -> Autostart:
    if sys.platform == "win32":
        from invoice_tray.system.registry import WindowsRegistry

        return WindowsRunKey(WindowsRegistry())
    if sys.platform == "darwin":
        return LaunchAgent(Path.home())
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return XdgAutostart(Path(config_home))
