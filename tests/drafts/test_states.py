"""The one rule on what may be done with a draft: the store does exactly what
``states.allowed`` says, in every situation a draft can be in, so the window and the command
line can ask it rather than restate it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from invoice_tray.drafts.states import DraftAction, DraftState, allowed, refusal
from invoice_tray.drafts.store import DraftError, DraftStateError, DraftStore
from invoice_tray.i18n import tr
from tests.builders import a_draft


def as_draft(store: DraftStore) -> int:
    return store.add(a_draft())


def queued(store: DraftStore) -> int:
    return store.add(a_draft(), queue=True)


def queued_after_a_send(store: DraftStore) -> int:
    """Sent once, then the server was unreachable: back in the queue, maybe on the server."""
    draft_id = queued(store)
    assert store.claim_next() is not None
    store.retry_later(draft_id, at=0, reason=tr("maintenance"))
    return draft_id


def submitting(store: DraftStore) -> int:
    draft_id = queued(store)
    assert store.claim_next() is not None
    return draft_id


def submitted(store: DraftStore) -> int:
    draft_id = submitting(store)
    store.mark_submitted(draft_id, "srv-1", "SIM00000001")
    return draft_id


def rejected(store: DraftStore) -> int:
    draft_id = submitting(store)
    store.mark_rejected(draft_id, {"status": 422, "fields": {"buyer.tax_id": "invalid"}})
    return draft_id


def in_trash(store: DraftStore) -> int:
    draft_id = as_draft(store)
    store.trash(draft_id)
    return draft_id


SITUATIONS: dict[str, Callable[[DraftStore], int]] = {
    "draft": as_draft,
    "queued": queued,
    "queued after a send": queued_after_a_send,
    "submitting": submitting,
    "submitted": submitted,
    "rejected": rejected,
    "in the trash": in_trash,
}
DOING: dict[DraftAction, Callable[[DraftStore, int], object]] = {
    DraftAction.EDIT: lambda store, i: store.update(i, a_draft(unit_price="99")),
    DraftAction.QUEUE: lambda store, i: store.queue(i),
    DraftAction.HOLD: lambda store, i: store.hold(i),
    DraftAction.TRASH: lambda store, i: store.trash(i),
    DraftAction.RESTORE: lambda store, i: store.restore(i),
}


@pytest.mark.parametrize("situation", SITUATIONS)
@pytest.mark.parametrize("action", DOING, ids=lambda a: a.value)
def test_the_store_does_exactly_what_is_allowed(
    tmp_path: Path, situation: str, action: DraftAction
) -> None:
    with DraftStore(tmp_path / "drafts.sqlite3") as store:
        draft_id = SITUATIONS[situation](store)
        stored = store.get(draft_id)
        (row,) = store.rows(trash=stored.in_trash)
        assert allowed(row) == allowed(stored)  # the list's facts are enough to decide
        if action in allowed(stored):
            DOING[action](store, draft_id)
        else:
            with pytest.raises(DraftStateError) as caught:
                DOING[action](store, draft_id)
            assert caught.value.message == refusal(action, draft_id, stored)
            assert store.get(draft_id) == stored  # nothing changed


@pytest.mark.parametrize(
    ("situation", "expected"),
    [
        ("draft", {"edit", "queue", "trash", "duplicate"}),
        ("queued", {"hold", "duplicate"}),
        ("queued after a send", {"duplicate"}),  # it may be on the server already
        ("submitting", {"duplicate"}),
        ("submitted", {"trash", "duplicate"}),
        ("rejected", {"edit", "trash", "duplicate"}),  # corrected, then queued by the save
        ("in the trash", {"restore"}),
    ],
)
def test_what_each_situation_allows(tmp_path: Path, situation: str, expected: set[str]) -> None:
    with DraftStore(tmp_path / "drafts.sqlite3") as store:
        stored = store.get(SITUATIONS[situation](store))
    assert {action.value for action in allowed(stored)} == expected


def test_a_rejected_draft_is_corrected_then_submitted_in_one_save(tmp_path: Path) -> None:
    with DraftStore(tmp_path / "drafts.sqlite3") as store:
        draft_id = rejected(store)
        with pytest.raises(DraftError, match="correct it"):
            store.queue(draft_id)
        store.update(draft_id, a_draft(unit_price="500"), queue=True)
        assert store.get(draft_id).state is DraftState.QUEUED
