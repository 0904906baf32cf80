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
from tests.drafts.test_model import draft_json
from tests.ui.test_checker import FAST, config_for


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
        qtbot.waitUntil(lambda: "2 submitted, 0 rejected" in window.notice.text(), timeout=5_000)
        qtbot.waitUntil(lambda: presenter.badge == 0, timeout=5_000)
    finally:
        outbox.stop()
        waiting.stop()
        controller.stop()
        presenter.close()
        store.close()
        simulator.set_scenario("healthy")
