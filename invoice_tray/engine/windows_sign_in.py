"""Tokens that sign the logged-on user in to a proxy (Negotiate, NTLM), from the system.

pyspnego asks SSPI on Windows, with the account the user signed in to Windows with, and
Kerberos (gssapi) elsewhere, with the user's ticket. No password is asked for or stored.
Whatever the library raises is turned into :class:`Unavailable`, with its words kept for the
helpdesk.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass
from typing import Any

from invoice_tray.engine.proxy_auth import AuthScheme

log = logging.getLogger(__name__)


class Unavailable(Exception):
    """No token: nothing to sign in with here, or the proxy's answer could not be used."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail[:300]


@dataclass
class Context:
    """One sign-in, across the handshake's rounds."""

    _context: Any

    def step(self, challenge: bytes | None) -> str:
        """The next token to send (base64), after the proxy's ``challenge``."""
        try:
            token = self._context.step(challenge)
        except Exception as exc:  # the library's errors have no common base outside it
            log.info("proxy sign-in step: %r", exc)
            raise Unavailable(_words(exc)) from exc
        if not token:
            raise Unavailable("no token to send")
        return base64.b64encode(token).decode("ascii")


def start(proxy_host: str, scheme: AuthScheme) -> Context:
    """A sign-in to the proxy ``proxy_host`` (service ``HTTP/<proxy_host>``), with the first
    token not yet made."""
    try:
        import spnego
    except ImportError as exc:  # a build without it
        raise Unavailable("no sign-in library in this build") from exc
    protocol = "negotiate" if scheme is AuthScheme.NEGOTIATE else "ntlm"
    try:
        context = spnego.client(hostname=proxy_host, service="HTTP", protocol=protocol)
    except Exception as exc:  # as in step()
        log.info("proxy sign-in: %r", exc)
        raise Unavailable(_words(exc)) from exc
    return Context(context)


def _words(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__).replace("\n", " ")
