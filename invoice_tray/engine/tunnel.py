"""The tunnel through a company proxy, signing in with the Windows account when it asks.

httpx opens a tunnel with one CONNECT and gives up at a 407. A proxy that signs Windows users
in (Negotiate, NTLM) needs a handshake of one or more rounds on the same connection before
TLS starts inside the tunnel. So the tunnel is opened here, by a network backend under
httpcore: the client is built without a proxy and asks this backend for a connection to the
server; the backend connects to the proxy, opens the tunnel (signing in when asked) and hands
it over. TLS, HTTP/1.1, keep-alive and the phase tracing stay httpx's own.

The rounds are decided by :class:`Opening`, which does no I/O; the two backends (for async
and sync clients) only move its bytes. A refusal is raised as :class:`TunnelRefused`, an
httpcore ``ProxyError`` whose text starts with the status, as httpx's own.
"""

from __future__ import annotations

import base64
import enum
import ssl
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import unquote, urlsplit

import httpcore
import httpx

from invoice_tray.engine import windows_sign_in
from invoice_tray.engine.errors import exception_chain
from invoice_tray.engine.proxy import ProxyChoice
from invoice_tray.engine.proxy_auth import WINDOWS_SIGN_IN, AuthScheme, challenge_schemes

MAX_HEAD_BYTES = 16 * 1024
MAX_BODY_BYTES = 256 * 1024  # a refusal's page, read to keep the connection for the next round
MAX_ROUNDS = 4  # NTLM needs two requests after the first; Kerberos one
DEFAULT_LIMITS = httpx.Limits()
T = TypeVar("T")


class SignIn(enum.StrEnum):
    """How signing in with the Windows account went (the proxy check's ``detail.sign_in``)."""

    SIGNED_IN = "signed-in"
    NO_ACCOUNT = "no-account"  # nothing to sign in with on this computer
    REFUSED = "refused"  # the proxy did not accept it


