"""The client (signing) certificate check, on real PEM and PKCS#12 files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from invoice_tray.engine.local_checks import client_certificate
from invoice_tray.engine.model import CheckStatus
from invoice_tray.simulator import pki

NOW = datetime.now(UTC)


def make_cert(tmp_path: Path, days_left: float, *, p12_password: str | None = None) -> Path:
    authority = pki.new_authority("test signing CA")
    leaf = pki.issue_leaf(
        authority,
        ("signer.test",),
        not_before=NOW - timedelta(days=400),
        not_after=NOW + timedelta(days=days_left),
    )
    if p12_password is None:
        path = tmp_path / "signer.pem"
        path.write_bytes(leaf.cert_pem)
        return path
    from cryptography import x509

    key = serialization.load_pem_private_key(leaf.key_pem, None)
    cert = x509.load_pem_x509_certificate(leaf.cert_pem)
    data = pkcs12.serialize_key_and_certificates(
        b"signer",
        key,  # type: ignore[arg-type]
        cert,
        None,
        serialization.BestAvailableEncryption(p12_password.encode()),
    )
    path = tmp_path / "signer.p12"
    path.write_bytes(data)
    return path


def codes(result: object) -> list[str]:
    return [f.code for f in result.findings]  # type: ignore[attr-defined]


def test_not_configured_is_skipped() -> None:
    assert client_certificate(None, None, 30, NOW).status is CheckStatus.SKIPPED


def test_valid_pem(tmp_path: Path) -> None:
    result = client_certificate(make_cert(tmp_path, 200), None, 30, NOW)
    assert result.status is CheckStatus.OK and codes(result) == []
    assert result.detail["subject"] == "signer.test"


def test_expiring_and_expired(tmp_path: Path) -> None:
    assert codes(client_certificate(make_cert(tmp_path, 5), None, 30, NOW)) == [
        "client-cert-expiring"
    ]
    assert codes(client_certificate(make_cert(tmp_path, -1), None, 30, NOW)) == [
        "client-cert-expired"
    ]


def test_pkcs12_with_password(tmp_path: Path) -> None:
    path = make_cert(tmp_path, 3, p12_password="pw")
    assert codes(client_certificate(path, "pw", 30, NOW)) == ["client-cert-expiring"]
    wrong = client_certificate(path, "nope", 30, NOW)
    assert codes(wrong) == ["client-cert-unreadable"]
    assert "password" in str(wrong.summary)


def test_missing_and_garbage_files(tmp_path: Path) -> None:
    assert codes(client_certificate(tmp_path / "none.pem", None, 30, NOW)) == [
        "client-cert-unreadable"
    ]
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n")
    assert codes(client_certificate(junk, None, 30, NOW)) == ["client-cert-unreadable"]
