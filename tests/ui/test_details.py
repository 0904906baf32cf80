"""The details window: made on first open, layers and verdict, history and incidents."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from invoice_tray.engine.model import Light
from invoice_tray.simulator.server import Simulator
from invoice_tray.store.history import HistoryStore
from invoice_tray.ui.checker import CheckController
from invoice_tray.ui.tray import TrayPresenter
from tests.builders import FAST, config_for


def test_details_window(simulator: Simulator, qtbot: QtBot, tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3")
    controller = CheckController(config_for(simulator), FAST, token_override="t", history=store)
    presenter = TrayPresenter(controller, quit_app=lambda: None)
    try:
        assert presenter.windows.details is None  # not made at start
        controller.start()
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)

        presenter.details_action.trigger()
        details = presenter.windows.details
        assert details is not None and details.isVisible()
        assert details.title.text() == "Invoices can be issued"
        rows = [details.layers.topLevelItem(i).text(0).strip()
                for i in range(details.layers.topLevelItemCount())]  # fmt: skip
        assert rows[0] == "This PC" and "Platform announcements" in rows
        for check in (
            "Name lookup (DNS)",
            "Secure connection (TLS)",
            "Certificate revocation",
            "Server health",
            "Announcements",
        ):
            assert check in rows
        qtbot.waitUntil(lambda: len(details.chart.points) >= 1, timeout=5000)

        simulator.set_scenario("down")
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.RED, timeout=10_000)
        qtbot.waitUntil(lambda: details.incidents.rowCount() == 1, timeout=5000)
        assert details.incidents.item(0, 1).text() == "ongoing"
        assert details.incidents.item(0, 3).text() == "The invoice server refuses connections"
        assert details.title.text() == "The invoice server refuses connections"
        assert "is not accepting connections" in details.explanation.text()
        rows = {
            details.layers.topLevelItem(i).text(0).strip(): details.layers.topLevelItem(i)
            for i in range(details.layers.topLevelItemCount())
        }
        assert "refused the connection" in rows["Connection"].text(3)  # the detail is here
        assert details.chart.points[-1].shown is Light.RED

        details.week.setChecked(True)
        qtbot.waitUntil(lambda: details.range_s == 7 * 86400, timeout=1000)
        presenter.details_action.trigger()
        assert presenter.windows.details is details  # made once, reused
    finally:
        controller.stop()
        presenter.close()
        store.close()


def test_history_from_earlier_runs_shows_before_any_check(
    simulator: Simulator, qtbot: QtBot, tmp_path: Path
) -> None:
    import time

    from tests.store.test_history import report

    store = HistoryStore(tmp_path / "history.sqlite3")
    store.record(report(Light.RED), Light.RED, at=time.time() - 3600)
    controller = CheckController(config_for(simulator), FAST, token_override="t", history=store)
    presenter = TrayPresenter(controller, quit_app=lambda: None)
    try:
        presenter.windows.show_details()  # no check has run in this session
        details = presenter.windows.details
        assert details is not None
        qtbot.waitUntil(lambda: len(details.chart.points) == 1, timeout=5000)
        assert details.incidents.rowCount() == 1
    finally:
        controller.stop()
        presenter.close()
        store.close()


def test_a_new_check_keeps_the_users_place_and_selection(
    simulator: Simulator, qtbot: QtBot, tmp_path: Path
) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3")
    controller = CheckController(config_for(simulator), FAST, token_override="t", history=store)
    presenter = TrayPresenter(controller, quit_app=lambda: None)
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)
        presenter.windows.show_details()
        details = presenter.windows.details
        assert details is not None
        details.resize(700, 420)  # the list scrolls
        qtbot.waitUntil(lambda: details.layers.verticalScrollBar().maximum() > 0, timeout=5000)
        layers = details.layers
        rows = [layers.topLevelItem(i) for i in range(layers.topLevelItemCount())]
        tls = next(
            r for r in rows if r is not None and r.text(0).strip() == "Secure connection (TLS)"
        )
        layers.setCurrentItem(tls)
        layers.verticalScrollBar().setValue(3)
        simulator.set_scenario("down")
        qtbot.waitUntil(lambda: details.incidents.rowCount() == 1, timeout=10_000)
        details.incidents.setCurrentCell(0, 3)

        checked = controller.last_checked
        qtbot.waitUntil(lambda: controller.last_checked != checked, timeout=10_000)
        qtbot.wait(200)  # the history read after it
        assert layers.currentItem() is tls
        assert tls.text(1) == "Skipped"  # the same row, with the new result
        assert layers.verticalScrollBar().value() == 3
        assert details.incidents.currentRow() == 0
        assert details.incidents.currentColumn() == 3
    finally:
        controller.stop()
        presenter.close()
        store.close()
        simulator.set_scenario("healthy")


def test_details_per_endpoint(
    simulator: Simulator, simulator_data: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    from invoice_tray.config.endpoints import EndpointSpec
    from invoice_tray.engine.kinds import EndpointKind

    store = HistoryStore(tmp_path / "history.sqlite3")
    with Simulator(simulator_data, plain=True) as site:
        endpoints = (
            EndpointSpec("开票服务器", simulator.url, EndpointKind.INVOICE_SERVER),
            EndpointSpec("电子税务局", site.url, EndpointKind.HTTPS, critical=False),
        )
        config = config_for(simulator).with_values(endpoints=endpoints)
        controller = CheckController(config, FAST, token_override="t", history=store)
        presenter = TrayPresenter(controller, quit_app=lambda: None)
        try:
            controller.start()
            qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)
            presenter.details_action.trigger()
            details = presenter.windows.details
            assert details is not None
            assert details.endpoint.isVisible()
            names = [details.endpoint.itemText(i) for i in range(details.endpoint.count())]
            assert names == ["All services (the light shown)", "开票服务器", "电子税务局"]
            site.set_scenario("down")
            qtbot.waitUntil(lambda: controller.monitor.shown is Light.YELLOW, timeout=15_000)
            assert details.title.text() == "电子税务局: The server refuses connections"
            details.endpoint.setCurrentIndex(2)  # the e-tax bureau alone
            items = [
                details.layers.topLevelItem(i) for i in range(details.layers.topLevelItemCount())
            ]
            rows = {item.text(0).strip(): item.text(3) for item in items if item is not None}
            assert "refused the connection" in rows["Connection"]
            # Its own light, not the round's (yellow: the service is not critical).
            qtbot.waitUntil(
                lambda: bool(details.chart.points) and details.chart.points[-1].light is Light.RED,
                timeout=10_000,
            )
            qtbot.waitUntil(lambda: details.incidents.rowCount() >= 1, timeout=10_000)
            ended = details.incidents.item(0, 1)
            assert ended is not None and ended.text() == "ongoing"
            details.endpoint.setCurrentIndex(1)  # the invoice server: never failed
            qtbot.waitUntil(lambda: details.incidents.rowCount() == 0, timeout=10_000)
            assert details.title.text() == "Invoices can be issued"
        finally:
            controller.stop()
            presenter.close()
            store.close()
