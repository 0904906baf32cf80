"""Proxy auto-configuration scripts (PAC): fetched, kept, and asked which proxy serves a URL.

A PAC script is JavaScript (``FindProxyForURL(url, host)``); pacparser, a C library built on
a JavaScript engine with the standard PAC functions, evaluates it. It keeps global state, so
one evaluation runs at a time, each in a fresh context: a broken script leaves nothing
behind. Its complaints, written to the process's stderr, are caught and kept for the
helpdesk instead.

The last script that could be evaluated is kept, with its fetch time, in memory and in the
data folder. The check refreshes it when it is older than :data:`FRESH_S`; when a fetch fails
or a new script cannot be evaluated, the kept one keeps answering meanwhile. The outbox and
the upload ask the kept script, so every request of the app goes the same way.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import ssl
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from invoice_tray.config.types import InvalidValue, validate_proxy_url
from invoice_tray.i18n import Text, TranslatedError, tr
from invoice_tray.system.proxy_script import WPAD_URL

MAX_SCRIPT_BYTES = 1024 * 1024
FRESH_S = 15 * 60
FETCH_TIMEOUT_S = 5.0
FAILED_S = 60.0  # a fetch that just failed is not tried again sooner by another caller
KEPT_FILE = "proxy-script.json"

_lock = threading.Lock()  # pacparser's global state, the kept scripts and the failures
_kept: dict[str, PacScript] = {}
_failed: dict[str, tuple[float, Refresh]] = {}


class PacFailed(TranslatedError):
    """The script cannot be fetched (``found`` False) or evaluated; ``detail`` keeps the
    technical words."""

    def __init__(self, message: Text, detail: str = "", *, found: bool = True) -> None:
        super().__init__(message)
        self.detail = detail
        self.found = found


@dataclass(frozen=True)
class PacScript:
    url: str
    text: str = field(repr=False)
    fetched_at: float  # seconds since the epoch

    def fresh(self, now: float) -> bool:
        return 0 <= now - self.fetched_at < FRESH_S


@dataclass(frozen=True)
class Refresh:
    """How the last refresh went: the script in use (None: none ever worked) and, when the
    newest could not be had, why."""

    script: PacScript | None
    problem: Text | None = None
    detail: str = ""


# --- evaluating -----------------------------------------------------------------------------


@contextlib.contextmanager
def _stderr_caught() -> Iterator[list[str]]:
    """The C library's messages, taken from file descriptor 2 while it runs."""
    caught: list[str] = []
    try:
        saved = os.dup(2)
    except OSError:  # no stderr at all (a windowed program): nothing to catch
        yield caught
        return
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield caught
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            caught.append(sink.read(4096).decode("utf-8", "replace").strip())


def find_proxy(script: PacScript, url: str) -> str:
    """The script's answer for ``url``, such as ``"PROXY 10.0.0.1:8080; DIRECT"``. May block
    while the script looks up names (``dnsResolve``): call it off the event loop."""
    import pacparser
    from pacparser import _pacparser  # its error type is not re-exported

    host = httpx.URL(url).host
    with _lock, _stderr_caught() as words:
        pacparser.init()
        try:
            pacparser.parse_pac_string(script.text)
            answer = pacparser.find_proxy(url, host)
        except _pacparser.error as exc:
            failure: Exception | None = exc
        else:
            failure = None
        finally:
            pacparser.cleanup()
    if failure is not None:
        detail = " ".join(w for w in words if w) or str(failure)
        raise PacFailed(tr("the script has an error"), detail[:500])
    return str(answer)


def options(answer: str) -> tuple[str | None, ...]:
    """The ways an answer names, in its order: a proxy's address, or None for DIRECT. Kinds
    this program cannot use (SOCKS) and malformed entries are left out."""
    found: list[str | None] = []
    for item in answer.split(";"):
        kind, _, where = item.strip().partition(" ")
        kind = kind.upper()
        if kind == "DIRECT":
            option: str | None = None
        elif kind in ("PROXY", "HTTP", "HTTPS"):
            scheme = "https" if kind == "HTTPS" else "http"
            try:
                option = validate_proxy_url(f"{scheme}://{where.strip()}")
            except InvalidValue:
                continue
        else:
            continue
        if option not in found:
            found.append(option)
    return tuple(found)


# --- fetching and keeping -------------------------------------------------------------------


