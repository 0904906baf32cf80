"""What the tray costs the PC: start-up, idle memory and CPU. Prints figures; asserts nothing.

In the same run, side by side:
  * a bare QSystemTrayIcon program (the reference): time to shown, RSS, CPU;
  * the floor: the bare tray plus the imports any tray checking a server's TLS this way
    needs, then each of the tray's duties that costs memory in any implementation (SQLite,
    single instance, the OS's network-change signal, httpx's asynchronous transport) on its
    own, then all of them;
  * `invoice-tray` polling a healthy simulator every 5 s (the simulator runs as its own
    process, so its cost is not counted): time to icon shown, RSS after start, average CPU and
    RSS growth over the measured span, with the details window never opened (or, with
    ``--details``, opened by a second launch as a user would and closed again before the
    measured span).

Linux only (reads /proc). Qt runs offscreen unless DISPLAY is set (then a real tray host,
such as trayer under Xvfb, shows the icon).

    .venv/bin/python bench/tray_idle.py [--seconds 600] [--details]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from common import SimulatorProcess, compile_package, desktop_environment, start_simulator

DRIVER = Path(__file__).resolve().parent / "tray_driver.py"

BARE_TRAY = """
import sys, time
from PySide6.QtGui import QIcon, QPixmap, QColor
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QLabel
app = QApplication(sys.argv)
pixmap = QPixmap(22, 22); pixmap.fill(QColor("green"))
tray = QSystemTrayIcon(QIcon(pixmap)); tray.show()
if not QSystemTrayIcon.isSystemTrayAvailable():
    label = QLabel("bare"); label.show()
print("shown", time.time(), flush=True)
sys.exit(app.exec())
"""
# The floor: the bare tray and what any tray checking a server's TLS this way must import:
# ssl with the system's roots, httpx, asyncio (the checks of a round run at once under one
# deadline), cryptography (OCSP; also the Secret Service's session) and keyring (the secrets).
FLOOR_TRAY = BARE_TRAY.replace(
    "app = QApplication(sys.argv)",
    "import ssl, asyncio, httpx, keyring, cryptography.x509\n"
    "keyring.get_keyring()\n"
    "ssl.create_default_context()\n"
    "app = QApplication(sys.argv)",
)
# What the tray's own duties add to any implementation of them, each measured on its own:
# (label, imports before the QApplication, set-up after it).
DUTIES = (
    # the drafts and the check history are SQLite files
    ("sqlite3", "import sqlite3", ""),
    # a second start brings the running one forward
    (
        "QLocalServer",
        "from PySide6.QtNetwork import QLocalServer",
        "server = QLocalServer(); server.listen(f'bench-floor-{id(app)}')",
    ),
    # the OS's word on a network change triggers a check at once
    (
        "QNetworkInformation",
        "from PySide6.QtNetwork import QNetworkInformation",
        "QNetworkInformation.loadDefaultBackend()",
    ),
    # httpx's asynchronous transport (httpcore on anyio), for the concurrent round
    ("httpx.AsyncClient", "", "client = httpx.AsyncClient()"),
    # the check itself, at the tray's pace: one HTTPS request to the same server in a worker
    # thread, and its certificate parsed as any OCSP check must
    (
        "one HTTPS check every 5 s",
        "import threading",
        "threading.Thread(target=poll, daemon=True).start()",
    ),
)
POLL = """
def poll():
    import os, time
    from cryptography import x509
    context = ssl.create_default_context(cafile=os.environ["FLOOR_CA_FILE"])

    async def once():
        async with httpx.AsyncClient(verify=context) as client:
            response = await client.get(os.environ["FLOOR_URL"])
            ssl_object = response.extensions["network_stream"].get_extra_info("ssl_object")
            x509.load_der_x509_certificate(ssl_object.getpeercert(True))

    while True:
        asyncio.run(once())
        time.sleep(5)
