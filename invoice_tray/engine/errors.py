"""The engine's exception hierarchy.

EngineError
├── ResolveError          name lookup failed
│   └── ResolveTimeout    ... or did not finish in time
└── CertificateFileError  a certificate file cannot be read or parsed
"""

from __future__ import annotations

from collections.abc import Iterator

from invoice_tray.i18n import TranslatedError


class EngineError(Exception):
    """Base of the errors the engine turns into findings."""


class ResolveError(EngineError):
    def __init__(self, host: str, reason: str, *, not_found: bool = False) -> None:
        super().__init__(f"{host}: {reason}")
        self.host = host
        self.reason = reason
        self.not_found = not_found


class ResolveTimeout(ResolveError):
    def __init__(self, host: str, timeout_s: float) -> None:
        super().__init__(host, f"no answer within {timeout_s:.1f} s")
        self.timeout_s = timeout_s


class CertificateFileError(TranslatedError, EngineError):
    pass


def exception_chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and the exceptions it was raised from or during, innermost last."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        yield current
        seen.add(id(current))
        current = current.__cause__ or current.__context__


def proxy_status(exc: BaseException) -> int | None:
    """The HTTP status a proxy answered a CONNECT with (httpx's ProxyError says "407 Proxy
    Authentication Required"), or None."""
    import httpx

    if not isinstance(exc, httpx.ProxyError):
        return None
    head = str(exc).split(" ", 1)[0]
    return int(head) if head.isdigit() and len(head) == 3 else None


def proxy_wants_sign_in(exc: BaseException) -> bool:
    """The proxy asks who the user is: 407, or 401 as tinyproxy answers a CONNECT."""
    return proxy_status(exc) in (401, 407)
