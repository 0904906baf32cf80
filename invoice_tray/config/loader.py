"""Read the TOML config file against the schema.

A broken file never stops the program and is never overwritten: each problem is reported
with the file, line and key, and the affected settings keep their defaults.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from invoice_tray.config.endpoints import KEY as ENDPOINTS_KEY
from invoice_tray.config.endpoints import EndpointSpec, in_order, parse_endpoints
from invoice_tray.config.problems import ConfigProblem
from invoice_tray.config.schema import BY_KEY, SECTIONS, SERVER_URL, Setting
from invoice_tray.config.types import InvalidValue
from invoice_tray.engine.kinds import EndpointKind
from invoice_tray.i18n import Text, tr

if TYPE_CHECKING:
    from invoice_tray.config.policy import Policy

T = TypeVar("T")

_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]")
_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]")
_KEY_LINE = re.compile(r"^\s*([A-Za-z0-9_.\-\"' ]+?)\s*=")


class SettingLocked(ValueError):
    """A setting the IT department's policy locks cannot be changed here."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key
        self.message = tr("set by your IT department")


@dataclass(frozen=True)
class Config:
    """Effective settings: the schema's defaults, under the policy's presets, under the user's
    file, under the policy's locks (which nothing the user does can change)."""

    path: Path | None = None
    values: Mapping[str, object] = field(default_factory=dict)
    problems: tuple[ConfigProblem, ...] = ()
    locked: frozenset[str] = frozenset()  # keys the policy locks
    preset: frozenset[str] = frozenset()  # keys whose value the policy presets (not locked)

    def __getitem__(self, setting: Setting[T]) -> T:
        return cast(T, self.values.get(setting.key, setting.default))

    @property
    def endpoints(self) -> tuple[EndpointSpec, ...]:
        """The ``[[endpoints]]`` in force; empty: ``[server]`` is the one endpoint."""
        return cast("tuple[EndpointSpec, ...]", self.values.get(ENDPOINTS_KEY, ()))

    def endpoints_in_order(self) -> tuple[EndpointSpec, ...]:
        """The endpoints of a round, the invoice server first. ``[server]`` is that invoice
        server when the list names none (the other services are watched beside it)."""
        specs = self.endpoints
        invoice = any(spec.kind is EndpointKind.INVOICE_SERVER for spec in specs)
        if specs and not invoice and self[SERVER_URL]:
            name = str(tr("Invoice server"))
            server = EndpointSpec(name, self[SERVER_URL], EndpointKind.INVOICE_SERVER)
            specs = (server, *(spec for spec in specs if spec.name != name))
        return in_order(specs)

    @property
    def primary_url(self) -> str:
        """The first endpoint's address (the invoice server's, when there is one)."""
        endpoints = self.endpoints_in_order()
        return endpoints[0].url if endpoints else self[SERVER_URL]

    @property
    def configured(self) -> bool:
        """Something to check: an invoice server or any endpoint."""
        return bool(self.endpoints or self[SERVER_URL])

    def with_values(self, **overrides: object) -> Config:
        """A copy with settings replaced, keyed like ``server_url=...`` (dot as underscore).
        A setting the policy locks raises :class:`SettingLocked`."""
        return self._replaced(overrides, respect_locks=True)

    def for_demo(self, **overrides: object) -> Config:
        """The demo's settings for one run: its own server (and endpoints, if it gives them),
        whatever the policy locks (it checks only the demo and saves nothing)."""
        demo = replace(self, values={k: v for k, v in self.values.items() if k != ENDPOINTS_KEY})
        return demo._replaced(overrides, respect_locks=False)

    def _replaced(self, overrides: Mapping[str, object], *, respect_locks: bool) -> Config:
        values = dict(self.values)
        for name, raw in overrides.items():
            if name == ENDPOINTS_KEY:  # already read: a tuple of EndpointSpec
                if respect_locks and ENDPOINTS_KEY in self.locked:
                    raise SettingLocked(ENDPOINTS_KEY)
                values[ENDPOINTS_KEY] = tuple(cast("tuple[EndpointSpec, ...]", raw))
                continue
            key = _key_from_keyword(name)
            if respect_locks and key in self.locked:
                raise SettingLocked(key)
            values[key] = BY_KEY[key].type.parse(raw)
        return replace(self, values=values)


def _key_from_keyword(name: str) -> str:
    for key in BY_KEY:
        if key.replace(".", "_") == name:
            return key
    raise KeyError(name)


