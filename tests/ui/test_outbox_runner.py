"""The tray submits waiting drafts once the light is green, off the GUI thread, and says so."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from invoice_tray.drafts.model import parse_draft
from invoice_tray.drafts.store import DraftStore
from invoice_tray.engine.model import Light
from invoice_tray.simulator.server import Simulator
from invoice_tray.ui.checker import CheckController
from invoice_tray.ui.drafts_badge import WaitingDrafts
from invoice_tray.ui.outbox_runner import OutboxRunner
from invoice_tray.ui.tray import TrayPresenter
from tests.builders import FAST, config_for, draft_json


def test_drafts_go_out_when_the_light_turns_green(
    qtbot: QtBot, simulator: Simulator, tmp_path: Path
) -> None:
    path = tmp_path / "drafts.sqlite3"
    store = DraftStore(path)
    draft, _problems = parse_draft(draft_json())
    store.add_many([draft, draft], queue=True)
    simulator.set_scenario("down")
    before = simulator.invoices.count
    controller = CheckController(config_for(simulator), FAST, token_override="t")
    presenter = TrayPresenter(controller, quit_app=lambda: None)
    waiting = WaitingDrafts(path, interval_ms=200)
    outbox = OutboxRunner(controller, path)
    waiting.changed.connect(presenter.set_badge)
    waiting.changed.connect(outbox.set_waiting)
    outbox.finished.connect(presenter.outbox_done)
    outbox.finished.connect(waiting.refresh)
    try:
        controller.start()
        qtbot.waitUntil(lambda: presenter.badge == 2, timeout=5_000)
        qtbot.waitUntil(lambda: controller.monitor.last_report is not None, timeout=5_000)
        qtbot.wait(500)
        assert simulator.invoices.count == before  # not while the server is down
        simulator.set_scenario("healthy")
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)
        qtbot.waitUntil(lambda: store.waiting_count() == 0, timeout=10_000)
        assert simulator.invoices.count == before + 2
        window = presenter.window
        assert window is not None
        qtbot.waitUntil(
            lambda: "2 invoices were issued from the offline drafts." in window.notice.text(),
            timeout=5_000,
        )
        qtbot.waitUntil(lambda: presenter.badge == 0, timeout=5_000)
    finally:
        outbox.stop()
        waiting.stop()
        controller.stop()
        presenter.close()
        store.close()
        simulator.set_scenario("healthy")


def test_refused_credentials_ask_for_them_in_settings(qtbot: QtBot, tmp_path: Path) -> None:
    from invoice_tray.config import Config
    from invoice_tray.drafts.outbox import PassReport
    from invoice_tray.system.autostart import XdgAutostart
    from invoice_tray.ui.hosts import SettingsHost

    controller = CheckController(Config(), FAST)
    settings = SettingsHost(tmp_path / "config.toml", XdgAutostart(tmp_path / "xdg"))
    presenter = TrayPresenter(controller, quit_app=lambda: None, settings=settings)
    try:
        presenter.outbox_done(PassReport(paused=True))
        window = presenter.window
        assert window is not None and "refused the access token" in window.notice.text()
        presenter.notices.clicked()
        assert presenter.windows.settings is not None  # where the token is typed
    finally:
        controller.stop()
        presenter.close()


def test_a_rejected_draft_is_one_click_from_the_drafts(qtbot: QtBot, tmp_path: Path) -> None:
    from invoice_tray.config import Config
    from invoice_tray.drafts.outbox import Outcome, PassReport, Result
    from invoice_tray.i18n import tr
    from invoice_tray.ui.hosts import DraftsHost

    controller = CheckController(Config(), FAST)
    host = DraftsHost(tmp_path / "drafts.sqlite3", lambda: None)
    presenter = TrayPresenter(controller, quit_app=lambda: None, drafts=host)
    try:
        rejected = Result(7, Outcome.REJECTED, tr("rejected by the server: {reasons}", reasons="x"))
        presenter.outbox_done(PassReport([rejected]))
        window = presenter.window
        assert window is not None and "Issued: 0. Returned by the server: 1" in window.notice.text()
        presenter.notices.clicked()
        assert presenter.windows.drafts is not None and presenter.windows.drafts.isVisible()
        assert presenter.windows.details is None
    finally:
        controller.stop()
        presenter.close()
