"""A chart in a panel: follows the palette, scrolls when its bars need more height than
the panel has, and exports from its context menu.

The chart only renders the ChartData a source hands it; a click on a bar is
passed on as the Bar (the main window decides what that selects).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.charts.bars import BarChart, palette_theme
from explorer.charts.data import ChartData
from explorer.charts.export import ExportError, export_chart
from explorer.icons import icon
from explorer.ui.look import muted_text

MIN_CHART_SIZE = (160, 120)


def ask_export_path(parent: QWidget, suggestion: Path, suffix: str) -> Path | None:
    """Where to save the chart (tests replace this instead of driving the file dialog)."""
    kinds = {".png": "PNG image (*.png)", ".svg": "SVG drawing (*.svg)"}
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        "Export Chart",
        str(suggestion.with_suffix(suffix)),
        ";;".join([kinds[suffix]] + [v for k, v in kinds.items() if k != suffix]),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() in kinds else path.with_suffix(suffix)


def file_stem(title: str) -> str:
    stem = re.sub(r"[^\w]+", "-", title.lower(), flags=re.UNICODE).strip("-")
    return stem[:60] or "chart"


class ChartPanel(QWidget):
    """A BarChart with optional controls above it; `used` when the user interacts with it."""

    barClicked = Signal(object)
    used = Signal()
    exported = Signal(str)  # a message naming the files written

    export_dir = Path.home()

    def __init__(
        self,
        object_name: str,
        tooltip: str,
        parent: QWidget | None = None,
        controls: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = QLabel(objectName="chartTitle", wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.title.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(bold)
        self.subtitle = QLabel(objectName="chartSubtitle", wordWrap=True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.subtitle.palette()
        palette.setColor(self.subtitle.foregroundRole(), muted_text())
        self.subtitle.setPalette(palette)
        self.chart = BarChart(theme=palette_theme(), show_title=False)
        self.chart.setObjectName(object_name)
        self.chart.setToolTip(tooltip)
        self.chart.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.chart.customContextMenuRequested.connect(self._menu)
        self.chart.barClicked.connect(self.barClicked)
        self.chart.installEventFilter(self)
        self.chart.viewport().installEventFilter(self)  # where its wheel events arrive
        # Every bar the data holds is drawn at a readable height ("Top 50" draws 50):
        # a chart taller than the panel scrolls, as a long table would.
        self.scroll = QScrollArea(
            objectName=object_name + "Scroll", widgetResizable=True, frameShape=QFrame.Shape.NoFrame
        )
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setMinimumSize(*MIN_CHART_SIZE)
        self.scroll.setWidget(self.chart)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        if controls is not None:
            top.addWidget(controls, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)

    def set_data(self, data: ChartData) -> None:
        new_chart = data.title != self.title.text()
        self.title.setText(data.title)
        self.subtitle.setText(data.subtitle)
        self.title.setVisible(bool(data.title))
        self.subtitle.setVisible(bool(data.subtitle))
        self.chart.set_data(data)
        self.chart.setMinimumHeight(max(MIN_CHART_SIZE[1], self.chart.needed_height()))
        if new_chart:  # another entity's chart starts at its top bar
            self.scroll.verticalScrollBar().setValue(0)

    def data(self) -> ChartData:
        return self.chart.chart_data()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.FocusIn):
            self.used.emit()
        if event.type() == QEvent.Type.Wheel:  # the chart never zooms: the wheel scrolls it
            QApplication.sendEvent(self.scroll.verticalScrollBar(), event)
            return True
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self.chart.set_theme(palette_theme())
        super().changeEvent(event)

    def _menu(self, pos: QPoint) -> None:
        self.used.emit()
        menu = QMenu(self)
        has_data = bool(self.data().bars)
        for suffix, label in ((".png", "Export as PNG…"), (".svg", "Export as SVG…")):
            action = menu.addAction(icon("export"), label, lambda s=suffix: self.export(s))
            action.setEnabled(has_data)
        menu.exec(self.chart.mapToGlobal(pos))

    def export(self, suffix: str = ".png") -> None:
        """Ask where, then write the chart and its CSV."""
        data = self.data()
        path = ask_export_path(self, self.export_dir / file_stem(data.title), suffix)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> list[Path]:
        try:
            written = export_chart(self.data(), path)
        except (ExportError, OSError) as exc:
            QMessageBox.warning(self, "Export Chart", str(exc))
            return []
        ChartPanel.export_dir = path.parent
        self.exported.emit(
            "Exported " + " and ".join(p.name for p in written) + f" to {path.parent}"
        )
        return written
