"""``invoice-tray drafts``: offline invoice drafts from a terminal or a script.

    drafts add FILE.json [--hold]     one draft or a list; queued unless --hold
    drafts submit [--json]            one pass over the outbox
    drafts export PATH [--format json|csv] [--state S]
    drafts import PATH                JSON or CSV, all or none, kept as drafts
    drafts queue [ID ...]             queue drafts for submission (default: every draft)
    drafts list [--json] [--state S]

Exit codes: 0 done; 1 some draft was not submitted (see its result); 2 the input was
refused (nothing was added); 3 the store cannot be used or no server is configured.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from invoice_tray.cli import command_help
from invoice_tray.cli.localize import help_text
from invoice_tray.drafts import DRAFTS_FILE, exchange
from invoice_tray.drafts.exchange import MAX_FILE_BYTES
from invoice_tray.drafts.model import Draft, Problem, blocking, parse_draft
from invoice_tray.drafts.states import DraftState
from invoice_tray.drafts.store import DraftError, DraftStore, RefusalKind
from invoice_tray.engine.settings import CheckSettings
from invoice_tray.i18n import count_of, tr
from invoice_tray.paths import AppPaths
from invoice_tray.store.db import StoreError


def add_parser(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    h = help_text
    drafts = sub.add_parser("drafts", parents=parents, help=h(command_help()["drafts"]))
    actions = drafts.add_subparsers(dest="drafts_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", parents=parents, help=h(tr("add drafts from a JSON file (one or a list)"))
    )
    add.add_argument("file", help=h(tr("the JSON file; - reads standard input")))
    add.add_argument("--hold", action="store_true", help=h(tr("keep them as drafts, do not queue")))
    submit = actions.add_parser(
        "submit",
        parents=parents,
        help=h(tr("one pass over the outbox; non-zero exit if any failed")),
    )
    submit.add_argument("--json", action="store_true", help=h(tr("print JSON")))
    export = actions.add_parser("export", parents=parents, help=h(tr("write drafts to a file")))
    export.add_argument("path", help=h(tr("the file to write")))
    export.add_argument(
        "--format",
        choices=[form.value for form in exchange.FileForm],
        help=h(tr("default: from the name")),
    )
    export.add_argument(
        "--state",
        choices=[state.value for state in DraftState],
        help=h(tr("only drafts in this state")),
    )
    imported = actions.add_parser(
        "import", parents=parents, help=h(tr("read drafts from JSON or CSV (all or none)"))
    )
    imported.add_argument("path", help=h(tr("a .json or .csv file")))
    queue = actions.add_parser(
        "queue", parents=parents, help=h(tr("queue drafts for submission (default: all drafts)"))
    )
    queue.add_argument("ids", nargs="*", type=int, metavar="ID", help=h(tr("the drafts to queue")))
    listing = actions.add_parser("list", parents=parents, help=h(tr("list the drafts")))
    listing.add_argument("--json", action="store_true", help=h(tr("print JSON")))
    listing.add_argument(
        "--state",
        choices=[state.value for state in DraftState],
        help=h(tr("only drafts in this state")),
    )


def run(args: argparse.Namespace, paths: AppPaths, settings: Callable[[], CheckSettings]) -> int:
    """``settings`` gives the server and secrets to submit with (only ``submit`` asks)."""
    try:
        store = DraftStore(paths.data_dir / DRAFTS_FILE)
    except StoreError as exc:
        message = tr("The drafts cannot be opened: {reason}", reason=str(exc.message))
        print(message, file=sys.stderr)
        return 3
    try:
        if args.drafts_command == "add":
            return _add(store, args.file, hold=args.hold)
        if args.drafts_command == "export":
            return _export(store, Path(args.path), args.format, args.state)
        if args.drafts_command == "import":
            return _import(store, Path(args.path))
        if args.drafts_command == "queue":
            return _queue(store, args.ids)
        if args.drafts_command == "submit":
            return _submit(store, settings(), as_json=args.json)
        return _list(store, args.state, as_json=args.json)
    except StoreError as exc:
        print(tr("The drafts cannot be saved: {reason}", reason=str(exc.message)), file=sys.stderr)
        return 3
    finally:
        store.close()


def read_documents(source: str) -> list[object]:
    """The drafts in a file: one object or a list of them. Raises ValueError with a message
    for the user."""
    try:
        if source == "-":
            raw = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        else:
            path = Path(source)
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ValueError(str(tr("{path} is too large (over 50 MB)", path=source)))
            raw = path.read_bytes()
    except OSError as exc:
        raise ValueError(
            str(tr("cannot read {path}: {error}", path=source, error=exc.strerror or str(exc)))
        ) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError(str(tr("{path} is too large (over 50 MB)", path=source)))
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ValueError(str(tr("{path} is not UTF-8 text", path=source))) from exc
    except json.JSONDecodeError as exc:
        message = tr(
            "{path} is not valid JSON (line {line}, column {column}): {reason}",
            path=source,
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        )
        raise ValueError(str(message)) from exc
    return data if isinstance(data, list) else [data]


def _add(store: DraftStore, source: str, *, hold: bool) -> int:
    try:
        documents = read_documents(source)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    drafts: list[Draft] = []
    refused = False
    for number, document in enumerate(documents, start=1):
        draft, problems = parse_draft(document)
        drafts.append(draft)
        stopping = blocking(problems) if not hold else []
        refused = refused or bool(stopping)
        _report(f"#{number}: " if len(documents) > 1 else "", problems)
    if refused:
        message = tr(
            "Nothing was added: correct the errors above, or add with --hold to keep "
            "them as drafts."
        )
        print(message, file=sys.stderr)
        return 2
    try:
        ids = store.add_many(drafts, queue=not hold)
    except DraftError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    state = tr("kept as drafts") if hold else tr("queued for submission")
    listed = ", ".join(str(i) for i in ids)
    print(tr("{count} added ({state}): {ids}", count=len(ids), state=str(state), ids=listed))
    return 0


def _submit(store: DraftStore, settings: CheckSettings, *, as_json: bool) -> int:
    from invoice_tray.drafts.outbox import Outbox

    if not settings.server_url:
        print(tr("no server address is configured"), file=sys.stderr)
        return 3
    # Drafts left "submitting" by a process that died go back to the queue: with their
    # idempotency keys, sending them again cannot make a second invoice.
    store.recover()
    outbox = Outbox(store, settings)
    try:
        report = outbox.submit_pass()
    finally:
        outbox.close()
    if as_json:
        document = {
            "results": [r.to_json() for r in report.results],
            "paused": report.paused,
            "stopped": str(report.stopped) if report.stopped else None,
            "waiting": store.waiting_count(),
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for result in report.results:
            print(f"{result.draft_id:6}  {result.outcome:10}  {result.message}")
        if not report.results:
            print(tr("Nothing is due to be submitted."))
        if report.stopped is not None:
            print(tr("Stopped: {reason}", reason=str(report.stopped)))
    return 1 if report.failed else 0


def _export(store: DraftStore, path: Path, form: str | None, state: str | None) -> int:
    chosen_form = exchange.FileForm(form) if form else None
    try:
        chosen = store.all(DraftState(state) if state else None)
        count = exchange.write_file(path, [stored.draft for stored in chosen], chosen_form)
    except exchange.ExchangeError as exc:
        print(exc.message, file=sys.stderr)
        return 3
    print(
        count_of(
            count,
            tr("1 draft written to {path}", path=str(path)),
            tr("{count} drafts written to {path}", count=count, path=str(path)),
        )
    )
    return 0


def _import(store: DraftStore, path: Path) -> int:
    try:
        report = exchange.import_file(path, store.add_many)
    except exchange.ExchangeError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    for item in report.read:
        for line in item.described():
            print(line, file=sys.stderr)
    if report.refused:
        print(tr("Nothing was imported: correct the errors above."), file=sys.stderr)
        return 2
    listed = ", ".join(str(i) for i in report.ids)
    message = count_of(
        len(report.ids),
        tr("1 draft imported, kept as a draft to review: {ids}", ids=listed),
        tr(
            "{count} drafts imported, kept as drafts to review: {ids}",
            count=len(report.ids),
            ids=listed,
        ),
    )
    print(message)
    return 0


def _queue(store: DraftStore, ids: list[int]) -> int:
    outcome = store.queue_each(ids or store.draft_ids())
    for refused in outcome.refused:
        if refused.kind is RefusalKind.ERRORS:
            _report(f"{refused.draft_id}: ", list(refused.problems))
        else:
            print(f"{refused.draft_id}: {refused.lines()[0]}", file=sys.stderr)
    listed = ", ".join(str(i) for i in outcome.queued) or "—"
    print(tr("{count} queued for submission: {ids}", count=len(outcome.queued), ids=listed))
    if outcome.refused:
        count = len(outcome.refused)
        print(tr("{count} not queued (see above).", count=count), file=sys.stderr)
        return 2
    return 0


def _report(where: str, problems: list[Problem]) -> None:
    """Each problem on its own line: where, error or warning, the field and what is wrong."""
    for problem in problems:
        kind = tr("error") if problem.blocking else tr("warning")
        line = tr("{label}: {text}", label=str(kind), text=problem.render())
        print(f"{where}{line}", file=sys.stderr)


def _list(store: DraftStore, state: str | None, *, as_json: bool) -> int:
    drafts = store.all(DraftState(state) if state else None)
    if as_json:
        print(json.dumps([d.to_json() for d in drafts], ensure_ascii=False, indent=2))
        return 0
    if not drafts:
        print(tr("No drafts."))
    for stored in drafts:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(stored.updated_at))
        total = stored.draft.totals().total
        number = f"  {stored.server_number}" if stored.server_number else ""
        print(
            f"{stored.id:6}  {when}  {stored.state:10}  {total:>14}  "
            f"{stored.draft.buyer.name}{number}"
        )
    return 0