class TunnelRefused(httpcore.ProxyError):
    """The proxy did not open the tunnel: its status, the sign-in it offered, and how
    signing in with the Windows account went, if it was tried."""

    def __init__(
        self,
        status: int,
        reason: str,
        schemes: tuple[str, ...] = (),
        sign_in: SignIn | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(f"{status} {reason}".strip())
        self.status = status
        self.schemes = schemes
        self.sign_in = sign_in
        self.detail = detail


@dataclass(frozen=True)
class Reply:
    status: int
    reason: str
    head: bytes
    content_length: int | None
    keeps_open: bool

    @classmethod
    def parse(cls, head: bytes) -> Reply:
        lines = head.split(b"\r\n")
        parts = lines[0].decode("latin-1").split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not parts[1].isdigit():
            raise httpcore.ProxyError("the proxy did not answer in HTTP")
        length: int | None = None
        keeps_open = parts[0] == "HTTP/1.1"
        for raw in lines[1:]:
            name, _, value = raw.decode("latin-1").partition(":")
            name, value = name.strip().lower(), value.strip()
            if name in ("connection", "proxy-connection"):
                keeps_open = value.lower() != "close" and (
                    keeps_open or value.lower() == "keep-alive"
                )
            elif name == "content-length" and value.isdigit():
                length = int(value)
            elif name == "transfer-encoding":
                keeps_open = False  # a chunked page is not read: the next round reconnects
        return cls(int(parts[1]), parts[2] if len(parts) > 2 else "", head, length, keeps_open)

    @classmethod
    def of(cls, response: httpx.Response) -> Reply:
        """A forwarded request's answer, read as a CONNECT's."""
        lines = [f"HTTP/1.1 {response.status_code} {response.reason_phrase}".encode("latin-1")]
        lines += [name + b": " + value for name, value in response.headers.raw]
        return cls.parse(b"\r\n".join(lines))

    def token(self, scheme: AuthScheme) -> bytes | None:
        """The proxy's token in its ``Proxy-Authenticate: <scheme> <token>``, or None."""
        for raw in self.head.split(b"\r\n")[1:]:
            name, _, value = raw.decode("latin-1").partition(":")
            if name.strip().lower() != "proxy-authenticate":
                continue
            words = value.strip().split()
            if len(words) == 2 and words[0].lower() == scheme.value.lower():
                try:
                    return base64.b64decode(words[1], validate=True)
                except ValueError:
                    return None
        return None


@dataclass
class Opening:
    """The CONNECT rounds for one tunnel to ``host:port``."""

    host: str
    port: int
    proxy_host: str
    basic: str | None = None  # "Basic ..." from the proxy address's user name and password
    rounds: int = 0
    scheme: AuthScheme | None = None  # the Windows sign-in under way
    _context: windows_sign_in.Context | None = field(default=None, repr=False)
    _next_token: str | None = field(default=None, repr=False)

    def authorization(self) -> str | None:
        """The ``Proxy-Authorization`` of the next round, which this counts."""
        self.rounds += 1
        if self._next_token is not None and self.scheme is not None:
            return f"{self.scheme.value} {self._next_token}"
        return self.basic

    def request(self) -> bytes:
        if any(c in self.host for c in "\r\n /@") or not 0 < self.port < 65536:
            raise httpcore.ProxyError("not a server address")  # nothing else goes to the proxy
        authority = f"[{self.host}]" if ":" in self.host else self.host
        lines = [f"CONNECT {authority}:{self.port} HTTP/1.1", f"Host: {authority}:{self.port}"]
        if (authorization := self.authorization()) is not None:
            lines.append(f"Proxy-Authorization: {authorization}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")

    def answer(self, reply: Reply) -> bool:
        """True: the tunnel is open. False: send :meth:`request` again. Raises
        :class:`TunnelRefused` when it will not open."""
        if 200 <= reply.status < 300:
            return True
        schemes = challenge_schemes(reply.head)
        if reply.status not in (401, 407):
            raise TunnelRefused(reply.status, reply.reason, schemes)
        if self.scheme is None:
            offered = [AuthScheme(s) for s in schemes if s in WINDOWS_SIGN_IN]
            if not offered:
                raise TunnelRefused(reply.status, reply.reason, schemes)
            # Negotiate (Kerberos, NTLM inside) where offered, as browsers prefer it.
            self.scheme = max(offered, key=lambda s: s is AuthScheme.NEGOTIATE)
            try:
                self._context = windows_sign_in.start(self.proxy_host, self.scheme)
                self._next_token = self._context.step(None)
            except windows_sign_in.Unavailable as exc:
                raise TunnelRefused(
                    reply.status, reply.reason, schemes, SignIn.NO_ACCOUNT, exc.detail
                ) from exc
            return False
        challenge = reply.token(self.scheme)
        if challenge is None or self._context is None or self.rounds >= MAX_ROUNDS:
            raise TunnelRefused(reply.status, reply.reason, schemes, SignIn.REFUSED)
        try:
            self._next_token = self._context.step(challenge)
        except windows_sign_in.Unavailable as exc:
            raise TunnelRefused(
                reply.status, reply.reason, schemes, SignIn.REFUSED, exc.detail
            ) from exc
        return False


class ForwardSignIn(httpx.Auth):
    """The same sign-in for plain-HTTP requests, which the proxy forwards instead of
    tunnelling (certificate revocation services are plain HTTP) and answers 407 itself. A
    refusal ends the rounds and the 407 is the answer."""

    # Only the headers are looked at; httpx reads a 407's page before the next round, so the
    # round goes on the same connection, and leaves the final answer to be streamed.
    requires_response_body = False

    def __init__(self, proxy: TunnelProxy) -> None:
        self.proxy = proxy

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        opening = Opening(request.url.host, request.url.port or 80, self.proxy.name)
        opening.authorization()  # the first round goes without (httpx adds any Basic itself)
        response = yield request
        while True:
            try:
                if opening.answer(Reply.of(response)):
                    self.proxy.opened(opening)
                    return
            except TunnelRefused:
                return
            request.headers["Proxy-Authorization"] = opening.authorization() or ""
            response = yield request


def refusal(exc: BaseException) -> TunnelRefused | None:
    """The tunnel's refusal behind an error a client raised (httpx wraps it), or None."""
    return next((e for e in exception_chain(exc) if isinstance(e, TunnelRefused)), None)


def windows_sign_in_failed(exc: BaseException) -> bool:
    """The proxy signs Windows users in, and this computer's sign-in was not taken (or there
    was none to give): a user name and password in Settings would not help."""
    refused = refusal(exc)
    return refused is not None and refused.sign_in is not None


def _basic(proxy_url: str) -> str | None:
    parts = urlsplit(proxy_url)
    if parts.username is None:
        return None
    pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
    return "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")


