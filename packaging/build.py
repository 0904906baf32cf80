"""Build every artifact into dist/: ``python3 scripts/dev.py package`` runs this in the
project's virtual environment.

On Linux: the frozen folder (dist/invoice-tray), its self-test, the .deb, and the Windows
installers. The Windows folder can only be frozen on Windows; give it with
``--windows-onedir`` (what CI does with the folder its Windows runner froze). Without it the
installers are built around a placeholder payload into dist/placeholder/, so that how they
install and uninstall can be tested here: those are not for anyone's PC.

On Windows: the frozen folder with invoice-tray.exe and invoice-tray-cli.exe, and its
self-test.

Every artifact is signed when a code-signing certificate is given (see sign.py) and listed
with its SHA-256 in dist/SHA256SUMS.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
WINDOWS = sys.platform == "win32"
PUBLISHED = ("*.deb", "*.exe", "*.msi")  # the placeholders (dist/placeholder/) never are
sys.path.insert(0, str(HERE))

import build_deb  # noqa: E402
import build_windows  # noqa: E402
import sign  # noqa: E402


def version() -> str:
    """The one version: ``__version__`` in the package."""
    text = (ROOT / "invoice_tray" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit("invoice_tray/__init__.py has no __version__")
    return found.group(1)


def step(title: str) -> None:
    print(f"== {title}", flush=True)


def write_icons(out: Path) -> None:
    """The app's own icon, drawn by the app: a multi-size .ico and the hicolor PNGs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from invoice_tray.ui import icon_files

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    out.mkdir(parents=True, exist_ok=True)
    (out / "invoice-tray.ico").write_bytes(icon_files.app_ico())
    for size in icon_files.HICOLOR_SIZES:
        place = out / "hicolor" / f"{size}x{size}" / "apps" / "invoice-tray.png"
        place.parent.mkdir(parents=True, exist_ok=True)
        place.write_bytes(icon_files.png(size))
    (out / "invoice-tray-256.png").write_bytes(icon_files.png(256))


def small_icu(out: Path) -> None:
    import PySide6

    import build_icu

    libraries = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not libraries:
        return  # a Qt built without ICU: nothing to shrink
    missing = [tool for tool in build_icu.TOOLS if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"to shrink the ICU data, install: {' '.join(missing)} (icu-devtools)")
    built = build_icu.build(libraries[0], out)
    before, after = libraries[0].stat().st_size >> 20, built.stat().st_size >> 20
    print(f"   {built.name}: {before} MB -> {after} MB")


def freeze() -> Path:
    """Run PyInstaller on the spec; returns the frozen folder."""
    onedir = DIST / "invoice-tray"
    shutil.rmtree(onedir, ignore_errors=True)
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
            str(HERE / "invoice-tray.spec"),
        ],
        check=True,
        cwd=ROOT,
    )  # fmt: skip
    return onedir


def self_test(onedir: Path) -> None:
    """The frozen build checks itself, as a helpdesk would on a PC."""
    program = onedir / ("invoice-tray-cli.exe" if WINDOWS else "invoice-tray")
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "INVOICE_TRAY_HOME": home}
        env.pop("QT_QPA_PLATFORM", None)
        began = time.monotonic()
        done = subprocess.run([str(program), "--self-test"], env=env, check=False, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"the frozen self-test failed (exit code {done.returncode})")
    print(f"   self-test passed in {time.monotonic() - began:.1f} s")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def write_sums(paths: list[Path]) -> Path:
    import hashlib

    lines = []
    for path in sorted(paths):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {path.relative_to(DIST).as_posix()}\n")
    sums = DIST / "SHA256SUMS"
    sums.write_text("".join(lines), encoding="utf-8")
    return sums


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--windows-onedir",
        type=Path,
        help="the folder a Windows runner froze: build the real Windows installers around it",
    )
    parser.add_argument(
        "--installers-only",
        action="store_true",
        help="skip freezing for this system; build the Windows installers only",
    )
    args = parser.parse_args(argv)
    ver = version()
    signer = sign.from_environment()
    DIST.mkdir(exist_ok=True)

    step(f"icons (invoice-tray {ver})")
    write_icons(BUILD / "icons")
    if not args.installers_only:
        if sys.platform.startswith("linux"):
            step("ICU data for Chinese and English")
            small_icu(BUILD / "icu")
        if WINDOWS:
            build_windows.write_version_info(BUILD / "version-info.txt", ver)
        step("freezing (PyInstaller)")
        onedir = freeze()
        print(f"   {onedir.relative_to(ROOT)}: {folder_size(onedir) / 1e6:.1f} MB")
        if WINDOWS and signer is not None:
            signer.sign_all(sorted(onedir.glob("*.exe")))
        step("self-test of the frozen build")
        self_test(onedir)
        if sys.platform.startswith("linux"):
            step(".deb")
            deb = build_deb.build(onedir, BUILD / "icons", ver, DIST)
            print(f"   {deb.name}: {deb.stat().st_size / 1e6:.1f} MB")
    if not WINDOWS:
        payload, out = args.windows_onedir, DIST
        if payload is None:
            payload, out = (
                build_windows.placeholder_payload(BUILD / "placeholder"),
                DIST / "placeholder",
            )
            step("Windows installers around a placeholder payload (for testing them here)")
        else:
            step("Windows installers")
            if signer is not None:
                signer.sign_all(sorted(payload.glob("*.exe")))
        installers = build_windows.build_installers(payload, BUILD / "icons", ver, out, BUILD)
        if signer is not None:
            signer.sign_all(installers)
        for installer in installers:
            print(f"   {installer.relative_to(ROOT)}: {installer.stat().st_size / 1e6:.1f} MB")
    # Everything published from dist/, including what an earlier step of the same build made
    # (CI builds the .deb and the Windows installers in separate runs).
    published = sorted(p for pattern in PUBLISHED for p in DIST.glob(pattern))
    names = ", ".join(p.name for p in published) or "nothing to publish"
    print(f"   {write_sums(published).relative_to(ROOT)}: {names}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
