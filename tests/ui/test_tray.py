"""The tray presenter. Offscreen there is no system tray: the status window stands in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from invoice_tray.engine.model import Light
from invoice_tray.engine.monitor import MonitorPolicy
from invoice_tray.paths import AppPaths
from invoice_tray.simulator.server import Simulator
from invoice_tray.ui.checker import CheckController
from invoice_tray.ui.hosts import DiagnosticsHost
from invoice_tray.ui.tray import TrayPresenter
from tests.builders import config_for

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
        assert "The invoice server refuses connections" in window.detail.text()
        assert "The invoice server refuses connections" in window.notice.text()
        # Invoices can wait: the notice says so, once.
        assert window.notice.text().count("saved as offline drafts") == 1

        quit_action = presenter.menu.actions()[-1]
        quit_action.trigger()
        assert quits == [1]
    finally:
        controller.stop()
        presenter.close()


def test_windows_and_their_modules_wait_until_first_used(tmp_path: Path) -> None:
    """Start-up stays light: the details window, settings dialog and diagnostics export are
    not even imported until the user first opens them."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from invoice_tray.config import Config\n"
        "from invoice_tray.ui.checker import CheckController\n"
        "from invoice_tray.ui.tray import TrayPresenter\n"
        "presenter = TrayPresenter(CheckController(Config()), quit_app=app.quit)\n"
        "lazy = ['invoice_tray.ui.details', 'invoice_tray.ui.settings', 'invoice_tray.ui.export',"
        " 'invoice_tray.diagnostics', 'invoice_tray.preferences', 'tomlkit']\n"
        "print(sorted(m for m in lazy if m in sys.modules))\n"
        "presenter.windows.show_details()\n"
        "print('invoice_tray.ui.details' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.splitlines() == ["[]", "True"], result.stderr


def test_the_badge_counts_the_drafts_waiting(qtbot: QtBot, tmp_path: Path) -> None:
    from invoice_tray.config import Config
    from invoice_tray.drafts.model import parse_draft
    from invoice_tray.drafts.store import DraftStore
    from invoice_tray.ui.drafts_badge import WaitingDrafts
    from tests.builders import draft_json

    path = tmp_path / "drafts.sqlite3"
    waiting = WaitingDrafts(path, interval_ms=100)
    controller = CheckController(Config(), FAST)
    presenter = TrayPresenter(controller, quit_app=lambda: None)
    waiting.changed.connect(presenter.set_badge)
    try:
        window = presenter.window
        assert window is not None
        plain = window.icon.pixmap().toImage()
        store = DraftStore(path)  # drafts added meanwhile, e.g. from the command line
        draft, _problems = parse_draft(draft_json())
        store.add_many([draft, draft], queue=True)
        store.add(draft)  # a draft not queued is not waiting
        store.close()
        qtbot.waitUntil(lambda: presenter.badge == 2, timeout=5_000)
        assert window.icon.pixmap().toImage() != plain
    finally:
        waiting.stop()
        controller.stop()
        presenter.close()


def test_a_refused_token_notice_opens_the_settings_not_a_command(
    simulator: Simulator, qtbot: QtBot, memory_keyring: object, tmp_path: Path
) -> None:
    from invoice_tray.ui.hosts import SettingsHost

    simulator.set_scenario("auth-failed")
    policy = MonitorPolicy(interval_s=30, retry_s=30, failure_threshold=1)
    controller = CheckController(config_for(simulator), policy, "t")
    presenter = TrayPresenter(
        controller,
        quit_app=lambda: None,
        settings=SettingsHost(tmp_path / "config.toml"),
        diagnostics=DiagnosticsHost(AppPaths.from_environment(), destination=tmp_path),
    )
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.RED, timeout=10_000)
        window = presenter.window
        assert window is not None
        notice = window.notice.text()
        assert "Enter a valid access token in Settings" in notice
        assert "invoice-tray secrets" not in notice
        assert presenter.windows.settings is None
        presenter.notices.clicked()  # a click on the notification
        assert presenter.windows.settings is not None and presenter.windows.settings.isVisible()
    finally:
        controller.stop()
        presenter.close()
        simulator.set_scenario("healthy")


def test_a_server_the_it_department_locks_is_checked_with_nothing_set_up(
    simulator: Simulator, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The machine policy names the server: no welcome, no set-up, the light from the start,
    whatever the user's own file says."""
    from invoice_tray.config import load_config, policy
    from invoice_tray.config import schema as s

    machine = tmp_path / "policy.toml"
    machine.write_text(
        f'[locked.server]\nurl = "{simulator.url}"\nca_file = "{simulator.ca_path.as_posix()}"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(policy, "policy_file", lambda: machine)
    mine = tmp_path / "config.toml"
    mine.write_text('[server]\nurl = "https://elsewhere.example.cn"\n', encoding="utf-8")
    controller = CheckController(load_config(mine), FAST, token_override="t")
    presenter = TrayPresenter(controller, quit_app=lambda: None)
    try:
        assert not controller.needs_setup
        assert not presenter.setup_action.isVisible()
        controller.start()
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)
        assert controller.config[s.SERVER_URL] == simulator.url
    finally:
        controller.stop()
        presenter.close()


def test_each_endpoint_has_its_own_light_in_the_menu(
    simulator: Simulator, simulator_data: Path, qtbot: QtBot
) -> None:
    from invoice_tray.config.endpoints import EndpointSpec
    from invoice_tray.engine.kinds import EndpointKind

    with Simulator(simulator_data, plain=True) as site:
        endpoints = (
            EndpointSpec("开票服务器", simulator.url, EndpointKind.INVOICE_SERVER),
            EndpointSpec("电子税务局", site.url, EndpointKind.HTTPS, critical=False),
        )
        config = config_for(simulator).with_values(endpoints=endpoints)
        controller = CheckController(config, FAST, token_override="t")
        switched: list[str] = []

        def switch_site(name: str) -> None:
            switched.append(name)
            site.set_scenario(name)
            controller.check_now()

        presenter = TrayPresenter(
            controller,
            quit_app=lambda: None,
            demo_scenarios=["healthy", "down"],
            switch_scenario=simulator.set_scenario,
            demo_site=("电子税务局", ["healthy", "down"], switch_site),
        )
        try:
            controller.start()
            qtbot.waitUntil(lambda: len(presenter.endpoint_actions) == 2, timeout=10_000)
            texts = [a.text() for a in presenter.endpoint_actions]
            assert texts == ["开票服务器: can be reached", "电子税务局: can be reached"]
            assert presenter.demo_menu is not None
            (submenu,) = presenter.demo_menu.findChildren(QMenu)
            down = next(a for a in submenu.actions() if a.text() == "down")
            down.trigger()
            assert switched == ["down"]
            qtbot.waitUntil(
                lambda: presenter.endpoint_actions[-1].text() == "电子税务局: cannot be reached",
                timeout=15_000,
            )
            # Not critical: the light is yellow at worst, and the cause names the site.
            qtbot.waitUntil(lambda: controller.monitor.shown is Light.YELLOW, timeout=15_000)
            window = presenter.window
            assert window is not None
            assert window.detail.text().startswith("电子税务局: ")
        finally:
            controller.stop()
            presenter.close()
