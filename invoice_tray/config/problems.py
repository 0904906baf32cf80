"""A problem found in a settings or policy file: where, and what, in the user's words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from invoice_tray.i18n import Text, tr


@dataclass(frozen=True)
class ConfigProblem:
    path: Path
    line: int | None
    key: str | None
    message: Text
    detail: str = ""  # the parser's or the system's own words, for the helpdesk

    def render(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += str(tr(", line {line}", line=self.line))
        if self.key:
            where += f", {self.key}"
        rendered = f"{where}: {self.message}"
        return f"{rendered} ({self.detail})" if self.detail else rendered

    def plain(self) -> str:
        """For the settings window: the file's name and line, and what is wrong; no settings
        keys and no parser's words (those are for the helpdesk, in :meth:`render`)."""
        if self.line is not None:
            return str(tr("{file}, line {line}: {message}", file=self.path.name,
                          line=self.line, message=self.message))  # fmt: skip
        return str(tr("{file}: {message}", file=self.path.name, message=self.message))