class Incoming:
    """What the proxy sends back for one CONNECT, fed as read: the reply's head and, after a
    refusal, its page, so the next round can go on the same connection."""

    def __init__(self) -> None:
        self._buffer = b""
        self.reply: Reply | None = None
        self.reusable = False  # the page was read whole: the connection carries on
        self._left = 0

    def feed(self, chunk: bytes) -> bool:
        """Take what was read (b"": the proxy closed); True when nothing more is awaited."""
        if self.reply is not None:  # the page
            self._left -= len(chunk)
            self.reusable = bool(chunk) and self._left <= 0
            return not chunk or self._left <= 0
        if not chunk:
            raise httpcore.ProxyError("the proxy closed the connection without answering")
        self._buffer += chunk
        head, found, rest = self._buffer.partition(b"\r\n\r\n")
        if not found:
            if len(self._buffer) > MAX_HEAD_BYTES:
                raise httpcore.ProxyError("the proxy's answer is too long")
            return False
        self.reply = Reply.parse(head)
        length = self.reply.content_length
        if 200 <= self.reply.status < 300:
            return True  # the tunnel: nothing is read past the head
        if not self.reply.keeps_open or length is None or length > MAX_BODY_BYTES:
            return True  # not reusable: the next round reconnects
        self._left = length - len(rest)
        self.reusable = self._left <= 0
        return self.reusable

    def answered(self) -> Reply:
        assert self.reply is not None
        return self.reply


class TunnelProxy:
    """Where the proxy is, and what the backend tells after a tunnel opened."""

    def __init__(self, proxy_url: str, address: str | None = None) -> None:
        parts = urlsplit(proxy_url)
        self.name = parts.hostname or ""  # signed in to by name (Kerberos: HTTP/<name>)
        self.host = address or self.name  # connected to
        self.port = parts.port or 80
        self.basic = _basic(proxy_url)
        self.signed_in: AuthScheme | None = None  # the Windows sign-in of the latest tunnel

    def opening(self, host: str, port: int) -> Opening:
        return Opening(host, port, self.name, self.basic)

    def opened(self, opening: Opening) -> None:
        self.signed_in = opening.scheme


class AsyncTunnelBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, proxy: TunnelProxy) -> None:
        self.proxy = proxy
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        opening = self.proxy.opening(host, port)

        async def connect() -> httpcore.AsyncNetworkStream:
            return await self._inner.connect_tcp(
                self.proxy.host, self.proxy.port, timeout, local_address, socket_options
            )

        stream = await connect()
        try:
            while True:
                await stream.write(opening.request(), timeout)
                incoming = Incoming()
                while not incoming.feed(await _read(stream, timeout)):
                    pass
                if opening.answer(incoming.answered()):
                    self.proxy.opened(opening)
                    return stream
                if not incoming.reusable:
                    await stream.aclose()
                    stream = await connect()
        except BaseException:
            await stream.aclose()
            raise

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


async def _read(stream: httpcore.AsyncNetworkStream, timeout: float | None) -> bytes:
    try:
        return await stream.read(64 * 1024, timeout)
    except httpcore.ReadTimeout as exc:
        raise httpcore.ConnectTimeout("the proxy did not answer in time") from exc


class TunnelBackend(httpcore.NetworkBackend):
    """:class:`AsyncTunnelBackend` for sync clients (the outbox, the upload)."""

    def __init__(self, proxy: TunnelProxy) -> None:
        self.proxy = proxy
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        opening = self.proxy.opening(host, port)

        def connect() -> httpcore.NetworkStream:
            return self._inner.connect_tcp(
                self.proxy.host, self.proxy.port, timeout, local_address, socket_options
            )

        stream = connect()
        try:
            while True:
                stream.write(opening.request(), timeout)
                incoming = Incoming()
                while not incoming.feed(_read_sync(stream, timeout)):
                    pass
                if opening.answer(incoming.answered()):
                    self.proxy.opened(opening)
                    return stream
                if not incoming.reusable:
                    stream.close()
                    stream = connect()
        except BaseException:
            stream.close()
            raise


