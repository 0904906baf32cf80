"""TLS contexts and what a failed verification means.

Trust comes from the OS store plus the configured extra CA file. On Windows and macOS the OS
store is reached through ``truststore``. On Linux and other Unix systems the OS store *is*
OpenSSL's, and truststore would reload the whole CA bundle on every handshake (about 35 ms
each), so a standard context loaded once is used instead.

Only to *describe* a certificate that failed verification (its dates, names, issuer) is one
fetched without verification; nothing received over such a connection is ever trusted or used.
"""

from __future__ import annotations

import asyncio
import os
import ssl
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import truststore

from invoice_tray.engine.certs import CertificateInfo, describe_der
from invoice_tray.engine.errors import exception_chain
from invoice_tray.engine.model import CauseCode
from invoice_tray.i18n import Text, tr

# OpenSSL X509_V_ERR_* codes
_EXPIRED = {10}  # CERT_HAS_EXPIRED
_NOT_YET_VALID = {9}  # CERT_NOT_YET_VALID
_HOSTNAME = {62}  # HOSTNAME_MISMATCH
_REVOKED = {23}  # CERT_REVOKED

_context_cache: dict[tuple[str, float], ssl.SSLContext] = {}

# Where distributions keep the CA bundle, for when OpenSSL's compiled-in default is missing
# (e.g. a frozen build on a distribution other than the one it was built on).
_CA_FILE_CANDIDATES = (
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/pki/tls/certs/ca-bundle.crt",
    "/etc/ssl/ca-bundle.pem",
    "/etc/pki/tls/cacert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/ssl/cert.pem",
)


def _system_context() -> ssl.SSLContext:
    if sys.platform in ("win32", "darwin"):
        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies certificates and host names
    paths = ssl.get_default_verify_paths()
    if paths.cafile and os.environ.get(paths.openssl_cafile_env):
        ctx.load_verify_locations(cafile=paths.cafile)  # a bundle chosen explicitly
    elif paths.capath and _has_hashed_certs(paths.capath):
        # The hashed directory is read lazily, one issuer at a time; the bundle file would
        # be parsed whole (about 40 ms) on every start.
        ctx.load_verify_locations(capath=paths.capath)
    elif paths.cafile:
        ctx.load_verify_locations(cafile=paths.cafile)
    else:
        for candidate in _CA_FILE_CANDIDATES:
            if Path(candidate).is_file():
                ctx.load_verify_locations(cafile=candidate)
                break
    return ctx


def trust_store_source() -> str | None:
    """Where this system's trusted roots come from, or None where none can be found."""
    if sys.platform == "win32":
        return "Windows certificate store"
    if sys.platform == "darwin":
        return "macOS keychain"
    paths = ssl.get_default_verify_paths()
    if paths.cafile and os.environ.get(paths.openssl_cafile_env):
        return paths.cafile
    if paths.capath and _has_hashed_certs(paths.capath):
        return paths.capath
    if paths.cafile:
        return paths.cafile
    return next((c for c in _CA_FILE_CANDIDATES if Path(c).is_file()), None)


def _has_hashed_certs(capath: str) -> bool:
    try:
        return any(p.name.endswith(".0") for p in Path(capath).iterdir())
    except OSError:
        return False


@dataclass(frozen=True)
class CaFileProblem:
    path: str
    reason: Text  # in plain words
    error: str  # the library's own words, for the diagnostics


def ca_file_reason(exc: BaseException) -> Text:
    """Why an extra CA file cannot be used, in plain words (the library's words say
    "[X509: NO_CERTIFICATE_OR_CRL_FOUND] … (_ssl.c:4154)")."""
    if isinstance(exc, FileNotFoundError):
        return tr("the file does not exist")
    if isinstance(exc, PermissionError):
        return tr("this user may not read the file")
    if isinstance(exc, OSError) and not isinstance(exc, ssl.SSLError):
        return tr("the file cannot be read")
    return tr("the file holds no usable root certificate (a .pem or .crt file is expected)")


