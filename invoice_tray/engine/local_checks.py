"""Checks that look only at this PC: the client certificate and network connectivity."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import Any

from invoice_tray.engine.certs import describe, load_certificate_file
from invoice_tray.engine.connectivity import RouteProbe
from invoice_tray.engine.errors import CertificateFileError
from invoice_tray.engine.model import CauseCode, CheckId, CheckResult, CheckStatus, Finding, Layer
from invoice_tray.i18n import Text, tr


def client_certificate(
    path: Path | None, password: str | None, warn_days: int, now: datetime
) -> CheckResult:
    began = time.monotonic()

    def result(
        status: CheckStatus,
        summary: Text,
        detail: dict[str, Any],
        code: CauseCode | None = None,
        plain: Text | None = None,
    ) -> CheckResult:
        findings = (Finding(code, summary, plain=plain),) if code else ()
        elapsed = (time.monotonic() - began) * 1000
        return CheckResult(CheckId.CLIENT_CERTIFICATE, Layer.PC, status, summary, elapsed, detail,
                           findings)  # fmt: skip

    if path is None:
        return result(CheckStatus.SKIPPED, tr("no signing certificate set up"), {})
    try:
        cert = describe(load_certificate_file(path, password))
    except CertificateFileError as exc:
        summary = tr("cannot read {path}: {reason}", path=path.name, reason=exc.message)
        return result(
            CheckStatus.FAIL,
            summary,
            {"path": str(path)},
            CauseCode.CLIENT_CERT_UNREADABLE,
            exc.message,
        )
    detail = {"path": str(path), **cert.to_json(now)}
    days = cert.days_left(now)
    if days < 0:
        end = cert.not_after.date()
        summary = tr("{subject} expired on {date}", subject=cert.subject, date=end)
        plain = tr("it expired on {date}", date=end)
        return result(CheckStatus.FAIL, summary, detail, CauseCode.CLIENT_CERT_EXPIRED, plain)
    if now < cert.not_before:
        start = cert.not_before.date()
        summary = tr("{subject} is valid only from {date}", subject=cert.subject, date=start)
        plain = tr("it is valid only from {date}", date=start)
        return result(CheckStatus.FAIL, summary, detail, CauseCode.CLIENT_CERT_EXPIRED, plain)
    if days <= warn_days:
        end = cert.not_after.date()
        summary = tr("{subject} expires in {days} days ({date})", subject=cert.subject,
                     days=int(days), date=end)  # fmt: skip
        plain = tr("it expires in {days} days, on {date}", days=int(days), date=end)
        return result(CheckStatus.WARN, summary, detail, CauseCode.CLIENT_CERT_EXPIRING, plain)
    summary = tr("{subject} valid until {date}", subject=cert.subject,
                 date=cert.not_after.date())  # fmt: skip
    return result(CheckStatus.OK, summary, detail)


def connectivity(probe: RouteProbe, server_is_local: bool, duration_ms: float) -> CheckResult:
    detail = {"local_address": probe.local_address, "error": probe.error}
    if probe.online:
        return CheckResult(
            CheckId.CONNECTIVITY,
            Layer.NETWORK,
            CheckStatus.OK,
            tr("this computer is connected to a network"),
            duration_ms,
            detail,
        )
    if server_is_local:
        return CheckResult(
            CheckId.CONNECTIVITY,
            Layer.NETWORK,
            CheckStatus.WARN,
            tr("no network route, but the server is on this computer"),
            duration_ms,
            detail,
        )
    summary = tr("this computer has no network connection")
    return CheckResult(
        CheckId.CONNECTIVITY,
        Layer.NETWORK,
        CheckStatus.FAIL,
        summary,
        duration_ms,
        detail,
        (Finding(CauseCode.NO_NETWORK, summary),),
    )
