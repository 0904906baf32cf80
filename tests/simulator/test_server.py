"""The simulator honours the server contract, and is safe to run."""

from __future__ import annotations

import json
import ssl
import uuid
from pathlib import Path

import httpx
import pytest
from cryptography import x509

from invoice_tray.simulator.server import Simulator, SimulatorError


def client(sim: Simulator) -> httpx.Client:
    context = ssl.create_default_context(cafile=str(sim.ca_path))
    return httpx.Client(base_url=sim.url, verify=context, trust_env=False)


INVOICE = {"buyer": {"name": "上海示例有限公司"}, "lines": [{"name": "*软件*服务费"}]}


def test_invoice_is_created_once_per_key(simulator: Simulator) -> None:
    key = str(uuid.uuid4())
    headers = {"Authorization": "Bearer t", "Idempotency-Key": key}
    before = simulator.invoices.count
    with client(simulator) as http:
        first = http.post("/invoices", json=INVOICE, headers=headers)
        again = http.post("/invoices", json=INVOICE, headers=headers)
        other = http.post("/invoices", json={**INVOICE, "remarks": "x"}, headers=headers)
        missing = http.post("/invoices", json=INVOICE, headers={"Authorization": "Bearer t"})
        invalid = http.post("/invoices", json={"lines": []},
                            headers={**headers, "Idempotency-Key": "k2"})  # fmt: skip
    assert first.status_code == 201
    assert again.json() == first.json()
    assert simulator.invoices.count == before + 1
    assert other.status_code == 422
    assert missing.status_code == 400
    assert invalid.status_code == 422
    assert {e["field"] for e in invalid.json()["errors"]} == {"buyer.name", "lines"}


def test_nothing_is_issued_during_maintenance(simulator: Simulator) -> None:
    simulator.set_scenario("maintenance")
    before = simulator.invoices.count
    headers = {"Authorization": "Bearer t", "Idempotency-Key": str(uuid.uuid4())}
    try:
        with client(simulator) as http:
            refused = http.post("/invoices", json=INVOICE, headers=headers)
            limits = http.get("/limits", headers=headers)
            announced = http.get("/announcements")
    finally:
        simulator.set_scenario("healthy")
    assert refused.status_code == 503 and refused.headers["Retry-After"] == "1800"
    assert refused.json()["status"] == "maintenance"
    assert limits.status_code == 503
    assert announced.status_code == 200
    assert simulator.invoices.count == before


def test_invoice_numbers_go_on_after_a_restart(tmp_path: Path) -> None:
    headers = {"Authorization": "Bearer t", "Idempotency-Key": "first"}
    with Simulator(tmp_path) as sim, client(sim) as http:
        first = http.post("/invoices", json=INVOICE, headers=headers).json()
    with Simulator(tmp_path) as sim, client(sim) as http:
        again = http.post("/invoices", json=INVOICE, headers=headers).json()
        second = http.post(
            "/invoices", json=INVOICE, headers={**headers, "Idempotency-Key": "second"}
        ).json()
        assert sim.invoices.count == 2
    assert first["number"] == "SIM00000001"
    assert again == first  # the key sent before the restart finds its invoice
    assert second["number"] == "SIM00000002"


def test_limits_need_a_token(simulator: Simulator) -> None:
    with client(simulator) as http:
        assert http.get("/limits").status_code == 401
        limits = http.get("/limits", headers={"Authorization": "Bearer t"}).json()
    assert limits == {"offline_max_hours": 72, "offline_max_amount": "100000.00"}


def test_control_endpoint_switches_scenarios(simulator: Simulator) -> None:
    with httpx.Client(base_url=simulator.control_url, trust_env=False) as control:
        assert control.post("/scenario", content="degraded").json() == {"scenario": "degraded"}
        assert control.get("/scenario").json() == {"scenario": "degraded"}
        assert control.post("/scenario", content="nonsense").status_code == 400
        assert "down" in control.get("/scenarios").json()
    with client(simulator) as http:
        assert http.get("/health").json()["status"] == "degraded"


def test_ca_is_kept_and_constrained_to_loopback(simulator_data: Path) -> None:
    with Simulator(simulator_data) as first:
        pem = first.ca_path.read_bytes()
    with Simulator(simulator_data) as second:
        assert second.ca_path.read_bytes() == pem
    ca = x509.load_pem_x509_certificate(pem)
    constraints = ca.extensions.get_extension_for_class(x509.NameConstraints).value
    assert constraints.permitted_subtrees is not None
    assert x509.DNSName("localhost") in constraints.permitted_subtrees
    assert (simulator_data / "simulator" / "ca-key.pem").stat().st_mode & 0o077 == 0


def test_refuses_non_loopback_addresses(tmp_path: Path) -> None:
    with pytest.raises(SimulatorError):
        Simulator(tmp_path, host="0.0.0.0")


def test_clock_skew_shows_in_the_date_header(simulator: Simulator) -> None:
    from datetime import UTC, datetime
    from email.utils import parsedate_to_datetime

    simulator.set_scenario("clock-skew")
    with client(simulator) as http:
        answer = http.get("/health")
    skew = parsedate_to_datetime(answer.headers["date"]) - datetime.now(UTC)
    assert 230 <= skew.total_seconds() <= 250
    assert json.loads(answer.text) == {"status": "ok"}


def test_the_support_intake_files_a_zip_once_per_key(simulator: Simulator) -> None:
    key = {"Idempotency-Key": str(uuid.uuid4())}
    with client(simulator) as http:
        first = http.post("/support/bundles", content=b"PK\x03\x04 a bundle", headers=key)
        again = http.post("/support/bundles", content=b"PK\x03\x04 a bundle", headers=key)
        not_zip = http.post("/support/bundles", content=b"hello", headers={"Idempotency-Key": "z"})
        no_key = http.post("/support/bundles", content=b"PK\x03\x04")
    assert first.status_code == 201 and again.status_code == 200
    assert again.json() == first.json()
    assert simulator.support.received()[first.json()["reference"]] == b"PK\x03\x04 a bundle"
    assert not_zip.status_code == 400 and no_key.status_code == 400
