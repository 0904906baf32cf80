"""The Windows installers, installed and uninstalled silently under wine, the way a helpdesk
deploys them: files where expected, the uninstall entry, start at login only when chosen and
exactly where the app's own toggle looks, and after uninstalling nothing left but the user's
drafts and history.

Built around dist/placeholder's payload here (only Windows can freeze the real one)."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

import pytest

from invoice_tray import APP_NAME, __version__
from invoice_tray.system.autostart import RUN_KEY, WindowsRunKey
from tests.packaging.conftest import need, run

UNINSTALL = r"Software\Microsoft\Windows\CurrentVersion\Uninstall"
PAYLOAD = ("invoice-tray.exe", "invoice-tray-cli.exe", "_internal/base_library.zip")


@dataclass
class Wine:
    """A wine prefix of its own: a Windows with no program of ours yet."""

    prefix: Path
    binary: str

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "WINEPREFIX": str(self.prefix),
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=",  # no .NET or browser installs to offer
        }

    def run(self, *command: str | Path) -> int:
        done = run(self.binary, *command, env=self.env, timeout=300)
        self.wait()
        return done.returncode

    def wait(self) -> None:
        """Until every Windows process has ended (an uninstaller re-runs itself from %TEMP%)."""
        server = shutil.which("wineserver") or str(Path(self.binary).with_name("wineserver"))
        run(server, "-w", env=self.env, timeout=300, check=True)

    def unix(self, windows_path: str) -> Path:
        path = PureWindowsPath(windows_path)
        assert path.drive.upper() == "C:", windows_path
        return self.prefix / "drive_c" / Path(*path.parts[1:])

    @property
    def user_home(self) -> Path:
        (home,) = (p for p in (self.prefix / "drive_c" / "users").iterdir() if p.name != "Public")
        return home

    @property
    def local_app_data(self) -> Path:
        return self.user_home / "AppData" / "Local"

    @property
    def program_files(self) -> Path:
        return self.prefix / "drive_c" / "Program Files"

    def values(self, hive: str, key: str) -> dict[str, str]:
        """A key's values as the registry holds them (text as text, DWORD as 'dword:…')."""
        exported = self.prefix / "export.reg"
        code = run(
            self.binary, "reg", "export", f"{hive}\\{key}", exported, "/y", env=self.env
        ).returncode
        if code != 0:
            return {}
        text = exported.read_bytes().decode("utf-16").replace("\r\n", "\n")
        exported.unlink()
        found = {}
        for name, value in re.findall(r'^"((?:[^"\\]|\\.)*)"=(.*)$', text, re.MULTILINE):
            if value.startswith('"'):
                value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            found[name] = value
        return found

    def shortcuts(self) -> list[Path]:
        return sorted(self.prefix.glob("drive_c/**/Start Menu/Programs/*.lnk"))


class WineRegistry:
    """The app's narrow registry interface (invoice_tray.system.registry.Registry) over wine's
    HKEY_CURRENT_USER: the app's own start-at-login code, run against a real registry."""

    def __init__(self, wine: Wine) -> None:
        self.wine = wine

    def get(self, key: str, name: str) -> str | None:
        return self.wine.values("HKCU", key).get(name)

    def set(self, key: str, name: str, value: str) -> None:
        assert self.wine.run("reg", "add", f"HKCU\\{key}", "/v", name, "/d", value, "/f") == 0

    def delete(self, key: str, name: str) -> bool:
        return self.wine.run("reg", "delete", f"HKCU\\{key}", "/v", name, "/f") == 0


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wine]:
    binary = shutil.which("wine64") or shutil.which("wine")
    if binary is None and Path("/usr/lib/wine/wine64").exists():
        binary = "/usr/lib/wine/wine64"  # Debian's wine64 package keeps it off PATH
    if binary is None:
        binary = need("wine64")
    prefix = Wine(tmp_path_factory.mktemp("wine") / "prefix", binary)
    assert prefix.run("wineboot", "--init") == 0
    yield prefix
    prefix.wait()


@pytest.fixture
def installers(dist: Path) -> tuple[Path, Path]:
    """The real installers when a Windows folder was given to the build, else those around
    the placeholder."""
    for folder in (dist, dist / "placeholder"):
        setup = folder / f"invoice-tray-{__version__}-setup.exe"
        msi = folder / f"invoice-tray-{__version__}.msi"
        if setup.is_file() and msi.is_file():
            return setup, msi
    raise AssertionError(f"no installers in {dist}")


def user_data(wine: Wine) -> Path:
    """Where the app keeps this user's drafts and history (platformdirs on Windows)."""
    drafts = wine.local_app_data / APP_NAME / "drafts.sqlite3"
    drafts.parent.mkdir(parents=True, exist_ok=True)
    drafts.write_bytes(b"SQLite format 3\x00 the user's drafts")
    return drafts


def assert_installed_in(folder: Path) -> None:
    for name in PAYLOAD:
        assert (folder / name).is_file(), name


def uninstall_quietly(wine: Wine, hive: str, *extra: str) -> None:
    """As deployment tools do: the command the uninstall entry gives, run silently."""
    entry = wine.values(hive, f"{UNINSTALL}\\{APP_NAME}")
    command = re.fullmatch(r'"([^"]+)"\s*(.*)', entry["QuietUninstallString"])
    assert command is not None, entry
    program, arguments = command.groups()
    assert wine.run(program, *arguments.split(), *extra) == 0


