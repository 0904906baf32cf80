"""HTTP requests to the invoice server, instrumented for diagnosis.

* The server name is resolved once by the engine (with a deadline) and the connection goes
  to that address, with the name kept for SNI, certificate checking and the Host header.
* httpcore's trace hook tells which phase a request reached (connect, TLS, answer, body), so
  a request stopped by the deadline still says where it hung.
* Bodies are read up to a limit and never decompressed: a huge or endless answer costs at
  most that many bytes.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from invoice_tray import __version__
from invoice_tray.engine.proxy import ProxyChoice
from invoice_tray.engine.proxy_auth import AuthScheme
from invoice_tray.engine.resolver import ip_literal
from invoice_tray.engine.tunnel import async_route

USER_AGENT = f"invoice-tray/{__version__}"
CONNECT_MARGIN_S = 0.15


@dataclass
class Phases:
    """First time (monotonic seconds) each traced event happened during one request."""

    started: float = field(default_factory=time.monotonic)
    events: dict[str, float] = field(default_factory=dict)

    async def trace(self, name: str, _info: Mapping[str, Any]) -> None:
        self.events.setdefault(name, time.monotonic())

    def has(self, name: str) -> bool:
        return name in self.events

    def span_ms(self, start: str, end: str) -> float | None:
        if start in self.events and end in self.events:
            return (self.events[end] - self.events[start]) * 1000
        return None

    @property
    def connected(self) -> bool:
        return self.has("connection.connect_tcp.complete")

    @property
    def tls_done(self) -> bool:
        return self.has("connection.start_tls.complete")

    @property
    def request_sent(self) -> bool:
        return self.has("http11.send_request_body.complete") or self.has(
            "http2.send_request_body.complete"
        )

    @property
    def headers_received(self) -> bool:
        return self.has("http11.receive_response_headers.complete") or self.has(
            "http2.receive_response_headers.complete"
        )


@dataclass(frozen=True)
class Answer:
    url: str
    status: int
    headers: httpx.Headers
    body: bytes
    too_large: bool
    elapsed_ms: float
    sent_wall: float
    received_wall: float
    peer_cert_der: bytes | None
    peer_cert: dict[str, Any] | None  # ssl's parsed form (verified connections only)
    tls_version: str | None

    @property
    def content_type(self) -> str:
        raw: str = self.headers.get("content-type", "")
        return raw.split(";")[0].strip().lower()


class ServerClient:
    """One HTTP client for one check run (a fresh one picks up proxy changes)."""

    def __init__(
        self,
        base_url: str,
        *,
        address: str | None,
        proxy: ProxyChoice,
        ssl_context: ssl.SSLContext,
        deadline: float,
    ) -> None:
        self.deadline = deadline
        self.base = httpx.URL(base_url)
        self.host = self.base.host
        self._address = None if proxy.url else address
        # One keep-alive connection: follow-up requests reuse it instead of a new handshake.
        self._route = async_route(proxy, self.base, ssl_context, httpx.Limits(max_connections=1))
        self._client = httpx.AsyncClient(
            transport=self._route.transport,
            auth=self._route.auth,
            trust_env=False,
            follow_redirects=False,
            # The engine's deadline bounds every request as a whole, DNS included.
            timeout=None,  # noqa: S113
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"},
        )

    def url_for(self, path: str) -> httpx.URL:
        """``path`` under the base address; empty: the base address itself."""
        if not path:
            return self.base
        return self.base.copy_with(path=self.base.path.rstrip("/") + path)

    async def get(
        self,
        path: str,
        *,
        phases: Phases,
        max_bytes: int,
        token: str | None = None,
    ) -> Answer:
        url = self.url_for(path)
        headers = {"Accept": "application/json"}
        extensions: dict[str, Any] = {"trace": phases.trace}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if self._address is not None and ip_literal(self.host) is None:
            # Connect to the address already resolved; keep the name for TLS and Host.
            extensions["sni_hostname"] = self.host
            headers["Host"] = url.netloc.decode("ascii")
            url = url.copy_with(host=self._address)
        # Connecting (TCP and TLS) ends by httpx's own timeout just inside the engine's
        # deadline: a cancelled handshake would leave its socket open in httpcore.
        remaining = max(0.05, self.deadline - time.monotonic() - CONNECT_MARGIN_S)
        request = self._client.build_request(
            "GET",
            url,
            headers=headers,
            extensions=extensions,
            timeout=httpx.Timeout(None, connect=remaining),
        )
        sent_wall = time.time()
        began = time.monotonic()
        response = await self._client.send(request, stream=True)
        try:
            body, too_large = await _read_bounded(response, max_bytes)
            received_wall = time.time()
            cert_der, cert, tls_version = _peer_certificate(response)
        finally:
            await response.aclose()
        return Answer(
            url=str(self.url_for(path)),
            status=response.status_code,
            headers=response.headers,
            body=body,
            too_large=too_large,
            elapsed_ms=(time.monotonic() - began) * 1000,
            sent_wall=sent_wall,
            received_wall=received_wall,
            peer_cert_der=cert_der,
            peer_cert=cert,
            tls_version=tls_version,
        )

    @property
    def proxy_signed_in(self) -> AuthScheme | None:
        """The Windows sign-in the proxy took for the tunnel, if it asked for one."""
        return self._route.signed_in

    async def aclose(self) -> None:
        await self._client.aclose()


async def _read_bounded(response: httpx.Response, max_bytes: int) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_raw():
        size += len(chunk)
        if size > max_bytes:
            return b"".join(chunks), True
        chunks.append(chunk)
    return b"".join(chunks), False


def _peer_certificate(
    response: httpx.Response,
) -> tuple[bytes | None, dict[str, Any] | None, str | None]:
    stream = response.extensions.get("network_stream")
    ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
    if ssl_object is None:
        return None, None, None
    der: bytes | None = ssl_object.getpeercert(binary_form=True)
    parsed: dict[str, Any] | None = ssl_object.getpeercert() or None
    version: str | None = ssl_object.version()
    return der, parsed, version
