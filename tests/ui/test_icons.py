"""The tray icon: four states that differ in shape as well as colour, at every size."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from invoice_tray.engine.model import Light
from invoice_tray.ui.icons import COLOURS, traffic_light_icon

STATES = (Light.GREEN, Light.YELLOW, Light.RED, Light.UNKNOWN)


def render(light: Light, size: int = 64, badge: int = 0) -> QImage:
    pixmap = traffic_light_icon(light, badge).pixmap(QSize(size, size))
    return pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)


def silhouette(image: QImage) -> set[tuple[int, int]]:
    return {
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 128
    }


def test_states_differ_in_shape_not_only_colour(qapp: QApplication) -> None:
    shapes = {light: silhouette(render(light)) for light in STATES}
    for a, b in itertools.combinations(STATES, 2):
        overlap = len(shapes[a] & shapes[b]) / len(shapes[a] | shapes[b])
        assert overlap < 0.85, (a, b, overlap)


def test_each_state_wears_its_colour(qapp: QApplication) -> None:
    for light in STATES:
        image = render(light)
        centre_left = image.pixelColor(18, 40) if light is not Light.UNKNOWN else None
        if centre_left is None:  # the grey ring is hollow: sample the ring itself
            centre_left = image.pixelColor(9, 32)
        wanted = COLOURS[light]
        assert abs(centre_left.hue() - wanted.hue()) <= 12 or light is Light.UNKNOWN, light
        assert abs(centre_left.value() - wanted.value()) < 40, light


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 128])
def test_every_size_is_drawn_to_its_edges(qapp: QApplication, size: int) -> None:
    for light in STATES:
        image = render(light, size)
        assert image.width() == size
        covered = len(silhouette(image)) / (size * size)
        assert 0.25 < covered < 0.95, (light, size, covered)


def test_badge_shows_drafts_waiting_and_zero_hides_it(qapp: QApplication) -> None:
    plain = render(Light.GREEN)
    assert render(Light.GREEN, badge=0) == plain
    badged = render(Light.GREEN, badge=3)
    assert badged != plain
    corner = badged.pixelColor(58, 8)
    assert corner.blue() > corner.red() and corner.alpha() > 200  # the blue badge
    assert render(Light.GREEN, badge=120) != badged


def test_symbols_are_drawn_in_contrast(qapp: QApplication) -> None:
    white = QColor("white")
    image = render(Light.RED)
    # The cross passes through the middle of the octagon.
    assert image.pixelColor(32, 32) == white
    tick = render(Light.GREEN)
    assert tick.pixelColor(32, 32) != white  # middle of the disc, beside the tick
