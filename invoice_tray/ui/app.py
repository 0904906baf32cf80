"""Starting the tray application."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Callable
from contextlib import ExitStack

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from invoice_tray import __version__
from invoice_tray.config import Config
from invoice_tray.drafts import DRAFTS_FILE
from invoice_tray.i18n import tr
from invoice_tray.logs import setup_logging
from invoice_tray.paths import AppPaths
from invoice_tray.store.db import StoreError
from invoice_tray.store.history import HISTORY_FILE, HistoryStore
from invoice_tray.ui.checker import CheckController
from invoice_tray.ui.collector import GuiThreadCollector
from invoice_tray.ui.drafts_badge import WaitingDrafts
from invoice_tray.ui.hosts import DiagnosticsHost, DraftsHost, SettingsHost
from invoice_tray.ui.icons import app_icon
from invoice_tray.ui.language import install_translator, name_app
from invoice_tray.ui.outbox_runner import OutboxRunner
from invoice_tray.ui.single import SingleInstance, instance_key
from invoice_tray.ui.tray import TrayPresenter

log = logging.getLogger(__name__)
DEMO_TOKEN = "demo-token"  # noqa: S105 (the demo server accepts any token)


def open_history(paths: AppPaths) -> HistoryStore | None:
    """The check history; without it (disk full, damaged file) the tray still works."""
    try:
        return HistoryStore(paths.data_dir / HISTORY_FILE)
    except StoreError as exc:
        log.warning("running without history: %s", exc)
        return None


def run_tray(config: Config, paths: AppPaths, *, demo: bool, scenario: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("invoice-tray")
    app.setQuitOnLastWindowClosed(False)  # it lives in the tray
    app.setWindowIcon(app_icon())
    install_translator(app)
    name_app()
    with ExitStack() as stack:
        single = SingleInstance(instance_key(str(paths.config_dir) + (":demo" if demo else "")))
        if not single.claim():
            print(tr("invoice-tray is already running; it has been brought forward."))
            return 0
        stack.callback(single.release)
        logs = setup_logging(paths.log_dir)
        stack.callback(logs.stop)
        log.info("invoice-tray %s starting%s", __version__, " (demo)" if demo else "")
        token = None
        scenarios: list[str] | None = None
        switch = None
        overrides: dict[str, object] = {}
        site: tuple[str, list[str], Callable[[str], None]] | None = None
        if demo:
            from invoice_tray.simulator.demo import Demo
            from invoice_tray.simulator.scenarios import SCENARIOS

            running = Demo.start(paths.data_dir, scenario)
            stack.callback(running.close)
            # The demo's CA is trusted for this run only, never written to the config.
            overrides = running.overrides()
            config = config.for_demo(**overrides)
            token = DEMO_TOKEN
            scenarios = [scenario, *(name for name in SCENARIOS if name != scenario)]

            def switch(name: str) -> None:
                running.server.set_scenario(name)
                controller.check_now()

            def switch_site(name: str) -> None:
                running.site.set_scenario(name)
                controller.check_now()

            site = (running.site_name, list(SCENARIOS), switch_site)

        history = open_history(paths)
        if history is not None:
            stack.callback(history.close)
        controller = CheckController(
            config, token_override=token, history=history, data_dir=paths.data_dir
        )
        settings = SettingsHost(config.path or paths.config_file(), overrides=overrides)
        drafts_path = paths.data_dir / DRAFTS_FILE
        waiting = WaitingDrafts(drafts_path)
        outbox = OutboxRunner(controller, drafts_path)

        def start_demo() -> None:
            """The welcome's "Try the demo first": the demo servers, in this run only."""
            from invoice_tray.simulator.demo import Demo
            from invoice_tray.simulator.scenarios import SCENARIOS
            from invoice_tray.ui.background import run_in_background

            def started(running: Demo | None, error: BaseException | None) -> None:
                if running is None:
                    log.error("the demo server did not start: %s", error)
                    return
                stack.callback(running.close)
                controller.use_token(DEMO_TOKEN)

                def switch_to(name: str) -> None:
                    running.server.set_scenario(name)
                    controller.check_now()

                def switch_site(name: str) -> None:
                    running.site.set_scenario(name)
                    controller.check_now()

                site = (running.site_name, list(SCENARIOS), switch_site)
                presenter.enter_demo(running.overrides(), list(SCENARIOS), switch_to, site)

            # Making the demo's authority writes files: not on the GUI thread.
            run_in_background(presenter, lambda: Demo.start(paths.data_dir), started, name="demo")

        presenter = TrayPresenter(
            controller,
            quit_app=app.quit,
            demo_scenarios=scenarios,
            switch_scenario=switch,
            demo_site=site,
            settings=settings,
            diagnostics=DiagnosticsHost(paths, logs.ring.lines),
            drafts=DraftsHost(drafts_path, outbox.submit_now, waiting.refresh),
            start_demo=None if demo else start_demo,
        )
        stack.callback(presenter.close)
        presenter.watch_outgoing()
        waiting.changed.connect(presenter.set_badge)
        waiting.changed.connect(outbox.set_waiting)
        outbox.finished.connect(presenter.outbox_done)
        outbox.finished.connect(waiting.refresh)
        presenter.settingsApplied.connect(outbox.settings_changed)
        waiting.refresh()
        stack.callback(waiting.stop)
        stack.callback(outbox.stop)
        single.activated.connect(presenter.bring_forward)
        stack.callback(controller.stop)
        collector = GuiThreadCollector()
        stack.callback(collector.stop)
        # Ctrl-C in a terminal quits cleanly; the timer lets Python see the signal.
        signal.signal(signal.SIGINT, lambda *_: app.quit())
        wake = QTimer()
        wake.start(250)
        wake.timeout.connect(lambda: None)
        controller.start()
        if controller.needs_setup:
            presenter.windows.show_welcome()  # a first start: say what this is, ask for the server
        return app.exec()
    return 0
