"""Redaction: what must never leave this computer, and the proof that it did not.

Values are redacted one by one, before anything is serialised, so a rule can never eat a
quote or a bracket of the file around it. Every secret is looked for in each form it can
take on the way out (as is, in a web address, inside JSON or HTML, in base64): the same
list of forms is replaced here and searched for in the finished files by :func:`find_leaks`,
which only verifies.
"""

from __future__ import annotations

import base64
import html
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, quote_plus

from invoice_tray import secrets
from invoice_tray.logs import redact

MIN_SECRET = 4  # shorter values are everywhere by chance: masking them would garble text
_UNWRITABLE = re.compile("[\ud800-\udfff]")  # lone surrogates: UTF-8 cannot hold them


@dataclass(frozen=True)
class Form:
    """One way a value can be written: how, and what it looks like then."""

    how: str  # for the message: "as is", "in a web address", …
    text: str


def forms(value: str) -> list[Form]:
    """``value`` in every form a bundle could carry it, most specific first."""
    found: dict[str, str] = {}

    def add(how: str, text: str) -> None:
        if len(text) >= MIN_SECRET and text not in found:
            found[text] = how

    add("as is", value)
    add("escaped in JSON", json.dumps(value, ensure_ascii=False)[1:-1])
    add("escaped in JSON", json.dumps(value)[1:-1])
    add("escaped in HTML", html.escape(value))
    for encoded in (quote(value, safe=""), quote_plus(value, safe="")):
        add("encoded in a web address", encoded)
        add("encoded in a web address", re.sub("%[0-9A-F]{2}", lambda m: m[0].lower(), encoded))
    raw = value.encode("utf-8")
    for offset in range(3):
        # The part of the base64 text that depends on the value alone, wherever it starts.
        encoded_b = base64.b64encode(b"\0" * offset + raw).decode("ascii").rstrip("=")
        start = math.ceil(8 * offset / 6)
        end = 8 * (offset + len(raw)) // 6
        if end - start >= 8:  # shorter pieces of base64 occur by chance
            piece = encoded_b[start:end]
            add("encoded in base64", piece)
            add("encoded in base64", piece.replace("+", "-").replace("/", "_"))
    return [Form(how, text) for text, how in found.items()]


def _home_forms(home: str) -> list[str]:
    variants = {home, home.replace("\\", "/"), home.replace("/", "\\")}
    out: set[str] = set()
    for variant in variants:
        out.add(variant)
        out.add(json.dumps(variant)[1:-1])
        out.add(quote(variant))
    return sorted(out, key=len, reverse=True)


class Redactor:
    """Each known secret becomes a stable placeholder (``[secret-1]``: the same value gives
    the same placeholder everywhere, so the helpdesk can still see that two places match);
    the mapping never leaves this object. The home folder (it names the person) becomes
    ``~``."""

    def __init__(self, secret_values: Iterable[str], home: str | None) -> None:
        self.secrets = list(dict.fromkeys(v for v in secret_values if len(v) >= MIN_SECRET))
        placeholders: dict[str, str] = {}
        for index, value in enumerate(self.secrets):
            for form in forms(value):
                placeholders.setdefault(form.text, f"[secret-{index + 1}]")
        # Longest first, so a secret containing another is masked whole.
        self.values = sorted(placeholders.items(), key=lambda item: len(item[0]), reverse=True)
        self.home = home if home and len(home) > 1 else None
        self.homes = _home_forms(self.home) if self.home else []

    def __call__(self, text: str) -> str:
        for value, placeholder in self.values:
            text = text.replace(value, placeholder)
        text = redact(text)
        for home in self.homes:
            text = text.replace(home, "~")
        return text

    def watched(self) -> list[tuple[str, str]]:
        """What :func:`find_leaks` looks for: (what it is, its value)."""
        named = [(f"[secret-{i + 1}]", value) for i, value in enumerate(self.secrets)]
        if self.home:
            named.append(("home", self.home))
        return named


@dataclass(frozen=True)
class Leak:
    member: str  # the file in the bundle
    what: str  # "[secret-2]", "home": never the value
    how: str  # the form it was found in


def find_leaks(members: Mapping[str, bytes], watched: Iterable[tuple[str, str]]) -> list[Leak]:
    """Every place a watched value still appears, in any of its forms: the last look at the
    finished files before they are written. Nothing is changed here."""
    texts = {name: data.decode("utf-8", errors="replace") for name, data in members.items()}
    leaks = []
    for what, value in watched:
        candidates = forms(value)
        if what == "home":
            candidates = [Form("as is", text) for text in _home_forms(value)]
        for name, text in texts.items():
            for form in candidates:
                if form.text in text:
                    leaks.append(Leak(name, what, form.how))
                    break
    return leaks


def writable(text: str) -> str:
    """Text a file can hold: what is not text (half of an emoji, from a server or a log) is
    shown as � rather than stopping the export."""
    return _UNWRITABLE.sub("\ufffd", text)


def json_safe(value: object, clean: Callable[[str], str]) -> Any:
    """``value`` as JSON can hold it: text redacted and writable, keys as text, numbers that
    JSON has no word for (NaN, infinity) as null, anything else by its text."""
    if isinstance(value, str):
        return writable(clean(value))
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {json_safe(str(k), clean): json_safe(v, clean) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_safe(item, clean) for item in value]
    return json_safe(str(value), clean)


def known_secret_values() -> list[str]:
    """The secrets this computer holds for the app: the token given in the environment, the
    proxy password in the proxy variables, and each one stored in the keyring."""
    values = []
    from_env = os.environ.get(secrets.TOKEN_ENV, "").strip()
    if from_env:
        values.append(from_env)
    values.extend(_proxy_passwords())
    for name in secrets.KNOWN_SECRETS:
        try:
            value = secrets.get_secret(name)
        except secrets.SecretsError:
            continue
        if value:
            values.append(value)
    return values


def _proxy_passwords() -> list[str]:
    from urllib.parse import unquote, urlsplit

    found: list[str] = []
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY"):
        for variant in (name, name.lower()):
            raw = os.environ.get(variant, "")
            try:
                password = urlsplit(raw if "://" in raw else f"//{raw}").password
            except ValueError:
                continue
            if password:
                found.extend({password, unquote(password)})
    return found
