"""Checks run on a worker thread; the GUI thread only schedules them and reads the results.

Everything that may block runs on the worker: the keyring look-up (D-Bus on Linux), DNS,
sockets. A check never outlasts its deadline, so quitting waits at most that long.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtNetwork import QNetworkInformation

from invoice_tray import secrets
from invoice_tray.checking import full_check, settings_for
from invoice_tray.config import Config, schema
from invoice_tray.engine.model import Finding, Light
from invoice_tray.engine.monitor import Monitor, MonitorPolicy, Notice
from invoice_tray.engine.probe import Target, reachable, target_for
from invoice_tray.engine.runner import internal_error
from invoice_tray.engine.settings import CheckSettings
from invoice_tray.engine.verdict import Report
from invoice_tray.i18n import tr
from invoice_tray.secrets import CheckSecrets
from invoice_tray.store.db import StoreError
from invoice_tray.store.history import HistoryStore
from invoice_tray.ui.background import run_in_background

log = logging.getLogger(__name__)

PROBE_MS = 5_000
CLOCK_WATCH_MS = 15_000


class CheckWorker(QObject):
    """Lives on the worker thread. Secrets are looked up there, once per config."""

    finished = Signal(object)  # Report

    def __init__(self, token_override: str | None = None, data_dir: Path | None = None) -> None:
        super().__init__()
        self._token_override = token_override
        self._data_dir = data_dir  # where drafts and the offline limits are kept
        self._secrets_for: Config | None = None
        self._secrets = CheckSecrets()

    def use_token(self, token: str | None) -> None:
        self._token_override = token
        self._secrets_for = None

    @Slot(object)
    def run(self, config: Config) -> None:
        threading.current_thread().name = "checks"  # a Qt thread: name it for the log
        try:
            report = full_check(self._settings(config), self._data_dir)
        except Exception as exc:  # a bug must not kill the worker thread silently
            log.exception("check failed unexpectedly")
            report = Report.build(config[schema.SERVER_URL], datetime.now(UTC), 0.0,
                                  [internal_error(exc)])  # fmt: skip
        self.finished.emit(report)

    def _settings(self, config: Config) -> CheckSettings:
        if self._token_override is None and self._secrets_for is not config:
            self._secrets = secrets.for_check(config)
            self._secrets_for = config
        return settings_for(config, token=self._token_override, found=self._secrets)


class CheckController(QObject):
    """Schedules checks, feeds the monitor, and tells the tray what to show and say."""

    stateChanged = Signal()
    # since, points, incidents, and the endpoint they are of ("": the round, as shown)
    historyLoaded = Signal(float, object, object, str)
    notify = Signal(object)  # Notice
    _request = Signal(object)  # Config, to the worker

    def __init__(
        self,
        config: Config,
        policy: MonitorPolicy | None = None,
        token_override: str | None = None,
        history: HistoryStore | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.config = config
        self.history = history
        # History is written off the GUI thread, in order, by one writer.
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="history")
        if history is not None:
            self._writer.submit(self._prune)
        self.monitor = Monitor(policy or MonitorPolicy.from_config(config))
        self.paused = False
        self.running = False
        self._outdated = False  # the running check uses settings changed since
        self.last_checked: float | None = None  # wall time of the last result
        self._thread = QThread()
        self._thread.setObjectName("invoice-tray checks")
        self._token_override = token_override
        self._data_dir = data_dir
        self._worker = CheckWorker(token_override, data_dir)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._worker.finished.connect(self._on_report)
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.timeout.connect(self.check_now)
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_WATCH_MS)
        self._clock.timeout.connect(self._watch_clock)
        # While red for want of a server at all: a TCP knock now and then, a check when it
        # opens (see engine/probe.py).
        self._probe = QTimer(self)
        self._probe.setInterval(PROBE_MS)
        self._probe.timeout.connect(self._knock)
        self._probing = False
        self._probe_target: Target | None = None

    def start(self) -> None:
        self._thread.start()
        self._clock.start()
        self._watch_network()
        self.check_now()

    def _watch_network(self) -> None:
        """Follow the OS's network changes where Qt has a backend for them (Windows, macOS,
        NetworkManager on Linux); elsewhere the clock watch and polling still apply."""
        if not QNetworkInformation.loadDefaultBackend():
            log.info("no network-change notifications on this system")
            return
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self.network_changed)

    @Slot()
    def network_changed(self) -> None:
        """The network changed (Wi-Fi switched, cable, VPN): the last result no longer holds."""
        self.monitor.mark_stale(tr("the network changed"))
        self.stateChanged.emit()
        if not self.paused:
            self.check_now()

    def _follow_reachability(self) -> None:
        target = None
        if not self.paused and self.monitor.shown is Light.RED:
            target = target_for(settings_for(self.config, token=""), self.monitor.shown_cause)
        self._probe_target = target
        if target is None:
            self._probe.stop()
        elif not self._probe.isActive():
            self._probe.start()

    @Slot()
    def _knock(self) -> None:
        target = self._probe_target
        if target is None or self._probing or self.running:
            return
        self._probing = True

        def answered(opened: bool | None, _error: BaseException | None) -> None:
            self._probing = False
            if opened and not self.running and not self.paused:
                log.info("the server can be reached again: checking now")
                self.check_now()

        run_in_background(self, lambda: reachable(target), answered, name="knock")

    def stop(self) -> None:
        self._probe.stop()
        self._next.stop()
        self._clock.stop()
        self._thread.quit()
        # A check never outlasts its deadline: waiting that long is enough.
        self._thread.wait(int((self.config_timeout_s() + 1.5) * 1000))
        self._writer.shutdown(wait=True)

    def load_history(self, since: float, endpoint: str = "") -> None:
        """Read the history (of one endpoint, or of the light shown) off the GUI thread;
        ``historyLoaded`` brings it back."""
        if self.history is None:
            self.historyLoaded.emit(since, [], [], endpoint)
            return
        self._writer.submit(self._load, since, endpoint)

    def _load(self, since: float, endpoint: str) -> None:
        assert self.history is not None
        history = self.history
        try:
            if endpoint:
                points = history.endpoint_series(endpoint, since)
                incidents = history.endpoint_incidents(endpoint, since)
            else:
                points, incidents = history.series(since), history.incidents(since)
        except StoreError as exc:
            log.warning("history not read: %s", exc)
            points, incidents = [], []
        self.historyLoaded.emit(since, points, incidents, endpoint)  # queued to the GUI thread

    def _prune(self) -> None:
        assert self.history is not None
        try:
            removed = self.history.prune()
        except StoreError as exc:
            log.warning("history not pruned: %s", exc)
            return
        if removed:
            log.info("history: %d old rows removed", removed)

    def _remember(self, report: Report, shown: Light, at: float, cause: Finding | None) -> None:
        assert self.history is not None
        try:
            self.history.record(report, shown, at, cause)
        except StoreError as exc:  # a full disk costs the history, never the light
            log.warning("history not saved: %s", exc)

    @property
    def needs_setup(self) -> bool:
        """No invoice server is set up: nothing can be checked until one is."""
        return not self.config.configured

    def use_token(self, token: str | None) -> None:
        """Check with this token instead of the stored one (the demo's), from now on."""
        self._token_override = token
        self._worker.use_token(token)

    def config_timeout_s(self) -> float:
        return self.config[schema.SERVER_TIMEOUT_S]

    def blocking_settings(self) -> CheckSettings:
        """The current settings with their secrets (may block: keyring), for a worker."""
        return settings_for(self.config, token=self._token_override)

    def blocking_check(self) -> Report:
        """One full check with the current settings, for a worker thread (a fix wizard's
        verification), the same as the tray's own; its schedule is not touched."""
        return full_check(self.blocking_settings(), self._data_dir)

    @Slot()
    def check_now(self) -> None:
        if self.running:
            return
        self._next.stop()
        self.running = True
        self.stateChanged.emit()
        self._request.emit(self.config)

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        if paused:
            self._next.stop()
            self.monitor.mark_stale(tr("checks are paused"))
        else:
            self.check_now()
        self.stateChanged.emit()

    def apply_config(self, config: Config) -> None:
        """New settings take effect at once: a fresh check with them. A check still running
        with the old ones is not shown; the new one follows it at once."""
        self.config = config
        self.monitor.policy = MonitorPolicy.from_config(config)
        self.monitor.mark_stale(tr("the settings changed"))
        self._outdated = self.running
        self.stateChanged.emit()
        if not self.paused:
            self.check_now()

    @Slot(object)
    def _on_report(self, report: Report) -> None:
        self.running = False
        if self._outdated:  # made with the settings before the last change
            self._outdated = False
            if not self.paused:
                self.check_now()
            return
        if self.paused:
            self.stateChanged.emit()
            return
        self.last_checked = time.time()
        cause = report.verdict.cause
        log.info(
            "check: %s%s in %.0f ms",
            report.verdict.light.label,
            f" ({cause.code}: {cause.summary.render('en')})" if cause else "",
            report.duration_ms,
        )
        before = self.monitor.shown
        notices: list[Notice] = self.monitor.observe(report, time.monotonic(), time.time())
        if self.monitor.shown is not before:
            log.info("light shown: %s -> %s", before.label, self.monitor.shown.label)
        if self.history is not None:
            self._writer.submit(
                self._remember,
                report,
                self.monitor.shown,
                self.last_checked,
                self.monitor.shown_cause,
            )
        textfile = self.config[schema.METRICS_TEXTFILE]
        if textfile:
            self._writer.submit(_write_metrics, Path(textfile).expanduser(), report,
                                self.monitor.shown)  # fmt: skip
        self._follow_reachability()
        reminder = self.monitor.reminder_due(time.monotonic())
        if reminder is not None:
            notices.append(reminder)
        self.stateChanged.emit()
        for notice in notices:
            log.info("notice (%s): %s", notice.kind.value, notice.title.render("en"))
            self.notify.emit(notice)
        self._next.start(int(self.monitor.next_delay() * 1000))

    @Slot()
    def _watch_clock(self) -> None:
        if self.monitor.watch_clock(time.monotonic(), time.time()):
            self.stateChanged.emit()
            if not self.paused:
                self.check_now()


def _write_metrics(path: Path, report: Report, shown: Light) -> None:
    """The state as monitoring reads it (the light the tray shows), on the writer thread."""
    from invoice_tray.metrics import prometheus, write_textfile

    try:
        write_textfile(path, prometheus(report, shown))
    except OSError as exc:  # a folder that cannot be written costs the file, nothing else
        log.warning("metrics file not written: %s", exc)
