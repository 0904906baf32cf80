"""The tunnel through a company proxy: its CONNECT rounds; a proxy that answers slowly, with
too much, or not at all; and signing in with the Windows account through real Squids, NTLM
(``ntlm_fake_auth``) and Kerberos (``negotiate_kerberos_auth`` with a realm on loopback)."""

from __future__ import annotations

import asyncio
import base64
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpcore
import httpx
import pytest

from invoice_tray.engine.proxy import ProxyChoice, ProxySource
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.engine.tunnel import (
    MAX_HEAD_BYTES,
    Incoming,
    Opening,
    Reply,
    SignIn,
    TunnelProxy,
    TunnelRefused,
    async_route,
    sync_route,
)
from invoice_tray.simulator.server import Simulator
from tests.conftest import KerberosRealm, free_port, needs_kerberos, needs_squid, settings_for


def test_a_tunnel_opens_at_once_when_no_sign_in_is_asked() -> None:
    opening = Opening("h.cn", 443, "proxy")
    assert opening.request() == b"CONNECT h.cn:443 HTTP/1.1\r\nHost: h.cn:443\r\n\r\n"
    assert opening.answer(Reply.parse(b"HTTP/1.1 200 Connection established"))


def test_the_user_name_and_password_of_the_address_go_as_basic() -> None:
    opening = TunnelProxy("http://%E5%BC%A0:p%40ss@proxy:3128").opening("h.cn", 443)
    sent = base64.b64encode("张:p@ss".encode()).decode()
    assert f"Proxy-Authorization: Basic {sent}\r\n".encode() in opening.request()


