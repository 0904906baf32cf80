"""The .deb: what it installs where, what it needs from the system, and a real
install → self-test → policy lock → remove on this machine (as root)."""

from __future__ import annotations

import configparser
import os
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PyInstaller.depend.bindepend import get_imports

from invoice_tray import __version__
from invoice_tray.ui.icon_files import HICOLOR_SIZES
from tests.packaging.conftest import need, run

import build_deb


@pytest.fixture(scope="module")
def deb(dist: Path) -> Path:
    path = dist / f"invoice-tray_{__version__}_amd64.deb"
    assert path.is_file()
    return path


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("deb") / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def field(deb: Path, name: str) -> str:
    return run("dpkg-deb", "-f", deb, name, check=True).stdout.strip()


def test_control(deb: Path) -> None:
    assert field(deb, "Package") == "invoice-tray"
    assert field(deb, "Version") == __version__
    assert field(deb, "Architecture") == "amd64"
    # Older glibc (UOS V20, Kylin V10) is refused at install, not at the first start.
    assert "libc6 (>= 2.36)" in field(deb, "Depends").split(", ")


def test_compressed_with_xz_for_older_dpkg(deb: Path) -> None:
    need("ar")
    members = run("ar", "t", deb, check=True).stdout.split()
    assert members == ["debian-binary", "control.tar.xz", "data.tar.xz"]


def test_layout(unpacked: Path) -> None:
    program = unpacked / "opt" / "invoice-tray" / "invoice-tray"
    assert program.is_file() and os.access(program, os.X_OK)
    command = unpacked / "usr" / "bin" / "invoice-tray"
    assert command.is_symlink() and os.readlink(command) == "/opt/invoice-tray/invoice-tray"
    for size in HICOLOR_SIZES:
        png = unpacked / f"usr/share/icons/hicolor/{size}x{size}/apps/invoice-tray.png"
        width, height = struct.unpack(">II", png.read_bytes()[16:24])  # the PNG's IHDR
        assert (width, height) == (size, size)
    assert (unpacked / "usr/share/doc/invoice-tray/copyright").is_file()
    # Start at login is each user's own choice: nothing machine-wide to override it.
    assert not (unpacked / "etc").exists()


def test_menu_entry(unpacked: Path) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(unpacked / "usr/share/applications/invoice-tray.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "invoice-tray"
    assert desktop["Icon"] == "invoice-tray"
    assert desktop["Name[zh_CN]"] == "开票连接助手"
    assert desktop["Terminal"] == "false"


def test_every_system_library_it_loads_comes_with_a_dependency(unpacked: Path) -> None:
    """What the bundle does not carry must be installed by the packages it depends on."""
    need("dpkg-query")
    bundle = unpacked / "opt" / "invoice-tray"
    carried = {p.name for p in bundle.rglob("*")}
    wanted = set()
    for path in bundle.rglob("*"):
        if (
            path.is_file()
            and not path.is_symlink()
            and (".so" in path.name or path == bundle / "invoice-tray")
        ):
            wanted |= {name for name, _ in get_imports(str(path)) if name not in carried}
    depends = {d.split()[0] for d in build_deb.DEPENDS}
    provided = set(depends)
    for package in depends:
        listed = run("dpkg-query", "-W", "-f=${Depends}", package, check=True).stdout
        provided |= {d.split()[0].split(":")[0] for d in listed.replace("|", ",").split(",") if d}
    for library in sorted(wanted):
        owner = run("dpkg", "-S", f"*/{library}").stdout.split(":")[0]
        assert owner in provided, f"{library} comes from {owner or 'no package'}"


@pytest.fixture
def installed(deb: Path) -> Iterator[None]:
    if os.geteuid() != 0:
        pytest.skip("installing a .deb needs root")
    if run("dpkg-query", "-W", "invoice-tray").returncode == 0:
        pytest.fail("invoice-tray is already installed on this machine: not touching it")
    done = run("dpkg", "-i", deb)
    assert done.returncode == 0, done.stdout + done.stderr
    try:
        yield
    finally:
        run("dpkg", "-r", "invoice-tray")


@pytest.fixture
def machine_policy() -> Iterator[Path]:
    folder = Path("/etc/invoice-tray")
    if folder.exists():
        pytest.fail(f"{folder} exists on this machine: not touching it")
    folder.mkdir()
    try:
        yield folder / "policy.toml"
    finally:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()


def test_install_self_test_policy_remove(
    installed: None, machine_policy: Path, frozen_env: dict[str, str]
) -> None:
    done = run("/usr/bin/invoice-tray", "--self-test", env=frozen_env, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr

    # The IT department locks the server address for every user of this PC.
    machine_policy.write_text('[locked.server]\nurl = "https://invoice.example.invalid/api"\n')
    config = run("invoice-tray", "config", env=frozen_env, timeout=60).stdout
    assert (
        '  server.url = "https://invoice.example.invalid/api"  (locked by the IT department)'
        in config.splitlines()
    )
    refused = run(
        "invoice-tray", "check", "--server", "https://other.example/api", env=frozen_env, timeout=60
    )
    assert refused.returncode == 3
    assert "--server" in refused.stderr and "IT department" in refused.stderr

    run("dpkg", "-r", "invoice-tray", check=True)
    assert not Path("/opt/invoice-tray").exists()
    assert not Path("/usr/bin/invoice-tray").exists()
    assert not Path("/usr/share/applications/invoice-tray.desktop").exists()
    assert machine_policy.is_file()  # the administrator's file, not the package's
