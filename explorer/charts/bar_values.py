"""The values at the ends of a bar chart's horizontal bars, as one graphics item.

A TextItem per bar cost the UI thread a QGraphicsTextItem and a text document to
make, as much again to add to the plot and to remove at the next selection, and a
transform update per label whenever the view moved: with the spread's 40 bars,
about half of what a selection spent drawing. This item paints every value with
drawText in one pass, at the font's pixel size, where the TextItems stood (their
left edge after the bar's end, centred on the bar); an SVG export keeps them as text.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

MARGIN = 4.0  # pixels before the text, as a TextItem's document margin left them


class BarValues(pg.GraphicsObject):
    """Texts at view positions (their left edge, vertical centre), drawn at a fixed pixel size."""

    def __init__(self) -> None:
        super().__init__()
        self._labels: list[tuple[float, float, str]] = []
        self._font = QFont()
        self._color = QColor("#000000")
        self._bounds = QRectF()

    def set_values(
        self,
        labels: Sequence[tuple[float, float, str]],
        font: QFont,
        color: str,
        bounds: QRectF,
    ) -> None:
        """(x, y, text) of each value in view coordinates; `bounds` is the part of the view
        they are drawn in (the chart's range: the texts are sized in pixels, not data)."""
        self.prepareGeometryChange()
        self._labels = list(labels)
        self._font, self._color, self._bounds = QFont(font), QColor(color), QRectF(bounds)
        self.update()

    def texts(self) -> list[str]:
        """The values drawn, as a reader sees them (for tests)."""
        return [text for _x, _y, text in self._labels]

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, painter: QPainter, *args: object) -> None:
        if not self._labels:
            return
        transform = painter.transform()
        painter.save()
        painter.resetTransform()  # values keep their pixel size whatever the range
        painter.setFont(self._font)
        painter.setPen(self._color)
        height = QFontMetricsF(self._font).height()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for x, y, text in self._labels:
            at = transform.map(QPointF(x, y))
            box = QRectF(at.x() + MARGIN, at.y() - height / 2, 10_000.0, height)
            painter.drawText(box, int(left), text)
        painter.restore()
