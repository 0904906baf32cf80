"""The Chinese catalogue covers every message in the code, with the same placeholders."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from invoice_tray.i18n import Text, normalize, set_language, tr, zh_CN

PACKAGE = Path(__file__).resolve().parents[2] / "invoice_tray"


def messages_in_code() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr":
                first = node.args[0]
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{path}:{node.lineno}: tr() needs a literal message"
                )
                found.setdefault(first.value, f"{path.name}:{node.lineno}")
    return found


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_is_translated() -> None:
    missing = {msg: where for msg, where in messages_in_code().items() if msg not in zh_CN.MESSAGES}
    assert missing == {}


def test_no_stale_translations() -> None:
    assert set(zh_CN.MESSAGES) - set(messages_in_code()) == set()


def test_placeholders_match() -> None:
    for msgid, translation in zh_CN.MESSAGES.items():
        assert placeholders(msgid) == placeholders(translation), msgid


def test_rendering_follows_the_current_language() -> None:
    text = tr("answered in {ms} ms", ms=12)
    assert str(text) == "answered in 12 ms"
    set_language("zh_CN")
    assert str(text) == "答复用时 12 ms"
    assert text.render("en") == "answered in 12 ms"
    assert str(Text("a message nobody translated")) == "a message nobody translated"


def test_locale_names() -> None:
    assert normalize("zh_CN.UTF-8") == "zh_CN"
    assert normalize("zh-Hans") == "zh_CN"
    assert normalize("Chinese (Simplified)_China") == "zh_CN"
    assert normalize("en_US") == "en"
    assert normalize("de_DE") == "en"


def test_auto_follows_the_environment(monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert set_language("auto") == "zh_CN"
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert set_language("auto") == "en"


def test_chinese_spacing_and_dates_follow_the_language() -> None:
    from datetime import date

    expired = tr("it expired on {date}", date=date(2026, 11, 28))
    assert str(expired) == "it expired on 2026-11-28"
    set_language("zh_CN")
    # A space between Chinese and a number, none between two Chinese characters.
    assert str(expired) == "已于 2026年11月28日过期"
    waiting = tr("{minutes} min", minutes=40)
    assert str(waiting) == "40 分钟"
