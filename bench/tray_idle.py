"""What the tray costs the PC: start-up, idle memory and CPU. Prints figures; asserts nothing.

In the same run, side by side:
  * a bare QSystemTrayIcon program (the reference): time to shown, RSS, CPU;
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
from pathlib import Path

from common import compile_package, desktop_environment, start_simulator

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
CLK_TCK = os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime + stime


def measure(
    process: subprocess.Popen[str], started: float, shown: float, seconds: float
) -> dict[str, float]:
    time.sleep(2)  # let start-up settle
    rss_start, cpu_start, t0 = rss_mb(process.pid), cpu_s(process.pid), time.monotonic()
    time.sleep(seconds)
    rss_end, cpu_end = rss_mb(process.pid), cpu_s(process.pid)
    elapsed = time.monotonic() - t0
    return {
        "start_s": shown - started,
        "rss_mb": rss_start,
        "cpu_pct": 100 * (cpu_end - cpu_start) / elapsed,
        "growth_mb_per_h": (rss_end - rss_start) * 3600 / elapsed,
    }


def run_bare(env: dict[str, str], seconds: float) -> dict[str, float]:
    started = time.time()
    process = subprocess.Popen(
        [sys.executable, "-c", BARE_TRAY],
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


def run_app(env: dict[str, str], home: Path, seconds: float, details: bool) -> dict[str, float]:
    env = {**env, "INVOICE_TRAY_HOME": str(home), "INVOICE_TRAY_TOKEN": "bench"}
    simulator = start_simulator(env)
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
        simulator.stop()


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
    bare = run_bare(env, seconds)
    with tempfile.TemporaryDirectory(prefix="bench-tray-") as home:
        app = run_app(env, Path(home), seconds, args.details)
    platform = env.get("QT_QPA_PLATFORM", "xcb")
    opened = "opened and closed" if args.details else "never opened"
    print(
        f"idle span: {seconds:.0f} s, polling every 5 s, details window {opened}, "
        f"Qt platform: {platform}"
    )
    print(f"{'':28}{'bare tray':>12}{'invoice-tray':>14}")
    print(f"{'start to shown (s)':28}{bare['start_s']:12.2f}{app['start_s']:14.2f}")
    print(
        f"{'RSS after start (MB)':28}{bare['rss_mb']:12.1f}{app['rss_mb']:14.1f}"
        f"   (+{app['rss_mb'] - bare['rss_mb']:.1f} MB)"
    )
    print(f"{'average CPU (%)':28}{bare['cpu_pct']:12.2f}{app['cpu_pct']:14.2f}")
    print(
        f"{'RSS growth (MB/hour)':28}{bare['growth_mb_per_h']:12.1f}{app['growth_mb_per_h']:14.1f}"
    )


if __name__ == "__main__":
    main()
