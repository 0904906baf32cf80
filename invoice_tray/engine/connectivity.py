"""Is this PC on a network at all?

Connecting a UDP socket sends nothing: it only asks the OS for a route. No route to public
addresses means the PC itself is offline (cable, Wi-Fi), which must be told apart from
"the invoice server is down".
"""

from __future__ import annotations

import errno
import socket
from dataclasses import dataclass

# Public DNS anycast addresses, used only as routing-table destinations (nothing is sent).
PROBE_ADDRESSES = (("223.5.5.5", 53), ("8.8.8.8", 53), ("2400:3200::1", 53))

_OFFLINE_ERRNOS = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EADDRNOTAVAIL, 10051, 10065}


@dataclass(frozen=True)
class RouteProbe:
    online: bool
    local_address: str | None
    error: str | None


def probe_route(addresses: tuple[tuple[str, int], ...] = PROBE_ADDRESSES) -> RouteProbe:
    last_error = None
    for host, port in addresses:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        try:
            with socket.socket(family, socket.SOCK_DGRAM) as sock:
                sock.connect((host, port))
                local = str(sock.getsockname()[0])
        except OSError as exc:
            if exc.errno not in _OFFLINE_ERRNOS and not isinstance(exc, socket.gaierror):
                # An unexpected error says nothing about being offline.
                return RouteProbe(True, None, str(exc))
            last_error = exc.strerror or str(exc)
            continue
        return RouteProbe(True, local, None)
    return RouteProbe(False, None, last_error)
