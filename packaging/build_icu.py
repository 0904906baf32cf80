"""A smaller ICU data library for the Linux bundle.

Qt on Linux links ICU, whose data library (32 MB) holds every locale, converter and
transliterator. The app speaks Chinese and English, so the bundle carries a library of the
same name and symbol holding only: the core tables, the root, English and Chinese locale data,
the line-breaking rules and dictionaries, and Chinese collation (8 MB). Items left out fall
back to the root locale inside ICU; the frozen self-test proves the app still works.

Needs ICU's tools (Debian: icu-devtools), binutils and a C compiler.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

LANGUAGES = ("en", "zh")
LOCALE = re.compile(r"^([a-z]{2,3})(_\w+)?$")  # root, en_US, zh_Hans_CN …; not pool, metadata
TOOLS = ("icupkg", "genccode", "nm", "gcc")


def kept(item: str) -> bool:
    """Whether an item of the ICU package (``coll/zh.res``, ``uprops.icu`` …) is kept."""
    folder, _, name = item.rpartition("/")
    stem, _, ext = name.rpartition(".")
    if folder == "translit" or ext == "cnv":
        return False  # transliteration and legacy code pages: Qt's text is Unicode
    if ext == "dict":
        return stem == "cjdict"  # Chinese and Japanese word breaking
    if ext == "res" and stem != "res_index" and (locale := LOCALE.match(stem)):
        return locale.group(1) in LANGUAGES or stem == "root"
    return True


def data_symbol(library: Path) -> tuple[str, int, int]:
    """Name, file offset and size of the ``icudtNN_dat`` symbol holding the package."""
    listing = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for line in listing.splitlines():
        address, size, _kind, name = line.split()
        if re.fullmatch(r"icudt\d+_dat", name):
            return name, int(address, 16), int(size, 16)
    raise RuntimeError(f"{library} holds no ICU data symbol")


def file_offset(library: Path, address: int) -> int:
    """The file offset of a virtual address, from the section that holds it."""
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for match in re.finditer(
        r"\]\s+\S+\s+\S+\s+([0-9a-f]{8,})\s+([0-9a-f]{6,})\s+([0-9a-f]{6,})", sections
    ):
        start, offset, size = (int(group, 16) for group in match.groups())
        if start <= address < start + size:
            return offset + (address - start)
    raise RuntimeError(f"no section of {library} holds address {address:#x}")


def build(library: Path, out_dir: Path) -> Path:
    """Write a filtered copy of ``library`` (same file name, soname and symbol) to
    ``out_dir`` and return its path."""
    symbol, address, size = data_symbol(library)
    entry = symbol.removesuffix("_dat")  # icudt73
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        package = work / f"{entry}l.dat"  # the item prefix inside, as ICU names it
        with library.open("rb") as source:
            source.seek(file_offset(library, address))
            package.write_bytes(source.read(size))
        items = subprocess.run(
            ["icupkg", "-l", str(package)], capture_output=True, text=True, check=True
        ).stdout.split()
        dropped = {item for item in items if not kept(item)}
        small = work / "small" / package.name
        small.parent.mkdir()
        for _ in range(5):
            # Some kept items name others (a locale's parent, a rule's dictionary): keep those.
            (work / "dropped.txt").write_text("".join(f"{item}\n" for item in sorted(dropped)))
            done = subprocess.run(
                ["icupkg", "-r", str(work / "dropped.txt"), str(package), str(small)],
                capture_output=True,
                text=True,
                check=False,
            )
            needed = set(re.findall(r"depends on missing item (\S+)", done.stderr))
            if not needed:
                break
            dropped -= needed
        if done.returncode != 0:
            raise RuntimeError(f"icupkg failed: {done.stderr.strip()}")
        subprocess.run(
            ["genccode", "-q", "-a", "gcc", "-e", entry, "-d", str(work), str(small)], check=True
        )
        (assembly,) = work.glob("*.S")
        target = out_dir / library.name
        soname = re.sub(r"(\.so\.\d+).*$", r"\1", library.name)
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(target), assembly],
            check=True,
        )
    return target
