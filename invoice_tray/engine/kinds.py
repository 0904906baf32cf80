"""What an endpoint is, and what its answer must be to count as reachable.

An ``invoice-server`` implements the contract (docs/server-api.md): health, credentials,
announcements, limits, invoices. Any other ``https`` service (the national e-invoice platform,
the provincial e-tax bureau, a vendor's API, the company's middleware) is judged by what the
administrator expects of its answer: below 500 by default, since a 401, 403 or 404 from the
right, TLS-verified host proves the host is up.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class EndpointKind(enum.StrEnum):
    INVOICE_SERVER = "invoice-server"
    HTTPS = "https"


@dataclass(frozen=True)
class Expectation:
    """Status codes that count as reachable (inclusive ranges; none: any below 500), and a
    text the body must contain (empty: none)."""

    statuses: tuple[tuple[int, int], ...] = ()
    text: str = ""

    def accepts(self, status: int) -> bool:
        if not self.statuses:
            return status < 500
        return any(low <= status <= high for low, high in self.statuses)

    def describe(self) -> str:
        """The accepted codes as written in the config (for details, not for headlines)."""
        if not self.statuses:
            return "<500"
        return ", ".join(
            str(low) if low == high else f"{low}-{high}" for low, high in self.statuses
        )
