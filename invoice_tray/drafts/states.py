"""A draft's states, and which actions each allows: the one rule the store enforces and the
drafts window, the command line and the tests ask, so that nothing offers what the store
would refuse.

    draft → queued → submitting → submitted | rejected | back to queued for a retry

A draft that may already have reached the server (it was ever ``submitting``) can no longer
be edited, held back or deleted: only the server's answer ends it.
"""

from __future__ import annotations

import enum
from typing import Protocol

from invoice_tray.i18n import Text, tr


class DraftState(enum.StrEnum):
    """As stored, exported and printed by ``drafts list --json``."""

    DRAFT = "draft"
    QUEUED = "queued"
    SUBMITTING = "submitting"
    SUBMITTED = "submitted"
    REJECTED = "rejected"


class DraftAction(enum.Enum):
    EDIT = "edit"  # change it (and, in the same save, queue it)
    QUEUE = "queue"  # queue it for submission as it is
    HOLD = "hold"  # take a queued draft back before it was ever sent
    TRASH = "trash"
    RESTORE = "restore"  # from the trash
    DUPLICATE = "duplicate"  # a new draft from this one


WAITING = frozenset({DraftState.QUEUED, DraftState.SUBMITTING})  # count against the limits

_LABELS: dict[DraftState, Text] = {
    DraftState.DRAFT: tr("draft"),
    DraftState.QUEUED: tr("waiting to be submitted"),
    DraftState.SUBMITTING: tr("being submitted"),
    DraftState.SUBMITTED: tr("submitted"),
    DraftState.REJECTED: tr("rejected by the server"),
}
IN_TRASH = tr("in the trash")


class DraftFacts(Protocol):
    """What decides the actions: a stored draft and a list row both have it."""

    @property
    def state(self) -> DraftState: ...

    @property
    def in_trash(self) -> bool: ...

    @property
    def ever_sent(self) -> bool: ...


def allowed(facts: DraftFacts) -> frozenset[DraftAction]:
    """What may be done with this draft now."""
    if facts.in_trash:
        return frozenset({DraftAction.RESTORE})
    actions = {DraftAction.DUPLICATE}
    if facts.state in (DraftState.DRAFT, DraftState.REJECTED):
        actions |= {DraftAction.EDIT, DraftAction.TRASH}
    if facts.state is DraftState.DRAFT:
        actions.add(DraftAction.QUEUE)  # a rejected one is corrected first (EDIT queues it)
    if facts.state is DraftState.QUEUED and not facts.ever_sent:
        actions.add(DraftAction.HOLD)
    if facts.state is DraftState.SUBMITTED:
        actions.add(DraftAction.TRASH)
    return frozenset(actions)


def label(state: DraftState, in_trash: bool = False) -> Text:
    return IN_TRASH if in_trash else _LABELS[state]


def refusal(action: DraftAction, draft_id: int, facts: DraftFacts) -> Text:
    """Why ``action`` is not allowed on this draft, in words."""
    state = label(facts.state, facts.in_trash)
    if action is DraftAction.HOLD:
        return tr("only a draft that was never sent can be held back")
    if action is DraftAction.TRASH and facts.state in WAITING:
        return tr("a draft that is queued or being sent cannot be deleted; hold it first")
    if action is DraftAction.QUEUE and facts.state is DraftState.REJECTED:
        return tr(
            "draft {id} was rejected by the server: correct it, then save and submit it",
            id=draft_id,
        )
    if action is DraftAction.RESTORE:
        return tr("draft {id} is not in the trash", id=draft_id)
    if facts.in_trash:
        return tr("draft {id} is in the trash: restore it first", id=draft_id)
    if action is DraftAction.QUEUE:
        return tr("draft {id} cannot be queued now: it is {state}", id=draft_id, state=state)
    return tr("draft {id} cannot be edited now: it is {state}", id=draft_id, state=state)
