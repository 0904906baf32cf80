"""What the benchmarks share: a desktop-like environment, an installed-like package, and the
simulator as a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "invoice_tray"
# A machine-wide SSL_CERT_FILE makes OpenSSL parse the whole CA bundle on every start, and a
# proxy would be measured along: neither is there on a desktop (nor in the tests).
CLEARED = ("SSL_CERT_FILE", "SSL_CERT_DIR", "HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY")


def desktop_environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.upper() not in CLEARED}


def compile_package() -> None:
    """Bytecode as an installed wheel or frozen bundle has it (PYTHONDONTWRITEBYTECODE would
    otherwise make every start recompile the sources)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(PACKAGE)], check=True)


@dataclass
class SimulatorProcess:
    process: subprocess.Popen[str]
    url: str
    control_url: str
    ca_file: str

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=15)


def start_simulator(env: dict[str, str], *options: str) -> SimulatorProcess:
    """`invoice-tray simulate` on a free port; its address, control address and CA are read
    from the lines it prints on start."""
    process = subprocess.Popen(
        [sys.executable, "-m", "invoice_tray", "simulate", "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    url = ca = control = ""
    for line in process.stdout:
        if " on https://" in line:
            url = line.split(" on ")[1].split()[0]
        elif "server.ca_file" in line:
            ca = line.split('"')[1]
        elif "curl -d NAME " in line:
            control = line.split("curl -d NAME ")[1].split("/scenario")[0]
            break
    return SimulatorProcess(process, url, control, ca)
