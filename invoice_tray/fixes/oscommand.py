"""Running OS commands: argument lists only, never a shell; administrator rights asked the
system's way, only for the commands that need them.

* Linux: ``pkexec`` (polkit's prompt);
* macOS: ``osascript``'s administrator prompt (the command line is quoted for it here);
* Windows: PowerShell's ``Start-Process -Verb RunAs`` (the UAC prompt).

A prompt the user cancels or refuses raises :class:`ElevationRefused`, so the plan stops
cleanly instead of reporting a mysterious failure. It is recognised by codes, never by the
words a system prints, which are in the user's language: pkexec's exit status, AppleScript's
error number, Windows' ERROR_CANCELLED. Commands whose output is read run with messages in
the neutral "C" locale on Linux and macOS (Windows tools are only judged by exit codes).
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from invoice_tray.i18n import TranslatedError, tr

OUTPUT_LIMIT = 64 * 1024
# pkexec: 126 = the dialog was dismissed, 127 = not authorised.
PKEXEC_REFUSED = (126, 127)
MAC_CANCELLED = "(-128)"  # AppleScript's error number for "User canceled", in any language
WINDOWS_CANCELLED = 1223  # ERROR_CANCELLED: the UAC prompt was cancelled or refused
# What the Windows wrapper prints with that exit code, so a program that itself exits with
# 1223 is not taken for a refusal.
WINDOWS_REFUSAL_MARK = "invoice-tray:elevation-cancelled"


class ElevationRefused(TranslatedError):
    def __init__(self) -> None:
        super().__init__(tr("administrator rights were not given, so this step was not done"))


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
        start = (
            f"Start-Process -FilePath {_powershell_quote(args[0])} "
            + (f"-ArgumentList @({quoted}) " if quoted else "")
            + "-Verb RunAs -Wait -PassThru -WindowStyle Hidden"
        )
        # A refused prompt surfaces as a Win32Exception somewhere in the exception's chain.
        script = (
            "$ErrorActionPreference = 'Stop'; "
            f"try {{ $p = {start} }} catch {{ $e = $_.Exception; while ($e) {{ "
            "if ($e -is [System.ComponentModel.Win32Exception] -and "
            f"$e.NativeErrorCode -eq {WINDOWS_CANCELLED}) {{ "
            f"[Console]::Out.Write('{WINDOWS_REFUSAL_MARK}'); exit {WINDOWS_CANCELLED} }}; "
            "$e = $e.InnerException }; throw }; exit $p.ExitCode"
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
        return result.code == WINDOWS_CANCELLED and WINDOWS_REFUSAL_MARK in result.output
    if platform == "darwin":
        return result.output.rstrip().endswith(MAC_CANCELLED)
    return result.code in PKEXEC_REFUSED


def neutral_locale(environ: dict[str, str]) -> dict[str, str]:
    """``environ`` with messages in the "C" locale, the character set kept: what a tool
    prints can then be read whatever language the user's desktop speaks."""
    env = dict(environ)
    language = env.pop("LC_ALL", "")
    if language and "LC_CTYPE" not in env:
        env["LC_CTYPE"] = language  # LC_ALL also chose the character set: keep that part
    env.pop("LANGUAGE", None)  # gettext reads it before LC_MESSAGES
    env["LC_MESSAGES"] = "C"
    return env


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
                env=None if self.platform == "win32" else neutral_locale(dict(os.environ)),
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