@pytest.mark.parametrize(
    ("head", "status", "schemes"),
    [
        (b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0", 403, ()),
        (
            b'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="x"',
            407,
            ("Basic",),
        ),
        (b"HTTP/1.0 401 Unauthorized\r\nProxy-Authenticate: Digest nonce=1", 401, ("Digest",)),
    ],
)
def test_refusals_keep_the_status_and_the_offered_sign_in(
    head: bytes, status: int, schemes: tuple[str, ...]
) -> None:
    opening = Opening("h.cn", 443, "proxy")
    opening.request()
    with pytest.raises(TunnelRefused) as refused:
        opening.answer(Reply.parse(head))
    assert refused.value.status == status
    assert str(refused.value).startswith(f"{status} ")  # as httpx's own ProxyError says
    assert refused.value.schemes == schemes
    assert refused.value.sign_in is None


@pytest.mark.parametrize("host", ["h.cn\r\nX-Evil: 1", "a b", "user@h.cn"])
def test_nothing_but_a_server_address_goes_to_the_proxy(host: str) -> None:
    with pytest.raises(httpcore.ProxyError, match="not a server address"):
        Opening(host, 443, "proxy").request()


def test_a_proxy_that_does_not_speak_http_is_an_error() -> None:
    with pytest.raises(httpcore.ProxyError):
        Reply.parse(b"SSH-2.0-OpenSSH_9.2")


@pytest.mark.parametrize(
    ("chunks", "reusable"),
    [
        # A refusal's page read whole, across reads: the next round goes on this connection.
        ([b"HTTP/1.1 407 x\r\nContent-Length: 6\r\n\r\nab", b"cd", b"ef"], True),
        ([b"HTTP/1.1 407 x\r\nContent-Length: 0\r\n\r\n"], True),
        # Not: a page of no stated length, a closing proxy, one that closes mid-page.
        ([b"HTTP/1.1 407 x\r\nTransfer-Encoding: chunked\r\n\r\n"], False),
        ([b"HTTP/1.1 407 x\r\nConnection: close\r\nContent-Length: 2\r\n\r\n"], False),
        ([b"HTTP/1.0 407 x\r\nContent-Length: 2\r\n\r\n"], False),
        ([b"HTTP/1.1 407 x\r\nContent-Length: 9\r\n\r\nab", b""], False),
        ([b"HTTP/1.1 407 x\r\nContent-Length: 999999999\r\n\r\n"], False),
    ],
)
def test_a_refusals_page_is_read_only_when_the_connection_can_carry_on(
    chunks: list[bytes], reusable: bool
) -> None:
    incoming = Incoming()
    done = [incoming.feed(chunk) for chunk in chunks]
    assert done[-1] and not any(done[:-1])
    assert incoming.answered().status == 407
    assert incoming.reusable is reusable


def test_nothing_is_read_past_an_opened_tunnels_head() -> None:
    incoming = Incoming()
    assert not incoming.feed(b"HTTP/1.1 200 Connection established\r\n")
    assert incoming.feed(b"\r\n")
    assert incoming.answered().status == 200


def test_windows_sign_in_with_no_account_on_this_computer() -> None:
    """No Kerberos ticket, no NTLM account: not a crash, a refusal saying so."""
    opening = Opening("h.cn", 443, "proxy")
    opening.request()
    with pytest.raises(TunnelRefused) as refused:
        opening.answer(Reply.parse(b"HTTP/1.1 407 x\r\nProxy-Authenticate: Negotiate"))
    assert refused.value.sign_in is SignIn.NO_ACCOUNT
    assert refused.value.schemes == ("Negotiate",)
    assert refused.value.detail


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
                    stop.wait(1)  # longer than the client waits

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", replies
    stop.set()
    thread.join(5)
    listener.close()


def through(url: str) -> ProxyChoice:
    return ProxyChoice(url, ProxySource.CONFIG)


def fetch_sync(proxy: str, timeout: float) -> None:
    route = sync_route(through(proxy), "https://h.cn/", ssl.create_default_context())
    assert route.proxy is not None
    with httpx.Client(transport=route.transport, timeout=timeout) as client:
        client.get("https://h.cn/")


def fetch_async(proxy: str, timeout: float) -> None:
    async def fetch() -> None:
        context = ssl.create_default_context()
        route = async_route(through(proxy), "https://h.cn/", context)
        assert route.proxy is not None
        async with httpx.AsyncClient(transport=route.transport, timeout=timeout) as client:
            await client.get("https://h.cn/")

    asyncio.run(fetch())


@pytest.mark.parametrize("fetch", [fetch_sync, fetch_async])
def test_silence_floods_and_hang_ups_are_errors_in_time(
    loopback_proxy: tuple[str, list[bytes]], fetch: Callable[[str, float], None]
) -> None:
    url, replies = loopback_proxy
    replies += [
        b"",
        b"HTTP/1.1 407 x\r\n" + b"X: " + b"a" * MAX_HEAD_BYTES * 2,
        b"HTTP/1.1 407 x\r\n",  # then the connection closes
    ]
    with pytest.raises(httpx.ConnectTimeout):
        fetch(url, 0.5)
    with pytest.raises(httpx.ProxyError, match="too long"):
        fetch(url, 2)
    with pytest.raises(httpx.ProxyError, match="without answering"):
        fetch(url, 2)


@pytest.mark.parametrize("fetch", [fetch_sync, fetch_async])
def test_a_refusal_reaches_the_client_as_a_proxy_error(
    loopback_proxy: tuple[str, list[bytes]], fetch: Callable[[str, float], None]
) -> None:
    url, replies = loopback_proxy
    replies.append(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
    with pytest.raises(httpx.ProxyError, match=r"^403 Forbidden$") as error:
        fetch(url, 2)
    refused = error.value.__cause__
    assert isinstance(refused, TunnelRefused) and refused.status == 403


def test_a_proxy_offering_a_password_too_is_told_as_asking_for_one(
    simulator: Simulator, loopback_proxy: tuple[str, list[bytes]]
) -> None:
    """Windows sign-in first; where there is no account to use and the proxy also takes a
    user name and password, those are what the user is told to enter."""
    url, replies = loopback_proxy
    replies.append(
        b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Negotiate\r\n"
        b'Proxy-Authenticate: Basic realm="corp"\r\nContent-Length: 0\r\n\r\n'
    )
    report = run_check_sync(settings_for(simulator, proxy_setting=url))
    cause = report.verdict.cause
    assert cause is not None and cause.code == "proxy-auth-required", report.to_json()
    assert str(cause.summary) == (
        f"the proxy {url} asks for a user name and password (HTTP 407, Negotiate, Basic)"
    )
    check = next(c for c in report.checks if c.id == "proxy")
    assert check.detail["sign_in"] == "no-account"


def ntlm_account(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The account NTLM signs in with where there is no Windows: SSPI's part on Windows."""
    accounts = tmp_path / "ntlm-accounts"
    accounts.write_text("CORP:accountant:pw-of-the-domain\n", encoding="utf-8")
    monkeypatch.setenv("NTLM_USER_FILE", str(accounts))


@needs_squid
@pytest.mark.proxy
def test_ntlm_sign_in_through_a_real_squid(
    simulator: Simulator,
    squid: Callable[..., str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """NTLM's three messages on one connection (negotiate, challenge, authenticate), before
    TLS: green, and the proxy check says it signed in."""
    ntlm_account(tmp_path, monkeypatch)
    proxy = squid("", "", scheme="ntlm")
    report = run_check_sync(settings_for(simulator, proxy_setting=proxy))
    assert report.verdict.light.label == "green", report.to_json()
    check = next(c for c in report.checks if c.id == "proxy")
    assert check.detail["sign_in"] == "signed-in"
    assert check.detail["schemes"] == ["NTLM"]
    assert "signed in with your Windows account (NTLM)" in str(check.summary)
    revocation = next(c for c in report.checks if c.id == "revocation")
    assert revocation.status == "ok", revocation.summary


@needs_kerberos
@needs_squid
@pytest.mark.proxy
def test_kerberos_sign_in_with_the_ticket_of_the_domain_account(
    simulator: Simulator,
    squid: Callable[..., str],
    kerberos_realm: KerberosRealm,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The user signed in to the domain (a ticket, no password anywhere in the program):
    Negotiate with Kerberos through Squid's ``negotiate_kerberos_auth``."""
    monkeypatch.setenv("KRB5_CONFIG", str(kerberos_realm.config))
    monkeypatch.setenv("KRB5CCNAME", kerberos_realm.sign_in(tmp_path / "ticket"))
    proxy = squid("", "", scheme="negotiate", realm=kerberos_realm)
    assert proxy.startswith("http://localhost:")
    report = run_check_sync(settings_for(simulator, proxy_setting=proxy))
    assert report.verdict.light.label == "green", report.to_json()
    check = next(c for c in report.checks if c.id == "proxy")
    assert check.detail["sign_in"] == "signed-in"
    assert check.detail["schemes"] == ["Negotiate"]
    assert "以 Windows 账户登录（Negotiate）" in check.summary.render("zh_CN")


@needs_kerberos
@needs_squid
@pytest.mark.proxy
def test_kerberos_without_a_ticket_and_with_one_the_proxy_cannot_read(
    simulator: Simulator,
    squid: Callable[..., str],
    kerberos_realm: KerberosRealm,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not signed in to the domain: no account to use. Signed in, but the proxy's key is
    an old one: refused. Both are the proxy asking who the user is, never an exemption."""
    monkeypatch.setenv("KRB5_CONFIG", str(kerberos_realm.config))
    proxy = squid("", "", scheme="negotiate", realm=kerberos_realm)
    report = run_check_sync(settings_for(simulator, proxy_setting=proxy))
    cause = report.verdict.cause
    assert cause is not None and cause.code == "proxy-auth-required", report.to_json()
    assert report.verdict.fix is None
    check = next(c for c in report.checks if c.id == "proxy")
    assert check.detail["sign_in"] == "no-account"
    assert "no company account signed in" in str(cause.summary)

    monkeypatch.setenv("KRB5CCNAME", kerberos_realm.sign_in(tmp_path / "ticket"))
    stale = squid("", "", scheme="negotiate", realm=kerberos_realm.with_stale_key())
    report = run_check_sync(settings_for(simulator, proxy_setting=stale))
    cause = report.verdict.cause
    assert cause is not None and cause.code == "proxy-auth-required", report.to_json()
    check = next(c for c in report.checks if c.id == "proxy")
    assert check.detail["sign_in"] == "refused"
    assert "did not accept the sign-in with your Windows account" in str(cause.summary)
