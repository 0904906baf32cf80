"""The simulator's HTTPS server and its loopback control endpoint.

Standard-library HTTP servers in threads: each connection gets its own thread, so a stalled
or trickling client never blocks the others. The TLS handshake happens in that thread too,
with the certificate of the scenario in force when the connection arrived.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import logging
import os
import random
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from invoice_tray.simulator import pki
from invoice_tray.simulator.invoices import BOOK_FILE, InvoiceBook
from invoice_tray.simulator.scenarios import SCENARIOS, Behaviour, Cert, Listener, Scenario
from invoice_tray.simulator.support import SUPPORT_FOLDER, SupportDesk

log = logging.getLogger(__name__)

DEFAULT_NAMES = ("localhost", "127.0.0.1", "::1")
MAX_STALL_S = 120.0
HUGE_BODY_BYTES = 4 << 30


class SimulatorError(Exception):
    pass


def check_loopback(host: str) -> None:
    """The simulator serves loopback only; anything else is refused."""
    if host == "localhost":
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    raise SimulatorError(f"the simulator listens on loopback addresses only, not {host!r}")


class Simulator:
    """A running invoice-server simulator. Use as a context manager, or start()/close()."""

    def __init__(
        self,
        data_dir: Path,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        control_port: int = 0,
        scenario: str = "healthy",
        names: tuple[str, ...] = DEFAULT_NAMES,
        flaky_share: float = 0.3,
        seed: int | None = None,
        plain: bool = False,
        latency_s: float = 0.0,
    ) -> None:
        check_loopback(host)
        if scenario not in SCENARIOS:
            raise SimulatorError(f"unknown scenario {scenario!r}")
        self.host = host
        self.port = port
        # A plain HTTPS site (an e-tax portal, a vendor's API): pages, not the contract.
        self.plain = plain
        self.latency_s = latency_s  # before every answer, as a distant server's round trip
        self.control_port = control_port
        self.names = names
        self.flaky_share = flaky_share
        self.random = random.Random(seed)  # noqa: S311 (simulated failures, not secrets)
        self.scenario = SCENARIOS[scenario]
        self.authority, self.ca_path = pki.load_or_create_authority(data_dir / "simulator")
        self.invoices = InvoiceBook(data_dir / "simulator" / BOOK_FILE)
        self.support = SupportDesk(data_dir / "simulator" / SUPPORT_FOLDER)
        self.stopping = threading.Event()
        self._lock = threading.RLock()
        self._contexts: dict[Cert, ssl.SSLContext] = {}
        self._main: _TlsServer | None = None
        self._blackhole: list[socket.socket] = []
        self._control: ThreadingHTTPServer | None = None
        self._threads: list[threading.Thread] = []

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> Simulator:
        with self._lock:
            self._control = ThreadingHTTPServer((self.host, self.control_port), _ControlHandler)
            self._control.daemon_threads = True
            self._control.simulator = self  # type: ignore[attr-defined]
            self.control_port = self._control.server_address[1]
            self._spawn(self._control.serve_forever, "simulator-control")
            if self.port == 0:
                with socket.socket(_family(self.host)) as probe:
                    probe.bind((self.host, 0))
                    self.port = probe.getsockname()[1]
            self._open_listener(self.scenario)
        return self

    def close(self) -> None:
        self.stopping.set()
        with self._lock:
            self._close_listener()
            if self._control is not None:
                self._control.shutdown()
                self._control.server_close()
                self._control = None
        for thread in self._threads:
            thread.join(timeout=5)
        self.invoices.close()

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"https://{host}:{self.port}"

    @property
    def control_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.control_port}"

    def set_scenario(self, name: str) -> None:
        if name not in SCENARIOS:
            raise SimulatorError(f"unknown scenario {name!r}")
        new = SCENARIOS[name]
        with self._lock:
            old, self.scenario = self.scenario, new
            if _listener_kind(old) != _listener_kind(new):
                self._close_listener()
                self._open_listener(new)
        log.info("scenario is now %s", name)

    # -- listeners -------------------------------------------------------------------------

    def _spawn(self, target: Any, name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def _open_listener(self, scenario: Scenario) -> None:
        kind = _listener_kind(scenario)
        if kind is Listener.SERVE:
            self._main = _TlsServer((self.host, self.port), self)
            self._spawn(self._main.serve_forever, "simulator-https")
        elif kind is Listener.BLACKHOLE:
            self._blackhole = _blackhole(self.host, self.port)

    def _close_listener(self) -> None:
        if self._main is not None:
            self._main.shutdown()
            self._main.server_close()
            self._main = None
        for sock in self._blackhole:
            sock.close()
        self._blackhole = []

    # -- certificates ----------------------------------------------------------------------

    def context_for(self, scenario: Scenario) -> ssl.SSLContext:
        with self._lock:
            context = self._contexts.get(scenario.cert)
            if context is None:
                context = self._make_context(scenario.cert)
                self._contexts[scenario.cert] = context
            return context

    def _make_context(self, kind: Cert) -> ssl.SSLContext:
        now = datetime.now(UTC)
        authority = self.authority
        names = self.names
        not_before, not_after = now - timedelta(days=1), now + timedelta(days=365)
        if kind is Cert.EXPIRING:
            not_after = now + timedelta(days=10, hours=1)
        elif kind is Cert.EXPIRED:
            not_before, not_after = now - timedelta(days=90), now - timedelta(days=3)
        elif kind is Cert.NOT_YET_VALID:
            not_before = now + timedelta(days=1)
        elif kind is Cert.WRONG_HOST:
            names = ("wrong-host.localhost",)
        elif kind is Cert.UNTRUSTED:
            authority = pki.new_authority("unknown CA")
        leaf = pki.issue_leaf(
            authority,
            names,
            not_before=not_before,
            not_after=not_after,
            ocsp_url=f"{self.control_url}/ocsp",
        )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        # load_cert_chain reads files only: write, load, and remove at once.
        fd, path = tempfile.mkstemp(suffix=".pem")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(leaf.key_pem + leaf.chain_pem)
            context.load_cert_chain(path)
        finally:
            Path(path).unlink(missing_ok=True)
        return context

    # -- helpers for handlers --------------------------------------------------------------

    def pause(self, seconds: float) -> bool:
        """Sleep unless the simulator stops first; False when it is stopping."""
        return not self.stopping.wait(seconds)

    def flaky_failure(self) -> bool:
        with self._lock:
            return self.random.random() < self.flaky_share


def _listener_kind(scenario: Scenario) -> Listener:
    """The socket it needs: a stalling handshake is still served by the TLS server."""
    stalls = scenario.listener is Listener.STALL_TLS
    return Listener.SERVE if stalls else scenario.listener


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def _blackhole(host: str, port: int) -> list[socket.socket]:
    """A listener whose accept queue is full, so the kernel drops new connection attempts
    the way a firewall does (the client's connect hangs)."""
    listener = socket.socket(_family(host), socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(0)
    sockets = [listener]
    for _ in range(3):
        filler = socket.socket(_family(host), socket.SOCK_STREAM)
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            filler.connect((host, port))
        sockets.append(filler)
    time.sleep(0.05)
    return sockets


class _TlsServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], simulator: Simulator) -> None:
        self.address_family = _family(address[0])
        self.simulator = simulator
        super().__init__(address, _ApiHandler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        # Runs in the connection's own thread.
        sim = self.simulator
        scenario = sim.scenario
        if scenario.listener is Listener.STALL_TLS:
            # Accept the TCP connection, never answer the handshake.
            sim.pause(MAX_STALL_S)
            return
        request.settimeout(10)
        # Small writes (handshake records, headers then body) must not wait for delayed ACKs.
        request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            tls = sim.context_for(scenario).wrap_socket(request, server_side=True)
        except (OSError, ssl.SSLError):
            return
        try:
            tls.settimeout(30)
            _ApiHandler(tls, client_address, self)
        except OSError:
            pass
        finally:
            tls.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("connection from %s ended with an error", client_address, exc_info=True)


class _ApiHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _TlsServer
    server_version = "invoice-sim/1"

    @property
    def sim(self) -> Simulator:
        return self.server.simulator

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def date_time_string(self, timestamp: float | None = None) -> str:
        skew = self.sim.scenario.clock_skew_s
        return formatdate((timestamp or time.time()) + skew, usegmt=True)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        sim = self.sim
        scenario = sim.scenario
        path = self.path.split("?", 1)[0].rstrip("/")
        if sim.latency_s and not sim.pause(sim.latency_s):
            return
        if (method, path) == ("POST", "/support/bundles"):
            self._support_bundle()  # read here: the body may be larger than others
            return
        body = self._read_body() if method == "POST" else b""
        if scenario.delay_s and not sim.pause(scenario.delay_s):
            return
        if scenario.behaviour is Behaviour.HTML:
            page = "<html><body><h1>Guest Wi-Fi</h1><p>Please sign in.</p></body></html>"
            self._send(200, page.encode(), "text/html; charset=utf-8")
            return
        if scenario.behaviour is Behaviour.ERROR or (
            scenario.behaviour is Behaviour.FLAKY and sim.flaky_failure()
        ):
            self._json(500, {"error": "internal server error"})
            return
        if sim.plain:
            self._plain_site(method, path)
            return
        if scenario.behaviour is Behaviour.MAINTENANCE and path not in (
            "/health",
            "/announcements",
        ):
            self._maintenance()  # nothing is issued while the platform is down for upgrade
            return
        routes: dict[tuple[str, str], Callable[[], None]] = {
            ("GET", "/health"): self._health,
            ("GET", "/announcements"): self._announcements,
            ("GET", "/limits"): self._limits,
            ("POST", "/invoices"): lambda: self._invoices(body),
        }
        handler = routes.get((method, path))
        if handler is None:
            self._json(404, {"error": "not found"})
            return
        handler()

    def _plain_site(self, method: str, path: str) -> None:
        """A site that knows nothing of the invoice contract: a page at its root, 404 for
        anything else; its scenarios change what the root answers."""
        behaviour = self.sim.scenario.behaviour
        if self._misbehaved(behaviour):
            return
        if behaviour is Behaviour.MAINTENANCE:
            self._send(503, "<h1>系统维护中</h1>".encode(), "text/html; charset=utf-8",
                       {"Retry-After": "1800"})  # fmt: skip
        elif method != "GET" or path not in ("", "/index.html"):
            self._send(404, b"<h1>Not Found</h1>", "text/html; charset=utf-8")
        elif self.sim.scenario.refuse_tokens:
            self._send(401, "<h1>请先登录</h1>".encode(), "text/html; charset=utf-8")
        else:
            page = "<html><body><h1>国家税务总局 电子税务局（模拟）</h1><p>请登录</p></body></html>"
            self._send(200, page.encode(), "text/html; charset=utf-8")

    def _support_bundle(self) -> None:
        """The helpdesk's intake: a diagnostics zip, filed once per idempotency key."""
        scenario = self.sim.scenario
        if scenario.delay_s and not self.sim.pause(scenario.delay_s):
            return
        if scenario.behaviour in (Behaviour.ERROR, Behaviour.MAINTENANCE):
            self.close_connection = True
            self._json(503, {"error": "the helpdesk intake is not available now"})
            return
        if scenario.refuse_tokens:
            self.close_connection = True
            self._json(401, {"error": "invalid or missing access token"})
            return
        desk = self.sim.support
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            length = -1
        if length > desk.max_bytes:
            self.close_connection = True  # the body is not read
            self._json(413, {"error": "too large", "max_bytes": desk.max_bytes})
            return
        key = self.headers.get("Idempotency-Key", "").strip()
        if length < 0 or not key or len(key) > 255:
            self.close_connection = True
            self._json(400, {"error": "Content-Length and Idempotency-Key are required"})
            return
        body = self.rfile.read(length)
        if len(body) != length or not body.startswith(b"PK"):
            self._json(400, {"error": "not a zip file"})
            return
        filed = desk.file(key, body)
        self._json(201 if filed.created else 200, {"reference": filed.reference})

    def _read_body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = 0
        return self.rfile.read(min(max(length, 0), 1 << 20))

    def _send(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode()
        self._send(status, body, "application/json", headers)

    def _now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=self.sim.scenario.clock_skew_s)

    def _misbehaved(self, behaviour: Behaviour) -> bool:
        """The answers no client can read in time or in full: trickled, or endless."""
        if behaviour is Behaviour.SLOWLORIS:
            self._trickle()
        elif behaviour is Behaviour.HUGE:
            self._huge()
        else:
            return False
        return True

    def _health(self) -> None:
        behaviour = self.sim.scenario.behaviour
        if self._misbehaved(behaviour):
            return
        if behaviour is Behaviour.MAINTENANCE:
            self._maintenance()
        elif behaviour is Behaviour.DEGRADED:
            self._json(200, {"status": "degraded", "message": "发票签章服务延迟，开具可能较慢"})
        else:
            self._json(200, {"status": "ok"})

    def _maintenance(self) -> None:
        until = (self._now() + timedelta(hours=2)).replace(microsecond=0)
        self._json(
            503,
            {"status": "maintenance", "message": "开票平台升级中", "until": until.isoformat()},
            {"Retry-After": "1800"},
        )

    def _trickle(self) -> None:
        # Headers one byte at a time: each read succeeds, the whole never arrives in time.
        payload = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: " + b"a" * 4096
        for byte in payload:
            if not self.sim.pause(0.2):
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
        self.close_connection = True

    def _huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(HUGE_BODY_BYTES))
        self.end_headers()
        chunk = b" " * 65536
        sent = 0
        while sent < HUGE_BODY_BYTES and not self.sim.stopping.is_set():
            self.wfile.write(chunk)  # stops with an error when the client hangs up
            sent += len(chunk)
        self.close_connection = True

    def _announcements(self) -> None:
        now = self._now().replace(microsecond=0)
        items: list[dict[str, str]] = [
            {
                "level": "info",
                "title": "下月起启用新版发票版式",
                "starts_at": (now - timedelta(days=1)).isoformat(),
                "ends_at": (now + timedelta(days=30)).isoformat(),
            }
        ]
        if self.sim.scenario.behaviour is Behaviour.MAINTENANCE:
            items.append(
                {
                    "level": "maintenance",
                    "title": "开票平台计划升级",
                    "starts_at": (now - timedelta(minutes=30)).isoformat(),
                    "ends_at": (now + timedelta(hours=2)).isoformat(),
                }
            )
        self._json(200, items)

    def _authorized(self) -> bool:
        header = self.headers.get("Authorization", "")
        token = header.removeprefix("Bearer ").strip() if header.startswith("Bearer ") else ""
        if not token or self.sim.scenario.refuse_tokens:
            self._json(
                401,
                {"error": "invalid or missing access token"},
                {"WWW-Authenticate": 'Bearer realm="invoice"'},
            )
            return False
        return True

    def _limits(self) -> None:
        if self._authorized():
            self._json(200, {"offline_max_hours": 72, "offline_max_amount": "100000.00"})

    def _invoices(self, body: bytes) -> None:
        if not self._authorized():
            return
        key = self.headers.get("Idempotency-Key", "").strip()
        status, payload = self.sim.invoices.submit(key, body)
        self._json(status, payload)


