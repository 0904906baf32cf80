"""The app's own icon as files, for installers and desktop menus: PNGs at each size and one
Windows ``.ico`` holding them all. Drawn from the same painter as the tray, never twice."""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize

from invoice_tray.ui.icons import app_icon

# What Windows asks an .ico for (Explorer, taskbar, Start menu, at 100 % to 200 % scale).
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# The freedesktop icon theme folders a .deb fills (hicolor/<n>x<n>/apps).
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def png(size: int) -> bytes:
    """The app icon, painted at ``size`` pixels square, as PNG."""
    image = app_icon().pixmap(QSize(size, size)).toImage()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs want bytes
        raise RuntimeError(f"the {size} px icon could not be encoded")
    buffer.close()
    return bytes(data.data())


def ico(pngs: Mapping[int, bytes]) -> bytes:
    """An .ico with one PNG image per size (Windows Vista and later read PNG entries)."""
    sizes = sorted(pngs)
    if not sizes or sizes[0] < 1 or sizes[-1] > 256:
        raise ValueError("an .ico holds sizes from 1 to 256 pixels")
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = [], []
    for size in sizes:
        data = pngs[size]
        side = size % 256  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        images.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(images)


def app_ico(sizes: Iterable[int] = ICO_SIZES) -> bytes:
    return ico({size: png(size) for size in sizes})
