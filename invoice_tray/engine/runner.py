"""One full check: all layers, concurrently where independent, under one hard deadline.

Each check records its result as soon as it has one. Whatever is still running when the
deadline passes is cancelled and reported as a timeout at the phase it had reached, so a
report is always complete and always on time.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial

import httpx

from invoice_tray.engine import answers, connection, local_checks, pac
from invoice_tray.engine.certs import CertificateInfo
from invoice_tray.engine.connection import Endpoint, not_reached
from invoice_tray.engine.connectivity import RouteProbe, probe_route
from invoice_tray.engine.errors import ResolveError, ResolveTimeout
from invoice_tray.engine.http import Answer, Phases, ServerClient
from invoice_tray.engine.kinds import EndpointKind
from invoice_tray.engine.model import (
    CauseCode,
    CheckId,
    CheckResult,
    CheckStatus,
    Finding,
    Layer,
    Light,
)
from invoice_tray.engine.proxy import ProxyChoice, choose_proxy, script_in_use
from invoice_tray.engine.resolver import ip_literal, is_loopback, resolve
from invoice_tray.engine.revocation import RevocationSettings, check_revocation, not_checked
from invoice_tray.engine.settings import CheckSettings
from invoice_tray.engine.tls import (
    CaFileProblem,
    fetch_certificate,
    verification_error,
    verified_context,
)
from invoice_tray.engine.verdict import EndpointReport, Report
from invoice_tray.i18n import Text, tr

log = logging.getLogger(__name__)

# Every check, in report order (by layer, then by dependency).
CHECKS: tuple[tuple[CheckId, Layer], ...] = (
    (CheckId.CLIENT_CERTIFICATE, Layer.PC),
    (CheckId.CLOCK, Layer.PC),
    (CheckId.CONNECTIVITY, Layer.NETWORK),
    (CheckId.DNS, Layer.NETWORK),
    (CheckId.PROXY, Layer.PROTOCOL),
    (CheckId.TCP, Layer.PROTOCOL),
    (CheckId.TLS, Layer.PROTOCOL),
    (CheckId.REVOCATION, Layer.PROTOCOL),
    (CheckId.HEALTH, Layer.SERVER),
    (CheckId.AUTH, Layer.SERVER),
    (CheckId.ANNOUNCEMENTS, Layer.PLATFORM),
)
DNS_SLOW_MS = 200
CLEANUP_GRACE_S = 0.3

Expiry = Callable[[], list[CheckResult]]


def run_check_sync(settings: CheckSettings) -> Report:
    return asyncio.run(run_check(settings))


@dataclass(frozen=True)
class Shared:
    """What a round checks once for all its endpoints: this PC's signing certificate and
    whether it has a route to the network at all."""

    client_certificate: CheckResult
    route: RouteProbe
    route_ms: float


def shared_checks(settings: CheckSettings, now: datetime) -> Shared:
    client = local_checks.client_certificate(
        settings.client_cert_path, settings.client_cert_password, settings.warn_days, now
    )
    began = time.monotonic()
    route = probe_route()
    return Shared(client, route, (time.monotonic() - began) * 1000)


async def run_check(settings: CheckSettings) -> Report:
    """One round: every endpoint of ``settings`` at once, under the same deadline."""
    if not settings.others and settings.kind is EndpointKind.INVOICE_SERVER and not settings.name:
        return await _run_endpoint(settings, None)  # [server]: the report as it always was
    began = time.monotonic()
    shared = shared_checks(settings, datetime.now(UTC))
    reports = await asyncio.gather(*(_run_endpoint(e, shared) for e in settings.endpoints))
    parts = tuple(
        EndpointReport(e.name or e.host, e.kind, e.critical, report)
        for e, report in zip(settings.endpoints, reports, strict=True)
    )
    return Report.combine(parts, (time.monotonic() - began) * 1000)


async def _run_endpoint(settings: CheckSettings, shared: Shared | None) -> Report:
    checked_at = datetime.now(UTC)
    began = time.monotonic()
    if not settings.server_url:
        summary = tr("no server address configured")
        result = CheckResult(
            CheckId.CONFIGURATION,
            Layer.PC,
            CheckStatus.FAIL,
            summary,
            0.0,
            {},
            (Finding(CauseCode.NOT_CONFIGURED, summary),),
        )
        return Report.build("", checked_at, 0.0, [result])
    run = _Run(settings, checked_at, shared)
    task = asyncio.create_task(run.pipeline())
    done, _ = await asyncio.wait({task}, timeout=settings.timeout_s)
    if not done:
        task.cancel()
        await asyncio.wait({task}, timeout=CLEANUP_GRACE_S)
        run.expire()
    elif (exc := task.exception()) is not None:
        log.error("check failed unexpectedly", exc_info=exc)
        run.record(internal_error(exc))
    duration_ms = (time.monotonic() - began) * 1000
    return Report.build(settings.server_url, checked_at, duration_ms, run.finish())


def internal_error(exc: BaseException) -> CheckResult:
    """A bug of ours, reported as such (light unknown) instead of crashing the caller."""
    summary = tr("the check stopped on an error of its own")
    detail = {"error": f"{type(exc).__name__}: {exc}"[:300]}
    return CheckResult(CheckId.ENGINE, Layer.PC, CheckStatus.FAIL, summary, 0.0, detail,
                       (Finding(CauseCode.INTERNAL_ERROR, summary),))  # fmt: skip


class _Run:
    def __init__(self, settings: CheckSettings, now: datetime, shared: Shared | None) -> None:
        self.settings = settings
        self.now = now
        self.shared = shared
        self.deadline = time.monotonic() + settings.timeout_s
        self.results: dict[CheckId, CheckResult] = {}
        self.in_flight: dict[CheckId, Expiry] = {}
        self.answers: list[Answer] = []
        self.server_is_local = False

    def record(self, *results: CheckResult) -> None:
        for result in results:
            self.results.setdefault(result.id, result)
            self.in_flight.pop(result.id, None)

    def expire(self) -> None:
        # Several checks can share one expiry (one request covers proxy, tcp, tls, health).
        unique = {id(expiry): expiry for expiry in self.in_flight.values()}
        for expiry in unique.values():
            self.record(*expiry())
        self.in_flight.clear()

    def finish(self) -> list[CheckResult]:
        if CheckId.CLOCK not in self.results:
            self.record(answers.clock(self.answers))
        extra = [r for key, r in self.results.items() if key not in dict(CHECKS)]
        ordered = []
        for key, layer in CHECKS:
            ordered.append(
                self.results.get(key)
                or not_reached(key, layer, tr("not reached: an earlier step failed"))
            )
        return [*extra, *ordered]

    async def pipeline(self) -> None:
        s = self.settings
        shared = self.shared or shared_checks(s, self.now)
        self.record(shared.client_certificate)
        route, route_ms = shared.route, shared.route_ms
        proxy = await self._proxy_choice()

        addresses = await self._dns(proxied=proxy.url is not None)
        self.server_is_local = bool(addresses) and all(is_loopback(a) for a in addresses)
        self.record(local_checks.connectivity(route, self.server_is_local, route_ms))
        if proxy.url is None and not addresses:
            return
        if proxy.url is not None:
            proxy_address = await self._resolve_proxy(proxy.url)
            if proxy_address is None:
                return
            proxy = replace(proxy, address=proxy_address)

        endpoint = Endpoint(s.host, s.port, addresses[0] if addresses else None, proxy)
        context, ca_problem = verified_context(s.ca_file)
        client = ServerClient(
            s.server_url,
            address=endpoint.address,
            proxy=proxy,
            ssl_context=context,
            deadline=self.deadline,
        )
        try:
            health = await self._health(client, endpoint)
            if ca_problem is not None:
                self._note_ca_problem(ca_problem)
            if proxy.problem is not None:
                self._note_script_problem(proxy, reached=health is not None)
            if health is None:
                return
            if s.kind is EndpointKind.INVOICE_SERVER:
                await asyncio.gather(
                    self._auth(client),
                    self._announcements(client),
                    self._revocation(health, context),
                )
            else:  # any HTTPS service: no credentials or announcements to ask for
                why = tr("not an invoice server: only whether it can be reached is checked")
                for key, layer in (
                    (CheckId.AUTH, Layer.SERVER),
                    (CheckId.ANNOUNCEMENTS, Layer.PLATFORM),
                ):
                    self.record(CheckResult(key, layer, CheckStatus.SKIPPED, why, 0.0))
                await self._revocation(health, context)
        finally:
            await client.aclose()

    async def _proxy_choice(self) -> ProxyChoice:
        """The proxy decision; with an auto-configuration script, the script is refreshed
        first and asked off the event loop (it may look names up), within the deadline."""
        s = self.settings
        # Reading the system's script address may run a command: off the event loop.
        script = await asyncio.to_thread(script_in_use, s.proxy_setting)
        if script is None:
            return choose_proxy(
                s.proxy_setting, s.proxy_bypass, s.server_url, s.proxy_password, user=s.proxy_user
            )
        budget = max(0.1, (self.deadline - time.monotonic()) / 2)
        refreshed = await pac.refresh(script[0], s.state_dir, min(pac.FETCH_TIMEOUT_S, budget))
        try:
            async with asyncio.timeout(max(0.1, (self.deadline - time.monotonic()) / 2)):
                choice = await asyncio.to_thread(
                    partial(
                        choose_proxy,
                        s.proxy_setting,
                        s.proxy_bypass,
                        s.server_url,
                        s.proxy_password,
                        s.state_dir,
                        ask_system=False,  # read just above
                        user=s.proxy_user,
                    )
                )
        except TimeoutError:
            why = tr("the script took too long to answer")
            return ProxyChoice(None, script[1], script=script[0], problem=why)
        if refreshed.problem is not None and choice.problem is None:
            choice = replace(choice, problem=refreshed.problem, problem_detail=refreshed.detail)
        return choice

    def _note_script_problem(self, choice: ProxyChoice, *, reached: bool) -> None:
        """A script that could not be fetched or evaluated is told in the proxy check: a
        warning while the server is reached all the same, the cause when it is not (the way
        taken instead may be the wrong one)."""
        proxy = self.results.get(CheckId.PROXY)
        if proxy is None or choice.problem is None:
            return
        note = tr(
            "the automatic proxy configuration script {url} cannot be used: {reason}",
            url=choice.script or "",
            reason=choice.problem,
        )
        meanwhile = (
            tr("the last copy that worked is used")
            if choice.rule is not None
            else tr("connecting directly meanwhile")
        )
        summary = tr("{summary}; {note}; {meanwhile}", summary=proxy.summary, note=note,
                     meanwhile=meanwhile)  # fmt: skip
        light = None if reached or choice.rule is not None else Light.RED
        finding = Finding(CauseCode.PROXY_SCRIPT_FAILED, note, light=light)
        status = CheckStatus.WARN if proxy.status is CheckStatus.OK else proxy.status
        detail = {**proxy.detail, "script_problem": note.render("en")}
        if choice.problem_detail:
            detail["script_error"] = choice.problem_detail
        self.results[CheckId.PROXY] = replace(
            proxy,
            status=status,
            summary=summary,
            detail=detail,
            findings=(*proxy.findings, finding),
        )

    def _note_ca_problem(self, problem: CaFileProblem) -> None:
        """An unusable server.ca_file is told in the TLS check, whatever its outcome."""
        tls = self.results.get(CheckId.TLS)
        if tls is None:
            return
        note = tr("the extra root certificate file {path} cannot be used: {reason}",
                  path=problem.path, reason=problem.reason)  # fmt: skip
        summary = tr("{summary}; {note}", summary=tls.summary, note=note)
        status = CheckStatus.WARN if tls.status is CheckStatus.OK else tls.status
        detail = {
            **tls.detail,
            "ca_file_problem": note.render("en"),
            "ca_file_error": problem.error,
        }
        self.results[CheckId.TLS] = replace(tls, status=status, summary=summary, detail=detail)

    async def _dns(self, *, proxied: bool) -> list[str]:
        s = self.settings
        if ip_literal(s.host) is not None:
            self.record(
                CheckResult(
                    CheckId.DNS,
                    Layer.NETWORK,
                    CheckStatus.SKIPPED,
                    tr("the server address is an IP address"),
                    0.0,
                )
            )
            return [ip_literal(s.host) or s.host]
        budget = max(0.1, s.timeout_s - 0.2)

        def expiry() -> list[CheckResult]:
            return [self._dns_failure(tr("no answer from the name server"), budget * 1000, proxied)]

        self.in_flight[CheckId.DNS] = expiry
        began = time.monotonic()
        try:
            addresses = await resolve(s.host, s.port, budget)
        except ResolveTimeout:
            self.record(*expiry())
            return []
        except ResolveError as exc:
            ms = (time.monotonic() - began) * 1000
            why = (
                tr("the name {host} does not exist", host=s.host)
                if exc.not_found
                else tr("the name {host} could not be looked up", host=s.host)
            )
            self.record(self._dns_failure(why, ms, proxied, exc.reason))
            return []
        ms = (time.monotonic() - began) * 1000
        detail = {"host": s.host, "addresses": addresses[:8], "ms": round(ms, 1)}
        if ms > DNS_SLOW_MS:
            summary = tr("{host} found, but the lookup took {ms} ms", host=s.host, ms=round(ms))
            status = CheckStatus.WARN
        else:
            summary = tr(
                "{host} is {address} ({ms} ms)", host=s.host, address=addresses[0], ms=round(ms)
            )
            status = CheckStatus.OK
        self.record(CheckResult(CheckId.DNS, Layer.NETWORK, status, summary, ms, detail))
        return addresses

    def _dns_failure(
        self, why: Text, ms: float, proxied: bool, error: str | None = None
    ) -> CheckResult:
        detail = {"host": self.settings.host}
        if error:
            detail["error"] = error
        if proxied:
            # Behind a proxy the proxy looks names up; a local failure is only a hint.
            return CheckResult(
                CheckId.DNS,
                Layer.NETWORK,
                CheckStatus.WARN,
                tr("{why} (the proxy looks the name up instead)", why=why),
                ms,
                detail,
            )
        return CheckResult(
            CheckId.DNS,
            Layer.NETWORK,
            CheckStatus.FAIL,
            why,
            ms,
            detail,
            (Finding(CauseCode.DNS_FAILURE, why),),
        )

    async def _resolve_proxy(self, proxy_url: str) -> str | None:
        """The proxy's address; None (told in the proxy check) when its name has none."""
        url = httpx.URL(proxy_url)
        try:
            addresses = await resolve(
                url.host, url.port or 80, max(0.1, self.settings.timeout_s / 2)
            )
        except ResolveError as exc:
            summary = tr("the proxy's name {host} cannot be looked up", host=url.host)
            self.record(
                CheckResult(
                    CheckId.PROXY,
                    Layer.PROTOCOL,
                    CheckStatus.FAIL,
                    summary,
                    0.0,
                    {"error": exc.reason},
                    (Finding(CauseCode.PROXY_UNREACHABLE, summary),),
                )
            )
            return None
        return ip_literal(url.host) or addresses[0]

    async def _health(self, client: ServerClient, endpoint: Endpoint) -> Answer | None:
        s = self.settings
        phases = Phases()
        keys = (CheckId.PROXY, CheckId.TCP, CheckId.TLS, CheckId.HEALTH)

        def expiry() -> list[CheckResult]:
            return connection.expired(endpoint, phases, s.timeout_s)

        for key in keys:
            self.in_flight[key] = expiry
        # An invoice server is asked for its health; any other service, for its address.
        path = "/health" if s.kind is EndpointKind.INVOICE_SERVER else ""
        try:
            first = await client.get(path, phases=phases, max_bytes=answers.HEALTH_MAX_BYTES)
        except httpx.HTTPError as exc:
            cert = await self._describe_failed_certificate(endpoint, exc)
            self.record(*connection.failure(endpoint, phases, exc, cert, self.now))
            return None
        self.answers.append(first)
        results, _cert = connection.success(endpoint, phases, first, s.warn_days, self.now)
        if client.proxy_signed_in is not None:
            results[0] = connection.signed_in(results[0], client.proxy_signed_in)
        self.record(*results)
        retry = None
        if first.status >= 500 and first.status != 503:
            # One quick retry tells a passing error (degraded) from a broken server.
            await asyncio.sleep(0.3)
            try:
                retry = await client.get(path, phases=Phases(), max_bytes=answers.HEALTH_MAX_BYTES)
                self.answers.append(retry)
            except httpx.HTTPError:
                retry = None
            if retry is not None and retry.status >= 500:
                retry = None
        if s.kind is EndpointKind.INVOICE_SERVER:
            self.record(answers.health(first, s.slow_ms, retry))
        else:
            self.record(answers.reachable(first, s.expect, s.slow_ms, retry))
        return first

    async def _describe_failed_certificate(
        self, endpoint: Endpoint, exc: Exception
    ) -> CertificateInfo | None:
        """Read the certificate that failed verification, to say what is wrong with it."""
        if verification_error(exc) is None or endpoint.address is None:
            return None
        remaining = self.deadline - time.monotonic() - CLEANUP_GRACE_S
        if remaining <= 0:
            return None
        server_name = endpoint.host if ip_literal(endpoint.host) is None else None
        return await fetch_certificate(
            endpoint.address, endpoint.port, server_name, min(2.0, remaining)
        )

    async def _revocation(self, health: Answer, context: ssl.SSLContext) -> None:
        if not health.peer_cert_der:
            return
        if health.peer_cert is not None and not health.peer_cert.get("OCSP"):
            self.record(not_checked(tr("the certificate names no revocation (OCSP) service")))
            return
        s = self.settings
        self.in_flight[CheckId.REVOCATION] = lambda: [
            CheckResult(CheckId.REVOCATION, Layer.PROTOCOL, CheckStatus.WARN,
                        tr("revocation could not be checked in time"), 0.0)
        ]  # fmt: skip
        settings = RevocationSettings(
            ca_file=s.ca_file,
            ssl_context=context,
            proxy_setting=s.proxy_setting,
            proxy_bypass=s.proxy_bypass,
            proxy_password=s.proxy_password,
            state_dir=s.state_dir,
            proxy_user=s.proxy_user,
        )
        self.record(await check_revocation(health.peer_cert_der, settings, self.now))

    async def _auth(self, client: ServerClient) -> None:
        if not self.settings.token:
            self.record(
                CheckResult(
                    CheckId.AUTH,
                    Layer.SERVER,
                    CheckStatus.SKIPPED,
                    tr("no access token configured"),
                    0.0,
                )
            )
            return
        await self._followup(
            CheckId.AUTH,
            Layer.SERVER,
            lambda phases: client.get(
                "/limits",
                phases=phases,
                token=self.settings.token,
                max_bytes=answers.LIST_MAX_BYTES,
            ),
            answers.auth,
        )

    async def _announcements(self, client: ServerClient) -> None:
        await self._followup(
            CheckId.ANNOUNCEMENTS,
            Layer.PLATFORM,
            lambda phases: client.get(
                "/announcements", phases=phases, max_bytes=answers.LIST_MAX_BYTES
            ),
            lambda answer: answers.announcements(answer, self.now),
        )

    async def _followup(
        self,
        key: CheckId,
        layer: Layer,
        request: Callable[[Phases], Awaitable[Answer]],
        interpret: Callable[[Answer], CheckResult],
    ) -> None:
        """A request made once health has answered. Its failure is only a warning: the
        health check has already judged whether the server can be reached."""

        def failed(summary: Text) -> CheckResult:
            return CheckResult(key, layer, CheckStatus.WARN, summary, 0.0)

        self.in_flight[key] = lambda: [failed(tr("no answer in time"))]
        try:
            answer = await request(Phases())
        except httpx.HTTPError as exc:
            reason = (str(exc) or type(exc).__name__)[:200]
            self.record(replace(failed(tr("the request failed")), detail={"error": reason}))
            return
        self.answers.append(answer)
        self.record(interpret(answer))
