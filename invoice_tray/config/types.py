"""Value types of settings: each parses a raw TOML value or says, in plain words, why not.

``parse`` is the one rule for a setting, whether the value comes from the file or from a
form; ``from_text`` only turns what was typed into a field into the value ``parse`` takes,
so the settings dialog and the loader can never disagree. Nothing is clamped or rounded: a
value out of range is refused with the reason, never quietly replaced by another.
"""

from __future__ import annotations

import enum
import ipaddress
import math
import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Generic, TypeVar
from urllib.parse import SplitResult, quote, unquote, urlsplit, urlunsplit

from invoice_tray import validtext
from invoice_tray.i18n import Text, TranslatedError, tr

T = TypeVar("T")


class InvalidValue(TranslatedError, ValueError):
    pass


_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_WHOLE = re.compile(r"^[+-]?[0-9]+$")
_DECIMAL = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$")


def host_name(raw: str) -> str:
    """A DNS name (also in Chinese: IDNA) or an IP address, lower-case ASCII; nothing else
    (no spaces, ports, wildcards, schemes or paths)."""
    value = raw.strip().lower().rstrip(".")
    try:
        return str(ipaddress.ip_address(value.strip("[]")))
    except ValueError:
        pass
    if not value:
        raise InvalidValue(tr("a server name is missing"))
    if any(c.isspace() for c in value):
        raise InvalidValue(tr("a server name cannot contain spaces"))
    try:
        ascii_name = value.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise InvalidValue(tr("{value} is not a valid server name", value=raw.strip())) from exc
    labels = ascii_name.split(".")
    if len(ascii_name) > 253 or not all(_LABEL.match(label) for label in labels):
        raise InvalidValue(tr("{value} is not a valid server name", value=raw.strip()))
    return ascii_name


def typed(text: str) -> str:
    """What was typed into a field, with full-width digits and signs read as the ASCII ones
    (a Chinese input method types ５ and －); the field itself keeps the text as typed."""
    return unicodedata.normalize("NFKC", text).strip()


class SettingType(ABC, Generic[T]):
    def parse(self, raw: object) -> T:
        """``raw`` as this setting's value: one rule for the file, the machine policy, the
        Settings window and the command line. Text that cannot be written is refused first."""
        if validtext.broken_fields(raw):
            raise InvalidValue(validtext.PROBLEM)
        return self.read(raw)

    @abstractmethod
    def read(self, raw: object) -> T:
        """``raw`` (valid text) as this setting's value, or InvalidValue."""

    def from_text(self, text: str) -> T:
        """The value of a form field holding ``text``: the same rule as the file."""
        return self.parse(text)

    def to_text(self, value: T) -> str:
        """How a value is shown in a form field (``from_text`` reads it back unchanged)."""
        return str(value)

    @abstractmethod
    def describe(self) -> str:
        """A short English description of accepted values, for documentation."""


