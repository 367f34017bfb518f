"""The network's names as one graphics item: placed in pixels, painted in one pass.

A TextItem per name cost the UI thread 0.2 ms to make and as much to add to the
scene, 150 ms for 200 nodes on every change of focus; this item measures the
names once per network and paints the shown ones with drawText, which an SVG
export keeps as text.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

PAD = 1.5  # pixels around a name, inside its backing


class NameLayer(pg.GraphicsObject):
    """Names at view positions (their top-left corners), drawn at a fixed pixel size
    on a backing of the background colour, over the nodes and edges."""

    def __init__(self) -> None:
        super().__init__()
        self._names: list[str] = []
        self._bold: list[bool] = []
        self._sizes: list[tuple[float, float]] = []
        self._spots: list[tuple[float, float] | None] = []
        self._font = QFont()
        self._strong = QFont()
        self._color = QColor("#000000")
        self._fill = QColor("#ffffff")
        self._bounds = QRectF()
        self.setZValue(10)

    def set_names(
        self, names: Sequence[str], bold: Sequence[bool], font: QFont, color: QColor, fill: QColor
    ) -> None:
        """New names, measured now: their sizes are what placement needs."""
        self._names, self._bold = list(names), list(bold)
        self._font, self._strong = QFont(font), QFont(font)
        self._strong.setWeight(QFont.Weight.DemiBold)
        self._color, self._fill = color, fill
        plain, strong = QFontMetricsF(self._font), QFontMetricsF(self._strong)
        self._sizes = [
            (
                (strong if heavy else plain).horizontalAdvance(name) + 2 * PAD,
                (strong if heavy else plain).height() + 2 * PAD,
            )
            for name, heavy in zip(self._names, self._bold, strict=True)
        ]
        self._spots = [None] * len(self._names)
        self.update()

    def sizes(self) -> list[tuple[float, float]]:
        return self._sizes

    def set_spots(self, spots: Sequence[tuple[float, float] | None], bounds: QRectF) -> None:
        """Where each name's top-left corner is in view coordinates (None: not shown);
        `bounds` is the part of the view they are drawn in."""
        self.prepareGeometryChange()
        self._spots, self._bounds = list(spots), QRectF(bounds)
        self.update()

    def shown(self) -> list[str]:
        """The names drawn, as a reader sees them (for tests and exports)."""
        return [name for name, spot in zip(self._names, self._spots, strict=True) if spot]

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, painter: QPainter, *args: object) -> None:
        if not any(self._spots):
            return
        transform = painter.transform()
        painter.resetTransform()  # names keep their pixel size at any zoom
        painter.setPen(Qt.PenStyle.NoPen)
        for name, heavy, size, spot in zip(
            self._names, self._bold, self._sizes, self._spots, strict=True
        ):
            if spot is None:
                continue
            corner = transform.map(QPointF(*spot))
            box = QRectF(corner.x(), corner.y(), *size)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._fill)
            painter.drawRoundedRect(box, 2.0, 2.0)
            painter.setPen(self._color)
            painter.setFont(self._strong if heavy else self._font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
