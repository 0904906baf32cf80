"""The state as monitoring systems read it: the Prometheus text exposition format (for
``check --format prometheus`` and the textfile collectors of node_exporter and
windows_exporter) and a Nagios/Icinga plugin line (``check --format nagios``, which Zabbix
can run too). Both are made from a report and the light shown, nothing else. No Qt here.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from invoice_tray import __version__
from invoice_tray.engine.model import CheckId, CheckStatus, Light
from invoice_tray.engine.verdict import Report

NAGIOS_STATES = {Light.GREEN: "OK", Light.YELLOW: "WARNING", Light.RED: "CRITICAL",
                 Light.UNKNOWN: "UNKNOWN"}  # fmt: skip
STATUS_VALUES = {CheckStatus.OK: 0, CheckStatus.WARN: 1, CheckStatus.FAIL: 2,
                 CheckStatus.SKIPPED: -1}  # fmt: skip


def _label(value: str) -> str:
    """A label value as the exposition format writes it."""
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(**labels: str) -> str:
    inner = ",".join(f'{name}="{_label(value)}"' for name, value in labels.items())
    return f"{{{inner}}}" if inner else ""


def _number(value: float) -> str:
    return repr(float(value)) if not float(value).is_integer() else str(int(value))


class _Family:
    def __init__(self, name: str, kind: str, help_text: str) -> None:
        self.name = name
        self.lines = [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]

    def add(self, value: float, **labels: str) -> None:
        self.lines.append(f"{self.name}{_labels(**labels)} {_number(value)}")


def prometheus(report: Report, shown: Light | None = None) -> str:
    """The exposition text. ``shown`` is the light the tray shows (confirmed over several
    checks); the report's own light when not given."""
    shown = report.verdict.light if shown is None else shown
    families: list[_Family] = []

    def family(name: str, kind: str, help_text: str) -> _Family:
        found = _Family(name, kind, help_text)
        families.append(found)
        return found

    info = family("invoice_tray_info", "gauge", "The program reporting, always 1.")
    info.add(1, version=__version__)
    light = family(
        "invoice_tray_light",
        "gauge",
        "The light shown: 0 grey (not known), 1 green, 2 yellow, 3 red.",
    )
    light.add(int(shown))
    usable = family(
        "invoice_tray_invoices_possible",
        "gauge",
        "1 when invoices can be issued (green or yellow), else 0.",
    )
    usable.add(1 if shown in (Light.GREEN, Light.YELLOW) else 0)
    cause = family(
        "invoice_tray_cause_info",
        "gauge",
        "The round's cause (empty when none), as a label; always 1.",
    )
    root = report.verdict.cause
    cause.add(1, cause=root.code if root else "", endpoint=(root.endpoint or "") if root else "")
    checked = family(
        "invoice_tray_last_check_timestamp_seconds",
        "gauge",
        "When the last check started (Unix time).",
    )
    checked.add(report.checked_at.timestamp())
    took = family(
        "invoice_tray_round_duration_seconds", "gauge", "How long the last round of checks took."
    )
    took.add(round(report.duration_ms / 1000, 4))

    up = family(
        "invoice_tray_up",
        "gauge",
        "1 when the endpoint can be used (its own light green or yellow), else 0.",
    )
    endpoint_light = family(
        "invoice_tray_endpoint_light",
        "gauge",
        "Each endpoint's own light: 0 grey, 1 green, 2 yellow, 3 red.",
    )
    endpoint_cause = family(
        "invoice_tray_endpoint_cause_info",
        "gauge",
        "Each endpoint's cause (empty when none); always 1.",
    )
    durations = family(
        "invoice_tray_check_duration_seconds",
        "gauge",
        "How long each check took in the last round.",
    )
    statuses = family(
        "invoice_tray_check_status",
        "gauge",
        "Each check's result: 0 ok, 1 warning, 2 failed, -1 skipped.",
    )
    expiry = family(
        "invoice_tray_certificate_expiry_timestamp_seconds",
        "gauge",
        "When a certificate expires (Unix time).",
    )
    for part in report.parts():
        own = part.report.verdict
        labels = {"endpoint": part.name, "url": part.report.server, "kind": part.kind.value}
        up.add(1 if own.light in (Light.GREEN, Light.YELLOW) else 0, **labels)
        endpoint_light.add(int(own.light), endpoint=part.name)
        endpoint_cause.add(1, endpoint=part.name, cause=own.cause.code if own.cause else "")
        for check in part.report.checks:
            if check.id is CheckId.OFFLINE_DRAFTS:
                continue
            durations.add(round(check.duration_ms / 1000, 4), endpoint=part.name, check=check.id)
            statuses.add(STATUS_VALUES[check.status], endpoint=part.name, check=check.id)
            for kind, when in _expiries(check.id, check.detail):
                expiry.add(when, endpoint=part.name, certificate=kind)
    _drafts(report, family)
    return "".join("\n".join(f.lines) + "\n" for f in families)


