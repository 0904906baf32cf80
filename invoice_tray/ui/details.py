"""The details window: every layer's checks, the verdict in plain words, the history of the
last 24 hours or 7 days, and the incidents. Made when first opened, not at start."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoice_tray.engine.causes import find, headline
from invoice_tray.engine.model import CheckResult, CheckStatus, Layer, Light
from invoice_tray.engine.verdict import EndpointReport, Report
from invoice_tray.store.history import HistoryPoint, Incident
from invoice_tray.ui.chart import HistoryChart
from invoice_tray.ui.checker import CheckController
from invoice_tray.ui.icons import COLOURS, traffic_light_icon
from invoice_tray.ui.widgets import fit_to_screen

DAY = 86400
_STALE = object()  # "history not loaded for the current result"
STATUS_LIGHT = {
    CheckStatus.OK: Light.GREEN,
    CheckStatus.WARN: Light.YELLOW,
    CheckStatus.FAIL: Light.RED,
    CheckStatus.SKIPPED: Light.UNKNOWN,
}


def _when(at: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(at))


class DetailsWindow(QWidget):
    def __init__(self, controller: CheckController) -> None:
        super().__init__()
        self.controller = controller
        self.setWindowTitle(self.tr("Details – invoice-tray"))
        self.range_s = DAY
        self._history_for: object = _STALE
        self._layer_items: dict[str, QTreeWidgetItem] = {}  # by "layer:ID" / "check:ID"

        self.icon = QLabel()
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_button = QPushButton(self.tr("Check now"))
        self.check_button.clicked.connect(controller.check_now)
        # With several endpoints: all of them (the light shown), or one of them.
        self.endpoint = QComboBox()
        self.endpoint.currentIndexChanged.connect(self._endpoint_changed)
        self.endpoint_label = QLabel(self.tr("Show:"))

        self.layers = QTreeWidget()
        self.layers.setHeaderLabels(
            [self.tr("Check"), self.tr("Status"), self.tr("Time"), self.tr("Result")]
        )
        self.layers.setRootIsDecorated(False)
        self.layers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.layers.header()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.chart = HistoryChart()
        self.day = QRadioButton(self.tr("24 hours"))
        self.week = QRadioButton(self.tr("7 days"))
        self.day.setChecked(True)
        ranges = QButtonGroup(self)
        ranges.addButton(self.day)
        ranges.addButton(self.week)
        self.day.toggled.connect(self._range_changed)

        self.incidents = QTableWidget(0, 4)
        self.incidents.setHorizontalHeaderLabels(
            [self.tr("Start"), self.tr("End"), self.tr("Duration"), self.tr("Cause")]
        )
        self.incidents.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.incidents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incidents.verticalHeader().setVisible(False)

        head = QHBoxLayout()
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.explanation)
        head.addLayout(text, 1)
        head.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        choose = QHBoxLayout()
        choose.addWidget(self.endpoint_label)
        choose.addWidget(self.endpoint, 1)
        span = QHBoxLayout()
        span.addWidget(QLabel(self.tr("History:")))
        span.addWidget(self.day)
        span.addWidget(self.week)
        span.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(choose)
        layout.addWidget(self.layers, 3)
        layout.addLayout(span)
        layout.addWidget(self.chart, 2)
        layout.addWidget(QLabel(self.tr("Incidents")))
        layout.addWidget(self.incidents, 2)
        fit_to_screen(self, 760, 720)

        controller.stateChanged.connect(self.refresh)
        controller.historyLoaded.connect(self._show_history)

    # -- the current state -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._history_for = _STALE  # shown again: bring the history up to date
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if not self.isVisible():
            return  # a closed window costs nothing; showEvent catches up
        monitor = self.controller.monitor
        report = monitor.last_report
        self._offer_endpoints(report)
        light = monitor.shown
        part = self._chosen_part(report)
        if part is not None:  # one endpoint: its own report and light
            report, light = part.report, part.report.verdict.light
        self.icon.setPixmap(traffic_light_icon(light).pixmap(56, 56))
        self.check_button.setEnabled(not self.controller.running)
        if report is None:
            self.title.setText(self.tr("Not checked yet"))
            self.explanation.setText("")
        else:
            verdict = report.verdict
            self.title.setText(str(verdict.title))
            lines = []
            if verdict.cause is not None and verdict.cause.plain is not None:
                lines.append(str(verdict.cause.plain))
            lines.append(str(verdict.next_step))
            for other in verdict.also:
                title = str(headline(other))
                lines.append(self.tr("Also: %1").replace("%1", title))
            self.explanation.setText("\n".join(lines))
            self._fill_layers(report.checks)
        if self._history_for != self.controller.last_checked:
            self._history_for = self.controller.last_checked  # once per new result
            self.reload_history()

    def _offer_endpoints(self, report: Report | None) -> None:
        names = [part.name for part in report.endpoints] if report is not None else []
        offered = [self.endpoint.itemData(i) for i in range(1, self.endpoint.count())]
        if names != offered:
            chosen = self.endpoint_name()
            self.endpoint.blockSignals(True)
            self.endpoint.clear()
            self.endpoint.addItem(self.tr("All services (the light shown)"), "")
            for name in names:
                self.endpoint.addItem(name, name)
            self.endpoint.setCurrentIndex(max(0, self.endpoint.findData(chosen)))
            self.endpoint.blockSignals(False)
        self.endpoint.setVisible(bool(names))
        self.endpoint_label.setVisible(bool(names))

    def endpoint_name(self) -> str:
        """The endpoint shown ("": all of them)."""
        return str(self.endpoint.currentData() or "")

    def _chosen_part(self, report: Report | None) -> EndpointReport | None:
        name = self.endpoint_name()
        if report is None or not name:
            return None
        return next((part for part in report.endpoints if part.name == name), None)

    @Slot()
    def _endpoint_changed(self) -> None:
        self.refresh()
        self.reload_history()

    def _fill_layers(self, checks: tuple[CheckResult, ...]) -> None:
        """Show each check's latest result. Rows are updated where they stand, so a check that
        completes while the user reads never moves the list or the selection; only a
        different set of checks (another configuration) builds the rows anew."""
        rows: list[tuple[str, Layer | CheckResult]] = []
        for layer in Layer:
            in_layer = [c for c in checks if c.layer is layer]
            if in_layer:
                rows.append((f"layer:{layer.value}", layer))
                rows.extend((f"check:{c.id}", c) for c in in_layer)
        keys = [key for key, _ in rows]
        if keys != list(self._layer_items):
            self._rebuild_layers(keys)
        status_names = {
            CheckStatus.OK: self.tr("OK"),
            CheckStatus.WARN: self.tr("Attention"),
            CheckStatus.FAIL: self.tr("Failed"),
            CheckStatus.SKIPPED: self.tr("Skipped"),
        }
        for key, row in rows:
            item = self._layer_items[key]
            if isinstance(row, Layer):
                item.setText(0, self._layer_names()[row])
                continue
            light = STATUS_LIGHT[row.status]
            texts = [
                "    " + self._check_names().get(row.id, row.id),
                status_names[row.status],
                f"{row.duration_ms:.0f} ms" if row.duration_ms >= 0.5 else "",
                str(row.summary),
            ]
            for column, text in enumerate(texts):
                if item.text(column) != text:
                    item.setText(column, text)
            if item.data(1, Qt.ItemDataRole.UserRole) is not light:
                item.setIcon(1, traffic_light_icon(light))
                item.setData(1, Qt.ItemDataRole.UserRole, light)
            item.setToolTip(3, str(row.summary))
        for column in range(3):
            self.layers.resizeColumnToContents(column)

    def _rebuild_layers(self, keys: list[str]) -> None:
        current = self.layers.currentItem()
        selected = next((k for k, i in self._layer_items.items() if i is current), None)
        scroll = self.layers.verticalScrollBar().value()
        self.layers.clear()
        self._layer_items = {}
        for key in keys:
            item = QTreeWidgetItem([""] * 4)
            if key.startswith("layer:"):
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            else:
                item.setToolTip(0, key.removeprefix("check:"))
            self.layers.addTopLevelItem(item)
            self._layer_items[key] = item
        if selected in self._layer_items:
            self.layers.setCurrentItem(self._layer_items[selected])
        self.layers.verticalScrollBar().setValue(scroll)

    def _layer_names(self) -> dict[Layer, str]:
        return {
            Layer.PC: self.tr("This PC"),
            Layer.NETWORK: self.tr("Local network"),
            Layer.PROTOCOL: self.tr("Connection and security"),
            Layer.SERVER: self.tr("Invoice server"),
            Layer.PLATFORM: self.tr("Platform announcements"),
        }

    def _check_names(self) -> dict[str, str]:
        return {
            "client-certificate": self.tr("Signing certificate"),
            "clock": self.tr("Clock"),
            "connectivity": self.tr("Network connection"),
            "dns": self.tr("Name lookup (DNS)"),
            "proxy": self.tr("Proxy"),
            "tcp": self.tr("Connection"),
            "tls": self.tr("Secure connection (TLS)"),
            "revocation": self.tr("Certificate revocation"),
            "health": self.tr("Server health"),
            "auth": self.tr("Access token"),
            "announcements": self.tr("Announcements"),
            "configuration": self.tr("Configuration"),
            "engine": self.tr("Check engine"),
            "offline-drafts": self.tr("Offline drafts"),
        }

    # -- history -----------------------------------------------------------------------------

    def _duration(self, seconds: float) -> str:
        minutes = int(seconds // 60)
        if minutes < 60:
            return self.tr("%1 min").replace("%1", str(minutes))
        return (
            self.tr("%1 h %2 min")
            .replace("%1", str(minutes // 60))
            .replace("%2", f"{minutes % 60:02d}")
        )

    @Slot(bool)
    def _range_changed(self, day: bool) -> None:
        self.range_s = DAY if day else 7 * DAY
        self.reload_history()

    def reload_history(self) -> None:
        self.controller.load_history(time.time() - self.range_s, self.endpoint_name())

    @Slot(float, object, object, str)
    def _show_history(
        self, since: float, points: list[HistoryPoint], incidents: list[Incident], endpoint: str
    ) -> None:
        now = time.time()
        if abs((now - since) - self.range_s) > 3600 or endpoint != self.endpoint_name():
            return  # an answer for another range or endpoint, asked for before a switch
        self.chart.set_points(points, since, now)
        table = self.incidents
        current = table.currentRow()
        chosen = table.item(current, 0) if current >= 0 else None
        selected = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        scroll = table.verticalScrollBar().value()
        table.setRowCount(len(incidents))
        for row, incident in enumerate(incidents):
            end = _when(incident.ended_at) if incident.ended_at else self.tr("ongoing")
            cells = [
                _when(incident.started_at),
                end,
                self._duration(incident.duration_s(now)),
                self._cause_text(incident),
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 3:
                    item.setToolTip(self._cause_story(incident))
                if column == 0:
                    item.setIcon(traffic_light_icon(incident.light))
                    item.setForeground(COLOURS[incident.light].darker(130))
                    item.setData(Qt.ItemDataRole.UserRole, incident.started_at)
                table.setItem(row, column, item)
            if selected is not None and incident.started_at == selected:
                table.setCurrentCell(row, table.currentColumn() if current >= 0 else 0)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalScrollBar().setValue(scroll)

    @staticmethod
    def _title(code: str | None) -> str:
        cause = find(code)
        return str(cause.title) if cause else (code or "")

    def _cause_text(self, incident: Incident) -> str:
        """The causes the incident went through, the latest last ("A → B")."""
        codes: list[str | None] = [c.cause for c in incident.causes] or [incident.cause]
        titles = [self._title(code) for code in codes[-3:]]
        return (" → " if len(titles) > 1 else "").join(titles)

    def _cause_story(self, incident: Incident) -> str:
        lines = []
        for step in incident.causes:
            line = f"{time.strftime('%H:%M', time.localtime(step.at))}  {self._title(step.cause)}"
            if step.summary is not None:
                line += f": {step.summary}"
            lines.append(line)
        if not lines and incident.summary is not None:
            lines.append(str(incident.summary))
        return "\n".join(lines)
