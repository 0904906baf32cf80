"""The settings dialog: server, secrets, checks, network, language and start at login.

It reads and saves through :mod:`invoice_tray.preferences` on a worker thread (the keyring
may block), shows each problem beside its field, and closes only when everything was saved.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from invoice_tray import preferences
from invoice_tray.config import Config
from invoice_tray.config import schema as s
from invoice_tray.config.endpoints import KEY as ENDPOINTS_KEY
from invoice_tray.config.schema import Setting
from invoice_tray.config.types import (
    SCRIPT_PREFIX,
    InvalidValue,
    ProxyKeyword,
    proxy_keyword,
    proxy_script,
    proxy_user,
    proxy_with_user,
    takes_proxy_user,
)
from invoice_tray.i18n import Text, tr
from invoice_tray.preferences import KEEP, Changes, Current, Rejected, Saved
from invoice_tray.system.autostart import Autostart
from invoice_tray.ui.background import run_in_background
from invoice_tray.ui.widgets import ErrorLabel, PathField, fit_to_screen

log = logging.getLogger(__name__)
# Language names are shown in their own language, whatever the UI language is.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}
THIS_PROXY = ""  # the proxy choice whose address is typed beside it
THIS_SCRIPT = "pac"  # the choice of an automatic configuration script, its address beside it
PROXY_USER_FIELD = s.NETWORK_PROXY_USER.key  # in the address, for a proxy typed beside
USER_TWICE = tr("the address names a user already: remove it there or here")


class SecretField(QWidget):
    """A secret kept in the keyring: it is never shown, only replaced or removed."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setStyleSheet("color: palette(mid);")
        self.stored = False
        self.removed = False
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.state)
        self.edit.textEdited.connect(self._typed)

    def show_stored(self, stored: bool) -> None:
        self.stored = stored
        self.removed = False
        self._describe()

    def disable(self, reason: str) -> None:
        self.edit.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.state.setText(reason)

    def change(self) -> str | None:
        """What to do with the stored secret: KEEP (None), remove (""), or store a value."""
        if self.edit.text():
            return self.edit.text()
        return "" if self.removed else KEEP

    def _typed(self, _text: str) -> None:
        self.removed = False
        self._describe()

    def _remove(self) -> None:
        self.edit.clear()
        self.removed = True
        self._describe()

    def _describe(self) -> None:
        if self.edit.text():
            text = self.tr("Will be saved in the system's password store (keyring).")
        elif self.removed:
            text = self.tr("Will be removed from the keyring.")
        elif self.stored:
            text = self.tr("Saved in the keyring. Type a new one to replace it.")
        else:
            text = self.tr("Not set.")
        self.state.setText(text)
        self.remove_button.setEnabled(self.stored and not self.removed)
        self.edit.setPlaceholderText("••••••••" if self.stored and not self.removed else "")


