"""What the settings dialog reads and saves, without Qt: the config file, the secrets in the
keyring, and start at login. Every call here may block (keyring over D-Bus, files), so the
UI runs them on a worker thread.

Saving checks every field first and writes nothing if one is wrong; each problem is named by
its field, in the user's language, so the dialog can show it beside that field. A proxy
password written into the proxy address (by hand, or in an older file) is moved into the
keyring at the next save and the file is rewritten without it; the user is told.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from invoice_tray import secrets
from invoice_tray.config import Config, load_config
from invoice_tray.config import schema as s
from invoice_tray.config.endpoints import KEY as ENDPOINTS_KEY
from invoice_tray.config.endpoints import EndpointSpec
from invoice_tray.config.schema import Setting
from invoice_tray.config.types import (
    InvalidValue,
    proxy_keyword,
    split_proxy_password,
    takes_proxy_user,
)
from invoice_tray.config.writer import ConfigSaveError, save_settings
from invoice_tray.i18n import Text, tr
from invoice_tray.system.autostart import Autostart, AutostartError, launch_command

# Field names for what is not a setting in the file.
TOKEN_FIELD = secrets.SERVER_TOKEN
PASSWORD_FIELD = secrets.CLIENT_CERT_PASSWORD
PROXY_PASSWORD_FIELD = secrets.PROXY_PASSWORD
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
    proxy_password_stored: bool = False
    proxy_password_in_file: bool = False  # to be moved into the keyring at the next save

    @property
    def proxy_address(self) -> str:
        """The proxy setting as the dialog shows it: never with a password."""
        return split_proxy_password(self.config[s.NETWORK_PROXY])[0]


@dataclass(frozen=True)
class Changes:
    values: Mapping[Setting[Any], object]
    token: str | None = KEEP  # None keeps, "" removes, anything else is stored
    password: str | None = KEEP
    proxy_password: str | None = KEEP
    start_at_login: bool | None = None  # None leaves it as it is
    endpoints: tuple[EndpointSpec, ...] | None = None  # None leaves the list as it is


@dataclass(frozen=True)
class Saved:
    config: Config
    set_aside: Path | None = None  # a broken config file kept under this name
    notes: tuple[Text, ...] = ()  # what the user should know about this save


@dataclass
class Rejected(Exception):
    """Nothing was written: ``problems`` maps each field to what is wrong with it."""

    problems: dict[str, Text] = field(default_factory=dict)

    def __str__(self) -> str:
        return "; ".join(f"{k}: {v.render('en')}" for k, v in self.problems.items())


def read_current(path: Path, autostart: Autostart) -> Current:
    config = load_config(path)
    problem = None
    token = password = proxy_password = False
    try:
        token = secrets.get_secret(secrets.SERVER_TOKEN) is not None
        password = secrets.get_secret(secrets.CLIENT_CERT_PASSWORD) is not None
        proxy_password = secrets.get_secret(secrets.PROXY_PASSWORD) is not None
    except secrets.SecretsError as exc:
        problem = exc.message
    in_file = split_proxy_password(config[s.NETWORK_PROXY])[1] is not None
    return Current(
        config,
        token,
        password,
        problem,
        autostart.is_enabled(),
        autostart.location(),
        proxy_password_stored=proxy_password,
        proxy_password_in_file=in_file,
    )


def save(path: Path, changes: Changes, autostart: Autostart) -> Saved:
    problems = validate(changes)
    if problems:
        raise Rejected(problems)
    loaded = load_config(path)
    locked = {key: tr("set by your IT department") for key in loaded.locked}
    if changes.endpoints is not None and ENDPOINTS_KEY in locked:
        raise Rejected({ENDPOINTS_KEY: locked[ENDPOINTS_KEY]})
    if refused := {s_.key: locked[s_.key] for s_ in changes.values if s_.key in locked}:
        raise Rejected(refused)  # the dialog does not offer them; a caller may still try
    proxy = changes.values.get(s.NETWORK_PROXY, loaded[s.NETWORK_PROXY])
    user = changes.values.get(s.NETWORK_PROXY_USER, loaded[s.NETWORK_PROXY_USER])
    found = isinstance(proxy, str) and takes_proxy_user(proxy)
    if changes.proxy_password and found and not user:
        raise Rejected({s.NETWORK_PROXY_USER.key: tr("enter the user name for this password")})
    if changes.proxy_password and isinstance(proxy, str) and not found and not _names_a_user(proxy):
        raise Rejected(
            {
                s.NETWORK_PROXY.key: tr(
                    "a proxy password needs a user name in the address, such as "
                    "http://name@proxy.example.cn:8080"
                )
            }
        )
    moving = _move_proxy_password(changes, loaded)
    notes: list[Text] = []
    if moving is not None and moving.proxy_password is not changes.proxy_password:
        # Only the file's own password is moving: without a keyring it stays where it is
        # (the rest is saved), rather than being lost or blocking every other setting.
        try:
            secrets.ensure_available()
        except secrets.SecretsError:
            notes.append(
                tr(
                    "The proxy password is still written in the settings file: this computer "
                    "has no secure password store (keyring) to keep it in."
                )
            )
            moving = None
            changes = _without_same_proxy(changes, loaded)
    if moving is not None:
        changes = moving
        notes.append(
            tr(
                "The proxy password was moved out of the settings file into the system's "
                "password store (keyring)."
            )
        )
    stored = {
        TOKEN_FIELD: changes.token,
        PASSWORD_FIELD: changes.password,
        PROXY_PASSWORD_FIELD: changes.proxy_password,
    }
    for name, value in stored.items():
        try:
            if value is not KEEP:
                secrets.ensure_available()
            _store_secret(name, value)
        except secrets.SecretsError as exc:
            raise Rejected({name: exc.message}) from exc
    try:
        result = save_settings(path, changes.values, endpoints=changes.endpoints)
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
    return Saved(result.config, result.set_aside, tuple(notes))


def _move_proxy_password(changes: Changes, loaded: Config) -> Changes | None:
    """The changes with a password inside the proxy address (typed there, or left in the
    file) taken out of the address and into the keyring; None when there is none. A password
    typed into its own field wins; the file's follows the address while it names the same
    user."""
    from urllib.parse import urlsplit

    before = loaded[s.NETWORK_PROXY]
    proxy = changes.values.get(s.NETWORK_PROXY, before)
    if not isinstance(proxy, str):
        return None
    address, typed = split_proxy_password(proxy)
    old_address, in_file = split_proxy_password(before)
    if typed is None and in_file is None:
        return None
    same_user = urlsplit(address).username == urlsplit(old_address).username
    password = typed if typed is not None else (in_file if same_user else None)
    values = {**changes.values, s.NETWORK_PROXY: address}
    if changes.proxy_password is not KEEP or password is None:
        return replace(changes, values=values)
    return replace(changes, values=values, proxy_password=password)


def _without_same_proxy(changes: Changes, loaded: Config) -> Changes:
    """The changes leaving the file's proxy as it is, when the form shows the same address
    (the dialog never shows the password)."""
    proxy = changes.values.get(s.NETWORK_PROXY)
    if proxy != split_proxy_password(loaded[s.NETWORK_PROXY])[0]:
        return changes
    return replace(
        changes, values={k: v for k, v in changes.values.items() if k is not s.NETWORK_PROXY}
    )


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


def _names_a_user(proxy: str) -> bool:
    from urllib.parse import urlsplit

    return proxy_keyword(proxy) is None and bool(urlsplit(proxy).username)


def _ca_file_problem(path: Path) -> Text | None:
    from invoice_tray.engine.tls import ca_file_reason

    if not path.is_file():
        return tr("no such file")
    try:
        ssl.create_default_context(cafile=str(path))
    except (OSError, ssl.SSLError, ValueError) as exc:
        return ca_file_reason(exc)
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
