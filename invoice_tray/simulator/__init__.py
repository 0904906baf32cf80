"""An invoice server on loopback that implements the contract in docs/server-api.md, with
scenarios that reproduce every failure the engine must recognise. Demo mode and the test
suite both use it."""

from invoice_tray.simulator.scenarios import SCENARIOS, Scenario
from invoice_tray.simulator.server import Simulator

__all__ = ["SCENARIOS", "Scenario", "Simulator"]
