"""The diagnostics bundle for the helpdesk: one zip file, made in one click.

It is built section by section, each in its own ``try``, so one broken part (a damaged
history file, a keyring that hangs up) costs that section only. Everything is redacted
before it is written: the values of the stored secrets wherever they appear, bearer tokens,
passwords in addresses, and the user's home folder (it names the person).
"""

from __future__ import annotations

import json
import math
import os
import platform
import re
import sys
import time
import traceback
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from invoice_tray import __version__, secrets
from invoice_tray.config import Config
from invoice_tray.config.schema import ALL_SETTINGS
from invoice_tray.engine.verdict import Report
from invoice_tray.i18n import current_language
from invoice_tray.logs import LOG_FILE, redact
from invoice_tray.paths import AppPaths
from invoice_tray.store.history import HISTORY_FILE

LOG_TAIL_LINES = 3000
HISTORY_DAYS = 7
FIX_RUNS = 20
PROXY_VARIABLES = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY")
TRUST_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE")


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[str, ...]


@dataclass
class Sources:
    """What the bundle is made from. ``report`` is the latest check (None: none finished);
    ``log_lines`` are the in-memory recent lines; ``extra`` adds sections from the caller
    (the UI adds Qt's)."""

    paths: AppPaths
    config: Config
    report: Report | None = None
    log_lines: Sequence[str] = ()
    extra: Mapping[str, Callable[[], Iterable[str]]] = field(default_factory=dict)


_UNWRITABLE = re.compile("[\ud800-\udfff]")  # lone surrogates: UTF-8 cannot hold them


