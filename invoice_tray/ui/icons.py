"""The traffic-light tray icon, painted at whatever size and pixel ratio is asked for.

Shape differs as well as colour, for colour-blind users and monochrome panels:

    green   round disc with a check mark
    yellow  triangle with an exclamation mark
    red     square block with a cross
    grey    hollow ring: a question mark while not known (not checked yet, or stale), two
            bars while checks are paused, a plus while no invoice server is set up yet

A badge in the top-right corner counts drafts waiting to be submitted (0 hides it).
"""

from __future__ import annotations

import enum
import functools

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

from invoice_tray.engine.model import Light

COLOURS: dict[Light, QColor] = {
    Light.GREEN: QColor("#1e9e4a"),
    Light.YELLOW: QColor("#f2b705"),
    Light.RED: QColor("#d7263d"),
    Light.UNKNOWN: QColor("#8a8f98"),
}


class GreyMark(enum.Enum):
    """What the grey ring holds: why nothing is known."""

    UNKNOWN = "unknown"  # not checked yet, or the last result went stale
    PAUSED = "paused"
    SETUP = "setup"  # no invoice server set up yet


OUTLINE = QColor(0, 0, 0, 150)  # keeps every shape visible on light and dark panels
BADGE = QColor("#1565c0")


def _triangle(rect: QRectF) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(rect.center().x(), rect.top()),
            QPointF(rect.right(), rect.bottom()),
            QPointF(rect.left(), rect.bottom()),
        ]
    )


def paint_light(
    painter: QPainter,
    rect: QRectF,
    light: Light,
    badge: int = 0,
    mark: GreyMark = GreyMark.UNKNOWN,
) -> None:
    """Paint the icon for ``light`` into ``rect`` (square or not: it is centred); ``mark``
    says what the grey ring holds."""
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    stroke = max(1.0, side / 16)
    inner = box.adjusted(stroke, stroke, -stroke, -stroke)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = COLOURS[light]
    outline = QPen(OUTLINE, stroke * 0.75)
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(outline)
    if light is Light.GREEN:
        painter.setBrush(colour)
        painter.drawEllipse(inner)
    elif light is Light.YELLOW:
        painter.setBrush(colour)
        painter.drawPolygon(_triangle(inner))
    elif light is Light.RED:
        # A square block, not an octagon: at 16 px an octagon cannot be told from a disc.
        painter.setBrush(colour)
        painter.drawRoundedRect(inner, side * 0.14, side * 0.14)
    else:
        ring = QPen(colour, side * 0.14)
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner.adjusted(side * 0.07, side * 0.07, -side * 0.07, -side * 0.07))
    _paint_symbol(painter, inner, light, side, mark)
    if badge > 0:
        _paint_badge(painter, box, badge)
    painter.restore()


def _paint_symbol(
    painter: QPainter, inner: QRectF, light: Light, side: float, mark: GreyMark
) -> None:
    ink = QColor("white") if light is not Light.UNKNOWN else COLOURS[Light.UNKNOWN]
    if light is Light.YELLOW:
        ink = QColor("#1f1f1f")  # black on amber reads better than white
    pen = QPen(ink, max(1.5, side * 0.12))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y, w, h = inner.x(), inner.y(), inner.width(), inner.height()
    if light is Light.GREEN:
        path = QPainterPath(QPointF(x + w * 0.27, y + h * 0.52))
        path.lineTo(QPointF(x + w * 0.44, y + h * 0.68))
        path.lineTo(QPointF(x + w * 0.74, y + h * 0.35))
        painter.drawPath(path)
    elif light is Light.YELLOW:
        painter.drawLine(QPointF(x + w * 0.5, y + h * 0.38), QPointF(x + w * 0.5, y + h * 0.66))
        painter.drawPoint(QPointF(x + w * 0.5, y + h * 0.82))
    elif light is Light.RED:
        painter.drawLine(QPointF(x + w * 0.33, y + h * 0.33), QPointF(x + w * 0.67, y + h * 0.67))
        painter.drawLine(QPointF(x + w * 0.67, y + h * 0.33), QPointF(x + w * 0.33, y + h * 0.67))
    elif mark is GreyMark.PAUSED:
        painter.drawLine(QPointF(x + w * 0.4, y + h * 0.34), QPointF(x + w * 0.4, y + h * 0.66))
        painter.drawLine(QPointF(x + w * 0.6, y + h * 0.34), QPointF(x + w * 0.6, y + h * 0.66))
    elif mark is GreyMark.SETUP:
        painter.drawLine(QPointF(x + w * 0.5, y + h * 0.3), QPointF(x + w * 0.5, y + h * 0.7))
        painter.drawLine(QPointF(x + w * 0.3, y + h * 0.5), QPointF(x + w * 0.7, y + h * 0.5))
    else:
        # A question mark drawn, not typed: no font is loaded for the icon a tray shows idle.
        radius = w * 0.15
        hook = QRectF(x + w * 0.5 - radius, y + h * 0.38 - radius, 2 * radius, 2 * radius)
        path = QPainterPath()
        path.arcMoveTo(hook, 160)
        path.arcTo(hook, 160, -250)
        path.lineTo(QPointF(x + w * 0.5, y + h * 0.6))
        painter.drawPath(path)
        painter.drawPoint(QPointF(x + w * 0.5, y + h * 0.77))


def _paint_badge(painter: QPainter, box: QRectF, count: int) -> None:
    text = str(count) if count < 100 else "99+"
    diameter = box.width() * (0.5 if len(text) == 1 else 0.6)
    badge = QRectF(box.right() - diameter, box.top(), diameter, diameter * 0.9)
    painter.setPen(QPen(QColor("white"), max(1.0, box.width() / 32)))
    painter.setBrush(QBrush(BADGE))
    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(5, int(badge.height() * 0.72)))
    painter.setFont(font)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)


class TrafficLightEngine(QIconEngine):
    """Paints on demand, so every size and device pixel ratio is drawn, never scaled."""

    def __init__(self, light: Light, badge: int = 0, mark: GreyMark = GreyMark.UNKNOWN) -> None:
        super().__init__()
        self.light = light
        self.badge = badge
        self.mark = mark

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        paint_light(painter, QRectF(rect), self.light, self.badge, self.mark)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        finally:
            painter.end()  # a painter left active on a freed pixmap crashes Qt
        return pixmap

    def clone(self) -> QIconEngine:
        return TrafficLightEngine(self.light, self.badge, self.mark)


@functools.lru_cache(maxsize=32)
def traffic_light_icon(light: Light, badge: int = 0, mark: GreyMark = GreyMark.UNKNOWN) -> QIcon:
    """One icon per state, made once and shared (a QIcon is a cheap, shared handle)."""
    return QIcon(
        TrafficLightEngine(light, badge, mark if light is Light.UNKNOWN else GreyMark.UNKNOWN)
    )


APP_LIGHT = Light.GREEN  # the app's own icon (windows, installers, menus): the green light


def app_icon() -> QIcon:
    return traffic_light_icon(APP_LIGHT)
