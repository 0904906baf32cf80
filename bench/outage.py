"""How soon the light tells an outage, and the recovery: the real tray (offscreen, default
polling) against the simulator in a process of its own, switched down and up at random
moments. Prints the distribution of outage→red and recovery→green; asserts nothing.

    .venv/bin/python bench/outage.py [--cycles 10] [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from common import compile_package, desktop_environment, start_simulator


class Log:
    """The tray's log, read as it grows: when did the shown light last change to ``light``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def changed_to(self, light: str, after: float, timeout: float) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for when in self._changes(light):
                if when >= after:
                    return when
            time.sleep(0.1)
        raise RuntimeError(f"the light did not turn {light} in {timeout:.0f} s")

    def _changes(self, light: str) -> list[float]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return []
        found = []
        for line in lines:
            if "light shown: " in line and line.rstrip().endswith(f"-> {light}"):
                stamp = " ".join(line.split()[:2])
                parsed = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f")
                found.append(parsed.timestamp())
        return found


def describe(name: str, seconds: list[float]) -> str:
    ordered = sorted(seconds)
    return (
        f"{name:22} median {statistics.median(ordered):5.1f} s   "
        f"min {ordered[0]:5.1f}   max {ordered[-1]:5.1f}   "
        f"({', '.join(f'{s:.0f}' for s in ordered)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cycles", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rand = random.Random(args.seed)
    env = desktop_environment()
    env["QT_QPA_PLATFORM"] = "offscreen"
    compile_package()
    to_red: list[float] = []
    to_green: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-outage-") as folder:
        home = Path(folder)
        env = {**env, "INVOICE_TRAY_HOME": folder, "INVOICE_TRAY_TOKEN": "bench"}
        simulator = start_simulator(env)
        config = home / "config" / "config.toml"
        config.parent.mkdir(parents=True)
        # The default polling: only the server and its CA are set.
        config.write_text(f'[server]\nurl = "{simulator.url}"\nca_file = "{simulator.ca_file}"\n')
        tray = subprocess.Popen(
            [sys.executable, "-m", "invoice_tray"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        log = Log(home / "logs" / "invoice-tray.log")
        control = httpx.Client(base_url=simulator.control_url, trust_env=False)
        try:
            log.changed_to("green", 0, 60)
            for cycle in range(args.cycles):
                time.sleep(rand.uniform(5, 65))  # a random moment of the polling cycle
                down = time.time()
                control.post("/scenario", content="down").raise_for_status()
                to_red.append(log.changed_to("red", down, 600) - down)
                time.sleep(rand.uniform(5, 60))
                up = time.time()
                control.post("/scenario", content="healthy").raise_for_status()
                to_green.append(log.changed_to("green", up, 900) - up)
                print(f"cycle {cycle + 1}: red after {to_red[-1]:.1f} s, "
                      f"green after {to_green[-1]:.1f} s", flush=True)  # fmt: skip
        finally:
            control.close()
            tray.terminate()
            tray.wait(15)
            simulator.stop()
    print("default polling (60 s interval), the simulator refusing connections while down")
    print(describe("outage → red", to_red))
    print(describe("recovery → green", to_green))


if __name__ == "__main__":
    main()
