"""The app's icon as files: an .ico Windows can read at every size it asks for, and PNGs for
the Linux menus, all painted by the app's own painter."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication

from invoice_tray.ui.icon_files import ICO_SIZES, app_ico, ico, png
from invoice_tray.ui.icons import APP_LIGHT, COLOURS


def test_png_is_the_app_icon_at_that_size(qapp: QApplication) -> None:
    image = QImage.fromData(png(48), "PNG")  # type: ignore[arg-type]  # the stubs want bytes
    assert (image.width(), image.height()) == (48, 48)
    assert image.pixelColor(24, 10) == COLOURS[APP_LIGHT]  # the disc's colour, above the tick
    assert image.pixelColor(0, 0).alpha() == 0  # transparent corners


def test_ico_holds_every_size_and_qt_reads_each(qapp: QApplication) -> None:
    data = app_ico()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    held = QByteArray(data)  # QBuffer reads it in place: it must outlive the reader
    buffer = QBuffer(held)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"ico")
    assert reader.imageCount() == len(ICO_SIZES)
    sizes = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.width())
        assert image.width() == image.height()
    assert sorted(sizes) == sorted(ICO_SIZES)


def test_ico_256_is_written_as_zero_and_the_offsets_point_at_png() -> None:
    pngs = {16: b"\x89PNG-16", 256: b"\x89PNG-256"}
    data = ico(pngs)
    for index, size in enumerate((16, 256)):
        side, _, _, _, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert side == size % 256 and planes == 1 and bpp == 32
        assert data[offset : offset + length] == pngs[size]


@pytest.mark.parametrize("sizes", [{}, {0: b"x"}, {512: b"x"}])
def test_ico_refuses_sizes_windows_cannot_hold(sizes: dict[int, bytes]) -> None:
    with pytest.raises(ValueError, match="1 to 256"):
        ico(sizes)
