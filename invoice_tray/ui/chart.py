"""The history chart: a band of the light that was shown, and the server's answer time.

Painted directly: QtCharts would pull in the large PySide6-Addons package for one chart.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from invoice_tray.engine.model import Light
from invoice_tray.store.history import HistoryPoint
from invoice_tray.ui.icons import COLOURS

BAND_HEIGHT = 14
MARGIN = 8
AXIS_WIDTH = 56


class HistoryChart(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.points: list[HistoryPoint] = []
        self.since = time.time() - 86400
        self.until = time.time()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(140)

    def sizeHint(self) -> QSize:
        return QSize(560, 180)

    def set_points(self, points: list[HistoryPoint], since: float, until: float) -> None:
        self.points, self.since, self.until = points, since, until
        self.update()

    def _x(self, at: float, plot: QRectF) -> float:
        span = max(1.0, self.until - self.since)
        return plot.left() + (at - self.since) / span * plot.width()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        plot = area.adjusted(AXIS_WIDTH, 0, 0, -(BAND_HEIGHT + 22))
        band = QRectF(plot.left(), plot.bottom() + 6, plot.width(), BAND_HEIGHT)
        text = self.palette().text().color()
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawRect(plot)
        if not self.points:
            painter.setPen(text)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No checks yet"))
            painter.end()
            return
        self._paint_band(painter, band)
        self._paint_latency(painter, plot, text)
        self._paint_time_axis(painter, band, text)
        painter.end()

    def _paint_band(self, painter: QPainter, band: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for index, point in enumerate(self.points):
            end = self.points[index + 1].checked_at if index + 1 < len(self.points) else self.until
            left, right = self._x(point.checked_at, band), self._x(end, band)
            colour = QColor(COLOURS[point.shown])
            if point.shown is Light.UNKNOWN:
                colour.setAlpha(120)
            painter.setBrush(colour)
            painter.drawRect(QRectF(left, band.top(), max(1.0, right - left), band.height()))

    def _paint_latency(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        values = [p.latency_ms for p in self.points if p.latency_ms is not None]
        top = max(values, default=0.0) * 1.15 or 1.0
        painter.setPen(text)
        painter.drawText(
            QRectF(plot.left() - AXIS_WIDTH, plot.top(), AXIS_WIDTH - 6, 16),
            Qt.AlignmentFlag.AlignRight,
            f"{top:.0f} ms",
        )
        painter.drawText(
            QRectF(plot.left() - AXIS_WIDTH, plot.bottom() - 16, AXIS_WIDTH - 6, 16),
            Qt.AlignmentFlag.AlignRight,
            "0 ms",
        )
        path = QPainterPath()
        started = False
        for point in self.points:
            if point.latency_ms is None:
                started = False  # a gap where the server did not answer
                continue
            xy = QPointF(
                self._x(point.checked_at, plot),
                plot.bottom() - point.latency_ms / top * plot.height(),
            )
            if started:
                path.lineTo(xy)
            else:
                path.moveTo(xy)
                started = True
        painter.setPen(QPen(QColor("#1565c0"), 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _paint_time_axis(self, painter: QPainter, band: QRectF, text: QColor) -> None:
        fmt = "%H:%M" if self.until - self.since <= 2 * 86400 else "%m-%d"
        painter.setPen(text)
        for fraction in (0.0, 0.5, 1.0):
            at = self.since + fraction * (self.until - self.since)
            label = time.strftime(fmt, time.localtime(at))
            x = self._x(at, band)
            rect = QRectF(x - 40, band.bottom() + 2, 80, 16)
            align = Qt.AlignmentFlag.AlignHCenter
            if fraction == 0.0:
                rect.moveLeft(x)
                align = Qt.AlignmentFlag.AlignLeft
            elif fraction == 1.0:
                rect.moveRight(x)
                align = Qt.AlignmentFlag.AlignRight
            painter.drawText(rect, align, label)