class Redactor:
    """Each known secret becomes a stable placeholder (``[secret-1]``: the same value gives
    the same placeholder everywhere, so the helpdesk can still see that two places match);
    the mapping never leaves this object."""

    def __init__(self, secret_values: Iterable[str], home: str | None) -> None:
        placeholders: dict[str, str] = {}
        for index, value in enumerate(dict.fromkeys(v for v in secret_values if len(v) >= 4)):
            placeholder = f"[secret-{index + 1}]"
            placeholders[value] = placeholder
            placeholders[json.dumps(value, ensure_ascii=False)[1:-1]] = placeholder
        # Longest first, so a secret containing another is masked whole.
        self.values = sorted(placeholders.items(), key=lambda item: len(item[0]), reverse=True)
        homes = {home, json.dumps(home)[1:-1]} if home and len(home) > 1 else set()
        self.homes = sorted(homes, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for value, placeholder in self.values:
            text = text.replace(value, placeholder)
        text = redact(text)
        for home in self.homes:
            text = text.replace(home, "~")
        return text


def writable(text: str) -> str:
    """Text a file can hold: what is not text (half of an emoji, from a server or a log) is
    shown as � rather than stopping the export."""
    return _UNWRITABLE.sub("\ufffd", text)


def json_safe(value: object, clean: Callable[[str], str]) -> Any:
    """``value`` as JSON can hold it: text redacted and writable, keys as text, numbers that
    JSON has no word for (NaN, infinity) as null, anything else by its text."""
    if isinstance(value, str):
        return writable(clean(value))
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {json_safe(str(k), clean): json_safe(v, clean) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_safe(item, clean) for item in value]
    return json_safe(str(value), clean)


def known_secret_values() -> list[str]:
    values = []
    from_env = os.environ.get(secrets.TOKEN_ENV, "").strip()
    if from_env:
        values.append(from_env)
    for name in secrets.KNOWN_SECRETS:
        try:
            value = secrets.get_secret(name)
        except secrets.SecretsError:
            continue
        if value:
            values.append(value)
    return values


def build_sections(sources: Sources) -> list[Section]:
    builders: list[tuple[str, Callable[[Sources], Iterable[str]]]] = [
        ("invoice-tray", _about),
        ("Verdict", _verdict),
        ("Checks", _checks),
        ("Configuration", _configuration),
        ("Secrets", _secrets),
        ("Proxy and trust environment", _environment),
        (f"History ({HISTORY_DAYS} days)", _history),
        ("Fixes run", _fixes),
    ]
    for title, extra in sources.extra.items():
        builders.append((title, _from_caller(extra)))
    builders.append(("Recent log", _recent_log))
    sections = []
    for title, build in builders:
        try:
            lines = tuple(build(sources))
        except Exception:  # one broken part must not cost the whole bundle
            lines = ("(this section could not be gathered)", *traceback.format_exc().splitlines())
        sections.append(Section(title, lines))
    return sections


def _from_caller(extra: Callable[[], Iterable[str]]) -> Callable[[Sources], Iterable[str]]:
    return lambda _sources: extra()


def _about(sources: Sources) -> Iterable[str]:
    now = datetime.now().astimezone()
    yield f"version: {__version__}{' (bundle)' if getattr(sys, 'frozen', False) else ''}"
    yield f"made at: {now.isoformat(timespec='seconds')} (UTC {now.astimezone(UTC):%H:%M:%S})"
    yield f"system: {platform.platform()} ({platform.machine()})"
    yield f"python: {platform.python_version()}"
    yield f"language: {current_language()}"
    yield f"config folder: {sources.paths.config_dir}"
    yield f"data folder: {sources.paths.data_dir}"


def _verdict(sources: Sources) -> Iterable[str]:
    report = sources.report
    if report is None:
        yield "no check has finished yet"
        return
    verdict = report.verdict
    yield f"light: {verdict.light.label}"
    yield f"server: {report.server or '(not configured)'}"
    yield f"checked at: {report.checked_at.isoformat(timespec='seconds')}"
    yield f"took: {report.duration_ms:.0f} ms"
    if verdict.cause is not None:
        yield f"cause: {verdict.cause.code}: {verdict.cause.summary.render('en')}"
        for also in verdict.also:
            yield f"also: {also.code}: {also.summary.render('en')}"
    yield f"next step: {verdict.next_step.render('en')}"
    if verdict.fix:
        yield f"suggested fix: {verdict.fix}"


def _checks(sources: Sources) -> Iterable[str]:
    if sources.report is None:
        return
    for check in sources.report.checks:
        yield (
            f"[{check.layer.value}] {check.id}: {check.status.value} "
            f"({check.duration_ms:.0f} ms) {check.summary.render('en')}"
        )
        for key, value in sorted(check.detail.items()):
            yield f"    {key}: {value}"


def _configuration(sources: Sources) -> Iterable[str]:
    config = sources.config
    yield f"file: {config.path or '(none)'}"
    for setting in ALL_SETTINGS:
        value = config[setting]
        mark = "" if setting.key in config.values else "  (default)"
        yield f"{setting.key} = {value!r}{mark}"
    for problem in config.problems:
        yield f"problem: {problem.render()}"


def _secrets(_sources: Sources) -> Iterable[str]:
    # Only whether each secret is there: never a value, never its length.
    # (Worded so that no line looks like "token: value", which redaction would mask.)
    if os.environ.get(secrets.TOKEN_ENV, "").strip():
        yield f"the server token comes from ${secrets.TOKEN_ENV}"
    try:
        import keyring

        yield f"keyring backend {type(keyring.get_keyring()).__module__}"
        for name in secrets.KNOWN_SECRETS:
            stored = secrets.get_secret(name) is not None
            yield f"{'stored' if stored else 'not stored'} in the keyring: {name}"
    except secrets.SecretsError as exc:
        yield f"keyring unavailable: {exc.message.render('en')}"


def _environment(_sources: Sources) -> Iterable[str]:
    for name in (*PROXY_VARIABLES, *TRUST_VARIABLES):
        for variant in (name, name.lower()):
            if variant in os.environ:
                yield f"{variant}={os.environ[variant]}"


def _history(sources: Sources) -> Iterable[str]:
    from invoice_tray.store.history import HistoryStore

    path = sources.paths.data_dir / HISTORY_FILE
    if not path.exists():
        yield "no history yet"
        return
    since = time.time() - HISTORY_DAYS * 86400
    store = HistoryStore(path)  # its own connection: this runs off the writer's thread
    try:
        points = store.series(since)
        incidents = store.incidents(since)
    finally:
        store.close()
    if points:
        good = sum(1 for p in points if p.light.label in ("green", "yellow"))
        yield f"checks: {len(points)}, usable: {100 * good / len(points):.1f} %"
    for incident in incidents:
        start = time.strftime("%Y-%m-%d %H:%M", time.localtime(incident.started_at))
        end = (
            time.strftime("%Y-%m-%d %H:%M", time.localtime(incident.ended_at))
            if incident.ended_at is not None
            else "ongoing"
        )
        yield f"{start} to {end}: {incident.light.label}"
        for step in incident.causes:
            at = time.strftime("%Y-%m-%d %H:%M", time.localtime(step.at))
            summary = step.summary.render("en") if step.summary else ""
            yield f"  {at} {step.cause} {summary}".rstrip()


def _fixes(sources: Sources) -> Iterable[str]:
    from invoice_tray.fixes.journal import JOURNAL_FILE, Journal

    path = sources.paths.data_dir / JOURNAL_FILE
    if not path.exists():
        yield "no fix has been run"
        return
    journal = Journal(path)
    try:
        runs = journal.runs(FIX_RUNS)
    finally:
        journal.close()
    for run in runs:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(run.started_at))
        change = f"{run.before or '?'} -> {run.after or '?'}"
        yield f"#{run.id} {when} {run.fix_id}: {run.status} ({change})"
        for step in run.steps:
            message = f": {step.message.render('en')}" if step.message else ""
            yield f"    {step.step_id}: {step.status.value}{message}"
            yield from (f"      | {line}" for line in step.output.splitlines()[-10:])


