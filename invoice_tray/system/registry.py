"""The Windows registry, reduced to the string values the app reads and writes (current user
only). Elsewhere, and in tests, :class:`MemoryRegistry` stands in."""

from __future__ import annotations

import sys
from typing import Protocol

HKCU = "HKEY_CURRENT_USER"


class Registry(Protocol):
    def get(self, key: str, name: str) -> str | None: ...

    def set(self, key: str, name: str, value: str) -> None: ...

    def delete(self, key: str, name: str) -> bool:
        """Remove a value; False when there was none."""
        ...


class MemoryRegistry:
    """A registry in a dict, keyed by (key, value name); key names are case-insensitive."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get(self, key: str, name: str) -> str | None:
        return self.values.get((key.lower(), name.lower()))

    def set(self, key: str, name: str, value: str) -> None:
        self.values[(key.lower(), name.lower())] = value

    def delete(self, key: str, name: str) -> bool:
        return self.values.pop((key.lower(), name.lower()), None) is not None


if sys.platform == "win32":
    import winreg

    class WindowsRegistry:
        """HKEY_CURRENT_USER: no elevation needed, and only this user is affected."""

        def get(self, key: str, name: str) -> str | None:
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                    value, kind = winreg.QueryValueEx(handle, name)
            except FileNotFoundError:
                return None
            return str(value) if kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ) else None

        def set(self, key: str, name: str, value: str) -> None:
            with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as h:
                winreg.SetValueEx(h, name, 0, winreg.REG_SZ, value)

        def delete(self, key: str, name: str) -> bool:
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as h:
                    winreg.DeleteValue(h, name)
            except FileNotFoundError:
                return False
            return True
