"""The diagnostics bundle: complete, redacted, and made even when parts are broken."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from invoice_tray import diagnostics, secrets
from invoice_tray.config import Config
from invoice_tray.engine.model import Light
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.paths import AppPaths
from invoice_tray.simulator.server import Simulator
from invoice_tray.store.history import HISTORY_FILE, HistoryStore
from tests.conftest import MemoryKeyring, settings_for

TOKEN = "tok-AbC123-very-secret"
PASSWORD = "p12-Pa55word"


def unpack(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as bundle:
        return {name: bundle.read(name).decode("utf-8") for name in bundle.namelist()}


@pytest.fixture
def paths() -> AppPaths:
    return AppPaths.from_environment()


def test_bundle_has_every_section_and_no_secret(
    memory_keyring: MemoryKeyring, simulator: Simulator, paths: AppPaths, tmp_path: Path
) -> None:
    secrets.set_secret(secrets.SERVER_TOKEN, TOKEN)
    secrets.set_secret(secrets.CLIENT_CERT_PASSWORD, PASSWORD)
    report = run_check_sync(settings_for(simulator, token=TOKEN))
    paths.data_dir.mkdir(parents=True)
    history = HistoryStore(paths.data_dir / HISTORY_FILE)
    history.record(report, Light.GREEN)
    history.close()
    paths.log_dir.mkdir(parents=True)
    (paths.log_dir / "invoice-tray.log").write_text(
        f"2026-11-22 08:00:00,000 INFO x: sent {TOKEN} by mistake\n", encoding="utf-8"
    )
    config = Config(paths.config_dir / "config.toml").with_values(
        server_url=simulator.url, network_proxy="http://alice:hunter22@proxy.example.cn:3128"
    )
    sources = diagnostics.Sources(
        paths,
        config,
        report,
        log_lines=[
            f"INFO header Authorization: Bearer {TOKEN}",
            f"DEBUG the password {PASSWORD} was read from {Path.home()}/certs",
        ],
        extra={"Qt": lambda: ["platform: offscreen"]},
    )
    written = diagnostics.export(sources, tmp_path).path
    assert written.parent == tmp_path
    assert written.name.startswith("invoice-tray-diagnostics-")
    files = unpack(written)
    assert set(files) == {
        "report.html", "report.json", "diagnostics.txt", "summary.txt", "invoice-tray.log",
        "manifest.json",
    }  # fmt: skip
    everything = "\n".join(files.values())
    for secret in (TOKEN, PASSWORD, "hunter22", str(Path.home()) + "/certs"):
        assert secret not in everything
    # The same secret gets the same placeholder everywhere.
    assert "sent [secret-1] by mistake" in files["invoice-tray.log"]
    assert "the password [secret-2] was read from ~/certs" in files["diagnostics.txt"]
    text = files["diagnostics.txt"]
    for title in (
        "Verdict", "Checks", "Certificates", "Configuration", "Secrets", "History (7 days)",
        "Fixes run", "Offline drafts", "Qt",
    ):  # fmt: skip
        assert f"== {title} ==" in text
    assert "light: green" in text
    assert "stored in the keyring: server-token" in text
    assert "platform: offscreen" in text
    assert "checks: 1, usable: 100.0 %" in text
    assert "no fix has been run" in text
    report_json = json.loads(files["report.json"])
    assert report_json["last_check"]["status"] == "green"


def test_report_json_is_valid_json_whatever_it_holds(
    memory_keyring: MemoryKeyring, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server's half emoji, a number JSON has no word for, a Windows path with its
    backslashes and a secret inside a value: the file parses (strictly), and no secret or
    home folder is in it."""
    from invoice_tray.engine.model import CheckId, CheckResult, CheckStatus, Layer
    from invoice_tray.engine.verdict import Report
    from invoice_tray.i18n import tr

    secrets.set_secret(secrets.SERVER_TOKEN, TOKEN)
    home = "C:\\Users\\kuaiji"
    monkeypatch.setattr(Path, "home", lambda: Path(home))
    detail = {
        "message": "维护中\ud83d",  # what a broken reply would leave, had it been kept
        "latency_ms": float("nan"),
        "slowest_ms": float("inf"),
        "ca_file": f"{home}\\AppData\\ca.pem",
        "note": f"token {TOKEN} seen",
        "found": {"b"},  # a set is not JSON: written as a list
    }
    check = CheckResult(CheckId.HEALTH, Layer.SERVER, CheckStatus.OK, tr("x"), 1.0, detail)
    report = Report.build("https://s", datetime.now(UTC), 1.0, [check])
    sources = diagnostics.Sources(paths, Config(), report, log_lines=["odd \udc00 byte"])
    files = unpack(diagnostics.export(sources, tmp_path / "bundle.zip").path)
    data = json.loads(files["report.json"], parse_constant=lambda name: pytest.fail(name))
    (health,) = data["last_check"]["checks"]
    assert health["detail"]["latency_ms"] is None and health["detail"]["slowest_ms"] is None
    assert health["detail"]["message"] == "维护中\ufffd"
    assert health["detail"]["ca_file"] == "~\\AppData\\ca.pem"
    assert health["detail"]["note"] == "token [secret-1] seen"
    assert health["detail"]["found"] == ["b"]
    assert "odd \ufffd byte" in files["diagnostics.txt"]
    everything = "\n".join(files.values())
    assert TOKEN not in everything and "kuaiji" not in everything


