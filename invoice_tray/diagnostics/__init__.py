"""The diagnostics bundle for the helpdesk: one zip file, made in one click, redacted before
anything is written, readable in any browser (``report.html``), checked on arrival
(``manifest.json``), and delivered to the helpdesk's intake address when IT set one up.

``facts`` gathers, ``redaction`` removes and verifies, ``report_html`` and ``text`` render,
``bundle`` writes, ``reading`` checks a received bundle, ``intake`` delivers. No Qt here.
"""

from invoice_tray.diagnostics.bundle import (
    LOG_TAIL_LINES,
    Member,
    SecretLeft,
    Written,
    default_name,
    export,
    log_tail,
    why_not_written,
)
from invoice_tray.diagnostics.facts import HISTORY_DAYS, Options, Part, Sources

__all__ = [
    "HISTORY_DAYS",
    "LOG_TAIL_LINES",
    "Member",
    "Options",
    "Part",
    "SecretLeft",
    "Sources",
    "Written",
    "default_name",
    "export",
    "log_tail",
    "why_not_written",
]
