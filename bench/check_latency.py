"""How fast is one full check? Prints figures; asserts nothing.

Against the healthy simulator (its own process, so it does not share our GIL), in the same run:
  * curl -w time_total for GET /health (the reference);
  * one full check in-process (warm: the context and imports already loaded);
  * a bare Python process making one verified httpx request (the floor for a Python check:
    ``python -c "import ssl, httpx; httpx.get(URL, verify=ctx)"``), interleaved with
  * a whole `invoice-tray check --json` process (cold: interpreter, imports, everything), with
    the package's bytecode compiled first, as an installed wheel or frozen bundle has it
    (PYTHONDONTWRITEBYTECODE would otherwise make every run recompile the sources);
  * the verdict time for a closed port, and for a blackholed port with a 2 s deadline.

    .venv/bin/python bench/check_latency.py [--runs N]

Proxy and SSL_CERT_* variables are cleared first, as on a desktop (and as the tests do): a
machine-wide SSL_CERT_FILE makes OpenSSL parse the whole CA bundle on every start.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from common import compile_package, desktop_environment, start_simulator

from invoice_tray.engine.runner import run_check_sync
from invoice_tray.engine.settings import CheckSettings


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    # In-process checks read the environment too: make this process desktop-like as well.
    desktop = desktop_environment()
    os.environ.clear()
    os.environ.update(desktop)
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    home = Path(tempfile.mkdtemp(prefix="bench-check-"))
    simulator = start_simulator({**os.environ, "INVOICE_TRAY_HOME": str(home)})
    url, control, ca = simulator.url, simulator.control_url, Path(simulator.ca_file)
    try:
        settings = CheckSettings(server_url=url, ca_file=ca, token="bench")
        run_check_sync(settings)  # warm-up: contexts, imports, the server's certificate

        curl = shutil.which("curl")
        curl_s: list[float] = []
        if curl:
            for _ in range(runs):
                out = subprocess.run(
                    [curl, "-s", "-o", os.devnull, "--cacert", str(ca), "-w", "%{time_total}",
                     f"{url}/health"],
                    capture_output=True, text=True, check=True,
                )  # fmt: skip
                curl_s.append(float(out.stdout))

        in_process: list[float] = []
        for _ in range(runs):
            began = time.perf_counter()
            report = run_check_sync(settings)
            in_process.append(time.perf_counter() - began)
            assert report.verdict.light.label == "green", report.to_json()

        compile_package()
        config = home / "bench.toml"
        config.write_text(f'[server]\nurl = "{url}"\nca_file = "{ca.as_posix()}"\n')
        env = {**os.environ, "INVOICE_TRAY_HOME": str(home), "INVOICE_TRAY_TOKEN": "bench"}
        bare_script = (
            "import ssl, httpx; "
            f"ctx = ssl.create_default_context(cafile={str(ca)!r}); "
            f"httpx.get({url + '/health'!r}, verify=ctx)"
        )
        whole: list[float] = []
        bare: list[float] = []
        for _ in range(runs):  # interleaved: the same moments of a noisy machine for both
            began = time.perf_counter()
            subprocess.run([sys.executable, "-c", bare_script], check=True, env=env)
            bare.append(time.perf_counter() - began)
            began = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "invoice_tray", "check", "--json", "--config", str(config)],
                capture_output=True, check=True, env=env,
            )  # fmt: skip
            whole.append(time.perf_counter() - began)

        with httpx.Client(base_url=control, trust_env=False) as http:
            http.post("/scenario", content="down").raise_for_status()
            closed = [run_check_sync(settings).duration_ms / 1000 for _ in range(runs)]
            http.post("/scenario", content="blackhole").raise_for_status()
            blackhole_settings = CheckSettings(server_url=url, ca_file=ca, timeout_s=2.0)
            blackhole = [run_check_sync(blackhole_settings).duration_ms / 1000 for _ in range(3)]
    finally:
        simulator.stop()
        shutil.rmtree(home, ignore_errors=True)

    print(f"runs: {runs}   server: {url}")
    if curl_s:
        print(f"curl GET /health (reference)            median {median_ms(curl_s):7.1f} ms")
    print(
        f"full check, in-process (warm)            median {median_ms(in_process):7.1f} ms", end=""
    )
    print(f"   = {median_ms(in_process) / median_ms(curl_s):.1f}x curl" if curl_s else "")
    print(f"bare python + httpx request process      median {median_ms(bare):7.1f} ms")
    print(f"full check, whole `check --json` process median {median_ms(whole):7.1f} ms", end="")
    print(f"   = {median_ms(whole) / median_ms(bare):.2f}x the bare python + httpx request")
    print(f"verdict for a closed port                median {median_ms(closed):7.1f} ms")
    print(
        f"verdict for a blackholed port (2 s)      max    {max(blackhole) * 1000:7.1f} ms"
        f"   (deadline + {max(blackhole) * 1000 - 2000:.0f} ms)"
    )


if __name__ == "__main__":
    main()
