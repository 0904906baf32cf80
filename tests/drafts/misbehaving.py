"""A real HTTPS invoice server on loopback whose answers can be scripted: commit and then
drop the connection, commit and then fail, 409, 422, 429, 401. Behind the script sits the
simulator's invoice book, so idempotency is the real thing."""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import trustme

from invoice_tray.simulator.invoices import InvoiceBook


class ScriptedServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, script: list[str]) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.script = list(script)  # one action per request, then "pass"
        self.book = InvoiceBook()
        self.requests: list[dict[str, str]] = []

    def next_action(self) -> str:
        return self.script.pop(0) if self.script else "pass"


class Handler(BaseHTTPRequestHandler):
    server: ScriptedServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        key = self.headers.get("Idempotency-Key", "")
        self.server.requests.append({"key": key, "auth": self.headers.get("Authorization", "")})
        action = self.server.next_action()
        if action == "commit-then-drop":
            self.server.book.submit(key, body)
            self.close_connection = True
            self.connection.shutdown(2)
        elif action == "commit-then-500":
            self.server.book.submit(key, body)
            self.answer(500, {"error": "database timeout"})
        elif action == "409":
            self.answer(409, {"error": "in progress"})
        elif action == "422":
            self.answer(422, {"errors": [{"field": "buyer.tax_id", "message": "unknown"}]})
        elif action == "422-broken-text":  # half an emoji in the reason (JSON "\ud83d")
            reason = "\ud83d unknown"
            self.answer(422, {"errors": [{"field": "buyer.tax_id", "message": reason}]})
        elif action == "201-broken-text":
            self.answer(201, {"id": "x", "number": "SIM\udc00"})
        elif action.startswith("429"):
            self.answer(429, {"error": "slow down"}, retry_after=action.split(":", 1)[1])
        elif action == "401":
            self.answer(401, {"error": "bad token"})
        else:
            self.answer(*self.server.book.submit(key, body))

    def answer(self, status: int, payload: object, retry_after: str | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Date", formatdate(usegmt=True))
        if retry_after is not None:
            self.send_header("Retry-After", retry_after)
        self.end_headers()
        self.wfile.write(data)


@contextmanager
def scripted_server(script: list[str]) -> Iterator[tuple[ScriptedServer, str, str]]:
    """The server, its base URL, and a CA file that trusts it."""
    import tempfile
    from pathlib import Path

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    server = ScriptedServer(script)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    with tempfile.TemporaryDirectory() as folder:
        ca_file = Path(folder) / "ca.pem"
        ca.cert_pem.write_to_path(str(ca_file))
        try:
            yield server, f"https://127.0.0.1:{server.server_address[1]}", str(ca_file)
        finally:
            server.shutdown()
            server.server_close()
