"""OCSP revocation: answers are trusted only when properly signed, and a responder that
cannot be reached is a note, never a red light."""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from invoice_tray.engine.model import CheckResult, CheckStatus
from invoice_tray.engine.revocation import RevocationSettings, check_revocation
from invoice_tray.simulator import pki

NOW = datetime.now(UTC)


class Responder:
    """A real OCSP responder over loopback HTTP, signing with whichever CA it is given."""

    def __init__(self, signer: pki.Authority, *, revoked: bool = False) -> None:
        self.signer = signer
        self.revoked = revoked
        self.requests = 0
        responder = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                responder.requests += 1
                body = self.rfile.read(int(self.headers["Content-Length"]))
                answer = pki.ocsp_answer(responder.signer, body, revoked=responder.revoked)
                self.send_response(200)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/ocsp"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def authority() -> pki.Authority:
    return pki.new_authority("revocation test CA")


@pytest.fixture
def responder(authority: pki.Authority) -> Iterator[Responder]:
    server = Responder(authority)
    yield server
    server.close()


def leaf_der(authority: pki.Authority, ocsp_url: str | None) -> bytes:
    leaf = pki.issue_leaf(authority, ("invoice.test",), not_before=NOW - timedelta(days=1),
                          not_after=NOW + timedelta(days=90), ocsp_url=ocsp_url)  # fmt: skip
    return x509.load_pem_x509_certificate(leaf.cert_pem).public_bytes(serialization.Encoding.DER)


def check(der: bytes, revocation_settings: RevocationSettings) -> CheckResult:
    return asyncio.run(check_revocation(der, revocation_settings, NOW))


def settings(tmp_path: Path, authority: pki.Authority) -> RevocationSettings:
    ca_file = tmp_path / "ca.pem"
    ca_file.write_bytes(authority.pem)
    return RevocationSettings(ca_file, ssl.create_default_context(), "none", (), None, tmp_path)


def test_good_and_cached(tmp_path: Path, authority: pki.Authority, responder: Responder) -> None:
    der = leaf_der(authority, responder.url)
    first = check(der, settings(tmp_path, authority))
    assert first.status is CheckStatus.OK, first.summary
    again = check(der, settings(tmp_path, authority))
    assert again.status is CheckStatus.OK and again.detail["cached"] is True
    assert responder.requests == 1


def test_revoked(tmp_path: Path, authority: pki.Authority, responder: Responder) -> None:
    responder.revoked = True
    result = check(leaf_der(authority, responder.url), settings(tmp_path, authority))
    assert [f.code for f in result.findings] == ["tls-revoked"]


def test_forged_answer_is_not_believed(tmp_path: Path, authority: pki.Authority) -> None:
    forger = Responder(pki.new_authority("someone else"), revoked=True)
    try:
        result = check(leaf_der(authority, forger.url), settings(tmp_path, authority))
    finally:
        forger.close()
    assert result.status is CheckStatus.WARN and result.findings == ()
    assert "signature is not valid" in str(result.summary)


def test_unreachable_responder_is_only_a_note(
    tmp_path: Path, authority: pki.Authority, responder: Responder
) -> None:
    url = responder.url
    responder.close()
    result = check(leaf_der(authority, url), settings(tmp_path, authority))
    assert result.status is CheckStatus.WARN and result.findings == ()
    assert "cannot be reached" in str(result.summary)


def test_unknown_issuer(tmp_path: Path, authority: pki.Authority, responder: Responder) -> None:
    other = pki.new_authority("unrelated")
    result = check(leaf_der(authority, responder.url), settings(tmp_path, other))
    assert result.status is CheckStatus.WARN
    assert "issuer's certificate is not available" in str(result.summary)


def test_no_responder_named(tmp_path: Path, authority: pki.Authority) -> None:
    result = check(leaf_der(authority, None), settings(tmp_path, authority))
    assert result.status is CheckStatus.SKIPPED


def test_a_good_answer_outlives_the_process_not_its_hour(
    tmp_path: Path, authority: pki.Authority, responder: Responder
) -> None:
    """`invoice-tray check` run every minute asks the responder at most once an hour."""
    from invoice_tray.engine import revocation

    der = leaf_der(authority, responder.url)
    assert check(der, settings(tmp_path, authority)).status is CheckStatus.OK
    revocation.clear_cache()  # as a new process would start
    again = check(der, settings(tmp_path, authority))
    assert again.status is CheckStatus.OK and again.detail["cached"] is True
    assert str(again.summary) == "not revoked (confirmed by 127.0.0.1)"
    assert responder.requests == 1
    revocation.clear_cache()
    later = asyncio.run(
        check_revocation(der, settings(tmp_path, authority), NOW + timedelta(hours=2))
    )
    assert "cached" not in later.detail  # asked again (and judged against that later time)
    assert responder.requests == 2
    # A revoked answer is never kept on disk.
    responder.revoked = True
    revoked = leaf_der(authority, responder.url)
    assert check(revoked, settings(tmp_path, authority)).findings
    revocation.clear_cache()
    assert check(revoked, settings(tmp_path, authority)).findings
