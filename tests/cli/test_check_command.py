"""``invoice-tray check`` as monitoring systems and helpdesks run it: a separate process."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from invoice_tray.cli import main
from invoice_tray.simulator.server import Simulator
from tests.conftest import MemoryKeyring


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "invoice_tray", *args],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


def write_config(tmp_path: Path, sim: Simulator, extra: str = "") -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'[server]\nurl = "{sim.url}"\nca_file = "{sim.ca_path.as_posix()}"\ntimeout_s = 3\n'
        + extra,
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("scenario", "code", "status"),
    [("healthy", 0, "green"), ("degraded", 1, "yellow"), ("down", 2, "red")],
)
def test_exit_code_and_json(
    simulator: Simulator, tmp_path: Path, scenario: str, code: int, status: str
) -> None:
    simulator.set_scenario(scenario)
    done = run_cli("check", "--json", "--config", str(write_config(tmp_path, simulator)))
    assert done.returncode == code, done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    assert report["status"] == status
    assert report["server"] == simulator.url
    assert set(report) >= {
        "status",
        "cause",
        "fix",
        "server",
        "checked_at",
        "duration_ms",
        "checks",
    }
    for check in report["checks"]:
        assert set(check) == {"id", "layer", "status", "summary", "duration_ms", "detail"}
        assert check["layer"] in {"pc", "network", "protocol", "server", "platform"}
    if status == "green":
        assert report["cause"] is None
    else:
        assert set(report["cause"]) == {"code", "summary"}


def test_not_configured_is_unknown(tmp_path: Path) -> None:
    done = run_cli("check", "--json")
    assert done.returncode == 3
    assert json.loads(done.stdout)["cause"]["code"] == "not-configured"


def test_server_and_timeout_options_override_the_config(simulator: Simulator) -> None:
    done = run_cli("check", "--server", simulator.url, "--timeout", "2")
    # The simulator's CA is not trusted without the config: the table says so.
    assert done.returncode == 2
    assert "not trusted" in done.stdout


def test_bad_server_option_is_refused() -> None:
    done = run_cli("check", "--server", "http://plain.example")
    assert done.returncode == 3
    assert "https://" in done.stderr


def test_broken_config_is_reported_and_the_check_still_runs(
    simulator: Simulator, tmp_path: Path
) -> None:
    path = write_config(tmp_path, simulator, "[polling]\ninterval_s = 1\n")
    done = run_cli("check", "--config", str(path))
    assert done.returncode == 0
    assert f"{path}, line 6, polling.interval_s" in done.stderr


def test_chinese_table(simulator: Simulator, tmp_path: Path) -> None:
    simulator.set_scenario("down")
    done = run_cli("--lang", "zh_CN", "check", "--config", str(write_config(tmp_path, simulator)))
    assert "红灯：暂时无法开票" in done.stdout
    assert "服务器拒绝连接" in done.stdout


def test_chinese_follows_the_system_locale(simulator: Simulator, tmp_path: Path) -> None:
    done = run_cli(
        "check", "--config", str(write_config(tmp_path, simulator)), env={"LANG": "zh_CN.UTF-8"}
    )
    assert "绿灯：可以开票" in done.stdout


def test_check_never_imports_qt(simulator: Simulator, tmp_path: Path) -> None:
    config = write_config(tmp_path, simulator)
    script = (
        "import sys, contextlib, io\n"
        "from invoice_tray.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', '--json', '--config', {str(config)!r}])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_demo_runs_against_the_embedded_server() -> None:
    done = run_cli("check", "--demo", "--scenario", "maintenance")
    assert done.returncode == 2
    assert "Demo server on https://127.0.0.1:" in done.stdout
    assert "under maintenance" in done.stdout


def test_secrets_set_reads_stdin(
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("tok-123\n"))
    assert main(["secrets", "set", "server-token"]) == 0
    assert memory_keyring.store[("invoice-tray", "server-token")] == "tok-123"
    assert main(["secrets", "list"]) == 0
    out = capsys.readouterr().out
    assert "server-token: stored" in out
    assert "tok-123" not in out


def test_secrets_without_keyring_fail_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    done = run_cli(
        "secrets", "set", "server-token",
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )  # fmt: skip
    assert done.returncode == 2
    assert "never saved in plain text" in done.stderr


def test_check_imports_only_what_a_check_needs(tmp_path: Path, simulator: Simulator) -> None:
    """Run every minute by monitoring systems: no other sub-command's modules, no drafts
    machinery, fixes, simulator, Qt or python-stdnum, no keyring when the token is given in
    the environment, and no cryptography when the OCSP answer is still known."""
    config = tmp_path / "check.toml"
    config.write_text(
        f'[server]\nurl = "{simulator.url}"\nca_file = "{simulator.ca_path.as_posix()}"\n',
        encoding="utf-8",
    )
    script = (
        "import sys\n"
        "from invoice_tray.cli import main\n"
        f"code = main(['check', '--json', '--config', {str(config)!r}])\n"
        "print(code, sorted(m for m in sys.modules if m.startswith(("
        "'invoice_tray.cli.fix', 'invoice_tray.cli.drafts', 'invoice_tray.cli.diagnostics', "
        "'invoice_tray.drafts.model', 'invoice_tray.drafts.exchange', 'invoice_tray.fixes', "
        "'invoice_tray.simulator', 'PySide6', 'stdnum', 'keyring', 'cryptography'))))\n"
    )
    env = {**os.environ, "INVOICE_TRAY_TOKEN": "t"}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
        )
        for _ in range(2)
    ]
    for run in runs:
        assert run.returncode == 0, run.stderr
    # The first run asks the OCSP responder (cryptography builds the request); the second
    # reuses its answer.
    first, second = (run.stdout.splitlines()[-1] for run in runs)
    assert first.startswith("0 ['cryptography") and "stdnum" not in first
    assert second == "0 []"
