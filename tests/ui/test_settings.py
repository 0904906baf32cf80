"""The settings dialog, driven like a user: real widgets, a real config file, an in-memory
keyring and a real freedesktop autostart folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from invoice_tray import secrets
from invoice_tray.config import load_config
from invoice_tray.config import schema as s
from invoice_tray.i18n import current_language
from invoice_tray.simulator.server import Simulator
from invoice_tray.system.autostart import XdgAutostart
from invoice_tray.ui.checker import CheckController
from invoice_tray.ui.hosts import SettingsHost
from invoice_tray.ui.language import install_translator
from invoice_tray.ui.settings import SettingsDialog
from invoice_tray.ui.tray import TrayPresenter
from tests.builders import FAST, config_for
from tests.conftest import MemoryKeyring


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "config.toml"


@pytest.fixture
def autostart(tmp_path: Path) -> XdgAutostart:
    return XdgAutostart(tmp_path / "xdg")


def open_dialog(qtbot: QtBot, config_path: Path, autostart: XdgAutostart) -> SettingsDialog:
    dialog = SettingsDialog(config_path, autostart)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=5_000)
    return dialog


def click_save(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Select what the field holds and type over it, key by key."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def test_settings_round_trip(
    qtbot: QtBot, memory_keyring: MemoryKeyring, config_path: Path, autostart: XdgAutostart
) -> None:
    dialog = open_dialog(qtbot, config_path, autostart)
    assert dialog.token.state.text() == "Not set."
    assert dialog.numbers[s.POLLING_INTERVAL_S].text() == "60"
    dialog.url.setText("https://invoice.example.cn/api")
    qtbot.keyClicks(dialog.token.edit, "token-123")
    assert "Will be saved" in dialog.token.state.text()
    retype(qtbot, dialog.numbers[s.POLLING_FAILURE_THRESHOLD], "5")
    dialog.proxy_mode.setCurrentIndex(dialog.proxy_mode.findData(""))  # "Use this proxy:"
    dialog.proxy_address.setText("http://proxy.example.cn:3128")
    dialog.bypass.setText("invoice.example.cn; .tax.example.cn")
    dialog.start_at_login.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        click_save(dialog)
    assert not dialog.isVisible()
    config = saved.args[0].config
    assert config[s.SERVER_URL] == "https://invoice.example.cn/api"
    assert config[s.POLLING_FAILURE_THRESHOLD] == 5
    assert config[s.NETWORK_PROXY] == "http://proxy.example.cn:3128"
    assert config[s.NETWORK_PROXY_BYPASS] == ("invoice.example.cn", ".tax.example.cn")
    assert load_config(config_path).values == config.values
    text = config_path.read_text(encoding="utf-8")
    assert "token-123" not in text
    assert "interval_s" not in text  # untouched settings are not written
    assert secrets.get_secret(secrets.SERVER_TOKEN) == "token-123"
    assert autostart.is_enabled()

    again = open_dialog(qtbot, config_path, autostart)
    assert again.url.text() == "https://invoice.example.cn/api"
    assert again.token.edit.text() == ""  # a stored secret is never shown
    assert again.token.state.text().startswith("Saved in the keyring")
    assert again.proxy_address.isEnabled()
    assert again.start_at_login.isChecked()
    again.token.remove_button.click()
    again.start_at_login.setChecked(False)
    with qtbot.waitSignal(again.saved, timeout=5_000):
        click_save(again)
    assert secrets.get_secret(secrets.SERVER_TOKEN) is None
    assert not autostart.is_enabled()


def test_wrong_fields_are_shown_beside_them_and_nothing_is_saved(
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    config_path: Path,
    autostart: XdgAutostart,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, config_path, autostart)
    dialog.url.setText("http://plain.example.cn")
    url_error = dialog.errors["server.url"]
    assert url_error.isVisible()
    assert url_error.text() == "✗ the address must start with https://"
    dialog.url.setText("https://ok.example.cn")
    assert not url_error.isVisible()
    dialog.ca_file.edit.setText(str(tmp_path / "missing.pem"))
    qtbot.keyClicks(dialog.token.edit, " spaced ")
    dialog.tabs.setCurrentIndex(3)
    click_save(dialog)
    ca_error = dialog.errors["server.ca_file"]
    qtbot.waitUntil(ca_error.isVisible, timeout=5_000)
    assert ca_error.text() == "✗ no such file"
    assert dialog.errors["server-token"].isVisible()
    assert dialog.tabs.currentIndex() == 0  # the first problem is brought into view
    assert dialog.isVisible()
    assert not config_path.exists()
    assert memory_keyring.store == {}


@pytest.mark.parametrize(
    ("field", "typed", "problem"),
    [
        ("interval", "7200", "must be a whole number from 5 to 3600"),
        ("interval", "-5", "must be a whole number from 5 to 3600"),
        ("interval", "999999", "must be a whole number from 5 to 3600"),
        ("interval", "12a", "must be a whole number from 5 to 3600"),
        ("interval", "", "enter a number"),
        ("timeout", "0.5", "must be a number from 1 to 120"),
        ("url", "https://invoice example.cn/api", "the address cannot contain spaces"),
        ("url", "https://invoice.example.cn:99999/api", "the port in the address is not valid"),
        ("bypass", "invoice example.cn", "a server name cannot contain spaces"),
        ("bypass", "ok.example.cn, http://x/", "write the server name only, without http://"),
    ],
)
def test_a_field_refuses_what_its_setting_cannot_hold_and_keeps_the_text(
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    config_path: Path,
    autostart: XdgAutostart,
    field: str,
    typed: str,
    problem: str,
) -> None:
    dialog = open_dialog(qtbot, config_path, autostart)
    widgets = {
        "interval": (dialog.numbers[s.POLLING_INTERVAL_S], s.POLLING_INTERVAL_S.key),
        "timeout": (dialog.numbers[s.SERVER_TIMEOUT_S], s.SERVER_TIMEOUT_S.key),
        "url": (dialog.url, s.SERVER_URL.key),
        "bypass": (dialog.bypass, s.NETWORK_PROXY_BYPASS.key),
    }
    widget, key = widgets[field]
    dialog.tabs.setCurrentIndex(dialog.tab_of[key])
    retype(qtbot, widget, typed)
    assert widget.text() == typed  # never clamped, trimmed or cut short as it is typed
    assert dialog.errors[key].isVisible()
    assert problem in dialog.errors[key].text()
    dialog.tabs.setCurrentIndex(3)
    qtbot.keyClick(widget, Qt.Key.Key_Return)  # Enter is Save: refused all the same
    click_save(dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == dialog.tab_of[key]
    assert problem in dialog.errors[key].text()
    assert widget.text() == typed
    assert not config_path.exists()


def test_the_loader_refuses_what_the_dialog_refuses(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '[server]\nurl = "https://invoice example.cn/api"\n'
        "[polling]\ninterval_s = 7200\n"
        '[network]\nproxy_bypass = ["invoice example.cn", "http://x/"]\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config[s.SERVER_URL] == ""
    assert config[s.POLLING_INTERVAL_S] == 60
    assert config[s.NETWORK_PROXY_BYPASS] == ()
    assert {p.key for p in config.problems} == {
        s.SERVER_URL.key,
        s.POLLING_INTERVAL_S.key,
        s.NETWORK_PROXY_BYPASS.key,
    }


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_secret_fields_say_why(
    qtbot: QtBot, config_path: Path, autostart: XdgAutostart
) -> None:
    dialog = open_dialog(qtbot, config_path, autostart)
    assert not dialog.token.edit.isEnabled()
    assert "never saved in plain text" in dialog.token.state.text()
    retype(qtbot, dialog.numbers[s.POLLING_INTERVAL_S], "120")
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        click_save(dialog)
    assert load_config(config_path)[s.POLLING_INTERVAL_S] == 120


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    install_translator(qapp, "en")


@pytest.mark.usefixtures("english_afterwards")
def test_saved_settings_apply_at_once_even_the_language(
    qtbot: QtBot,
    simulator: Simulator,
    memory_keyring: MemoryKeyring,
    config_path: Path,
    autostart: XdgAutostart,
) -> None:
    controller = CheckController(config_for(simulator), FAST, token_override="t")
    overrides = {"server_url": simulator.url, "server_ca_file": str(simulator.ca_path)}
    presenter = TrayPresenter(
        controller,
        quit_app=lambda: None,
        settings=SettingsHost(config_path, autostart, overrides),
    )
    try:
        assert presenter.windows.settings is None  # made when first opened
        presenter.settings_action.trigger()
        dialog = presenter.windows.settings
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.current is not None, timeout=5_000)
        presenter.windows.show_details()
        dialog.url.setText("https://saved.example.cn")
        retype(qtbot, dialog.numbers[s.POLLING_INTERVAL_S], "300")
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        with qtbot.waitSignal(dialog.saved, timeout=5_000):
            click_save(dialog)
        assert controller.config[s.POLLING_INTERVAL_S] == 300
        assert controller.monitor.policy.interval_s == 300
        # The demo keeps its own server for this run; the file has the user's.
        assert controller.config[s.SERVER_URL] == simulator.url
        assert load_config(config_path)[s.SERVER_URL] == "https://saved.example.cn"
        assert current_language() == "zh_CN"
        assert presenter.check_action.text() == "立即检测"
        assert presenter.settings_action.text() == "设置…"
        assert presenter.windows.details is None  # made again in Chinese when next opened
        qtbot.waitUntil(lambda: presenter.windows.settings is None, timeout=5_000)
    finally:
        controller.stop()
        presenter.close()


def test_the_proxy_password_is_a_masked_keyring_secret(
    qtbot: QtBot, memory_keyring: MemoryKeyring, config_path: Path, autostart: XdgAutostart
) -> None:
    config_path.parent.mkdir(parents=True)
    config_path.write_text(
        '[network]\nproxy = "http://clerk:old-pass@proxy.example.cn:3128"\n', encoding="utf-8"
    )
    dialog = open_dialog(qtbot, config_path, autostart)
    assert dialog.proxy_address.text() == "http://proxy.example.cn:3128"
    assert dialog.proxy_user.text() == "clerk"
    assert dialog.proxy_password.edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.proxy_password.edit.text() == ""
    dialog.tabs.setCurrentIndex(dialog.tab_of["proxy-password"])
    note = dialog.errors["proxy-password"]
    assert note.isVisible() and "moved into the keyring" in note.text()
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        click_save(dialog)
    assert "old-pass" not in config_path.read_text(encoding="utf-8")
    assert secrets.get_secret(secrets.PROXY_PASSWORD) == "old-pass"
    assert saved.args[0].notes != ()

    again = open_dialog(qtbot, config_path, autostart)
    assert again.proxy_password.state.text().startswith("Saved in the keyring")
    assert again.errors["proxy-password"].isHidden()
    qtbot.keyClicks(again.proxy_password.edit, "new-pass")
    with qtbot.waitSignal(again.saved, timeout=5_000):
        click_save(again)
    assert secrets.get_secret(secrets.PROXY_PASSWORD) == "new-pass"
    assert "new-pass" not in config_path.read_text(encoding="utf-8")


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_files_proxy_password_is_not_lost(
    qtbot: QtBot, config_path: Path, autostart: XdgAutostart
) -> None:
    config_path.parent.mkdir(parents=True)
    proxy = 'proxy = "http://clerk:old-pass@proxy.example.cn:3128"\n'
    config_path.write_text("[network]\n" + proxy, encoding="utf-8")
    dialog = open_dialog(qtbot, config_path, autostart)
    assert not dialog.proxy_password.edit.isEnabled()
    retype(qtbot, dialog.numbers[s.POLLING_INTERVAL_S], "120")
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        click_save(dialog)
    assert proxy in config_path.read_text(encoding="utf-8")
    assert saved.args[0].config[s.POLLING_INTERVAL_S] == 120
    assert "still written in the settings file" in str(saved.args[0].notes[0])


def test_a_setting_the_it_department_locks_is_shown_not_offered(
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    config_path: Path,
    autostart: XdgAutostart,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from invoice_tray.config import policy

    machine = tmp_path / "policy.toml"
    machine.write_text('[locked.server]\nurl = "https://invoice.company.cn/api"\n', "utf-8")
    monkeypatch.setattr(policy, "policy_file", lambda: machine)
    config_path.parent.mkdir(parents=True)
    config_path.write_text('[server]\nurl = "https://mine.example.cn"\n', encoding="utf-8")
    dialog = open_dialog(qtbot, config_path, autostart)
    assert dialog.url.text() == "https://invoice.company.cn/api"
    assert not dialog.url.isEnabled()
    assert dialog.errors[s.SERVER_URL.key].text() == "Set by your IT department."
    assert dialog.numbers[s.POLLING_INTERVAL_S].isEnabled()
    retype(qtbot, dialog.numbers[s.POLLING_INTERVAL_S], "90")
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        click_save(dialog)
    assert saved.args[0].config[s.SERVER_URL] == "https://invoice.company.cn/api"
    assert saved.args[0].config[s.POLLING_INTERVAL_S] == 90


def test_the_proxy_user_name_has_its_own_field(
    qtbot: QtBot, memory_keyring: MemoryKeyring, config_path: Path, autostart: XdgAutostart
) -> None:
    """The user name is typed in its own field (any name, Chinese too) and kept in the
    address in the file; the password goes to the keyring. A name typed in both places is
    not guessed between: the dialog says so and saves nothing."""
    dialog = open_dialog(qtbot, config_path, autostart)
    dialog.tabs.setCurrentIndex(dialog.tab_of[s.NETWORK_PROXY.key])
    dialog.proxy_mode.setCurrentIndex(dialog.proxy_mode.findData(""))
    assert dialog.proxy_user.isEnabled()
    qtbot.keyClicks(dialog.proxy_address, "http://bob@proxy.example.cn:3128")
    dialog.proxy_user.insert("张会计")  # as a Chinese input method commits it
    assert "names a user already" in dialog.errors[s.NETWORK_PROXY_USER.key].text()
    click_save(dialog)
    assert dialog.isVisible() and not config_path.exists()
    dialog.proxy_address.clear()
    qtbot.keyClicks(dialog.proxy_address, "http://proxy.example.cn:3128")
    assert dialog.errors[s.NETWORK_PROXY_USER.key].isHidden()
    qtbot.keyClicks(dialog.proxy_password.edit, "pass-1")
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        click_save(dialog)
    stored = saved.args[0].config[s.NETWORK_PROXY]
    assert stored == "http://%E5%BC%A0%E4%BC%9A%E8%AE%A1@proxy.example.cn:3128"
    assert secrets.get_secret(secrets.PROXY_PASSWORD) == "pass-1"
    again = open_dialog(qtbot, config_path, autostart)
    assert again.proxy_user.text() == "张会计"
    assert again.proxy_address.text() == "http://proxy.example.cn:3128"


def test_the_systems_proxy_takes_a_user_name_of_its_own(
    qtbot: QtBot, memory_keyring: MemoryKeyring, config_path: Path, autostart: XdgAutostart
) -> None:
    """The system's (or a script's) proxy may ask for a user name and password too: the
    name is kept as ``network.proxy_user``, the password in the keyring. A password with no
    name is not saved, and the field says why; with no proxy, no name is asked."""
    dialog = open_dialog(qtbot, config_path, autostart)
    dialog.tabs.setCurrentIndex(dialog.tab_of[s.NETWORK_PROXY.key])
    assert dialog.proxy_mode.currentData() == "system" and dialog.proxy_user.isEnabled()
    qtbot.keyClicks(dialog.proxy_password.edit, "pass-2")
    click_save(dialog)
    problem = dialog.errors[s.NETWORK_PROXY_USER.key]
    qtbot.waitUntil(problem.isVisible, timeout=5_000)
    assert problem.text().endswith("enter the user name for this password")
    assert not config_path.exists() and memory_keyring.store == {}
    dialog.proxy_user.insert("张会计")  # as a Chinese input method commits it
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        click_save(dialog)
    assert saved.args[0].config[s.NETWORK_PROXY] == "system"
    assert saved.args[0].config[s.NETWORK_PROXY_USER] == "张会计"
    assert secrets.get_secret(secrets.PROXY_PASSWORD) == "pass-2"
    again = open_dialog(qtbot, config_path, autostart)
    assert again.proxy_user.text() == "张会计"
    again.proxy_mode.setCurrentIndex(again.proxy_mode.findData("none"))
    assert not again.proxy_user.isEnabled()


def test_an_automatic_configuration_script_is_chosen_and_its_address_checked(
    qtbot: QtBot, memory_keyring: MemoryKeyring, config_path: Path, autostart: XdgAutostart
) -> None:
    dialog = open_dialog(qtbot, config_path, autostart)
    dialog.tabs.setCurrentIndex(dialog.tab_of[s.NETWORK_PROXY.key])
    dialog.proxy_mode.setCurrentIndex(dialog.proxy_mode.findData("pac"))
    assert dialog.proxy_address.isEnabled() and dialog.proxy_user.isEnabled()
    assert dialog.proxy_address.placeholderText().endswith("proxy.pac")
    qtbot.keyClicks(dialog.proxy_address, "ftp://wpad.example.cn/proxy.pac")
    assert "http://" in dialog.errors[s.NETWORK_PROXY.key].text()
    dialog.proxy_address.clear()
    qtbot.keyClicks(dialog.proxy_address, "http://wpad.example.cn/proxy.pac")
    assert dialog.errors[s.NETWORK_PROXY.key].isHidden()
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        qtbot.keyClick(dialog.proxy_address, Qt.Key.Key_Return)  # Enter saves, never cancels
    assert saved.args[0].config[s.NETWORK_PROXY] == "pac:http://wpad.example.cn/proxy.pac"
    again = open_dialog(qtbot, config_path, autostart)
    assert again.proxy_mode.currentData() == "pac"
    assert again.proxy_address.text() == "http://wpad.example.cn/proxy.pac"