"""


def floor_with(duties: tuple[tuple[str, str, str], ...]) -> str:
    imports = "".join(f"{line}\n" for _, line, _ in duties if line)
    setup = "".join(f"{line}\n" for _, _, line in duties if line)
    return FLOOR_TRAY.replace(
        "app = QApplication(sys.argv)\n", f"{imports}{POLL}app = QApplication(sys.argv)\n{setup}"
    )


CLK_TCK = os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime + stime


SAMPLES = 6


@dataclass
class Figures:
    start_s: float
    rss_mb: float
    cpu_pct: float
    growth_mb_per_h: float
    late_growth_mb_per_h: float  # the second half only: once caches have filled
    samples: list[float]


def measure(
    process: subprocess.Popen[str], started: float, shown: float, seconds: float
) -> Figures:
    time.sleep(2)  # let start-up settle
    rss_start, cpu_start, t0 = rss_mb(process.pid), cpu_s(process.pid), time.monotonic()
    samples = [rss_start]
    for _ in range(SAMPLES):
        time.sleep(seconds / SAMPLES)
        samples.append(rss_mb(process.pid))
    cpu_end, elapsed = cpu_s(process.pid), time.monotonic() - t0
    return Figures(
        start_s=shown - started,
        rss_mb=rss_start,
        cpu_pct=100 * (cpu_end - cpu_start) / elapsed,
        growth_mb_per_h=(samples[-1] - rss_start) * 3600 / elapsed,
        late_growth_mb_per_h=(samples[-1] - samples[SAMPLES // 2]) * 3600 / (elapsed / 2),
        samples=samples,
    )


def run_bare(env: dict[str, str], seconds: float, script: str = BARE_TRAY) -> Figures:
    started = time.time()
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        shown = float(process.stdout.readline().split()[1])
        return measure(process, started, shown, seconds)
    finally:
        process.terminate()
        process.wait(10)


def run_app(
    env: dict[str, str], home: Path, seconds: float, details: bool, simulator: SimulatorProcess
) -> Figures:
    env = {**env, "INVOICE_TRAY_HOME": str(home), "INVOICE_TRAY_TOKEN": "bench"}
    config = home / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(
        f'[server]\nurl = "{simulator.url}"\nca_file = "{simulator.ca_file}"\n'
        "[polling]\ninterval_s = 5\n"
    )
    log = home / "logs" / "invoice-tray.log"
    started = time.time()
    command = [sys.executable, str(DRIVER)] if details else [sys.executable, "-m", "invoice_tray"]
    output = home / "stdout.txt"
    process = subprocess.Popen(
        command,
        stdout=output.open("w"),
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        shown = wait_for_shown(log)
        if details:
            open_and_close_details(env)
            if "details closing" not in output.read_text():
                raise RuntimeError("the details window did not open")
        return measure(process, started, shown, seconds)
    finally:
        process.terminate()
        process.wait(15)


def open_and_close_details(env: dict[str, str]) -> None:
    """A second launch brings the details window up in the running tray; the driver closes
    it 5 s later. The window then lives on hidden, as after a user closed it."""
    subprocess.run([sys.executable, "-m", "invoice_tray"], env=env, check=True, timeout=30)
    time.sleep(8)


def wait_for_shown(log: Path) -> float:
    import datetime

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if log.exists():
            for line in log.read_text(encoding="utf-8").splitlines():
                if "tray icon shown" in line or "status window shown" in line:
                    stamp = " ".join(line.split()[:2])
                    when = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f")
                    return when.timestamp()
        time.sleep(0.05)
    raise RuntimeError("the tray never said it was shown")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60, help="idle span measured")
    parser.add_argument(
        "--details", action="store_true", help="open and close the details window first"
    )
    args = parser.parse_args()
    seconds = args.seconds
    env = desktop_environment()
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    compile_package()
    # Side by side over the same span, so all see the same machine.
    references = {
        "bare tray": BARE_TRAY,
        "floor: imports": FLOOR_TRAY,
        **{f"  + {duty[0]}": floor_with((duty,)) for duty in DUTIES},
        "floor: imports and duties": floor_with(DUTIES),
    }
    with (
        tempfile.TemporaryDirectory(prefix="bench-tray-") as home,
        ThreadPoolExecutor(len(references) + 1) as pool,
    ):
        simulator = start_simulator({**env, "INVOICE_TRAY_HOME": home})
        try:
            floor_env = {**env, "FLOOR_URL": simulator.url, "FLOOR_CA_FILE": simulator.ca_file}
            runs = {
                name: pool.submit(run_bare, floor_env, seconds, script)
                for name, script in references.items()
            }
            app_run = pool.submit(run_app, env, Path(home), seconds, args.details, simulator)
            measured = {name: run.result() for name, run in runs.items()}
            app = app_run.result()
        finally:
            simulator.stop()
    bare = measured["bare tray"]
    platform = env.get("QT_QPA_PLATFORM", "xcb")
    opened = "opened and closed" if args.details else "never opened"
    print(
        f"idle span: {seconds:.0f} s, polling every 5 s, details window {opened}, "
        f"Qt platform: {platform}"
    )
    rows = [
        ("start to shown (s)", bare.start_s, app.start_s, ".2f"),
        ("RSS after start (MB)", bare.rss_mb, app.rss_mb, ".1f"),
        ("average CPU (%)", bare.cpu_pct, app.cpu_pct, ".2f"),
        ("RSS growth (MB/hour)", bare.growth_mb_per_h, app.growth_mb_per_h, ".1f"),
        ("  second half only", bare.late_growth_mb_per_h, app.late_growth_mb_per_h, ".1f"),
    ]
    print(f"{'':28}{'bare tray':>12}{'invoice-tray':>14}")
    for label, reference, ours, form in rows:
        print(f"{label:28}{reference:12{form}}{ours:14{form}}")
    print(f"RSS difference after start: +{app.rss_mb - bare.rss_mb:.1f} MB")
    floor = measured["floor: imports"]
    print("RSS after start (MB), against the bare tray:")
    for name, figures in measured.items():
        if name == "bare tray":
            continue
        against = floor if name.startswith("  +") else bare
        print(f"  {name:32}{figures.rss_mb:8.1f}{figures.rss_mb - against.rss_mb:+8.1f}")
    print(f"  {'invoice-tray':32}{app.rss_mb:8.1f}{app.rss_mb - bare.rss_mb:+8.1f}")
    print("(each duty is measured against the imports floor)")
    duties = measured["floor: imports and duties"]
    print(
        f"invoice-tray is {app.rss_mb - floor.rss_mb:+.1f} MB from the imports floor, "
        f"{app.rss_mb - duties.rss_mb:+.1f} MB from the floor with its duties"
    )
    print("invoice-tray RSS over the span (MB): " + ", ".join(f"{v:.1f}" for v in app.samples))


if __name__ == "__main__":
    main()
