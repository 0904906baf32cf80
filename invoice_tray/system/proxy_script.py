"""Where the operating system says a proxy auto-configuration script (PAC) is.

* Windows: "Use automatic configuration script", the ``AutoConfigURL`` value under the
  user's Internet Settings; else "Automatically detect settings" (a flag in the binary
  ``DefaultConnectionSettings``), which is WPAD discovery.
* macOS: the automatic proxy configuration of the active network, as ``scutil --proxy``
  prints it.
* GNOME: proxy mode "automatic", with its ``autoconfig-url``; an empty one means WPAD
  discovery, which GNOME then does at ``http://wpad/wpad.dat``.

Discovery (:data:`WPAD_URL`) often finds nothing, and on Windows it is on by default: a
script that is not there is then no problem, as browsers take it (see
:mod:`invoice_tray.engine.pac`).

Only an http or https address is taken. The answer is kept for :data:`REREAD_S`, so one
round of checks asks the system once.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from invoice_tray.system.registry import Registry

INTERNET_SETTINGS = r"Software\Microsoft\Windows\CurrentVersion\Internet Settings"
AUTO_CONFIG_URL = "AutoConfigURL"
CONNECTIONS = INTERNET_SETTINGS + r"\Connections"
DEFAULT_CONNECTION = "DefaultConnectionSettings"
AUTO_DETECT_FLAG = 0x08  # the flags are the little-endian DWORD at offset 8
GNOME_SCHEMA = "org.gnome.system.proxy"
WPAD_URL = "http://wpad/wpad.dat"
REREAD_S = 60.0
COMMAND_TIMEOUT_S = 3.0

_last: tuple[float, str | None] | None = None


def _usable(url: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if any(c.isspace() or ord(c) < 32 for c in url):
        return None
    return url


def from_registry(registry: Registry, connection_settings: bytes | None = None) -> str | None:
    """The configured script; else, with "Automatically detect settings" on in
    ``connection_settings`` (the ``DefaultConnectionSettings`` value), WPAD discovery."""
    configured = _usable(registry.get(INTERNET_SETTINGS, AUTO_CONFIG_URL))
    if configured is not None:
        return configured
    return WPAD_URL if auto_detect(connection_settings) else None


def auto_detect(connection_settings: bytes | None) -> bool:
    if connection_settings is None or len(connection_settings) < 12:
        return False
    return bool(int.from_bytes(connection_settings[8:12], "little") & AUTO_DETECT_FLAG)


def from_scutil(output: str) -> str | None:
    """``scutil --proxy`` prints a dictionary: ``ProxyAutoConfigEnable : 1`` and
    ``ProxyAutoConfigURLString : http://...``."""
    values: dict[str, str] = {}
    for line in output.splitlines():
        name, separator, value = line.partition(" : ")
        if separator:
            values[name.strip()] = value.strip()
    if values.get("ProxyAutoConfigEnable") != "1":
        return None
    return _usable(values.get("ProxyAutoConfigURLString"))


def from_gsettings(mode: str, url: str) -> str | None:
    """``gsettings get`` answers in GVariant text: ``'auto'``, ``'http://...'``."""
    if mode.strip().strip("'") != "auto":
        return None
    return _usable(url.strip().strip("'")) or WPAD_URL


def _output(command: list[str]) -> str:
    try:
        done = subprocess.run(  # noqa: S603 (fixed commands, no shell)
            command, capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout if done.returncode == 0 else ""


def _read(platform: str, run: Callable[[list[str]], str]) -> str | None:
    if platform == "win32":
        from invoice_tray.system import registry

        windows = registry.WindowsRegistry()  # type: ignore[attr-defined,unused-ignore]
        return from_registry(windows, windows.get_bytes(CONNECTIONS, DEFAULT_CONNECTION))
    if platform == "darwin":
        return from_scutil(run(["/usr/sbin/scutil", "--proxy"]))
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        return None
    mode = run([gsettings, "get", GNOME_SCHEMA, "mode"])
    if mode.strip().strip("'") != "auto":
        return None
    return from_gsettings(mode, run([gsettings, "get", GNOME_SCHEMA, "autoconfig-url"]))


def system_script_url(
    platform: str = sys.platform, run: Callable[[list[str]], str] = _output
) -> str | None:
    """The PAC address the system names, or None."""
    global _last
    now = time.monotonic()
    if _last is not None and now - _last[0] < REREAD_S:
        return _last[1]
    url = _read(platform, run)
    _last = (now, url)
    return url


def known() -> str | None:
    """The address last read, without asking the system (for the GUI thread)."""
    return _last[1] if _last is not None else None


def forget() -> None:
    """Read the system again next time (tests; a change the user just made)."""
    global _last
    _last = None
