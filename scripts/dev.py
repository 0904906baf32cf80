#!/usr/bin/env python3
"""Set up and run invoice-tray from a fresh clone.

    python3 scripts/dev.py demo [ARGS...]   run the app against the embedded demo server
    python3 scripts/dev.py test [PYTEST ARGS...]
                                            install what the tests need, then run
                                            ruff, mypy and pytest
    python3 scripts/dev.py lock             re-resolve requirements/*.lock (needs uv)
    python3 scripts/dev.py translations     refresh the .ts files from the code, compile .qm
    python3 scripts/dev.py policy-templates write the Group Policy templates (ADMX/ADML)
    python3 scripts/dev.py package [--windows-onedir DIR]
                                            build the frozen app, the .deb and the Windows
                                            installers into dist/, then test them

Only the standard library is used here: this script is what makes the rest installable.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements" / "dev.lock"
# Windows runners freeze from this one: the app and PyInstaller, resolved for Windows.
WINDOWS_LOCK = ROOT / "requirements" / "windows.lock"
# Kerberos for the proxy sign-in tests: built from source against the system's libkrb5.
KERBEROS_LOCK = ROOT / "requirements" / "kerberos.lock"
STAMP = VENV / ".installed-from"
KERBEROS_STAMP = VENV / ".kerberos-from"

# Debian/Ubuntu packages the test suite needs: a real proxy to block the server, the system
# libraries Qt loads (even offscreen), and a CJK font so Chinese text renders.
DEBIAN_TEST_PACKAGES = [
    "tinyproxy",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libglib2.0-0",
    "fonts-wqy-microhei",
    # The metrics text file, scraped from node_exporter's textfile collector.
    "prometheus-node-exporter",
    # A proxy that asks who the user is (Basic authentication), as company proxies do.
    "squid",
    "openssl",
    # A proxy that signs domain users in with Kerberos: a KDC of the tests' own, kinit, and
    # what Python's gssapi and krb5 are built with.
    "krb5-kdc",
    "krb5-admin-server",
    "krb5-user",
    "libkrb5-dev",
    "gcc",
]
# What `package` needs besides: ICU's tools (a smaller ICU data library), the Windows
# installer builders, wine to install them, the code-signing tool, what the .deb depends on
# (to install it), and a keyring in a D-Bus session (to test the frozen app's).
DEBIAN_PACKAGE_PACKAGES = [
    "binutils",
    "gcc",
    "icu-devtools",
    "nsis",
    "wixl",
    "msitools",
    "wine64",
    "osslsigncode",
    "libxcb1",
    "libwayland-client0",
    "libwayland-cursor0",
    "dbus",
    "gnome-keyring",
]


def venv_bin(name: str) -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return VENV / scripts / f"{name}{suffix}"


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, env=env)


def wanted_stamp(lock: Path) -> str:
    digest = hashlib.sha256()
    for path in (lock, ROOT / "pyproject.toml"):
        digest.update(path.read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_venv(lock: Path = LOCK) -> None:
    """Create .venv and install the locked versions, unless it is already up to date."""
    stamp = wanted_stamp(lock)
    if STAMP.is_file() and STAMP.read_text() == stamp and venv_bin("python").exists():
        return
    if not venv_bin("python").exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    python = venv_bin("python")
    run(python, "-m", "pip", "install", "--quiet", "--require-hashes", "--no-deps", "-r", lock)
    run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "--editable",
        ".",
    )
    STAMP.write_text(stamp)


def ensure_kerberos() -> None:
    """Python's gssapi and krb5 (the Kerberos tests), once; where they cannot be built
    (no libkrb5-dev or compiler), those tests are skipped and this says so."""
    stamp = wanted_stamp(KERBEROS_LOCK)
    if KERBEROS_STAMP.is_file() and KERBEROS_STAMP.read_text() == stamp:
        return
    python = venv_bin("python")
    install = [str(python), "-m", "pip", "install", "--quiet", "--require-hashes", "--no-deps"]
    print("+ building Kerberos for the tests (gssapi, krb5)", flush=True)
    done = subprocess.run([*install, "-r", str(KERBEROS_LOCK)], cwd=ROOT, check=False)
    if done.returncode != 0:
        print("note: gssapi/krb5 could not be built; the Kerberos tests will be skipped")
        return
    KERBEROS_STAMP.write_text(stamp)


def missing_debian_packages(names: list[str]) -> list[str]:
    missing = []
    for name in names:
        probe = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name],
            capture_output=True,
            text=True,
            check=False,
        )
        if "install ok installed" not in probe.stdout:
            missing.append(name)
    return missing


def ensure_system_packages(names: list[str]) -> None:
    if not sys.platform.startswith("linux") or shutil.which("apt-get") is None:
        return
    missing = missing_debian_packages(names)
    if not missing:
        return
    if os.geteuid() == 0:
        prefix: list[str] = []
    elif (
        shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], check=False).returncode == 0
    ):
        prefix = ["sudo", "-n"]
    else:
        print(
            "note: cannot install " + " ".join(missing) + " without root; "
            "the tests that need them will be skipped",
            flush=True,
        )
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(*prefix, "apt-get", "update", "-qq", env=env)
    run(*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env)


def cmd_demo(args: list[str]) -> int:
    ensure_venv()
    app = subprocess.Popen([str(venv_bin("invoice-tray")), "--demo", *args])
    while True:
        try:
            return app.wait()
        except KeyboardInterrupt:
            continue  # Ctrl-C reached the app too: let it quit cleanly, then report its code


def cmd_test(args: list[str]) -> int:
    ensure_system_packages(DEBIAN_TEST_PACKAGES)
    ensure_venv()
    ensure_kerberos()
    steps: list[list[str | Path]] = [
        [venv_bin("ruff"), "check", "."],
        [venv_bin("ruff"), "format", "--check", "."],
        [venv_bin("mypy")],
        [venv_bin("python"), "-m", "pytest", *args],
    ]
    for step in steps:
        print("+", " ".join(str(s) for s in step), flush=True)
        code = subprocess.run([str(s) for s in step], cwd=ROOT, check=False).returncode
        if code != 0:
            return code
    return 0


def cmd_lock(_args: list[str]) -> int:
    uv = shutil.which("uv")
    if uv is None:
        print("uv is needed to re-resolve the lock: pip install uv", file=sys.stderr)
        return 2
    compile_lock = [uv, "pip", "compile", "pyproject.toml", "--python-version", "3.11"]
    common = ["--generate-hashes", "--no-header"]
    run(*compile_lock, "--extra", "dev", "--extra", "package", "--universal", *common, "-o", LOCK)
    # Windows: the same versions as above (the dev lock constrains it), wheels for Windows.
    run(
        *compile_lock,
        *("--extra", "package", "--python-platform", "x86_64-pc-windows-msvc"),
        *common,
        *("-c", LOCK, "-o", WINDOWS_LOCK),
    )
    run(*compile_lock, "--extra", "kerberos", *common, "-c", LOCK, "-o", KERBEROS_LOCK)
    return 0


TRANSLATIONS = ROOT / "invoice_tray" / "translations"
UI_LANGUAGES = ("zh_CN", "en")


def cmd_translations(_args: list[str]) -> int:
    """New UI strings land in the .ts files (translate them there), then .qm are compiled."""
    ensure_venv()
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "invoice_tray" / "ui").glob("*.py"))
    for language in UI_LANGUAGES:
        ts = TRANSLATIONS / f"invoice_tray_{language}.ts"
        run(venv_bin("pyside6-lupdate"), *sources, "-ts", ts, "-no-obsolete",
            "-source-language", "en", "-target-language", language)  # fmt: skip
        run(venv_bin("pyside6-lrelease"), ts, "-qm", ts.with_suffix(".qm"))
    return 0


WRITE_POLICY_TEMPLATES = """
from pathlib import Path
from invoice_tray.config.admx import templates
for name, text in templates().items():
    path = Path("packaging/policy") / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\\r\\n")
    print("wrote", path)
