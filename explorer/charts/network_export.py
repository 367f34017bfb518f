"""Export the network: a picture (PNG or SVG, names kept as text, with the edge list as
CSV beside it) or a graph file for Gephi (GEXF, GraphML).

Like `export.export_chart`, a picture is drawn on a fresh NetworkPlot in the light
theme at a fixed size, so it looks the same from the panel and from the command.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from explorer.charts.bars import LIGHT_THEME
from explorer.charts.export import ExportError, csv_path, ensure_app, write_png, write_svg
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
            write_png(plot, path, EXPORT_SIZE)
        else:
            write_svg(plot, path, EXPORT_SIZE, data.title)
    finally:
        plot.close()
        plot.deleteLater()
    table = csv_path(path)
    table.write_text(network_csv(data), encoding="utf-8")
    return [path, table]
