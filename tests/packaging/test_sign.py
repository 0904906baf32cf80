"""packaging/sign.py: a build is signed when a certificate is given, here a throwaway
self-signed one, and osslsigncode then finds the signature valid and any change after it."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from invoice_tray import __version__
from tests.packaging.conftest import need

import sign

PASSWORD = "throwaway signing password"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A code-signing certificate and key (.pfx) and the certificate alone (.pem)."""
    folder = tmp_path_factory.mktemp("signing")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "invoice-tray test signing")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), critical=False)
        .sign(key, hashes.SHA256())
    )
    pfx = folder / "signing.pfx"
    pfx.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"test", key, cert, None, serialization.BestAvailableEncryption(PASSWORD.encode())
        )
    )
    pem = folder / "signing.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return pfx, pem


@pytest.fixture
def installers(dist: Path, tmp_path: Path) -> list[Path]:
    need("osslsigncode")
    copies = []
    for name in (f"invoice-tray-{__version__}-setup.exe", f"invoice-tray-{__version__}.msi"):
        source = dist / name if (dist / name).is_file() else dist / "placeholder" / name
        copies.append(Path(shutil.copy2(source, tmp_path / name)))
    return copies


def test_both_installers_are_signed_and_verify(
    installers: list[Path], certificate: tuple[Path, Path]
) -> None:
    pfx, pem = certificate
    for installer in installers:
        with pytest.raises(sign.SigningError):
            sign.verify(installer, pem)  # not signed yet
    signer = sign.from_environment(
        {"INVOICE_TRAY_SIGN_PKCS12": str(pfx), "INVOICE_TRAY_SIGN_PASSWORD": PASSWORD}
    )
    assert signer is not None
    signer.sign_all(installers)
    for installer in installers:
        report = sign.verify(installer, pem)
        assert "invoice-tray test signing" in report
        assert "Signature verification: ok" in report


def test_a_file_changed_after_signing_fails_verification(
    installers: list[Path], certificate: tuple[Path, Path]
) -> None:
    pfx, pem = certificate
    setup = installers[0]
    sign.Signer(pfx, PASSWORD).sign(setup)
    data = bytearray(setup.read_bytes())
    data[len(data) // 3] ^= 0xFF  # inside the installer's payload
    setup.write_bytes(bytes(data))
    with pytest.raises(sign.SigningError):
        sign.verify(setup, pem)


def test_a_wrong_password_stops_the_build_and_leaves_the_file(
    installers: list[Path], certificate: tuple[Path, Path]
) -> None:
    pfx, _ = certificate
    before = installers[0].read_bytes()
    with pytest.raises(sign.SigningError, match="signing"):
        sign.Signer(pfx, "not the password").sign(installers[0])
    assert installers[0].read_bytes() == before


def test_no_certificate_means_an_unsigned_build() -> None:
    assert sign.from_environment({}) is None
    assert sign.from_environment({"INVOICE_TRAY_SIGN_PKCS12": "  "}) is None


def test_a_certificate_that_is_not_there_is_named(tmp_path: Path) -> None:
    with pytest.raises(sign.SigningError, match="names no file"):
        sign.from_environment({"INVOICE_TRAY_SIGN_PKCS12": str(tmp_path / "missing.pfx")})
