"""The Windows registry, reduced to the string values the app reads and writes (current user
only), and, read only, the machine's policy keys. Elsewhere, and in tests,
:class:`MemoryRegistry` and :class:`~invoice_tray.config.policy.MemoryPolicyRegistry` stand
in."""

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

        def get_bytes(self, key: str, name: str) -> bytes | None:
            """A binary value (REG_BINARY), as Windows keeps some settings."""
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                    value, kind = winreg.QueryValueEx(handle, name)
            except FileNotFoundError:
                return None
            return bytes(value) if kind == winreg.REG_BINARY else None

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

    class WindowsPolicyRegistry:
        """HKEY_LOCAL_MACHINE, read only: where Group Policy writes the IT department's
        settings. A value of another type than text, number or list of text is skipped."""

        def subkeys(self, key: str) -> list[str]:
            try:
                with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key) as handle:
                    count = winreg.QueryInfoKey(handle)[0]
                    return [winreg.EnumKey(handle, i) for i in range(count)]
            except FileNotFoundError:
                return []

        def values(self, key: str) -> dict[str, str | int | list[str]]:
            found: dict[str, str | int | list[str]] = {}
            try:
                with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key) as handle:
                    for index in range(winreg.QueryInfoKey(handle)[1]):
                        name, value, kind = winreg.EnumValue(handle, index)
                        if kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ, winreg.REG_DWORD):
                            found[name] = value
                        elif kind == winreg.REG_MULTI_SZ:
                            found[name] = list(value)
            except FileNotFoundError:
                return {}
            return found
