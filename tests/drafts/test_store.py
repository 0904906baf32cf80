"""The drafts store on a real SQLite file: states, keys, audit trail, trash, recovery."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from invoice_tray.drafts.model import parse_draft
from invoice_tray.drafts.store import (
    DraftInvalid,
    DraftNotFound,
    DraftStateError,
    DraftStore,
    RefusalKind,
)
from invoice_tray.i18n import set_language, tr
from tests.builders import a_draft, draft_json


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts.sqlite3")


def test_a_queued_draft_keeps_its_key_through_retries(store: DraftStore) -> None:
    draft_id = store.add(a_draft(), queue=True)
    queued = store.get(draft_id)
    assert queued.state == "queued" and queued.idempotency_key
    key = queued.idempotency_key
    claimed = store.claim_next()
    assert claimed is not None and claimed.id == draft_id and claimed.state == "submitting"
    assert store.claim_next() is None  # never handed out twice
    store.retry_later(draft_id, at=0, reason=tr("maintenance"), status=503)
    again = store.claim_next()
    assert again is not None and again.idempotency_key == key and again.attempts == 2
    store.mark_submitted(draft_id, "srv-1", "00012345")
    done = store.get(draft_id)
    assert (done.state, done.server_id, done.server_number) == ("submitted", "srv-1", "00012345")
    trail = [(e.from_state, e.to_state) for e in store.audit(draft_id)]
    assert trail == [
        (None, "draft"), ("draft", "queued"), ("queued", "submitting"),
        ("submitting", "queued"), ("queued", "submitting"), ("submitting", "submitted"),
    ]  # fmt: skip


def test_a_rejected_draft_is_edited_and_queued_with_a_new_key(store: DraftStore) -> None:
    draft_id = store.add(a_draft(), queue=True)
    first_key = store.get(draft_id).idempotency_key
    assert store.claim_next() is not None
    store.mark_rejected(draft_id, {"status": 422, "fields": {"buyer.tax_id": "unknown"}})
    rejected = store.get(draft_id)
    assert rejected.state == "rejected"
    assert rejected.last_error == {"status": 422, "fields": {"buyer.tax_id": "unknown"}}
    store.update(draft_id, a_draft(quantity="2"))
    assert store.get(draft_id).draft.lines[0].quantity == Decimal("2")
    second_key = store.queue(draft_id)
    assert second_key != first_key


def test_saving_and_queuing_an_edit_is_one_step(store: DraftStore) -> None:
    draft_id = store.add(a_draft())
    broken, _problems = parse_draft(draft_json(quantity="0"))
    with pytest.raises(DraftInvalid):
        store.update(draft_id, broken, queue=True)
    unchanged = store.get(draft_id)
    assert unchanged.draft.lines[0].quantity == Decimal("1")  # nothing half-saved
    assert unchanged.state == "draft" and unchanged.idempotency_key is None
    store.update(draft_id, a_draft(quantity="4"), queue=True)
    queued = store.get(draft_id)
    assert queued.state == "queued" and queued.idempotency_key
    assert queued.draft.lines[0].quantity == Decimal("4")
    trail = [(e.from_state, e.to_state) for e in store.audit(draft_id)]
    assert trail == [(None, "draft"), ("draft", "draft"), ("draft", "queued")]


def test_some_drafts_in_the_order_asked(store: DraftStore) -> None:
    ids = store.add_many([a_draft(quantity=str(n)) for n in range(1, 1203)])
    wanted = [ids[1100], ids[3], 999_999, ids[600]]
    found = store.some(wanted)
    assert [d.id for d in found] == [ids[1100], ids[3], ids[600]]
    assert found[0].draft.lines[0].quantity == Decimal("1101")


def test_what_may_be_at_the_server_cannot_be_edited_held_or_deleted(store: DraftStore) -> None:
    draft_id = store.add(a_draft(), queue=True)
    store.claim_next()
    with pytest.raises(DraftStateError):
        store.update(draft_id, a_draft())
    with pytest.raises(DraftStateError):
        store.trash(draft_id)
    store.retry_later(draft_id, at=0, reason=tr("timeout after sending"))
    with pytest.raises(DraftStateError) as caught:
        store.hold(draft_id)  # it was sent once: only the server's answer ends it
    assert "never sent" in str(caught.value.message)


def test_hold_trash_restore_and_empty(store: DraftStore) -> None:
    draft_id = store.add(a_draft(), queue=True)
    store.hold(draft_id)
    assert store.get(draft_id).state == "draft" and store.get(draft_id).idempotency_key is None
    store.trash(draft_id)
    assert store.all() == [] and [d.id for d in store.all(trash=True)] == [draft_id]
    store.restore(draft_id)
    assert [d.id for d in store.all()] == [draft_id]
    store.trash(draft_id)
    assert store.empty_trash() == 1
    with pytest.raises(DraftNotFound):
        store.get(draft_id)


def test_invalid_drafts_are_kept_but_not_queued(store: DraftStore) -> None:
    draft, problems = parse_draft(draft_json(quantity="0"))
    assert problems
    with pytest.raises(DraftInvalid) as caught:
        store.add(draft, queue=True)
    assert "quantity" in str(caught.value.message)
    assert store.all() == []  # nothing half-added
    draft_id = store.add(draft)  # kept as a draft, to be corrected
    with pytest.raises(DraftInvalid):
        store.queue(draft_id)
    assert store.get(draft_id).state == "draft"


def test_a_crash_while_sending_is_recovered_with_the_same_key(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    store = DraftStore(path)
    draft_id = store.add(a_draft(), queue=True)
    key = store.get(draft_id).idempotency_key
    store.claim_next()
    store.close()  # as if the process died here
    reopened = DraftStore(path)
    assert reopened.recover() == 1
    recovered = reopened.get(draft_id)
    assert (recovered.state, recovered.idempotency_key) == ("queued", key)
    assert reopened.audit(draft_id)[-1].reason == tr("taken up again after a restart")
    assert reopened.waiting_count() == 1


def test_json_of_a_stored_draft(store: DraftStore) -> None:
    draft_id = store.add(a_draft(), queue=True)
    data = store.get(draft_id).to_json()
    assert data["state"] == "queued" and data["total"] == "1000.00"
    assert data["amount"] == "884.96" and data["tax"] == "115.04"
    assert data["draft"]["buyer"]["tax_id"] == "91110000600037341L"


def test_light_rows_for_lists(store: DraftStore) -> None:
    first = store.add(a_draft(), queue=True)
    second = store.add(a_draft(quantity="2"))
    store.trash(second)
    (row,) = store.rows()
    assert (row.id, row.state, row.total, row.in_trash) == (first, "queued", Decimal("1000.00"),
                                                            False)  # fmt: skip
    assert row.buyer_name == "示例科技有限公司"
    assert [r.id for r in store.rows(trash=True)] == [second]


def test_queue_each_on_its_own(store: DraftStore) -> None:
    broken, _problems = parse_draft(draft_json(quantity="0"))
    good, held, bad = store.add(a_draft()), store.add(a_draft()), store.add(broken)
    store.queue(held)
    assert store.draft_ids() == [good, bad]
    outcome = store.queue_each([good, held, bad, 404])
    assert outcome.queued == [good]
    kinds = {r.draft_id: r.kind for r in outcome.refused}
    assert kinds == {held: RefusalKind.STATE, bad: RefusalKind.ERRORS, 404: RefusalKind.GONE}
    errors = next(r for r in outcome.refused if r.kind is RefusalKind.ERRORS)
    assert [p.field for p in errors.problems] == ["lines[1].quantity"]
    assert errors.lines() == [errors.problems[0].render()]
    gone = next(r for r in outcome.refused if r.kind is RefusalKind.GONE)
    assert gone.lines() == ["there is no draft 404"]
    set_language("zh_CN")  # said in the language of whoever reads it, not when it was made
    assert gone.lines() == ["没有编号为 404 的草稿"]
    assert store.get(bad).state == "draft" and store.draft_ids() == [bad]


def test_the_history_is_told_in_the_readers_language(store: DraftStore) -> None:
    """Reasons are kept as messages: written while the app spoke English, read in Chinese;
    a reason an earlier version kept as plain English is still translated where it can be."""
    draft_id = store.add(a_draft(), queue=True)
    store.hold(draft_id)
    store.db.query(
        "INSERT INTO audit (draft_id, at, from_state, to_state, reason) VALUES (?, 0, ?, ?, ?)",
        (draft_id, "queued", "draft", "held back"),
    )
    set_language("zh_CN")
    reasons = [str(entry.reason) for entry in store.audit(draft_id)]
    assert reasons == ["已添加", "已加入提交队列", "暂缓提交", "暂缓提交"]
