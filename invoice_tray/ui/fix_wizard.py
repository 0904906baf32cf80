"""The fix wizard: why, plan, run, verify, finish. A thin layer over :mod:`invoice_tray.fixes`:
the plan, the run and the undo are the engine's; the check before and after is the tray's.

Work that may block (OS commands, elevation prompts, the check) runs off the GUI thread; the
pages follow it through signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from invoice_tray.engine.causes import headline
from invoice_tray.engine.model import FixId, Light
from invoice_tray.engine.verdict import Report
from invoice_tray.fixes import catalog
from invoice_tray.fixes.journal import Journal
from invoice_tray.fixes.model import (
    FixContext,
    FixOption,
    Plan,
    RunStatus,
    Step,
    StepOutcome,
    StepStatus,
)
from invoice_tray.fixes.runner import FixRunner, RunResult, UndoResult
from invoice_tray.helpdesk import Contact
from invoice_tray.i18n import Text, listed
from invoice_tray.ui.background import run_in_background
from invoice_tray.ui.widgets import fit_to_screen

log = logging.getLogger(__name__)
PASSING = (Light.GREEN, Light.YELLOW)


@dataclass
class FixHost:
    """What the wizard needs from the app."""

    ctx: FixContext
    journal: Journal
    check: Callable[[], Report]  # blocking; called on a worker thread
    before: Report | None  # the last check's report, when the wizard opened
    settings_changed: Callable[[], None]  # the app's own settings changed: reload them
    export_diagnostics: Callable[[], None]
    helpdesk: Contact = field(default_factory=Contact)  # how to reach it, when IT said


@dataclass(frozen=True)
class StepPreview:
    step: Step
    unavailable: Text | None
    actions: list[str]


@dataclass(frozen=True)
class Prepared:
    plan: Plan
    preview: list[StepPreview]


def prepare(
    ctx: FixContext, fix_id: FixId, options: frozenset[FixOption] = frozenset()
) -> Prepared:
    """The plan and what it will do: may run read-only OS commands, so not on the GUI
    thread."""
    plan = catalog.plan_for(fix_id, ctx, options)
    preview = [StepPreview(s, s.unavailable(ctx), s.actions(ctx)) for s in plan.steps]
    return Prepared(plan, preview)


def on_request(label: str) -> tuple[QCheckBox, QPlainTextEdit]:
    """Technical text (commands, their output) for the helpdesk, hidden until asked for."""
    toggle = QCheckBox(label)
    box = QPlainTextEdit()
    box.setReadOnly(True)
    box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    box.hide()
    toggle.toggled.connect(box.setVisible)
    return toggle, box


class RunSignals(QObject):
    """Lives on the GUI thread; emitted from the worker thread, delivered on the GUI thread."""

    stepStarted = Signal(int, str)
    stepDone = Signal(int, object)  # index, StepOutcome


class WhyPage(QWizardPage):
    def __init__(self, wizard: FixWizard) -> None:
        super().__init__()
        self.setTitle(str(wizard.plan.title))
        self.setSubTitle(self.tr("What is wrong, and why this fix helps"))
        self.now = QLabel(self.tr("Now: %1").replace("%1", wizard.verdict_line(wizard.host.before)))
        self.now.setWordWrap(True)
        self.why = QLabel(str(wizard.plan.why))
        self.why.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.now)
        layout.addWidget(self.why)
        layout.addStretch(1)


class PlanPage(QWizardPage):
    """The commit page: its forward button is "Run the fix", the only way to change anything.

    Enter never presses it (the wizard has no default button and the button is not an
    auto-default one), and it wakes up only a double-click's time after the page appears, so
    the second click of a double-click on Next cannot land on it.
    """

    def __init__(self, wizard: FixWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("What will be done"))
        self.setSubTitle(
            self.tr("Nothing has been changed yet. Press “Run the fix” to do these steps.")
        )
        self.setCommitPage(True)
        self.armed = False
        self.preparing = False
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        # The exact commands are for the helpdesk: there when asked for, not in the way.
        self.show_commands, self.commands = on_request(
            self.tr("Show the exact commands (for the helpdesk)")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.show_commands)
        layout.addWidget(self.commands, 1)
        # The fix's own choices (WinHTTP for the proxy exemption on Windows).
        self.options: dict[FixOption, QCheckBox] = {}
        for spec in catalog.options_for(wizard.plan.fix_id, wizard.host.ctx.platform):
            box = QCheckBox(str(spec.label))
            box.toggled.connect(self._option_toggled)
            layout.addWidget(box)
            self.options[spec.option] = box

    def initializePage(self) -> None:
        self._show(self.wizard_.prepared)
        self.text.setFocus()
        self.armed = False
        QTimer.singleShot(QApplication.doubleClickInterval() + 100, self._arm)

    def cleanupPage(self) -> None:
        self.armed = False

    def _arm(self) -> None:
        self.armed = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.armed and not self.preparing

    def _show(self, prepared: Prepared) -> None:
        self.text.setPlainText(self.describe(prepared))
        self.commands.setPlainText(self.describe_commands(prepared))

    def describe(self, prepared: Prepared) -> str:
        """Each step in words: what it does, whether it asks for administrator rights, and
        whether it can be undone."""
        lines = []
        for number, item in enumerate(prepared.preview, start=1):
            step = item.step
            lines.append(f"{number}. {step.title()}")
            if item.unavailable is not None:
                lines.append("   " + self.tr("Skipped: %1").replace("%1", str(item.unavailable)))
                continue
            if step.needs_admin:
                lines.append("   " + self.tr("Needs administrator rights (you will be asked)."))
            lines.append(
                "   "
                + (
                    self.tr("The current state is kept first, so this can be undone.")
                    if step.undoable
                    else self.tr("Cannot be undone (nothing to put back).")
                )
            )
        if prepared.plan.restart_required:
            lines += ["", self.tr("A restart of the computer finishes this fix.")]
        return "\n".join(lines)

    def describe_commands(self, prepared: Prepared) -> str:
        """The steps as they will run, command by command."""
        lines = []
        for number, item in enumerate(prepared.preview, start=1):
            if item.unavailable is None and item.actions:
                lines.append(f"{number}.")
                lines.extend(f"   {action}" for action in item.actions)
        return "\n".join(lines) or self.tr("No system commands: only this program's own data.")

    def _option_toggled(self, _on: bool) -> None:
        self.setEnabled(False)
        self.preparing = True
        self.completeChanged.emit()
        ctx, fix_id = self.wizard_.host.ctx, self.wizard_.plan.fix_id
        chosen = frozenset(option for option, box in self.options.items() if box.isChecked())
        run_in_background(
            self, lambda: prepare(ctx, fix_id, chosen), self._prepared, name="fix-plan"
        )

    def _prepared(self, prepared: Prepared | None, error: BaseException | None) -> None:
        self.setEnabled(True)
        self.preparing = False
        if prepared is not None:
            self.wizard_.prepared = prepared
            self._show(prepared)
        self.completeChanged.emit()


class RunPage(QWizardPage):
    def __init__(self, wizard: FixWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Doing it"))
        self.progress = QProgressBar()
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        # What the system's commands printed (their words, their language): on request.
        self.show_output, self.raw = on_request(self.tr("Show what the commands printed"))
        self.cancel_button = QPushButton(self.tr("Stop after this step"))
        self.cancel_button.clicked.connect(self._cancel)
        self.signals = RunSignals(self)
        self.signals.stepStarted.connect(self._started)
        self.signals.stepDone.connect(self._done)
        self.cancel = threading.Event()
        self.result: RunResult | None = None
        self.announced = -1  # the step whose title was last written
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.output, 2)
        layout.addWidget(self.show_output)
        layout.addWidget(self.raw, 1)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)

    def initializePage(self) -> None:
        plan = self.wizard_.plan
        self.progress.setRange(0, len(plan.steps))
        self.progress.setValue(0)
        signals, cancel, runner = self.signals, self.cancel, self.wizard_.runner
        before = self.wizard_.host.before

        def progress(index: int, step: Step, outcome: StepOutcome | None) -> None:
            if outcome is None:
                signals.stepStarted.emit(index, str(step.title()))
            else:
                signals.stepDone.emit(index, outcome)

        def work() -> RunResult:
            summary = None
            if before is not None:
                cause = before.verdict.cause
                summary = before.verdict.light.label + (f" ({cause.code})" if cause else "")
            return runner.run(plan, progress=progress, cancel=cancel, before=summary)

        # Through run_in_background: every Qt object the work holds goes back to this thread.
        run_in_background(self, work, self._finished, name="fix")

    def isComplete(self) -> bool:
        return self.result is not None

    def _cancel(self) -> None:
        self.cancel.set()
        self.cancel_button.setEnabled(False)
        self.output.appendPlainText(self.tr("Stopping after the current step…"))

    @Slot(int, str)
    def _started(self, index: int, title: str) -> None:
        self.announced = index
        self.output.appendPlainText(f"→ {title}")

    @Slot(int, object)
    def _done(self, index: int, outcome: StepOutcome) -> None:
        if index != self.announced:  # skipped without starting: say which step it was
            self._started(index, str(outcome.title))
        self.progress.setValue(index + 1)
        line = f"   {self.wizard_.status_text(outcome.status)}"
        if outcome.message:
            line += self.tr(": %1").replace("%1", str(outcome.message))
        self.output.appendPlainText(line)
        if outcome.output.strip():
            title = (
                self.wizard_.plan.steps[index].title()
                if index < len(self.wizard_.plan.steps)
                else ""
            )
            self.raw.appendPlainText(f"{index + 1}. {title}")
            self.raw.appendPlainText(
                "\n".join(f"   {row}" for row in outcome.output.strip().splitlines()[-20:])
            )

    def _finished(self, result: RunResult | None, error: BaseException | None) -> None:
        self.cancel_button.setEnabled(False)
        if result is not None:
            self.result = result
        else:  # shown on the page; never a silent dead wizard
            log.error("fix run failed", exc_info=error)
            self.result = RunResult(-1, RunStatus.FAILED)
            message = self.tr("The fix stopped unexpectedly: %1")
            self.output.appendPlainText(message.replace("%1", str(error)))
        if self.result.rolled_back:
            self.output.appendPlainText(self.tr("What had been done was put back."))
        self.progress.setValue(self.progress.maximum())
        self.wizard_.host.settings_changed()
        self.completeChanged.emit()


class VerifyPage(QWizardPage):
    checked = Signal()

    def __init__(self, wizard: FixWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Checking again"))
        self.before = QLabel()
        self.after = QLabel(self.tr("Checking…"))
        for label in (self.before, self.after):
            label.setWordWrap(True)
        self.report: Report | None = None
        self.check_failed = False  # the check itself failed: Next goes on regardless
        layout = QVBoxLayout(self)
        layout.addWidget(self.before)
        layout.addWidget(self.after)
        layout.addStretch(1)

    def initializePage(self) -> None:
        before = self.wizard_.verdict_line(self.wizard_.host.before)
        self.before.setText(self.tr("Before: %1").replace("%1", before))
        self.report = None
        self.check_failed = False
        check, runner = self.wizard_.host.check, self.wizard_.runner
        run = self.wizard_.run_page.result

        def work() -> Report:
            report = check()
            if run is not None and run.run_id >= 0:
                cause = report.verdict.cause
                after = report.verdict.light.label + (f" ({cause.code})" if cause else "")
                runner.record_after(run.run_id, after)
            return report

        run_in_background(self, work, self._checked, name="fix-verify")

    def _checked(self, report: Report | None, error: BaseException | None) -> None:
        self.report = report
        self.check_failed = report is None
        if report is None:
            self.after.setText(self.tr("The check failed: %1").replace("%1", str(error)))
        else:
            self.after.setText(
                self.tr("After: %1").replace("%1", self.wizard_.verdict_line(report))
            )
        self.completeChanged.emit()
        self.checked.emit()

    def isComplete(self) -> bool:
        return self.report is not None or self.check_failed


class FinishPage(QWizardPage):
    def __init__(self, wizard: FixWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Done"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this fix"))
        self.undo_button.clicked.connect(self._undo)
        self.undo_button.setAutoDefault(False)  # undoing changes the system: a click only
        self.export_button = QPushButton(self.tr("Export diagnostics for the helpdesk…"))
        self.export_button.clicked.connect(wizard.host.export_diagnostics)
        self.contact = QLabel("\n".join(str(line) for line in wizard.host.helpdesk.lines()))
        self.contact.setWordWrap(True)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_result: UndoResult | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.contact)
        layout.addStretch(1)

    def initializePage(self) -> None:
        run = self.wizard_.run_page.result
        report = self.wizard_.verify_page.report
        fixed = (
            run is not None
            and run.status is RunStatus.DONE
            and report is not None
            and (report.verdict.light in PASSING)
        )
        lines = [
            self.tr("The problem is solved: invoices can be issued.")
            if fixed
            else self.tr(
                "The problem is not solved yet. Export the diagnostics and send them to your "
                "helpdesk: they show what was checked and what this fix did."
            )
        ]
        if run is not None and run.status is RunStatus.DONE and self.wizard_.plan.restart_required:
            lines.append(self.tr("Restart the computer to finish this fix."))
        self.summary.setText("\n\n".join(lines))
        self.undo_button.setVisible(run is not None and run.can_undo)
        self.export_button.setVisible(not fixed)
        self.contact.setVisible(not fixed and bool(self.contact.text()))

    def _undo(self) -> None:
        run = self.wizard_.run_page.result
        if run is None:
            return
        self.undo_button.setEnabled(False)
        runner = self.wizard_.runner
        run_in_background(self, lambda: runner.undo(run.run_id), self._undone, name="fix-undo")

    def _undone(self, result: UndoResult | None, error: BaseException | None) -> None:
        self.undo_result = result
        self.wizard_.host.settings_changed()
        if result is not None and result.ok:
            self.summary.setText(self.tr("The fix was undone: everything is as it was before."))
            self.undo_button.hide()
        else:
            problems = listed(
                str(o.message) for o in (result.outcomes if result else []) if o.message
            ) or str(error)
            self.summary.setText(self.tr("The undo did not complete: %1").replace("%1", problems))
            self.undo_button.setEnabled(True)


class FixWizard(QWizard):
    def __init__(self, host: FixHost, prepared: Prepared) -> None:
        super().__init__()
        self.host = host
        self.prepared = prepared
        self.runner = FixRunner(host.ctx, host.journal)
        self.setWindowTitle(self.tr("%1 – invoice-tray").replace("%1", str(self.plan.title)))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.why_page = WhyPage(self)
        self.plan_page = PlanPage(self)
        self.run_page = RunPage(self)
        self.verify_page = VerifyPage(self)
        self.finish_page = FinishPage(self)
        for page in (
            self.why_page, self.plan_page, self.run_page, self.verify_page, self.finish_page,
        ):  # fmt: skip
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Run the fix"))
        # Enter must never start the fix: no default button, and the commit button does not
        # become one when it has the focus.
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        commit = self.button(QWizard.WizardButton.CommitButton)
        if isinstance(commit, QPushButton):
            commit.setAutoDefault(False)
        fit_to_screen(self, 640, 480)

    @property
    def plan(self) -> Plan:
        return self.prepared.plan

    def verdict_line(self, report: Report | None) -> str:
        if report is None:
            return self.tr("not checked yet")
        labels = {
            Light.GREEN: self.tr("Invoices can be issued"),
            Light.YELLOW: self.tr("Invoices can be issued; attention needed"),
            Light.RED: self.tr("Invoices cannot be issued now"),
            Light.UNKNOWN: self.tr("Not known yet"),
        }
        cause = report.verdict.cause
        label = labels[report.verdict.light]
        if cause is None:
            return label
        title = str(headline(cause))
        return self.tr("%1: %2").replace("%1", label).replace("%2", title)

    def status_text(self, status: StepStatus) -> str:
        texts = {
            StepStatus.DONE: self.tr("done"),
            StepStatus.FAILED: self.tr("failed"),
            StepStatus.REFUSED: self.tr("not allowed"),
            StepStatus.UNAVAILABLE: self.tr("skipped"),
            StepStatus.CANCELLED: self.tr("not done (stopped)"),
            StepStatus.ROLLED_BACK: self.tr("put back"),
            StepStatus.UNDONE: self.tr("undone"),
        }
        return texts[status]
