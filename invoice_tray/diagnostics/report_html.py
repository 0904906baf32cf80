"""``report.html``: the bundle as a helpdesk person reads it, in one file that opens in any
browser with no network and no scripts: the verdict in plain words in both languages, the
user's note, each layer's checks, the certificates, the last days as an inline SVG chart, the
incidents, the fixes, the drafts and the settings in force. Rendered from the redacted facts;
every value is escaped.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from invoice_tray.cli.render import LAYER_LABELS, STATUS_LABELS
from invoice_tray.diagnostics.facts import Facts, Part
from invoice_tray.engine.model import CheckStatus, Light
from invoice_tray.i18n import Text, tr

COLOURS = {"green": "#1e9e4a", "yellow": "#f2b705", "red": "#d7263d", "unknown": "#8a8f98"}
# The light's shape as well as its colour, as on the tray icon.
SHAPES = {"green": "●", "yellow": "▲", "red": "■", "unknown": "◆"}
LIGHT_TITLES: dict[str, Text] = {
    "green": tr("Invoices can be issued"),
    "yellow": tr("Invoices can be issued; attention needed"),
    "red": tr("Invoices cannot be issued now"),
    "unknown": tr("Not known yet"),
}
SOURCES: dict[str, Text] = {
    "default": tr("default"),
    "file": tr("settings file"),
    "policy-preset": tr("preset by the administrator"),
    "policy-locked": tr("locked by the administrator"),
}
STYLE = """
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:0;
background:#f4f5f7;color:#1d1f23;font-size:14px;line-height:1.5}
main{max-width:960px;margin:0 auto;padding:16px 24px 48px}
h1{font-size:20px;margin:8px 0}h2{font-size:16px;margin:28px 0 8px;border-bottom:1px solid #ccd}
.en{color:#5b6270;font-weight:normal;font-size:90%}
.verdict{background:#fff;border-left:10px solid var(--c);padding:12px 16px;border-radius:4px}
.verdict .light{font-size:22px;font-weight:bold;color:var(--c)}
.note{white-space:pre-wrap;background:#fff;padding:8px 12px;border:1px solid #dde}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #dde;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eceef3;font-weight:600}td.num{text-align:right;white-space:nowrap}
.ok{color:#1e7e3e}.warn{color:#9a6b00}.fail{color:#c0142b;font-weight:bold}.skipped{color:#777}
details pre{white-space:pre-wrap;word-break:break-all;font-size:12px;margin:4px 0}
.meta{color:#5b6270}.missing{color:#c0142b}
svg text{font-size:11px;fill:#5b6270}
"""


def _both(message: Mapping[str, str] | None) -> str:
    """Chinese first, then English (when it says something else)."""
    if not message:
        return ""
    zh, en = message.get("zh_CN", ""), message.get("en", "")
    if not en or en == zh:
        return escape(zh or en)
    return f'{escape(zh)}<br><span class="en">{escape(en)}</span>'


def _label(text: Text) -> str:
    return _both({"zh_CN": text.render("zh_CN"), "en": text.render("en")})


def _inline(text: Text) -> str:
    """A short label in both languages on one line."""
    zh, en = escape(text.render("zh_CN")), escape(text.render("en"))
    return f'<b>{zh}</b> <span class="en">{en}</span>'


def _stamp(iso: str | None) -> str:
    """An ISO time as people read it: 2026-12-01 18:37:35."""
    return escape((iso or "").replace("T", " ")[:19])


def _heading(text: Text) -> str:
    zh, en = escape(text.render("zh_CN")), escape(text.render("en"))
    return f'<h2>{zh} <span class="en">{en}</span></h2>'


def _when(at: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(at)) if at is not None else ""


def _table(headers: Iterable[Text], rows: Iterable[Iterable[str]]) -> str:
    head = "".join(f"<th>{_label(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _verdict(facts: Facts) -> str:
    verdict = facts.get(Part.VERDICT)
    if not verdict:
        none = _label(tr("No check has finished yet."))
        return f'<div class="verdict" style="--c:{COLOURS["unknown"]}">{none}</div>'
    light = verdict["light"]
    parts = [
        f'<div class="light">{SHAPES[light]} {_label(LIGHT_TITLES[light])}</div>',
    ]
    if verdict["title"]:
        parts.append(f"<p><b>{_both(verdict['title'])}</b></p>")
    if verdict["plain"]:
        parts.append(f"<p>{_both(verdict['plain'])}</p>")
    parts.append(f"<p>{_inline(tr('Next step'))}<br>{_both(verdict['next_step'])}</p>")
    if verdict["also"]:
        also = "; ".join(_both(a["title"]) for a in verdict["also"])
        parts.append(f"<p>{_inline(tr('Also found'))}<br>{also}</p>")
    parts_rows = [
        (
            f'<span style="color:{COLOURS[p["light"]]}">{SHAPES[p["light"]]}</span> '
            + escape(p["name"]),
            escape(p["url"]),
            _both(p["title"]),
        )
        for p in verdict.get("endpoints", [])
    ]
    if parts_rows:
        parts.append(_table((tr("Service"), tr("Address"), tr("State")), parts_rows))
    server = escape(verdict["server"] or "")
    parts.append(
        f'<p class="meta">{server} · {_stamp(verdict["checked_at"])} · '
        f"{verdict['duration_ms']:.0f} ms · {escape(verdict['cause'] or '')}</p>"
    )
    return f'<div class="verdict" style="--c:{COLOURS[light]}">{"".join(parts)}</div>'


def _status(status: str) -> str:
    try:
        return _label(STATUS_LABELS[CheckStatus(status)])
    except ValueError:
        return escape(status)


def _checks(checks: list[dict[str, Any]]) -> str:
    rows = []
    for check in checks:
        layer = LAYER_LABELS.get(check["layer"])
        detail = ""
        if check["detail"]:
            lines = "\n".join(f"{k}: {v}" for k, v in sorted(check["detail"].items()))
            detail = f"<details><summary>…</summary><pre>{escape(lines)}</pre></details>"
        rows.append(
            (
                _label(layer) if layer else escape(check["layer"]),
                escape(check["id"]),
                f'<span class="{escape(check["status"])}">{_status(check["status"])}</span>',
                f"{check['duration_ms']:.0f} ms",
                _both(check["summary"]) + detail,
            )
        )
    headers = (tr("Layer"), tr("Check"), tr("Result"), tr("Time"), tr("What was found"))
    return _table(headers, rows)


def _certificates(certs: dict[str, Any]) -> str:
    rows = []
    for kind, title in (
        ("server", tr("Server certificate")),
        ("signing", tr("Signing certificate")),
    ):
        cert = certs.get(kind)
        if cert is None:
            rows.append((_label(title), _label(tr("not seen")), "", "", ""))
            continue
        names = ", ".join(cert.get("names") or [])
        rows.append(
            (
                _label(title),
                escape(f"{cert.get('subject')} ({names})" if names else str(cert.get("subject"))),
                escape(str(cert.get("issuer"))),
                escape(f"{cert.get('not_before', '')[:10]} – {cert.get('not_after', '')[:10]}"),
                f'<span class="num">{escape(str(cert.get("days_left")))}</span>',
            )
        )
    headers = (tr("Certificate"), tr("Issued to"), tr("Issued by"), tr("Valid"), tr("Days left"))
    table = _table(headers, rows)
    revocation = certs.get("revocation")
    if revocation:
        table += f"<p>{_inline(tr('Revocation'))}<br>{_both(revocation['summary'])}</p>"
    return table


def chart_svg(history: dict[str, Any], width: int = 900, height: int = 150) -> str:
    """One bar per hour over the last days, coloured by the share of each light, and the
    median answer time as a line: inline SVG, no script."""
    since, until = float(history["since"]), float(history["until"])
    span = max(1.0, until - since)
    left, top, plot_w, plot_h = 40, 8, width - 48, height - 36
    shapes = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img">',
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" '
        'fill="#fff" stroke="#ccd"/>',
    ]
    bar_w = max(1.0, plot_w * 3600 / span)
    latencies = [h["latency_ms"] for h in history["hours"] if h.get("latency_ms") is not None]
    peak = max(latencies, default=0.0) or 1.0
    line = []
    for hour in history["hours"]:
        x = left + (hour["at"] - since) / span * plot_w
        total = sum(hour.get(light.label, 0) for light in Light) or 1
        y = top + plot_h
        for light in (Light.GREEN, Light.YELLOW, Light.RED, Light.UNKNOWN):
            share = hour.get(light.label, 0) / total
            if share:
                h = share * plot_h * 0.6  # the top part is left to the answer-time line
                y -= h
                shapes.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                    f'fill="{COLOURS[light.label]}"/>'
                )
        if hour.get("latency_ms") is not None:
            ly = top + plot_h * (1 - hour["latency_ms"] / peak)
            line.append(f"{x + bar_w / 2:.1f},{ly:.1f}")
    if len(line) > 1:
        shapes.append(
            f'<polyline points="{" ".join(line)}" fill="none" stroke="#2b59c3" stroke-width="1.2"/>'
        )
    shapes.append(f'<text x="2" y="{top + 10}">{peak:.0f} ms</text>')
    for day in range(int(history["days"]) + 1):
        at = since + day * 86400
        x = left + (at - since) / span * plot_w
        shapes.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" stroke="#e3e5ea"/>'
        )
        label = time.strftime("%m-%d", time.localtime(at))
        shapes.append(f'<text x="{x - 14:.1f}" y="{height - 8}">{label}</text>')
    shapes.append("</svg>")
    return "".join(shapes)


def _history(history: dict[str, Any]) -> str:
    out = [chart_svg(history)]
    share = history.get("usable_share")
    usable = f"{100 * share:.1f} %" if share is not None else "–"
    out.append(
        f'<p class="meta">{_label(tr("Checks"))}: {history["checks"]} · '
        f"{_label(tr('Invoices could be issued'))}: {usable}</p>"
    )
    rows = [
        (
            escape(_when(i["started_at"])),
            escape(_when(i["ended_at"])) or _label(tr("still going on")),
            f'<span style="color:{COLOURS[i["light"]]}">{SHAPES[i["light"]]}</span> '
            + (_both(i["title"]) if i["title"] else escape(i["cause"] or "")),
        )
        for i in history["incidents"]
    ]
    if rows:
        out.append(_table((tr("From"), tr("To"), tr("Cause")), rows))
    return "".join(out)


def _fixes(runs: list[dict[str, Any]]) -> str:
    if not runs:
        return f"<p>{_label(tr('No fix has been run.'))}</p>"
    rows = []
    for run in runs:
        steps = "<br>".join(
            f"{_both(s['title'])}: {escape(s['status'])}"
            + (f" – {_both(s['message'])}" if s["message"] else "")
            for s in run["steps"]
        )
        rows.append(
            (
                escape(_when(run["started_at"])),
                escape(run["fix"]),
                escape(str(run["status"])),
                escape(f"{run['before'] or '?'} → {run['after'] or '?'}"),
                steps,
            )
        )
    headers = (tr("When"), tr("Fix"), tr("Result"), tr("Light before and after"), tr("Steps"))
    return _table(headers, rows)


def _drafts(drafts: dict[str, Any]) -> str:
    rows = [
        (_both(drafts["labels"].get(state)), f'<span class="num">{count}</span>')
        for state, count in drafts["counts"].items()
    ]
    rows.append((_label(tr("in the trash")), f'<span class="num">{drafts["in_trash"]}</span>'))
    out = _table((tr("State"), tr("Drafts")), rows)
    if not drafts["contents_included"]:
        return out + f'<p class="meta">{_label(tr("The drafts themselves were not included."))}</p>'
    content_rows = [
        (
            str(d["id"]),
            escape(str(d["state"])),
            escape(d["draft"]["buyer"]["name"]),
            f'<span class="num">{escape(d["total"])}</span>',
            escape(d.get("server_number") or ""),
        )
        for d in drafts.get("drafts", [])
    ]
    headers = (tr("Draft"), tr("State"), tr("Buyer"), tr("Total"), tr("Invoice number"))
    return out + _table(headers, content_rows)


def _settings(settings: dict[str, Any]) -> str:
    rows = [
        (
            escape(item["key"]),
            escape(str(item["value"])),
            _label(SOURCES.get(item["source"], tr("default"))),
        )
        for item in settings["values"]
    ]
    out = _table((tr("Setting"), tr("Value"), tr("Comes from")), rows)
    problems = "".join(f"<li>{escape(p)}</li>" for p in settings["problems"])
    if problems:
        out += f"<ul>{problems}</ul>"
    return out


def _lines(lines: Iterable[str]) -> str:
    return f"<pre>{escape(chr(10).join(lines))}</pre>"


def _technical(facts: Facts) -> str:
    """What only a technician reads, folded away."""
    blocks = []
    secrets = facts.get(Part.SECRETS)
    if secrets:
        stored = secrets.get("stored", {})
        text = [f"{name}: {'stored' if held else 'not stored'}" for name, held in stored.items()]
        blocks.append(("Secrets", text))
    environment = facts.get(Part.ENVIRONMENT)
    if environment:
        blocks.append(("Environment", [f"{k}={v}" for k, v in environment.items()]))
    for title, lines in (facts.get(Part.EXTRA) or {}).items():
        blocks.append((title, lines))
    log = facts.get(Part.RECENT_LOG) or []
    blocks.append(("Recent log (last 200 lines)", log[-200:]))
    return "".join(
        f"<details><summary>{escape(title)}</summary>{_lines(lines)}</details>"
        for title, lines in blocks
    )


def render_html(facts: Facts, failed: Mapping[str, str]) -> str:
    about = facts.get(Part.ABOUT) or {}
    body = [
        f"<h1>{_label(tr('invoice-tray diagnostics'))}</h1>",
        '<p class="meta">'
        + " · ".join(
            (
                _stamp(about.get("made_at")),
                *(escape(str(about.get(k, ""))) for k in ("computer", "system")),
            )
        )
        + f" · invoice-tray {escape(str(about.get('version', '')))}</p>",
        _verdict(facts),
    ]
    sections: list[tuple[Part, Text, Any]] = [
        (Part.NOTE, tr("What happened (the user's note)"), None),
        (Part.CHECKS, tr("Checks, layer by layer"), _checks),
        (Part.CERTIFICATES, tr("Certificates"), _certificates),
        (Part.HISTORY, tr("The last 7 days"), _history),
        (Part.FIXES, tr("Fixes run"), _fixes),
        (Part.DRAFTS, tr("Offline drafts"), _drafts),
        (Part.SETTINGS, tr("Settings in force"), _settings),
    ]
    for part, title, render in sections:
        body.append(_heading(title))
        if part in failed:
            body.append(f'<p class="missing">{_label(tr("This part could not be gathered."))}</p>')
        elif part is Part.NOTE:
            note = facts.get(Part.NOTE) or ""
            body.append(f'<div class="note">{escape(note)}</div>' if note else _label(tr("(none)")))
        else:
            body.append(render(facts[part]))
    body.append(_heading(tr("For technicians")))
    body.append(_technical(facts))
    if failed:
        missing = ", ".join(sorted(failed))
        body.append(f'<p class="missing">{escape(missing)}</p>')
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width">'
        f"<title>{escape(tr('invoice-tray diagnostics').render('zh_CN'))}</title>"
        f"<style>{STYLE}</style></head><body><main>{''.join(body)}</main></body></html>\n"
    )
