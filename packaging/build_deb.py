"""The .deb for Debian-based systems (Debian, Ubuntu, deepin, UOS, Kylin).

It installs the frozen folder under /opt/invoice-tray, the command /usr/bin/invoice-tray, a
menu entry and the icon in every hicolor size. Start at login is not installed: each user
turns it on in the app (Settings), which writes their own ~/.config/autostart entry, so
nothing machine-wide can turn it back on after they turned it off.

xz-compressed: the dpkg of older UOS and Kylin releases cannot read zstd.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

PACKAGE = "invoice-tray"
# The bundle is built on Debian 12: its Python and Qt need this glibc. Older systems (UOS
# V20, Kylin V10) are refused by dpkg with this line rather than failing at start-up.
GLIBC = "2.36"
# What the bundle loads from the system rather than carrying: the C library, the OpenGL
# dispatch libraries, and the X11 and Wayland client libraries matching the running server.
DEPENDS = (
    f"libc6 (>= {GLIBC})",
    "libegl1",
    "libgl1",
    "libxcb1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libfontconfig1",
)
RECOMMENDS = ("fonts-noto-cjk | fonts-wqy-microhei", "gnome-keyring | kwalletmanager")

DESKTOP = """\
[Desktop Entry]
Type=Application
Name=invoice-tray
Name[zh_CN]=开票连接助手
GenericName=Invoice server connection
GenericName[zh_CN]=开票连接检测
Comment=Tells whether invoices can be issued right now, and if not, why
Comment[zh_CN]=显示现在能否开票，不能时说明原因和解决办法
Exec=invoice-tray
Icon=invoice-tray
Terminal=false
Categories=Office;Finance;
Keywords=invoice;tax;network;发票;开票;网络;
StartupNotify=false
"""


def _control(version: str, installed_kb: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        "Maintainer: invoice-tray maintainers <maintainers@invoice-tray.invalid>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Description: tray traffic light for the invoice server connection\n"
        " Shows in the system tray whether invoices can be issued right now; if not,\n"
        " names the probable cause (network, proxy, certificate, clock, server),\n"
        " guides the fix, keeps invoice drafts offline and exports diagnostics for\n"
        " the helpdesk. The interface speaks Simplified Chinese and English.\n"
    )


def build(onedir: Path, icons: Path, version: str, out_dir: Path) -> Path:
    """Write ``invoice-tray_<version>_amd64.deb`` into ``out_dir`` and return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{version}_amd64.deb"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(onedir, root / "opt" / PACKAGE, symlinks=True)
        bin_dir = root / "usr" / "bin"
        bin_dir.mkdir(parents=True)
        (bin_dir / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
        share = root / "usr" / "share"
        (share / "applications").mkdir(parents=True)
        (share / "applications" / f"{PACKAGE}.desktop").write_text(DESKTOP, encoding="utf-8")
        for png in sorted(icons.glob("hicolor/*/apps/*.png")):
            place = share / "icons" / png.relative_to(icons)
            place.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(png, place)
        doc = share / "doc" / PACKAGE
        doc.mkdir(parents=True)
        here = Path(__file__).resolve().parent
        shutil.copy2(here / "linux" / "copyright", doc / "copyright")
        shutil.copy2(here / "linux" / "policy.example.toml", doc / "policy.example.toml")
        for path in [root, *root.rglob("*")]:
            if not path.is_symlink():
                mode = 0o755 if path.is_dir() or path.stat().st_mode & stat.S_IXUSR else 0o644
                path.chmod(mode)
        files = [p for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()]
        size_kb = sum(p.stat().st_size for p in files) // 1024 + 1
        control_dir = root / "DEBIAN"
        control_dir.mkdir()
        (control_dir / "control").write_text(_control(version, size_kb), encoding="utf-8")
        (control_dir / "md5sums").write_text(
            "".join(
                f"{hashlib.md5(p.read_bytes()).hexdigest()}  {p.relative_to(root)}\n"  # noqa: S324 (dpkg's format)
                for p in files
            ),
            encoding="utf-8",
        )
        env = {**os.environ, "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "0")}
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
    return target