"""


def cmd_policy_templates(_args: list[str]) -> int:
    """The ADMX/ADML templates, made from the settings schema (Windows line ends)."""
    ensure_venv()
    run(venv_bin("python"), "-c", WRITE_POLICY_TEMPLATES)
    return 0


PACKAGE_TESTS_FOR_INSTALLERS = (
    "test_build_windows.py",
    "test_sign.py",
    "test_windows_installers.py",
)


def cmd_package(args: list[str]) -> int:
    """Build every artifact (packaging/build.py), then test what was built."""
    if os.name == "nt":
        ensure_venv(WINDOWS_LOCK)
        run(venv_bin("python"), ROOT / "packaging" / "build.py", *args)
        return 0
    ensure_system_packages(DEBIAN_TEST_PACKAGES + DEBIAN_PACKAGE_PACKAGES)
    ensure_venv()
    run(venv_bin("python"), ROOT / "packaging" / "build.py", *args)
    env = dict(os.environ, INVOICE_TRAY_DIST=str(ROOT / "dist"))
    tests = ["tests/packaging"]
    if "--installers-only" in args:  # no frozen folder or .deb of this system's was built
        tests = [f"tests/packaging/{name}" for name in PACKAGE_TESTS_FOR_INSTALLERS]
    run(venv_bin("python"), "-m", "pytest", "-p", "no:cacheprovider", *tests, env=env)
    return 0


COMMANDS = {
    "demo": cmd_demo,
    "test": cmd_test,
    "lock": cmd_lock,
    "translations": cmd_translations,
    "policy-templates": cmd_policy_templates,
    "package": cmd_package,
}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        return COMMANDS[sys.argv[1]](sys.argv[2:])
    except subprocess.CalledProcessError as exc:
        return exc.returncode or 1


if __name__ == "__main__":
    sys.exit(main())
