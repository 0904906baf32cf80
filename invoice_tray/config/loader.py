"""Read the TOML config file against the schema.

A broken file never stops the program and is never overwritten: each problem is reported
with the file, line and key, and the affected settings keep their defaults.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar, cast

from invoice_tray.config.schema import BY_KEY, SECTIONS, Setting
from invoice_tray.config.types import InvalidValue
from invoice_tray.i18n import Text, tr

T = TypeVar("T")

_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]")
_KEY_LINE = re.compile(r"^\s*([A-Za-z0-9_.\-\"' ]+?)\s*=")


@dataclass(frozen=True)
class ConfigProblem:
    path: Path
    line: int | None
    key: str | None
    message: Text
    detail: str = ""  # the parser's or the system's own words, for the helpdesk

    def render(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += str(tr(", line {line}", line=self.line))
        if self.key:
            where += f", {self.key}"
        rendered = f"{where}: {self.message}"
        return f"{rendered} ({self.detail})" if self.detail else rendered

    def plain(self) -> str:
        """For the settings window: the file's name and line, and what is wrong; no settings
        keys and no parser's words (those are for the helpdesk, in :meth:`render`)."""
        if self.line is not None:
            return str(tr("{file}, line {line}: {message}", file=self.path.name,
                          line=self.line, message=self.message))  # fmt: skip
        return str(tr("{file}: {message}", file=self.path.name, message=self.message))


@dataclass(frozen=True)
class Config:
    """Effective settings: the file's valid values over the schema defaults."""

    path: Path | None = None
    values: Mapping[str, object] = field(default_factory=dict)
    problems: tuple[ConfigProblem, ...] = ()

    def __getitem__(self, setting: Setting[T]) -> T:
        return cast(T, self.values.get(setting.key, setting.default))

    def with_values(self, **overrides: object) -> Config:
        """A copy with settings replaced, keyed like ``server_url=...`` (dot as underscore)."""
        values = dict(self.values)
        for name, raw in overrides.items():
            key = _key_from_keyword(name)
            values[key] = BY_KEY[key].type.parse(raw)
        return Config(self.path, values, self.problems)


def _key_from_keyword(name: str) -> str:
    for key in BY_KEY:
        if key.replace(".", "_") == name:
            return key
    raise KeyError(name)


def load_config(path: Path) -> Config:
    if not path.exists():
        return Config(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        problem = ConfigProblem(
            path,
            None,
            None,
            tr("the file cannot be read; the defaults are used"),
            str(exc),
        )
        return Config(path, {}, (problem,))
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POSITION.search(str(exc))
        line = int(match.group(1)) if match else None
        reason = _TOML_POSITION.sub("", str(exc)).strip()
        problem = ConfigProblem(
            path,
            line,
            None,
            tr("the file is not written correctly; every setting uses its default until it is"),
            reason,
        )
        return Config(path, {}, (problem,))
    values, problems = _apply_schema(document, path, _KeyLines(text))
    return Config(path, values, tuple(problems))


def _apply_schema(
    document: Mapping[str, object], path: Path, lines: _KeyLines
) -> tuple[dict[str, object], list[ConfigProblem]]:
    values: dict[str, object] = {}
    problems: list[ConfigProblem] = []
    for section, table in document.items():
        if section not in SECTIONS or not isinstance(table, dict):
            message = (
                tr("unknown section; it is ignored")
                if section not in SECTIONS
                else tr("expected a [section] table; it is ignored")
            )
            problems.append(ConfigProblem(path, lines.find(section, None), section, message))
            continue
        for name, raw in table.items():
            key = f"{section}.{name}"
            setting = BY_KEY.get(key)
            line = lines.find(section, name)
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


class _KeyLines:
    """Finds the line of a key in TOML text (tomllib keeps no positions)."""

    def __init__(self, text: str) -> None:
        self._positions: dict[tuple[str, str | None], int] = {}
        table = ""
        for number, raw_line in enumerate(text.splitlines(), start=1):
            header = _TABLE_HEADER.match(raw_line)
            if header:
                table = _unquote(header.group(1))
                self._positions.setdefault((table, None), number)
                continue
            key = _KEY_LINE.match(raw_line)
            if key:
                dotted = ".".join(p for p in (table, _unquote(key.group(1))) if p)
                section, _, name = dotted.partition(".")
                self._positions.setdefault((section, name or None), number)
                self._positions.setdefault((section, None), number)

    def find(self, section: str, name: str | None) -> int | None:
        return self._positions.get((section, name))


def _unquote(dotted: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in dotted.split("."))
