"""A first start, as a new user meets it: the tray says nothing is set up (a grey ring with a
plus, not the question mark of "not checked yet", nor the pause bars), a welcome explains the
lights, the address is tested live before it is saved, or the demo shows how it works."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from invoice_tray.config import load_config
from invoice_tray.config import schema as s
from invoice_tray.engine.model import Light
from invoice_tray.simulator.scenarios import SCENARIOS
from invoice_tray.simulator.server import Simulator
from invoice_tray.ui.checker import CheckController
from invoice_tray.ui.hosts import SettingsHost
from invoice_tray.ui.icons import GreyMark, traffic_light_icon
from invoice_tray.ui.tray import TrayPresenter
from tests.builders import FAST
from tests.conftest import MemoryKeyring


@pytest.fixture
def first_start(
    qtbot: QtBot, simulator: Simulator, memory_keyring: MemoryKeyring, tmp_path: Path
) -> Iterator[tuple[TrayPresenter, Path]]:
    """The helpdesk's CA is in place (as an IT roll-out puts it), no server yet."""
    path = tmp_path / "config.toml"
    path.write_text(f'[server]\nca_file = "{simulator.ca_path.as_posix()}"\n', encoding="utf-8")
    controller = CheckController(load_config(path), FAST, token_override="t")

    def start_demo() -> None:
        overrides: dict[str, object] = {
            "server_url": simulator.url,
            "server_ca_file": str(simulator.ca_path),
        }
        presenter.enter_demo(overrides, list(SCENARIOS), simulator.set_scenario)

    presenter = TrayPresenter(
        controller,
        quit_app=lambda: None,
        settings=SettingsHost(path),
        start_demo=start_demo,
    )
    controller.start()
    yield presenter, path
    controller.stop()
    presenter.close()


def test_nothing_set_up_looks_and_reads_as_such(
    qtbot: QtBot, first_start: tuple[TrayPresenter, Path]
) -> None:
    presenter, _path = first_start
    qtbot.waitUntil(lambda: presenter.controller.monitor.last_report is not None, timeout=5_000)
    assert presenter.grey_mark() is GreyMark.SETUP
    assert presenter.state_label() == "No invoice server set up yet"
    assert presenter.setup_action.isVisible()
    presenter.pause_action.trigger()
    assert presenter.grey_mark() is GreyMark.PAUSED
    assert presenter.state_label() == "Checks paused"
    presenter.pause_action.trigger()


def test_the_three_greys_differ(qapp: QApplication) -> None:
    def pixels(mark: GreyMark) -> QImage:
        pixmap = traffic_light_icon(Light.UNKNOWN, 0, mark).pixmap(QSize(22, 22))
        return pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)

    images = {mark: pixels(mark) for mark in GreyMark}
    marks = list(GreyMark)
    for index, a in enumerate(marks):
        for b in marks[index + 1 :]:
            differing = sum(
                images[a].pixelColor(x, y) != images[b].pixelColor(x, y)
                for x in range(22)
                for y in range(22)
            )
            assert differing >= 12, (a, b, differing)  # readable at 22 px, the tray's size


def test_the_address_is_tested_then_saved_and_the_light_follows(
    qtbot: QtBot, simulator: Simulator, first_start: tuple[TrayPresenter, Path]
) -> None:
    presenter, path = first_start
    original = path.read_text(encoding="utf-8")
    presenter.setup_action.trigger()
    welcome = presenter.windows.welcome
    assert welcome is not None and welcome.isVisible()
    assert not welcome.save_button.isEnabled()  # nothing typed yet

    qtbot.keyClicks(welcome.address, "https://invoice example.cn")
    assert welcome.problem.text() == "✗ the address cannot contain spaces"
    assert not welcome.save_button.isEnabled() and not welcome.test_button.isEnabled()
    welcome.address.clear()
    qtbot.keyClicks(welcome.address, simulator.url)
    qtbot.keyClick(welcome.address, Qt.Key.Key_Return)  # Enter tests; it never saves
    qtbot.waitUntil(lambda: welcome.tested is not None, timeout=10_000)
    assert welcome.outcome.text().startswith("Invoices can be issued")
    assert path.read_text(encoding="utf-8") == original

    with qtbot.waitSignal(welcome.saved, timeout=5_000):
        welcome.save_button.click()
    assert load_config(path)[s.SERVER_URL] == simulator.url
    assert presenter.controller.config[s.SERVER_URL] == simulator.url
    qtbot.waitUntil(lambda: presenter.controller.monitor.shown is Light.GREEN, timeout=10_000)
    assert not presenter.setup_action.isVisible()
    assert presenter.grey_mark() is GreyMark.UNKNOWN


def test_the_demo_instead(qtbot: QtBot, first_start: tuple[TrayPresenter, Path]) -> None:
    presenter, path = first_start
    original = path.read_text(encoding="utf-8")
    presenter.windows.show_welcome()
    welcome = presenter.windows.welcome
    assert welcome is not None and welcome.demo_button.isVisible()
    welcome.demo_button.click()
    qtbot.waitUntil(lambda: presenter.controller.monitor.shown is Light.GREEN, timeout=10_000)
    assert presenter.demo_menu is not None
    assert path.read_text(encoding="utf-8") == original  # the demo is for this run only