class String(SettingType[str]):
    def read(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise InvalidValue(tr("expected text in quotes"))
        return raw

    def describe(self) -> str:
        return "text"


class Line(SettingType[str]):
    """A short text on one line, shown to the user as it is (a name, opening hours)."""

    MAX = 200

    def read(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise InvalidValue(tr("expected text in quotes"))
        value = raw.strip()
        if any(unicodedata.category(c) == "Cc" for c in value):
            raise InvalidValue(tr("the text must fit on one line"))
        if len(value) > self.MAX:
            raise InvalidValue(tr("the text is longer than {count} characters", count=self.MAX))
        return value

    def describe(self) -> str:
        return "text on one line (empty: not set)"


_PHONE = re.compile(
    r"^\+?[0-9][0-9 ()\-]{2,30}(?:\s*(?:转|ext\.?|x)\s*[0-9]{1,6})?$", re.IGNORECASE
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Phone(SettingType[str]):
    """A telephone number as people write it: digits, spaces, dashes, brackets, a leading +
    and an extension (转 123, ext. 123)."""

    def read(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise InvalidValue(tr("expected a telephone number in quotes"))
        value = raw.strip()
        if value and not _PHONE.match(value):
            raise InvalidValue(tr("{value} is not a telephone number", value=value))
        return value

    def from_text(self, text: str) -> str:
        return self.parse(typed(text))

    def describe(self) -> str:
        return "telephone number (empty: not set)"


class Email(SettingType[str]):
    def read(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise InvalidValue(tr("expected an e-mail address in quotes"))
        value = raw.strip()
        if value and not _EMAIL.match(value):
            raise InvalidValue(tr("{value} is not an e-mail address", value=value))
        return value

    def describe(self) -> str:
        return "e-mail address (empty: not set)"


class FilePath(String):
    def describe(self) -> str:
        return "path to a file (empty: none)"


class HttpsUrl(SettingType[str]):
    """An https URL, or empty for "not configured". Plain http is refused: never unverified."""

    def read(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise InvalidValue(tr("expected an address in quotes"))
        return validate_server_url(raw)

    def describe(self) -> str:
        return "https:// address (empty: not configured)"


def validate_server_url(raw: str) -> str:
    value = raw.strip()
    if not value:
        return ""
    if any(c.isspace() or ord(c) < 32 for c in value):
        raise InvalidValue(tr("the address cannot contain spaces"))
    parts = urlsplit(value)
    if parts.scheme.lower() != "https":
        raise InvalidValue(tr("the address must start with https://"))
    if not parts.hostname:
        raise InvalidValue(tr("the address has no server name"))
    if parts.username is not None or parts.password is not None:
        raise InvalidValue(tr("the address must not contain a user name or password"))
    host_name(parts.hostname)
    _check_port(parts.netloc)
    if parts.query or parts.fragment:
        raise InvalidValue(tr("the address must not contain ? or #"))
    return value.rstrip("/")


def _check_port(netloc: str) -> None:
    try:
        port = urlsplit(f"//{netloc}").port
    except ValueError as exc:
        raise InvalidValue(tr("the port in the address is not valid")) from exc
    if port == 0 or netloc.endswith(":"):
        raise InvalidValue(tr("the port in the address is not valid"))


class Number(SettingType[T], ABC):
    def __init__(self, minimum: T, maximum: T) -> None:
        self.minimum = minimum
        self.maximum = maximum

    def describe(self) -> str:
        return f"number from {self.minimum} to {self.maximum}"

    def to_text(self, value: T) -> str:
        return f"{value:g}" if isinstance(value, float) else str(value)

    @abstractmethod
    def _range_error(self) -> InvalidValue: ...


class Integer(Number[int]):
    def read(self, raw: object) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise self._range_error()
        if not self.minimum <= raw <= self.maximum:
            raise self._range_error()
        return raw

    def from_text(self, text: str) -> int:
        value = typed(text)
        if not value:
            raise InvalidValue(tr("enter a number"))
        if not _WHOLE.match(value):
            raise self._range_error()
        return self.parse(int(value))

    def describe(self) -> str:
        return f"whole number from {self.minimum} to {self.maximum}"

    def _range_error(self) -> InvalidValue:
        return InvalidValue(
            tr(
                "must be a whole number from {minimum} to {maximum}",
                minimum=self.minimum,
                maximum=self.maximum,
            )
        )


class Float(Number[float]):
    def read(self, raw: object) -> float:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise self._range_error()
        value = float(raw)
        if not math.isfinite(value) or not self.minimum <= value <= self.maximum:
            raise self._range_error()
        return value

    def from_text(self, text: str) -> float:
        value = typed(text)
        if not value:
            raise InvalidValue(tr("enter a number"))
        if not _DECIMAL.match(value):
            raise self._range_error()
        return self.parse(float(value))

    def _range_error(self) -> InvalidValue:
        return InvalidValue(
            tr(
                "must be a number from {minimum} to {maximum}",
                minimum=f"{self.minimum:g}",
                maximum=f"{self.maximum:g}",
            )
        )


class Choice(SettingType[str]):
    def __init__(self, choices: Sequence[str]) -> None:
        self.choices = tuple(choices)

    def read(self, raw: object) -> str:
        if not isinstance(raw, str) or raw not in self.choices:
            raise InvalidValue(tr("expected one of: {choices}", choices=", ".join(self.choices)))
        return raw

    def describe(self) -> str:
        return "one of " + ", ".join(f"`{c}`" for c in self.choices)


class ProxyKeyword(enum.StrEnum):
    """The words ``network.proxy`` takes besides a proxy's address."""

    SYSTEM = "system"  # the environment's proxy, then the system's settings
    NONE = "none"  # connect directly


_PROXY_KEYWORDS = {keyword.value: keyword for keyword in ProxyKeyword}


def proxy_keyword(setting: str) -> ProxyKeyword | None:
    """The keyword ``network.proxy`` holds, or None when it names a proxy."""
    return _PROXY_KEYWORDS.get(setting)


SCRIPT_PREFIX = "pac:"


def proxy_script(setting: str) -> str | None:
    """The address of the proxy auto-configuration script ``network.proxy`` names
    (``pac:URL``), or None."""
    if setting[: len(SCRIPT_PREFIX)].lower() != SCRIPT_PREFIX:
        return None
    return setting[len(SCRIPT_PREFIX) :].strip()


def takes_proxy_user(setting: str) -> bool:
    """The proxy is not typed in ``network.proxy`` but found (the system's, the environment's
    or a script's): a user name for it is ``network.proxy_user``, not in an address."""
    return proxy_keyword(setting) is ProxyKeyword.SYSTEM or proxy_script(setting) is not None


def validate_script_url(raw: str) -> str:
    """A proxy auto-configuration script's address: http or https, with a path if need be,
    no user name or password."""
    value, parts = _web_address(
        raw,
        tr("enter the script's address, such as http://wpad.example.cn/proxy.pac"),
        tr("a script address looks like http://wpad.example.cn/proxy.pac (with http://)"),
    )
    if parts.username is not None or parts.password is not None:
        raise InvalidValue(tr("the address must not contain a user name or password"))
    return value


def _web_address(raw: str, empty: Text, form: Text) -> tuple[str, SplitResult]:
    """An http or https address as typed (trimmed), with a valid host and port; ``empty``
    and ``form`` say what is wrong in the words of the setting."""
    value = raw.strip()
    if not value:
        raise InvalidValue(empty)
    if any(c.isspace() or ord(c) < 32 for c in value):
        raise InvalidValue(tr("the address cannot contain spaces"))
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidValue(form)
    host_name(parts.hostname)
    _check_port(parts.netloc)
    return value, parts


class ProxySetting(SettingType[str]):
    """``system`` (environment, then OS settings), ``none``, a proxy URL, or ``pac:`` and the
    address of a proxy auto-configuration script."""

    def read(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise InvalidValue(tr("expected text in quotes"))
        value = raw.strip()
        keyword = proxy_keyword(value)
        if keyword is not None:
            return keyword.value
        script = proxy_script(value)
        if script is not None:
            return SCRIPT_PREFIX + validate_script_url(script)
        return validate_proxy_url(value)

    def describe(self) -> str:
        return (
            "`system`, `none`, a proxy URL such as `http://proxy.example:8080`, or `pac:` and "
            "the address of a proxy auto-configuration script"
        )


def validate_proxy_url(raw: str) -> str:
    """A proxy address: ``http://host:port`` (or https://), nothing after the port."""
    value, parts = _web_address(
        raw,
        tr("enter the proxy address, such as http://proxy.example.cn:8080"),
        tr("a proxy address looks like http://proxy.example.cn:8080 (with http://)"),
    )
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise InvalidValue(tr("a proxy address ends after the port: no path, ? or #"))
    return value


def split_proxy_password(url: str) -> tuple[str, str | None]:
    """A proxy address without its password, and the password (None when it has none). The
    user name stays in the address: it is no secret."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, None
    user = quote(unquote(parts.username or ""), safe="")
    host = parts.netloc.rpartition("@")[2]
    netloc = f"{user}@{host}" if user else host
    return urlunsplit(parts._replace(netloc=netloc)), unquote(parts.password)


def proxy_user(url: str) -> tuple[str, str]:
    """A proxy address without its user name, and the user name ("" when it names none)."""
    parts = urlsplit(url)
    if parts.username is None:
        return url, ""
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=host)), unquote(parts.username)


def proxy_with_user(url: str, user: str) -> str:
    """The address with ``user`` in it, as the file keeps it (``http://name@proxy:8080``);
    an address that names a user already is left as typed."""
    parts = urlsplit(url)
    if not user or parts.username is not None or not parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=f"{quote(user, safe='')}@{parts.netloc}"))


def proxy_with_password(url: str, password: str | None) -> str:
    """The address a client connects with: the stored password put into an address that names
    a user and has no password of its own."""
    parts = urlsplit(url)
    if not password or not parts.username or parts.password is not None:
        return url
    user, _, host = parts.netloc.rpartition("@")
    netloc = f"{user}:{quote(password, safe='')}@{host}"
    return urlunsplit(parts._replace(netloc=netloc))


def bypass_rule(raw: str) -> str:
    """One entry of a bypass list, in the common NO_PROXY forms: ``*``, ``<local>``, a host
    (``example.cn`` also matches its sub-domains), ``.example.cn``, ``*.example.cn``, an IP
    address or range (``10.0.0.0/8``), optionally with ``:port``. Lower-case, else as typed."""
    rule = raw.strip().lower()
    if rule in ("*", "<local>"):
        return rule
    name_only = tr("{value}: write the server name only, without http:// or /", value=raw.strip())
    if "://" in rule or "?" in rule or "#" in rule:
        raise InvalidValue(name_only)
    if "/" in rule:  # an address range such as 10.0.0.0/8
        try:
            ipaddress.ip_network(rule, strict=False)
        except ValueError as exc:
            raise InvalidValue(name_only) from exc
        return rule
    host, port = _split_port(rule)
    if port is not None and not (port.isdigit() and 0 < int(port) < 65536):
        raise InvalidValue(tr("the port in the address is not valid"))
    prefix = "*." if host.startswith("*.") else "." if host.startswith(".") else ""
    name = host[len(prefix) :]
    try:
        ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        host_name(name)  # says what is wrong with it
        return rule
    if prefix:
        raise InvalidValue(tr("{value} is not a valid server name", value=raw.strip()))
    return rule


def _split_port(rule: str) -> tuple[str, str | None]:
    if rule.startswith("["):  # [IPv6]:port
        host, _, rest = rule.partition("]")
        return host + "]", rest[1:] if rest.startswith(":") else None
    if rule.count(":") == 1:
        host, _, port = rule.partition(":")
        return host, port
    return rule, None  # no port, or a bare IPv6 address


class HostList(SettingType[tuple[str, ...]]):
    def read(self, raw: object) -> tuple[str, ...]:
        if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
            raise InvalidValue(tr("expected a list of host names in quotes"))
        return tuple(bypass_rule(item) for item in raw if item.strip())

    def from_text(self, text: str) -> tuple[str, ...]:
        # Comma, semicolon (as Windows writes its list) or a new line between entries; a space
        # is never a separator, so "invoice example.cn" is one wrong name, not two.
        items = re.split(r"[,;，；\n]", text)
        return self.parse([item for item in items if item.strip()])

    def to_text(self, value: tuple[str, ...]) -> str:
        return ", ".join(value)

    def describe(self) -> str:
        return "list of host names (`.example.com` also matches sub-domains)"


class PathList(SettingType[tuple[str, ...]]):
    """Folders, each written as the user would (``~`` and ``%VAR%`` / ``$VAR`` expanded when
    used, not when read, so the file stays portable)."""

    def read(self, raw: object) -> tuple[str, ...]:
        if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
            raise InvalidValue(tr("expected a list of folders in quotes"))
        return tuple(item.strip() for item in raw if item.strip())

    def describe(self) -> str:
        return "list of folders (`~`, `%VAR%` and `$VAR` are expanded)"
