"""One full check, made the same way wherever a verdict is given: the tray, ``invoice-tray
check``, ``diagnostics`` and a fix's verification. The same settings with the same secrets,
and the same additions to what the server said (the waiting drafts against the offline
limits), so that every part of the app gives the same light and cause for the same state.
No Qt here.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from invoice_tray import secrets
from invoice_tray.config import Config
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.engine.settings import CheckSettings
from invoice_tray.engine.verdict import Report
from invoice_tray.secrets import CheckSecrets
from invoice_tray.store.db import StoreError

log = logging.getLogger(__name__)


def settings_for(
    config: Config, *, token: str | None = None, found: CheckSecrets | None = None
) -> CheckSettings:
    """The check settings for ``config``. ``token`` stands in for the keyring (the demo
    server takes any); otherwise the secrets ``found`` already, or looked up now (may block:
    the keyring)."""
    if token is not None:
        return CheckSettings.from_config(config, token=token)
    return CheckSettings.with_secrets(
        config, found if found is not None else secrets.for_check(config)
    )


def full_check(settings: CheckSettings, data_dir: Path | None) -> Report:
    """Check the server, then measure the waiting drafts kept in ``data_dir`` (may block).
    What the checks learn (OCSP answers) is kept there too."""
    if data_dir is not None:
        others = tuple(replace(other, state_dir=data_dir) for other in settings.others)
        settings = replace(settings, state_dir=data_dir, others=others)
    return with_offline_drafts(run_check_sync(settings), data_dir)


def with_offline_drafts(report: Report, data_dir: Path | None) -> Report:
    """``report`` with the waiting drafts measured against the offline limits: those this
    report read from the server, else the ones kept from the last check that could."""
    if data_dir is None:
        return report
    from invoice_tray.drafts import DRAFTS_FILE, limits

    limits_path = data_dir / limits.LIMITS_FILE
    try:
        limits.remember(report, limits_path)
        extra = limits.drafts_check(data_dir / DRAFTS_FILE, limits_path)
    except (OSError, StoreError) as exc:  # the light must not depend on this
        log.warning("offline drafts not measured: %s", exc)
        return report
    if extra is None:
        return report
    return report.with_check(extra)
