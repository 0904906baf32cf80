"""The tray presenter. Offscreen there is no system tray: the status window stands in."""

from __future__ import annotations

from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from invoice_tray.engine.model import Light
from invoice_tray.engine.monitor import MonitorPolicy
from invoice_tray.simulator.server import Simulator
from invoice_tray.ui.checker import CheckController
from invoice_tray.ui.tray import TrayPresenter
from tests.ui.test_checker import config_for

FAST = MonitorPolicy(interval_s=0.3, retry_s=0.1, backoff_cap_s=0.4)


def test_without_a_tray_a_status_window_says_why(simulator: Simulator, qtbot: QtBot) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    quits = []
    switched = []

    def switch(name: str) -> None:
        switched.append(name)
        simulator.set_scenario(name)
        controller.check_now()

    controller = CheckController(config_for(simulator), FAST, token_override="t")
    presenter = TrayPresenter(
        controller,
        quit_app=lambda: quits.append(1),
        demo_scenarios=["healthy", "down"],
        switch_scenario=switch,
    )
    try:
        window = presenter.window
        assert window is not None and window.isVisible()
        assert "no system tray" in window.findChildren(type(window.title))[-1].text()
        assert window.title.text() == "Not known yet"
        controller.start()
        qtbot.waitUntil(lambda: window.title.text() == "Invoices can be issued", timeout=10_000)
        assert "Last check:" in window.detail.text()
        assert presenter.status_action.text() == "Invoices can be issued"

        assert presenter.demo_menu is not None
        down = next(a for a in presenter.demo_menu.actions() if a.text() == "down")
        down.trigger()
        assert switched == ["down"]
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.RED, timeout=10_000)
        assert window.title.text() == "Invoices cannot be issued now"
        assert "The server refuses connections" in window.detail.text()
        assert "The server refuses connections" in window.notice.text()

        quit_action = presenter.menu.actions()[-1]
        quit_action.trigger()
        assert quits == [1]
    finally:
        controller.stop()
        presenter.close()
