"""The Windows installers, built on Linux with Debian's tools: a per-user NSIS installer
(``makensis``) and an MSI for Group Policy deployment (msitools' ``wixl``).

Both are built around a frozen folder (the payload). Only Windows can freeze it, so on Linux
the payload is either the folder a Windows runner froze or a placeholder, with which how the
installers install and uninstall can be tested (under wine) but which runs nothing.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent / "windows"
PROGRAMS = ("invoice-tray.exe", "invoice-tray-cli.exe")
PLACEHOLDER = "placeholder: an installer built for testing the installer; it holds no program\n"


def numeric_version(version: str, parts: int) -> str:
    """``0.1.0rc1`` → ``0.1.0`` (MSI) or ``0.1.0.0`` (Windows version resources)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:parts]]
    numbers += [0] * (parts - len(numbers))
    return ".".join(str(n) for n in numbers)


def placeholder_payload(folder: Path) -> Path:
    """A frozen folder's layout with no program in it."""
    for relative in (*PROGRAMS, "_internal/base_library.zip", "_internal/PySide6/qwindows.dll"):
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(PLACEHOLDER, encoding="utf-8")
    return folder


def _nsis_text(value: str) -> str:
    if '"' in value or "\n" in value:
        raise ValueError(f"cannot be named in an installer: {value!r}")
    return value.replace("$", "$$")


def nsis_file_lists(payload: Path, out: Path) -> tuple[Path, Path]:
    """The installer's File commands and the uninstaller's matching Delete and RMDir
    commands: the uninstaller removes exactly what was installed, never a whole folder the
    user may have pointed the install at."""
    files = sorted(p for p in payload.rglob("*") if p.is_file())
    folders = sorted(
        [payload, *(p for p in payload.rglob("*") if p.is_dir())],
        key=lambda p: (len(p.parts), str(p)),
    )
    install, remove = [], []
    for folder in folders:
        relative = folder.relative_to(payload)
        target = "$INSTDIR" + "".join(f"\\{_nsis_text(part)}" for part in relative.parts)
        here = [path for path in files if path.parent == folder]
        if here:
            install.append(f'SetOutPath "{target}"')
        for path in here:
            install.append(f'File "{_nsis_text(str(path))}"')
            remove.append(f'Delete "{target}\\{_nsis_text(path.name)}"')
    for folder in sorted(folders, key=lambda p: -len(p.parts)):
        if folder != payload:
            relative = folder.relative_to(payload)
            remove.append(f'RMDir "$INSTDIR\\{_nsis_text(str(relative).replace("/", chr(92)))}"')
    install.append('SetOutPath "$INSTDIR"')
    out.mkdir(parents=True, exist_ok=True)
    files_nsh, unfiles_nsh = out / "files.nsh", out / "unfiles.nsh"
    files_nsh.write_text("\n".join(install) + "\n", encoding="utf-8-sig")
    unfiles_nsh.write_text("\n".join(remove) + "\n", encoding="utf-8-sig")
    return files_nsh, unfiles_nsh


def build_nsis(payload: Path, icon: Path, version: str, out_dir: Path, work: Path) -> Path:
    files_nsh, unfiles_nsh = nsis_file_lists(payload, work / "nsis")
    size_kb = sum(p.stat().st_size for p in payload.rglob("*") if p.is_file()) // 1024
    target = out_dir / f"invoice-tray-{version}-setup.exe"
    defines = {
        "VERSION": version,
        "VERSION4": numeric_version(version, 4),
        "ICON": str(icon),
        "OUTFILE": str(target),
        "FILES": str(files_nsh),
        "UNFILES": str(unfiles_nsh),
        "SIZE_KB": str(size_kb),
    }
    subprocess.run(
        [
            "makensis", "-V2", "-INPUTCHARSET", "UTF8",
            *(f"-D{name}={value}" for name, value in defines.items()),
            str(HERE / "invoice-tray.nsi"),
        ],
        check=True,
    )  # fmt: skip
    return target


def build_msi(payload: Path, icon: Path, version: str, out_dir: Path, work: Path) -> Path:
    files = sorted(str(PurePosixPath(p)) for p in payload.rglob("*") if p.is_file())
    heat = subprocess.run(
        [
            "wixl-heat", "-p", f"{payload}/", "--component-group", "Payload",
            "--var", "var.Payload", "--directory-ref", "INSTALLDIR", "--win64",
        ],
        input="\n".join(files) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )  # fmt: skip
    fragment = work / "msi" / "payload.wxs"
    fragment.parent.mkdir(parents=True, exist_ok=True)
    fragment.write_text(heat.stdout, encoding="utf-8")
    target = out_dir / f"invoice-tray-{version}.msi"
    # wixl takes source paths only relative to where it runs.
    subprocess.run(
        [
            "wixl", "-a", "x64",
            "-D", "Win64=yes",
            "-D", f"Version={numeric_version(version, 3)}",
            "-D", f"Icon={os.path.relpath(icon, work)}",
            "-D", f"Payload={os.path.relpath(payload, work)}",
            "-o", str(target),
            str(HERE / "invoice-tray.wxs"), str(fragment),
        ],
        check=True,
        cwd=work,
    )  # fmt: skip
    return target


def build_installers(
    payload: Path, icons: Path, version: str, out_dir: Path, work: Path
) -> list[Path]:
    payload, icons, out_dir, work = (p.resolve() for p in (payload, icons, out_dir, work))
    missing = [name for name in PROGRAMS if not (payload / name).is_file()]
    if missing:
        raise SystemExit(f"{payload} is not a Windows build: {', '.join(missing)} missing")
    out_dir.mkdir(parents=True, exist_ok=True)
    icon = icons / "invoice-tray.ico"
    return [
        build_nsis(payload, icon, version, out_dir, work),
        build_msi(payload, icon, version, out_dir, work),
    ]


def write_version_info(path: Path, version: str) -> None:
    """The version resource PyInstaller puts into the .exe files (Explorer's Details tab)."""
    numbers = tuple(int(n) for n in numeric_version(version, 4).split("."))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
      StringStruct('CompanyName', 'invoice-tray'),
      StringStruct('FileDescription', '开票连接助手'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'invoice-tray'),
      StringStruct('LegalCopyright', 'invoice-tray maintainers'),
      StringStruct('OriginalFilename', 'invoice-tray.exe'),
      StringStruct('ProductName', '开票连接助手 (invoice-tray)'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
