"""Reading a bundle the helpdesk received: is it whole and unchanged (every file against the
manifest's SHA-256), and what does it say (its summary)."""

from __future__ import annotations

import enum
import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from invoice_tray.diagnostics.bundle import MANIFEST, Member
from invoice_tray.diagnostics.text import summary

MAX_MEMBER_BYTES = 64 << 20  # a bundle is well under 5 MB: anything this large is not ours


class Problem(enum.Enum):
    NOT_A_BUNDLE = "not-a-bundle"  # not a zip, or cut short in transfer
    NO_MANIFEST = "no-manifest"
    CHANGED = "changed"  # a file differs from what the manifest says
    MISSING = "missing"  # a file the manifest lists is not there
    ADDED = "added"  # a file the manifest does not list
    DAMAGED = "damaged"  # a file cannot be read back (a broken transfer)


@dataclass(frozen=True)
class Finding:
    problem: Problem
    member: str = ""


@dataclass
class Reading:
    path: Path
    findings: list[Finding] = field(default_factory=list)
    report: dict[str, Any] | None = None
    version: str | None = None

    @property
    def intact(self) -> bool:
        return not self.findings

    def summary(self, language: str) -> str | None:
        return summary(self.report, language) if self.report is not None else None


def read_bundle(path: Path) -> Reading:
    """Check ``path`` against its manifest and read its report. Raises OSError when the file
    cannot be opened at all."""
    reading = Reading(path)
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        reading.findings.append(Finding(Problem.NOT_A_BUNDLE))
        return reading
    with archive:
        contents: dict[str, bytes] = {}
        for info in archive.infolist():
            if info.file_size > MAX_MEMBER_BYTES:
                reading.findings.append(Finding(Problem.DAMAGED, info.filename))
                continue
            try:
                contents[info.filename] = archive.read(info)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError):
                reading.findings.append(Finding(Problem.DAMAGED, info.filename))
    listed = _manifest(contents.get(MANIFEST))
    if listed is None:
        reading.findings.append(Finding(Problem.NO_MANIFEST))
    else:
        reading.version = str(listed.get("version", "")) or None
        files_entry = listed.get("files")
        files: dict[str, Any] = files_entry if isinstance(files_entry, dict) else {}
        damaged = {f.member for f in reading.findings}
        for name, entry in sorted(files.items()):
            if name in damaged:
                continue
            if name not in contents:
                reading.findings.append(Finding(Problem.MISSING, name))
                continue
            expected = entry.get("sha256") if isinstance(entry, dict) else None
            if hashlib.sha256(contents[name]).hexdigest() != expected:
                reading.findings.append(Finding(Problem.CHANGED, name))
        for name in sorted(set(contents) - set(files) - {MANIFEST}):
            reading.findings.append(Finding(Problem.ADDED, name))
    try:
        report = json.loads(contents[Member.REPORT_JSON])
    except (KeyError, ValueError):
        report = None
    reading.report = report if isinstance(report, dict) else None
    return reading


def _manifest(raw: bytes | None) -> dict[str, Any] | None:
    if raw is None:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
