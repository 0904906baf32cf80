"""End to end: the real `invoice-tray` process against a real simulator. Switch the
simulator's scenario and watch the light the app shows change, then launch it a second
time and quit it as a user would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from invoice_tray.simulator.server import Simulator

CONFIG = """\
[server]
url = "{url}"
ca_file = "{ca}"
[polling]
interval_s = 5
retry_s = 2
failure_threshold = 2
recovery_threshold = 1
"""


class RunningApp:
    def __init__(self, home: Path, env: dict[str, str]) -> None:
        self.home = home
        self.env = env
        self.log = home / "logs" / "invoice-tray.log"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "invoice_tray"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8") if self.log.exists() else ""

    def wait_for(self, text: str, after: int = 0, timeout: float = 30) -> int:
        """Wait until ``text`` appears in the log after offset ``after``; its offset."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.log_text().find(text, after)
            if found >= 0:
                return found
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        assert self.process.stdout is not None
        output = self.process.stdout.read() if self.process.poll() is not None else ""
        pytest.fail(f"{text!r} never logged.\nlog:\n{self.log_text()}\noutput:\n{output}")


@pytest.fixture
def app(simulator: Simulator, tmp_path: Path) -> Iterator[RunningApp]:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "config.toml").write_text(
        CONFIG.format(url=simulator.url, ca=simulator.ca_path.as_posix()), encoding="utf-8"
    )
    env = {
        **os.environ,
        "INVOICE_TRAY_HOME": str(home),
        "INVOICE_TRAY_TOKEN": "e2e-token",
        "QT_QPA_PLATFORM": "offscreen",
    }
    running = RunningApp(home, env)
    yield running
    if running.process.poll() is None:
        running.process.kill()
    running.process.wait(10)
    assert running.process.stdout is not None
    running.process.stdout.close()


def test_the_light_follows_the_server_and_the_app_quits_cleanly(
    app: RunningApp, simulator: Simulator
) -> None:
    at = app.wait_for("status window shown")
    at = app.wait_for("light shown: unknown -> green", at)

    switched = len(app.log_text())
    simulator.set_scenario("down")
    at = app.wait_for("light shown: green -> red", at)
    log = app.log_text()
    # Red only once the failure is confirmed: two failed checks (failure_threshold = 2).
    assert log[switched:at].count("check: red") == 2
    assert "notice (changed): The invoice server refuses connections" in log[at:]

    simulator.set_scenario("cert-expiring")
    at = app.wait_for("light shown: red -> yellow", at)

    simulator.set_scenario("healthy")
    at = app.wait_for("light shown: yellow -> green", at)

    second = subprocess.run(
        [sys.executable, "-m", "invoice_tray"],
        env=app.env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert second.returncode == 0
    assert "already running" in second.stdout
    assert app.process.poll() is None  # the first one carries on

    app.process.send_signal(signal.SIGINT)
    assert app.process.wait(20) == 0
    assert "e2e-token" not in app.log_text()
