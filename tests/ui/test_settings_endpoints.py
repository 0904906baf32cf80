"""Settings' other services: added, tested, changed and removed as a person does it, each
field checked by the file's own rule; the config file keeps what was typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from invoice_tray.config import load_config
from invoice_tray.engine.kinds import EndpointKind, Expectation
from invoice_tray.simulator.server import Simulator
from invoice_tray.system.autostart import XdgAutostart
from invoice_tray.ui.endpoints import EndpointDialog
from tests.conftest import MemoryKeyring
from tests.ui.test_settings import click_save, open_dialog


def the_dialog(qtbot: QtBot, owner: object) -> EndpointDialog:
    qtbot.waitUntil(lambda: getattr(owner, "dialog", None) is not None, timeout=2_000)
    dialog = owner.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, EndpointDialog) and dialog.isVisible()
    return dialog


def test_add_test_and_save_a_service(
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    simulator_data: Path,
) -> None:
    config_path = tmp_path / "config" / "config.toml"
    config_path.parent.mkdir()
    with Simulator(simulator_data, plain=True) as site:
        config_path.write_text(f'[server]\nca_file = "{site.ca_path}"\n', encoding="utf-8")
        settings = open_dialog(qtbot, config_path, XdgAutostart(tmp_path / "xdg"))
        endpoints = settings.endpoint_list
        settings.tabs.setCurrentIndex(1)
        endpoints.add_button.click()
        dialog = the_dialog(qtbot, endpoints)
        qtbot.keyClicks(dialog.url, "http://etax.example.cn")
        assert "https://" in dialog.errors["url"].text()  # said as it is typed
        dialog.url.clear()
        qtbot.keyClicks(dialog.url, site.url)
        assert not dialog.errors["url"].isVisible()
        dialog.name.insert("电子税务局")  # as an input method commits it
        qtbot.keyClicks(dialog.statuses, "200, 999")
        assert "999" in dialog.errors["expect_status"].text()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        assert dialog.isVisible()  # not kept while a field is wrong
        dialog.statuses.clear()
        qtbot.keyClicks(dialog.statuses, "200-299")
        dialog.critical.setChecked(False)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: "reached" in dialog.outcome.text(), timeout=10_000)
        assert dialog.outcome.text() == "✓ It can be reached."
        site.set_scenario("down")
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.outcome.text().startswith("✗"), timeout=10_000)
        assert "refuses" in dialog.outcome.text()
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)  # Enter is OK
        assert not dialog.isVisible()
        assert endpoints.list.count() == 1
        assert endpoints.list.item(0).text().startswith(f"电子税务局 — {site.url}")
        with qtbot.waitSignal(settings.saved, timeout=5_000) as saved:
            click_save(settings)
    (spec,) = saved.args[0].config.endpoints
    assert (spec.name, spec.url, spec.kind, spec.critical) == (
        "电子税务局", site.url, EndpointKind.HTTPS, False,
    )  # fmt: skip
    assert spec.expect == Expectation(((200, 299),))
    assert load_config(config_path).endpoints == (spec,)
    assert "[[endpoints]]" in config_path.read_text(encoding="utf-8")


def test_change_and_remove(qtbot: QtBot, memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        '[[endpoints]]\nname = "a"\nurl = "https://a.example.cn"\n\n'
        '[[endpoints]]\nname = "b"\nurl = "https://b.example.cn"\n',
        encoding="utf-8",
    )
    settings = open_dialog(qtbot, config_path, XdgAutostart(tmp_path / "xdg"))
    endpoints = settings.endpoint_list
    assert endpoints.list.count() == 2
    endpoints.list.setCurrentRow(1)
    endpoints.edit_button.click()
    dialog = the_dialog(qtbot, endpoints)
    assert dialog.url.text() == "https://b.example.cn"
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "a")
    assert dialog.errors["name"].text().endswith("Another service already has this name.")
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "vendor")
    dialog.kind.setCurrentIndex(dialog.kind.findData("invoice-server"))
    assert not dialog.statuses.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    endpoints.list.setCurrentRow(0)
    endpoints.remove_button.click()
    with qtbot.waitSignal(settings.saved, timeout=5_000) as saved:
        click_save(settings)
    (spec,) = saved.args[0].config.endpoints
    assert (spec.name, spec.kind) == ("vendor", EndpointKind.INVOICE_SERVER)