def kept(url: str, state_dir: Path | None = None) -> PacScript | None:
    """The last script from ``url`` that could be evaluated, if any."""
    with _lock:
        script = _kept.get(url)
    if script is not None:
        return script
    if state_dir is None:
        return None
    path = state_dir / KEPT_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        script = PacScript(str(data["url"]), str(data["text"]), float(data["fetched_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if script.url != url:
        return None
    with _lock:
        _kept.setdefault(url, script)
    return script


def _keep(script: PacScript, state_dir: Path | None) -> None:
    with _lock:
        _kept[script.url] = script
        _failed.pop(script.url, None)
    if state_dir is None:
        return
    path = state_dir / KEPT_FILE
    data = {
        "url": script.url,
        "fetched_at": script.fetched_at,
        "sha256": hashlib.sha256(script.text.encode("utf-8")).hexdigest(),
        "text": script.text,
    }
    with contextlib.suppress(OSError):  # kept in memory all the same
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data), encoding="utf-8")
        temporary.replace(path)


def _context() -> ssl.SSLContext:
    """The system's trust, as for every other request (a script served over https)."""
    from invoice_tray.engine.tls import verified_context

    return verified_context(None)[0]


def _decoded(url: str, body: bytes) -> PacScript:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        text = body.decode("latin-1")
    if "FindProxyForURL" not in text:
        raise PacFailed(tr("the address does not give a proxy script"))
    script = PacScript(url, text, time.time())
    find_proxy(script, "http://invoice-tray.invalid/")  # it must evaluate before it is kept
    return script


def _accepted(response: httpx.Response) -> None:
    if response.status_code != 200:
        status = response.status_code
        raise PacFailed(tr("the server answered HTTP {status}", status=status), found=False)


def _grown(body: bytes, chunk: bytes) -> bytes:
    body += chunk
    if len(body) > MAX_SCRIPT_BYTES:
        raise PacFailed(tr("the script is too large"))
    return body


def _client_options(timeout_s: float) -> dict[str, Any]:
    # Fetched directly: a proxy script is never fetched through a proxy.
    return {
        "verify": _context(),
        "trust_env": False,
        "timeout": timeout_s,
        "follow_redirects": True,
    }


async def fetch(url: str, timeout_s: float = FETCH_TIMEOUT_S) -> PacScript:
    """The script at ``url``, checked by evaluating it once. Raises :class:`PacFailed`."""
    import asyncio

    body = b""
    try:
        async with (
            asyncio.timeout(timeout_s),
            httpx.AsyncClient(**_client_options(timeout_s)) as client,
            client.stream("GET", url) as response,
        ):
            _accepted(response)
            async for chunk in response.aiter_bytes():
                body = _grown(body, chunk)
    except (httpx.HTTPError, TimeoutError, OSError) as exc:
        reason = str(exc) or type(exc).__name__
        raise PacFailed(tr("it cannot be fetched"), reason, found=False) from exc
    return await asyncio.to_thread(_decoded, url, body)


def fetch_sync(url: str, timeout_s: float = FETCH_TIMEOUT_S) -> PacScript:
    """:func:`fetch` for code without an event loop (the outbox, the upload)."""
    body = b""
    try:
        with (
            httpx.Client(**_client_options(timeout_s)) as client,
            client.stream("GET", url) as response,
        ):
            _accepted(response)
            for chunk in response.iter_bytes():
                body = _grown(body, chunk)
    except (httpx.HTTPError, OSError) as exc:
        reason = str(exc) or type(exc).__name__
        raise PacFailed(tr("it cannot be fetched"), reason, found=False) from exc
    return _decoded(url, body)


async def refresh(url: str, state_dir: Path | None, timeout_s: float) -> Refresh:
    """The script to use this round: the kept one while fresh, else a new fetch; when that
    fails, the kept one still (with the reason)."""
    before = kept(url, state_dir)
    if before is not None and before.fresh(time.time()):
        return Refresh(before)
    failed = _recent_failure(url, 0.0)  # the check tries a configured script every round
    if failed is not None:
        return failed
    try:
        script = await fetch(url, timeout_s)
    except PacFailed as exc:
        return _remember_failure(url, _failure(url, before, exc))
    _keep(script, state_dir)
    return Refresh(script)


def script_for(url: str, state_dir: Path | None = None) -> Refresh:
    """The kept script, or one fetched now when none is kept (code without an event loop);
    a fetch that failed moments ago is told again, not repeated."""
    script = kept(url, state_dir)
    if script is not None:
        return Refresh(script)
    failed = _recent_failure(url, FAILED_S)
    if failed is not None:
        return failed
    try:
        script = fetch_sync(url)
    except PacFailed as exc:
        return _remember_failure(url, _failure(url, None, exc))
    _keep(script, state_dir)
    return Refresh(script)


def _failure(url: str, before: PacScript | None, exc: PacFailed) -> Refresh:
    """A failed fetch; automatic detection that finds no script is none (browsers then go
    direct without a word), a script it finds that is broken is a problem as any other."""
    if url == WPAD_URL and not exc.found:
        return Refresh(before)
    return Refresh(before, exc.message, exc.detail)


def _recent_failure(url: str, within_s: float) -> Refresh | None:
    """How the fetch that failed less than ``within_s`` ago went (automatic detection, on by
    default on Windows and mostly finding nothing: not looked for again for
    :data:`FRESH_S`)."""
    within_s = max(within_s, FRESH_S) if url == WPAD_URL else within_s
    with _lock:
        failed = _failed.get(url)
    if failed is not None and 0 <= time.monotonic() - failed[0] < within_s:
        return failed[1]
    return None


def _remember_failure(url: str, refresh: Refresh) -> Refresh:
    with _lock:
        _failed[url] = (time.monotonic(), refresh)
    return refresh


def forget() -> None:
    """Drop the scripts and failures kept in memory (tests; a changed setting is another URL
    anyway)."""
    with _lock:
        _kept.clear()
        _failed.clear()
