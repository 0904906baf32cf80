"""The check controller: checks on a worker thread, confirmed transitions, pause."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer
from pytestqt.qtbot import QtBot

from invoice_tray.engine.model import CauseCode, Light
from invoice_tray.engine.monitor import MonitorPolicy, Notice, NoticeKind
from invoice_tray.engine.verdict import Report
from invoice_tray.simulator.server import Simulator
from invoice_tray.store.history import HistoryStore
from invoice_tray.ui.checker import CheckController
from tests.builders import FAST, config_for


@pytest.fixture
def controller(simulator: Simulator, qtbot: QtBot) -> Iterator[CheckController]:
    controller = CheckController(config_for(simulator), FAST, token_override="t")
    yield controller
    controller.stop()


def test_confirmed_transitions_with_one_notice_each(
    controller: CheckController, simulator: Simulator, qtbot: QtBot
) -> None:
    notices: list[Notice] = []
    controller.notify.connect(notices.append)
    controller.start()
    qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)
    assert notices == []  # calm at start

    simulator.set_scenario("down")
    qtbot.waitUntil(lambda: controller.monitor.shown is Light.RED, timeout=10_000)
    assert [(n.kind, n.cause) for n in notices] == [
        (NoticeKind.CHANGED, CauseCode.CONNECTION_REFUSED)
    ]

    simulator.set_scenario("healthy")
    qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)
    assert [n.light for n in notices] == [Light.RED, Light.GREEN]


def test_the_gui_thread_keeps_running_during_a_hung_check(
    simulator: Simulator, qtbot: QtBot
) -> None:
    simulator.set_scenario("slowloris")  # each check takes the whole 2 s deadline
    controller = CheckController(config_for(simulator), FAST, token_override="t")
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)
    try:
        controller.start()
        assert controller._worker.thread() is not QThread.currentThread()
        qtbot.wait(1500)
        assert controller.running  # still inside the hung check
        assert len(ticks) >= 20  # ~30 expected: the event loop never waited
    finally:
        timer.stop()
        controller.stop()


def test_pause_greys_the_light_and_stops_checking(
    controller: CheckController, qtbot: QtBot
) -> None:
    reports: list[Report] = []
    controller._worker.finished.connect(reports.append)
    controller.start()
    qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)
    controller.set_paused(True)
    qtbot.waitUntil(lambda: not controller.running, timeout=5000)
    count = len(reports)
    qtbot.wait(1000)  # several intervals
    assert len(reports) == count
    assert controller.monitor.shown is Light.UNKNOWN
    controller.set_paused(False)
    qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)


def test_new_settings_apply_at_once(
    controller: CheckController, simulator: Simulator, qtbot: QtBot
) -> None:
    controller.start()
    qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)
    controller.apply_config(controller.config.with_values(server_ca_file=""))
    assert controller.monitor.shown is Light.UNKNOWN
    qtbot.waitUntil(
        lambda: (
            controller.monitor.last_report is not None
            and controller.monitor.last_report.verdict.cause is not None
        ),
        timeout=10_000,
    )
    cause = controller.monitor.last_report.verdict.cause  # type: ignore[union-attr]
    assert cause is not None and cause.code == "tls-untrusted"


def test_history_is_written_off_the_gui_thread(
    simulator: Simulator, qtbot: QtBot, tmp_path: object
) -> None:
    from pathlib import Path

    from invoice_tray.store.history import HistoryStore

    store = HistoryStore(Path(str(tmp_path)) / "history.sqlite3")
    controller = CheckController(config_for(simulator), FAST, token_override="t", history=store)
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)
        simulator.set_scenario("down")
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.RED, timeout=10_000)
    finally:
        controller.stop()  # flushes the writer
    points = store.series(since=0)
    assert len(points) >= 4
    assert points[0].shown is Light.GREEN and points[-1].shown is Light.RED
    (incident,) = store.incidents(since=0)
    assert (incident.light, incident.cause, incident.ended_at) == (
        Light.RED,
        "connection-refused",
        None,
    )
    store.close()


def test_a_network_change_greys_the_light_until_the_next_check(
    controller: CheckController, qtbot: QtBot
) -> None:
    controller.start()
    qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)
    qtbot.waitUntil(lambda: not controller.running, timeout=5000)
    with qtbot.waitSignal(controller.stateChanged, timeout=1000):
        controller.network_changed()
    assert controller.monitor.shown is Light.UNKNOWN
    assert str(controller.monitor.stale_reason) == "the network changed"
    qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)


def test_a_changed_cause_while_red_is_told_and_kept_in_the_incident(
    simulator: Simulator, qtbot: QtBot, tmp_path: Path
) -> None:
    from invoice_tray.ui.tray import TrayPresenter

    history = HistoryStore(tmp_path / "history.sqlite3")
    policy = replace(FAST, cause_gap_s=0.0)
    controller = CheckController(config_for(simulator), policy, token_override="t", history=history)
    presenter = TrayPresenter(controller, quit_app=lambda: None)
    notices: list[Notice] = []
    controller.notify.connect(notices.append)
    try:
        simulator.set_scenario("down")
        controller.start()
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.RED, timeout=10_000)
        simulator.set_scenario("auth-failed")  # the server is back, but refuses the token
        qtbot.waitUntil(lambda: any(n.kind == NoticeKind.CAUSE for n in notices), timeout=10_000)
        assert [(n.kind, n.cause) for n in notices] == [
            (NoticeKind.CHANGED, CauseCode.CONNECTION_REFUSED),
            (NoticeKind.CAUSE, CauseCode.AUTH_FAILED),
        ]
        assert controller.monitor.shown is Light.RED
        assert presenter.window is not None
        shown = presenter.window.notice.text()
        assert shown.startswith("Still unable to issue invoices, now for another reason")
        assert "access token" in presenter.window.detail.text()
        controller._writer.submit(lambda: None).result()  # the history is written
        (incident,) = history.incidents(0)
        assert [c.cause for c in incident.causes] == ["connection-refused", "auth-failed"]
        assert incident.cause == "auth-failed"
    finally:
        controller.stop()
        presenter.close()
        history.close()
        simulator.set_scenario("healthy")


def test_settings_changed_during_a_check_are_checked_at_once(
    simulator: Simulator, qtbot: QtBot
) -> None:
    """The check running with the old settings is not shown; one with the new follows."""
    simulator.set_scenario("slow")  # the first check is still running when settings change
    controller = CheckController(config_for(simulator, timeout_s=5.0), FAST, token_override="t")
    reports: list[Report] = []
    controller._worker.finished.connect(reports.append)
    try:
        controller.start()
        assert controller.running
        simulator.set_scenario("healthy")
        controller.apply_config(config_for(simulator, timeout_s=4.0))
        # The list fills on the worker thread; the controller reads the report afterwards.
        qtbot.waitUntil(
            lambda: len(reports) >= 2 and controller.monitor.last_report is not None,
            timeout=10_000,
        )
        assert controller.monitor.last_report is reports[1]  # the first one was never shown
        assert controller.monitor.shown is Light.GREEN
    finally:
        controller.stop()
        simulator.set_scenario("healthy")


def test_a_server_back_from_an_outage_is_seen_at_once_not_at_the_next_backed_off_check(
    simulator: Simulator, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from invoice_tray.ui import checker

    monkeypatch.setattr(checker, "PROBE_MS", 200)
    # Rechecks far apart: only the knock can bring the light back quickly.
    slow = MonitorPolicy(interval_s=3600, retry_s=0.1, backoff_cap_s=3600, recovery_threshold=1)
    controller = CheckController(config_for(simulator), slow, token_override="t")
    try:
        simulator.set_scenario("down")
        controller.start()
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.RED, timeout=10_000)
        qtbot.wait(500)  # knocks meanwhile find nothing: no check is made
        checks = controller.last_checked
        simulator.set_scenario("healthy")
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=5_000)
        assert controller.last_checked != checks
    finally:
        controller.stop()


def test_what_to_knock_on() -> None:
    from invoice_tray.engine.model import CauseCode, Finding
    from invoice_tray.engine.probe import Target, target_for
    from invoice_tray.engine.settings import CheckSettings
    from invoice_tray.i18n import tr

    settings = CheckSettings("https://invoice.example.cn:8443/api", proxy_setting="none")
    refused = Finding(CauseCode.CONNECTION_REFUSED, tr("x"))
    assert target_for(settings, refused) == Target("invoice.example.cn", 8443)
    # An HTTP error or a certificate: the server answers all along; only a check can tell.
    for code in (CauseCode.SERVER_ERROR, CauseCode.TLS_EXPIRED, CauseCode.AUTH_FAILED):
        assert target_for(settings, Finding(code, tr("x"))) is None
    proxied = CheckSettings("https://invoice.example.cn", proxy_setting="http://proxy:3128")
    assert target_for(proxied, refused) is None  # the proxy would answer, not the server
