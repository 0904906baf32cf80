"""While the light is red because the server cannot be reached at all, a TCP connection
attempt to it, every few seconds, tells when it can be again: no name lookup beyond the
system's own, no TLS handshake, no request, nothing the server has to answer. The full check
runs the moment it succeeds, instead of at the next backed-off check."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from invoice_tray.engine.model import CauseCode, Finding
from invoice_tray.engine.proxy import choose_proxy, script_in_use
from invoice_tray.engine.settings import CheckSettings

PROBE_TIMEOUT_S = 2.0
# Causes a TCP connection tells the end of. Not an HTTP error or a certificate: there the
# server is reachable all along, and only a full check can tell.
UNREACHABLE = frozenset(
    {CauseCode.CONNECTION_REFUSED, CauseCode.TIMEOUT, CauseCode.DNS_FAILURE, CauseCode.NO_NETWORK}
)


@dataclass(frozen=True)
class Target:
    host: str
    port: int


def target_for(settings: CheckSettings, cause: Finding | None) -> Target | None:
    """What to knock on while ``cause`` holds: the endpoint it names (the first, when it names
    none), unless a proxy stands between (its answer would not be the server's). Runs on
    the GUI thread: nothing here waits on the system."""
    if cause is None or cause.code not in UNREACHABLE:
        return None
    endpoint = next((e for e in settings.endpoints if cause.endpoint in (e.name, None)), None)
    if endpoint is None or not endpoint.server_url:
        return None
    if script_in_use(endpoint.proxy_setting, ask_system=False) is not None:
        return None  # a script decides: its proxy may stand between
    proxy = choose_proxy(
        endpoint.proxy_setting, endpoint.proxy_bypass, endpoint.server_url, ask_system=False
    )
    if proxy.url is not None:
        return None
    parts = urlsplit(endpoint.server_url)
    if not parts.hostname:
        return None
    return Target(parts.hostname, parts.port or 443)


def reachable(target: Target, timeout_s: float = PROBE_TIMEOUT_S) -> bool:
    """Whether a TCP connection to ``target`` opens now (may block: the name lookup)."""
    try:
        with socket.create_connection((target.host, target.port), timeout=timeout_s):
            return True
    except OSError:
        return False
