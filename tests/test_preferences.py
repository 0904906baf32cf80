"""Reading and saving what the settings dialog shows: real files, an in-memory keyring, and a
real freedesktop autostart folder."""

from __future__ import annotations

from pathlib import Path

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from invoice_tray import preferences, secrets
from invoice_tray.config import schema as s
from invoice_tray.preferences import Changes, Rejected
from invoice_tray.system.autostart import XdgAutostart
from tests.conftest import MemoryKeyring


@pytest.fixture
def autostart(tmp_path: Path) -> XdgAutostart:
    return XdgAutostart(tmp_path / "xdg")


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "config.toml"


def client_p12(tmp_path: Path, password: bytes) -> Path:
    ca = trustme.CA()
    leaf = ca.issue_cert("accountant@example.cn")
    cert = x509.load_pem_x509_certificate(leaf.cert_chain_pems[0].bytes())
    key = serialization.load_pem_private_key(leaf.private_key_pem.bytes(), None)
    assert isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey)
    data = pkcs12.serialize_key_and_certificates(
        b"signing", key, cert, None, serialization.BestAvailableEncryption(password)
    )
    path = tmp_path / "signing.p12"
    path.write_bytes(data)
    return path


def test_save_writes_the_file_the_keyring_and_the_login_entry(
    memory_keyring: MemoryKeyring, config_path: Path, autostart: XdgAutostart, tmp_path: Path
) -> None:
    ca = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    saved = preferences.save(
        config_path,
        Changes(
            {
                s.SERVER_URL: " https://invoice.example.cn/api/ ",
                s.SERVER_CA_FILE: str(ca_file),
                s.POLLING_FAILURE_THRESHOLD: 5,
                s.NETWORK_PROXY_BYPASS: ("invoice.example.cn",),
            },
            token="secret-token",
            start_at_login=True,
        ),
        autostart,
    )
    assert saved.config[s.SERVER_URL] == "https://invoice.example.cn/api"
    assert saved.config[s.POLLING_FAILURE_THRESHOLD] == 5
    assert secrets.get_secret(secrets.SERVER_TOKEN) == "secret-token"
    assert "secret-token" not in config_path.read_text(encoding="utf-8")
    assert autostart.is_enabled()

    current = preferences.read_current(config_path, autostart)
    assert current.token_stored and not current.password_stored
    assert current.keyring_problem is None
    assert current.start_at_login
    assert current.config[s.SERVER_CA_FILE] == str(ca_file)

    preferences.save(config_path, Changes({}, token="", start_at_login=False), autostart)
    current = preferences.read_current(config_path, autostart)
    assert not current.token_stored
    assert not current.start_at_login
    assert current.config[s.SERVER_URL] == "https://invoice.example.cn/api"  # kept


def test_every_wrong_field_is_named_and_nothing_is_written(
    memory_keyring: MemoryKeyring, config_path: Path, autostart: XdgAutostart, tmp_path: Path
) -> None:
    not_pem = tmp_path / "notes.txt"
    not_pem.write_text("not a certificate", encoding="utf-8")
    p12 = client_p12(tmp_path, b"right")
    with pytest.raises(Rejected) as caught:
        preferences.save(
            config_path,
            Changes(
                {
                    s.SERVER_URL: "http://plain.example.cn",
                    s.SERVER_CA_FILE: str(not_pem),
                    s.CLIENT_CERT_PATH: str(p12),
                    s.POLLING_INTERVAL_S: 2,
                },
                token=" padded ",
                password="wrong",
                start_at_login=True,
            ),
            autostart,
        )
    problems = {key: str(text) for key, text in caught.value.problems.items()}
    assert problems == {
        "server.url": "the address must start with https://",
        "server.ca_file": problems["server.ca_file"],
        "client_certificate.path": "the password is wrong or the file is damaged",
        "polling.interval_s": "must be a whole number from 5 to 3600",
        "server-token": "the token must not start or end with spaces",
    }
    assert problems["server.ca_file"] == (
        "the file holds no usable root certificate (a .pem or .crt file is expected)"
    )
    assert not config_path.exists()
    assert memory_keyring.store == {}
    assert not autostart.is_enabled()


def test_a_client_certificate_is_checked_with_the_stored_password(
    memory_keyring: MemoryKeyring, config_path: Path, autostart: XdgAutostart, tmp_path: Path
) -> None:
    p12 = client_p12(tmp_path, b"right")
    missing = tmp_path / "absent.p12"
    with pytest.raises(Rejected) as caught:
        preferences.save(config_path, Changes({s.CLIENT_CERT_PATH: str(missing)}), autostart)
    assert str(caught.value.problems["client_certificate.path"]) == "no such file"
    secrets.set_secret(secrets.CLIENT_CERT_PASSWORD, "right")
    saved = preferences.save(config_path, Changes({s.CLIENT_CERT_PATH: str(p12)}), autostart)
    assert saved.config[s.CLIENT_CERT_PATH] == str(p12)


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_secrets_are_refused_and_the_rest_still_reads(
    config_path: Path, autostart: XdgAutostart
) -> None:
    current = preferences.read_current(config_path, autostart)
    assert current.keyring_problem is not None
    assert "never saved in plain text" in str(current.keyring_problem)
    with pytest.raises(Rejected) as caught:
        preferences.save(
            config_path, Changes({s.SERVER_URL: "https://x.example.cn"}, token="t"), autostart
        )
    assert list(caught.value.problems) == ["server-token"]
    assert not config_path.exists()
    # Settings without secrets are saved as usual.
    preferences.save(config_path, Changes({s.SERVER_URL: "https://x.example.cn"}), autostart)
    assert config_path.exists()


