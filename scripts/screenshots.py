#!/usr/bin/env python3
"""Take the README's screenshots from the real app, in each language, on a virtual screen.

    python3 scripts/screenshots.py [--scenario cert-expiring] [--out docs/screenshots]

Runs `invoice-tray --demo` under Xvfb with trayer as the system tray host, opens the tray
menu, the details window, the settings dialog, the offline drafts window, the draft editor
and a fix wizard with xdotool as a user would, and captures them with ImageMagick; then a
first start without any server, for the welcome; then the diagnostics window on a red light,
and the bundle's report.html in headless Chromium. Needs (Debian): xvfb xauth x11-utils
xdotool imagemagick trayer libxcb-cursor0 fonts-wqy-microhei chromium fonts-noto-cjk, and
the project's .venv (python3 scripts/dev.py test makes it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
SCREEN = (1280, 800)
# Quicker to red than the defaults (three failures, ten seconds apart).
QUICKER_TO_RED = "[server]\ntimeout_s = 2\n[polling]\nretry_s = 2\n"
HELPDESK = """[helpdesk]
name = "财务信息化服务台"
phone = "400-800-1234 转 2"
hours = "工作日 8:30–17:30"
"""
PANEL_HEIGHT = 28
TOOLS = ("Xvfb", "trayer", "xdotool", "import", "convert", "xdpyinfo")


# Drafts in each state, written through the store as the app would have left them.
SAMPLE_DRAFTS = """
import sys
from pathlib import Path
from invoice_tray.drafts.model import parse_draft
from invoice_tray.drafts.store import DraftStore

def draft(buyer, tax_id, *lines):
    document = {"buyer": {"name": buyer, "tax_id": tax_id, "address_phone": "",
                          "bank_account": ""}, "remarks": "",
                "lines": [{"name": name, "tax_code": "3040201990000000000", "unit": unit,
                           "quantity": quantity, "unit_price": price, "tax_rate": rate,
                           "price_includes_tax": True}
                          for name, unit, quantity, price, rate in lines]}
    return parse_draft(document)[0]

