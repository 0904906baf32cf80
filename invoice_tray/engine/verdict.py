"""From the findings of all checks to one verdict: light, root cause and what to do."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from invoice_tray.engine.causes import CAUSES, RANK, headline
from invoice_tray.engine.kinds import EndpointKind
from invoice_tray.engine.model import CheckResult, Finding, FixId, Light
from invoice_tray.i18n import Text, tr


def light_of(finding: Finding) -> Light:
    return finding.light if finding.light is not None else CAUSES[finding.code].light


@dataclass(frozen=True)
class Verdict:
    light: Light
    cause: Finding | None
    fix: FixId | None
    next_step: Text
    also: tuple[Finding, ...] = ()

    @property
    def title(self) -> Text:
        return headline(self.cause) if self.cause else tr("Invoices can be issued")

    def findings(self) -> tuple[Finding, ...]:
        return (self.cause, *self.also) if self.cause else ()


def decide(findings: Iterable[Finding]) -> Verdict:
    """The worst light wins; among equally bad findings, the root one (lowest rank)."""
    ordered = sorted(findings, key=lambda f: (-light_of(f), RANK[f.code]))
    if not ordered:
        return Verdict(Light.GREEN, None, None, tr("All checks passed."))
    root = ordered[0]
    cause = CAUSES[root.code]
    fix = root.fix if root.fix is not None else cause.fix
    return Verdict(light_of(root), root, fix, cause.next_step, tuple(ordered[1:]))


@dataclass(frozen=True)
class EndpointReport:
    """One endpoint of a round that checks several."""

    name: str
    kind: EndpointKind
    critical: bool
    report: Report


@dataclass(frozen=True)
class Report:
    server: str
    checked_at: datetime
    duration_ms: float
    checks: tuple[CheckResult, ...]  # the first endpoint's (the invoice server's)
    verdict: Verdict  # of the whole round
    endpoints: tuple[EndpointReport, ...] = ()  # empty: one endpoint, this report

    @classmethod
    def build(
        cls, server: str, checked_at: datetime, duration_ms: float, checks: Iterable[CheckResult]
    ) -> Report:
        checks = tuple(checks)
        verdict = decide(f for check in checks for f in check.findings)
        return cls(server, checked_at, duration_ms, checks, verdict)

    @classmethod
    def combine(cls, parts: tuple[EndpointReport, ...], duration_ms: float) -> Report:
        """The round's report: the light of the worst critical endpoint (one that is not
        critical makes it yellow at worst), each finding naming its endpoint."""
        findings = []
        for part in parts:
            for finding in part.report.verdict.findings():
                light = light_of(finding)
                if not part.critical and light is Light.RED:
                    light = Light.YELLOW
                findings.append(
                    replace(finding, light=light, endpoint=part.name, endpoint_kind=part.kind)
                )
        first = parts[0].report
        return cls(
            first.server, first.checked_at, duration_ms, first.checks, decide(findings), parts
        )

    def with_check(self, extra: CheckResult) -> Report:
        """This report with one more check of the first endpoint's (the waiting drafts)."""
        if not self.endpoints:
            checks = [*self.checks, extra]
            return Report.build(self.server, self.checked_at, self.duration_ms, checks)
        first = self.endpoints[0]
        parts = (replace(first, report=first.report.with_check(extra)), *self.endpoints[1:])
        return Report.combine(parts, self.duration_ms)

    def parts(self) -> tuple[EndpointReport, ...]:
        """Each endpoint of the round; one, named after its address, for a plain report."""
        if self.endpoints:
            return self.endpoints
        return (EndpointReport(self.server, EndpointKind.INVOICE_SERVER, True, self),)

    def to_json(self) -> dict[str, Any]:
        data = self._json()
        data["endpoints"] = [
            {
                "name": part.name,
                "kind": part.kind.value,
                "critical": part.critical,
                **part.report._json(),
            }
            for part in self.parts()
        ]
        return data

    def _json(self) -> dict[str, Any]:
        cause = self.verdict.cause
        return {
            "status": self.verdict.light.label,
            "cause": _cause_json(cause) if cause else None,
            "fix": self.verdict.fix,
            "next_step": str(self.verdict.next_step),
            "server": self.server,
            "checked_at": self.checked_at.isoformat(timespec="seconds"),
            "duration_ms": round(self.duration_ms, 1),
            "findings": [
                {**_cause_json(f), "status": light_of(f).label} for f in self.verdict.findings()
            ],
            "checks": [
                {
                    "id": check.id,
                    "layer": check.layer.value,
                    "status": check.status.value,
                    "summary": str(check.summary),
                    "duration_ms": round(check.duration_ms, 1),
                    "detail": check.detail,
                }
                for check in self.checks
            ],
        }


def _cause_json(finding: Finding) -> dict[str, Any]:
    data: dict[str, Any] = {"code": finding.code, "summary": str(finding.summary)}
    if finding.endpoint:
        data["endpoint"] = finding.endpoint
    return data
