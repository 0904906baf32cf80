"""Has the server certificate been revoked? Asked of the OCSP responder it names.

Python 3.11 cannot hand over the verified chain, so the issuer is found in the extra CA file,
the trust store, or at the certificate's "CA Issuers" address, and accepted only if its key
really signed the certificate. The responder's answer is accepted only if signed by that issuer
or by a responder certificate the issuer delegated OCSP signing to, for this serial number,
and current. An unreachable responder is a note, never a red light: the certificate was
already verified, and revocation is a second opinion.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import hashlib
import json
import logging
import os
import ssl
import time
import warnings
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from invoice_tray.engine.model import CauseCode, CheckId, CheckResult, CheckStatus, Finding, Layer
from invoice_tray.engine.proxy import choose_proxy, script_in_use
from invoice_tray.engine.tunnel import async_route
from invoice_tray.i18n import Text, tr

if TYPE_CHECKING:
    from cryptography import x509

MAX_OCSP_BYTES = 64 * 1024
MAX_ISSUER_BYTES = 64 * 1024
CLOCK_TOLERANCE = timedelta(minutes=5)
# Answers are reused until their nextUpdate (at most this long), not fetched on every poll.
CACHE_AT_MOST = timedelta(hours=1)

# By the certificate's SHA-256: a cache hit needs no parsing (nor cryptography's import).
_cache: dict[str, tuple[datetime, CheckResult]] = {}
# "Not revoked" answers also outlive the process, so `invoice-tray check` run every minute
# by a monitoring system asks the responder at most as often as the tray does.
KNOWN_GOOD_FILE = "ocsp-good.json"

log = logging.getLogger(__name__)


class RevocationUnknown(Exception):
    def __init__(self, reason: Text) -> None:
        super().__init__(reason.msgid)
        self.reason = reason


@dataclass(frozen=True)
class RevocationSettings:
    ca_file: Path | None
    ssl_context: ssl.SSLContext
    proxy_setting: str
    proxy_bypass: tuple[str, ...]
    proxy_password: str | None = field(default=None, repr=False)
    state_dir: Path | None = None  # where "not revoked" answers are kept between runs
    proxy_user: str = ""


def _result(status: CheckStatus, summary: Text, ms: float, detail: dict[str, Any],
            *findings: Finding) -> CheckResult:  # fmt: skip
    return CheckResult(CheckId.REVOCATION, Layer.PROTOCOL, status, summary, ms, detail, findings)


class Revocation(enum.StrEnum):
    """What the OCSP responder says of the certificate (``detail.status``)."""

    GOOD = "good"
    REVOKED = "revoked"
    UNKNOWN = "unknown"


def not_checked(reason: Text) -> CheckResult:
    return _result(CheckStatus.SKIPPED, reason, 0.0, {})


async def check_revocation(der: bytes, settings: RevocationSettings, now: datetime) -> CheckResult:
    key = hashlib.sha256(der).hexdigest()
    cached = _cache.get(key)
    if cached is not None and cached[0] > now:
        earlier = cached[1]
        return replace(earlier, duration_ms=0.0, detail={**earlier.detail, "cached": True})
    known = _known_good(settings.state_dir, key, now)
    if known is not None:
        return known
    from cryptography import x509

    began = time.monotonic()
    leaf = x509.load_der_x509_certificate(der)
    urls = _ocsp_urls(leaf)
    if not urls:
        return not_checked(tr("the certificate names no revocation (OCSP) service"))
    detail: dict[str, Any] = {"responder": urls[0]}
    try:
        issuer = await _find_issuer(leaf, settings)
        status, revoked_at, next_update = await _ask(leaf, issuer, urls[0], settings, now)
    except RevocationUnknown as exc:
        summary = tr("revocation could not be checked: {reason}", reason=exc.reason)
        return _result(CheckStatus.WARN, summary, _ms(began), detail)
    detail["status"] = status
    if status is Revocation.REVOKED:
        when = revoked_at.date().isoformat() if revoked_at else "?"
        summary = tr("the server certificate was revoked on {date}", date=when)
        result = _result(CheckStatus.FAIL, summary, _ms(began), detail,
                         Finding(CauseCode.TLS_REVOKED, summary))  # fmt: skip
    elif status is Revocation.GOOD:
        host = httpx.URL(urls[0]).host
        result = _good(host, _ms(began), detail)
    else:
        result = _result(CheckStatus.WARN, tr("the revocation service does not know this "
                                              "certificate"), _ms(began), detail)  # fmt: skip
    until = min(next_update or now, now + CACHE_AT_MOST)
    _cache[key] = (until, result)
    if status is Revocation.GOOD and until > now:
        _remember_good(settings.state_dir, key, until, httpx.URL(urls[0]).host, urls[0], now)
    return result


def _good(host: str, ms: float, detail: dict[str, Any]) -> CheckResult:
    return _result(CheckStatus.OK, tr("not revoked (confirmed by {host})", host=host), ms, detail)


def _read_known_good(state_dir: Path | None) -> dict[str, Any]:
    if state_dir is None:
        return {}
    try:
        data = json.loads((state_dir / KNOWN_GOOD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _known_good(state_dir: Path | None, key: str, now: datetime) -> CheckResult | None:
    """A "not revoked" answer an earlier run kept, while it holds."""
    entry = _read_known_good(state_dir).get(key)
    if not isinstance(entry, dict):
        return None
    try:
        until = datetime.fromisoformat(entry["until"])
        host, responder = str(entry["host"]), str(entry["responder"])
    except (TypeError, KeyError, ValueError):
        return None
    if not now < until <= now + CACHE_AT_MOST:  # expired, or from a clock that was wrong
        return None
    detail = {"responder": responder, "status": Revocation.GOOD.value, "cached": True}
    result = _good(host, 0.0, detail)
    _cache[key] = (until, result)
    return result


def _remember_good(
    state_dir: Path | None, key: str, until: datetime, host: str, responder: str, now: datetime
) -> None:
    if state_dir is None:
        return
    known = {
        k: v
        for k, v in _read_known_good(state_dir).items()
        if isinstance(v, dict) and str(v.get("until", "")) > now.isoformat()
    }
    known[key] = {"until": until.isoformat(), "host": host, "responder": responder}
    path = state_dir / KNOWN_GOOD_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.part")
        partial.write_text(json.dumps(known), encoding="utf-8")
        partial.replace(path)
    except OSError as exc:  # a cache that cannot be written costs a request next time
        log.debug("OCSP answer not kept: %s", exc)


def _ms(began: float) -> float:
    return (time.monotonic() - began) * 1000


def _ocsp_urls(cert: x509.Certificate) -> list[str]:
    from cryptography.x509.oid import AuthorityInformationAccessOID

    return _aia_urls(cert, AuthorityInformationAccessOID.OCSP)


def _ca_issuer_urls(cert: x509.Certificate) -> list[str]:
    from cryptography.x509.oid import AuthorityInformationAccessOID

    return _aia_urls(cert, AuthorityInformationAccessOID.CA_ISSUERS)


def _aia_urls(cert: x509.Certificate, method: x509.ObjectIdentifier) -> list[str]:
    """The http(s) addresses of one kind in the Authority Information Access extension."""
    from cryptography import x509

    try:
        aia = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
    except x509.ExtensionNotFound:
        return []
    return [
        d.access_location.value
        for d in aia
        if d.access_method == method
        and isinstance(d.access_location, x509.UniformResourceIdentifier)
        and d.access_location.value.lower().startswith(("http://", "https://"))
    ]


def _signed_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        cert.verify_directly_issued_by(issuer)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


async def _find_issuer(leaf: x509.Certificate, settings: RevocationSettings) -> x509.Certificate:
    from cryptography import x509

    candidates: list[x509.Certificate] = []
    if settings.ca_file is not None:
        with contextlib.suppress(OSError, ValueError):
            candidates += x509.load_pem_x509_certificates(settings.ca_file.read_bytes())
    # A CA's DER holds its subject name verbatim: parse only the store entries that can match.
    issuer_name = leaf.issuer.public_bytes()
    for der in settings.ssl_context.get_ca_certs(binary_form=True):
        if issuer_name in der:
            with warnings.catch_warnings(), contextlib.suppress(ValueError):
                warnings.simplefilter("ignore")  # odd legacy roots in some system stores
                candidates.append(x509.load_der_x509_certificate(der))
    for candidate in candidates:
        if candidate.subject == leaf.issuer and _signed_by(leaf, candidate):
            return candidate
    for url in _ca_issuer_urls(leaf):
        body = await _fetch(url, None, settings, MAX_ISSUER_BYTES)
        try:
            issuer = (
                x509.load_pem_x509_certificates(body)[0]
                if b"-----BEGIN" in body
                else x509.load_der_x509_certificate(body)
            )
        except ValueError:
            continue
        if _signed_by(leaf, issuer):
            return issuer
    raise RevocationUnknown(tr("the issuer's certificate is not available"))


async def _fetch(
    url: str, body: bytes | None, settings: RevocationSettings, max_bytes: int
) -> bytes:
    ask = partial(
        choose_proxy,
        settings.proxy_setting,
        settings.proxy_bypass,
        url,
        settings.proxy_password,
        settings.state_dir,
        user=settings.proxy_user,
    )
    # A script may look names up: asked off the event loop.
    scripted = script_in_use(settings.proxy_setting, ask_system=False) is not None
    proxy = await asyncio.to_thread(ask) if scripted else ask()
    headers = {"Accept-Encoding": "identity"}
    if body is not None:
        headers["Content-Type"] = "application/ocsp-request"
    try:
        route = async_route(proxy, url, settings.ssl_context)
        async with httpx.AsyncClient(
            transport=route.transport, auth=route.auth, trust_env=False, timeout=5.0
        ) as client:
            request = client.build_request(
                "POST" if body is not None else "GET", url, content=body, headers=headers
            )
            response = await client.send(request, stream=True)
            try:
                data = b""
                async for chunk in response.aiter_raw():
                    data += chunk
                    if len(data) > max_bytes:
                        raise RevocationUnknown(tr("the answer is too large"))
            finally:
                await response.aclose()
    except httpx.HTTPError as exc:
        reason = (str(exc) or type(exc).__name__)[:200]
        log.info("revocation service %s: %s", httpx.URL(url).host, reason)
        raise RevocationUnknown(tr("{host} cannot be reached", host=httpx.URL(url).host)) from exc
    if response.status_code != 200:
        raise RevocationUnknown(tr("{host} answered HTTP {status}", host=httpx.URL(url).host,
                                   status=response.status_code))  # fmt: skip
    return data


async def _ask(
    leaf: x509.Certificate,
    issuer: x509.Certificate,
    url: str,
    settings: RevocationSettings,
    now: datetime,
) -> tuple[Revocation, datetime | None, datetime | None]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.x509 import ocsp

    # SHA-1 here only names the issuer inside the request, as OCSP responders expect.
    request = ocsp.OCSPRequestBuilder().add_certificate(leaf, issuer, hashes.SHA1()).build()  # noqa: S303

    raw = await _fetch(url, request.public_bytes(Encoding.DER), settings, MAX_OCSP_BYTES)
    try:
        response = ocsp.load_der_ocsp_response(raw)
    except ValueError as exc:
        raise RevocationUnknown(tr("the answer is not an OCSP response")) from exc
    if response.response_status != ocsp.OCSPResponseStatus.SUCCESSFUL:
        raise RevocationUnknown(tr("the service answered {status}",
                                   status=response.response_status.name.lower()))  # fmt: skip
    _verify_response(response, issuer)
    if response.serial_number != leaf.serial_number:
        raise RevocationUnknown(tr("the answer is about another certificate"))
    this_update = response.this_update_utc
    next_update = response.next_update_utc
    if this_update > now + CLOCK_TOLERANCE or (
        next_update is not None and next_update < now - CLOCK_TOLERANCE
    ):
        raise RevocationUnknown(tr("the answer is out of date"))
    status = response.certificate_status
    if status == ocsp.OCSPCertStatus.REVOKED:
        return Revocation.REVOKED, response.revocation_time_utc, next_update
    if status == ocsp.OCSPCertStatus.GOOD:
        return Revocation.GOOD, None, next_update
    return Revocation.UNKNOWN, None, next_update


def _verify_response(response: Any, issuer: x509.Certificate) -> None:
    """The answer must be signed by the issuer, or by a certificate the issuer delegated OCSP
    signing to."""
    from cryptography import x509
    from cryptography.x509.oid import ExtendedKeyUsageOID

    signers = [issuer]
    for cert in response.certificates:
        try:
            usage = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        except x509.ExtensionNotFound:
            continue
        if ExtendedKeyUsageOID.OCSP_SIGNING in usage and _signed_by(cert, issuer):
            signers.append(cert)
    for signer in signers:
        if _signature_valid(signer, response):
            return
    raise RevocationUnknown(tr("the answer's signature is not valid"))


def _signature_valid(signer: x509.Certificate, response: Any) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    key = signer.public_key()
    algorithm = response.signature_hash_algorithm
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(response.signature, response.tbs_response_bytes, padding.PKCS1v15(),
                       algorithm)  # fmt: skip
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(response.signature, response.tbs_response_bytes, ec.ECDSA(algorithm))
        else:
            return False
    except InvalidSignature:
        return False
    return True


def clear_cache() -> None:
    _cache.clear()
