"""Carrying out a plan: back up, act, record; on a failure, put back what was done so
nothing is left half-done; later, undo a whole run from the journal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from invoice_tray.fixes.journal import Journal
from invoice_tray.fixes.model import (
    Backup,
    FixContext,
    Plan,
    RunStatus,
    Step,
    StepFailed,
    StepOutcome,
    StepStatus,
)
from invoice_tray.fixes.oscommand import ElevationRefused
from invoice_tray.i18n import Text, tr

log = logging.getLogger(__name__)
Progress = Callable[[int, Step, StepOutcome | None], None]  # index, step, None = starting


@dataclass
class RunResult:
    run_id: int
    status: RunStatus
    outcomes: list[StepOutcome] = field(default_factory=list)
    rolled_back: list[str] = field(default_factory=list)  # step ids put back after a failure
    problem: Text | None = None
    can_undo: bool = False  # some step that changed something is done and can be put back


@dataclass
class UndoResult:
    run_id: int
    ok: bool
    outcomes: list[StepOutcome] = field(default_factory=list)


class FixRunner:
    def __init__(self, ctx: FixContext, journal: Journal) -> None:
        self.ctx = ctx
        self.journal = journal

    def run(
        self,
        plan: Plan,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        before: str | None = None,
    ) -> RunResult:
        run_id = self.journal.start(plan.fix_id, plan.restart_required)
        result = RunResult(run_id, RunStatus.DONE)
        done: list[tuple[int, Step, Backup]] = []
        for index, step in enumerate(plan.steps):
            if cancel is not None and cancel.is_set():
                outcome = StepOutcome(step.id, step.title(), StepStatus.CANCELLED)
                self._note(run_id, index, step, outcome, {}, result, progress)
                result.status = RunStatus.CANCELLED
                continue
            reason = step.unavailable(self.ctx)
            if reason is not None:
                outcome = StepOutcome(step.id, step.title(), StepStatus.UNAVAILABLE, "", reason)
                self._note(run_id, index, step, outcome, {}, result, progress)
                continue
            if progress is not None:
                progress(index, step, None)
            backup: Backup = {}
            try:
                backup = {**step.backup(self.ctx), "kind": step.kind}
                output = step.run(self.ctx, backup)
            except ElevationRefused as exc:
                outcome = StepOutcome(step.id, step.title(), StepStatus.REFUSED, "", exc.message)
                self._note(run_id, index, step, outcome, backup, result, progress)
                result.status, result.problem = RunStatus.REFUSED, exc.message
                break
            except (StepFailed, OSError) as exc:
                failure = exc if isinstance(exc, StepFailed) else _os_failure(exc)
                outcome = StepOutcome(
                    step.id, step.title(), StepStatus.FAILED, failure.output, failure.message
                )
                self._note(run_id, index, step, outcome, backup, result, progress)
                result.status, result.problem = RunStatus.FAILED, failure.message
                break
            outcome = StepOutcome(step.id, step.title(), StepStatus.DONE, output)
            self._note(run_id, index, step, outcome, backup, result, progress)
            done.append((index, step, backup))
        if result.status in (RunStatus.FAILED, RunStatus.REFUSED):
            self._roll_back(run_id, done, result)
        else:
            result.can_undo = any(step.undoable for _index, step, _backup in done)
        self.journal.finish(run_id, result.status, before=before)
        return result

    def _note(
        self,
        run_id: int,
        index: int,
        step: Step,
        outcome: StepOutcome,
        backup: Backup,
        result: RunResult,
        progress: Progress | None,
    ) -> None:
        log.info("fix step %s: %s", step.id, outcome.status.value)
        self.journal.record(run_id, index, outcome, backup, step.undoable)
        result.outcomes.append(outcome)
        if progress is not None:
            progress(index, step, outcome)

    def _roll_back(
        self, run_id: int, done: list[tuple[int, Step, Backup]], result: RunResult
    ) -> None:
        """Put back, newest first, what this run changed before it failed."""
        for index, step, backup in reversed(done):
            if not step.undoable:
                continue
            try:
                note = type(step).restore(self.ctx, backup)
            except OSError as exc:
                note = f"not put back: {exc}"
                log.error("fix step %s could not be put back: %s", step.id, exc)
                self.journal.set_step_status(run_id, index, StepStatus.DONE, note)
                continue
            except (StepFailed, ElevationRefused) as exc:
                log.error("fix step %s could not be put back: %s", step.id, exc.message)
                self.journal.set_step_status(
                    run_id, index, StepStatus.DONE, f"not put back: {exc.message.render('en')}"
                )
                continue
            self.journal.set_step_status(run_id, index, StepStatus.ROLLED_BACK, note)
            result.rolled_back.append(step.id)

    def record_after(self, run_id: int, after: str) -> None:
        self.journal.finish(run_id, self._status(run_id), after=after)

    def _status(self, run_id: int) -> RunStatus:
        run = self.journal.get(run_id)
        return run.status if run is not None else RunStatus.DONE

    def undo(self, run_id: int) -> UndoResult:
        run = self.journal.get(run_id)
        if run is None:
            raise KeyError(run_id)
        result = UndoResult(run_id, True)
        for step in reversed(run.steps):
            if not (step.undoable and step.status is StepStatus.DONE):
                continue
            kind = Step.of_kind(str(step.backup.get("kind", "")))
            try:
                if kind is None:
                    raise StepFailed(tr("this step cannot be undone by this version"))
                note = kind.restore(self.ctx, step.backup)
            except OSError as exc:
                result.ok = False
                result.outcomes.append(
                    StepOutcome(
                        step.step_id, step.title, StepStatus.FAILED, "", _os_failure(exc).message
                    )
                )
                continue
            except (StepFailed, ElevationRefused) as exc:
                result.ok = False
                result.outcomes.append(
                    StepOutcome(step.step_id, step.title, StepStatus.FAILED, "", exc.message)
                )
                continue
            self.journal.set_step_status(run_id, step.seq, StepStatus.UNDONE, note)
            result.outcomes.append(StepOutcome(step.step_id, step.title, StepStatus.UNDONE, note))
        if result.ok:
            self.journal.finish(run_id, RunStatus.UNDONE)
        return result


def _os_failure(exc: OSError) -> StepFailed:
    return StepFailed(tr("the system did not allow it"), str(exc))
