"""The outbox: submit queued drafts, each exactly once.

Every request carries the draft's idempotency key, made when it was queued and reused for
every retry, so a retry after an unknown outcome (a timeout or a dropped connection after the
request went out, a 5xx after the server committed) returns the same invoice, never a second
one. Answers:

* ``201``: submitted, with the server's id and number;
* ``409`` (the same key still in progress): retry later with the same key;
* ``422``: rejected, with the server's field errors, for the user to correct;
* ``401``/``403``: the pass stops and the outbox pauses until credentials change;
* ``429``/``503``: ``Retry-After`` honoured (seconds, or an HTTP-date taken against the
  answer's own ``Date``); other failures back off exponentially with full jitter.

A pass stops at the first answer that says the server cannot take more now, so one outage
does not cost every queued draft an attempt.
"""

from __future__ import annotations

import enum
import json
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from invoice_tray import validtext
from invoice_tray.drafts.store import DraftStore, StoredDraft
from invoice_tray.engine.errors import proxy_status, proxy_wants_sign_in
from invoice_tray.engine.kinds import EndpointKind
from invoice_tray.engine.proxy import choose_proxy
from invoice_tray.engine.settings import CheckSettings
from invoice_tray.engine.tls import verified_context
from invoice_tray.engine.tunnel import sync_route, windows_sign_in_failed
from invoice_tray.i18n import Text, tr

log = logging.getLogger(__name__)
MAX_ANSWER_BYTES = 256 * 1024
BASE_DELAY_S = 5.0
MAX_DELAY_S = 3600.0
BUSY_DELAY_S = 10.0  # 409: the same key is still being processed


class Outcome(enum.StrEnum):
    """What became of one draft in a pass (printed by ``drafts submit --json``)."""

    SUBMITTED = "submitted"
    REJECTED = "rejected"  # the server gave its reasons: the user corrects the draft
    RETRY = "retry"  # not this time (unreachable, busy, maintenance): queued again
    PAUSED = "paused"  # the credentials were refused: asks the user before trying again


@dataclass(frozen=True)
class Result:
    draft_id: int
    outcome: Outcome
    message: Text
    server_number: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.draft_id,
            "outcome": self.outcome,
            "message": str(self.message),
            "server_number": self.server_number,
        }


@dataclass
class PassReport:
    results: list[Result] = field(default_factory=list)
    paused: bool = False  # credentials refused: ask the user before trying again
    stopped: Text | None = None  # why the pass stopped before the queue was empty

    @property
    def failed(self) -> bool:
        return any(r.outcome is not Outcome.SUBMITTED for r in self.results) or self.paused


def backoff_s(attempts: int, rand: Callable[[], float] = random.random) -> float:
    """Exponential backoff with full jitter: anywhere from 0 to base × 2^(n−1), capped."""
    ceiling = min(MAX_DELAY_S, BASE_DELAY_S * 2.0 ** max(0, attempts - 1))
    return float(rand() * ceiling)


