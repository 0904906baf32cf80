"""``invoice-tray --self-test``: is this installation whole? What a helpdesk runs on a PC and
CI runs on a frozen build. Everything happens inside this one process and in a folder of its
own: the user's settings, drafts and keyring are read at most, never written.

It checks, one line each: the embedded demo server gives the expected light for a green, a
yellow and a red scenario; every icon state can be drawn; every window opens and closes; the
Chinese catalogues are in the bundle and load; the system's trusted certificates are found;
a proxy auto-configuration script is evaluated;
and whether a keyring is there (its absence is told, not failed: secrets then cannot be
kept, but everything else works). The exit code is 0 only when every step passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from invoice_tray.i18n import Text, TranslatedError, tr

if TYPE_CHECKING:
    from invoice_tray.simulator.server import Simulator

SCENARIOS = (("healthy", "green"), ("cert-expiring", "yellow"), ("down", "red"))


class StepFailed(TranslatedError):
    pass


@dataclass(frozen=True)
class Outcome:
    ok: bool
    line: str


@dataclass
class Demo:
    """One demo server for the three scenarios, made when first needed."""

    folder: Path
    servers: list[Simulator] = field(default_factory=list)

    def server(self) -> Simulator:
        from invoice_tray.simulator.server import Simulator

        if not self.servers:
            self.servers.append(Simulator(self.folder).start())
        return self.servers[0]

    def close(self) -> None:
        for server in self.servers:
            server.close()
        self.servers.clear()


def run(out: Callable[[str], None] = print) -> int:
    """Run every step, printing a line for each; 0 when all passed, else 1."""
    # Qt without a screen: the test must run on a locked PC, over SSH, and in CI.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="invoice-tray-self-test-") as folder:
        demo = Demo(Path(folder) / "demo")
        steps: list[tuple[Text, Callable[[], Text]]] = [
            (tr("Qt starts"), _qt),
            (tr("Chinese texts"), _chinese),
            (tr("Trusted certificates"), _trust_store),
            (tr("Proxy configuration scripts"), _proxy_scripts),
            (tr("Signing in to proxies"), _proxy_sign_in),
            *(
                (tr("Check, demo scenario {name}", name=name), _checker(demo, name, light))
                for name, light in SCENARIOS
            ),
            (tr("Tray icons"), _icons),
            (tr("Windows"), lambda: _windows(Path(folder) / "windows")),
        ]
        try:
            for title, step in steps:
                outcome = _attempt(title, step)
                failures += not outcome.ok
                out(outcome.line)
        finally:
            demo.close()
        out(_keyring_line())
    out(str(tr("Self-test passed.") if failures == 0 else tr("Self-test failed.")))
    return 0 if failures == 0 else 1


def _attempt(title: Text, step: Callable[[], Text]) -> Outcome:
    began = time.monotonic()
    try:
        said = step()
    except StepFailed as exc:
        return Outcome(False, f"FAIL  {title}: {exc.message}")
    except Exception as exc:  # a broken bundle shows as an error of any kind
        detail = "".join(traceback.format_exception_only(exc)).strip()
        return Outcome(False, f"FAIL  {title}: {detail}")
    ms = (time.monotonic() - began) * 1000
    return Outcome(True, f"ok    {title}: {said} ({ms:.0f} ms)")


_kept: list[
    object
] = []  # the QApplication, its argv and the windows made here: Qt keeps using them


def _app() -> object:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        # The windowless platform says what it cannot do (raise, size hints) for every window:
        # noise in a report a helpdesk reads.
        qInstallMessageHandler(_quiet)
        argv = [sys.argv[0]]
        app = QApplication(argv)
        app.setApplicationName("invoice-tray")
        _kept.extend((argv, app))
    return app


def _quiet(kind: object, context: object, message: str) -> None:
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def _qt() -> Text:
    from PySide6 import __version__ as pyside

    _app()
    return tr("Qt {version}, platform {platform}", version=pyside,
              platform=os.environ.get("QT_QPA_PLATFORM", ""))  # fmt: skip


def _chinese() -> Text:
    from PySide6.QtCore import QCoreApplication

    from invoice_tray.i18n import current_language, set_language
    from invoice_tray.ui.language import install_translator

    app = _app()
    assert isinstance(app, QCoreApplication)
    before = current_language()
    try:
        if install_translator(app, "zh_CN") is None:
            raise StepFailed(tr("the Chinese catalogue is not in this installation"))
        shown = QCoreApplication.translate("TrayPresenter", "Check now")
        if shown != "立即检测":
            raise StepFailed(tr("the Chinese catalogue did not load ({text})", text=shown))
        # Qt's own catalogue: the standard buttons (Cancel, Save) of every dialog.
        shown = QCoreApplication.translate("QPlatformTheme", "Cancel")
        if shown != "取消":
            raise StepFailed(tr("Qt's Chinese catalogue is missing ({text})", text=shown))
        set_language("zh_CN")
        if str(tr("Invoices can be issued")) != "可以开票":
            raise StepFailed(tr("the messages are not translated"))
    finally:
        set_language(before)
        install_translator(app, before)
    return tr("loaded")


def _trust_store() -> Text:
    from invoice_tray.engine.tls import trust_store_source, verified_context

    source = trust_store_source()
    if source is None:
        raise StepFailed(tr("no trusted certificates found on this system"))
    verified_context(None)
    return tr("from {source}", source=source)


def _proxy_scripts() -> Text:
    """The bundled evaluator of automatic proxy configuration scripts answers."""
    from invoice_tray.engine.pac import PacScript, find_proxy

    script = PacScript(
        "self-test",
        'function FindProxyForURL(url, host) { return dnsDomainIs(host, ".cn") '
        '? "PROXY 10.0.0.1:8080; DIRECT" : "DIRECT"; }',
        0.0,
    )
    answer = find_proxy(script, "https://invoice.example.cn/")
    if answer != "PROXY 10.0.0.1:8080; DIRECT":
        raise StepFailed(tr("unexpected answer {answer}", answer=answer))
    return tr("evaluated")


def _proxy_sign_in() -> Text:
    """The library that signs in to a company proxy is in the build and makes NTLM's first
    message (with a made-up account: the user's own is not asked for here)."""
    import spnego

    context = spnego.client(
        "self-test", "self-test", hostname="proxy.invalid", service="HTTP", protocol="ntlm"
    )
    token = context.step()
    if not token or not token.startswith(b"NTLMSSP\0"):
        raise StepFailed(tr("no first sign-in message"))
    return tr("ready")


def _checker(demo: Demo, scenario: str, light: str) -> Callable[[], Text]:
    def step() -> Text:
        from invoice_tray.engine.runner import run_check_sync
        from invoice_tray.engine.settings import CheckSettings

        sim = demo.server()
        sim.set_scenario(scenario)
        settings = CheckSettings(sim.url, ca_file=sim.ca_path, timeout_s=5.0, token="t")  # noqa: S106
        verdict = run_check_sync(settings).verdict
        if verdict.light.label != light:
            cause = verdict.cause.code if verdict.cause else ""
            raise StepFailed(
                tr(
                    "expected {light}, got {got} {cause}",
                    light=light,
                    got=verdict.light.label,
                    cause=cause,
                )
            )
        return tr("{light}, as expected", light=light)

    return step


def _icons() -> Text:
    from PySide6.QtCore import QSize

    from invoice_tray.engine.model import Light
    from invoice_tray.ui.icons import GreyMark, traffic_light_icon

    _app()
    drawn = 0
    for light in Light:
        for mark in GreyMark if light is Light.UNKNOWN else (GreyMark.UNKNOWN,):
            for badge in (0, 3):
                image = traffic_light_icon(light, badge, mark).pixmap(QSize(22, 22)).toImage()
                painted = sum(
                    image.pixelColor(x, y).alpha() > 0 for x in range(22) for y in range(22)
                )
                if image.isNull() or painted < 40:
                    raise StepFailed(tr("the {light} icon is empty", light=light.label))
                drawn += 1
    return tr("{count} drawn", count=drawn)


def _windows(folder: Path) -> Text:
    """Every window, opened and closed, on a folder of its own."""
    from PySide6.QtWidgets import QApplication

    from invoice_tray.config import Config
    from invoice_tray.drafts.store import DraftStore
    from invoice_tray.engine.model import FixId
    from invoice_tray.fixes import catalog
    from invoice_tray.fixes.journal import Journal
    from invoice_tray.paths import AppPaths
    from invoice_tray.system.autostart import XdgAutostart
    from invoice_tray.ui.checker import CheckController
    from invoice_tray.ui.draft_editor import DraftEditor
    from invoice_tray.ui.endpoints import EndpointDialog
    from invoice_tray.ui.fix_wizard import FixHost, FixWizard, prepare
    from invoice_tray.ui.hosts import DiagnosticsHost, DraftsHost, SettingsHost
    from invoice_tray.ui.settings import SettingsDialog
    from invoice_tray.ui.tray import TrayPresenter

    app = _app()
    assert isinstance(app, QApplication)
    paths = AppPaths(folder / "config", folder / "data", folder / "logs", folder / "cache")
    drafts = paths.data_dir / "drafts.sqlite3"
    DraftStore(drafts).close()
    controller = CheckController(Config())
    presenter = TrayPresenter(
        controller,
        quit_app=lambda: None,
        settings=SettingsHost(paths.config_file(), XdgAutostart(folder / "autostart")),
        diagnostics=DiagnosticsHost(paths, destination=folder),
        drafts=DraftsHost(drafts, lambda: None),
    )
    ctx = catalog.system_context(paths, paths.config_file())
    journal = Journal(folder / "journal.sqlite3")
    opened = []
    try:
        presenter.windows.show_details()
        presenter.windows.show_drafts()
        presenter.windows.show_welcome()
        presenter.windows.show_export()
        windows = [
            presenter.window,
            presenter.windows.details,
            presenter.windows.drafts,
            presenter.windows.welcome,
            presenter.windows.export,
            SettingsDialog(paths.config_file(), XdgAutostart(folder / "autostart")),
            EndpointDialog(Config(), None, set(), None),
            DraftEditor(drafts),
            FixWizard(
                FixHost(ctx, journal, controller.blocking_check, None, lambda: None, lambda: None),
                prepare(ctx, FixId.CACHE_CLEAR),
            ),
        ]
        for window in windows:
            if window is None:
                continue
            window.show()
            app.processEvents()
            if not window.isVisible():
                raise StepFailed(tr("a window did not open: {name}", name=type(window).__name__))
            opened.append(window)
        for window in opened:
            window.close()
            app.processEvents()
    finally:
        journal.close()
        controller.stop()
        presenter.close()
        # Qt owns parts of these until the event loop is gone; letting Python collect them
        # first breaks later drawing in the same process.
        _kept.extend((presenter, controller, *opened))
    return tr("{count} opened and closed", count=len(opened))


def _keyring_line() -> str:
    from invoice_tray import secrets

    try:
        secrets.ensure_available()
    except secrets.SecretsError:
        return f"note  {tr('Keyring')}: {tr('none on this computer: secrets cannot be kept')}"
    import keyring

    backend = type(keyring.get_keyring()).__module__
    return f"ok    {tr('Keyring')}: {backend}"
