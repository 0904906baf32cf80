"""Message translation for the engine and the command line (no Qt here).

Messages are written in English in the code, wrapped in :class:`Text`, and rendered in the
current language when turned into a string. Rendering late means a report made before a
language switch still shows in the new language. A parameter may itself be a :class:`Text`
("4 minutes {direction}"): it is rendered with its message, in the same language, so a
message is never frozen half in the language of the moment it was made. Dates and times are
parameters too, written as each language writes them (2026-12-01 14:30, 2026年12月1日 14:30),
in this computer's time zone. The Simplified Chinese catalogue is ``zh_CN.py``; a test checks
that every message in the code has a translation there with the same placeholders.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Union

from invoice_tray.i18n import zh_CN

LANGUAGES = ("en", "zh_CN")
_CATALOGUES: Mapping[str, Mapping[str, str]] = {"zh_CN": zh_CN.MESSAGES}
_current = "en"

Param = Union[str, int, float, date, "Text"]  # a datetime is a date too


@dataclass(frozen=True)
class Text:
    """A translatable message: an English template and its parameters."""

    msgid: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def render(self, language: str | None = None) -> str:
        lang = language or _current
        template = _CATALOGUES.get(lang, {}).get(self.msgid, self.msgid)
        if not self.params:
            return template
        values = {name: _rendered(value, lang) for name, value in self.params.items()}
        rendered = template.format(**values)
        return _spaced(rendered) if lang == "zh_CN" else rendered

    def __str__(self) -> str:
        return self.render()

    def to_data(self) -> dict[str, Any]:
        return {
            "msgid": self.msgid,
            "params": {name: _param_data(value) for name, value in self.params.items()},
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Text:
        params: dict[str, Param] = {}
        for name, value in dict(data.get("params", {})).items():
            params[name] = _param_from_data(value) if isinstance(value, dict) else value
        return cls(str(data["msgid"]), params)


# Chinese takes a space between a Chinese character and a Latin word or number, but none
# between two Chinese characters: "已于 {date} 过期" with a date that ends in 日 loses its
# second space. One rule here instead of a template written for each kind of value.
_CJK = "[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"  # characters and full-width punctuation
_BETWEEN_CJK = re.compile(f"(?<={_CJK}) (?={_CJK})")


def _spaced(text: str) -> str:
    return _BETWEEN_CJK.sub("", text)


def listed(items: Iterable[object]) -> str:
    """Items one after another, with the separator of the current language ("; ", "；")."""
    return str(tr("; ")).join(str(item) for item in items)


def _rendered(value: Param, language: str) -> str | int | float:
    if isinstance(value, Text):
        return value.render(language)
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo is not None else value
        day = _rendered(local.date(), language)
        return f"{day} {local:%H:%M}"
    if isinstance(value, date):
        if language == "zh_CN":
            return f"{value.year}年{value.month}月{value.day}日"
        return value.isoformat()
    return value


def _param_data(value: Param) -> Any:
    if isinstance(value, Text):
        return value.to_data()
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return value


def _param_from_data(data: dict[str, Any]) -> Param:
    if "datetime" in data:
        return datetime.fromisoformat(str(data["datetime"]))
    if "date" in data:
        return date.fromisoformat(str(data["date"]))
    return Text.from_data(data)


def text_to_json(text: Text | None) -> str | None:
    """A message as stored (history, journal): still translatable when read back."""
    return json.dumps(text.to_data(), ensure_ascii=False) if text else None


def text_from_json(raw: str | None) -> Text | None:
    if not raw:
        return None
    return Text.from_data(json.loads(raw))


def money(value: Decimal | float | int) -> str:
    """An amount as an accountant writes it, in either language: two decimals, thousands
    separators (1,234.56), rounded half up, and never "-0.00"."""
    exact = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    rounded = exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)
    return f"{rounded:,.2f}"


def duration(seconds: float) -> Text:
    """A span as people say it: "2 h 15 min", "40 min", "under a minute"."""
    minutes = int(max(0.0, seconds) // 60)
    if minutes < 1:
        return tr("under a minute")
    if minutes < 60:
        return tr("{minutes} min", minutes=minutes)
    return tr("{hours} h {minutes} min", hours=minutes // 60, minutes=minutes % 60)


def count_of(count: int, one: Text, many: Text) -> Text:
    """``one`` for 1, else ``many``: English says "1 draft", "3 drafts" (Chinese the same
    words for both, with its measure word)."""
    return one if count == 1 else many


class TranslatedError(Exception):
    """Base of the errors whose message is for people: kept as a message (shown in the
    reader's language, whenever it is shown); ``str()`` and logs have it in English."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.render("en"))
        self.message = message


def tr(msgid: str, **params: Param) -> Text:
    return Text(msgid, params)


def set_language(language: str) -> str:
    """Switch the language; ``auto`` follows the system. Returns the language now in use."""
    global _current
    _current = detect_system_language() if language == "auto" else normalize(language)
    return _current


def current_language() -> str:
    return _current


def normalize(tag: str) -> str:
    """Map a locale tag (``zh_CN.UTF-8``, ``zh-Hans``, ``Chinese (Simplified)_China``) to ours."""
    lowered = tag.strip().lower().replace("-", "_")
    if lowered.startswith(("zh", "chinese")):
        return "zh_CN"
    return "en"


def detect_system_language() -> str:
    # The POSIX variables first (LANGUAGE is a preference list), as gettext reads them.
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        first = value.split(":")[0]
        if first and first not in ("C", "POSIX", "C.UTF-8"):
            return normalize(first)
    if sys.platform == "win32":
        import ctypes

        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return "zh_CN" if lang_id & 0x3FF == 0x04 else "en"
    return "en"
