"""``invoice-tray fix``: the guided fixes without a window, for helpdesks working remotely or
by script. Exit codes: 0 the fix ran and the check now passes; 1 it ran but the check still
fails; 2 it failed, was refused or declined; 3 it could not be planned (or bad arguments)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from invoice_tray.cli import command_help
from invoice_tray.cli.localize import help_text
from invoice_tray.config import Config
from invoice_tray.engine.model import FixId, Light
from invoice_tray.engine.verdict import Report
from invoice_tray.fixes import FIX_TITLES, catalog
from invoice_tray.fixes.journal import JournalRun
from invoice_tray.fixes.model import FixContext, Plan, RunStatus
from invoice_tray.fixes.runner import FixRunner, RunResult
from invoice_tray.fixes.validate import UnsafeValue
from invoice_tray.i18n import tr
from invoice_tray.paths import AppPaths

PASSING = (Light.GREEN, Light.YELLOW)


def summary(report: Report) -> str:
    cause = report.verdict.cause
    return f"{report.verdict.light.label}" + (f" ({cause.code})" if cause else "")


def add_parser(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    h = help_text
    fix = sub.add_parser(
        "fix",
        parents=parents,
        help=h(command_help()["fix"]),
    )
    fix.add_argument(
        "name", nargs="?", choices=[str(f) for f in catalog.FIXES], help=h(tr("the fix to run"))
    )
    fix.add_argument("--dry-run", action="store_true", help=h(tr("print the plan, change nothing")))
    fix.add_argument("--yes", action="store_true", help=h(tr("do not ask before acting")))
    fix.add_argument("--json", action="store_true", help=h(tr("print one JSON object")))
    for fix_id, known in catalog.FIXES.items():
        for spec in known.options:  # each fix's own choices, as flags
            fix.add_argument(
                f"--{spec.option.value}",
                dest=f"option_{spec.option.value}",
                action="store_true",
                help=h(tr("{fix}: {choice}", fix=FIX_TITLES[fix_id], choice=spec.label)),
            )
    fix.add_argument("--list", action="store_true", help=h(tr("show the journal of fixes run")))
    fix.add_argument("--undo", type=int, metavar="ID", help=h(tr("undo the run with this id")))


def run(args: argparse.Namespace, paths: AppPaths, config: Config, check: Any) -> int:
    """``check`` runs one full check and returns its report (the caller knows the secrets)."""
    ctx = catalog.system_context(paths, config.path or paths.config_file())
    journal = catalog.open_journal(paths)
    try:
        if args.list:
            return _list(journal.runs(), as_json=args.json)
        if args.undo is not None:
            return _undo(FixRunner(ctx, journal), args.undo, as_json=args.json)
        if args.name is None:
            message = tr(
                "name a fix (network-reset, cache-clear, proxy-exemption), --list or --undo ID"
            )
            print(message, file=sys.stderr)
            return 3
        try:
            fix_id = FixId(args.name)
            chosen = frozenset(
                spec.option
                for spec in catalog.FIXES[fix_id].options
                if getattr(args, f"option_{spec.option.value}", False)
            )
            plan = catalog.plan_for(fix_id, ctx, chosen)
        except UnsafeValue as exc:
            print(tr("cannot plan the fix: {reason}", reason=str(exc.message)), file=sys.stderr)
            return 3
        if args.dry_run:
            _show_plan(plan, ctx, as_json=args.json)
            return 0
        before = check() if fix_id is FixId.PROXY_EXEMPTION else None
        if before is not None and before.verdict.fix is not FixId.PROXY_EXEMPTION:
            # Bypassing helps only a proxy that refuses the way; not one asking who the user
            # is, one that is down, or none at all (and where only the proxy may go out, it
            # makes things worse).
            print(
                tr(
                    "Letting the server bypass the proxy would not help now: {state}. "
                    "Nothing was changed.",
                    state=before.verdict.title,
                ),
                file=sys.stderr,
            )
            return 2
        if not args.json:
            _show_plan(plan, ctx, as_json=False)
        if not args.yes and not _confirm():
            print(tr("Nothing was changed."), file=sys.stderr)
            return 2
        if before is None:
            before = check()
        result = FixRunner(ctx, journal).run(plan, before=summary(before))
        after = check()
        FixRunner(ctx, journal).record_after(result.run_id, summary(after))
        _show_result(plan, ctx, result, before, after, as_json=args.json)
        if result.status is not RunStatus.DONE:
            return 2
        return 0 if after.verdict.light in PASSING else 1
    finally:
        journal.close()


def _confirm() -> bool:
    if not sys.stdin.isatty():
        print(tr("Not run: add --yes to run without asking."), file=sys.stderr)
        return False
    answer = input(str(tr("Go ahead? [y/N] ")))
    return answer.strip().lower() in ("y", "yes", "是", "好")


def _show_plan(plan: Plan, ctx: FixContext, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"plan": plan.to_json(ctx)}, ensure_ascii=False, indent=2))
        return
    print(f"{plan.title}\n{plan.why}\n")
    for number, step in enumerate(plan.steps, start=1):
        flags = []
        if step.needs_admin:
            flags.append(str(tr("administrator")))
        if not step.undoable:
            flags.append(str(tr("cannot be undone")))
        extra = f"  [{', '.join(flags)}]" if flags else ""
        print(f"{number}. {step.title()}{extra}")
        reason = step.unavailable(ctx)
        if reason is not None:
            print(f"   {tr('skipped: {reason}', reason=str(reason))}")
            continue
        for action in step.actions(ctx):
            print(f"   {action}")
    if plan.restart_required:
        print(f"\n{tr('A restart of the computer finishes this fix.')}")
    print()


def _show_result(
    plan: Plan,
    ctx: FixContext,
    result: RunResult,
    before: Report,
    after: Report,
    *,
    as_json: bool,
) -> None:
    if as_json:
        document = {
            "plan": plan.to_json(ctx),
            "run": {
                "id": result.run_id,
                "status": result.status,
                "problem": str(result.problem) if result.problem else None,
                "rolled_back": result.rolled_back,
                "steps": [o.to_json() for o in result.outcomes],
            },
            "before": before.to_json(),
            "after": after.to_json(),
            "restart_required": plan.restart_required and result.status is RunStatus.DONE,
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return
    for outcome in result.outcomes:
        line = f"{outcome.status.value:12} {outcome.title}"
        if outcome.message:
            line += f": {outcome.message}"
        print(line)
        for output_line in outcome.output.strip().splitlines()[-5:]:
            print(f"{'':12} | {output_line}")
    if result.rolled_back:
        print(tr("Put back after the failure: {steps}", steps=", ".join(result.rolled_back)))
    print(tr("Before: {before}   After: {after}", before=summary(before), after=summary(after)))
    if result.status is RunStatus.DONE and plan.restart_required:
        print(tr("Restart the computer to finish this fix."))
    print(tr("Journal entry {id}; undo with: invoice-tray fix --undo {id}", id=result.run_id))


def _list(runs: list[JournalRun], *, as_json: bool) -> int:
    if as_json:
        print(json.dumps([r.to_json() for r in runs], ensure_ascii=False, indent=2))
        return 0
    if not runs:
        print(tr("No fix has been run yet."))
    for record in runs:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(record.started_at))
        change = f"{record.before or '?'} -> {record.after or '?'}"
        undo = f"  ({tr('can be undone')})" if record.can_undo else ""
        print(f"{record.id:4}  {when}  {record.fix_id:16} {record.status:11} {change}{undo}")
    return 0


def _undo(runner: FixRunner, run_id: int, *, as_json: bool) -> int:
    try:
        result = runner.undo(run_id)
    except KeyError:
        print(tr("There is no fix run {id} in the journal.", id=run_id), file=sys.stderr)
        return 3
    if as_json:
        steps = [o.to_json() for o in result.outcomes]
        print(json.dumps({"id": run_id, "ok": result.ok, "steps": steps}, ensure_ascii=False))
    else:
        for outcome in result.outcomes:
            message = f": {outcome.message}" if outcome.message else ""
            print(f"{outcome.status.value:12} {outcome.title}{message}")
        if not result.outcomes:
            print(tr("Nothing to undo in run {id}.", id=run_id))
    return 0 if result.ok else 2
