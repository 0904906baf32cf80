"""The cause codes: a stable public API (also listed in the README).

Order matters: when several findings share the worst light, the one listed first here is the
root cause and the others are its symptoms (e.g. no network explains the DNS failure, and a
wrong clock explains a certificate that seems not yet valid).
"""

from __future__ import annotations

from dataclasses import dataclass

from invoice_tray.engine.model import Layer, Light
from invoice_tray.i18n import Text, tr

NETWORK_RESET = "network-reset"
CACHE_CLEAR = "cache-clear"
PROXY_EXEMPTION = "proxy-exemption"
FIX_IDS = (NETWORK_RESET, CACHE_CLEAR, PROXY_EXEMPTION)


@dataclass(frozen=True)
class Cause:
    code: str
    light: Light
    layer: Layer
    title: Text
    next_step: Text
    fix: str | None = None


_CAUSES = (
    Cause(
        "not-configured",
        Light.UNKNOWN,
        Layer.PC,
        tr("No invoice server is configured"),
        tr("Enter the invoice server address in the settings (server.url)."),
    ),
    Cause(
        "no-network",
        Light.RED,
        Layer.NETWORK,
        tr("This computer is not connected to a network"),
        tr(
            "Your network is down, not the invoice server. Check the cable or Wi-Fi, or switch "
            "to another network (e.g. a mobile hotspot)."
        ),
        NETWORK_RESET,
    ),
    Cause(
        "clock-skew",
        Light.YELLOW,
        Layer.PC,
        tr("The computer's clock is wrong"),
        tr(
            "Correct the date and time of this computer (turn on automatic time). A wrong "
            "clock breaks secure connections and invoice signing."
        ),
    ),
    Cause(
        "client-cert-unreadable",
        Light.RED,
        Layer.PC,
        tr("The client certificate cannot be read"),
        tr(
            "Check the certificate file in the settings and its password "
            "(invoice-tray secrets set client-cert-password)."
        ),
    ),
    Cause(
        "client-cert-expired",
        Light.RED,
        Layer.PC,
        tr("The client (signing) certificate has expired"),
        tr("Renew the signing certificate with your certificate provider or the helpdesk."),
    ),
    Cause(
        "dns-failure",
        Light.RED,
        Layer.NETWORK,
        tr("The server name cannot be looked up (DNS)"),
        tr(
            "Reset the network settings (this clears the DNS cache). If it persists, the DNS "
            "server of your network may be down: ask your IT contact."
        ),
        NETWORK_RESET,
    ),
    Cause(
        "proxy-blocked",
        Light.RED,
        Layer.PROTOCOL,
        tr("The proxy server blocks the connection to the invoice server"),
        tr("Let the invoice server bypass the proxy (proxy exemption), or ask IT to allow it."),
        PROXY_EXEMPTION,
    ),
    Cause(
        "connection-refused",
        Light.RED,
        Layer.PROTOCOL,
        tr("The server refuses connections"),
        tr(
            "The invoice server is not accepting connections: it may be down, or a firewall "
            "rejects the port. Wait a few minutes; if it persists, call the helpdesk."
        ),
    ),
    Cause(
        "timeout",
        Light.RED,
        Layer.PROTOCOL,
        tr("The server does not answer in time"),
        tr(
            "Check that a firewall or antivirus program is not blocking the invoicing software, "
            "then reset the network. If other websites work, call the helpdesk."
        ),
        NETWORK_RESET,
    ),
    Cause(
        "tls-not-yet-valid",
        Light.RED,
        Layer.PROTOCOL,
        tr("The server certificate is not valid yet"),
        tr(
            "Usually this computer's date is wrong: check the date and time. Otherwise call "
            "the helpdesk."
        ),
    ),
    Cause(
        "tls-expired",
        Light.RED,
        Layer.PROTOCOL,
        tr("The server certificate has expired"),
        tr(
            "The server certificate has expired: contact the helpdesk (first check that this "
            "computer's date is right)."
        ),
    ),
    Cause(
        "tls-revoked",
        Light.RED,
        Layer.PROTOCOL,
        tr("The server certificate has been revoked"),
        tr("Do not use this connection: contact the helpdesk."),
    ),
    Cause(
        "tls-untrusted",
        Light.RED,
        Layer.PROTOCOL,
        tr("The server certificate is not trusted"),
        tr(
            "The root certificate of the tax authority or invoice platform may be missing: "
            "install it (or set server.ca_file), or call the helpdesk. A company proxy that "
            "inspects traffic can also cause this."
        ),
    ),
    Cause(
        "tls-hostname-mismatch",
        Light.RED,
        Layer.PROTOCOL,
        tr("The server certificate belongs to a different name"),
        tr(
            "Check the server address in the settings. A Wi-Fi sign-in page or a proxy can "
            "also answer in the server's place."
        ),
    ),
    Cause(
        "server-maintenance",
        Light.RED,
        Layer.SERVER,
        tr("The invoice server is under maintenance"),
        tr("Wait until the maintenance ends; drafts can be kept offline meanwhile."),
    ),
    Cause(
        "auth-failed",
        Light.RED,
        Layer.SERVER,
        tr("The server rejected the access token"),
        tr("Enter a valid access token (invoice-tray secrets set server-token)."),
    ),
    Cause(
        "server-error",
        Light.RED,
        Layer.SERVER,
        tr("The invoice server reports an error"),
        tr(
            "The problem is on the server side. Wait a few minutes; if it persists, call the "
            "helpdesk."
        ),
    ),
    Cause(
        "bad-response",
        Light.RED,
        Layer.SERVER,
        tr("Something other than the invoice server answered"),
        tr(
            "A Wi-Fi sign-in page or a proxy error page may be answering in the server's "
            "place: sign in to the network, or ask IT to let the invoice server through."
        ),
    ),
    Cause(
        "offline-limit-exceeded",
        Light.RED,
        Layer.PC,
        tr("The offline invoicing limit is exceeded"),
        tr(
            "No more invoices can be issued offline until the waiting drafts are submitted. "
            "Get the connection to the server working (see the other checks), then submit."
        ),
    ),
    Cause(
        "tls-expiring-soon",
        Light.YELLOW,
        Layer.PROTOCOL,
        tr("The server certificate expires soon"),
        tr("Invoices still work. Tell the helpdesk so the certificate is renewed in time."),
    ),
    Cause(
        "client-cert-expiring",
        Light.YELLOW,
        Layer.PC,
        tr("The client (signing) certificate expires soon"),
        tr("Renew the signing certificate before it expires."),
    ),
    Cause(
        "server-degraded",
        Light.YELLOW,
        Layer.SERVER,
        tr("The invoice server works with problems"),
        tr("Invoices can be issued, but some requests may fail: retry if one does."),
    ),
    Cause(
        "offline-limit-near",
        Light.YELLOW,
        Layer.PC,
        tr("The offline invoicing limit is nearly reached"),
        tr(
            "Submit the waiting drafts as soon as the server can be reached: the tax "
            "bureau's limit for offline invoices (amount or time) is 80 % used."
        ),
    ),
    Cause(
        "server-slow",
        Light.YELLOW,
        Layer.SERVER,
        tr("The invoice server answers slowly"),
        tr("Invoices can be issued but will take longer. No action needed unless it persists."),
    ),
    Cause(
        "internal-error",
        Light.UNKNOWN,
        Layer.PC,
        tr("The check itself failed"),
        tr("Export the diagnostics and send them to the helpdesk."),
    ),
)

CAUSES: dict[str, Cause] = {cause.code: cause for cause in _CAUSES}
RANK: dict[str, int] = {cause.code: index for index, cause in enumerate(_CAUSES)}
