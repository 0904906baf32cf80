"""The IT department's policy for this computer: settings it presets (a user may change them)
and settings it locks (nothing the user does changes them: not the Settings window, not their
file, not a command-line option or an environment variable).

Read from a fixed machine-wide place, writable only by an administrator:

    Windows  %ProgramData%\\invoice-tray\\policy.toml, and
             HKLM\\Software\\Policies\\invoice-tray\\{Locked,Defaults}\\<section>, value <name>
             (what Group Policy writes, with the templates in packaging/policy/)
    macOS    /Library/Application Support/invoice-tray/policy.toml
    Linux    /etc/invoice-tray/policy.toml

The file uses the settings' own names and types::

    [locked.server]
    url = "https://invoice.example.cn/api"

    [defaults.polling]
    interval_s = 120

Where both name a setting, the registry wins (Group Policy is applied last). A policy that
cannot be read is told like any settings problem and never stops the program; what could be
read still applies.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from invoice_tray.config.loader import apply_schema, read_document
from invoice_tray.config.problems import ConfigProblem
from invoice_tray.config.schema import BY_KEY
from invoice_tray.config.types import InvalidValue
from invoice_tray.i18n import tr

POLICY_FILE_NAME = "policy.toml"
REGISTRY_KEY = "Software\\Policies\\invoice-tray"


class Scope(enum.StrEnum):
    """The policy file's tables (``[locked.server]``); the registry's subkeys are the same
    words capitalised (``Locked\\server``)."""

    LOCKED = "locked"  # no user can change it
    DEFAULTS = "defaults"  # preset: each user may change it

    @property
    def subkey(self) -> str:
        return self.value.capitalize()


RegistryValue = str | int | list[str]


@dataclass(frozen=True)
class Policy:
    defaults: Mapping[str, object] = field(default_factory=dict)
    locked: Mapping[str, object] = field(default_factory=dict)
    problems: tuple[ConfigProblem, ...] = ()


class PolicyRegistry(Protocol):
    """The machine's policy keys (HKEY_LOCAL_MACHINE), read only."""

    def subkeys(self, key: str) -> list[str]: ...

    def values(self, key: str) -> dict[str, RegistryValue]: ...


class MemoryPolicyRegistry:
    """A policy registry in a dict (tests, and every system but Windows)."""

    def __init__(self, values: Mapping[str, Mapping[str, RegistryValue]] | None = None) -> None:
        self._keys = {k.lower(): dict(v) for k, v in (values or {}).items()}

    def subkeys(self, key: str) -> list[str]:
        prefix = key.lower() + "\\"
        return sorted({k[len(prefix) :].split("\\")[0] for k in self._keys if k.startswith(prefix)})

    def values(self, key: str) -> dict[str, RegistryValue]:
        return dict(self._keys.get(key.lower(), {}))


def policy_file() -> Path:
    """Where this system keeps the policy file (no variable of the user's can move it)."""
    if sys.platform == "win32":
        root = os.environ.get("PROGRAMDATA") or "C:\\ProgramData"  # a system variable
        return Path(root) / "invoice-tray" / POLICY_FILE_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support/invoice-tray") / POLICY_FILE_NAME
    return Path("/etc/invoice-tray") / POLICY_FILE_NAME


def system_registry() -> PolicyRegistry | None:
    if sys.platform == "win32":
        from invoice_tray.system.registry import WindowsPolicyRegistry

        return WindowsPolicyRegistry()
    return None


def system_policy() -> Policy:
    return read_policy(policy_file(), system_registry())


def read_policy(path: Path, registry: PolicyRegistry | None = None) -> Policy:
    defaults, locked, problems = _from_file(path)
    if registry is not None:
        for scope, values in ((Scope.DEFAULTS, defaults), (Scope.LOCKED, locked)):
            found, more = _from_registry(registry, scope)
            values.update(found)
            problems += more
    for key in locked:
        defaults.pop(key, None)
    return Policy(defaults, locked, tuple(problems))


def _from_file(path: Path) -> tuple[dict[str, object], dict[str, object], list[ConfigProblem]]:
    document, problems, lines = read_document(path)
    defaults: dict[str, object] = {}
    locked: dict[str, object] = {}
    if document is None or lines is None:
        return defaults, locked, problems
    scopes = {scope.value: scope for scope in Scope}
    for name, table in document.items():
        scope = scopes.get(name)
        if scope is None or not isinstance(table, dict):
            message = tr("this part of the policy file is not understood; it is ignored")
            problems.append(ConfigProblem(path, lines.find(name), name, message))
            continue
        values, more = apply_schema(table, path, lines, scope=scope)
        (locked if scope is Scope.LOCKED else defaults).update(values)
        problems += more
    return defaults, locked, problems


def _from_registry(
    registry: PolicyRegistry, scope: Scope
) -> tuple[dict[str, object], list[ConfigProblem]]:
    """Values Group Policy wrote: a REG_SZ is read as the Settings window reads a field, a
    REG_DWORD as a number, a REG_MULTI_SZ as a list."""
    base = f"{REGISTRY_KEY}\\{scope.subkey}"
    values: dict[str, object] = {}
    problems: list[ConfigProblem] = []
    where = Path(f"HKEY_LOCAL_MACHINE\\{base}")
    for section in registry.subkeys(base):
        for name, raw in registry.values(f"{base}\\{section}").items():
            key = f"{section.lower()}.{name.lower()}"
            setting = BY_KEY.get(key)
            if setting is None:
                message = tr("unknown setting; it is ignored")
                problems.append(ConfigProblem(where, None, key, message))
                continue
            try:
                if isinstance(raw, str):
                    values[key] = setting.type.from_text(raw)
                else:
                    values[key] = setting.type.parse(raw)
            except InvalidValue as exc:
                message = tr("{reason}; it is ignored", reason=exc.message)
                problems.append(ConfigProblem(where, None, key, message))
    return values, problems
