"""Which sign-in a proxy asks for: the schemes of its ``Proxy-Authenticate`` challenges.

They tell a proxy that takes a user name and password (Basic, Digest) from one that signs
Windows users in with their domain account (Negotiate, NTLM), which
:mod:`invoice_tray.engine.tunnel` does.
"""

from __future__ import annotations

import enum


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