class _ControlHandler(BaseHTTPRequestHandler):
    """``GET /scenario``, ``POST /scenario`` (body: a name), ``GET /scenarios``, ``GET /ca.pem``."""

    server: ThreadingHTTPServer

    @property
    def sim(self) -> Simulator:
        return self.server.simulator  # type: ignore[attr-defined, no-any-return]

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("control: %s", format % args)

    def _reply(self, status: int, payload: Any, content_type: str = "application/json") -> None:
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/scenario":
            self._reply(200, {"scenario": self.sim.scenario.name})
        elif self.path == "/scenarios":
            self._reply(200, {name: s.description for name, s in SCENARIOS.items()})
        elif self.path == "/ca.pem":
            self._reply(200, self.sim.authority.pem, "application/x-pem-file")
        else:
            self._reply(404, {"error": "not found"})

    def do_POST(self) -> None:
        if self.path == "/ocsp":
            length = min(int(self.headers.get("Content-Length", "0") or 0), 16384)
            answer = pki.ocsp_answer(
                self.sim.authority, self.rfile.read(length), revoked=self.sim.scenario.revoked
            )
            self._reply(200, answer, "application/ocsp-response")
            return
        if self.path != "/scenario":
            self._reply(404, {"error": "not found"})
            return
        length = min(int(self.headers.get("Content-Length", "0") or 0), 1024)
        raw = self.rfile.read(length).decode("utf-8", "replace").strip()
        name = raw
        if raw.startswith("{"):
            try:
                name = str(json.loads(raw).get("scenario", ""))
            except (ValueError, AttributeError):
                name = ""
        try:
            self.sim.set_scenario(name)
        except SimulatorError as exc:
            self._reply(400, {"error": str(exc), "scenarios": list(SCENARIOS)})
            return
        self._reply(200, {"scenario": name})
