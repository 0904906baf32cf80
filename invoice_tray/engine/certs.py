"""Reading certificates: what they say (names, dates, issuer) in a plain, JSON-ready form.

A verified server certificate is read from the dictionary ``ssl`` already made of it;
``cryptography`` is imported only for certificates ``ssl`` does not parse (one that failed
verification, a client certificate file), which keeps the common check's start-up light.
"""

from __future__ import annotations

import hashlib
import ipaddress
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from invoice_tray.engine.errors import CertificateFileError

if TYPE_CHECKING:
    from cryptography import x509
from invoice_tray.i18n import tr

MAX_CERT_FILE_BYTES = 1 << 20


@dataclass(frozen=True)
class CertificateInfo:
    subject: str
    issuer: str
    not_before: datetime
    not_after: datetime
    dns_names: tuple[str, ...]
    ip_addresses: tuple[str, ...]
    sha256: str

    def days_left(self, now: datetime) -> float:
        return (self.not_after - now).total_seconds() / 86400

    def matches_host(self, host: str) -> bool:
        host = host.lower().strip("[]").rstrip(".")
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return any(_dns_match(pattern, host) for pattern in self.dns_names)
        return str(address) in self.ip_addresses

    def to_json(self, now: datetime) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "issuer": self.issuer,
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
            "days_left": round(self.days_left(now), 1),
            "names": [*self.dns_names, *self.ip_addresses],
            "sha256": self.sha256,
        }


def _dns_match(pattern: str, host: str) -> bool:
    pattern = pattern.lower().rstrip(".")
    if pattern.startswith("*."):
        head, _, rest = host.partition(".")
        return bool(head) and rest == pattern[2:]
    return pattern == host


def from_peer(peer: Mapping[str, Any], der: bytes) -> CertificateInfo:
    """From ``SSLSocket.getpeercert()`` of a verified connection, and the DER bytes."""

    def name_of(rdns: Any) -> str:
        attributes = {key: value for rdn in rdns for key, value in rdn}
        return str(attributes.get("commonName") or attributes.get("organizationName") or "")

    def when(text: str) -> datetime:
        return datetime.fromtimestamp(ssl.cert_time_to_seconds(text), UTC)

    dns_names = []
    ips = []
    for kind, value in peer.get("subjectAltName", ()):
        if kind == "DNS":
            dns_names.append(value)
        elif kind == "IP Address":
            ips.append(str(ipaddress.ip_address(value.strip())))
    return CertificateInfo(
        subject=name_of(peer.get("subject", ())),
        issuer=name_of(peer.get("issuer", ())),
        not_before=when(peer["notBefore"]),
        not_after=when(peer["notAfter"]),
        dns_names=tuple(dns_names),
        ip_addresses=tuple(ips),
        sha256=hashlib.sha256(der).hexdigest(),
    )


def _common_name(name: x509.Name) -> str:
    from cryptography.x509.oid import NameOID

    attrs = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    if attrs:
        value = attrs[0].value
        return value if isinstance(value, str) else value.decode(errors="replace")
    return name.rfc4514_string()


def describe(cert: x509.Certificate) -> CertificateInfo:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    dns_names: list[str] = []
    ips: list[str] = []
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        dns_names = list(san.get_values_for_type(x509.DNSName))
        ips = [str(ip) for ip in san.get_values_for_type(x509.IPAddress)]
    except x509.ExtensionNotFound:
        pass
    return CertificateInfo(
        subject=_common_name(cert.subject),
        issuer=_common_name(cert.issuer),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        dns_names=tuple(dns_names),
        ip_addresses=tuple(ips),
        sha256=cert.fingerprint(hashes.SHA256()).hex(),
    )


def describe_der(der: bytes) -> CertificateInfo:
    from cryptography import x509

    return describe(x509.load_der_x509_certificate(der))


def load_certificate_file(path: Path, password: str | None) -> x509.Certificate:
    """The leaf certificate of a PEM, DER or PKCS#12 file."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        if path.stat().st_size > MAX_CERT_FILE_BYTES:
            raise CertificateFileError(tr("the file is too large to be a certificate"))
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise CertificateFileError(tr("the file does not exist")) from exc
    except PermissionError as exc:
        raise CertificateFileError(tr("this user may not read the file")) from exc
    except OSError as exc:
        raise CertificateFileError(tr("the file cannot be read")) from exc
    if b"-----BEGIN CERTIFICATE-----" in data:
        try:
            return x509.load_pem_x509_certificates(data)[0]
        except ValueError as exc:
            raise CertificateFileError(tr("the certificate in the file is damaged")) from exc
    try:
        return x509.load_der_x509_certificate(data)
    except ValueError:
        pass
    try:
        _key, cert, _extra = pkcs12.load_key_and_certificates(
            data, password.encode() if password else None
        )
    except ValueError as exc:
        reason = (
            tr("the password is wrong or the file is damaged")
            if password
            else tr("the file needs its password (none is entered) or is damaged")
        )
        raise CertificateFileError(reason) from exc
    if cert is None:
        raise CertificateFileError(tr("the file holds no certificate"))
    return cert
