"""What the settings dialog reads and saves, without Qt: the config file, the two secrets in
the keyring, and start at login. Every call here may block (keyring over D-Bus, files), so the
UI runs them on a worker thread.

Saving checks every field first and writes nothing if one is wrong; each problem is named by
its field, in the user's language, so the dialog can show it beside that field.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from invoice_tray import secrets
from invoice_tray.config import Config, load_config
from invoice_tray.config import schema as s
from invoice_tray.config.schema import Setting
from invoice_tray.config.types import InvalidValue
from invoice_tray.config.writer import ConfigSaveError, save_settings
from invoice_tray.i18n import Text, tr
from invoice_tray.system.autostart import Autostart, AutostartError, launch_command

# Field names for what is not a setting in the file.
TOKEN_FIELD = secrets.SERVER_TOKEN
PASSWORD_FIELD = secrets.CLIENT_CERT_PASSWORD
AUTOSTART_FIELD = "start_at_login"
KEEP = None  # a secret left as it is


@dataclass(frozen=True)
class Current:
    """What the dialog shows when it opens."""

    config: Config
    token_stored: bool
    password_stored: bool
    keyring_problem: Text | None  # the keyring cannot be used: secrets fields are disabled
    start_at_login: bool
    autostart_location: str


@dataclass(frozen=True)
class Changes:
    values: Mapping[Setting[Any], object]
    token: str | None = KEEP  # None keeps, "" removes, anything else is stored
    password: str | None = KEEP
    start_at_login: bool | None = None  # None leaves it as it is


@dataclass(frozen=True)
class Saved:
    config: Config
    set_aside: Path | None = None  # a broken config file kept under this name


@dataclass
class Rejected(Exception):
    """Nothing was written: ``problems`` maps each field to what is wrong with it."""

    problems: dict[str, Text] = field(default_factory=dict)

    def __str__(self) -> str:
        return "; ".join(f"{k}: {v.render('en')}" for k, v in self.problems.items())


def read_current(path: Path, autostart: Autostart) -> Current:
    config = load_config(path)
    problem = None
    token = password = False
    try:
        token = secrets.get_secret(secrets.SERVER_TOKEN) is not None
        password = secrets.get_secret(secrets.CLIENT_CERT_PASSWORD) is not None
    except secrets.SecretsError as exc:
        problem = exc.message
    return Current(config, token, password, problem, autostart.is_enabled(), autostart.location())


def save(path: Path, changes: Changes, autostart: Autostart) -> Saved:
    problems = validate(changes)
    if problems:
        raise Rejected(problems)
    try:
        if changes.token is not KEEP or changes.password is not KEEP:
            secrets.ensure_available()
        _store_secret(secrets.SERVER_TOKEN, changes.token)
        _store_secret(secrets.CLIENT_CERT_PASSWORD, changes.password)
    except secrets.SecretsError as exc:
        field_name = TOKEN_FIELD if changes.token is not KEEP else PASSWORD_FIELD
        raise Rejected({field_name: exc.message}) from exc
    try:
        result = save_settings(path, changes.values)
    except ConfigSaveError as exc:
        raise Rejected({"": exc.message}) from exc
    if changes.start_at_login is not None:
        try:
            if changes.start_at_login:
                autostart.enable(launch_command())
            else:
                autostart.disable()
        except AutostartError as exc:
            raise Rejected({AUTOSTART_FIELD: exc.message}) from exc
    return Saved(result.config, result.set_aside)


def _store_secret(name: str, value: str | None) -> None:
    if value is KEEP:
        return
    if value:
        secrets.set_secret(name, value)
    else:
        secrets.delete_secret(name)


def validate(changes: Changes) -> dict[str, Text]:
    problems: dict[str, Text] = {}
    values: dict[Setting[Any], object] = {}
    for setting, raw in changes.values.items():
        try:
            values[setting] = setting.type.parse(list(raw) if isinstance(raw, tuple) else raw)
        except InvalidValue as exc:
            problems[setting.key] = exc.message
    ca_file = values.get(s.SERVER_CA_FILE)
    if isinstance(ca_file, str) and ca_file:
        problem = _ca_file_problem(Path(ca_file).expanduser())
        if problem is not None:
            problems[s.SERVER_CA_FILE.key] = problem
    cert = values.get(s.CLIENT_CERT_PATH)
    if isinstance(cert, str) and cert:
        problem = _client_cert_problem(Path(cert).expanduser(), changes.password)
        if problem is not None:
            problems[s.CLIENT_CERT_PATH.key] = problem
    if changes.token is not KEEP and changes.token != changes.token.strip():
        problems[TOKEN_FIELD] = tr("the token must not start or end with spaces")
    return problems


def _ca_file_problem(path: Path) -> Text | None:
    if not path.is_file():
        return tr("no such file")
    try:
        ssl.create_default_context(cafile=str(path))
    except (OSError, ssl.SSLError, ValueError) as exc:
        return tr(
            "not a usable list of CA certificates (PEM): {error}",
            error=getattr(exc, "strerror", None) or str(exc),
        )
    return None


def _client_cert_problem(path: Path, new_password: str | None) -> Text | None:
    from invoice_tray.engine.certs import load_certificate_file
    from invoice_tray.engine.errors import CertificateFileError

    if not path.is_file():
        return tr("no such file")
    password = new_password
    if password is KEEP:
        try:
            password = secrets.get_secret(secrets.CLIENT_CERT_PASSWORD)
        except secrets.SecretsError:
            password = None
    try:
        load_certificate_file(path, password or None)
    except CertificateFileError as exc:
        return exc.message
    return None
