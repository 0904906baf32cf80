"""Running OS commands: argument lists only, never a shell; administrator rights asked the
system's way, only for the commands that need them.

* Linux: ``pkexec`` (polkit's prompt);
* macOS: ``osascript``'s administrator prompt (the command line is quoted for it here);
* Windows: PowerShell's ``Start-Process -Verb RunAs`` (the UAC prompt).

A prompt the user cancels or refuses raises :class:`ElevationRefused`, so the plan stops
cleanly instead of reporting a mysterious failure.
"""

from __future__ import annotations

import shlex
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from invoice_tray.i18n import tr

OUTPUT_LIMIT = 64 * 1024
# pkexec: 126 = the dialog was dismissed, 127 = not authorised.
PKEXEC_REFUSED = (126, 127)
MAC_CANCELLED = "(-128)"
WINDOWS_CANCELLED = "canceled by the user"


class ElevationRefused(Exception):
    def __init__(self) -> None:
        message = tr("administrator rights were not given, so this step was not done")
        super().__init__(message.msgid)
        self.message = message


@dataclass(frozen=True)
class CommandResult:
    code: int
    output: str


class CommandRunner(Protocol):
    def run(
        self, args: Sequence[str], *, admin: bool = False, timeout: float = 120
    ) -> CommandResult: ...


def elevated_argv(platform: str, args: Sequence[str]) -> list[str]:
    """The argument list that runs ``args`` with administrator rights on ``platform``."""
    if platform == "win32":
        quoted = ", ".join(_powershell_quote(a) for a in args[1:])
        script = (
            "$ErrorActionPreference = 'Stop'; "
            f"$p = Start-Process -FilePath {_powershell_quote(args[0])} "
            + (f"-ArgumentList @({quoted}) " if quoted else "")
            + "-Verb RunAs -Wait -PassThru -WindowStyle Hidden; exit $p.ExitCode"
        )
        return ["powershell.exe", "-NoProfile", "-NonInteractive", "-Command", script]
    if platform == "darwin":
        command = _applescript_quote(shlex.join(args))
        return ["osascript", "-e", f"do shell script {command} with administrator privileges"]
    return ["pkexec", *args]


def _powershell_quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _applescript_quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def is_refusal(platform: str, result: CommandResult) -> bool:
    if platform == "win32":
        return WINDOWS_CANCELLED in result.output.lower()
    if platform == "darwin":
        return MAC_CANCELLED in result.output
    return result.code in PKEXEC_REFUSED


class SystemCommands:
    """The real thing. Output is decoded leniently (Windows consoles speak GBK) and capped."""

    def __init__(self, platform: str) -> None:
        self.platform = platform

    def run(
        self, args: Sequence[str], *, admin: bool = False, timeout: float = 120
    ) -> CommandResult:
        argv = elevated_argv(self.platform, args) if admin else list(args)
        try:
            # An argument list, no shell; every value in it was validated by the step.
            done = subprocess.run(  # noqa: S603
                argv,
                capture_output=True,
                timeout=timeout,
                check=False,
                stdin=subprocess.DEVNULL,
            )
        except FileNotFoundError:
            return CommandResult(127, f"{argv[0]}: not found")
        except subprocess.TimeoutExpired as exc:
            partial = _decode((exc.stdout or b"") + (exc.stderr or b""))
            return CommandResult(124, partial + f"\n(stopped after {timeout:.0f} s)")
        result = CommandResult(done.returncode, _decode(done.stdout + done.stderr))
        if admin and result.code != 0 and is_refusal(self.platform, result):
            raise ElevationRefused
        return result


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8", "gbk"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = raw.decode("utf-8", errors="replace")
    return text[-OUTPUT_LIMIT:]