def clear_context_cache() -> None:
    """Forget the trust stores read so far: the next check reads them afresh."""
    _context_cache.clear()


def verified_context(ca_file: Path | None) -> tuple[ssl.SSLContext, CaFileProblem | None]:
    """A verifying client context: OS trust store plus ``ca_file``.

    A missing or broken CA file is reported, and the OS store alone is used.
    """
    key = ("", 0.0)
    problem = None
    if ca_file is not None:
        try:
            key = (str(ca_file), ca_file.stat().st_mtime)
        except OSError as exc:
            problem = CaFileProblem(str(ca_file), ca_file_reason(exc), str(exc))
    cached = _context_cache.get(key)
    if cached is not None:
        return cached, problem
    ctx = _system_context()
    if key[0]:
        try:
            ctx.load_verify_locations(cafile=key[0])
        except (OSError, ssl.SSLError) as exc:
            problem = CaFileProblem(key[0], ca_file_reason(exc), str(exc))
            ctx = _system_context()
            key = ("", 0.0)
    _context_cache[key] = ctx
    return ctx, problem


def verification_error(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate verification error somewhere in an exception's chain, if any."""
    for link in exception_chain(exc):
        if isinstance(link, ssl.SSLCertVerificationError):
            return link
    return None


def tls_error(exc: BaseException) -> ssl.SSLError | None:
    for link in exception_chain(exc):
        if isinstance(link, ssl.SSLError):
            return link
    return None


def classify_verification(
    error: ssl.SSLCertVerificationError, cert: CertificateInfo | None, host: str, now: datetime
) -> CauseCode:
    """The cause code for a failed verification.

    The OpenSSL code is used where present; the OS verifiers behind truststore (Windows,
    macOS) give only text, so the certificate itself is looked at as well.
    """
    code = getattr(error, "verify_code", None)
    text = (getattr(error, "verify_message", None) or str(error)).lower()
    if code in _REVOKED or "revoked" in text:
        return CauseCode.TLS_REVOKED
    if cert is not None:
        if now > cert.not_after:
            return CauseCode.TLS_EXPIRED
        if now < cert.not_before:
            return CauseCode.TLS_NOT_YET_VALID
        if not cert.matches_host(host):
            return CauseCode.TLS_HOSTNAME_MISMATCH
    if code in _EXPIRED or "expired" in text:
        return CauseCode.TLS_EXPIRED
    if code in _NOT_YET_VALID or "not yet valid" in text:
        return CauseCode.TLS_NOT_YET_VALID
    if code in _HOSTNAME or "hostname" in text or "mismatch" in text:
        return CauseCode.TLS_HOSTNAME_MISMATCH
    return CauseCode.TLS_UNTRUSTED


def describing_context() -> ssl.SSLContext:
    """A context that accepts any certificate, used solely to read and describe one."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False  # describing a failed certificate, never trusting it
    ctx.verify_mode = ssl.CERT_NONE  # describing a failed certificate, never trusting it
    return ctx


async def fetch_certificate(
    address: str, port: int, server_name: str | None, timeout_s: float
) -> CertificateInfo | None:
    """The certificate a server presents, read without trusting it (None if unreachable)."""
    writer = None
    try:
        async with asyncio.timeout(timeout_s):
            _reader, writer = await asyncio.open_connection(
                address, port, ssl=describing_context(), server_hostname=server_name or ""
            )
            ssl_object = writer.get_extra_info("ssl_object")
            der = ssl_object.getpeercert(binary_form=True) if ssl_object else None
    except (OSError, TimeoutError, ssl.SSLError):
        return None
    finally:
        if writer is not None:
            writer.close()
            try:
                async with asyncio.timeout(1):
                    await writer.wait_closed()
            except (OSError, TimeoutError, ssl.SSLError):
                pass
    if not der:
        return None
    return describe_der(der)
