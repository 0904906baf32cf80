"""What a check run produces: per-check results, findings, and the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any

from invoice_tray.engine.kinds import EndpointKind
from invoice_tray.i18n import Text


class Layer(StrEnum):
    """The five layers, from this PC outwards; a lower layer is closer to the root cause."""

    PC = "pc"
    NETWORK = "network"
    PROTOCOL = "protocol"
    SERVER = "server"
    PLATFORM = "platform"


class CheckStatus(StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"
    SKIPPED = "skipped"


class Light(IntEnum):
    """Ordered by severity so that ``max()`` gives the worst."""

    UNKNOWN = 0
    GREEN = 1
    YELLOW = 2
    RED = 3

    @property
    def label(self) -> str:
        return self.name.lower()


class CheckId(StrEnum):
    """The checks, each reported once per run (the public JSON's ``checks[].id``)."""

    CONFIGURATION = "configuration"
    CLIENT_CERTIFICATE = "client-certificate"
    CLOCK = "clock"
    CONNECTIVITY = "connectivity"
    DNS = "dns"
    PROXY = "proxy"
    TCP = "tcp"
    TLS = "tls"
    REVOCATION = "revocation"
    HEALTH = "health"
    AUTH = "auth"
    ANNOUNCEMENTS = "announcements"
    OFFLINE_DRAFTS = "offline-drafts"
    ENGINE = "engine"


class CauseCode(StrEnum):
    """The cause codes: a stable public API (the README lists them; engine/causes.py says
    what each means and which wins)."""

    NOT_CONFIGURED = "not-configured"
    NO_NETWORK = "no-network"
    CLOCK_SKEW = "clock-skew"
    CLIENT_CERT_UNREADABLE = "client-cert-unreadable"
    CLIENT_CERT_EXPIRED = "client-cert-expired"
    DNS_FAILURE = "dns-failure"
    PROXY_SCRIPT_FAILED = "proxy-script-failed"
    PROXY_AUTH_REQUIRED = "proxy-auth-required"
    PROXY_BLOCKED = "proxy-blocked"
    PROXY_UNREACHABLE = "proxy-unreachable"
    CONNECTION_REFUSED = "connection-refused"
    TIMEOUT = "timeout"
    TLS_NOT_YET_VALID = "tls-not-yet-valid"
    TLS_EXPIRED = "tls-expired"
    TLS_REVOKED = "tls-revoked"
    TLS_UNTRUSTED = "tls-untrusted"
    TLS_HOSTNAME_MISMATCH = "tls-hostname-mismatch"
    SERVER_MAINTENANCE = "server-maintenance"
    AUTH_FAILED = "auth-failed"
    SERVER_ERROR = "server-error"
    BAD_RESPONSE = "bad-response"
    OFFLINE_LIMIT_EXCEEDED = "offline-limit-exceeded"
    TLS_EXPIRING_SOON = "tls-expiring-soon"
    CLIENT_CERT_EXPIRING = "client-cert-expiring"
    SERVER_DEGRADED = "server-degraded"
    OFFLINE_LIMIT_NEAR = "offline-limit-near"
    SERVER_SLOW = "server-slow"
    INTERNAL_ERROR = "internal-error"


class FixId(StrEnum):
    """The guided fixes (the public JSON's ``fix``)."""

    NETWORK_RESET = "network-reset"
    CACHE_CLEAR = "cache-clear"
    PROXY_EXEMPTION = "proxy-exemption"


@dataclass(frozen=True)
class Finding:
    """One problem found by a check, named by a stable cause code."""

    code: CauseCode
    summary: Text  # what the check found, for the details view and the diagnostics
    light: Light | None = None  # None: the cause's usual light
    fix: FixId | None = None  # overrides the cause's usual fix when the context says better
    # A fact for people that the cause's headline does not say ("until 14:30", "4 minutes
    # behind"): told in notices next to the headline and the next step. No hosts, ports,
    # status codes or library messages.
    plain: Text | None = None
    endpoint: str | None = None  # which endpoint, when a round checks several
    endpoint_kind: EndpointKind | None = None  # and what it is (its headline's wording)


JsonDetail = dict[str, Any]


@dataclass(frozen=True)
class CheckResult:
    id: CheckId
    layer: Layer
    status: CheckStatus
    summary: Text
    duration_ms: float
    detail: JsonDetail = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
