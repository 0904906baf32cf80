"""The proxy, TCP and TLS checks, read off one request to the server.

A request either gets an answer (then all three passed, with timings from the trace) or
fails; the exception and the phase it reached say which layer failed and why.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import httpx

from invoice_tray.engine.certs import CertificateInfo, describe_der, from_peer
from invoice_tray.engine.errors import exception_chain, proxy_status
from invoice_tray.engine.http import Answer, Phases
from invoice_tray.engine.model import CauseCode, CheckId, CheckResult, CheckStatus, Finding, Layer
from invoice_tray.engine.proxy import ProxyChoice, ProxySource
from invoice_tray.engine.proxy import display as shown_address
from invoice_tray.engine.proxy_auth import AuthScheme
from invoice_tray.engine.tls import classify_verification, tls_error, verification_error
from invoice_tray.engine.tunnel import SignIn, TunnelRefused, refusal
from invoice_tray.i18n import Text, tr

SOURCE_LABELS = {
    ProxySource.CONFIG: tr("invoice-tray settings"),
    ProxySource.ENVIRONMENT: tr("environment variables"),
    ProxySource.SYSTEM: tr("system settings"),
}
_REFUSED = {errno.ECONNREFUSED, 10061}
_UNREACHABLE = {errno.ENETUNREACH, errno.EHOSTUNREACH, 10051, 10065}
_RESET = {errno.ECONNRESET, errno.ECONNABORTED, 10054, 10053}


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int
    address: str | None  # None when a proxy connects for us
    proxy: ProxyChoice

    @property
    def where(self) -> str:
        return f"{self.address or self.host}:{self.port}"


def _result(
    check: CheckId,
    layer: Layer,
    status: CheckStatus,
    summary: Text,
    ms: float = 0.0,
    detail: dict[str, Any] | None = None,
    code: CauseCode | None = None,
    plain: Text | None = None,
) -> CheckResult:
    findings = (Finding(code, summary, plain=plain),) if code else ()
    return CheckResult(check, layer, status, summary, ms, detail or {}, findings)


def _sign_in_summary(display: str, status: int, refused: TunnelRefused | None) -> Text:
    """What a proxy that asks who the user is wants, once the tunnel said which sign-in it
    offers and how signing in with the Windows account went."""
    schemes = refused.schemes if refused is not None else ()
    listed = ", ".join(schemes)
    sign_in = refused.sign_in if refused is not None else None
    if AuthScheme.BASIC in schemes:
        # Also where a Windows sign-in was offered and did not work: a password still can.
        return tr(
            "the proxy {proxy} asks for a user name and password (HTTP {status}, {schemes})",
            proxy=display,
            status=status,
            schemes=listed,
        )
    if sign_in is SignIn.NO_ACCOUNT:
        return tr(
            "the proxy {proxy} signs users in with their Windows account (HTTP {status}, "
            "{schemes}), and this computer has no company account signed in to use: sign in "
            "to the computer with your company account, or ask IT to let the invoice server "
            "through the proxy without signing in",
            proxy=display,
            status=status,
            schemes=listed,
        )
    if sign_in is SignIn.REFUSED:
        return tr(
            "the proxy {proxy} did not accept the sign-in with your Windows account "
            "(HTTP {status}, {schemes}): ask IT whether your account may use the proxy, or to "
            "let the invoice server through it without signing in",
            proxy=display,
            status=status,
            schemes=listed,
        )
    if not schemes:
        return tr(
            "the proxy {proxy} asks for a user name and password (HTTP {status})",
            proxy=display,
            status=status,
        )
    return tr(
        "the proxy {proxy} asks for a kind of sign-in this program does not do "
        "(HTTP {status}, {schemes}): ask IT to let the invoice server through the proxy "
        "without signing in",
        proxy=display,
        status=status,
        schemes=listed,
    )


def signed_in(proxy: CheckResult, scheme: AuthScheme) -> CheckResult:
    """The proxy check of a tunnel the proxy opened after a Windows sign-in."""
    summary = tr(
        "{summary}, signed in with your Windows account ({scheme})",
        summary=proxy.summary,
        scheme=scheme.value,
    )
    detail = {**proxy.detail, "sign_in": SignIn.SIGNED_IN, "schemes": [scheme.value]}
    return replace(proxy, summary=summary, detail=detail)


def not_reached(check: CheckId, layer: Layer, why: Text) -> CheckResult:
    return _result(check, layer, CheckStatus.SKIPPED, why)


def choice_detail(choice: ProxyChoice) -> dict[str, Any]:
    """What the proxy check's detail says of the decision: the proxy, where the decision came
    from and, for a script, its address, its answer and the ways it named."""
    detail: dict[str, Any] = {"proxy": choice.display_url, "source": choice.source}
    if choice.bypassed_by:
        detail["bypassed_by"] = choice.bypassed_by
    if choice.script is not None:
        detail["script"] = choice.script
        if choice.rule is not None:
            detail["rule"] = choice.rule
            detail["ways"] = [shown_address(way) or "DIRECT" for way in choice.alternatives]
    return detail


def proxy_result(endpoint: Endpoint, phases: Phases | None) -> CheckResult:
    choice = endpoint.proxy
    detail = choice_detail(choice)
    if choice.url is None:
        if choice.bypassed_by:
            summary = tr("direct connection ({rule})", rule=choice.bypassed_by)
        elif choice.rule is not None:
            summary = tr(
                "direct connection, as the automatic proxy configuration script says ({rule})",
                rule=choice.rule,
            )
        elif choice.script is not None and choice.problem is None:
            # Only automatic detection leaves no script and no problem: it found none.
            summary = tr("direct connection: automatic detection found no proxy script")
        else:
            summary = tr("direct connection, no proxy")
        return _result(CheckId.PROXY, Layer.PROTOCOL, CheckStatus.OK, summary, 0.0, detail)
    ms = 0.0
    if phases is not None:
        ms = phases.span_ms("connection.connect_tcp.started", "connection.start_tls.started") or 0.0
    summary = (
        tr(
            "through proxy {proxy}, as the automatic proxy configuration script says ({rule})",
            proxy=choice.display_url or "",
            rule=choice.rule,
        )
        if choice.rule is not None
        else tr(
            "through proxy {proxy} ({source})",
            proxy=choice.display_url or "",
            source=SOURCE_LABELS.get(choice.source, choice.source),
        )
    )
    return _result(CheckId.PROXY, Layer.PROTOCOL, CheckStatus.OK, summary, ms, detail)


def success(
    endpoint: Endpoint, phases: Phases, answer: Answer, warn_days: int, now: datetime
) -> tuple[list[CheckResult], CertificateInfo | None]:
    results = [proxy_result(endpoint, phases)]
    tcp_ms = phases.span_ms("connection.connect_tcp.started", "connection.connect_tcp.complete")
    target = tr("proxy") if endpoint.proxy.url else endpoint.where
    results.append(
        _result(
            CheckId.TCP,
            Layer.PROTOCOL,
            CheckStatus.OK,
            tr("connected to {target} in {ms} ms", target=target, ms=round(tcp_ms or 0)),
            tcp_ms or 0.0,
            {"address": endpoint.address, "port": endpoint.port},
        )
    )
    tls_ms = phases.span_ms("connection.start_tls.started", "connection.start_tls.complete")
    cert = None
    if answer.peer_cert_der and answer.peer_cert:
        cert = from_peer(answer.peer_cert, answer.peer_cert_der)
    elif answer.peer_cert_der:
        cert = describe_der(answer.peer_cert_der)
    detail: dict[str, Any] = {"version": answer.tls_version}
    if cert is None:
        results.append(
            _result(
                CheckId.TLS,
                Layer.PROTOCOL,
                CheckStatus.OK,
                tr("secure connection established"),
                tls_ms or 0.0,
                detail,
            )
        )
        return results, None
    detail["certificate"] = cert.to_json(now)
    days = cert.days_left(now)
    if days <= warn_days:
        summary = tr(
            "the server certificate expires in {days} days ({date})",
            days=int(days),
            date=cert.not_after.date(),
        )
        plain = tr(
            "it expires in {days} days, on {date}", days=int(days), date=cert.not_after.date()
        )
        results.append(
            _result(
                CheckId.TLS,
                Layer.PROTOCOL,
                CheckStatus.WARN,
                summary,
                tls_ms or 0.0,
                detail,
                CauseCode.TLS_EXPIRING_SOON,
                plain,
            )
        )
    else:
        results.append(
            _result(
                CheckId.TLS,
                Layer.PROTOCOL,
                CheckStatus.OK,
                tr(
                    "certificate trusted, valid until {date} (issued by {issuer})",
                    date=cert.not_after.date(),
                    issuer=cert.issuer,
                ),
                tls_ms or 0.0,
                detail,
            )
        )
    return results, cert


def _errno(exc: BaseException) -> int | None:
    for link in exception_chain(exc):
        code = getattr(link, "errno", None)
        if isinstance(code, int):
            return code
    return None


def tcp_connected(endpoint: Endpoint, phases: Phases) -> CheckResult:
    """The tcp check of a request that got past connecting (and failed or stalled later)."""
    tcp_ms = phases.span_ms("connection.connect_tcp.started", "connection.connect_tcp.complete")
    return _result(
        CheckId.TCP,
        Layer.PROTOCOL,
        CheckStatus.OK,
        tr("connected to {target}", target=endpoint.where),
        tcp_ms or 0.0,
        {"address": endpoint.address, "port": endpoint.port},
    )


def failure(
    endpoint: Endpoint,
    phases: Phases,
    exc: Exception,
    failed_cert: CertificateInfo | None,
    now: datetime,
) -> list[CheckResult]:
    """Results for proxy, tcp, tls and health after a request raised ``exc``."""
    proxied = endpoint.proxy.url is not None
    display = endpoint.proxy.display_url or ""
    later = tr("not reached: an earlier step failed")
    # The library's own words stay in the detail, for the helpdesk; the summary says it plainly.
    reason = (str(exc) or type(exc).__name__)[:200]
    results: list[CheckResult] = []

    if isinstance(exc, httpx.ProxyError) or (
        proxied and not phases.has("connection.start_tls.started")
    ):
        proxy_detail = {**choice_detail(endpoint.proxy), "error": reason}
        status = proxy_status(exc)
        # Not refused: the proxy asks who the user is (407; some proxies, tinyproxy among
        # them, answer a CONNECT with 401 for the same).
        if status in (401, 407):
            refused = refusal(exc)
            summary = _sign_in_summary(display, status, refused)
            code = CauseCode.PROXY_AUTH_REQUIRED
            proxy_detail["status"] = status
            if refused is not None and refused.schemes:
                proxy_detail["schemes"] = list(refused.schemes)
            if refused is not None and refused.sign_in is not None:
                proxy_detail["sign_in"] = refused.sign_in
                if refused.detail:
                    proxy_detail["sign_in_error"] = refused.detail
        elif isinstance(exc, httpx.ProxyError):
            summary = (
                tr(
                    "the proxy {proxy} refused to connect to the invoice server (HTTP {status})",
                    proxy=display,
                    status=status,
                )
                if status
                else tr("the proxy {proxy} refused to connect to the invoice server", proxy=display)
            )
            code = CauseCode.PROXY_BLOCKED
        else:
            summary = tr("the proxy {proxy} cannot be reached", proxy=display)
            code = CauseCode.PROXY_UNREACHABLE
        results.append(
            _result(
                CheckId.PROXY, Layer.PROTOCOL, CheckStatus.FAIL, summary, 0.0, proxy_detail, code
            )
        )
        results += [
            not_reached(CheckId.TCP, Layer.PROTOCOL, later),
            not_reached(CheckId.TLS, Layer.PROTOCOL, later),
            not_reached(CheckId.HEALTH, Layer.SERVER, later),
        ]
        return results

    results.append(proxy_result(endpoint, phases))
    if not phases.connected:
        code_no = _errno(exc)
        if code_no in _REFUSED:
            summary = tr("{where} refused the connection", where=endpoint.where)
            code = CauseCode.CONNECTION_REFUSED
        elif code_no in _UNREACHABLE:
            summary = tr("no route to {where}", where=endpoint.where)
            code = CauseCode.CONNECTION_REFUSED
        elif isinstance(exc, httpx.TimeoutException):
            summary = tr("no answer to the connection attempt to {where}", where=endpoint.where)
            code = CauseCode.TIMEOUT
        else:
            summary = tr("cannot connect to {where}", where=endpoint.where)
            code = CauseCode.CONNECTION_REFUSED
        results += [
            _result(
                CheckId.TCP,
                Layer.PROTOCOL,
                CheckStatus.FAIL,
                summary,
                0.0,
                {"address": endpoint.address, "port": endpoint.port, "error": reason},
                code,
            ),
            not_reached(CheckId.TLS, Layer.PROTOCOL, later),
            not_reached(CheckId.HEALTH, Layer.SERVER, later),
        ]
        return results

    results.append(tcp_connected(endpoint, phases))
    if not phases.tls_done:
        results.append(_tls_failure(endpoint, exc, failed_cert, now))
        results.append(not_reached(CheckId.HEALTH, Layer.SERVER, later))
        return results

    results.append(
        _result(
            CheckId.TLS, Layer.PROTOCOL, CheckStatus.OK, tr("secure connection established"), 0.0
        )
    )
    if isinstance(exc, httpx.TimeoutException):
        summary = tr("the server did not answer in time")
        code = CauseCode.TIMEOUT
    elif _errno(exc) in _RESET or isinstance(exc, httpx.ReadError):
        summary = tr("the server dropped the connection before answering")
        code = CauseCode.SERVER_ERROR
    else:
        summary = tr("the server's answer is broken off or garbled")
        code = CauseCode.BAD_RESPONSE
    detail = {"error": reason}
    results.append(
        _result(CheckId.HEALTH, Layer.SERVER, CheckStatus.FAIL, summary, 0.0, detail, code)
    )
    return results


def _tls_failure(
    endpoint: Endpoint, exc: Exception, cert: CertificateInfo | None, now: datetime
) -> CheckResult:
    detail: dict[str, Any] = {}
    if cert is not None:
        detail["certificate"] = cert.to_json(now)
    verify = verification_error(exc)
    if verify is not None:
        code = classify_verification(verify, cert, endpoint.host, now)
        detail["verify_message"] = getattr(verify, "verify_message", None) or str(verify)
        if cert is not None and code == CauseCode.TLS_EXPIRED:
            summary = tr("the server certificate expired on {date}", date=cert.not_after.date())
            plain = tr("it expired on {date}", date=cert.not_after.date())
            return _result(
                CheckId.TLS, Layer.PROTOCOL, CheckStatus.FAIL, summary, 0.0, detail, code, plain
            )
        if cert is not None and code == CauseCode.TLS_NOT_YET_VALID:
            start = cert.not_before.date()
            summary = tr("the server certificate is valid only from {date}", date=start)
            plain = tr("it is valid only from {date}", date=start)
            return _result(
                CheckId.TLS, Layer.PROTOCOL, CheckStatus.FAIL, summary, 0.0, detail, code, plain
            )
        messages = {
            CauseCode.TLS_EXPIRED: tr("the server certificate has expired"),
            CauseCode.TLS_NOT_YET_VALID: tr("the server certificate is not valid yet"),
            CauseCode.TLS_HOSTNAME_MISMATCH: tr(
                "the certificate is for {names}, not {host}",
                names=", ".join([*cert.dns_names, *cert.ip_addresses][:4]) if cert else "?",
                host=endpoint.host,
            ),
            CauseCode.TLS_REVOKED: tr("the server certificate has been revoked"),
            CauseCode.TLS_UNTRUSTED: (
                tr(
                    "the certificate's issuer ({issuer}) is not trusted on this computer",
                    issuer=cert.issuer,
                )
                if cert
                else tr("the certificate's issuer is not trusted on this computer")
            ),
        }
        return _result(
            CheckId.TLS, Layer.PROTOCOL, CheckStatus.FAIL, messages[code], 0.0, detail, code
        )
    if isinstance(exc, httpx.TimeoutException):
        return _result(
            CheckId.TLS,
            Layer.PROTOCOL,
            CheckStatus.FAIL,
            tr("the secure handshake did not complete in time"),
            0.0,
            detail,
            CauseCode.TIMEOUT,
        )
    ssl_exc = tls_error(exc)
    reason = (getattr(ssl_exc, "reason", None) or str(ssl_exc or exc))[:200]
    if _errno(exc) in _RESET:
        summary = tr(
            "the connection was cut during the secure handshake (a firewall or "
            "filtering program may interfere)"
        )
        return _result(
            CheckId.TLS,
            Layer.PROTOCOL,
            CheckStatus.FAIL,
            summary,
            0.0,
            detail,
            CauseCode.CONNECTION_REFUSED,
        )
    detail["error"] = str(reason)
    return _result(
        CheckId.TLS,
        Layer.PROTOCOL,
        CheckStatus.FAIL,
        tr("the secure connection could not be set up"),
        0.0,
        detail,
        CauseCode.BAD_RESPONSE,
    )


def expired(endpoint: Endpoint, phases: Phases, timeout_s: float) -> list[CheckResult]:
    """Results for a request still running when the deadline passed."""
    proxied = endpoint.proxy.url is not None
    later = tr("not reached: time ran out")
    if proxied and not phases.has("connection.start_tls.started"):
        summary = tr(
            "the proxy {proxy} did not open the connection within {s} s",
            proxy=endpoint.proxy.display_url or "",
            s=round(timeout_s, 1),
        )
        return [
            _result(
                CheckId.PROXY, Layer.PROTOCOL, CheckStatus.FAIL, summary, 0.0, {}, CauseCode.TIMEOUT
            ),
            not_reached(CheckId.TCP, Layer.PROTOCOL, later),
            not_reached(CheckId.TLS, Layer.PROTOCOL, later),
            not_reached(CheckId.HEALTH, Layer.SERVER, later),
        ]
    results = [proxy_result(endpoint, phases)]
    if not phases.connected:
        summary = tr(
            "no answer to the connection attempt to {where} within {s} s (a firewall "
            "may be dropping it)",
            where=endpoint.where,
            s=round(timeout_s, 1),
        )
        return [
            *results,
            _result(
                CheckId.TCP, Layer.PROTOCOL, CheckStatus.FAIL, summary, 0.0, {}, CauseCode.TIMEOUT
            ),
            not_reached(CheckId.TLS, Layer.PROTOCOL, later),
            not_reached(CheckId.HEALTH, Layer.SERVER, later),
        ]
    results.append(tcp_connected(endpoint, phases))
    if not phases.tls_done:
        summary = tr("the secure handshake did not complete within {s} s", s=round(timeout_s, 1))
        return [
            *results,
            _result(
                CheckId.TLS, Layer.PROTOCOL, CheckStatus.FAIL, summary, 0.0, {}, CauseCode.TIMEOUT
            ),
            not_reached(CheckId.HEALTH, Layer.SERVER, later),
        ]
    results.append(
        _result(CheckId.TLS, Layer.PROTOCOL, CheckStatus.OK, tr("secure connection established"))
    )
    if not phases.headers_received:
        summary = tr(
            "the server accepted the connection but did not answer within {s} s",
            s=round(timeout_s, 1),
        )
    else:
        summary = tr(
            "the server's answer trickled in too slowly to finish within {s} s",
            s=round(timeout_s, 1),
        )
    return [
        *results,
        _result(
            CheckId.HEALTH, Layer.SERVER, CheckStatus.FAIL, summary, 0.0, {}, CauseCode.TIMEOUT
        ),
    ]