store = DraftStore(Path(sys.argv[1]))
software = ("*信息技术服务*软件维护", "次", "1", "12000", "0.06")
paper = ("*纸制品*打印纸", "箱", "20", "185.50", "0.13")
done = store.add(draft("上海示例贸易有限公司", "91310000MA1FL1234X", software, paper), queue=True)
store.claim_next(); store.mark_submitted(done, "a1b2", "24312000000012345678")
store.add(draft("北京示例科技有限公司", "91110000600037341L", software), queue=True)
store.add(draft("广州示例商贸有限公司", "91440101MA5AB6CD7E", paper), queue=True)
store.add(draft("深圳示例电子有限公司", "91440300MA5FXY1234", paper, software))
rejected = store.add(draft("杭州示例文化传媒有限公司", "91330100MA2B3C4D5X", paper), queue=True)
store.claim_next(); store.claim_next(); store.claim_next()
reasons = {"buyer.tax_id": "购买方纳税人识别号未登记"}
store.mark_rejected(rejected, {"status": 422, "fields": reasons})
from invoice_tray.i18n import tr
waiting = tr("the server answered {status}; it will be sent again", status=503)
store.retry_later(2, 0, waiting, 503)
store.retry_later(3, 0, waiting, 503)
store.close()
"""


def wait_until(condition: object, what: str, timeout: float = 30) -> None:
    assert callable(condition)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise SystemExit(f"screenshots: timed out waiting for {what}")


@contextmanager
def process(command: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    started = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        yield started
    finally:
        if started.poll() is None:
            started.send_signal(signal.SIGINT)
            try:
                started.wait(15)
            except subprocess.TimeoutExpired:
                started.kill()
                started.wait()


@contextmanager
def virtual_desktop(number: int) -> Iterator[dict[str, str]]:
    display = f":{number}"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["DISPLAY"] = display
    size = f"{SCREEN[0]}x{SCREEN[1]}x24"
    with process(["Xvfb", display, "-screen", "0", size, "-nolisten", "tcp"], env):
        wait_until(
            lambda: subprocess.run(["xdpyinfo"], env=env, capture_output=True).returncode == 0,
            "the X server",
        )
        tray_host = [
            "trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
            "--height", str(PANEL_HEIGHT), "--SetDockType", "true", "--transparent", "false",
            "--tint", "0x333333",
        ]  # fmt: skip
        with process(tray_host, env):
            time.sleep(1.5)
            yield env


def xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True)
    return done.stdout.strip()


def tray_icon_centre(env: dict[str, str]) -> tuple[int, int]:
    """The middle of our icon: the right end of trayer's panel (the 28-pixel-high window at
    the top; trayer also has a small hidden leader window)."""
    for window in xdotool(env, "search", "--class", "trayer").split():
        geometry = xdotool(env, "getwindowgeometry", window)
        position = geometry.split("Position: ")[1].split()[0]
        size = geometry.split("Geometry: ")[1].split()[0]
        x, y = (int(v) for v in position.split(","))
        width, height = (int(v) for v in size.split("x"))
        if y == 0 and height == PANEL_HEIGHT:
            return x + width - PANEL_HEIGHT // 2, y + height // 2
    raise SystemExit("screenshots: trayer's panel was not found")


def capture(env: dict[str, str], path: Path, crop: str | None = None, window: str = "root") -> None:
    raw = path.with_suffix(".raw.png")
    subprocess.run(["import", "-window", window, str(raw)], env=env, check=True)
    command = ["convert", str(raw)]
    if crop:
        command += ["-crop", crop, "+repage"]
    subprocess.run([*command, str(path)], check=True)
    raw.unlink()
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


@contextmanager
def session(
    number: int, config: str | None = None, **extra: str
) -> Iterator[tuple[Path, dict[str, str], Callable[[str], bool]]]:
    """A virtual desktop and a fresh home for one run of the app: its folder, the environment
    to start it with, and a test of whether its log says a text yet."""
    with (
        tempfile.TemporaryDirectory(prefix="screenshots-") as folder,
        virtual_desktop(number) as env,
    ):
        home = Path(folder)
        env = {**env, "INVOICE_TRAY_HOME": folder, "LANG": "C.UTF-8", **extra}
        if config is not None:
            (home / "config").mkdir()
            (home / "config" / "config.toml").write_text(config, encoding="utf-8")
        log = home / "logs" / "invoice-tray.log"

        def logged(text: str) -> bool:
            return log.exists() and text in log.read_text(encoding="utf-8")

        yield home, env, logged


def shoot(language: str, scenario: str, out: Path, number: int) -> None:
    print(f"{language}:")
    with session(number) as (home, env, logged):
        data = home / "data"
        data.mkdir()
        sample = [str(PYTHON), "-c", SAMPLE_DRAFTS, str(data / "drafts.sqlite3")]
        subprocess.run(sample, env=env, check=True, cwd=ROOT)
        app = [str(PYTHON), "-m", "invoice_tray", "--demo", "--scenario", scenario]
        with process([*app, "--lang", language], env) as running:
            APP_PID.append(running.pid)
            wait_until(lambda: logged("tray icon shown"), "the tray icon")
            wait_until(lambda: logged("light shown: unknown ->"), "the first check")
            x, y = tray_icon_centre(env)
            right = f"{SCREEN[0] - 440}x260+440+0"
            if logged("notice ("):  # the first result's notification balloon
                time.sleep(1.0)
                capture(env, out / f"notice-{language}.png", f"{SCREEN[0] - 440}x110+440+0")
                time.sleep(10.5)  # it goes after 10 s, and would cover the icon until then

            xdotool(env, "mousemove", str(x), str(y), "click", "3")
            time.sleep(1.0)
            capture(env, out / f"tray-menu-{language}.png", right)
            xdotool(env, "key", "Escape")

            before = visible_windows(env)
            xdotool(env, "mousemove", str(x), str(y), "click", "1")  # opens the details
            time.sleep(2.0)
            capture(env, out / f"details-{language}.png", window=find(env, before))

            # Settings…: the fifth enabled entry (Check now, Details, Drafts, Export, Settings).
            before = visible_windows(env)
            xdotool(env, "mousemove", str(x), str(y), "click", "3")
            time.sleep(1.0)
            xdotool(env, "key", "Down", "Down", "Down", "Down", "Down", "Return")
            time.sleep(2.0)
            settings = find(env, before)
            capture(env, out / f"settings-{language}.png", window=settings)
            xdotool(env, "windowclose", settings)
            shoot_drafts(env, language, out, (x, y))


def shoot_drafts(env: dict[str, str], language: str, out: Path, icon: tuple[int, int]) -> None:
    """Offline drafts…, the third enabled entry; then the rejected draft (the newest, on the
    top row) in the editor."""
    before = visible_windows(env)
    xdotool(env, "mousemove", str(icon[0]), str(icon[1]), "click", "3")
    time.sleep(1.0)
    xdotool(env, "key", "Down", "Down", "Down", "Return")
    time.sleep(2.0)
    window = find(env, before)
    xdotool(env, "windowmove", window, "60", "60")
    time.sleep(0.5)
    # The top row, as laid out at the window's 820x560: click it, then Edit… (top left).
    xdotool(env, "mousemove", "--window", window, "300", "112", "click", "1")
    time.sleep(1.0)
    capture(env, out / f"drafts-{language}.png", window=window)
    before = visible_windows(env)
    xdotool(env, "mousemove", "--window", window, "300", "112", "click", "--repeat", "2", "1")
    time.sleep(2.0)
    editor = find(env, before)
    capture(env, out / f"editor-{language}.png", window=editor)


def shoot_fix(language: str, out: Path, number: int) -> None:
    """The fix wizard, on a server that never answers: the verdict names the network reset."""
    with session(number, QUICKER_TO_RED) as (_home, env, logged):
        app = [str(PYTHON), "-m", "invoice_tray", "--demo", "--scenario", "blackhole"]
        with process([*app, "--lang", language], env) as running:
            APP_PID.append(running.pid)
            wait_until(lambda: logged("light shown: unknown -> red"), "the red light", 90)
            time.sleep(1.0)
            capture(env, out / f"notice-red-{language}.png", f"{SCREEN[0] - 440}x110+440+0")
            time.sleep(9.5)  # the notification balloon goes
            x, y = tray_icon_centre(env)
            xdotool(env, "mousemove", str(x), str(y), "click", "3")
            time.sleep(1.0)
            capture(env, out / f"tray-menu-red-{language}.png", f"{SCREEN[0] - 440}x260+440+0")
            # "Fix: …" is the fourth enabled entry (Check now, Details, Drafts, Fix).
            before = visible_windows(env)
            xdotool(env, "key", "Down", "Down", "Down", "Down", "Return")
            time.sleep(2.5)
            wizard = find(env, before)
            capture(env, out / f"fix-why-{language}.png", window=wizard)
            # Next: the second button from the right, as laid out at the wizard's 640x480.
            xdotool(env, "mousemove", "--window", wizard, "503", "457", "click", "1")
            time.sleep(1.5)
            capture(env, out / f"fix-plan-{language}.png", window=wizard)


def shoot_welcome(language: str, out: Path, number: int) -> None:
    """A first start: no server set up, the welcome opens by itself."""
    with session(number) as (_home, env, logged):
        app = [str(PYTHON), "-m", "invoice_tray", "--lang", language]
        with process(app, env) as running:
            APP_PID.append(running.pid)
            wait_until(lambda: logged("tray icon shown"), "the tray icon")
            wait_until(lambda: bool(visible_windows(env)), "the welcome")
            time.sleep(1.5)
            (welcome,) = visible_windows(env)
            xdotool(env, "windowmove", welcome, "40", "60")
            time.sleep(0.5)
            capture(env, out / f"welcome-{language}.png", window=welcome)


def shoot_export(language: str, out: Path, number: int) -> None:
    """The diagnostics window on a red light, with the helpdesk set up; then the bundle's
    report.html in headless Chromium."""
    with tempfile.TemporaryDirectory(prefix="screenshots-") as desk:
        shoot_export_in(language, out, number, Path(desk))


def shoot_export_in(language: str, out: Path, number: int, desk: Path) -> None:
    # HOME is where the bundle is saved (its desktop): not the real one.
    with session(number, QUICKER_TO_RED + HELPDESK, HOME=str(desk)) as (home, env, logged):
        (desk / "Desktop").mkdir()
        app = [str(PYTHON), "-m", "invoice_tray", "--demo", "--scenario", "down"]
        with process([*app, "--lang", language], env) as running:
            APP_PID.append(running.pid)
            wait_until(lambda: logged("light shown: unknown -> red"), "the red light", 90)
            time.sleep(10.5)  # the notification balloon goes
            x, y = tray_icon_centre(env)
            # Export diagnostics…: after Check now, Details, Drafts (the helpdesk line above
            # them has no web page here, so it is not an entry to land on).
            before = visible_windows(env)
            xdotool(env, "mousemove", str(x), str(y), "click", "3")
            time.sleep(1.0)
            xdotool(env, "key", "Down", "Down", "Down", "Down", "Return")
            time.sleep(3.0)  # the size is measured
            dialog = find(env, before)
            xdotool(env, "windowmove", dialog, "40", "40")
            time.sleep(0.5)
            xdotool(env, "key", "--window", dialog, "Return")  # the default action
            wait_until(lambda: logged("diagnostics written to"), "the bundle")
            time.sleep(1.0)
            capture(env, out / f"export-{language}.png", window=dialog)
        (bundle,) = (desk / "Desktop").glob("invoice-tray-diagnostics-*.zip")
        report = home / "report.html"
        with zipfile.ZipFile(bundle) as archive:
            report.write_bytes(archive.read("report.html"))
        browser = shutil.which("chromium") or shutil.which("chromium-browser")
        if browser is None:
            print("  no chromium: report.html not photographed")
            return
        shot = out / f"report-{language}.png"
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--user-data-dir={home}/chromium", "--window-size=1000,1800",
             f"--screenshot={shot}", report.as_uri()],
            env={**env, "DISPLAY": ""}, check=True, capture_output=True, timeout=120,
        )  # fmt: skip


def find(env: dict[str, str], opened_before: set[str]) -> str:
    """The window that opened since ``opened_before`` was listed (titles are translated,
    so they are not matched)."""
    for window in visible_windows(env):
        if window not in opened_before:
            return window
    raise SystemExit("screenshots: the window did not open")


APP_PID: list[int] = []  # the app being photographed: its windows are found by its process


def visible_windows(env: dict[str, str]) -> set[str]:
    found = xdotool(env, "search", "--onlyvisible", "--pid", str(APP_PID[-1])).split()
    big = set()
    for window in found:
        size = xdotool(env, "getwindowgeometry", window).split("Geometry: ")[1].split()[0]
        if min(int(v) for v in size.split("x")) > 100:  # not the tray icon's own window
            big.add(window)
    return big


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="cert-expiring")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--languages", nargs="+", default=["en", "zh_CN"])
    args = parser.parse_args()
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print(f"screenshots: missing {', '.join(missing)}; see this script's help", file=sys.stderr)
        return 2
    if not PYTHON.exists():
        print("screenshots: no .venv yet; run python3 scripts/dev.py test once", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for index, language in enumerate(args.languages):
        shoot(language, args.scenario, args.out.resolve(), 90 + index)
        shoot_fix(language, args.out.resolve(), 80 + index)
        shoot_welcome(language, args.out.resolve(), 70 + index)
        shoot_export(language, args.out.resolve(), 60 + index)
    return 0


if __name__ == "__main__":
    sys.exit(main())
