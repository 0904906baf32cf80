"""Save settings into the user's TOML file, keeping their comments and layout.

Every value is checked against the schema first. The file is replaced atomically (a crash or
a full disk leaves the old file whole), and a file that is not valid TOML is kept beside the
new one rather than overwritten, so nothing the user wrote is ever lost.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomlkit
import tomlkit.exceptions
from tomlkit.items import Table

from invoice_tray.config.endpoints import KEY as ENDPOINTS_KEY
from invoice_tray.config.endpoints import EndpointSpec
from invoice_tray.config.loader import Config, load_config
from invoice_tray.config.schema import Setting
from invoice_tray.i18n import TranslatedError, tr

HEADER = "invoice-tray settings. Every key is described in docs/configuration.md."


class ConfigSaveError(TranslatedError):
    pass


@dataclass(frozen=True)
class SaveResult:
    config: Config
    set_aside: Path | None = None  # where an unreadable old file was moved


def save_settings(
    path: Path,
    changes: Mapping[Setting[Any], object],
    unset: Iterable[Setting[Any]] = (),
    endpoints: tuple[EndpointSpec, ...] | None = None,
) -> SaveResult:
    """Write ``changes`` into the file at ``path`` and return the config as now loaded.

    A value equal to its default is written only where the file already names the key, so a
    file stays as short as the user left it; the keys in ``unset`` are removed (undoing a change
    restores a file that did not name the key). Raises :class:`InvalidValue` for a value the
    schema refuses and :class:`ConfigSaveError` when the file cannot be written.
    ``endpoints`` (None: as they are) replaces the ``[[endpoints]]`` list; empty removes it.
    """
    parsed = {setting: setting.type.parse(_to_toml(raw)) for setting, raw in changes.items()}
    document, set_aside = _read_document(path)
    for setting, value in parsed.items():
        table = document.get(setting.section)
        if not isinstance(table, Table):
            if value == setting.default:
                continue
            table = tomlkit.table()
            document[setting.section] = table
        if setting.name in table or value != setting.default:
            table[setting.name] = _to_toml(value)
    for setting in unset:
        table = document.get(setting.section)
        if isinstance(table, Table) and setting.name in table:
            del table[setting.name]
    if endpoints is not None:
        if ENDPOINTS_KEY in document:
            del document[ENDPOINTS_KEY]
        if endpoints:
            tables = tomlkit.aot()
            for spec in endpoints:
                table = tomlkit.table()
                table.update(spec.to_document())
                tables.append(table)
            document[ENDPOINTS_KEY] = tables
    _write_atomically(path, tomlkit.dumps(document))
    return SaveResult(load_config(path), set_aside)


def _to_toml(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def _read_document(path: Path) -> tuple[tomlkit.TOMLDocument, Path | None]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return _new_document(), None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigSaveError(
            tr(
                "the settings could not be saved: {path} cannot be read ({error}); "
                "nothing was changed",
                path=str(path),
                error=getattr(exc, "strerror", None) or str(exc),
            )
        ) from exc
    try:
        return tomlkit.parse(text), None
    except tomlkit.exceptions.ParseError:
        aside = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.replace(aside)
        except OSError as exc:
            raise ConfigSaveError(
                tr(
                    "cannot keep a copy of the broken {path} ({error})",
                    path=str(path),
                    error=str(exc),
                )
            ) from exc
        return _new_document(), aside


def _new_document() -> tomlkit.TOMLDocument:
    document = tomlkit.document()
    document.add(tomlkit.comment(HEADER))
    return document


def _write_atomically(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ConfigSaveError(
            tr(
                "the settings could not be saved to {path} ({error}); nothing was changed",
                path=str(path),
                error=exc.strerror or str(exc),
            )
        ) from exc
