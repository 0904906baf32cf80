"""The simulator's scenarios: each reproduces one way the link to the server breaks."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Listener(enum.Enum):
    """What answers on the simulator's port."""

    SERVE = "serve"
    CLOSED = "closed"  # nothing: connections are refused
    BLACKHOLE = "blackhole"  # connection attempts are dropped
    STALL_TLS = "stall-tls"  # accepted, but the handshake never completes


class Cert(enum.Enum):
    """The server certificate it presents."""

    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    NOT_YET_VALID = "not-yet-valid"
    WRONG_HOST = "wrong-host"
    UNTRUSTED = "untrusted"


class Behaviour(enum.Enum):
    """How it answers once connected."""

    OK = "ok"
    DEGRADED = "degraded"
    MAINTENANCE = "maintenance"
    ERROR = "error"
    FLAKY = "flaky"
    HTML = "html"  # a sign-in page answers instead
    SLOWLORIS = "slowloris"
    HUGE = "huge"


@dataclass(frozen=True)
class Scenario:
    name: str
    description: str
    listener: Listener = Listener.SERVE
    cert: Cert = Cert.VALID
    behaviour: Behaviour = Behaviour.OK
    delay_s: float = 0.0
    clock_skew_s: float = 0.0
    refuse_tokens: bool = False
    revoked: bool = False  # the OCSP responder says the certificate is revoked


SCENARIOS: dict[str, Scenario] = {
    s.name: s
    for s in (
        Scenario("healthy", "everything works"),
        Scenario("slow", "answers take 2.5 s", delay_s=2.5),
        Scenario("degraded", "the server reports degraded service", behaviour=Behaviour.DEGRADED),
        Scenario(
            "maintenance",
            "planned maintenance: 503 and an announcement",
            behaviour=Behaviour.MAINTENANCE,
        ),
        Scenario("server-error", "every request fails with HTTP 500", behaviour=Behaviour.ERROR),
        Scenario("flaky", "a share of requests fail with HTTP 5xx", behaviour=Behaviour.FLAKY),
        Scenario("cert-expiring", "the certificate expires in 10 days", cert=Cert.EXPIRING),
        Scenario("cert-expired", "the certificate expired 3 days ago", cert=Cert.EXPIRED),
        Scenario(
            "cert-not-yet-valid",
            "the certificate is valid only from tomorrow",
            cert=Cert.NOT_YET_VALID,
        ),
        Scenario(
            "cert-revoked",
            "the certificate has been revoked (says the OCSP responder)",
            revoked=True,
        ),
        Scenario("wrong-host", "the certificate names another host", cert=Cert.WRONG_HOST),
        Scenario("untrusted", "the certificate comes from an unknown CA", cert=Cert.UNTRUSTED),
        Scenario(
            "clock-skew", "the server's clock is 4 minutes ahead of this PC", clock_skew_s=240.0
        ),
        Scenario(
            "clock-wrong", "this PC's clock is 10 minutes behind the server's", clock_skew_s=600.0
        ),
        Scenario("auth-failed", "every access token is refused", refuse_tokens=True),
        Scenario(
            "captive-portal",
            "a sign-in page answers instead of the server",
            behaviour=Behaviour.HTML,
        ),
        Scenario("down", "nothing listens: connections are refused", listener=Listener.CLOSED),
        Scenario(
            "blackhole", "connection attempts are silently dropped", listener=Listener.BLACKHOLE
        ),
        Scenario(
            "tls-stall",
            "connections are accepted but the handshake never completes",
            listener=Listener.STALL_TLS,
        ),
        Scenario(
            "slowloris", "answers trickle in one byte at a time", behaviour=Behaviour.SLOWLORIS
        ),
        Scenario("huge-body", "the health answer is gigabytes long", behaviour=Behaviour.HUGE),
    )
}