def retry_after_s(response: httpx.Response, received_at: float) -> float | None:
    """``Retry-After`` in seconds from now: a number, or an HTTP-date measured against the
    answer's ``Date`` (the server's clock), not this computer's."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    try:
        server_now = parsedate_to_datetime(response.headers["date"]).timestamp()
    except (KeyError, TypeError, ValueError, IndexError):
        server_now = received_at
    return max(0.0, when - server_now)


def make_client(settings: CheckSettings) -> httpx.Client:
    """One client, one connection kept open for the whole pass."""
    context, _problem = verified_context(settings.ca_file)
    proxy = choose_proxy(
        settings.proxy_setting,
        settings.proxy_bypass,
        settings.server_url,
        settings.proxy_password,
        settings.state_dir,
        user=settings.proxy_user,
    )
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    route = sync_route(proxy, settings.server_url, context, limits)
    return httpx.Client(
        transport=route.transport,
        auth=route.auth,
        trust_env=False,  # the proxy decision above already read the environment
        timeout=httpx.Timeout(settings.timeout_s),
    )


class Outbox:
    def __init__(
        self,
        store: DraftStore,
        settings: CheckSettings,
        *,
        client: httpx.Client | None = None,
        clock: Callable[[], float] = time.time,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.store = store
        self.settings = settings
        self.client = client or make_client(settings)
        self.clock = clock
        self.rand = rand
        self.url = settings.server_url.rstrip("/") + "/invoices"

    def close(self) -> None:
        self.client.close()

    def submit_pass(self, limit: int | None = None) -> PassReport:
        report = PassReport()
        if self.settings.kind is not EndpointKind.INVOICE_SERVER or not self.settings.server_url:
            # Only an invoice server takes invoices: the drafts wait, nothing is claimed.
            report.stopped = tr("no invoice server is set up: the drafts wait until one is")
            return report
        while limit is None or len(report.results) < limit:
            stored = self.store.claim_next(self.clock())
            if stored is None:
                break
            result, stop = self._submit(stored)
            report.results.append(result)
            if result.outcome is Outcome.PAUSED:
                report.paused = True
            if stop is not None:
                report.stopped = stop
                break
        return report

    def _submit(self, stored: StoredDraft) -> tuple[Result, Text | None]:
        """Send one claimed draft and record the answer; also say if the pass must stop."""
        key = stored.idempotency_key
        assert key is not None
        headers = {
            "Idempotency-Key": key,
            "Content-Type": "application/json",
            "Accept": "application/json",
        }
        if self.settings.token:
            headers["Authorization"] = f"Bearer {self.settings.token}"
        body = json.dumps(stored.draft.to_json(), ensure_ascii=False).encode("utf-8")
        try:
            with self.client.stream("POST", self.url, content=body, headers=headers) as response:
                raw = _read_limited(response)
                received = self.clock()
        except httpx.HTTPError as exc:
            # The request may have reached the server: the same key makes the retry safe.
            message = (
                tr(
                    "the proxy server did not take the sign-in with the Windows account "
                    "(HTTP {status}); it will be sent again",
                    status=proxy_status(exc) or 407,
                )
                if windows_sign_in_failed(exc)
                else tr(
                    "the proxy server asks for a user name and password (HTTP {status}); it "
                    "will be sent again",
                    status=proxy_status(exc) or 407,
                )
                if proxy_wants_sign_in(exc)
                else tr(
                    "no answer from the server ({error}); it will be sent again",
                    error=type(exc).__name__,
                )
            )
            return self._retry(stored, message, backoff_s(stored.attempts, self.rand)), message
        return self._answer(stored, response, raw, received)

    def _answer(
        self, stored: StoredDraft, response: httpx.Response, raw: bytes | None, received: float
    ) -> tuple[Result, Text | None]:
        status = response.status_code
        read = _json(raw)
        data = read or {}
        if status in (200, 201):
            number, server_id = data.get("number"), data.get("id")
            if isinstance(number, str) and isinstance(server_id, str) and number and server_id:
                self.store.mark_submitted(stored.id, server_id, number)
                message = tr("submitted as invoice {number}", number=number)
                return Result(stored.id, Outcome.SUBMITTED, message, number), None
            # Created, but the answer is unreadable: asking again with the key tells.
            message = tr("the server's answer could not be read; it will be asked again")
            return self._retry(stored, message, backoff_s(1, self.rand)), None
        if status == 409:
            message = tr("the server is still processing it; it will be asked again")
            return self._retry(stored, message, BUSY_DELAY_S), None
        if status == 422:
            listed = data.get("errors")
            errors: list[Any] = listed if isinstance(listed, list) else []
            fields = {
                str(e.get("field", "")): str(e.get("message", ""))
                for e in errors
                if isinstance(e, dict)
            }
            self.store.mark_rejected(stored.id, {"status": 422, "fields": fields})
            summary = "; ".join(f"{k}: {v}" if k else v for k, v in fields.items())
            if read is None:
                summary = str(tr("the server's reasons could not be read"))
            message = tr("rejected by the server: {reasons}", reasons=summary or "422")
            return Result(stored.id, Outcome.REJECTED, message), None
        if status in (401, 403):
            message = tr("the server refused the credentials; submission is paused")
            self.store.retry_later(stored.id, self.clock(), message, status)
            return Result(stored.id, Outcome.PAUSED, message), message
        wait = retry_after_s(response, received) if status in (429, 503) else None
        if wait is None:
            wait = backoff_s(stored.attempts, self.rand)
        message = tr("the server answered {status}; it will be sent again", status=status)
        return self._retry(stored, message, wait, status), message

    def _retry(
        self, stored: StoredDraft, message: Text, wait_s: float, status: int | None = None
    ) -> Result:
        self.store.retry_later(stored.id, self.clock() + wait_s, message, status)
        return Result(stored.id, Outcome.RETRY, message)


def _read_limited(response: httpx.Response) -> bytes | None:
    """The answer's body, or None when it is larger than any invoice answer can be."""
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _json(raw: bytes | None) -> dict[str, Any] | None:
    """The answer as a JSON object; None when it cannot be read, or holds text that is not
    valid (validtext): nothing of it is then stored."""
    if raw is None:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or validtext.broken_fields(data):
        return None
    return data
