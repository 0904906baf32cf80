"""What a check run produces: per-check results, findings, and the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any

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


@dataclass(frozen=True)
class Finding:
    """One problem found by a check, named by a stable cause code."""

    code: str
    summary: Text  # what the check found, for the details view and the diagnostics
    light: Light | None = None  # None: the cause's usual light
    fix: str | None = None  # overrides the cause's usual fix when the context says better
    # A fact for people that the cause's headline does not say ("until 14:30", "4 minutes
    # behind"): told in notices next to the headline and the next step. No hosts, ports,
    # status codes or library messages.
    plain: Text | None = None


JsonDetail = dict[str, Any]


@dataclass(frozen=True)
class CheckResult:
    id: str
    layer: Layer
    status: CheckStatus
    summary: Text
    duration_ms: float
    detail: JsonDetail = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