class SettingsDialog(QDialog):
    saved = Signal(object)  # preferences.Saved

    def __init__(self, config_path: Path, autostart: Autostart, *, demo: bool = False) -> None:
        super().__init__()
        self.config_path = config_path
        self.autostart = autostart
        self.current: Current | None = None
        self.setWindowTitle(self.tr("Settings – invoice-tray"))
        self.errors: dict[str, ErrorLabel] = {}
        self.typed_fields: dict[Setting[Any], QLineEdit] = {}
        self.tab_of: dict[str, int] = {}
        self.tabs = QTabWidget()
        self._build_server_tab(demo)
        self._build_endpoints_tab()
        self._build_checks_tab()
        self._build_network_tab()
        self._build_general_tab()
        self.banner = ErrorLabel()
        self.busy = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.banner)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        # Enter in any field saves (and is refused while a field is wrong): it never cancels
        # what was typed, nor presses a field's own button (Remove, Browse…).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        fit_to_screen(self, 560, 480)
        self._set_busy(self.tr("Reading the settings…"))
        run_in_background(
            self,
            lambda: preferences.read_current(config_path, autostart),
            self._loaded,
            name="settings-read",
        )

    # -- building ----------------------------------------------------------------------------

    def _form(self, title: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.tabs.addTab(page, title)
        return form

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        error = ErrorLabel()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, holder)
        self.errors[key] = error
        self.tab_of[key] = self.tabs.count() - 1

    def _build_server_tab(self, demo: bool) -> None:
        form = self._form(self.tr("Server"))
        if demo:
            note = QLabel(
                self.tr(
                    "Demo: checks go to the built-in demo server. The server settings here "
                    "are saved for when invoice-tray runs normally."
                )
            )
            note.setWordWrap(True)
            form.addRow(note)
        self.url = self._typed_field(s.SERVER_URL)
        self.url.setPlaceholderText("https://invoice.example.cn/api")
        self._add(form, s.SERVER_URL.key, self.tr("Server address"), self.url)
        self.token = SecretField()
        self._add(form, preferences.TOKEN_FIELD, self.tr("Access token"), self.token)
        self.ca_file = PathField(
            self.tr("Extra CA certificates"),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        self._add(form, s.SERVER_CA_FILE.key, self.tr("Extra CA certificates"), self.ca_file)
        self.cert_path = PathField(
            self.tr("Client certificate"),
            self.tr("Certificates (*.pfx *.p12 *.pem *.crt *.cer);;All files (*)"),
        )
        self._add(form, s.CLIENT_CERT_PATH.key, self.tr("Client certificate"), self.cert_path)
        self.cert_password = SecretField()
        self._add(
            form,
            preferences.PASSWORD_FIELD,
            self.tr("Client certificate password"),
            self.cert_password,
        )

    def _build_endpoints_tab(self) -> None:
        form = self._form(self.tr("Other services"))
        note = QLabel(
            self.tr(
                "Besides the invoice server, invoice-tray can check the other services your "
                "invoicing needs (the e-tax bureau, the invoicing vendor's system). A service "
                "marked red when it cannot be reached makes the light red; the others, yellow."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        from invoice_tray.ui.endpoints import EndpointList

        self.endpoint_list = EndpointList()
        self._add(form, ENDPOINTS_KEY, "", self.endpoint_list)

    def _build_checks_tab(self) -> None:
        form = self._form(self.tr("Checks"))
        labels: list[tuple[Setting[Any], str]] = [
            (s.POLLING_INTERVAL_S, self.tr("Check every (seconds)")),
            (s.POLLING_RETRY_S, self.tr("After a failure, check again after (seconds)")),
            (s.POLLING_FAILURE_THRESHOLD, self.tr("Failed checks in a row before red")),
            (s.POLLING_RECOVERY_THRESHOLD, self.tr("Good checks in a row before a change back")),
            (s.POLLING_BACKOFF_CAP_S, self.tr("While red, check at least every (seconds)")),
            (s.SERVER_TIMEOUT_S, self.tr("Give up a check after (seconds)")),
            (s.SERVER_SLOW_MS, self.tr("Warn when the server answers slower than (ms)")),
            (s.REMINDER_MINUTES, self.tr("While red, remind me every (minutes)")),
            (s.CERT_WARN_DAYS, self.tr("Warn before a certificate expires (days)")),
        ]
        # Plain text fields, not spin boxes: a spin box drops the keys that would take it out
        # of range (7200 became 720) where the user must be told instead.
        self.numbers: dict[Setting[Any], QLineEdit] = {}
        for setting, label in labels:
            box = self._typed_field(setting)
            box.setMaximumWidth(box.fontMetrics().horizontalAdvance("0") * 12)
            self.numbers[setting] = box
            self._add(form, setting.key, label, box)

    def _build_network_tab(self) -> None:
        form = self._form(self.tr("Network"))
        self.proxy_mode = QComboBox()
        # The data is the setting's keyword, or "" for the proxy typed in the field beside.
        system, direct = ProxyKeyword.SYSTEM.value, ProxyKeyword.NONE.value
        self.proxy_mode.addItem(self.tr("Use the system's proxy settings"), system)
        self.proxy_mode.addItem(self.tr("Connect directly, without a proxy"), direct)
        self.proxy_mode.addItem(self.tr("Use this proxy:"), THIS_PROXY)
        self.proxy_mode.addItem(self.tr("Use this automatic configuration script:"), THIS_SCRIPT)
        self.proxy_address = QLineEdit()
        self.proxy_mode.currentIndexChanged.connect(self._proxy_mode_changed)
        self.proxy_address.textChanged.connect(self._check_proxy)
        proxy = QWidget()
        column = QVBoxLayout(proxy)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.proxy_mode)
        column.addWidget(self.proxy_address)
        self._add(form, s.NETWORK_PROXY.key, self.tr("Proxy"), proxy)
        self.proxy_user = QLineEdit()
        self.proxy_user.setPlaceholderText(self.tr("only if the proxy asks for one"))
        self.proxy_user.textChanged.connect(self._check_proxy)
        self._add(form, PROXY_USER_FIELD, self.tr("Proxy user name"), self.proxy_user)
        self.proxy_password = SecretField()
        self._add(
            form,
            preferences.PROXY_PASSWORD_FIELD,
            self.tr("Proxy password"),
            self.proxy_password,
        )
        self.bypass = self._typed_field(s.NETWORK_PROXY_BYPASS)
        self.bypass.setPlaceholderText("invoice.example.cn, .tax.example.cn")
        self._add(
            form, s.NETWORK_PROXY_BYPASS.key, self.tr("Reach directly (no proxy)"), self.bypass
        )

    def _build_general_tab(self) -> None:
        form = self._form(self.tr("General"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "auto")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self._add(form, s.UI_LANGUAGE.key, self.tr("Language"), self.language)
        self.start_at_login = QCheckBox(
            self.tr("Start invoice-tray when I sign in to this computer")
        )
        self._add(form, preferences.AUTOSTART_FIELD, "", self.start_at_login)

    # -- loading -----------------------------------------------------------------------------

    def _loaded(self, current: Current | None, error: BaseException | None) -> None:
        self._set_busy(None)
        if current is None:
            log.error("settings could not be read", exc_info=error)
            message = self.tr("The settings could not be read: %1")
            self.banner.show_problem(message.replace("%1", str(error)))
            return
        self.current = current
        config = current.config
        for setting, field in self.typed_fields.items():
            field.setText(setting.type.to_text(config[setting]))
        self.ca_file.edit.setText(config[s.SERVER_CA_FILE])
        self.cert_path.edit.setText(config[s.CLIENT_CERT_PATH])
        proxy = config[s.NETWORK_PROXY]
        mode = proxy_keyword(proxy)
        script = proxy_script(proxy)
        address, user = proxy_user(current.proxy_address)
        if mode is not None:
            address, user = "", config[s.NETWORK_PROXY_USER]
        elif script is not None:
            address, user = script, config[s.NETWORK_PROXY_USER]
        choice = mode.value if mode else (THIS_SCRIPT if script is not None else THIS_PROXY)
        self.proxy_mode.setCurrentIndex(self.proxy_mode.findData(choice))
        self.proxy_address.setText(address)
        self.proxy_user.setText(user)
        self._proxy_mode_changed()
        self.language.setCurrentIndex(max(0, self.language.findData(config[s.UI_LANGUAGE])))
        self.endpoint_list.load(config, config.endpoints)
        self._show_locks(config)
        self.start_at_login.setChecked(current.start_at_login)
        self.start_at_login.setToolTip(current.autostart_location)
        if current.keyring_problem is not None:
            self.token.disable(str(current.keyring_problem))
            self.cert_password.disable(self.tr("Needs the keyring too (see above)."))
            self.proxy_password.disable(str(current.keyring_problem))
        else:
            self.token.show_stored(current.token_stored)
            self.cert_password.show_stored(current.password_stored)
            self.proxy_password.show_stored(current.proxy_password_stored)
            if current.proxy_password_in_file:
                self.errors[preferences.PROXY_PASSWORD_FIELD].show_problem(
                    self.tr(
                        "The settings file holds this password in plain text. When you save, "
                        "it is moved into the keyring and removed from the file."
                    ),
                    warning=True,
                )
        # A value the file holds but cannot be used is shown at its field; the rest (a file
        # that cannot be read, a name that means nothing) above the buttons.
        general: list[str] = []
        for problem in config.problems:
            key = problem.key or ""
            if key.startswith(f"{ENDPOINTS_KEY}["):  # endpoints[2].url: the list's own
                key = ENDPOINTS_KEY
            label = self.errors.get(key)
            if label is not None:
                text = self.tr("In the settings file: %1").replace("%1", str(problem.message))
                label.show_problem(text, warning=True)
            else:
                general.append(problem.plain())
        if general:
            self.banner.show_problem("\n".join(general))

    def _show_locks(self, config: Config) -> None:
        """A setting the IT department locks is shown, not offered: its field is read only and
        says who set it."""
        widgets: dict[str, list[QWidget]] = {
            s_.key: [field] for s_, field in self.typed_fields.items()
        }
        widgets[s.SERVER_CA_FILE.key] = [self.ca_file]
        widgets[s.CLIENT_CERT_PATH.key] = [self.cert_path]
        widgets[s.NETWORK_PROXY.key] = [self.proxy_mode, self.proxy_address, self.proxy_user]
        widgets[s.NETWORK_PROXY_USER.key] = [self.proxy_user]
        widgets[s.UI_LANGUAGE.key] = [self.language]
        widgets[ENDPOINTS_KEY] = [self.endpoint_list]
        for key in config.locked:
            for widget in widgets.get(key, []):
                widget.setEnabled(False)
            if key in self.errors:
                self.errors[key].show_note(self.tr("Set by your IT department."))

    # -- live checks -------------------------------------------------------------------------

    def _typed_field(self, setting: Setting[Any]) -> QLineEdit:
        """A field whose text is checked by the setting's own rule as it is typed; the text
        stays exactly as typed, right or wrong."""
        field = QLineEdit()
        field.textChanged.connect(lambda text: self._validate_into(setting, text))
        self.typed_fields[setting] = field
        return field

    @Slot()
    def _check_proxy(self) -> None:
        twice = self._user_given_twice()
        self.errors[PROXY_USER_FIELD].show_problem(str(USER_TWICE) if twice else None)
        if self._proxy_typed():
            self._validate_into(s.NETWORK_PROXY, self._proxy_text())
        else:
            self.errors[s.NETWORK_PROXY.key].show_problem(None)

    def _user_given_twice(self) -> bool:
        return (
            self.proxy_mode.currentData() == THIS_PROXY
            and bool(self.proxy_user.text())
            and bool(proxy_user(self.proxy_address.text().strip())[1])
        )

    @Slot()
    def _proxy_mode_changed(self) -> None:
        choice = self.proxy_mode.currentData()
        self.proxy_address.setEnabled(self._proxy_typed())
        # The system's or a script's proxy may ask for a user name as well as a typed one.
        self.proxy_user.setEnabled(choice != ProxyKeyword.NONE.value and not self._user_locked())
        self.proxy_address.setPlaceholderText(
            "http://wpad.example.cn/proxy.pac"
            if choice == THIS_SCRIPT
            else "http://proxy.example.cn:8080"
        )
        self._check_proxy()

    def _validate_into(self, setting: Setting[Any], text: str) -> None:
        try:
            setting.type.from_text(text)
        except InvalidValue as exc:
            self.errors[setting.key].show_problem(str(exc.message))
        else:
            self.errors[setting.key].show_problem(None)

    # -- saving ------------------------------------------------------------------------------

    def _proxy_typed(self) -> bool:
        """The proxy (or its script) is the one typed beside the choice, not a keyword."""
        return proxy_keyword(str(self.proxy_mode.currentData())) is None

    def _user_locked(self) -> bool:
        locked = self.current.config.locked if self.current is not None else ()
        return s.NETWORK_PROXY.key in locked or s.NETWORK_PROXY_USER.key in locked

    def _proxy_user_text(self) -> str:
        """``network.proxy_user``: the field, unless the user name goes into a typed proxy's
        address (or no proxy is used); then as it was."""
        if takes_proxy_user(self._proxy_text()):
            return self.proxy_user.text().strip()
        loaded = self.current.config[s.NETWORK_PROXY_USER] if self.current is not None else ""
        return str(loaded)

    def _proxy_text(self) -> str:
        """``network.proxy`` as the form gives it: a keyword, ``pac:`` and the script's
        address, or the proxy's address with the user name in it."""
        choice = str(self.proxy_mode.currentData())
        if choice == THIS_SCRIPT:
            return SCRIPT_PREFIX + self.proxy_address.text()
        if choice == THIS_PROXY:
            return proxy_with_user(self.proxy_address.text().strip(), self.proxy_user.text())
        return choice

    def form_texts(self) -> dict[Setting[Any], str]:
        """Every setting's field as typed."""
        texts = {setting: field.text() for setting, field in self.typed_fields.items()}
        texts.update(
            {
                s.SERVER_CA_FILE: self.ca_file.edit.text().strip(),
                s.CLIENT_CERT_PATH: self.cert_path.edit.text().strip(),
                s.NETWORK_PROXY: self._proxy_text(),
                s.NETWORK_PROXY_USER: self._proxy_user_text(),
                s.UI_LANGUAGE: self.language.currentData(),
            }
        )
        return texts

    def form_values(self) -> tuple[dict[Setting[Any], object], dict[str, Text]]:
        """The fields read by each setting's rule, and what is wrong with those it refuses."""
        values: dict[Setting[Any], object] = {}
        problems: dict[str, Text] = {}
        for setting, text in self.form_texts().items():
            try:
                values[setting] = setting.type.from_text(text)
            except InvalidValue as exc:
                problems[setting.key] = exc.message
        if self._user_given_twice():
            problems[PROXY_USER_FIELD] = USER_TWICE
        return values, problems

    def changes(self) -> Changes:
        """Only what differs from what was read, so keys the user never touched stay as the
        file has them. Call only when :meth:`form_values` found no problem."""
        assert self.current is not None
        loaded = self.current.config
        values, problems = self.form_values()
        assert not problems, problems
        changed = {k: v for k, v in values.items() if v != loaded[k]}
        start = self.start_at_login.isChecked()
        endpoints = tuple(self.endpoint_list.specs)
        return Changes(
            changed,
            token=self.token.change() if self.token.edit.isEnabled() else KEEP,
            password=(self.cert_password.change() if self.cert_password.edit.isEnabled() else KEEP),
            proxy_password=(
                self.proxy_password.change() if self.proxy_password.edit.isEnabled() else KEEP
            ),
            start_at_login=None if start == self.current.start_at_login else start,
            endpoints=None if endpoints == loaded.endpoints else endpoints,
        )

    @Slot()
    def save(self) -> None:
        if self.current is None:
            return
        for error in self.errors.values():
            error.show_problem(None)
        self.banner.show_problem(None)
        _values, problems = self.form_values()
        if problems:  # nothing is saved while a field holds what its setting cannot
            self.show_problems(problems)
            return
        changes = self.changes()
        self._set_busy(self.tr("Saving…"))
        run_in_background(
            self,
            lambda: preferences.save(self.config_path, changes, self.autostart),
            self._saved,
            name="settings-save",
        )

    def _saved(self, result: Saved | None, error: BaseException | None) -> None:
        self._set_busy(None)
        if isinstance(error, Rejected):
            self.show_problems(error.problems)
            return
        if result is None:
            log.error("settings could not be saved", exc_info=error)
            self.banner.show_problem(
                self.tr("The settings could not be saved: %1").replace("%1", str(error))
            )
            return
        log.info("settings saved to %s", self.config_path)
        self.saved.emit(result)
        self.accept()

    def show_problems(self, problems: dict[str, Text]) -> None:
        first_tab = None
        for key, message in problems.items():
            label = self.errors.get(key, self.banner)
            label.show_problem(str(message))
            if first_tab is None and key in self.tab_of:
                first_tab = self.tab_of[key]
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)

    def _set_busy(self, message: str | None) -> None:
        self.busy.setText(message or "")
        self.tabs.setEnabled(message is None)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(message is None)