def _expiries(check: CheckId, detail: dict[str, object]) -> Iterable[tuple[str, float]]:
    certificate = detail.get("certificate") if check is CheckId.TLS else None
    if isinstance(certificate, dict) and certificate.get("not_after"):
        yield "server", datetime.fromisoformat(str(certificate["not_after"])).timestamp()
    if check is CheckId.CLIENT_CERTIFICATE and detail.get("not_after"):
        yield "signing", datetime.fromisoformat(str(detail["not_after"])).timestamp()


def _drafts(report: Report, family: Callable[[str, str, str], _Family]) -> None:
    waiting = family(
        "invoice_tray_drafts_waiting", "gauge", "Offline drafts waiting to be submitted."
    )
    share = family(
        "invoice_tray_offline_limit_ratio",
        "gauge",
        "Share of the offline limit the waiting drafts use (1: all of it).",
    )
    drafts = next((c for c in report.checks if c.id is CheckId.OFFLINE_DRAFTS), None)
    detail = drafts.detail if drafts is not None else {}
    waiting.add(int(str(detail.get("waiting", 0))))
    amount, max_amount = detail.get("amount"), detail.get("max_amount")
    hours, max_hours = detail.get("oldest_hours"), detail.get("max_hours")
    if amount is not None and max_amount and float(str(max_amount)) > 0:
        share.add(round(float(str(amount)) / float(str(max_amount)), 4), limit="amount")
    if hours is not None and max_hours and float(str(max_hours)) > 0:
        share.add(round(float(str(hours)) / float(str(max_hours)), 4), limit="hours")


def write_textfile(path: Path, text: str) -> None:
    """Replace ``path`` at once (a collector never reads half a file): written beside it,
    then renamed over it. Raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        Path(temporary).chmod(0o644)  # the exporter runs as another user
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def nagios(report: Report, summary: str) -> str:
    """One plugin line: state, the summary in words, then performance data after ``|``.
    The exit code is the state's (0 to 3), as ``invoice-tray check`` already returns."""
    light = report.verdict.light
    perf = [f"round={report.duration_ms / 1000:.3f}s;;;0"]
    for part in report.parts():
        name = part.name.replace("'", "")
        health = next((c for c in part.report.checks if c.id is CheckId.HEALTH), None)
        if health is not None and health.duration_ms:
            perf.append(f"'{name} answer'={health.duration_ms / 1000:.3f}s;;;0")
        for check in part.report.checks:
            for kind, when in _expiries(check.id, check.detail):
                days = (when - report.checked_at.timestamp()) / 86400
                perf.append(f"'{name} {kind} certificate days'={days:.1f};;;")
    drafts = next((c for c in report.checks if c.id is CheckId.OFFLINE_DRAFTS), None)
    waiting = drafts.detail.get("waiting", 0) if drafts is not None else 0
    perf.append(f"drafts_waiting={waiting};;;0")
    text = " ".join(summary.replace("|", "/").split())
    return f"INVOICE-TRAY {NAGIOS_STATES[light]} - {text} | {' '.join(perf)}"