def test_a_proxy_password_in_the_file_moves_to_the_keyring_at_the_next_save(
    memory_keyring: MemoryKeyring, config_path: Path, autostart: XdgAutostart
) -> None:
    config_path.parent.mkdir(parents=True)
    config_path.write_text(
        "# my settings\n[network]\n"
        'proxy = "http://clerk:pa%40ss@proxy.example.cn:3128"  # the company proxy\n',
        encoding="utf-8",
    )
    current = preferences.read_current(config_path, autostart)
    assert current.proxy_password_in_file and not current.proxy_password_stored
    assert current.proxy_address == "http://clerk@proxy.example.cn:3128"

    saved = preferences.save(config_path, Changes({s.POLLING_INTERVAL_S: 120}), autostart)
    assert [n.msgid for n in saved.notes] == [
        "The proxy password was moved out of the settings file into the system's "
        "password store (keyring)."
    ]
    text = config_path.read_text(encoding="utf-8")
    assert "pa%40ss" not in text and "pa@ss" not in text
    assert "# the company proxy" in text and "# my settings" in text
    assert saved.config[s.NETWORK_PROXY] == "http://clerk@proxy.example.cn:3128"
    assert secrets.get_secret(secrets.PROXY_PASSWORD) == "pa@ss"
    again = preferences.read_current(config_path, autostart)
    assert again.proxy_password_stored and not again.proxy_password_in_file
    # Nothing more to move: the next save says nothing about it.
    assert preferences.save(config_path, Changes({}), autostart).notes == ()


def test_a_password_typed_into_the_proxy_address_goes_to_the_keyring(
    memory_keyring: MemoryKeyring, config_path: Path, autostart: XdgAutostart
) -> None:
    saved = preferences.save(
        config_path, Changes({s.NETWORK_PROXY: "http://clerk:typed@10.0.0.8:8080"}), autostart
    )
    assert saved.notes != ()
    assert "typed" not in config_path.read_text(encoding="utf-8")
    assert secrets.get_secret(secrets.PROXY_PASSWORD) == "typed"


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_a_proxy_password_stays_where_it_is(
    config_path: Path, autostart: XdgAutostart
) -> None:
    config_path.parent.mkdir(parents=True)
    proxy = 'proxy = "http://clerk:pw@proxy.example.cn:3128"\n'
    config_path.write_text("[network]\n" + proxy, encoding="utf-8")
    saved = preferences.save(config_path, Changes({s.POLLING_INTERVAL_S: 120}), autostart)
    assert [n.msgid.split(":")[0] for n in saved.notes] == [
        "The proxy password is still written in the settings file"
    ]
    assert proxy in config_path.read_text(encoding="utf-8")  # not lost
    assert saved.config[s.POLLING_INTERVAL_S] == 120  # and the rest is saved


def test_a_proxy_password_needs_a_user_name(
    memory_keyring: MemoryKeyring, config_path: Path, autostart: XdgAutostart
) -> None:
    with pytest.raises(Rejected) as refused:
        preferences.save(
            config_path,
            Changes({s.NETWORK_PROXY: "http://10.0.0.8:8080"}, proxy_password="pw"),
            autostart,
        )
    assert set(refused.value.problems) == {s.NETWORK_PROXY.key}
    assert memory_keyring.store == {}


def test_a_password_for_the_systems_proxy_needs_the_user_name_setting(
    memory_keyring: MemoryKeyring, config_path: Path, autostart: XdgAutostart
) -> None:
    for proxy in ("system", "pac:http://wpad.example.cn/proxy.pac"):
        with pytest.raises(Rejected) as refused:
            preferences.save(config_path, Changes({s.NETWORK_PROXY: proxy}, proxy_password="pw"),
                             autostart)  # fmt: skip
        assert set(refused.value.problems) == {s.NETWORK_PROXY_USER.key}
        assert memory_keyring.store == {}
    saved = preferences.save(
        config_path,
        Changes({s.NETWORK_PROXY_USER: "张会计"}, proxy_password="pw"),
        autostart,
    )
    assert saved.config[s.NETWORK_PROXY_USER] == "张会计"
    assert saved.config[s.NETWORK_PROXY] == "system"
    assert memory_keyring.store != {}
