"""The frozen folder PyInstaller builds: what the installers and the .deb carry. Run as the
program itself, with nothing of the development environment around it."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from invoice_tray import __version__
from tests.packaging.conftest import need, run


def test_it_says_its_version(onedir: Path, frozen_env: dict[str, str]) -> None:
    done = run(onedir / "invoice-tray", "--version", env=frozen_env, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, f"invoice-tray {__version__}")


def test_the_chinese_catalogues_are_in_the_bundle(onedir: Path) -> None:
    internal = onedir / "_internal"
    assert (internal / "invoice_tray" / "translations" / "invoice_tray_zh_CN.qm").is_file()
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_zh_CN.qm").is_file()


def test_a_check_on_the_demo_server_in_chinese(onedir: Path, frozen_env: dict[str, str]) -> None:
    done = run(
        onedir / "invoice-tray", "check", "--demo", "--lang", "zh_CN", env=frozen_env, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "可以开票" in done.stdout


def test_a_bundle_missing_its_chinese_catalogue_fails_its_self_test(
    onedir: Path, frozen_env: dict[str, str], tmp_path: Path
) -> None:
    broken = tmp_path / "invoice-tray"
    shutil.copytree(onedir, broken, symlinks=True, copy_function=os.link)  # links: no 100 MB copy
    (broken / "_internal" / "invoice_tray" / "translations" / "invoice_tray_zh_CN.qm").unlink()
    done = run(broken / "invoice-tray", "--self-test", env=frozen_env, timeout=300)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert any(line.startswith("FAIL  Chinese texts:") for line in lines), lines
    assert lines[-1] == "Self-test failed."


def test_the_keyring_works_frozen_in_a_desktop_session(
    onedir: Path, frozen_env: dict[str, str]
) -> None:
    """keyring finds its backends through package metadata, which freezing easily loses."""
    need("dbus-run-session")
    need("gnome-keyring-daemon")
    script = (
        # An unlocked login keyring, as a desktop session has (the password is this test's).
        "printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        f"exec '{onedir / 'invoice-tray'}' --self-test"
    )
    done = run("dbus-run-session", "--", "sh", "-c", script, env=frozen_env, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok    Keyring: keyring.backends.SecretService" in done.stdout.splitlines()


def test_only_chinese_and_english_icu_data_is_carried(onedir: Path) -> None:
    (icu,) = (onedir / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*")
    assert icu.stat().st_size < 12_000_000  # the full data is 32 MB


@pytest.mark.parametrize("scenario", ["healthy", "down"])
def test_check_json_from_the_frozen_cli(
    onedir: Path, frozen_env: dict[str, str], scenario: str
) -> None:
    done = run(
        onedir / "invoice-tray", "check", "--demo", "--scenario", scenario, "--json",
        env=frozen_env, timeout=120,
    )  # fmt: skip
    status = json.loads(done.stdout)["status"]
    assert (status, done.returncode) == {"healthy": ("green", 0), "down": ("red", 2)}[scenario]
