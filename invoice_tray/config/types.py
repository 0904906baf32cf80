"""Value types of settings: each parses a raw TOML value or says, in plain words, why not."""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Generic, TypeVar
from urllib.parse import urlsplit

from invoice_tray.i18n import Text, tr

T = TypeVar("T")


class InvalidValue(ValueError):
    def __init__(self, message: Text) -> None:
        super().__init__(message.msgid)
        self.message = message


class SettingType(ABC, Generic[T]):
    @abstractmethod
    def parse(self, raw: object) -> T: ...

    @abstractmethod
    def describe(self) -> str:
        """A short English description of accepted values, for documentation."""


class String(SettingType[str]):
    def parse(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise InvalidValue(tr("expected text in quotes"))
        return raw

    def describe(self) -> str:
        return "text"


class FilePath(String):
    def describe(self) -> str:
        return "path to a file (empty: none)"


class HttpsUrl(SettingType[str]):
    """An https URL, or empty for "not configured". Plain http is refused: never unverified."""

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise InvalidValue(tr("expected an address in quotes"))
        return validate_server_url(raw)

    def describe(self) -> str:
        return "https:// address (empty: not configured)"


def validate_server_url(raw: str) -> str:
    value = raw.strip()
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme.lower() != "https":
        raise InvalidValue(tr("the address must start with https://"))
    if not parts.hostname:
        raise InvalidValue(tr("the address has no server name"))
    try:
        _ = parts.port
    except ValueError as exc:
        raise InvalidValue(tr("the port in the address is not valid")) from exc
    if parts.query or parts.fragment:
        raise InvalidValue(tr("the address must not contain ? or #"))
    return value.rstrip("/")


class Number(SettingType[T], ABC):
    def __init__(self, minimum: T, maximum: T) -> None:
        self.minimum = minimum
        self.maximum = maximum

    def describe(self) -> str:
        return f"number from {self.minimum} to {self.maximum}"

    def _range_error(self) -> InvalidValue:
        return InvalidValue(
            tr(
                "expected a number from {minimum} to {maximum}",
                minimum=str(self.minimum),
                maximum=str(self.maximum),
            )
        )


class Integer(Number[int]):
    def parse(self, raw: object) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise self._range_error()
        if not self.minimum <= raw <= self.maximum:
            raise self._range_error()
        return raw

    def describe(self) -> str:
        return f"whole number from {self.minimum} to {self.maximum}"


class Float(Number[float]):
    def parse(self, raw: object) -> float:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise self._range_error()
        value = float(raw)
        if not math.isfinite(value) or not self.minimum <= value <= self.maximum:
            raise self._range_error()
        return value


class Choice(SettingType[str]):
    def __init__(self, choices: Sequence[str]) -> None:
        self.choices = tuple(choices)

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str) or raw not in self.choices:
            raise InvalidValue(tr("expected one of: {choices}", choices=", ".join(self.choices)))
        return raw

    def describe(self) -> str:
        return "one of " + ", ".join(f"`{c}`" for c in self.choices)


class ProxySetting(SettingType[str]):
    """``system`` (environment, then OS settings), ``none``, or a proxy URL."""

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise InvalidValue(tr("expected text in quotes"))
        value = raw.strip()
        if value in ("system", "none"):
            return value
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidValue(
                tr("expected system, none, or a proxy address such as http://proxy:8080")
            )
        return value

    def describe(self) -> str:
        return "`system`, `none`, or a proxy URL such as `http://proxy.example:8080`"


class HostList(SettingType[tuple[str, ...]]):
    def parse(self, raw: object) -> tuple[str, ...]:
        if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
            raise InvalidValue(tr("expected a list of host names in quotes"))
        return tuple(item.strip().lower() for item in raw if item.strip())

    def describe(self) -> str:
        return "list of host names (`.example.com` also matches sub-domains)"


class PathList(SettingType[tuple[str, ...]]):
    """Folders, each written as the user would (``~`` and ``%VAR%`` / ``$VAR`` expanded when
    used, not when read, so the file stays portable)."""

    def parse(self, raw: object) -> tuple[str, ...]:
        if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
            raise InvalidValue(tr("expected a list of folders in quotes"))
        return tuple(item.strip() for item in raw if item.strip())

    def describe(self) -> str:
        return "list of folders (`~`, `%VAR%` and `$VAR` are expanded)"
