"""Offline limits: the tax bureau lets a taxpayer invoice offline only up to an amount and a
time (read from the server's ``GET /limits``, never hard-coded). Waiting drafts are measured
against them: yellow at 80 % of either, red once one is exceeded.

The limits are kept with the time they were fetched, so they still apply while the server is
unreachable, which is exactly when drafts pile up.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from invoice_tray.engine.model import CauseCode, CheckId, CheckResult, CheckStatus, Finding, Layer
from invoice_tray.engine.verdict import Report
from invoice_tray.i18n import count_of, duration, money, tr

LIMITS_FILE = "offline-limits.json"
NEAR = Decimal("0.8")


@dataclass(frozen=True)
class CachedLimits:
    max_hours: Decimal
    max_amount: Decimal
    fetched_at: float


def remember(report: Report, path: Path) -> None:
    """Keep the limits the last check read (the ``auth`` check's detail)."""
    auth = next((c for c in report.checks if c.id is CheckId.AUTH), None)
    if auth is None or "offline_max_hours" not in auth.detail:
        return
    data = {
        "offline_max_hours": str(auth.detail["offline_max_hours"]),
        "offline_max_amount": str(auth.detail["offline_max_amount"]),
        "fetched_at": time.time(),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.new")
    temporary.write_text(json.dumps(data), encoding="utf-8")
    temporary.replace(path)


def load(path: Path) -> CachedLimits | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return CachedLimits(
            Decimal(data["offline_max_hours"]),
            Decimal(data["offline_max_amount"]),
            float(data["fetched_at"]),
        )
    except (OSError, ValueError, KeyError, TypeError, InvalidOperation):
        return None


def offline_check(
    waiting_amount: Decimal,
    oldest_waiting_at: float | None,
    waiting: int,
    limits: CachedLimits | None,
    now: float,
) -> CheckResult | None:
    """The ``offline-drafts`` check, or None when no draft is waiting."""
    if waiting == 0 or oldest_waiting_at is None:
        return None
    waited_s = max(0.0, now - oldest_waiting_at)
    hours = Decimal(str(waited_s / 3600))
    detail = {
        "waiting": waiting,
        "amount": str(waiting_amount),
        "oldest_hours": str(round(hours, 1)),
    }
    drafts = count_of(
        waiting,
        tr("1 draft waiting, {amount} yuan", amount=money(waiting_amount)),
        tr("{count} drafts waiting, {amount} yuan in all", count=waiting,
           amount=money(waiting_amount)),
    )  # fmt: skip
    if limits is None:
        summary = tr("{drafts}; the offline limits are not known yet", drafts=drafts)
        return CheckResult(CheckId.OFFLINE_DRAFTS, Layer.PC, CheckStatus.OK, summary, 0.0, detail)
    detail |= {
        "max_amount": str(limits.max_amount),
        "max_hours": str(limits.max_hours),
        "limits_fetched_at": limits.fetched_at,
    }
    amount_share = waiting_amount / limits.max_amount if limits.max_amount > 0 else Decimal(0)
    time_share = hours / limits.max_hours if limits.max_hours > 0 else Decimal(0)
    summary = tr(
        "{drafts} (offline limit {max_amount} yuan); the oldest has waited {waited} (limit "
        "{max_hours} hours)",
        drafts=drafts,
        max_amount=money(limits.max_amount),
        waited=duration(waited_s),
        max_hours=f"{limits.max_hours:g}",
    )
    used = round(max(amount_share, time_share) * 100)
    if max(amount_share, time_share) >= 1:
        plain = tr("the waiting drafts have used up the offline limit")
        finding = Finding(CauseCode.OFFLINE_LIMIT_EXCEEDED, summary, plain=plain)
        status = CheckStatus.FAIL
    elif max(amount_share, time_share) >= NEAR:
        plain = tr("the waiting drafts have used {share}% of the offline limit", share=used)
        finding = Finding(CauseCode.OFFLINE_LIMIT_NEAR, summary, plain=plain)
        status = CheckStatus.WARN
    else:
        return CheckResult(CheckId.OFFLINE_DRAFTS, Layer.PC, CheckStatus.OK, summary, 0.0, detail)
    return CheckResult(CheckId.OFFLINE_DRAFTS, Layer.PC, status, summary, 0.0, detail, (finding,))


def drafts_check(
    drafts_path: Path, limits_path: Path, now: float | None = None
) -> CheckResult | None:
    """Read the waiting drafts and the cached limits (may block: files)."""
    if not drafts_path.exists():
        return None
    from invoice_tray.drafts.store import DraftStore

    with DraftStore(drafts_path) as store:
        amount, oldest, count = store.waiting_totals()
    now = time.time() if now is None else now
    return offline_check(amount, oldest, count, load(limits_path), now)
