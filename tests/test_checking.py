"""One truth for every answer: the tray, ``invoice-tray check``, ``diagnostics`` and a fix's
verification give the same light and cause for the same state, the waiting drafts against the
offline limits included."""

from __future__ import annotations

import io
import json
import zipfile
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from invoice_tray.checking import full_check, settings_for, with_offline_drafts
from invoice_tray.cli import main
from invoice_tray.config import load_config
from invoice_tray.drafts import DRAFTS_FILE
from invoice_tray.drafts.store import DraftStore
from invoice_tray.engine.verdict import Report
from invoice_tray.paths import AppPaths
from invoice_tray.simulator.server import Simulator
from invoice_tray.ui.checker import CheckController
from tests.builders import FAST, a_draft, config_for


@pytest.fixture
def over_the_limit(simulator: Simulator, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Drafts waiting for 120,000 yuan where the server allows 100,000 offline; the config
    the user saved names the simulator."""
    monkeypatch.setenv("INVOICE_TRAY_TOKEN", "t")
    paths = AppPaths.from_environment()
    with DraftStore(paths.data_dir / DRAFTS_FILE) as store:
        for _ in range(2):
            store.add(a_draft(unit_price="60000"), queue=True)
    config = paths.config_file()
    config.parent.mkdir(parents=True)
    config.write_text(
        f'[server]\nurl = "{simulator.url}"\nca_file = "{simulator.ca_path.as_posix()}"\n',
        encoding="utf-8",
    )
    return paths.data_dir


def answer(report: Report) -> tuple[str, str | None]:
    cause = report.verdict.cause
    return report.verdict.light.label, cause.code if cause else None


def cli_json(*args: str) -> dict[str, object]:
    out = io.StringIO()
    with redirect_stdout(out):
        main(list(args))
    found = json.loads(out.getvalue())
    assert isinstance(found, dict)
    return found


def test_the_cli_the_tray_diagnostics_and_a_fix_agree(
    over_the_limit: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    expected = ("red", "offline-limit-exceeded")

    checked = cli_json("check", "--json")
    assert (checked["status"], checked["cause"]["code"]) == expected  # type: ignore[index]

    bundle = tmp_path / "bundle.zip"
    assert main(["diagnostics", "--output", str(bundle)]) == 0
    with zipfile.ZipFile(bundle) as opened:
        last = json.loads(opened.read("report.json"))["last_check"]
    assert (last["status"], last["cause"]["code"]) == expected

    controller = CheckController(
        load_config(AppPaths.from_environment().config_file()), FAST, data_dir=over_the_limit
    )
    reports: list[Report] = []
    controller._worker.finished.connect(reports.append)
    try:
        controller.start()
        qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
        assert answer(reports[0]) == expected  # the tray's own check
        assert answer(controller.blocking_check()) == expected  # a fix wizard's verification
    finally:
        controller.stop()


def test_without_a_data_folder_only_the_server_answers(simulator: Simulator) -> None:
    report = full_check(settings_for(config_for(simulator), token="t"), None)
    assert answer(report) == ("green", None)


def test_the_limits_are_kept_for_when_the_server_is_gone(
    over_the_limit: Path, simulator: Simulator
) -> None:
    settings = settings_for(config_for(simulator), token="t")
    assert answer(full_check(settings, over_the_limit)) == ("red", "offline-limit-exceeded")
    simulator.set_scenario("down")
    down = full_check(settings, over_the_limit)
    # The server's refusal leads; the drafts over the limit are still named.
    assert answer(down) == ("red", "connection-refused")
    assert "offline-limit-exceeded" in [c.code for c in down.verdict.also]


def test_an_unreadable_drafts_file_costs_the_measure_not_the_light(
    simulator: Simulator, tmp_path: Path
) -> None:
    (tmp_path / DRAFTS_FILE).write_bytes(b"not a database, " * 100)
    report = full_check(settings_for(config_for(simulator), token="t"), tmp_path)
    assert answer(report) == ("green", None)
    assert with_offline_drafts(report, tmp_path) == report
