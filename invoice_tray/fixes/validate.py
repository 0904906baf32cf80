"""Every value that reaches an OS command, the registry or a settings store is checked here
first: host names, folder paths, and names the OS itself reported (network services,
connections, interfaces)."""

from __future__ import annotations

import re

from invoice_tray.config import types
from invoice_tray.i18n import TranslatedError, tr

_INTERFACE = re.compile(r"^[A-Za-z][A-Za-z0-9._-]{0,31}$")


class UnsafeValue(TranslatedError, ValueError):
    pass


def host_name(raw: str) -> str:
    """A DNS name or an IP address, lower-case, nothing else (no ports, wildcards, spaces):
    the settings' own rule (:func:`invoice_tray.config.types.host_name`)."""
    try:
        return types.host_name(raw)
    except types.InvalidValue as exc:
        raise UnsafeValue(exc.message) from exc


def reported_name(raw: str) -> str:
    """A name the OS listed (a network service, a connection): printable, one line, not an
    option (it goes into an argument list, never through a shell)."""
    if not raw or raw.startswith("-") or len(raw) > 256:
        raise UnsafeValue(tr("the name {value} cannot be used safely", value=repr(raw)))
    if any(ord(c) < 32 or c == "\x7f" for c in raw):
        raise UnsafeValue(tr("the name {value} cannot be used safely", value=repr(raw)))
    return raw


def interface_name(raw: str) -> str:
    if not _INTERFACE.match(raw):
        raise UnsafeValue(tr("the network interface {value} cannot be used safely", value=raw))
    return raw
