"""The UI catalogues: in step with the code, compiled, complete in Chinese, and used."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from invoice_tray.ui.language import TRANSLATIONS, install_translator

TOOLS = Path(sys.executable).parent
UI_SOURCES = sorted(str(p) for p in (TRANSLATIONS.parent / "ui").glob("*.py"))


def messages(ts: Path) -> dict[str, ET.Element]:
    return {m.findtext("source") or "": m.find("translation") for m in ET.parse(ts).iter("message")}  # type: ignore[misc]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_ts_files_are_in_step_with_the_code(tmp_path: Path, language: str) -> None:
    committed = TRANSLATIONS / f"invoice_tray_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    subprocess.run(
        [TOOLS / "pyside6-lupdate", *UI_SOURCES, "-ts", fresh, "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    assert set(messages(fresh)) == set(messages(committed)), (
        "UI strings changed: run python3 scripts/dev.py translations and translate them"
    )


def test_chinese_is_complete() -> None:
    for source, translation in messages(TRANSLATIONS / "invoice_tray_zh_CN.ts").items():
        assert translation is not None and translation.get("type") is None, source
        assert translation.text, source
        assert source.count("%1") == translation.text.count("%1"), source


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_qm_files_are_compiled_from_the_ts(tmp_path: Path, language: str) -> None:
    ts = TRANSLATIONS / f"invoice_tray_{language}.ts"
    qm = tmp_path / f"{language}.qm"
    subprocess.run([TOOLS / "pyside6-lrelease", ts, "-qm", qm], check=True, capture_output=True)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes()


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translator = install_translator(qapp, "zh_CN")
    assert translator is not None
    yield
    install_translator(qapp, "en")


def test_ui_speaks_chinese(chinese: None) -> None:
    assert QCoreApplication.translate("TrayPresenter", "Check now") == "立即检测"
    assert (
        QCoreApplication.translate("DetailsWindow", "Name lookup (DNS)") == "查找服务器地址（DNS）"
    )
    # Qt's own texts too, such as the standard buttons of dialogs.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_status_window_in_chinese(chinese: None, simulator: object) -> None:
    from invoice_tray.ui.checker import CheckController
    from invoice_tray.ui.tray import TrayPresenter
    from tests.builders import FAST, config_for

    controller = CheckController(config_for(simulator), FAST, token_override="t")  # type: ignore[arg-type]
    presenter = TrayPresenter(controller, quit_app=lambda: None)
    try:
        assert presenter.window is not None
        assert presenter.window.title.text() == "状态未知"
        assert presenter.check_action.text() == "立即检测"
    finally:
        controller.stop()
        presenter.close()


def test_english_needs_no_catalogue(qapp: QApplication) -> None:
    assert install_translator(qapp, "en") is None
