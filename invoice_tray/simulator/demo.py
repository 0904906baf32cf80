"""The demo: the invoice-server simulator and, next to it, a plain HTTPS site (as an
e-tax portal would be), each on its own port with its own scenarios, checked as two endpoints
of one round. Nothing of it is saved: the settings it needs are overrides for this run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from invoice_tray.config.endpoints import EndpointSpec
from invoice_tray.engine.kinds import EndpointKind
from invoice_tray.i18n import tr
from invoice_tray.simulator.server import Simulator


@dataclass
class Demo:
    server: Simulator
    site: Simulator

    @classmethod
    def start(cls, data_dir: Path, scenario: str = "healthy") -> Demo:
        server = Simulator(data_dir, scenario=scenario).start()
        try:
            site = Simulator(data_dir, plain=True).start()
        except BaseException:
            server.close()
            raise
        return cls(server, site)

    def close(self) -> None:
        self.site.close()
        self.server.close()

    def overrides(self) -> dict[str, object]:
        """The settings of this run: both endpoints, the demo's CA trusted (both share it)."""
        endpoints = (
            EndpointSpec(str(tr("Invoice server (demo)")), self.server.url,
                         EndpointKind.INVOICE_SERVER),
            EndpointSpec(str(tr("e-tax bureau (demo)")), self.site.url, EndpointKind.HTTPS,
                         critical=False),
        )  # fmt: skip
        return {
            "server_url": self.server.url,
            "server_ca_file": str(self.server.ca_path),
            "endpoints": endpoints,
        }

    @property
    def site_name(self) -> str:
        return str(tr("e-tax bureau (demo)"))
