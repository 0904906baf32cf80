"""What the tray needs to know to open its windows and run its actions: small value objects,
so the modules behind them are imported only when first used."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from invoice_tray.paths import AppPaths

if TYPE_CHECKING:
    from invoice_tray.system.autostart import Autostart


@dataclass(frozen=True)
class SettingsHost:
    """Where the settings are saved, and what this run keeps whatever is saved (the demo's
    server), as keywords of :meth:`Config.with_values`. No ``autostart``: this system's."""

    config_path: Path
    autostart: Autostart | None = None
    overrides: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class DiagnosticsHost:
    paths: AppPaths
    log_lines: Callable[[], list[str]] = list
    destination: Path | None = None  # None: the desktop, or the home folder without one


@dataclass(frozen=True)
class DraftsHost:
    path: Path  # the drafts store
    submit_now: Callable[[], None]
    changed: Callable[[], None] = lambda: None  # drafts changed here: recount the badge
