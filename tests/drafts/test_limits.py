"""Offline limits: read from the server, kept, and measured against the waiting drafts."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from invoice_tray.drafts import limits
from invoice_tray.drafts.model import parse_draft
from invoice_tray.drafts.store import DraftStore
from invoice_tray.engine.model import CheckStatus, Light
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.i18n import set_language
from invoice_tray.simulator.server import Simulator
from invoice_tray.ui.checker import CheckController
from tests.builders import FAST, config_for, draft_json
from tests.conftest import settings_for

LIMITS = limits.CachedLimits(Decimal(72), Decimal("100000.00"), fetched_at=0.0)
NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("amount", "hours", "status", "code"),
    [
        ("79999.99", 10, CheckStatus.OK, None),
        ("80000.00", 10, CheckStatus.WARN, "offline-limit-near"),
        ("100", 57.7, CheckStatus.WARN, "offline-limit-near"),  # 80 % of 72 h
        ("100000.00", 1, CheckStatus.FAIL, "offline-limit-exceeded"),
        ("1", 72.1, CheckStatus.FAIL, "offline-limit-exceeded"),
    ],
)
def test_yellow_at_80_percent_red_beyond(
    amount: str, hours: float, status: CheckStatus, code: str | None
) -> None:
    check = limits.offline_check(Decimal(amount), NOW - hours * 3600, 3, LIMITS, NOW)
    assert check is not None and check.status is status
    assert [f.code for f in check.findings] == ([code] if code else [])
    assert check.detail["waiting"] == 3


def test_nothing_waiting_and_unknown_limits() -> None:
    assert limits.offline_check(Decimal(0), None, 0, LIMITS, NOW) is None
    unknown = limits.offline_check(Decimal(5), NOW, 1, None, NOW)
    assert unknown is not None and unknown.status is CheckStatus.OK
    assert "not known yet" in str(unknown.summary)


def test_the_limits_line_is_a_sentence_an_accountant_reads() -> None:
    waited = 2 * 3600 + 15 * 60 + 20
    check = limits.offline_check(Decimal("14467.15"), NOW - waited, 3, LIMITS, NOW)
    assert check is not None
    assert str(check.summary) == (
        "3 drafts waiting, 14,467.15 yuan in all (offline limit 100,000.00 yuan); "
        "the oldest has waited 2 h 15 min (limit 72 hours)"
    )
    set_language("zh_CN")
    assert str(check.summary) == (
        "3 张草稿等待提交，共 14,467.15 元（离线开票限额 100,000.00 元）；"
        "最早的一张已等待 2 小时 15 分钟（时限 72 小时）"
    )
    one = limits.offline_check(Decimal("0.5"), NOW - 30, 1, LIMITS, NOW)
    assert one is not None and str(one.summary).startswith("1 张草稿等待提交，共 0.50 元")
    set_language("en")
    assert str(one.summary).startswith("1 draft waiting, 0.50 yuan (")
    assert "under a minute" in str(one.summary)


def test_limits_read_by_a_check_are_kept(simulator: Simulator, tmp_path: Path) -> None:
    report = run_check_sync(settings_for(simulator))
    path = tmp_path / "offline-limits.json"
    limits.remember(report, path)
    kept = limits.load(path)
    assert kept is not None
    assert (kept.max_hours, kept.max_amount) == (Decimal(72), Decimal("100000.00"))
    assert abs(kept.fetched_at - time.time()) < 60
    path.write_text("{broken", encoding="utf-8")
    assert limits.load(path) is None


def test_the_tray_light_turns_yellow_near_the_limit(
    qtbot: QtBot, simulator: Simulator, tmp_path: Path
) -> None:
    store = DraftStore(tmp_path / "drafts.sqlite3")
    draft, _problems = parse_draft(draft_json(unit_price="85000"))
    store.add(draft, queue=True)  # 85 % of the simulator's 100000 yuan
    store.close()
    controller = CheckController(config_for(simulator), FAST, "t", data_dir=tmp_path)
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.YELLOW, timeout=10_000)
        report = controller.monitor.last_report
        assert report is not None and report.verdict.cause is not None
        assert report.verdict.cause.code == "offline-limit-near"
        assert "85,000.00 yuan (offline limit 100,000.00 yuan)" in str(report.verdict.cause.summary)
        assert report.verdict.cause.plain is not None
        assert (
            str(report.verdict.cause.plain)
            == "the waiting drafts have used 85% of the offline limit"
        )
    finally:
        controller.stop()
