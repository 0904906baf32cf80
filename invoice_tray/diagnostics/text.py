"""The bundle's plain-text files: ``diagnostics.txt`` (everything, for a mail body or a ticket)
and the short summary a chat message carries. Rendered from the redacted facts."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from invoice_tray.diagnostics.facts import Facts, Part
from invoice_tray.engine.model import Light
from invoice_tray.i18n import tr

TITLES: dict[Part, str] = {
    Part.ABOUT: "invoice-tray",
    Part.VERDICT: "Verdict",
    Part.NOTE: "What happened (the user's note)",
    Part.CHECKS: "Checks",
    Part.CERTIFICATES: "Certificates",
    Part.HISTORY: "History (7 days)",
    Part.FIXES: "Fixes run",
    Part.DRAFTS: "Offline drafts",
    Part.SETTINGS: "Configuration",
    Part.SECRETS: "Secrets",
    Part.ENVIRONMENT: "Proxy and trust environment",
    Part.EXTRA: "",  # each of the caller's parts has its own title
    Part.RECENT_LOG: "Recent log",
}


def _when(at: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(at)) if at is not None else "ongoing"


def _en(message: Mapping[str, str] | None) -> str:
    return message.get("en", "") if message else ""


def _lines(part: Part, data: Any) -> Iterable[str]:
    if part is Part.ABOUT:
        yield f"version: {data['version']}{' (bundle)' if data['frozen'] else ''}"
        yield f"made at: {data['made_at']} (UTC {data['made_at_utc']})"
        yield f"computer: {data['computer']}"
        yield f"system: {data['system']} ({data['machine']})"
        yield f"python: {data['python']}"
        yield f"language: {data['language']}"
        yield f"config folder: {data['config_folder']}"
        yield f"data folder: {data['data_folder']}"
    elif part is Part.VERDICT:
        if data is None:
            yield "no check has finished yet"
            return
        yield f"light: {data['light']}"
        yield f"server: {data['server'] or '(not configured)'}"
        yield f"checked at: {data['checked_at']}"
        yield f"took: {data['duration_ms']:.0f} ms"
        if data["cause"]:
            yield f"cause: {data['cause']}: {_en(data['summary'])}"
        for also in data["also"]:
            yield f"also: {also['cause']}: {_en(also['title'])}"
        for endpoint in data.get("endpoints", []):
            critical = "" if endpoint["critical"] else ", not critical"
            yield (
                f"endpoint {endpoint['name']} ({endpoint['kind']}{critical}) {endpoint['url']}: "
                f"{endpoint['light']} {endpoint['cause'] or ''}"
            ).rstrip()
        yield f"next step: {_en(data['next_step'])}"
        if data["fix"]:
            yield f"suggested fix: {data['fix']}"
    elif part is Part.NOTE:
        yield from (data.splitlines() if data else ["(none)"])
    elif part is Part.CHECKS:
        for check in data:
            yield (
                f"[{check['layer']}] {check['id']}: {check['status']} "
                f"({check['duration_ms']:.0f} ms) {_en(check['summary'])}"
            )
            for key, value in sorted(check["detail"].items()):
                yield f"    {key}: {json.dumps(value, ensure_ascii=False)}"
    elif part is Part.CERTIFICATES:
        for kind in ("server", "signing"):
            cert = data[kind]
            if cert is None:
                yield f"{kind}: not seen"
                continue
            yield (
                f"{kind}: {cert.get('subject')} issued by {cert.get('issuer')}, valid "
                f"{cert.get('not_before')} to {cert.get('not_after')} "
                f"({cert.get('days_left')} days left), sha256 {cert.get('sha256')}"
            )
        if data["revocation"]:
            yield f"revocation: {_en(data['revocation']['summary'])}"
    elif part is Part.HISTORY:
        share = data.get("usable_share")
        usable = f", usable: {100 * share:.1f} %" if share is not None else ""
        yield f"checks: {data['checks']}{usable}"
        for incident in data["incidents"]:
            span = f"{_when(incident['started_at'])} to {_when(incident['ended_at'])}"
            yield f"{span}: {incident['light']}"
            for step in incident["causes"]:
                yield f"  {_when(step['at'])} {step['cause']} {_en(step['summary'])}".rstrip()
    elif part is Part.FIXES:
        if not data:
            yield "no fix has been run"
        for run in data:
            change = f"{run['before'] or '?'} -> {run['after'] or '?'}"
            when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(run["started_at"]))
            yield f"#{run['id']} {when} {run['fix']}: {run['status']} ({change})"
            for step in run["steps"]:
                message = f": {_en(step['message'])}" if step["message"] else ""
                yield f"    {step['step']}: {step['status']}{message}"
                yield from (f"      | {line}" for line in step["output"])
    elif part is Part.DRAFTS:
        counts = ", ".join(f"{state}: {n}" for state, n in data["counts"].items())
        yield f"{counts}; in the trash: {data['in_trash']}"
        yield "contents included" if data["contents_included"] else "contents not included"
    elif part is Part.SETTINGS:
        yield f"file: {data['file'] or '(none)'}"
        for item in data["values"]:
            source = "" if item["source"] == "file" else f"  ({item['source']})"
            yield f"{item['key']} = {json.dumps(item['value'], ensure_ascii=False)}{source}"
        yield from (f"problem: {problem}" for problem in data["problems"])
    elif part is Part.SECRETS:
        if data["token_from_environment"]:
            yield "the server token comes from $INVOICE_TRAY_TOKEN"
        if "unavailable" in data:
            yield f"keyring unavailable: {_en(data['unavailable'])}"
        else:
            yield f"keyring backend {data['backend']}"
            for name, stored in data["stored"].items():
                yield f"{'stored' if stored else 'not stored'} in the keyring: {name}"
    elif part is Part.ENVIRONMENT:
        yield from (f"{name}={value}" for name, value in data.items())
    elif part is Part.RECENT_LOG:
        yield from data or ("(no lines in memory: see invoice-tray.log in this bundle)",)


def render_text(facts: Facts, failed: Mapping[str, str]) -> str:
    parts: list[str] = []

    def section(title: str, lines: Iterable[str]) -> None:
        parts.extend((f"== {title} ==", *lines, ""))

    for part in Part:
        if part in failed:
            section(TITLES[part] or part.value, ["(this part could not be gathered)"])
            parts[-1:-1] = failed[part].splitlines()
        elif part is Part.EXTRA:
            for title, lines in (facts[part] or {}).items():
                section(title, lines)
        else:
            section(TITLES[part], _lines(part, facts[part]))
    return "\n".join(parts)


LIGHT_WORDS = {
    Light.GREEN: tr("green light (invoices can be issued)"),
    Light.YELLOW: tr("yellow light (invoices can be issued; attention needed)"),
    Light.RED: tr("red light (invoices cannot be issued now)"),
    Light.UNKNOWN: tr("grey light (not known yet)"),
}


def summary(facts: Facts, language: str, reference: str | None = None) -> str:
    """One short paragraph for a chat message: the light, the cause, the time, the computer,
    the version, and the helpdesk's reference number when there is one."""
    about = facts.get(Part.ABOUT) or {}
    verdict = facts.get(Part.VERDICT)
    light = Light.UNKNOWN
    if verdict:
        light = next((li for li in Light if li.label == verdict["light"]), Light.UNKNOWN)
    made = about.get("made_at")
    when = datetime.fromisoformat(made).strftime("%Y-%m-%d %H:%M") if made else "?"
    parts = [tr("invoice-tray diagnostics: {light}.", light=LIGHT_WORDS[light])]
    if verdict and verdict.get("title"):
        parts.append(tr("Cause: {cause}.", cause=verdict["title"].get(language, "")))
    parts.append(tr("Time: {time}.", time=when))
    parts.append(tr("Computer: {name}.", name=about.get("computer") or "?"))
    parts.append(tr("Version: {version}.", version=about.get("version") or "?"))
    if reference:
        parts.append(tr("Helpdesk reference: {reference}.", reference=reference))
    separator = "" if language == "zh_CN" else " "
    return separator.join(p.render(language) for p in parts)
