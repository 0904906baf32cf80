"""A round of two endpoints (the invoice server and a plain HTTPS site) against a round of
one, each simulator a process of its own on loopback: the endpoints run at once, so two
should cost little more than one. Prints the medians and their ratio; asserts nothing.

    .venv/bin/python bench/endpoints.py [--rounds 30] [--latency-ms 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from common import CLEARED, desktop_environment, start_simulator

from invoice_tray.engine.kinds import EndpointKind
from invoice_tray.engine.runner import run_check_sync
from invoice_tray.engine.settings import CheckSettings


def median_ms(settings: CheckSettings, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        report = run_check_sync(settings)
        times.append((time.perf_counter() - began) * 1000)
        assert report.verdict.light.label == "green", report.to_json()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument(
        "--latency-ms", type=float, default=0.0, help="each simulator waits this long per answer"
    )
    args = parser.parse_args()
    env = desktop_environment()
    for name in CLEARED:
        os.environ.pop(name, None)
    with tempfile.TemporaryDirectory() as home:
        env["INVOICE_TRAY_HOME"] = home
        latency = ("--latency-ms", str(args.latency_ms))
        server = start_simulator(env, *latency)
        site = start_simulator(env, "--plain", *latency)
        try:
            ca = Path(server.ca_file)
            one = CheckSettings(server.url, ca_file=ca, token="t", name="invoice")
            site_settings = replace(
                one, server_url=site.url, kind=EndpointKind.HTTPS, token=None, name="site"
            )
            two = replace(one, others=(site_settings,))
            median_ms(two, 3)  # warm up both (certificates, OCSP cache)
            single = median_ms(one, args.rounds)
            double = median_ms(two, args.rounds)
            site_only = median_ms(site_settings, args.rounds)
        finally:
            site.stop()
            server.stop()
    print(f"simulators answer after {args.latency_ms:g} ms")
    print(f"one endpoint (invoice server): median {single:.1f} ms over {args.rounds} rounds")
    print(f"one endpoint (plain site):     median {site_only:.1f} ms")
    print(f"two endpoints, one round:      median {double:.1f} ms")
    print(f"ratio two / one: {double / single:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
