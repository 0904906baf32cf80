"""The state as monitoring systems read it, parsed back with Prometheus' own parser."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from invoice_tray import metrics
from invoice_tray.engine.kinds import EndpointKind
from invoice_tray.engine.model import Light
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.simulator.server import Simulator
from tests.conftest import settings_for


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def value(
    found: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str, **labels: str
) -> float:
    return found[(name, tuple(sorted(labels.items())))]


def test_one_endpoint_in_the_exposition_format(simulator: Simulator) -> None:
    simulator.set_scenario("cert-expiring")
    report = run_check_sync(settings_for(simulator))
    found = samples(metrics.prometheus(report))
    assert value(found, "invoice_tray_light") == int(Light.YELLOW)
    assert value(found, "invoice_tray_invoices_possible") == 1
    assert value(found, "invoice_tray_cause_info", cause="tls-expiring-soon", endpoint="") == 1
    endpoint = simulator.url
    assert (
        value(found, "invoice_tray_up", endpoint=endpoint, url=endpoint, kind="invoice-server") == 1
    )
    expiry = value(
        found,
        "invoice_tray_certificate_expiry_timestamp_seconds",
        endpoint=endpoint,
        certificate="server",
    )
    days = (expiry - report.checked_at.timestamp()) / 86400
    assert 9 < days < 11  # the scenario's certificate expires in 10 days
    assert value(found, "invoice_tray_check_status", endpoint=endpoint, check="health") == 0
    assert value(found, "invoice_tray_drafts_waiting") == 0
    # The light shown wins over the round's own (the tray confirms over several checks).
    shown = samples(metrics.prometheus(report, Light.RED))
    assert value(shown, "invoice_tray_light") == int(Light.RED)


def test_a_round_of_two_names_each_endpoint(simulator: Simulator, simulator_data: Path) -> None:
    with Simulator(simulator_data, plain=True, scenario="down") as site:
        etax = settings_for(site, kind=EndpointKind.HTTPS, name='电子"税务"局', token=None)
        round_ = replace(settings_for(simulator), name="开票服务器", others=(etax,))
        report = run_check_sync(round_)
    found = samples(metrics.prometheus(report))
    assert value(found, "invoice_tray_light") == int(Light.RED)
    assert (
        value(found, "invoice_tray_cause_info", cause="connection-refused", endpoint='电子"税务"局')
        == 1
    )
    assert value(found, "invoice_tray_endpoint_light", endpoint="开票服务器") == int(Light.GREEN)
    assert value(found, "invoice_tray_endpoint_light", endpoint='电子"税务"局') == int(Light.RED)


def test_the_nagios_line(simulator: Simulator) -> None:
    simulator.set_scenario("server-error")
    report = run_check_sync(settings_for(simulator))
    line = metrics.nagios(report, "The invoice server has a problem | with a pipe")
    status, perf = line.split(" | ")
    assert status == "INVOICE-TRAY CRITICAL - The invoice server has a problem / with a pipe"
    assert re.fullmatch(r"round=\d+\.\d{3}s;;;0 .*drafts_waiting=0;;;0", perf)


def test_the_textfile_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "textfile" / "invoice_tray.prom"
    metrics.write_textfile(target, "a 1\n")
    metrics.write_textfile(target, "a 2\n")
    assert target.read_text() == "a 2\n"
    assert [p.name for p in target.parent.iterdir()] == ["invoice_tray.prom"]  # no leftovers
    assert target.stat().st_mode & 0o444 == 0o444


def test_check_prints_each_format(tmp_path: Path) -> None:
    def check(*extra: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "invoice_tray", "check", "--demo", *extra]
        return subprocess.run(command, capture_output=True, text=True, timeout=60)

    prom = check("--format", "prometheus")
    assert prom.returncode == 0, prom.stderr
    assert value(samples(prom.stdout), "invoice_tray_light") == int(Light.GREEN)
    nagios = check("--format", "nagios", "--scenario", "down")
    assert nagios.returncode == 2
    assert nagios.stdout.startswith("INVOICE-TRAY CRITICAL - ")
    assert len(nagios.stdout.splitlines()) == 1
