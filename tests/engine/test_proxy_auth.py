"""The proxy's sign-in schemes, read from a CONNECT of our own: the header forms proxies use,
and a loopback proxy that answers slowly, with too much, or not at all."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator

import pytest

from invoice_tray.engine.proxy_auth import MAX_HEAD_BYTES, challenge_schemes, offered_schemes
from tests.conftest import free_port


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


@pytest.fixture
def loopback_proxy() -> Iterator[tuple[str, list[bytes]]]:
    """A listening socket that answers each connection with the next prepared reply (b"" is
    silence); returns its URL and the list to fill."""
    replies: list[bytes] = []
    listener = socket.create_server(("127.0.0.1", free_port()))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(4096)
                reply = replies.pop(0) if replies else b""
                if reply:
                    conn.sendall(reply)
                else:
                    stop.wait(3)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", replies
    stop.set()
    thread.join(5)
    listener.close()


def test_a_proxy_is_asked_without_credentials(loopback_proxy: tuple[str, list[bytes]]) -> None:
    url, replies = loopback_proxy
    replies.append(b"HTTP/1.1 407 Auth\r\nProxy-Authenticate: NTLM\r\n\r\n")
    found = asyncio.run(offered_schemes(url.replace("http://", "http://clerk:pw@"), "h.cn", 443, 2))
    assert found == ("NTLM",)


def test_silence_and_floods_give_nothing_within_the_time(
    loopback_proxy: tuple[str, list[bytes]],
) -> None:
    url, replies = loopback_proxy
    replies += [b"", b"HTTP/1.1 407 x\r\n" + b"X: " + b"a" * MAX_HEAD_BYTES * 2]
    assert asyncio.run(offered_schemes(url, "h.cn", 443, 0.5)) == ()
    assert asyncio.run(offered_schemes(url, "h.cn", 443, 2)) == ()


@pytest.mark.parametrize(
    ("proxy", "host"),
    [
        ("https://127.0.0.1:1", "h.cn"),  # a TLS proxy is not asked
        ("http://127.0.0.1:1", "h.cn\r\nX-Evil: 1"),  # nothing but a host name goes out
        ("http://127.0.0.1:1", "h.cn"),  # nobody listening
    ],
)
def test_what_is_not_asked(proxy: str, host: str) -> None:
    assert asyncio.run(offered_schemes(proxy, host, 443, 1)) == ()
