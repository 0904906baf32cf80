"""The cause codes: a stable public API (also listed in the README).

Order matters: when several findings share the worst light, the one listed first here is the
root cause and the others are its symptoms (e.g. no network explains the DNS failure, and a
wrong clock explains a certificate that seems not yet valid).
"""

from __future__ import annotations

from dataclasses import dataclass

from invoice_tray.engine.kinds import EndpointKind
from invoice_tray.engine.model import CauseCode, Finding, FixId, Layer, Light
from invoice_tray.i18n import Text, tr


@dataclass(frozen=True)
class Cause:
    code: CauseCode
    light: Light
    layer: Layer
    title: Text  # the headline: what is wrong, in the accountant's words
    next_step: Text  # what to do, once; no commands, no settings keys
    fix: FixId | None = None  # the guided fix that may help
    settings: bool = False  # the remedy is typed into Settings: a click on the notice opens it
    drafts_help: bool = False  # invoices can meanwhile be kept as offline drafts


_CAUSES = (
    Cause(
        CauseCode.NOT_CONFIGURED,
        Light.UNKNOWN,
        Layer.PC,
        tr("No invoice server is set up yet"),
        tr(
            "Open Settings and enter the invoice server's address (your helpdesk or invoicing "
            "vendor has it)."
        ),
        settings=True,
    ),
    Cause(
        CauseCode.NO_NETWORK,
        Light.RED,
        Layer.NETWORK,
        tr("This computer is not connected to a network"),
        tr(
            "The problem is this computer's network, not the invoice server. Check the cable "
            "or Wi-Fi, or try another network such as a mobile hotspot."
        ),
        FixId.NETWORK_RESET,
        drafts_help=True,
    ),
    Cause(
        CauseCode.CLOCK_SKEW,
        Light.YELLOW,
        Layer.PC,
        tr("This computer's time is wrong"),
        tr(
            "Correct this computer's date and time (turn on setting the time automatically). "
            "A wrong time breaks secure connections and invoice signing."
        ),
        drafts_help=True,
    ),
    Cause(
        CauseCode.CLIENT_CERT_UNREADABLE,
        Light.RED,
        Layer.PC,
        tr("The signing certificate cannot be read"),
        tr("In Settings, check the signing certificate file and its password."),
        settings=True,
        drafts_help=True,
    ),
    Cause(
        CauseCode.CLIENT_CERT_EXPIRED,
        Light.RED,
        Layer.PC,
        tr("The signing certificate has expired"),
        tr("Renew the signing certificate with your certificate provider or the helpdesk."),
        drafts_help=True,
    ),
    Cause(
        CauseCode.DNS_FAILURE,
        Light.RED,
        Layer.NETWORK,
        tr("The invoice server's address cannot be found (DNS)"),
        tr(
            "Run the network reset (it clears the DNS cache). If that does not help, the DNS "
            "server of your network may be down: ask your network administrator."
        ),
        FixId.NETWORK_RESET,
        drafts_help=True,
    ),
    Cause(
        CauseCode.PROXY_SCRIPT_FAILED,
        Light.YELLOW,  # red when the way it leaves does not reach the server either
        Layer.PROTOCOL,
        tr("The automatic proxy configuration script cannot be used"),
        tr(
            "Tell your IT department that this computer's automatic proxy configuration "
            "script cannot be fetched or has an error (the details say which). Meanwhile the "
            "last copy that worked is used or, without one, a direct connection."
        ),
        drafts_help=True,
    ),
    Cause(
        CauseCode.PROXY_AUTH_REQUIRED,
        Light.RED,
        Layer.PROTOCOL,
        tr("The proxy server asks who you are"),
        tr(
            "If it asks for a user name and password, enter them in Settings (your IT "
            "department gives them). If it signs you in with your Windows account, sign in to "
            "the computer with your company account; if that does not help, ask IT to let your "
            "account through the proxy. Letting the invoice server bypass the proxy would not "
            "help: the proxy only wants to know who you are."
        ),
        settings=True,
        drafts_help=True,
    ),
    Cause(
        CauseCode.PROXY_BLOCKED,
        Light.RED,
        Layer.PROTOCOL,
        tr("The proxy server blocks the way to the invoice server"),
        tr(
            "Let the invoice server bypass the proxy (proxy exemption), or ask your network "
            "administrator to allow it on the proxy."
        ),
        FixId.PROXY_EXEMPTION,
        drafts_help=True,
    ),
    Cause(
        CauseCode.PROXY_UNREACHABLE,
        Light.RED,
        Layer.PROTOCOL,
        tr("The proxy server cannot be reached"),
        tr(
            "Check the proxy settings (in Settings, or the system's network settings), or ask "
            "your network administrator whether the proxy server is running."
        ),
        settings=True,
        drafts_help=True,
    ),
    Cause(
        CauseCode.CONNECTION_REFUSED,
        Light.RED,
        Layer.PROTOCOL,
        tr("The invoice server refuses connections"),
        tr(
            "The invoice server is not accepting connections: it may be stopped, or a firewall "
            "blocks it. Wait a few minutes; if it persists, call the helpdesk."
        ),
        drafts_help=True,
    ),
    Cause(
        CauseCode.TIMEOUT,
        Light.RED,
        Layer.PROTOCOL,
        tr("The invoice server does not answer in time"),
        tr(
            "Check that a firewall or antivirus program is not blocking the connection, then run "
            "the network reset. If other websites work, call the helpdesk."
        ),
        FixId.NETWORK_RESET,
        drafts_help=True,
    ),
    Cause(
        CauseCode.TLS_NOT_YET_VALID,
        Light.RED,
        Layer.PROTOCOL,
        tr("The server certificate is not valid yet"),
        tr(
            "Usually this computer's date is wrong: check the date and time. If it is right, "
            "call the helpdesk."
        ),
        drafts_help=True,
    ),
    Cause(
        CauseCode.TLS_EXPIRED,
        Light.RED,
        Layer.PROTOCOL,
        tr("The server certificate has expired"),
        tr(
            "Call the helpdesk: the server's certificate must be renewed. If this computer's "
            "date is wrong, correct it first."
        ),
        drafts_help=True,
    ),
    Cause(
        CauseCode.TLS_REVOKED,
        Light.RED,
        Layer.PROTOCOL,
        tr("The server certificate has been revoked"),
        tr("Do not use this connection; call the helpdesk."),
        drafts_help=True,
    ),
    Cause(
        CauseCode.TLS_UNTRUSTED,
        Light.RED,
        Layer.PROTOCOL,
        tr("The server certificate is not trusted"),
        tr(
            "The root certificate of the tax authority or invoicing platform may be missing on "
            "this computer: install it (or add it in Settings as an extra root certificate), or "
            "call the helpdesk. A company proxy that inspects traffic can also cause this."
        ),
        drafts_help=True,
    ),
    Cause(
        CauseCode.TLS_HOSTNAME_MISMATCH,
        Light.RED,
        Layer.PROTOCOL,
        tr("The server certificate belongs to another name"),
        tr(
            "Check the server address in Settings. A Wi-Fi sign-in page or a proxy can also "
            "answer in the invoice server's place."
        ),
        settings=True,
        drafts_help=True,
    ),
    Cause(
        CauseCode.SERVER_MAINTENANCE,
        Light.RED,
        Layer.SERVER,
        tr("The invoice server is under maintenance"),
        tr("Wait until the maintenance ends."),
        drafts_help=True,
    ),
    Cause(
        CauseCode.AUTH_FAILED,
        Light.RED,
        Layer.SERVER,
        tr("The invoice server does not accept the access token"),
        tr(
            "Enter a valid access token in Settings (your helpdesk or invoicing vendor "
            "provides it)."
        ),
        settings=True,
        drafts_help=True,
    ),
    Cause(
        CauseCode.SERVER_ERROR,
        Light.RED,
        Layer.SERVER,
        tr("The invoice server reports an error"),
        tr(
            "The problem is on the server's side. Wait a few minutes; if it persists, call the "
            "helpdesk."
        ),
        drafts_help=True,
    ),
    Cause(
        CauseCode.BAD_RESPONSE,
        Light.RED,
        Layer.SERVER,
        tr("Something other than the invoice server answered"),
        tr(
            "A Wi-Fi sign-in page or a proxy's notice page may be answering instead: sign in to "
            "the network in your browser, or ask your network administrator to let the invoice "
            "server through."
        ),
        drafts_help=True,
    ),
    Cause(
        CauseCode.OFFLINE_LIMIT_EXCEEDED,
        Light.RED,
        Layer.PC,
        tr("The offline invoicing limit is exceeded"),
        tr(
            "No more invoices can be issued offline until the waiting drafts are submitted. Get "
            "the connection to the invoice server working (see the other checks), then submit "
            "them."
        ),
    ),
    Cause(
        CauseCode.TLS_EXPIRING_SOON,
        Light.YELLOW,
        Layer.PROTOCOL,
        tr("The server certificate expires soon"),
        tr("Invoices still work. Tell the helpdesk so the certificate is renewed in time."),
    ),
    Cause(
        CauseCode.CLIENT_CERT_EXPIRING,
        Light.YELLOW,
        Layer.PC,
        tr("The signing certificate expires soon"),
        tr("Renew the signing certificate before it expires."),
    ),
    Cause(
        CauseCode.SERVER_DEGRADED,
        Light.YELLOW,
        Layer.SERVER,
        tr("The invoice server works with problems"),
        tr("Invoices can be issued, but some may fail: if one does, try again."),
    ),
    Cause(
        CauseCode.OFFLINE_LIMIT_NEAR,
        Light.YELLOW,
        Layer.PC,
        tr("The offline invoicing limit is nearly reached"),
        tr(
            "Submit the waiting drafts as soon as the invoice server can be reached: 80% of the "
            "tax bureau's offline limit (amount or time) is used."
        ),
    ),
    Cause(
        CauseCode.SERVER_SLOW,
        Light.YELLOW,
        Layer.SERVER,
        tr("The invoice server answers slowly"),
        tr("Invoices can be issued but take longer. Nothing to do unless it persists."),
    ),
    Cause(
        CauseCode.INTERNAL_ERROR,
        Light.UNKNOWN,
        Layer.PC,
        tr("The check itself failed"),
        tr("Export the diagnostics and send them to the helpdesk."),
    ),
)

