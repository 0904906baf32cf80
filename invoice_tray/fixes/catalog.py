"""The fixes by id (the ids the verdict names), the options each offers, and the real system
they run on."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from invoice_tray.engine.model import FixId
from invoice_tray.fixes import cache_clear, network_reset, proxy_exemption
from invoice_tray.fixes.journal import JOURNAL_FILE, Journal
from invoice_tray.fixes.model import FixContext, FixOption, OptionSpec, Plan
from invoice_tray.fixes.oscommand import SystemCommands
from invoice_tray.paths import AppPaths
from invoice_tray.system.registry import MemoryRegistry, Registry


@dataclass(frozen=True)
class Fix:
    plan: Callable[[FixContext, frozenset[FixOption]], Plan]
    options: tuple[OptionSpec, ...] = ()


FIXES: dict[FixId, Fix] = {
    FixId.NETWORK_RESET: Fix(lambda ctx, _options: network_reset.plan(ctx)),
    FixId.CACHE_CLEAR: Fix(lambda ctx, _options: cache_clear.plan(ctx)),
    FixId.PROXY_EXEMPTION: Fix(proxy_exemption.plan, (proxy_exemption.WINHTTP,)),
}


def plan_for(fix_id: FixId, ctx: FixContext, options: frozenset[FixOption] = frozenset()) -> Plan:
    return FIXES[fix_id].plan(ctx, options)


def options_for(fix_id: FixId, platform: str) -> tuple[OptionSpec, ...]:
    """The choices this fix offers on ``platform``."""
    return tuple(spec for spec in FIXES[fix_id].options if platform in spec.platforms)


def open_journal(paths: AppPaths) -> Journal:
    return Journal(paths.data_dir / JOURNAL_FILE)


def system_context(
    paths: AppPaths, config_path: Path, overrides: Mapping[str, object] | None = None
) -> FixContext:
    registry: Registry = MemoryRegistry()
    refresh: Callable[[], None] = lambda: None  # noqa: E731 (only Windows has one)
    if sys.platform == "win32":
        from invoice_tray.system.registry import WindowsRegistry

        registry = WindowsRegistry()
        refresh = refresh_wininet
    return FixContext(
        platform=sys.platform,
        paths=paths,
        config_path=config_path,
        commands=SystemCommands(sys.platform),
        registry=registry,
        which=shutil.which,
        environ=dict(os.environ),
        refresh_internet_settings=refresh,
        config_overrides=dict(overrides or {}),
    )


def refresh_wininet() -> None:
    """Tell WinINet (and the programs using it) that the proxy settings changed."""
    import ctypes

    internet_set_option = ctypes.windll.wininet.InternetSetOptionW  # type: ignore[attr-defined,unused-ignore]
    settings_changed, refresh = 39, 37
    internet_set_option(None, settings_changed, None, 0)
    internet_set_option(None, refresh, None, 0)
