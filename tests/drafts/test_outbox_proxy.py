"""The outbox through a company proxy that asks who the user is: a real Squid with
basic_ncsa_auth in front of the loopback simulator. The keyring's password signs in; without
it (or with a wrong one) nothing reaches the server, the draft waits with the reason, and
the same key sends it exactly once when the password is right."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from invoice_tray.drafts.model import parse_draft
from invoice_tray.drafts.outbox import Outbox
from invoice_tray.drafts.store import DraftStore
from invoice_tray.simulator.server import Simulator
from tests.builders import draft_json
from tests.conftest import KerberosRealm, needs_kerberos, needs_squid, settings_for


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DraftStore]:
    store = DraftStore(tmp_path / "drafts.sqlite3")
    yield store
    store.close()


def one_pass(
    store: DraftStore, simulator: Simulator, proxy: str, password: str | None, at: float
) -> str:
    settings = settings_for(simulator, proxy_setting=proxy, proxy_password=password)
    outbox = Outbox(store, settings, clock=lambda: at, rand=lambda: 1.0)
    try:
        report = outbox.submit_pass()
    finally:
        outbox.close()
    return str(report.results[0].message)


@needs_squid
@pytest.mark.proxy
def test_a_draft_goes_through_a_proxy_that_asks_who_you_are(
    simulator: Simulator, squid: Callable[..., str], store: DraftStore
) -> None:
    signed = squid("clerk", "right-one").replace("http://", "http://clerk@")
    draft, _problems = parse_draft(draft_json())
    draft_id = store.add(draft, queue=True)
    before = simulator.invoices.count  # the simulator's book outlives one test
    # Each pass a day after the last: past any backoff the one before set.
    for day, password in enumerate((None, "wrong-one"), start=1):
        message = one_pass(store, simulator, signed, password, time.time() + day * 86400)
        assert message == (
            "the proxy server asks for a user name and password (HTTP 407); it will be sent again"
        )
        assert store.get(draft_id).state == "queued"
        assert simulator.invoices.count == before
    message = one_pass(store, simulator, signed, "right-one", time.time() + 3 * 86400)
    assert message.startswith("submitted as invoice")
    assert store.get(draft_id).state == "submitted"
    assert simulator.invoices.count == before + 1


@needs_kerberos
@needs_squid
@pytest.mark.proxy
def test_a_draft_goes_through_a_proxy_that_signs_in_the_domain_account(
    simulator: Simulator,
    squid: Callable[..., str],
    store: DraftStore,
    kerberos_realm: KerberosRealm,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Kerberos through a real Squid: not signed in to the domain, the draft waits saying
    so; signed in (a ticket, no password in the program), it is sent exactly once."""
    monkeypatch.setenv("KRB5_CONFIG", str(kerberos_realm.config))
    proxy = squid("", "", scheme="negotiate", realm=kerberos_realm)
    draft, _problems = parse_draft(draft_json())
    draft_id = store.add(draft, queue=True)
    before = simulator.invoices.count
    message = one_pass(store, simulator, proxy, None, time.time() + 86400)
    assert message == (
        "the proxy server did not take the sign-in with the Windows account (HTTP 407); it "
        "will be sent again"
    )
    assert store.get(draft_id).state == "queued"
    assert simulator.invoices.count == before
    monkeypatch.setenv("KRB5CCNAME", kerberos_realm.sign_in(tmp_path / "ticket"))
    message = one_pass(store, simulator, proxy, None, time.time() + 2 * 86400)
    assert message.startswith("submitted as invoice")
    assert store.get(draft_id).state == "submitted"
    assert simulator.invoices.count == before + 1
