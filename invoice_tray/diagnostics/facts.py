"""What a bundle says, gathered part by part into plain data (the content of ``report.json``),
each part in its own ``try`` so one broken part (a damaged history file, a keyring that hangs
up) costs that part only. The readable files are rendered from these facts after they were
redacted, so every file says the same thing.
"""

from __future__ import annotations

import enum
import os
import platform
import statistics
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from invoice_tray import __version__, secrets
from invoice_tray.config import Config
from invoice_tray.config.schema import ALL_SETTINGS
from invoice_tray.engine.causes import find, headline
from invoice_tray.engine.model import CheckId, Light
from invoice_tray.engine.verdict import Report
from invoice_tray.i18n import LANGUAGES, Text, current_language
from invoice_tray.paths import AppPaths

HISTORY_DAYS = 7
FIX_RUNS = 20
PROXY_VARIABLES = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY")
TRUST_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE")
BUCKET_S = 3600  # the chart's resolution: one bar per hour

Facts = dict[str, Any]


class Part(enum.StrEnum):
    """The parts of a bundle, in the order a helpdesk reads them (``report.json``'s keys)."""

    ABOUT = "about"
    VERDICT = "verdict"
    NOTE = "note"
    CHECKS = "checks"
    CERTIFICATES = "certificates"
    HISTORY = "history"
    FIXES = "fixes"
    DRAFTS = "drafts"
    SETTINGS = "settings"
    SECRETS = "secrets"
    ENVIRONMENT = "environment"
    EXTRA = "extra"  # the caller's own parts (the tray adds Qt's)
    RECENT_LOG = "recent_log"


@dataclass(frozen=True)
class Options:
    """What the user chose in the export dialog."""

    note: str = ""  # "what happened", in the user's words
    include_drafts: bool = False  # the drafts' contents, not only how many there are


@dataclass
class Sources:
    """What the bundle is made from. ``report`` is the latest check (None: none finished);
    ``log_lines`` are the in-memory recent lines; ``extra`` adds parts from the caller."""

    paths: AppPaths
    config: Config
    report: Report | None = None
    log_lines: Sequence[str] = ()
    extra: Mapping[str, Callable[[], Iterable[str]]] = field(default_factory=dict)


def both(text: Text | None) -> dict[str, str] | None:
    """A message in each language the app speaks: the helpdesk may read either."""
    return {lang: text.render(lang) for lang in LANGUAGES} if text is not None else None


def gather(sources: Sources, options: Options) -> tuple[Facts, dict[str, str]]:
    """The facts, and for each part that could not be gathered, why (a traceback)."""
    builders: dict[Part, Callable[[], Any]] = {
        Part.ABOUT: lambda: _about(sources),
        Part.VERDICT: lambda: _verdict(sources.report),
        Part.NOTE: lambda: options.note.strip(),
        Part.CHECKS: lambda: _checks(sources.report),
        Part.CERTIFICATES: lambda: _certificates(sources.report),
        Part.HISTORY: lambda: _history(sources.paths),
        Part.FIXES: lambda: _fixes(sources.paths),
        Part.DRAFTS: lambda: _drafts(sources.paths, options.include_drafts),
        Part.SETTINGS: lambda: _settings(sources.config),
        Part.SECRETS: _secrets,
        Part.ENVIRONMENT: _environment,
        Part.EXTRA: lambda: _extra(sources.extra),
        Part.RECENT_LOG: lambda: list(sources.log_lines),
    }
    facts: Facts = {}
    failed: dict[str, str] = {}
    for part, build in builders.items():
        try:
            facts[part] = build()
        except Exception:  # one broken part must not cost the whole bundle
            facts[part] = None
            failed[part] = traceback.format_exc()
    return facts, failed