CAUSES: dict[CauseCode, Cause] = {cause.code: cause for cause in _CAUSES}
RANK: dict[CauseCode, int] = {cause.code: index for index, cause in enumerate(_CAUSES)}


def find(code: str | None) -> Cause | None:
    """The cause for a code read back from storage (history, a journal written by another
    version): None for one this version does not know."""
    try:
        return CAUSES[CauseCode(code)] if code else None
    except ValueError:
        return None


# Headlines for a service that is not the invoice server (the e-tax bureau, a vendor's API):
# the same cause, without calling it the invoice server.
SERVICE_TITLES: dict[CauseCode, Text] = {
    CauseCode.DNS_FAILURE: tr("The server's address cannot be found (DNS)"),
    CauseCode.PROXY_BLOCKED: tr("The proxy server blocks the way to the server"),
    CauseCode.CONNECTION_REFUSED: tr("The server refuses connections"),
    CauseCode.TIMEOUT: tr("The server does not answer in time"),
    CauseCode.SERVER_MAINTENANCE: tr("The server is under maintenance"),
    CauseCode.SERVER_ERROR: tr("The server reports an error"),
    CauseCode.BAD_RESPONSE: tr("The server's answer is not the one expected"),
    CauseCode.SERVER_DEGRADED: tr("The server works with problems"),
    CauseCode.SERVER_SLOW: tr("The server answers slowly"),
}


def headline(finding: Finding) -> Text:
    """The cause's headline, naming the endpoint when a round checks several
    ("电子税务局：服务器证书已过期")."""
    title = CAUSES[finding.code].title
    if finding.endpoint_kind is EndpointKind.HTTPS:
        title = SERVICE_TITLES.get(finding.code, title)
    if finding.endpoint:
        return tr("{endpoint}: {title}", endpoint=finding.endpoint, title=title)
    return title
