"""The diagnostics window, driven as a person does: from the tray menu, a note typed in, the
one default action; the real simulator as invoice server and as the helpdesk's intake."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from invoice_tray import secrets
from invoice_tray.config import Config
from invoice_tray.engine.model import Light
from invoice_tray.engine.monitor import MonitorPolicy
from invoice_tray.i18n import set_language
from invoice_tray.paths import AppPaths
from invoice_tray.simulator.server import Simulator
from invoice_tray.ui.checker import CheckController
from invoice_tray.ui.export import ExportDialog
from invoice_tray.ui.hosts import DiagnosticsHost
from invoice_tray.ui.language import install_translator
from invoice_tray.ui.tray import TrayPresenter
from tests.builders import config_for
from tests.conftest import MemoryKeyring

FAST = MonitorPolicy(interval_s=0.3, retry_s=0.1, backoff_cap_s=0.4)


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    set_language(request.param)
    install_translator(qapp, request.param)
    yield request.param
    install_translator(qapp, "en")
    set_language("en")


def open_dialog(
    qtbot: QtBot, config: Config, destination: Path, log: list[str] | None = None
) -> tuple[TrayPresenter, CheckController, ExportDialog]:
    controller = CheckController(config, FAST, token_override="t")
    host = DiagnosticsHost(AppPaths.from_environment(), lambda: list(log or []), destination)
    presenter = TrayPresenter(controller, quit_app=lambda: None, diagnostics=host)
    controller.start()
    qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)
    assert presenter.export_action.isVisible()
    presenter.export_action.trigger()
    dialog = presenter.windows.export
    assert dialog is not None and dialog.isVisible()
    return presenter, controller, dialog


def written_zip(dialog: ExportDialog) -> dict[str, str]:
    assert dialog.written is not None
    with zipfile.ZipFile(dialog.written.path) as bundle:
        return {name: bundle.read(name).decode() for name in bundle.namelist()}


def test_saved_and_copied_as_a_file_with_the_note(
    qtbot: QtBot, simulator: Simulator, tmp_path: Path, memory_keyring: MemoryKeyring, language: str
) -> None:
    presenter, controller, dialog = open_dialog(
        qtbot, config_for(simulator), tmp_path, ["INFO sent token=abc123secret"]
    )
    try:
        qtbot.waitUntil(lambda: "KB" in dialog.size_label.text(), timeout=10_000)
        assert dialog.deliver_button.isDefault()
        dialog.note.moveCursor(dialog.note.textCursor().MoveOperation.End)
        qtbot.keyClicks(dialog.note, " error 0x2746 ")
        dialog.note.insertPlainText("开票时提示网络错误")  # as an input method commits it
        qtbot.mouseClick(dialog.deliver_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.written is not None, timeout=10_000)
        assert dialog.written is not None
        path = dialog.written.path
        assert path.parent == tmp_path
        assert str(path) in dialog.path_label.text()
        assert "WeChat" in dialog.result_label.text() or "微信" in dialog.result_label.text()
        # On the clipboard as a file, as chat and mail programs paste an attachment.
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        assert [url.toLocalFile() for url in mime.urls()] == [str(path)]
        dialog.copy_summary_button.click()
        summary = clipboard.text()
        assert "0.1" in summary and ("green" in summary or "绿灯" in summary)
        files = written_zip(dialog)
        assert "error 0x2746 开票时提示网络错误" in json.loads(files["report.json"])["note"]
        assert "开票时提示网络错误" in files["report.html"]
        assert "abc123secret" not in "".join(files.values())
        assert "platform plugin: offscreen" in files["diagnostics.txt"]
        assert not dialog.deliver_button.isEnabled()  # one bundle per opening
    finally:
        controller.stop()
        presenter.close()


def test_sent_to_the_intake_with_a_reference_to_read_out(
    qtbot: QtBot, simulator: Simulator, tmp_path: Path, memory_keyring: MemoryKeyring, language: str
) -> None:
    secrets.set_secret(secrets.HELPDESK_TOKEN, "intake-token-1")
    config = config_for(simulator).with_values(
        helpdesk_upload_url=f"{simulator.url}/support/bundles",
        helpdesk_name="财务信息化服务台",
        helpdesk_phone="010-8888 6666 转 21",
    )
    presenter, controller, dialog = open_dialog(qtbot, config, tmp_path)
    try:
        assert "010-8888 6666 转 21" in dialog.contact_label.text()
        assert "财务信息化服务台" in dialog.contact_label.text()
        dialog.deliver_button.setFocus()
        qtbot.keyClick(dialog.deliver_button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.reference_label.isVisible(), timeout=15_000)
        reference = dialog.reference_label.text()
        assert reference.startswith("HD-")
        assert dialog.reference_label.font().pointSizeF() > dialog.font().pointSizeF() * 2
        assert simulator.support.received()[reference] == dialog.written.path.read_bytes()  # type: ignore[union-attr]
        dialog.copy_summary_button.click()
        assert reference in QGuiApplication.clipboard().text()
    finally:
        controller.stop()
        presenter.close()


def test_an_unreachable_intake_keeps_the_bundle_and_sends_it_once_when_green(
    qtbot: QtBot,
    simulator: Simulator,
    simulator_data: Path,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    with Simulator(simulator_data, scenario="down") as desk:
        config = config_for(simulator).with_values(
            helpdesk_upload_url=f"{desk.url}/support/bundles"
        )
        presenter, controller, dialog = open_dialog(qtbot, config, tmp_path)
        try:
            presenter.watch_outgoing()
            qtbot.mouseClick(dialog.deliver_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "turns green" in dialog.result_label.text(), timeout=15_000)
            assert not dialog.reference_label.isVisible()
            assert dialog.copy_file_button.isEnabled()  # a chat still works meanwhile
            outgoing = AppPaths.from_environment().data_dir / "outgoing"
            assert len(list(outgoing.glob("*.zip"))) == 1
            desk.set_scenario("healthy")
            before = dict(desk.support.received())
            # The invoice server goes down and comes back: the light turns green again.
            simulator.set_scenario("down")
            qtbot.waitUntil(lambda: controller.monitor.shown is Light.RED, timeout=15_000)
            simulator.set_scenario("healthy")
            assert presenter.pending is not None
            with qtbot.waitSignal(presenter.pending.delivered, timeout=15_000) as sent:
                pass
            new = set(desk.support.received()) - set(before)
            assert new == {sent.args[0]}
            assert list(outgoing.glob("*.zip")) == []
            presenter.pending.maybe_send()
            qtbot.wait(500)
            assert len(desk.support.received()) == len(before) + 1  # once
        finally:
            controller.stop()
            presenter.close()


def test_a_bundle_that_cannot_be_saved_says_why_and_can_be_tried_again(
    qtbot: QtBot, simulator: Simulator, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    presenter, controller, dialog = open_dialog(qtbot, config_for(simulator), blocker / "out.zip")
    try:
        qtbot.mouseClick(dialog.deliver_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10_000)
        assert "the folder does not exist" in dialog.problem.text()
        assert dialog.deliver_button.isEnabled()
        assert not dialog.copy_file_button.isEnabled()
    finally:
        controller.stop()
        presenter.close()


def test_red_menu_names_the_helpdesk(
    qtbot: QtBot, simulator: Simulator, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    config = config_for(simulator).with_values(
        helpdesk_name="财务信息化服务台", helpdesk_phone="400-800-1234"
    )
    controller = CheckController(config, FAST, token_override="t")
    host = DiagnosticsHost(AppPaths.from_environment(), list, tmp_path)
    presenter = TrayPresenter(controller, quit_app=lambda: None, diagnostics=host)
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)
        assert not presenter.helpdesk_action.isVisible()
        simulator.set_scenario("down")
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.RED, timeout=15_000)
        assert presenter.helpdesk_action.isVisible()
        assert presenter.helpdesk_action.text() == "财务信息化服务台: telephone 400-800-1234"
        window = presenter.window
        assert window is not None  # the notice names whom to call, too
        assert window.notice.text().endswith("财务信息化服务台: telephone 400-800-1234")
        # The red notice has nothing to fix here: a click opens the diagnostics window.
        presenter.notices.clicked()
        assert presenter.windows.export is not None
    finally:
        controller.stop()
        presenter.close()
