"""Plain-text rendering of a report for the terminal (and for monitoring plugins' output)."""

from __future__ import annotations

import unicodedata

from invoice_tray.engine.kinds import EndpointKind
from invoice_tray.engine.model import CheckStatus, Light
from invoice_tray.engine.verdict import Report
from invoice_tray.i18n import Text, tr

LIGHT_LABELS: dict[Light, Text] = {
    Light.GREEN: tr("GREEN: invoices can be issued"),
    Light.YELLOW: tr("YELLOW: works, but needs attention"),
    Light.RED: tr("RED: invoices cannot be issued now"),
    Light.UNKNOWN: tr("UNKNOWN: the state could not be determined"),
}
# The light of a service that is not the invoice server: it is reached or not, no invoices.
SERVICE_LIGHT_LABELS: dict[Light, Text] = {
    Light.GREEN: tr("GREEN: can be reached"),
    Light.YELLOW: tr("YELLOW: can be reached, but needs attention"),
    Light.RED: tr("RED: cannot be reached now"),
    Light.UNKNOWN: tr("UNKNOWN: the state could not be determined"),
}
STATUS_LABELS: dict[CheckStatus, Text] = {
    CheckStatus.OK: tr("ok"),
    CheckStatus.WARN: tr("warn"),
    CheckStatus.FAIL: tr("FAIL"),
    CheckStatus.SKIPPED: tr("skip"),
}
LAYER_LABELS: dict[str, Text] = {
    "pc": tr("this PC"),
    "network": tr("network"),
    "protocol": tr("protocol"),
    "server": tr("server"),
    "platform": tr("platform"),
}


def width(text: str) -> int:
    """Terminal columns: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def labelled(label: object, text: object) -> str:
    # The colon differs by language (full-width in Chinese).
    return str(tr("{label}: {text}", label=str(label), text=str(text)))


def render_report(report: Report) -> str:
    """The verdict and each check; for a round of several endpoints, the round's verdict
    first, then each endpoint as a report of its own."""
    if not report.endpoints:
        return "\n".join([*_verdict_lines(report, f"invoice-tray · {report.server}"),
                          *_check_lines(report), _checked_at(report)])  # fmt: skip
    lines = _verdict_lines(report, "invoice-tray")
    for part in report.endpoints:
        title = f"{part.name} · {part.report.server}"
        if not part.critical:
            title = str(tr("{title} (not critical: yellow at worst)", title=title))
        labels = SERVICE_LIGHT_LABELS if part.kind is EndpointKind.HTTPS else LIGHT_LABELS
        lines.extend(("", f"== {title} ==", *_verdict_lines(part.report, None, labels)))
        lines.extend(_check_lines(part.report))
    lines.append(_checked_at(report))
    return "\n".join(lines)


def _verdict_lines(
    report: Report, heading: str | None, labels: dict[Light, Text] = LIGHT_LABELS
) -> list[str]:
    verdict = report.verdict
    lines = [heading] if heading else []
    lines.append(f"{labels[verdict.light]}")
    if verdict.cause is not None:
        lines.append(f"  {labelled(verdict.title, verdict.cause.summary)}")
        lines.append(f"  {labelled(tr('What to do'), verdict.next_step)}")
        if verdict.fix:
            lines.append(f"  {labelled(tr('Guided fix'), verdict.fix)}")
        for other in verdict.also:
            lines.append(f"  {labelled(tr('Also'), f'{other.summary} [{other.code}]')}")
    return lines


def _check_lines(report: Report) -> list[str]:
    lines = [""]
    rows = [
        (
            str(LAYER_LABELS[check.layer.value]),
            check.id,
            str(STATUS_LABELS[check.status]),
            f"{check.duration_ms:.0f} ms" if check.duration_ms >= 0.5 else "",
            str(check.summary),
        )
        for check in report.checks
    ]
    widths = [max(width(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        cells = [pad(row[i], widths[i]) for i in range(4)]
        lines.append("  ".join([*cells, row[4]]).rstrip())
    lines.append("")
    return lines


def _checked_at(report: Report) -> str:
    when = report.checked_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return str(tr("checked at {time} in {ms} ms", time=when, ms=round(report.duration_ms)))
