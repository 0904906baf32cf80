"""The tray's metrics file, scraped over loopback from a real node_exporter's textfile
collector, says what the tray shows."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from pytestqt.qtbot import QtBot

from invoice_tray.engine.model import Light
from invoice_tray.engine.monitor import MonitorPolicy
from invoice_tray.simulator.server import Simulator
from invoice_tray.ui.checker import CheckController
from tests.builders import config_for
from tests.conftest import free_port

EXPORTER = shutil.which("prometheus-node-exporter") or shutil.which("node_exporter")
FAST = MonitorPolicy(interval_s=0.3, retry_s=0.1, backoff_cap_s=0.4)


@pytest.fixture
def node_exporter(tmp_path: Path) -> Iterator[tuple[Path, Callable[[], str]]]:
    if EXPORTER is None:
        pytest.skip("prometheus-node-exporter is not installed")
    folder = tmp_path / "textfile"
    folder.mkdir()
    port = free_port()
    process = subprocess.Popen(
        [
            EXPORTER,
            f"--web.listen-address=127.0.0.1:{port}",
            "--collector.disable-defaults",
            "--collector.textfile",
            f"--collector.textfile.directory={folder}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )

    def scrape() -> str:
        return httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5, trust_env=False).text

    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                scrape()
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        yield folder, scrape
    finally:
        process.terminate()
        process.wait(timeout=10)
        assert process.stderr is not None
        process.stderr.close()


def light_in(text: str) -> float | None:
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "invoice_tray_light":
                return sample.value
    return None


def test_node_exporter_serves_the_light_the_tray_shows(
    qtbot: QtBot, simulator: Simulator, node_exporter: tuple[Path, Callable[[], str]]
) -> None:
    folder, scrape = node_exporter
    config = config_for(simulator).with_values(metrics_textfile=str(folder / "invoice_tray.prom"))
    controller = CheckController(config, FAST, token_override="t")
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.GREEN, timeout=10_000)
        qtbot.waitUntil(lambda: light_in(scrape()) == int(Light.GREEN), timeout=10_000)
        text = scrape()
        assert 'invoice_tray_up{endpoint="' in text
        simulator.set_scenario("down")
        qtbot.waitUntil(lambda: controller.monitor.shown is Light.RED, timeout=15_000)
        qtbot.waitUntil(lambda: light_in(scrape()) == int(controller.monitor.shown), timeout=10_000)
        assert 'invoice_tray_cause_info{cause="connection-refused"' in scrape()
        # node_exporter read the file without an error at every scrape.
        assert "node_textfile_scrape_error 0" in scrape()
    finally:
        controller.stop()
