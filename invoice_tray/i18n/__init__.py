"""Message translation for the engine and the command line (no Qt here).

Messages are written in English in the code, wrapped in :class:`Text`, and rendered in the
current language when turned into a string. Rendering late means a report made before a
language switch still shows in the new language. A parameter may itself be a :class:`Text`
("4 minutes {direction}"): it is rendered with its message, in the same language, so a
message is never frozen half in the language of the moment it was made. The Simplified
Chinese catalogue is ``zh_CN.py``; a test checks that every message in the code has a
translation there with the same placeholders.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Union

from invoice_tray.i18n import zh_CN

LANGUAGES = ("en", "zh_CN")
_CATALOGUES: Mapping[str, Mapping[str, str]] = {"zh_CN": zh_CN.MESSAGES}
_current = "en"

Param = Union[str, int, float, "Text"]


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
        values = {
            name: value.render(lang) if isinstance(value, Text) else value
            for name, value in self.params.items()
        }
        return template.format(**values)

    def __str__(self) -> str:
        return self.render()

    def to_data(self) -> dict[str, Any]:
        return {
            "msgid": self.msgid,
            "params": {
                name: value.to_data() if isinstance(value, Text) else value
                for name, value in self.params.items()
            },
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Text:
        params: dict[str, Param] = {}
        for name, value in dict(data.get("params", {})).items():
            params[name] = cls.from_data(value) if isinstance(value, dict) else value
        return cls(str(data["msgid"]), params)


def text_to_json(text: Text | None) -> str | None:
    """A message as stored (history, journal): still translatable when read back."""
    return json.dumps(text.to_data(), ensure_ascii=False) if text else None


def text_from_json(raw: str | None) -> Text | None:
    if not raw:
        return None
    return Text.from_data(json.loads(raw))


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