def load_config(path: Path, policy: Policy | None = None) -> Config:
    """The settings in force: ``path`` (the user's file) with the machine's policy applied
    (read from its fixed place when not given)."""
    if policy is None:
        from invoice_tray.config.policy import system_policy

        policy = system_policy()
    document, problems, lines = read_document(path)
    values: dict[str, object] = dict(policy.defaults)
    found: dict[str, object] = {}
    if document is not None and lines is not None:
        found, more = apply_schema(document, path, lines)
        values.update(found)
        problems += more
    # What the user's file says of a locked setting has no effect: not even its problems.
    ignored = [p for p in problems if p.key in policy.locked]
    values.update(policy.locked)
    return Config(
        path,
        values,
        (*policy.problems, *(p for p in problems if p not in ignored)),
        frozenset(policy.locked),
        frozenset(k for k in policy.defaults if k not in found),
    )


def read_document(
    path: Path,
) -> tuple[dict[str, object] | None, list[ConfigProblem], KeyLines | None]:
    """A TOML file as a document, or None with the problem: missing (no problem), unreadable
    or not TOML (the problem, with its line)."""
    if not path.exists():
        return None, [], None
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        message = tr("the file cannot be read; the defaults are used")
        return None, [ConfigProblem(path, None, None, message, str(exc))], None
    try:
        return tomllib.loads(text), [], KeyLines(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POSITION.search(str(exc))
        line = int(match.group(1)) if match else None
        reason = _TOML_POSITION.sub("", str(exc)).strip()
        message = tr(
            "the file is not written correctly; every setting uses its default until it is"
        )
        return None, [ConfigProblem(path, line, None, message, reason)], None


def apply_schema(
    document: Mapping[str, object], path: Path, lines: KeyLines, scope: str = ""
) -> tuple[dict[str, object], list[ConfigProblem]]:
    """Each setting in ``document`` read by its type; ``scope`` is where the document sits in
    its file ("locked" for a policy's ``[locked.server]``), for the lines of its problems."""
    values: dict[str, object] = {}
    problems: list[ConfigProblem] = []
    prefix = f"{scope}." if scope else ""
    for section, table in document.items():
        if section == ENDPOINTS_KEY:
            specs, found = parse_endpoints(table)
            values[ENDPOINTS_KEY] = specs
            for problem in found:
                where = f"{prefix}{ENDPOINTS_KEY}#{problem.index + 1}"
                field_key = f"{ENDPOINTS_KEY}[{problem.index + 1}]"
                if problem.field:
                    where, field_key = f"{where}.{problem.field}", f"{field_key}.{problem.field}"
                line = lines.find(where) or lines.find(f"{prefix}{ENDPOINTS_KEY}")
                problems.append(ConfigProblem(path, line, field_key, problem.message))
            continue
        if section not in SECTIONS or not isinstance(table, dict):
            message = (
                tr("unknown section; it is ignored")
                if section not in SECTIONS
                else tr("expected a [section] table; it is ignored")
            )
            problems.append(ConfigProblem(path, lines.find(prefix + section), section, message))
            continue
        for name, raw in table.items():
            key = f"{section}.{name}"
            setting = BY_KEY.get(key)
            line = lines.find(prefix + key)
            if setting is None:
                problems.append(
                    ConfigProblem(path, line, key, tr("unknown setting; it is ignored"))
                )
                continue
            try:
                values[key] = setting.type.parse(raw)
            except InvalidValue as exc:
                problems.append(ConfigProblem(path, line, key, _default_used(setting, exc)))
    return values, problems


def _default_used(setting: Setting[object], exc: InvalidValue) -> Text:
    default = setting.type.to_text(setting.default)
    if not default:
        return tr("{reason}; it is left empty", reason=exc.message)
    return tr("{reason}; the default {default} is used", reason=exc.message, default=default)


class KeyLines:
    """Finds the line of a key or table in TOML text (tomllib keeps no positions)."""

    def __init__(self, text: str) -> None:
        self._positions: dict[str, int] = {}
        table = ""
        arrays: dict[str, int] = {}
        for number, raw_line in enumerate(text.splitlines(), start=1):
            array = _ARRAY_HEADER.match(raw_line)
            if array:  # [[endpoints]]: its entries are endpoints#1, endpoints#2, …
                name = _unquote(array.group(1))
                arrays[name] = arrays.get(name, 0) + 1
                table = f"{name}#{arrays[name]}"
                self._note(name, number)
                self._note(table, number)
                continue
            header = _TABLE_HEADER.match(raw_line)
            if header:
                table = _unquote(header.group(1))
                self._note(table, number)
                continue
            key = _KEY_LINE.match(raw_line)
            if key:
                self._note(".".join(p for p in (table, _unquote(key.group(1))) if p), number)

    def _note(self, dotted: str, number: int) -> None:
        parts = dotted.split(".")
        for end in range(1, len(parts) + 1):  # "a.b.c" also places "a" and "a.b"
            self._positions.setdefault(".".join(parts[:end]), number)

    def find(self, dotted: str) -> int | None:
        return self._positions.get(dotted)


def _unquote(dotted: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in dotted.split("."))
