"""Export a chart to PNG or SVG, with the numbers behind it as CSV alongside.

The GUI (context menus, File → Export Chart…) and the CLI (`entity-explorer
chart`) both call `export_chart`, which draws a fresh BarChart in the light
theme at a fixed size, so an export looks the same wherever it was made.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from explorer.charts.bars import LIGHT_THEME, BarChart
from explorer.charts.data import ChartData, chart_csv

EXPORT_WIDTH = 1200
MIN_EXPORT_HEIGHT = 800
EXPORT_ROW_PX = 28  # per horizontal bar, so that every label stays readable
FORMATS = (".png", ".svg")


class ExportError(ValueError):
    """The chart cannot be written; the message is one sentence for the user."""


def ensure_app() -> QApplication:
    """A QApplication for headless drawing (the CLI): offscreen unless one already runs."""
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    return app  # type: ignore[return-value]


def csv_path(path: Path) -> Path:
    return path.with_suffix(".csv")


def export_size(data: ChartData) -> tuple[int, int]:
    """The exported image's size: a fixed width, and tall enough for every bar's label."""
    rows = 0 if data.over_time else len(data.bars)
    return EXPORT_WIDTH, max(MIN_EXPORT_HEIGHT, 140 + EXPORT_ROW_PX * rows)


def export_chart(data: ChartData, path: Path, size: tuple[int, int] | None = None) -> list[Path]:
    """Write the chart to `path` (.png or .svg) and its data to the .csv beside it;
    `size` (pixels) when not the export's own (a dossier's page is narrower)."""
    path = Path(path)
    size = size or export_size(data)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{path.name}: charts export to .png or .svg")
    ensure_app()
    chart = BarChart(theme=LIGHT_THEME)
    try:
        chart.resize(*size)
        chart.set_data(data)
        if suffix == ".png":
            write_png(chart, path, size)
        else:
            write_svg(chart, path, size, data.title)
    finally:
        chart.deleteLater()
    table = csv_path(path)
    table.write_text(chart_csv(data), encoding="utf-8")
    return [path, table]


def _render(chart: QWidget, painter: QPainter) -> None:
    """Paint the whole widget (QWidget.render: QGraphicsView.render paints only the scene)."""
    try:
        QWidget.render(chart, painter, QPoint(0, 0))
    finally:
        painter.end()


def write_png(chart: QWidget, path: Path, size: tuple[int, int]) -> None:
    """Any chart widget as a PNG of `size`, on the light theme's background."""
    image = QImage(QSize(*size), QImage.Format.Format_ARGB32)
    image.fill(QColor(LIGHT_THEME.background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _render(chart, painter)
    if not image.save(str(path), "PNG"):
        raise ExportError(f"cannot write {path}")


def write_svg(chart: QWidget, path: Path, size: tuple[int, int], title: str) -> None:
    """Any chart widget as an SVG of `size`, its text kept as text."""
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(*size))
    generator.setViewBox(QRect(0, 0, *size))
    generator.setTitle(title)
    generator.setDescription("Made with Entity Explorer")
    painter = QPainter(generator)
    if not painter.isActive():
        raise ExportError(f"cannot write {path}")
    _render(chart, painter)