def _recent_log(sources: Sources) -> Iterable[str]:
    return sources.log_lines or ("(no lines in memory: see invoice-tray.log in this bundle)",)


def log_tail(paths: AppPaths, lines: int = LOG_TAIL_LINES) -> list[str]:
    """The last lines of the log file (and its previous rotation when it is short)."""
    collected: list[str] = []
    for name in (LOG_FILE, f"{LOG_FILE}.1"):
        path = paths.log_dir / name
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        collected = text.splitlines() + collected if collected else text.splitlines()
        if len(collected) >= lines:
            break
    return collected[-lines:]


def render_text(sections: Sequence[Section]) -> str:
    parts = []
    for section in sections:
        parts.append(f"== {section.title} ==")
        parts.extend(section.lines)
        parts.append("")
    return "\n".join(parts)


def default_name(now: datetime | None = None) -> str:
    now = now or datetime.now()
    return f"invoice-tray-diagnostics-{now:%Y%m%d-%H%M%S}.zip"


def export(sources: Sources, destination: Path) -> Path:
    """Write the bundle; ``destination`` is a folder (a dated name is chosen) or a .zip path.
    Raises OSError when it cannot be written; a partly written file is removed."""
    target = destination / default_name() if destination.is_dir() else destination
    clean = Redactor(known_secret_values(), str(Path.home()))
    sections = build_sections(sources)
    files: dict[str, str] = {
        "diagnostics.txt": render_text(sections),
        "invoice-tray.log": "\n".join(log_tail(sources.paths)) + "\n",
    }
    report: dict[str, Any] = {"version": __version__, "sections": {}}
    if sources.report is not None:
        report["last_check"] = sources.report.to_json()
    report["sections"] = {s.title: list(s.lines) for s in sections}
    # Redacted value by value, then written: whatever it holds, it stays valid JSON.
    data = json_safe(report, clean)
    files["report.json"] = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    partial = target.with_name(f".{target.name}.part")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            for name, text in files.items():
                cleaned = text if name == "report.json" else writable(clean(text))
                bundle.writestr(name, cleaned)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target
