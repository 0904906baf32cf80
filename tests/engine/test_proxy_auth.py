"""The proxy's sign-in schemes, in the header forms proxies use."""

from __future__ import annotations

import pytest

from invoice_tray.engine.proxy_auth import challenge_schemes


@pytest.mark.parametrize(
    ("head", "schemes"),
    [
        (b'HTTP/1.1 407 x\r\nProxy-Authenticate: Basic realm="Squid"\r\n\r\n', ("Basic",)),
        (
            b"HTTP/1.1 407 x\r\nproxy-authenticate: Negotiate\r\nPROXY-AUTHENTICATE: NTLM\r\n\r\n",
            ("Negotiate", "NTLM"),
        ),
        (b"HTTP/1.1 407 x\r\nProxy-Authenticate: negotiate, ntlm\r\n\r\n", ("Negotiate", "NTLM")),
        (
            b'HTTP/1.1 407 x\r\nProxy-Authenticate: Digest realm="a, b", nonce="1", '
            b'qop="auth", Basic realm="c"\r\n\r\n',
            ("Digest", "Basic"),
        ),
        (
            b"HTTP/1.1 407 x\r\nProxy-Authenticate: Bearer\r\nWWW-Authenticate: Basic\r\n",
            ("Bearer",),
        ),
        (b"HTTP/1.1 407 x\r\nProxy-Authenticate: X<script>\r\n\r\n", ("Xscript",)),
        (b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n", ()),
    ],
)
def test_challenge_forms(head: bytes, schemes: tuple[str, ...]) -> None:
    assert challenge_schemes(head) == schemes