def _read_sync(stream: httpcore.NetworkStream, timeout: float | None) -> bytes:
    try:
        return stream.read(64 * 1024, timeout)
    except httpcore.ReadTimeout as exc:
        raise httpcore.ConnectTimeout("the proxy did not answer in time") from exc


def tunnels(proxy: ProxyChoice, target_url: str | httpx.URL) -> bool:
    """Whether a request to ``target_url`` goes through a tunnel opened here: HTTPS through
    a plain-HTTP proxy. Plain HTTP is forwarded by httpx's own proxy support."""
    if proxy.url is None:
        return False
    return urlsplit(proxy.url).scheme == "http" and httpx.URL(target_url).scheme == "https"


@dataclass(frozen=True)
class Route(Generic[T]):
    """What a client is built with: its transport, and the sign-in of forwarded requests."""

    transport: T
    auth: httpx.Auth | None = None
    proxy: TunnelProxy | None = None  # a proxy this program may sign in to

    @property
    def signed_in(self) -> AuthScheme | None:
        """The Windows sign-in the proxy took, if it asked for one."""
        return self.proxy.signed_in if self.proxy is not None else None


def async_route(
    proxy: ProxyChoice,
    target_url: str | httpx.URL,
    verify: ssl.SSLContext,
    limits: httpx.Limits = DEFAULT_LIMITS,
) -> Route[httpx.AsyncHTTPTransport]:
    """How an async client reaches ``target_url`` as ``proxy`` says."""
    through = TunnelProxy(proxy.url, proxy.address) if proxy.url is not None else None
    if through is None or not tunnels(proxy, target_url):
        plain = httpx.AsyncHTTPTransport(
            verify=verify, proxy=proxy.connect_url, limits=limits, trust_env=False
        )
        return _forwarded(plain, through)
    transport = httpx.AsyncHTTPTransport(verify=verify, limits=limits, trust_env=False)
    # httpx has no way to name the pool's network backend: the pool is made as httpx makes it.
    backend = AsyncTunnelBackend(through)
    transport._pool = httpcore.AsyncConnectionPool(
        network_backend=backend, **_pool_options(verify, limits)
    )
    return Route(transport, None, through)


def sync_route(
    proxy: ProxyChoice,
    target_url: str | httpx.URL,
    verify: ssl.SSLContext,
    limits: httpx.Limits = DEFAULT_LIMITS,
) -> Route[httpx.HTTPTransport]:
    """:func:`async_route` for sync clients."""
    through = TunnelProxy(proxy.url, proxy.address) if proxy.url is not None else None
    if through is None or not tunnels(proxy, target_url):
        plain = httpx.HTTPTransport(
            verify=verify, proxy=proxy.connect_url, limits=limits, trust_env=False
        )
        return _forwarded(plain, through)
    transport = httpx.HTTPTransport(verify=verify, limits=limits, trust_env=False)
    backend = TunnelBackend(through)
    transport._pool = httpcore.ConnectionPool(
        network_backend=backend, **_pool_options(verify, limits)
    )
    return Route(transport, None, through)


def _forwarded(transport: T, through: TunnelProxy | None) -> Route[T]:
    """A direct connection, or a proxy httpx speaks to itself (plain HTTP forwarded, or an
    HTTPS proxy), with the sign-in of forwarded requests."""
    if through is None:
        return Route(transport)
    return Route(transport, ForwardSignIn(through), through)


def _pool_options(verify: ssl.SSLContext, limits: httpx.Limits) -> dict[str, Any]:
    return {
        "ssl_context": verify,
        "max_connections": limits.max_connections,
        "max_keepalive_connections": limits.max_keepalive_connections,
        "keepalive_expiry": limits.keepalive_expiry,
    }
