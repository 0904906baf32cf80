"""Writing the bundle: one zip file with the readable report, the full text, the structured
facts, the log and a manifest of every file's SHA-256 (so a damaged or changed transfer is
caught by ``invoice-tray diagnostics show``). Nothing is written if a known secret is still
found anywhere in it."""

from __future__ import annotations

import errno
import hashlib
import json
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from invoice_tray import __version__
from invoice_tray.diagnostics.facts import Facts, Options, Sources, gather
from invoice_tray.diagnostics.redaction import (
    Leak,
    Redactor,
    find_leaks,
    json_safe,
    known_secret_values,
    writable,
)
from invoice_tray.diagnostics.report_html import render_html
from invoice_tray.diagnostics.text import render_text, summary
from invoice_tray.i18n import Text, TranslatedError, tr
from invoice_tray.logs import LOG_FILE
from invoice_tray.paths import AppPaths

LOG_TAIL_LINES = 3000
MANIFEST = "manifest.json"
FORMAT = 1


class Member:
    """The files of a bundle, by name."""

    REPORT_HTML = "report.html"
    REPORT_JSON = "report.json"
    TEXT = "diagnostics.txt"
    SUMMARY = "summary.txt"
    LOG = LOG_FILE


class SecretLeft(TranslatedError):
    """A known secret survived redaction: the bundle is not written."""

    def __init__(self, leaks: list[Leak]) -> None:
        where = ", ".join(sorted({leak.member for leak in leaks}))
        super().__init__(
            tr(
                "The diagnostics were not saved: a password or token would have been in them "
                "({where}). Nothing was written. Please tell the helpdesk by phone.",
                where=where,
            )
        )
        self.leaks = leaks


@dataclass(frozen=True)
class Written:
    path: Path
    size: int
    facts: Facts  # redacted: for the summary and the dialog

    def summary(self, language: str, reference: str | None = None) -> str:
        return summary(self.facts, language, reference)


def why_not_written(error: OSError) -> Text:
    """Why the bundle could not be written, in the user's words."""
    if error.errno == errno.ENOSPC:
        return tr("the disk is full")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return tr("this folder cannot be written to")
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return tr("the folder does not exist")
    return tr("the file could not be written ({reason})", reason=error.strerror or str(error))


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


def default_name(now: datetime | None = None) -> str:
    now = now or datetime.now()
    return f"invoice-tray-diagnostics-{now:%Y%m%d-%H%M%S}.zip"


def build_members(
    sources: Sources, options: Options, clean: Redactor
) -> tuple[dict[str, bytes], Facts]:
    """The bundle's files, redacted, and the redacted facts they were made from."""
    facts, failed = gather(sources, options)
    # Redacted value by value before anything is serialised: the files stay well-formed
    # whatever the values hold.
    safe: Facts = json_safe(facts, clean)
    failed = json_safe(failed, clean)
    report: dict[str, Any] = {"format": FORMAT, "version": __version__, **safe}
    report["failed_parts"] = failed
    if sources.report is not None:
        report["last_check"] = json_safe(sources.report.to_json(), clean)
    lines = [writable(clean(line)) for line in log_tail(sources.paths)]
    texts = {
        Member.REPORT_HTML: render_html(safe, failed),
        Member.TEXT: render_text(safe, failed),
        Member.SUMMARY: "\n\n".join(summary(safe, lang) for lang in ("zh_CN", "en")) + "\n",
        Member.REPORT_JSON: json.dumps(report, ensure_ascii=False, indent=2, allow_nan=False),
        Member.LOG: "\n".join(lines) + "\n",
    }
    return {name: text.encode("utf-8") for name, text in texts.items()}, safe


def manifest(members: dict[str, bytes]) -> bytes:
    files = {
        name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        for name, data in members.items()
    }
    document = {"format": FORMAT, "app": "invoice-tray", "version": __version__, "files": files}
    return json.dumps(document, indent=2).encode("utf-8")


def export(sources: Sources, destination: Path, options: Options | None = None) -> Written:
    """Write the bundle; ``destination`` is a folder (a dated name is chosen) or a .zip path.
    Raises :class:`SecretLeft` when a known secret would be in it, OSError when it cannot be
    written; a partly written file is removed."""
    target = destination / default_name() if destination.is_dir() else destination
    clean = Redactor(known_secret_values(), str(Path.home()))
    members, facts = build_members(sources, options or Options(), clean)
    members[MANIFEST] = manifest(members)
    leaks = find_leaks(members, clean.watched())
    if leaks:
        raise SecretLeft(leaks)
    partial = target.with_name(f".{target.name}.part")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            for name, data in members.items():
                bundle.writestr(name, data)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return Written(target, target.stat().st_size, facts)
