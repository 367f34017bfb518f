"""Export the network: a picture (PNG or SVG, names kept as text, with the edge list as
CSV beside it) or a graph file for Gephi (GEXF, GraphML).

Like `export.export_chart`, a picture is drawn on a fresh NetworkPlot in the light
theme at a fixed size, so it looks the same from the panel and from the command.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget

from explorer.charts.bars import LIGHT_THEME
from explorer.charts.export import ExportError, csv_path, ensure_app
from explorer.charts.network import NetworkPlot
from explorer.network.data import NetworkData, network_csv
from explorer.network.files import FORMATS as GRAPH_FORMATS
from explorer.network.files import write_graph

EXPORT_SIZE = (1400, 1050)
PICTURE_FORMATS = (".png", ".svg")
FORMATS = PICTURE_FORMATS + GRAPH_FORMATS


def export_network(data: NetworkData, path: Path) -> list[Path]:
    """Write the network to `path` by its suffix; returns the files written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{path.name}: the network exports to {', '.join(FORMATS)}")
    if suffix in GRAPH_FORMATS:
        write_graph(data, path)
        return [path]
    ensure_app()
    plot = NetworkPlot(theme=LIGHT_THEME, show_title=True)
    try:
        # Shown (off screen) so that it takes its size now: names are placed in pixels.
        plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        plot.resize(*EXPORT_SIZE)
        plot.show()
        plot.set_data(data)
        plot.getPlotItem().layout.activate()  # the title's row, before the names
        plot.fit()
        plot.place_labels()  # now: nothing runs the event loop before the picture is taken
        if suffix == ".png":
            _write_png(plot, path)
        else:
            _write_svg(plot, path, data.title)
    finally:
        plot.close()
        plot.deleteLater()
    table = csv_path(path)
    table.write_text(network_csv(data), encoding="utf-8")
    return [path, table]


def _render(widget: QWidget, painter: QPainter) -> None:
    try:
        QWidget.render(widget, painter, QPoint(0, 0))
    finally:
        painter.end()


def _write_png(plot: NetworkPlot, path: Path) -> None:
    image = QImage(QSize(*EXPORT_SIZE), QImage.Format.Format_ARGB32)
    image.fill(QColor(LIGHT_THEME.background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _render(plot, painter)
    if not image.save(str(path), "PNG"):
        raise ExportError(f"cannot write {path}")


def _write_svg(plot: NetworkPlot, path: Path, title: str) -> None:
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(*EXPORT_SIZE))
    generator.setViewBox(QRect(0, 0, *EXPORT_SIZE))
    generator.setTitle(title)
    generator.setDescription("Made with Entity Explorer")
    painter = QPainter(generator)
    if not painter.isActive():
        raise ExportError(f"cannot write {path}")
    _render(plot, painter)
