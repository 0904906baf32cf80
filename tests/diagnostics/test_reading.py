"""A received bundle: report.html stands alone, the manifest catches any change, and the
helpdesk's ``diagnostics show`` says what it found."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from invoice_tray import diagnostics
from invoice_tray.config import Config
from invoice_tray.diagnostics.reading import Problem, read_bundle
from invoice_tray.engine.model import CheckId, CheckResult, CheckStatus, Layer, Light
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.engine.verdict import Report
from invoice_tray.i18n import tr
from invoice_tray.paths import AppPaths
from invoice_tray.simulator.server import Simulator
from invoice_tray.store.history import HISTORY_FILE, HistoryStore
from tests.conftest import MemoryKeyring, settings_for


@pytest.fixture
def bundle(memory_keyring: MemoryKeyring, simulator: Simulator, tmp_path: Path) -> Path:
    paths = AppPaths.from_environment()
    report = run_check_sync(settings_for(simulator))
    paths.data_dir.mkdir(parents=True)
    history = HistoryStore(paths.data_dir / HISTORY_FILE)
    for hours_ago in range(48):
        history.record(report, Light.GREEN, at=time.time() - hours_ago * 3600)
    history.close()
    sources = diagnostics.Sources(paths, Config().with_values(server_url=simulator.url), report)
    options = diagnostics.Options(note="十点开票时提示“网络错误”")
    return diagnostics.export(sources, tmp_path / "bundle.zip", options).path


def test_report_html_stands_alone_in_both_languages(bundle: Path) -> None:
    with zipfile.ZipFile(bundle) as archive:
        page = archive.read("report.html").decode()
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page.lower()
    # Nothing is fetched: no link, image or style from elsewhere.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert "<svg" in page and page.count("<rect") > 40  # a bar for each hour of history
    assert "可以开票" in page and "Invoices can be issued" in page
    assert "十点开票时提示“网络错误”" in page
    assert "服务器证书" in page and "Server certificate" in page


def test_values_are_escaped_in_the_page(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    detail = {"message": "<script>alert(1)</script>"}
    check = CheckResult(CheckId.HEALTH, Layer.SERVER, CheckStatus.WARN, tr("x"), 1.0, detail)
    report = Report.build("https://s/<b>", datetime.now(UTC), 1.0, [check])
    paths = AppPaths.from_environment()
    options = diagnostics.Options(note="<img src=x onerror=alert(1)>")
    sources = diagnostics.Sources(paths, Config(), report)
    written = diagnostics.export(sources, tmp_path / "b.zip", options)
    with zipfile.ZipFile(written.path) as archive:
        page = archive.read("report.html").decode()
    assert "<script>" not in page and "<img" not in page and "https://s/<b>" not in page
    assert "https://s/&lt;b&gt;" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_an_intact_bundle_reads_back(bundle: Path) -> None:
    reading = read_bundle(bundle)
    assert reading.intact, reading.findings
    assert reading.report is not None and reading.report["note"] == "十点开票时提示“网络错误”"
    summary = reading.summary("zh_CN")
    assert summary is not None and summary.startswith("开票连接助手诊断：绿灯（可以开票）。")


def rewrite(source: Path, target: Path, change: dict[str, bytes | None]) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = change.get(name, old.read(name))
            if data is not None:
                new.writestr(name, data)
        for name, data in change.items():
            if name not in old.namelist() and data is not None:
                new.writestr(name, data)


def test_changes_are_named(bundle: Path, tmp_path: Path) -> None:
    edited = tmp_path / "edited.zip"
    rewrite(
        bundle,
        edited,
        {"diagnostics.txt": b"all fine", "invoice-tray.log": None, "extra.exe": b"MZ"},
    )
    found = {(f.problem, f.member) for f in read_bundle(edited).findings}
    assert found == {
        (Problem.CHANGED, "diagnostics.txt"),
        (Problem.MISSING, "invoice-tray.log"),
        (Problem.ADDED, "extra.exe"),
    }


def test_a_transfer_cut_short_is_caught(bundle: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.zip"
    cut.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    reading = read_bundle(cut)
    assert not reading.intact
    assert reading.findings[0].problem is Problem.NOT_A_BUNDLE


def run_show(path: Path, language: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "invoice_tray",
            "--lang",
            language,
            "diagnostics",
            "show",
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_helpdesk_reads_a_bundle_from_the_command_line(bundle: Path, tmp_path: Path) -> None:
    shown = run_show(bundle, "zh_CN")
    assert shown.returncode == 0, shown.stderr
    assert "完好：每个文件都与清单一致。" in shown.stdout
    assert "绿灯（可以开票）" in shown.stdout and "十点开票时提示" in shown.stdout
    edited = tmp_path / "edited.zip"
    rewrite(bundle, edited, {"report.json": b"{}"})
    shown = run_show(edited, "en")
    assert shown.returncode == 1
    assert "NOT intact" in shown.stdout and "report.json was changed" in shown.stdout
    missing = run_show(tmp_path / "nothing.zip", "en")
    assert missing.returncode == 2 and "cannot be read" in missing.stderr


def test_a_round_of_two_shows_each_service(
    memory_keyring: MemoryKeyring, simulator: Simulator, simulator_data: Path, tmp_path: Path
) -> None:
    from dataclasses import replace

    from invoice_tray.engine.kinds import EndpointKind

    with Simulator(simulator_data, plain=True, scenario="down") as site:
        etax = settings_for(site, kind=EndpointKind.HTTPS, name="电子税务局", token=None)
        report = run_check_sync(replace(settings_for(simulator), name="开票服务器", others=(etax,)))
    sources = diagnostics.Sources(AppPaths.from_environment(), Config(), report)
    written = diagnostics.export(sources, tmp_path / "round.zip")
    with zipfile.ZipFile(written.path) as archive:
        page = archive.read("report.html").decode()
        text = archive.read("diagnostics.txt").decode()
    assert "电子税务局：服务器拒绝连接" in page and "开票服务器" in page
    assert f"endpoint 电子税务局 (https) {site.url}: red connection-refused" in text
