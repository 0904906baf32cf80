"""What the built packages cost: sizes, and how fast the frozen program starts. Prints
figures against the targets; asserts nothing. Run after `python3 scripts/dev.py package`.

  * sizes: the frozen folder (bytes in files, and disk use), the .deb, the installers;
  * `invoice-tray --version` (what a script or monitoring system pays per call);
  * start to the tray icon shown (or, with no tray, the status window), from the log line
    the app writes then. The first start is reported apart: it is the cold one when the
    page cache could be emptied (needs root), else the first after the build.

Qt runs offscreen unless DISPLAY is set (then a real tray host, such as trayer under Xvfb,
shows the icon).

    .venv/bin/python bench/package.py [--runs 10]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import desktop_environment
from tray_idle import wait_for_shown

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
TARGETS = {"onedir_mb": 120.0, "start_s": 1.5, "version_s": 0.3}


def folder_mb(path: Path) -> float:
    return (
        sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


def disk_mb(path: Path) -> float:
    done = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[0]) / 1024


def drop_page_cache() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def time_version(program: Path, env: dict[str, str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([str(program), "--version"], env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - began)
    return times


def time_start(program: Path, env: dict[str, str]) -> float:
    with tempfile.TemporaryDirectory() as home:
        run_env = {**env, "INVOICE_TRAY_HOME": home}
        started = time.time()
        process = subprocess.Popen(
            [str(program)],
            env=run_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            shown = wait_for_shown(Path(home) / "logs" / "invoice-tray.log")
        finally:
            process.terminate()
            process.wait(15)
    return shown - started


def line(name: str, value: float, unit: str, target: float | None = None) -> None:
    verdict = "" if target is None else ("  ok" if value <= target else "  OVER")
    aim = "" if target is None else f"  (target ≤ {target:g} {unit})"
    print(f"{name:<44} {value:8.2f} {unit}{aim}{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    onedir = DIST / "invoice-tray"
    program = onedir / ("invoice-tray.exe" if sys.platform == "win32" else "invoice-tray")
    if not program.exists():
        raise SystemExit("no frozen build: python3 scripts/dev.py package")
    env = desktop_environment()
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if "DISPLAY" not in env else "xcb")

    print("sizes")
    line("  frozen folder (bytes in files)", folder_mb(onedir), "MB", TARGETS["onedir_mb"])
    line("  frozen folder (disk use)", disk_mb(onedir), "MB")
    for pattern in ("*.deb", "*.exe", "*.msi", "placeholder/*.exe", "placeholder/*.msi"):
        for artifact in sorted(DIST.glob(pattern)):
            line(f"  {artifact.relative_to(DIST)}", artifact.stat().st_size / 1e6, "MB")

    print("start-up")
    cold = drop_page_cache()
    first = time_start(program, env)
    label = "cold (page cache emptied)" if cold else "first after the build"
    line(f"  to the tray icon, {label}", first, "s", TARGETS["start_s"])
    starts = [time_start(program, env) for _ in range(args.runs)]
    line(f"  to the tray icon, median of {args.runs}", statistics.median(starts), "s")
    line("  to the tray icon, slowest", max(starts), "s", TARGETS["start_s"])
    versions = time_version(program, env, args.runs)
    line(
        f"  --version, median of {args.runs}",
        statistics.median(versions),
        "s",
        TARGETS["version_s"],
    )
    line("  --version, slowest", max(versions), "s")
    print(f"(Qt platform: {env['QT_QPA_PLATFORM']})")


if __name__ == "__main__":
    main()
