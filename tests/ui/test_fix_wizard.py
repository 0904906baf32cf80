"""The fix wizard driven page by page like a user: real folders, a real check against the
simulator, and the tray's "Fix: …" entry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from invoice_tray.config import load_config
from invoice_tray.engine.model import FixId, Light
from invoice_tray.engine.monitor import MonitorPolicy
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.engine.settings import CheckSettings
from invoice_tray.engine.verdict import Report
from invoice_tray.fixes.catalog import open_journal
from invoice_tray.fixes.journal import Journal
from invoice_tray.fixes.model import FixContext
from invoice_tray.paths import AppPaths
from invoice_tray.simulator.server import Simulator
from invoice_tray.ui.checker import CheckController
from invoice_tray.ui.fix_wizard import FixHost, FixWizard, prepare
from invoice_tray.ui.hosts import DiagnosticsHost, SettingsHost
from invoice_tray.ui.tray import TrayPresenter
from tests.builders import config_for
from tests.conftest import needs_tinyproxy, settings_for
from tests.fixes.fakes import RecordingCommands, context


def host_for(ctx: FixContext, journal: Journal, simulator: Simulator) -> tuple[FixHost, list[str]]:
    calls: list[str] = []
    host = FixHost(
        ctx=ctx,
        journal=journal,
        check=lambda: run_check_sync(settings_for(simulator)),
        before=None,
        settings_changed=lambda: calls.append("settings"),
        export_diagnostics=lambda: calls.append("export"),
    )
    return host, calls


def next_page(qtbot: QtBot, wizard: FixWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    button.click()


def test_cache_clear_from_why_to_undo(qtbot: QtBot, simulator: Simulator, tmp_path: Path) -> None:
    ctx = context(tmp_path, "linux")
    cache = ctx.paths.cache_dir
    (cache / "old").mkdir(parents=True)
    (cache / "old" / "answer.json").write_text("{}", encoding="utf-8")
    journal = Journal(tmp_path / "journal.sqlite3")
    host, calls = host_for(ctx, journal, simulator)
    wizard = FixWizard(host, prepare(ctx, FixId.CACHE_CLEAR))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.why_page
    assert wizard.why_page.title() == "Clear caches"

    next_page(qtbot, wizard)
    plan_text = wizard.plan_page.text.toPlainText()
    assert "1. Empty this program's own cache" in plan_text
    assert "so this can be undone" in plan_text
    # No commands in the way: shown when the helpdesk asks for them.
    commands = wizard.plan_page.commands
    assert commands.isHidden()
    wizard.plan_page.show_commands.setChecked(True)
    assert commands.isVisible()
    assert commands.toPlainText() == "No system commands: only this program's own data."

    next_page(qtbot, wizard)  # "Run the fix": the commit
    assert wizard.currentPage() is wizard.run_page
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=10_000)
    assert wizard.run_page.result is not None and wizard.run_page.result.status == "done"
    assert wizard.run_page.output.toPlainText() == "→ Empty this program's own cache\n   done"
    assert "moved 1 files" in wizard.run_page.raw.toPlainText()  # for the helpdesk, on request
    assert wizard.run_page.raw.isHidden()
    assert list(cache.iterdir()) == []
    assert calls == ["settings"]

    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.verify_page.report is not None, timeout=10_000)
    assert wizard.verify_page.after.text() == "After: Invoices can be issued"
    run = journal.get(wizard.run_page.result.run_id)
    assert run is not None and run.after == "green"

    next_page(qtbot, wizard)
    finish = wizard.finish_page
    assert "The problem is solved" in finish.summary.text()
    assert finish.undo_button.isVisible() and not finish.export_button.isVisible()
    finish.undo_button.click()
    qtbot.waitUntil(lambda: finish.undo_result is not None, timeout=10_000)
    assert "undone" in finish.summary.text()
    assert (cache / "old" / "answer.json").read_text(encoding="utf-8") == "{}"
    journal.close()


def test_a_refused_prompt_ends_with_the_way_to_the_helpdesk(
    qtbot: QtBot, simulator: Simulator, tmp_path: Path
) -> None:
    simulator.set_scenario("down")
    commands = RecordingCommands(refuse_admin=lambda argv: True)
    ctx = context(tmp_path, "win32", commands, programs=["ipconfig", "netsh"])
    journal = Journal(tmp_path / "journal.sqlite3")
    host, calls = host_for(ctx, journal, simulator)
    wizard = FixWizard(host, prepare(ctx, FixId.NETWORK_RESET))
    qtbot.addWidget(wizard)
    wizard.show()
    next_page(qtbot, wizard)
    assert "Needs administrator rights" in wizard.plan_page.text.toPlainText()
    assert "A restart of the computer finishes this fix." in wizard.plan_page.text.toPlainText()
    next_page(qtbot, wizard)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=10_000)
    output = wizard.run_page.output.toPlainText()
    assert "not allowed: administrator rights were not given" in output
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.verify_page.report is not None, timeout=10_000)
    next_page(qtbot, wizard)
    finish = wizard.finish_page
    assert "not solved yet" in finish.summary.text()
    assert not finish.undo_button.isVisible()
    assert "Restart the computer" not in finish.summary.text()
    finish.export_button.click()
    assert calls[-1] == "export"
    journal.close()


def test_the_tray_offers_the_verdicts_fix_and_opens_its_wizard(
    qtbot: QtBot, simulator: Simulator, tmp_path: Path
) -> None:
    simulator.set_scenario("blackhole")  # times out: the verdict names network-reset
    policy = MonitorPolicy(interval_s=30, retry_s=30, failure_threshold=1)
    controller = CheckController(config_for(simulator, timeout_s=1.0), policy, "t")
    paths = AppPaths.from_environment()
    presenter = TrayPresenter(
        controller,
        quit_app=lambda: None,
        settings=SettingsHost(paths.config_file()),
        diagnostics=DiagnosticsHost(paths, destination=tmp_path),
    )
    try:
        assert not presenter.fix_action.isVisible()
        controller.start()
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.RED, timeout=10_000)
        assert presenter.fix_action.isVisible()
        assert presenter.fix_action.text() == "Fix: Network reset…"
        presenter.fix_action.trigger()
        qtbot.waitUntil(lambda: presenter.windows.fix_wizard is not None, timeout=10_000)
        wizard = presenter.windows.fix_wizard
        assert wizard is not None and wizard.isVisible()
        assert wizard.why_page.now.text().startswith("Now: Invoices cannot be issued now: ")
        assert "cannot find or reach the invoice server" in wizard.why_page.why.text()
        wizard.reject()
        qtbot.waitUntil(lambda: presenter.windows.fix_wizard is None, timeout=5_000)

        # Clicking the notification of the change opens the same fix.
        assert presenter.notices.fix == "network-reset"
        presenter.notices.clicked()
        qtbot.waitUntil(lambda: presenter.windows.fix_wizard is not None, timeout=10_000)
        assert presenter.windows.details is None
    finally:
        controller.stop()
        presenter.close()
        simulator.set_scenario("healthy")


def test_a_fix_journal_opens_under_the_data_folder(tmp_path: Path) -> None:
    paths = AppPaths.from_environment()
    journal = open_journal(paths)
    assert (paths.data_dir / "fixes.sqlite3").exists()
    journal.close()


@needs_tinyproxy
@pytest.mark.proxy
def test_proxy_exemption_through_the_wizard_against_a_real_proxy(
    qtbot: QtBot, simulator: Simulator, tinyproxy: Callable[[int], str], tmp_path: Path
) -> None:
    ctx = context(tmp_path, "linux", server=simulator.url)
    ctx.config_path.write_text(
        f'[server]\nurl = "{simulator.url}"\nca_file = "{simulator.ca_path.as_posix()}"\n'
        f'[network]\nproxy = "{tinyproxy(443)}"\n',
        encoding="utf-8",
    )

    def check() -> Report:
        return run_check_sync(CheckSettings.from_config(load_config(ctx.config_path), token="t"))

    before = check()
    assert before.verdict.fix == "proxy-exemption"
    journal = Journal(tmp_path / "journal.sqlite3")
    host = FixHost(ctx, journal, check, before, lambda: None, lambda: None)
    wizard = FixWizard(host, prepare(ctx, FixId.PROXY_EXEMPTION))
    qtbot.addWidget(wizard)
    wizard.show()
    now = (
        "Now: Invoices cannot be issued now: The proxy server blocks the way to the invoice server"
    )
    assert wizard.why_page.now.text() == now
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=10_000)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.verify_page.report is not None, timeout=10_000)
    assert wizard.verify_page.after.text() == "After: Invoices can be issued"
    next_page(qtbot, wizard)
    wizard.finish_page.undo_button.click()
    qtbot.waitUntil(lambda: wizard.finish_page.undo_result is not None, timeout=10_000)
    cause = check().verdict.cause
    assert cause is not None and cause.code == "proxy-blocked"
    journal.close()


def test_next_enter_and_back_never_run_the_plan(
    qtbot: QtBot, simulator: Simulator, tmp_path: Path
) -> None:
    """Only the plan page's explicit "Run the fix" changes anything: Next, Enter, a quick
    second click where Next was, and Back then Next again all leave the system alone."""
    commands = RecordingCommands()
    ctx = context(tmp_path, "win32", commands, programs=["ipconfig", "netsh"])
    journal = Journal(tmp_path / "journal.sqlite3")
    host, _calls = host_for(ctx, journal, simulator)
    wizard = FixWizard(host, prepare(ctx, FixId.NETWORK_RESET))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    run_button = wizard.button(QWizard.WizardButton.CommitButton)

    def nothing_ran() -> None:
        assert commands.calls == []
        assert wizard.run_page.result is None
        assert journal.runs() == []

    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.plan_page
    # The second click of a double-click lands where Next was: on the run button.
    qtbot.mouseClick(run_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.plan_page
    assert not next_button.isVisible()
    assert run_button.isVisible() and run_button.text() == "Run the fix"
    qtbot.waitUntil(run_button.isEnabled, timeout=5_000)
    for widget in (wizard.focusWidget(), wizard, wizard.plan_page.text, run_button):
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClick(widget, Qt.Key.Key_Enter)
        assert wizard.currentPage() is wizard.plan_page
    nothing_ran()

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.why_page
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.plan_page
    nothing_ran()

    qtbot.waitUntil(run_button.isEnabled, timeout=5_000)
    qtbot.mouseClick(run_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.run_page
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=10_000)
    assert commands.calls != []
    # Once run, there is no way back to the plan (and so to running it twice).
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    journal.close()


def test_a_skipped_step_is_named_in_the_run(
    qtbot: QtBot, simulator: Simulator, tmp_path: Path
) -> None:
    ctx = context(tmp_path, "linux")  # no resolvectl here: the DNS step is skipped
    journal = Journal(tmp_path / "journal.sqlite3")
    host, _calls = host_for(ctx, journal, simulator)
    wizard = FixWizard(host, prepare(ctx, FixId.NETWORK_RESET))
    qtbot.addWidget(wizard)
    wizard.show()
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=10_000)
    assert wizard.run_page.output.toPlainText().splitlines()[-2:] == [
        "→ Empty the DNS cache",
        "   skipped: the system tool it needs is not on this computer",
    ]
    journal.close()


def test_a_verification_that_fails_lets_the_user_go_on_in_chinese(
    qtbot: QtBot, simulator: Simulator, tmp_path: Path
) -> None:
    """The page once looked for the English word "failed" in its own text: in Chinese the
    wizard could never be finished when the re-check itself failed."""
    from PySide6.QtWidgets import QApplication

    from invoice_tray.ui.language import install_translator

    def broken_check() -> Report:
        raise RuntimeError("the keyring is locked")

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "zh_CN")
    try:
        ctx = context(tmp_path, "linux")
        journal = Journal(tmp_path / "journal.sqlite3")
        host, _calls = host_for(ctx, journal, simulator)
        host = replace(host, check=broken_check)
        wizard = FixWizard(host, prepare(ctx, FixId.CACHE_CLEAR))
        qtbot.addWidget(wizard)
        wizard.show()
        next_page(qtbot, wizard)
        next_page(qtbot, wizard)  # 执行修复
        qtbot.waitUntil(wizard.run_page.isComplete, timeout=10_000)
        next_page(qtbot, wizard)
        qtbot.waitUntil(lambda: "the keyring is locked" in wizard.verify_page.after.text())
        assert "failed" not in wizard.verify_page.after.text()  # it speaks Chinese
        assert wizard.verify_page.isComplete()
        next_page(qtbot, wizard)
        assert wizard.currentPage() is wizard.finish_page
        journal.close()
    finally:
        install_translator(app, "en")