def test_per_user_install_needs_no_administrator_and_uninstalls_cleanly(
    wine: Wine, installers: tuple[Path, Path]
) -> None:
    setup, _ = installers
    assert wine.run(setup, "/S") == 0
    folder = wine.local_app_data / "Programs" / APP_NAME
    assert_installed_in(folder)
    assert (folder / "uninstall.exe").is_file()
    assert not (wine.program_files / APP_NAME).exists()

    entry = wine.values("HKCU", f"{UNINSTALL}\\{APP_NAME}")
    assert entry["DisplayName"] == "开票连接助手 (invoice-tray)"
    assert entry["DisplayVersion"] == __version__
    assert wine.unix(entry["InstallLocation"]) == folder
    assert entry["QuietUninstallString"].endswith('uninstall.exe" /S')
    assert wine.values("HKLM", f"{UNINSTALL}\\{APP_NAME}") == {}
    assert [p.name for p in wine.shortcuts()] == ["invoice-tray.lnk"]  # English Windows here
    # Start at login was not chosen.
    assert APP_NAME not in wine.values("HKCU", RUN_KEY)

    drafts = user_data(wine)
    uninstall_quietly(wine, "HKCU")
    assert not folder.exists()
    assert wine.values("HKCU", f"{UNINSTALL}\\{APP_NAME}") == {}
    assert wine.shortcuts() == []
    assert drafts.is_file(), "the uninstaller deleted the user's drafts"


def test_start_at_login_is_the_apps_own_toggle(wine: Wine, installers: tuple[Path, Path]) -> None:
    setup, _ = installers
    assert wine.run(setup, "/S", "/AUTOSTART") == 0
    program = wine.local_app_data / "Programs" / APP_NAME / "invoice-tray.exe"
    line = wine.values("HKCU", RUN_KEY)[APP_NAME]
    assert wine.unix(line.strip('"')) == program

    # The app's Settings toggle sees what the installer wrote, and turning it off sticks.
    toggle = WindowsRunKey(WineRegistry(wine))
    assert toggle.is_enabled()
    toggle.disable()
    assert not toggle.is_enabled()
    assert APP_NAME not in wine.values("HKCU", RUN_KEY)

    toggle.enable([str(PureWindowsPath("C:/") / "x" / "invoice-tray.exe")])
    uninstall_quietly(wine, "HKCU")
    # Uninstalled, nothing is left to start at login.
    assert APP_NAME not in wine.values("HKCU", RUN_KEY)


def test_the_user_data_goes_only_when_asked(wine: Wine, installers: tuple[Path, Path]) -> None:
    setup, _ = installers
    assert wine.run(setup, "/S") == 0
    drafts = user_data(wine)
    uninstall_quietly(wine, "HKCU", "/REMOVEDATA")
    assert not drafts.parent.exists()
    assert not (wine.local_app_data / "Programs" / APP_NAME).exists()


def test_all_users_install_goes_to_program_files_and_never_starts_for_everyone(
    wine: Wine, installers: tuple[Path, Path]
) -> None:
    setup, _ = installers
    assert wine.run(setup, "/S", "/ALLUSERS", "/AUTOSTART") == 0
    folder = wine.program_files / APP_NAME
    assert_installed_in(folder)
    assert not (wine.local_app_data / "Programs" / APP_NAME).exists()
    entry = wine.values("HKLM", f"{UNINSTALL}\\{APP_NAME}")
    assert wine.unix(entry["InstallLocation"]) == folder
    assert wine.values("HKCU", f"{UNINSTALL}\\{APP_NAME}") == {}
    # A machine-wide start at login would override each user's own choice: none is written.
    assert APP_NAME not in wine.values("HKCU", RUN_KEY)
    assert APP_NAME not in wine.values("HKLM", RUN_KEY)

    drafts = user_data(wine)
    uninstall_quietly(wine, "HKLM")
    assert not folder.exists()
    assert wine.values("HKLM", f"{UNINSTALL}\\{APP_NAME}") == {}
    assert drafts.is_file()


def test_msi_installs_for_every_user_and_uninstalls_cleanly(
    wine: Wine, installers: tuple[Path, Path]
) -> None:
    _, msi = installers
    assert wine.run("msiexec", "/i", msi, "/qn") == 0
    folder = wine.program_files / APP_NAME
    assert_installed_in(folder)
    products = {
        key: wine.values("HKLM", f"{UNINSTALL}\\{key}")
        for key in _uninstall_subkeys(wine)
        if key.startswith("{")
    }
    ((code, entry),) = ((k, v) for k, v in products.items() if v.get("DisplayName") == APP_NAME)
    assert re.fullmatch(r"\{[0-9A-F-]{36}\}", code)  # the product code msiexec /x takes
    assert entry["DisplayVersion"] == __version__
    assert entry["WindowsInstaller"] == "dword:00000001"
    assert [p.name for p in wine.shortcuts()] == ["invoice-tray.lnk"]
    assert APP_NAME not in wine.values("HKLM", RUN_KEY)

    drafts = user_data(wine)
    assert wine.run("msiexec", "/x", msi, "/qn") == 0
    assert not folder.exists()
    assert wine.shortcuts() == []
    assert not any(
        wine.values("HKLM", f"{UNINSTALL}\\{key}").get("DisplayName") == "invoice-tray"
        for key in _uninstall_subkeys(wine)
    )
    assert drafts.is_file()


def _uninstall_subkeys(wine: Wine) -> list[str]:
    done = run(wine.binary, "reg", "query", f"HKLM\\{UNINSTALL}", env=wine.env)
    return [line.rsplit("\\", 1)[1] for line in done.stdout.splitlines() if "\\Uninstall\\" in line]
