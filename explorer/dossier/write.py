"""Write a dossier to disk: one self-contained HTML file (the charts inside it as data:
URIs) or a PDF laid out by Qt's own rich-text engine (QTextDocument on a QPdfWriter),
so the frozen app carries no other renderer. Both are written beside their target and
renamed over it: a crash never leaves half a file.

`chart_images` draws the charts with widgets, so it runs on the main thread;
`write_dossier` touches no widget.
"""

from __future__ import annotations

import base64
import os
import tempfile
from pathlib import Path

from explorer.charts.data import ChartData
from explorer.dossier.content import Dossier
from explorer.dossier.page import COMENTION_IMAGE, SPREAD_IMAGE, TIMELINE_IMAGE, render_page
from explorer.files import NEW_FILE_MODE, write_atomically
from explorer.timeline.text import timeline_subtitle, timeline_title

FORMATS = (".html", ".htm", ".pdf")
PDF_RESOLUTION = 300  # dpi: sharp charts in print
PDF_MARGIN_MM = 18
# Charts are drawn this wide (px) so their labels stay readable at a page's width.
CHART_WIDTH = 580
CHART_ROW_PX = 26
MIN_CHART_HEIGHT = 150
TIMELINE_HEIGHT = 320
PDF_IMAGE_WIDTH = 470  # points: the A4 text width between the margins
HTML_IMAGE_WIDTH = 680  # CSS px


class DossierError(ValueError):
    """The dossier cannot be written; the message is one sentence for the user."""


def check_path(path: Path) -> None:
    if path.suffix.lower() not in FORMATS:
        raise DossierError(f"{path.name}: a dossier is written as .html or .pdf")


def chart_images(dossier: Dossier) -> dict[str, bytes]:
    """The dossier's charts as PNG bytes, drawn as File → Export Chart… draws them."""
    from explorer.charts.export import export_chart
    from explorer.charts.timeline_export import export_timeline

    charts = {SPREAD_IMAGE: dossier.spread_chart, COMENTION_IMAGE: dossier.comention_chart}
    images = {}
    with tempfile.TemporaryDirectory(prefix="dossier-") as folder:
        for name, chart in charts.items():
            if chart.bars:
                png = Path(folder) / name
                export_chart(chart, png, size=_chart_size(chart))
                images[name] = png.read_bytes()
        timeline = dossier.timeline
        if timeline.bins:
            png = Path(folder) / TIMELINE_IMAGE
            export_timeline(
                timeline,
                png,
                timeline_title(timeline),
                timeline_subtitle(timeline, dossier.focus),
                size=(CHART_WIDTH, TIMELINE_HEIGHT),
            )
            images[TIMELINE_IMAGE] = png.read_bytes()
    return images


def _chart_size(chart: ChartData) -> tuple[int, int]:
    rows = 8 if chart.over_time else len(chart.bars)
    return CHART_WIDTH, max(MIN_CHART_HEIGHT, 90 + CHART_ROW_PX * rows)


def write_dossier(dossier: Dossier, images: dict[str, bytes], path: Path) -> None:
    check_path(path)
    try:
        if path.suffix.lower() == ".pdf":
            _write_pdf(dossier, images, path)
        else:
            page = render_page(dossier, lambda name: _data_uri(images, name), HTML_IMAGE_WIDTH)
            write_atomically(path, page)
    except OSError as exc:
        raise DossierError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _data_uri(images: dict[str, bytes], name: str) -> str:
    return "data:image/png;base64," + base64.b64encode(images.get(name, b"")).decode("ascii")


def _write_pdf(dossier: Dossier, images: dict[str, bytes], path: Path) -> None:
    from PySide6.QtCore import QMarginsF, QUrl
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    document = QTextDocument()
    for name, data in images.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(data, "PNG")
        )
    document.setHtml(render_page(dossier, lambda name: name, PDF_IMAGE_WIDTH))
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, f"Dossier: {dossier.entity.name}"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(f"Dossier: {dossier.entity.name}")
        writer.setCreator(f"Entity Explorer {dossier.version}")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(*[PDF_MARGIN_MM] * 4),
                QPageLayout.Unit.Millimeter,
            )
        )
        document.print_(writer)
        del writer  # closes the file
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, NEW_FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