def test_a_broken_part_costs_only_its_section(
    memory_keyring: MemoryKeyring, paths: AppPaths, tmp_path: Path
) -> None:
    paths.data_dir.mkdir(parents=True)
    (paths.data_dir / HISTORY_FILE).write_bytes(b"this is not a database" * 100)

    def broken() -> list[str]:
        raise RuntimeError("the extra part failed")

    sources = diagnostics.Sources(paths, Config(), None, extra={"Broken": broken})
    text = unpack(diagnostics.export(sources, tmp_path / "named.zip").path)["diagnostics.txt"]
    assert "no check has finished yet" in text
    history = text.split("== History (7 days) ==")[1].split("==")[0]
    assert "could not be gathered" in history
    assert "the extra part failed" in text.split("== Broken ==")[1]
    assert "== Configuration ==" in text and "== Recent log ==" in text


def test_an_unwritable_destination_raises_and_leaves_nothing(
    memory_keyring: MemoryKeyring, paths: AppPaths, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        diagnostics.export(diagnostics.Sources(paths, Config()), blocker / "out.zip")
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_command_line_writes_a_bundle(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "INVOICE_TRAY_TOKEN": TOKEN,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    result = subprocess.run(
        [sys.executable, "-m", "invoice_tray", "diagnostics", "--output", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    (written,) = tmp_path.glob("invoice-tray-diagnostics-*.zip")
    assert str(written) in result.stdout
    files = unpack(written)
    assert TOKEN not in "".join(files.values())
    assert "the server token comes from $INVOICE_TRAY_TOKEN" in files["diagnostics.txt"]


def test_the_fix_journal_is_included(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    from invoice_tray.fixes import network_reset
    from invoice_tray.fixes.catalog import open_journal
    from invoice_tray.fixes.runner import FixRunner
    from tests.fixes.fakes import context

    ctx = context(tmp_path, "linux")
    journal = open_journal(ctx.paths)
    FixRunner(ctx, journal).run(network_reset.plan(ctx), before="red (dns-failure)")
    journal.close()
    sources = diagnostics.Sources(ctx.paths, Config())
    text = unpack(diagnostics.export(sources, tmp_path).path)["diagnostics.txt"]
    fixes = text.split("== Fixes run ==")[1].split("==")[0]
    assert "network-reset: done (red (dns-failure) -> ?)" in fixes  # not checked after
    assert "app-network-state: done" in fixes
    assert "flush-dns: unavailable: the system tool it needs is not on this computer" in fixes