def _about(sources: Sources) -> dict[str, Any]:
    now = datetime.now().astimezone()
    return {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "made_at": now.isoformat(timespec="seconds"),
        "made_at_utc": now.astimezone(UTC).isoformat(timespec="seconds"),
        "computer": platform.node(),
        "system": platform.platform(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "language": current_language(),
        "config_folder": str(sources.paths.config_dir),
        "data_folder": str(sources.paths.data_dir),
    }


def _verdict(report: Report | None) -> dict[str, Any] | None:
    if report is None:
        return None
    verdict = report.verdict
    cause = verdict.cause
    return {
        "light": verdict.light.label,
        "server": report.server,
        "checked_at": report.checked_at.isoformat(timespec="seconds"),
        "duration_ms": round(report.duration_ms, 1),
        "cause": cause.code if cause else None,
        "title": both(headline(cause)) if cause else None,
        "summary": both(cause.summary) if cause else None,
        "plain": both(cause.plain) if cause else None,
        "next_step": both(verdict.next_step),
        "fix": verdict.fix,
        "also": [{"cause": also.code, "title": both(headline(also))} for also in verdict.also],
        "endpoints": [
            {
                "name": part.name,
                "url": part.report.server,
                "kind": part.kind.value,
                "critical": part.critical,
                "light": part.report.verdict.light.label,
                "cause": part.report.verdict.cause.code if part.report.verdict.cause else None,
                "title": both(part.report.verdict.title),
            }
            for part in report.endpoints
        ],
    }


def _checks(report: Report | None) -> list[dict[str, Any]]:
    if report is None:
        return []
    return [
        {
            "id": check.id,
            "layer": check.layer.value,
            "status": check.status.value,
            "duration_ms": round(check.duration_ms, 1),
            "summary": both(check.summary),
            "detail": dict(check.detail),
        }
        for check in report.checks
    ]


def _certificates(report: Report | None) -> dict[str, Any]:
    """The server's certificate as the TLS check saw it, the signing certificate as the
    client-certificate check read it, and what the revocation check found."""
    found: dict[str, Any] = {"server": None, "signing": None, "revocation": None}
    for check in report.checks if report is not None else ():
        if check.id is CheckId.TLS and isinstance(check.detail.get("certificate"), Mapping):
            found["server"] = {**check.detail["certificate"], "status": check.status.value}
            if "version" in check.detail:
                found["server"]["tls_version"] = check.detail["version"]
        elif check.id is CheckId.CLIENT_CERTIFICATE and "not_after" in check.detail:
            found["signing"] = {**check.detail, "status": check.status.value}
        elif check.id is CheckId.REVOCATION:
            found["revocation"] = {
                "status": check.status.value,
                "summary": both(check.summary),
                "answer": check.detail.get("status"),
            }
    return found


def _history(paths: AppPaths) -> dict[str, Any]:
    """The last days, hour by hour (how many checks had each light, the median answer time),
    and the incidents: enough for a chart, far smaller than every check."""
    from invoice_tray.store.history import HISTORY_FILE, HistoryStore

    until = time.time()
    since = until - HISTORY_DAYS * 86400
    result: dict[str, Any] = {"days": HISTORY_DAYS, "since": since, "until": until}
    path = paths.data_dir / HISTORY_FILE
    if not path.exists():
        return {**result, "checks": 0, "hours": [], "incidents": []}
    store = HistoryStore(path)  # its own connection: this runs off the writer's thread
    try:
        points = store.series(since)
        incidents = store.incidents(since)
    finally:
        store.close()
    hours: dict[int, dict[str, Any]] = {}
    latencies: dict[int, list[float]] = {}
    for point in points:
        hour = int(point.checked_at // BUCKET_S * BUCKET_S)
        bucket = hours.setdefault(hour, {"at": hour, **{light.label: 0 for light in Light}})
        bucket[point.shown.label] += 1
        if point.latency_ms is not None:
            latencies.setdefault(hour, []).append(point.latency_ms)
    for hour, values in latencies.items():
        hours[hour]["latency_ms"] = round(statistics.median(values), 1)
    usable = sum(1 for p in points if p.shown in (Light.GREEN, Light.YELLOW))
    return {
        **result,
        "checks": len(points),
        "usable_share": round(usable / len(points), 4) if points else None,
        "hours": [hours[h] for h in sorted(hours)],
        "incidents": [
            {
                "started_at": incident.started_at,
                "ended_at": incident.ended_at,
                "light": incident.light.label,
                "cause": incident.cause,
                "title": both(cause.title) if (cause := find(incident.cause)) else None,
                "causes": [
                    {"at": step.at, "cause": step.cause, "summary": both(step.summary)}
                    for step in incident.causes
                ],
            }
            for incident in incidents
        ],
    }


def _fixes(paths: AppPaths) -> list[dict[str, Any]]:
    from invoice_tray.fixes.journal import JOURNAL_FILE, Journal

    path = paths.data_dir / JOURNAL_FILE
    if not path.exists():
        return []
    journal = Journal(path)
    try:
        runs = journal.runs(FIX_RUNS)
    finally:
        journal.close()
    out = []
    for run in runs:
        data = run.to_json()
        for step in data["steps"]:
            step["output"] = step["output"].splitlines()[-10:]
        for step, source in zip(data["steps"], run.steps, strict=True):
            step["title"] = both(source.title)
            step["message"] = both(source.message)
        out.append(data)
    return out


def _drafts(paths: AppPaths, contents: bool) -> dict[str, Any]:
    """How many drafts are in each state; what they hold only when the user said so."""
    from invoice_tray.drafts import DRAFTS_FILE
    from invoice_tray.drafts.states import DraftState, label
    from invoice_tray.drafts.store import DraftStore

    path = paths.data_dir / DRAFTS_FILE
    counts = {state.value: 0 for state in DraftState}
    result: dict[str, Any] = {"counts": counts, "in_trash": 0, "contents_included": contents}
    result["labels"] = {state.value: both(label(state)) for state in DraftState}
    if not path.exists():
        return result
    with DraftStore(path) as store:
        stored = store.all()
        trashed = store.all(trash=True)
    for draft in stored:
        counts[draft.state.value] += 1
    result["in_trash"] = len(trashed)
    if contents:
        result["drafts"] = [draft.to_json() for draft in stored]
    return result


def _settings(config: Config) -> dict[str, Any]:
    def source(key: str) -> str:
        if key in config.locked:
            return "policy-locked"
        if key in config.preset:
            return "policy-preset"
        return "file" if key in config.values else "default"

    return {
        "file": str(config.path) if config.path else None,
        "values": [
            {"key": s.key, "value": config[s], "source": source(s.key)} for s in ALL_SETTINGS
        ],
        "problems": [problem.render() for problem in config.problems],
    }


def _secrets() -> dict[str, Any]:
    # Only whether each secret is there: never a value, never its length.
    result: dict[str, Any] = {
        "token_from_environment": bool(os.environ.get(secrets.TOKEN_ENV, "").strip()),
    }
    try:
        import keyring

        result["backend"] = type(keyring.get_keyring()).__module__
        result["stored"] = {
            name: secrets.get_secret(name) is not None for name in secrets.KNOWN_SECRETS
        }
    except secrets.SecretsError as exc:
        result["unavailable"] = both(exc.message)
    return result


def _environment() -> dict[str, str]:
    return {
        variant: os.environ[variant]
        for name in (*PROXY_VARIABLES, *TRUST_VARIABLES)
        for variant in (name, name.lower())
        if variant in os.environ
    }


def _extra(extra: Mapping[str, Callable[[], Iterable[str]]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for title, lines in extra.items():
        try:
            out[title] = list(lines())
        except Exception:  # the caller's part alone is lost
            out[title] = ["(this part could not be gathered)", *traceback.format_exc().splitlines()]
    return out
