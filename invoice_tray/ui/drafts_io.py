"""What the drafts window and editor ask of the store, run off the GUI thread: each call
opens the store, does one thing and closes it. No Qt here."""

from __future__ import annotations

import time
from pathlib import Path

from invoice_tray.drafts import exchange, limits
from invoice_tray.drafts.model import Draft, at_field, rate_label
from invoice_tray.drafts.states import DraftAction, label
from invoice_tray.drafts.store import DraftRow, DraftStore, QueueOutcome, StoredDraft
from invoice_tray.engine.model import CheckResult
from invoice_tray.i18n import Text, listed, money, tr


def read_rows(path: Path, trash: bool, newest: int | None = None) -> list[DraftRow]:
    if not path.exists():
        return []
    with DraftStore(path) as store:
        return store.rows(trash=trash, newest=newest)


def load(path: Path, draft_id: int) -> StoredDraft:
    with DraftStore(path) as store:
        return store.get(draft_id)


def save(path: Path, draft_id: int | None, draft: Draft, *, queue: bool) -> int:
    """Add a new draft or save an edited one, queued for submission if asked; its id."""
    with DraftStore(path) as store:
        if draft_id is None:
            return store.add(draft, queue=queue, reason=tr("written in the editor"))
        store.update(draft_id, draft, queue=queue)
        return draft_id


def act(path: Path, draft_id: int, action: DraftAction) -> None:
    with DraftStore(path) as store:
        done = {
            DraftAction.HOLD: store.hold,
            DraftAction.TRASH: store.trash,
            DraftAction.RESTORE: store.restore,
        }[action]
        done(draft_id)


def queue(path: Path, ids: list[int]) -> QueueOutcome:
    """Queue the drafts for submission, each on its own."""
    with DraftStore(path) as store:
        return store.queue_each(ids)


def empty_trash(path: Path) -> int:
    with DraftStore(path) as store:
        return store.empty_trash()


def export(path: Path, ids: list[int], destination: Path, form: exchange.FileForm | None) -> int:
    with DraftStore(path) as store:
        drafts = [stored.draft for stored in store.some(ids)]
    return exchange.write_file(destination, drafts, form)


def import_file(path: Path, source: Path) -> exchange.ImportReport:
    with DraftStore(path) as store:
        return exchange.import_file(source, store.add_many)


def offline_limits(path: Path) -> CheckResult | None:
    """The waiting drafts against the offline limits last read from the server."""
    return limits.drafts_check(path, path.parent / limits.LIMITS_FILE)


def describe(path: Path, draft_id: int) -> str:
    """The selected draft in words: buyer, lines, totals, server reply and its history."""
    with DraftStore(path) as store:
        stored = store.get(draft_id)
        trail = store.audit(draft_id)
    draft, totals = stored.draft, stored.draft.totals()
    lines = [f"{draft.buyer.name}  {draft.buyer.tax_id}"]
    for number, line in enumerate(draft.lines, start=1):
        amount, tax = line.totals()
        lines.append(
            f"  {number}. {line.name}  {line.quantity} × {money(line.unit_price)}  "
            f"{rate_label(line.tax_rate)}  {money(amount)} + {money(tax)}"
        )
    total_line = tr(
        "Amount {amount} + tax {tax} = total {total} yuan",
        amount=money(totals.amount),
        tax=money(totals.tax),
        total=money(totals.total),
    )
    lines.append(str(total_line))
    if stored.server_number:
        lines.append(str(tr("Invoice number: {number}", number=stored.server_number)))
    if stored.idempotency_key:
        # The helpdesk asks for it when a submission is in doubt: the server knows it.
        lines.append(str(tr("Submission reference: {key}", key=stored.idempotency_key)))
    if stored.last_error:
        lines.append(str(tr("Server reply: {reply}", reply=server_reply(stored))))
    lines += ["", str(tr("History:"))]
    for entry in trail:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(entry.at))
        before = str(label(entry.from_state)) if entry.from_state else ""
        after = str(label(entry.to_state))
        change = f"{before} → {after}" if before and before != after else after
        lines.append(f"{when}  {change}  {entry.reason}".rstrip())
    return "\n".join(lines)


def server_reply(stored: StoredDraft) -> str:
    """The server's last answer in a line: each field it refused, or why the draft waits
    (in the reader's language), or, from an earlier version, the message as it was kept."""
    error = stored.last_error or {}
    fields = error.get("fields")
    if isinstance(fields, dict) and fields:
        return listed(at_field(str(k), str(v)) for k, v in fields.items())
    reason = error.get("reason")
    if isinstance(reason, dict):
        return str(Text.from_data(reason))
    return str(error.get("message") or error.get("status") or "")
