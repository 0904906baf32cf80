"""Which sign-in a proxy asks for: the schemes of its ``Proxy-Authenticate`` challenges.

httpx reports a refused CONNECT with its status only; the headers are dropped. One more
CONNECT, made here with no credentials at all, reads them, so the report can tell a proxy that
takes a user name and password (Basic, Digest) from one that signs in Windows users with their
domain account (Negotiate, NTLM). Only a plain-HTTP proxy is asked; the answer is read up to
:data:`MAX_HEAD_BYTES` and within the time given.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
from urllib.parse import urlsplit

MAX_HEAD_BYTES = 16 * 1024


class AuthScheme(enum.StrEnum):
    BASIC = "Basic"
    DIGEST = "Digest"
    NEGOTIATE = "Negotiate"
    NTLM = "NTLM"


# The domain sign-in schemes: the user's Windows account, not a password typed for the proxy.
WINDOWS_SIGN_IN = frozenset({AuthScheme.NEGOTIATE, AuthScheme.NTLM})
_BY_NAME = {scheme.value.lower(): scheme for scheme in AuthScheme}


def challenge_schemes(head: bytes) -> tuple[str, ...]:
    """The scheme names offered by the ``Proxy-Authenticate`` headers of a response head, in
    the proxy's order, each once. Known schemes are spelled as :class:`AuthScheme`; others
    are kept as sent (letters, digits and dashes only)."""
    found: list[str] = []
    for raw in head.split(b"\r\n")[1:]:
        name, _, value = raw.decode("latin-1").partition(":")
        if name.strip().lower() != "proxy-authenticate":
            continue
        # "Basic realm=..." or several challenges in one header: "Negotiate, NTLM".
        for part in value.split(","):
            token = part.strip().split(" ", 1)[0]
            if not token or "=" in token or '"' in token:
                continue  # a parameter of the previous challenge
            known = _BY_NAME.get(token.lower())
            scheme = known.value if known else "".join(c for c in token if c.isalnum() or c == "-")
            if scheme and scheme not in found:
                found.append(scheme)
    return tuple(found)


async def offered_schemes(
    proxy_url: str, target_host: str, target_port: int, timeout_s: float
) -> tuple[str, ...]:
    """Ask the proxy at ``proxy_url`` to CONNECT to the target without credentials, and
    return the schemes it offers; empty when it offers none, cannot be asked or takes longer
    than ``timeout_s``."""
    parts = urlsplit(proxy_url)
    if parts.scheme != "http" or not parts.hostname or timeout_s <= 0:
        return ()
    if any(c in target_host for c in "\r\n /@") or not 0 < target_port < 65536:
        return ()
    authority = f"[{target_host}]" if ":" in target_host else target_host
    request = (
        f"CONNECT {authority}:{target_port} HTTP/1.1\r\nHost: {authority}:{target_port}\r\n\r\n"
    )
    try:
        async with asyncio.timeout(timeout_s):
            reader, writer = await asyncio.open_connection(
                parts.hostname, parts.port or 80, limit=MAX_HEAD_BYTES
            )
            try:
                writer.write(request.encode("ascii"))
                await writer.drain()
                head = await reader.readuntil(b"\r\n\r\n")
            finally:
                writer.close()
                with contextlib.suppress(OSError):
                    await writer.wait_closed()
    except (OSError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        return ()
    return challenge_schemes(head)
