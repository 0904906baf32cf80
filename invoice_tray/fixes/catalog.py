"""The fixes by id (the ids the verdict names), and the real system they run on."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from invoice_tray.fixes import cache_clear, network_reset, proxy_exemption
from invoice_tray.fixes.journal import JOURNAL_FILE, Journal
from invoice_tray.fixes.model import FixContext, Plan
from invoice_tray.fixes.oscommand import SystemCommands
from invoice_tray.paths import AppPaths
from invoice_tray.system.registry import MemoryRegistry, Registry

PLANS: dict[str, Callable[..., Plan]] = {
    "network-reset": network_reset.plan,
    "cache-clear": cache_clear.plan,
    "proxy-exemption": proxy_exemption.plan,
}


def plan_for(fix_id: str, ctx: FixContext, *, winhttp: bool = False) -> Plan:
    if fix_id == "proxy-exemption":
        return proxy_exemption.plan(ctx, winhttp=winhttp)
    return PLANS[fix_id](ctx)


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
