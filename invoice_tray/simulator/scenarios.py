"""The simulator's scenarios: each reproduces one way the link to the server breaks."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scenario:
    name: str
    description: str
    listener: str = "serve"  # serve | closed | blackhole | stall-tls
    cert: str = "valid"  # valid | expiring | expired | not-yet-valid | wrong-host | untrusted
    behaviour: str = "ok"  # ok | degraded | maintenance | error | flaky | html | slowloris | huge
    delay_s: float = 0.0
    clock_skew_s: float = 0.0
    refuse_tokens: bool = False
    revoked: bool = False  # the OCSP responder says the certificate is revoked


SCENARIOS: dict[str, Scenario] = {
    s.name: s
    for s in (
        Scenario("healthy", "everything works"),
        Scenario("slow", "answers take 2.5 s", delay_s=2.5),
        Scenario("degraded", "the server reports degraded service", behaviour="degraded"),
        Scenario(
            "maintenance", "planned maintenance: 503 and an announcement", behaviour="maintenance"
        ),
        Scenario("server-error", "every request fails with HTTP 500", behaviour="error"),
        Scenario("flaky", "a share of requests fail with HTTP 5xx", behaviour="flaky"),
        Scenario("cert-expiring", "the certificate expires in 10 days", cert="expiring"),
        Scenario("cert-expired", "the certificate expired 3 days ago", cert="expired"),
        Scenario(
            "cert-not-yet-valid",
            "the certificate is valid only from tomorrow",
            cert="not-yet-valid",
        ),
        Scenario(
            "cert-revoked",
            "the certificate has been revoked (says the OCSP responder)",
            revoked=True,
        ),
        Scenario("wrong-host", "the certificate names another host", cert="wrong-host"),
        Scenario("untrusted", "the certificate comes from an unknown CA", cert="untrusted"),
        Scenario(
            "clock-skew", "the server's clock is 4 minutes ahead of this PC", clock_skew_s=240.0
        ),
        Scenario(
            "clock-wrong", "this PC's clock is 10 minutes behind the server's", clock_skew_s=600.0
        ),
        Scenario("auth-failed", "every access token is refused", refuse_tokens=True),
        Scenario(
            "captive-portal", "a sign-in page answers instead of the server", behaviour="html"
        ),
        Scenario("down", "nothing listens: connections are refused", listener="closed"),
        Scenario("blackhole", "connection attempts are silently dropped", listener="blackhole"),
        Scenario(
            "tls-stall",
            "connections are accepted but the handshake never completes",
            listener="stall-tls",
        ),
        Scenario("slowloris", "answers trickle in one byte at a time", behaviour="slowloris"),
        Scenario("huge-body", "the health answer is gigabytes long", behaviour="huge"),
    )
}
