"""Secrets live only in the OS keyring; there is no plain-text fallback.

``$INVOICE_TRAY_TOKEN`` overrides the stored server token for headless use (monitoring
hosts, scripts), so a token can be given without any keyring at all.
"""

from __future__ import annotations

import enum
import logging
import os
import types
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from invoice_tray import APP_NAME
from invoice_tray.i18n import Text, TranslatedError, tr

if TYPE_CHECKING:
    from invoice_tray.config import Config

log = logging.getLogger(__name__)

# Names of secrets and of a variable, not secrets themselves.
TOKEN_ENV = "INVOICE_TRAY_TOKEN"  # noqa: S105
SERVER_TOKEN = "server-token"  # noqa: S105
CLIENT_CERT_PASSWORD = "client-cert-password"  # noqa: S105
PROXY_PASSWORD = "proxy-password"  # noqa: S105
HELPDESK_TOKEN = "helpdesk-token"  # noqa: S105
KNOWN_SECRETS: dict[str, Text] = {
    SERVER_TOKEN: tr("access token for the invoice server"),
    CLIENT_CERT_PASSWORD: tr("password of the client certificate file"),
    PROXY_PASSWORD: tr("password for signing in to the proxy server"),
    HELPDESK_TOKEN: tr("access token for sending diagnostics to the helpdesk"),
}


class SecretsError(TranslatedError):
    pass


class SecretsUnavailable(SecretsError):
    """No usable OS keyring: the secret cannot be stored or read."""


class UnknownSecret(SecretsError):
    pass


class TokenSource(enum.Enum):
    ENVIRONMENT = "environment"  # $INVOICE_TRAY_TOKEN
    KEYRING = "keyring"
    NONE = "none"  # none stored
    UNAVAILABLE = "unavailable"  # no keyring to ask


@dataclass(frozen=True)
class TokenLookup:
    token: str | None
    source: TokenSource
    problem: Text | None = None


def _keyring() -> types.ModuleType:
    # Imported late: the keyring package scans its plug-ins on import, which costs start-up.
    import keyring
    import keyring.backends.fail
    import keyring.backends.null

    backend = keyring.get_keyring()
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        raise SecretsUnavailable(
            tr(
                "No secure password store (keyring) is available on this computer. "
                "On Linux, install and unlock GNOME Keyring or KWallet; on Windows and macOS "
                "the system store is used. Secrets are never saved in plain text."
            )
        )
    return keyring


def ensure_available() -> None:
    """Raise :class:`SecretsUnavailable` now, before the user is asked to type a secret."""
    _keyring()


def check_name(name: str) -> None:
    if name not in KNOWN_SECRETS:
        raise UnknownSecret(
            tr("unknown secret {name}; known: {known}", name=name, known=", ".join(KNOWN_SECRETS))
        )


def _keyring_failure(exc: Exception) -> SecretsUnavailable:
    # The keyring's own words ("Failed to create the collection: Prompt dismissed") go to the
    # log for the helpdesk; the user is told what it means and what to do.
    log.warning("keyring: %s", str(exc) or type(exc).__name__)
    return SecretsUnavailable(
        tr(
            "the system keyring did not allow it (perhaps its unlock prompt was closed); try "
            "again and unlock the keyring when asked"
        )
    )


def get_secret(name: str) -> str | None:
    check_name(name)
    keyring = _keyring()
    try:
        value: str | None = keyring.get_password(APP_NAME, name)
    except keyring.errors.KeyringError as exc:
        raise _keyring_failure(exc) from exc
    return value


def set_secret(name: str, value: str) -> None:
    check_name(name)
    keyring = _keyring()
    try:
        keyring.set_password(APP_NAME, name, value)
    except keyring.errors.KeyringError as exc:
        raise _keyring_failure(exc) from exc


def delete_secret(name: str) -> bool:
    """Remove a secret; False when there was none."""
    check_name(name)
    keyring = _keyring()
    try:
        keyring.delete_password(APP_NAME, name)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise _keyring_failure(exc) from exc
    return True


def lookup_server_token() -> TokenLookup:
    from_env = os.environ.get(TOKEN_ENV, "").strip()
    if from_env:
        return TokenLookup(from_env, TokenSource.ENVIRONMENT)
    try:
        stored = get_secret(SERVER_TOKEN)
    except SecretsError as exc:
        return TokenLookup(None, TokenSource.UNAVAILABLE, exc.message)
    return TokenLookup(stored, TokenSource.KEYRING if stored else TokenSource.NONE)


@dataclass(frozen=True)
class CheckSecrets:
    """The secrets a check needs with this config, and why any of them could not be read."""

    token: str | None = field(default=None, repr=False)
    client_cert_password: str | None = field(default=None, repr=False)
    proxy_password: str | None = field(default=None, repr=False)
    problems: tuple[Text, ...] = ()


def for_check(config: Config) -> CheckSecrets:
    """Look up only what this config uses (each look-up may block: the keyring)."""
    from urllib.parse import urlsplit

    from invoice_tray.config import schema as s
    from invoice_tray.config.types import proxy_keyword

    token = None
    problems: list[Text] = []
    from invoice_tray.engine.kinds import EndpointKind

    endpoints = config.endpoints
    if any(e.kind is EndpointKind.INVOICE_SERVER for e in endpoints) or (
        not endpoints and config[s.SERVER_URL]
    ):
        lookup = lookup_server_token()
        token = lookup.token
        if lookup.problem is not None:
            problems.append(lookup.problem)
    wanted = []
    if config[s.CLIENT_CERT_PATH]:
        wanted.append(CLIENT_CERT_PASSWORD)
    proxy = config[s.NETWORK_PROXY]
    if proxy_keyword(proxy) is None and urlsplit(proxy).username:
        wanted.append(PROXY_PASSWORD)
    found: dict[str, str | None] = {}
    for name in wanted:
        try:
            found[name] = get_secret(name)
        except SecretsError as exc:
            if exc.message not in problems:
                problems.append(exc.message)
    return CheckSecrets(
        token, found.get(CLIENT_CERT_PASSWORD), found.get(PROXY_PASSWORD), tuple(problems)
    )
