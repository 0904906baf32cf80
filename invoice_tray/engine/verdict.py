"""From the findings of all checks to one verdict: light, root cause and what to do."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from invoice_tray.engine.causes import CAUSES, RANK
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
        return CAUSES[self.cause.code].title if self.cause else tr("Invoices can be issued")


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
class Report:
    server: str
    checked_at: datetime
    duration_ms: float
    checks: tuple[CheckResult, ...]
    verdict: Verdict

    @classmethod
    def build(
        cls, server: str, checked_at: datetime, duration_ms: float, checks: Iterable[CheckResult]
    ) -> Report:
        checks = tuple(checks)
        verdict = decide(f for check in checks for f in check.findings)
        return cls(server, checked_at, duration_ms, checks, verdict)

    def to_json(self) -> dict[str, Any]:
        cause = self.verdict.cause
        return {
            "status": self.verdict.light.label,
            "cause": {"code": cause.code, "summary": str(cause.summary)} if cause else None,
            "fix": self.verdict.fix,
            "next_step": str(self.verdict.next_step),
            "server": self.server,
            "checked_at": self.checked_at.isoformat(timespec="seconds"),
            "duration_ms": round(self.duration_ms, 1),
            "findings": [
                {"code": f.code, "status": light_of(f).label, "summary": str(f.summary)}
                for f in ((cause, *self.verdict.also) if cause else ())
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
