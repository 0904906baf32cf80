"""Name lookup with a hard deadline.

``getaddrinfo`` cannot be cancelled and asyncio's default executor is joined at exit, so a
hung resolver would hang the whole program. Each lookup runs in its own daemon thread
instead; when the deadline passes we stop waiting and the thread dies with the process.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import ipaddress
import socket
import threading

from invoice_tray.engine.errors import ResolveError, ResolveTimeout

_NOT_FOUND = {
    getattr(socket, name)
    for name in ("EAI_NONAME", "EAI_NODATA", "EAI_FAIL")
    if hasattr(socket, name)
}
_WINDOWS_NOT_FOUND = {11001, 11004}  # WSAHOST_NOT_FOUND, WSANO_DATA


def ip_literal(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return None


def is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


async def resolve(host: str, port: int, timeout_s: float) -> list[str]:
    """Addresses for ``host`` in the resolver's order of preference, without duplicates."""
    literal = ip_literal(host)
    if literal is not None:
        return [literal]
    if host.lower() == "localhost":
        # RFC 6761: never sent to DNS, and some resolvers get it wrong.
        return ["127.0.0.1"]
    loop = asyncio.get_running_loop()
    future: asyncio.Future[list[str]] = loop.create_future()

    def deliver(addresses: list[str] | None, error: BaseException | None) -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(addresses or [])

    def lookup() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            seen: dict[str, None] = {}
            for info in infos:
                seen.setdefault(str(info[4][0]), None)
            outcome: tuple[list[str] | None, BaseException | None] = (list(seen), None)
        except (OSError, UnicodeError) as exc:
            outcome = (None, _as_resolve_error(host, exc))
        # RuntimeError: the loop is gone, nobody waits for this answer any more.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(deliver, *outcome)

    threading.Thread(target=lookup, name=f"resolve-{host}", daemon=True).start()
    try:
        return await asyncio.wait_for(future, timeout_s)
    except TimeoutError:
        raise ResolveTimeout(host, timeout_s) from None


def _as_resolve_error(host: str, exc: BaseException) -> ResolveError:
    code = getattr(exc, "errno", None)
    not_found = code in _NOT_FOUND or code in _WINDOWS_NOT_FOUND
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    if code == errno.ENETUNREACH:
        reason = "network unreachable"
    return ResolveError(host, reason, not_found=not_found)
