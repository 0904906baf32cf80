"""Exactly once, against a real HTTPS server that misbehaves in every way the outbox must
survive: each case ends with one invoice on the server, never two."""

from __future__ import annotations

import time
from collections.abc import Iterator
from email.utils import formatdate
from pathlib import Path

import httpx
import pytest

from invoice_tray.drafts.model import parse_draft
from invoice_tray.drafts.outbox import Outbox, backoff_s, retry_after_s
from invoice_tray.drafts.store import DraftStore
from invoice_tray.engine.settings import CheckSettings
from tests.builders import draft_json
from tests.drafts.misbehaving import scripted_server


class Clock:
    def __init__(self) -> None:
        self.now = time.time() + 1  # just after the drafts were queued (at the real time)

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    store = DraftStore(tmp_path / "drafts.sqlite3")
    yield store
    store.close()


def queue_one(store: DraftStore) -> int:
    draft, _problems = parse_draft(draft_json())
    return store.add(draft, queue=True)


def run_until_done(store: DraftStore, script: list[str], passes: int = 4):  # type: ignore[no-untyped-def]
    clock = Clock()
    draft_id = queue_one(store)
    with scripted_server(script) as (server, url, ca_file):
        settings = CheckSettings(url, ca_file=Path(ca_file), timeout_s=5, token="tok")
        outbox = Outbox(store, settings, clock=clock, rand=lambda: 1.0)
        reports = []
        try:
            for _ in range(passes):
                reports.append(outbox.submit_pass())
                clock.now += 4000  # past any backoff
                if store.get(draft_id).state in ("submitted", "rejected"):
                    break
        finally:
            outbox.close()
        return draft_id, server, reports


@pytest.mark.parametrize("script", [["commit-then-drop"], ["commit-then-500"], ["409"]])
def test_an_unknown_or_busy_outcome_is_retried_with_the_same_key(
    store: DraftStore, script: list[str]
) -> None:
    draft_id, server, reports = run_until_done(store, script)
    assert [r.results[0].outcome for r in reports] == ["retry", "submitted"]
    assert server.book.count == 1  # one invoice, though the server committed twice over
    keys = {request["key"] for request in server.requests}
    assert len(server.requests) == 2 and len(keys) == 1
    stored = store.get(draft_id)
    assert stored.state == "submitted" and stored.server_number == "SIM00000001"
    assert server.requests[0]["auth"] == "Bearer tok"


def test_422_rejects_with_the_servers_field_errors(store: DraftStore) -> None:
    draft_id, server, reports = run_until_done(store, ["422"])
    assert reports[0].results[0].outcome == "rejected"
    stored = store.get(draft_id)
    assert stored.state == "rejected"
    assert stored.last_error == {"status": 422, "fields": {"buyer.tax_id": "unknown"}}
    assert server.book.count == 0


def test_429_waits_as_long_as_retry_after_says(store: DraftStore) -> None:
    clock = Clock()
    draft_id = queue_one(store)
    with scripted_server(["429:120"]) as (server, url, ca_file):
        settings = CheckSettings(url, ca_file=Path(ca_file), timeout_s=5, token="tok")
        outbox = Outbox(store, settings, clock=clock)
        try:
            first = outbox.submit_pass()
            assert first.results[0].outcome == "retry" and first.stopped is not None
            assert store.get(draft_id).next_attempt_at == pytest.approx(clock.now + 120, abs=2)
            clock.now += 60
            assert outbox.submit_pass().results == []  # not due yet
            clock.now += 61
            assert outbox.submit_pass().results[0].outcome == "submitted"
        finally:
            outbox.close()
    assert server.book.count == 1


def test_401_pauses_the_outbox_and_keeps_the_draft(store: DraftStore) -> None:
    clock = Clock()
    draft_id = queue_one(store)
    queue_one(store)
    with scripted_server(["401"]) as (server, url, ca_file):
        settings = CheckSettings(url, ca_file=Path(ca_file), timeout_s=5, token="old")
        outbox = Outbox(store, settings, clock=clock)
        try:
            report = outbox.submit_pass()
        finally:
            outbox.close()
    assert report.paused and len(report.results) == 1  # the second one was not tried
    assert store.get(draft_id).state == "queued"
    assert store.waiting_count() == 2 and server.book.count == 0


def test_an_untrusted_server_is_never_sent_anything(store: DraftStore, tmp_path: Path) -> None:
    clock = Clock()
    draft_id = queue_one(store)
    with scripted_server([]) as (server, url, _ca_file):
        outbox = Outbox(store, CheckSettings(url, timeout_s=5), clock=clock)
        try:
            report = outbox.submit_pass()
        finally:
            outbox.close()
    assert report.results[0].outcome == "retry"
    assert server.requests == [] and store.get(draft_id).state == "queued"


def test_backoff_has_full_jitter_and_a_cap() -> None:
    assert backoff_s(1, lambda: 1.0) == 5.0
    assert backoff_s(4, lambda: 1.0) == 40.0
    assert backoff_s(30, lambda: 1.0) == 3600.0
    assert backoff_s(4, lambda: 0.0) == 0.0


def test_retry_after_as_a_date_is_read_against_the_servers_clock() -> None:
    server_now = 1_800_000_000
    response = httpx.Response(
        503,
        headers={
            "Date": formatdate(server_now, usegmt=True),
            "Retry-After": formatdate(server_now + 90, usegmt=True),
        },
    )
    # This computer's clock is an hour off; the wait is still 90 s.
    assert retry_after_s(response, received_at=server_now + 3600) == 90
    assert retry_after_s(httpx.Response(429, headers={"Retry-After": "7"}), 0) == 7
    assert retry_after_s(httpx.Response(429, headers={"Retry-After": "soon"}), 0) is None


def test_without_an_invoice_server_the_drafts_wait_and_say_why(store: DraftStore) -> None:
    """A round of plain HTTPS services only: nothing of it takes invoices."""
    from invoice_tray.engine.kinds import EndpointKind

    draft_id = queue_one(store)
    with scripted_server(["201"]) as (server, url, ca_file):
        settings = CheckSettings(url, ca_file=Path(ca_file), kind=EndpointKind.HTTPS)
        outbox = Outbox(store, settings)
        try:
            report = outbox.submit_pass()
        finally:
            outbox.close()
        assert server.requests == []
    assert report.results == [] and report.stopped is not None
    assert str(report.stopped) == "no invoice server is set up: the drafts wait until one is"
    assert store.get(draft_id).state == "queued"
