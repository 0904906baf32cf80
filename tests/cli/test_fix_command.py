"""`invoice-tray fix` as a helpdesk runs it: a real process, a real proxy blocking a real
server, the journal, and the undo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from invoice_tray.simulator.server import Simulator
from tests.conftest import needs_squid, needs_tinyproxy


def cli(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "INVOICE_TRAY_HOME": str(home),
        "INVOICE_TRAY_TOKEN": "helpdesk",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    return subprocess.run(
        [sys.executable, "-m", "invoice_tray", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=60,
    )


@needs_tinyproxy
@pytest.mark.proxy
def test_proxy_blocked_then_fixed_then_undone(
    simulator: Simulator, tinyproxy: Callable[[int], str], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "config.toml").write_text(
        f'[server]\nurl = "{simulator.url}"\nca_file = "{simulator.ca_path.as_posix()}"\n'
        f'[network]\nproxy = "{tinyproxy(443)}"\n',
        encoding="utf-8",
    )
    blocked = cli(home, "check", "--json")
    assert blocked.returncode == 2
    assert json.loads(blocked.stdout)["cause"]["code"] == "proxy-blocked"

    dry = cli(home, "fix", "proxy-exemption", "--dry-run", "--json")
    assert dry.returncode == 0
    steps = json.loads(dry.stdout)["plan"]["steps"]
    assert steps[0]["title"] == "Let this program reach 127.0.0.1 without the proxy server"
    assert steps[0]["actions"] == []  # its own settings: no command to show

    declined = cli(home, "fix", "proxy-exemption")  # no terminal and no --yes
    assert declined.returncode == 2
    assert "--yes" in declined.stderr

    fixed = cli(home, "fix", "proxy-exemption", "--yes", "--json")
    assert fixed.returncode == 0, fixed.stderr
    document = json.loads(fixed.stdout)
    assert document["before"]["cause"]["code"] == "proxy-blocked"
    assert document["after"]["status"] == "green"
    assert document["run"]["status"] == "done"
    run_id = document["run"]["id"]
    assert cli(home, "check").returncode == 0

    listed = cli(home, "fix", "--list")
    assert "proxy-exemption  done        red (proxy-blocked) -> green" in listed.stdout
    assert "can be undone" in listed.stdout

    undone = cli(home, "fix", "--undo", str(run_id))
    assert undone.returncode == 0, undone.stderr
    assert "undone" in undone.stdout
    assert json.loads(cli(home, "check", "--json").stdout)["cause"]["code"] == "proxy-blocked"
    history = json.loads(cli(home, "fix", "--list", "--json").stdout)
    assert history[0]["status"] == "undone" and history[0]["can_undo"] is False


def test_a_fix_that_cannot_be_planned_says_why(tmp_path: Path) -> None:
    result = cli(tmp_path / "home", "fix", "proxy-exemption", "--dry-run")
    assert result.returncode == 3
    assert "no server address is configured" in result.stderr
    assert cli(tmp_path / "home", "fix", "--undo", "42").returncode == 3


@needs_squid
@pytest.mark.proxy
def test_the_exemption_is_refused_where_the_proxy_only_asks_who_you_are(
    simulator: Simulator, squid: Callable[..., str], tmp_path: Path
) -> None:
    """A real Squid asking for a password: bypassing it would sign no one in (and where only
    the proxy may go out, cut the way). The command says so and changes nothing."""
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    config = home / "config" / "config.toml"
    text = (
        f'[server]\nurl = "{simulator.url}"\nca_file = "{simulator.ca_path.as_posix()}"\n'
        f'[network]\nproxy = "{squid("clerk", "right-one")}"\n'
    )
    config.write_text(text, encoding="utf-8")
    refused = cli(home, "fix", "proxy-exemption", "--yes")
    assert refused.returncode == 2
    assert (
        "Letting the server bypass the proxy would not help now: The proxy server asks who you "
        "are. Nothing was changed."
    ) in refused.stderr
    assert config.read_text(encoding="utf-8") == text
    assert "proxy-exemption" not in cli(home, "fix", "--list").stdout
