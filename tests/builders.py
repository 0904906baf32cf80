"""What many tests build: settings for a simulator, a fast monitor, valid drafts. Kept here,
free of Qt, rather than imported from one test module into another."""

from __future__ import annotations

from invoice_tray.config import Config
from invoice_tray.drafts.model import Draft, parse_draft
from invoice_tray.engine.monitor import MonitorPolicy
from invoice_tray.simulator.server import Simulator

FAST = MonitorPolicy(interval_s=0.3, retry_s=0.1, backoff_cap_s=0.4)
VALID_USCC = "91110000600037341L"


def config_for(sim: Simulator, timeout_s: float = 2.0) -> Config:
    return Config().with_values(
        server_url=sim.url, server_ca_file=str(sim.ca_path), server_timeout_s=timeout_s
    )


def draft_json(**line: object) -> dict[str, object]:
    """A valid draft as JSON, with one line whose fields ``line`` overrides."""
    base_line = {
        "name": "*信息技术服务*软件维护",
        "tax_code": "3040201990000000000",
        "spec": "",
        "unit": "次",
        "quantity": "1",
        "unit_price": "1000",
        "tax_rate": "0.13",
        "price_includes_tax": True,
    }
    return {
        "buyer": {"name": "示例科技有限公司", "tax_id": VALID_USCC, "address_phone": "",
                  "bank_account": ""},
        "lines": [{**base_line, **line}],
        "remarks": "",
    }  # fmt: skip


def a_draft(**line: object) -> Draft:
    draft, problems = parse_draft(draft_json(**line))
    assert problems == []
    return draft
