"""Secrets go to the keyring only; no keyring means a clear message, never plain text."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest

from invoice_tray import secrets
from tests.conftest import MemoryKeyring


def test_round_trip(memory_keyring: MemoryKeyring) -> None:
    secrets.set_secret(secrets.SERVER_TOKEN, "s3cret")
    assert secrets.get_secret(secrets.SERVER_TOKEN) == "s3cret"
    assert memory_keyring.store == {("invoice-tray", "server-token"): "s3cret"}
    assert secrets.delete_secret(secrets.SERVER_TOKEN) is True
    assert secrets.delete_secret(secrets.SERVER_TOKEN) is False


def test_unknown_name_is_refused(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(secrets.UnknownSecret):
        secrets.set_secret("password", "x")


def test_environment_token_overrides_the_keyring(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    secrets.set_secret(secrets.SERVER_TOKEN, "stored")
    assert secrets.lookup_server_token().token == "stored"
    monkeypatch.setenv("INVOICE_TRAY_TOKEN", "from-env")
    lookup = secrets.lookup_server_token()
    assert (lookup.token, lookup.source) == ("from-env", secrets.TokenSource.ENVIRONMENT)


def test_no_keyring_backend_is_a_clear_error() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        with pytest.raises(secrets.SecretsUnavailable) as caught:
            secrets.set_secret(secrets.SERVER_TOKEN, "x")
        assert "never saved in plain text" in str(caught.value.message)
        lookup = secrets.lookup_server_token()
        assert lookup.token is None and lookup.source is secrets.TokenSource.UNAVAILABLE
    finally:
        keyring.set_keyring(previous)
