"""The co-mention network drawn with pyqtgraph: nodes sized by mentions and coloured
by kind (or community), edges widened by strength, names that avoid each other.

It only renders a NetworkData (positions come laid out); the user pans and zooms
with the mouse, and the names are placed again in pixels after every change of
view (`explorer.network.labels`): zoomed out, the lesser names give way. Clicks
and hovers are reported as the node or edge under the pointer.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget

from explorer.charts.bars import LIGHT_THEME, ChartTheme
from explorer.charts.kinds import kind_color
from explorer.charts.network_names import NameLayer
from explorer.charts.network_text import community_color, edge_tip, legend_html, node_tip
from explorer.index.network import NetworkEdge, NetworkNode
from explorer.network.data import EMPTY_NETWORK, NetworkData, node_size
from explorer.network.graph import strengths
from explorer.network.labels import place_labels

# Pixels, weakest to strongest. Antialiased lines wider than a pixel cost Qt's raster
# engine some 50 µs each to paint (1 µs up to a pixel): only the strongest fifth is wide,
# the rest grow darker.
EDGE_WIDTHS = (0.6, 0.8, 0.9, 1.0, 2.2)
HIT_SLOP_PX = 4.0  # how near the pointer must be to an edge to hit it
LABEL_POINT_SIZE = 8.5
TITLE_HEIGHT = 76  # three lines: title, subtitle, legend
# Nodes have their full size in a view this many pixels across (its shorter side), and
# shrink in a smaller one down to MIN_SCALE, so that a docked panel is not all discs.
NOMINAL_VIEW_PX = 600.0
MIN_SCALE = 0.55


def _rgba(color: str, alpha: int) -> QColor:
    value = QColor(color)
    value.setAlpha(alpha)
    return value


class NetworkPlot(pg.PlotWidget):
    """Draws a NetworkData; reports nodeClicked / nodeDoubleClicked(NetworkNode) and
    edgeClicked(NetworkEdge).

    Its graphics items are made once and given new data on each change: adding and
    removing items is what costs the UI thread most in pyqtgraph."""

    nodeClicked = Signal(object)
    nodeDoubleClicked = Signal(object)
    edgeClicked = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        theme: ChartTheme | None = None,
        show_title: bool = False,
    ) -> None:
        super().__init__(parent)
        self._theme = theme or LIGHT_THEME
        self._show_title = show_title  # exports draw the title and a legend of colours
        self._data = EMPTY_NETWORK
        self._selected: tuple[int | None, int | None] = (None, None)
        self._xy = np.zeros((0, 2))
        self._sizes = np.zeros(0)  # node diameters in pixels, as drawn
        self._scale = 1.0  # of the nodes' sizes: smaller in a small view
        self._ends = np.zeros((0, 2), dtype=int)  # each edge's node indices
        self._priority: list[int] = []  # node indices, in the order their names are placed
        self._relabel = QTimer(self, singleShot=True, interval=0)
        self._relabel.timeout.connect(self.place_labels)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.setContentsMargins(4, 4, 4, 4)
        view = plot.getViewBox()
        view.setAspectLocked(True)
        view.sigRangeChanged.connect(self._relabel.start)
        view.sigResized.connect(self._fit_nodes)
        self._edges = [pg.PlotCurveItem(antialias=True) for _ in EDGE_WIDTHS]
        self._touching = pg.PlotCurveItem(antialias=True)  # the selected entity's edges
        self._pair = pg.PlotCurveItem(antialias=True)  # the selected pair's edge
        self._nodes = pg.ScatterPlotItem(pxMode=True, hoverable=False)
        self._focused = pg.ScatterPlotItem(pxMode=True, brush=None)
        self._rings = pg.ScatterPlotItem(pxMode=True, brush=None)
        self.names = NameLayer()
        self._empty = pg.TextItem("", anchor=(0.5, 0.5))
        for item in (
            *self._edges,
            self._touching,
            self._pair,
            self._nodes,
            self._focused,
            self._rings,
            self._empty,
        ):
            plot.addItem(item)
        plot.addItem(self.names, ignoreBounds=True)  # names never widen the fitted range
        for item in (self._touching, self._pair, self._rings):
            item.setZValue(5)
        self.setMinimumSize(200, 160)
        self.scene().sigMouseClicked.connect(self._on_click)
        self.scene().sigMouseMoved.connect(self._on_hover)
        self.setBackground(self._theme.background)
        self._draw()

    def network_data(self) -> NetworkData:
        return self._data

    def set_data(self, data: NetworkData) -> None:
        self._data = data
        self._draw()

    def set_theme(self, theme: ChartTheme) -> None:
        if theme != self._theme:
            self._theme = theme
            self.setBackground(theme.background)
            self._draw()

    def set_selection(self, entity: int | None, other: int | None) -> None:
        """Ring the selected entity, darken its edges, and widen the pair's edge."""
        if (entity, other) != self._selected:
            self._selected = (entity, other)
            self._mark_selection()

    # --- drawing ----------------------------------------------------------------------

    def _draw(self) -> None:
        data = self._data
        self._set_title(data)
        self._xy = np.array(
            [data.positions.get(n.id, (0.0, 0.0)) for n in data.nodes], dtype=float
        ).reshape(-1, 2)
        self._scale = self._view_scale()
        self._sizes = self._node_sizes()
        index = {node.id: i for i, node in enumerate(data.nodes)}
        self._ends = np.array([(index[e.a], index[e.b]) for e in data.edges], dtype=int).reshape(
            -1, 2
        )
        self._priority = sorted(
            range(len(data.nodes)),
            key=lambda i: (
                data.nodes[i].id not in data.focused,
                -data.nodes[i].mentions,
                data.nodes[i].name,
            ),
        )
        self._draw_edges(data)
        self._draw_nodes(data)
        self._draw_names(data)
        self._mark_selection()
        self._empty.setText(data.empty if not data.nodes else "")
        self._empty.setColor(self._theme.muted)
        if not data.nodes:
            self._empty.setPos(0.5, 0.5)
            self.getPlotItem().getViewBox().setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
        self.fit()

    def _view_scale(self) -> float:
        view = self.getPlotItem().getViewBox()
        return min(max(min(view.width(), view.height()) / NOMINAL_VIEW_PX, MIN_SCALE), 1.0)

    def _node_sizes(self) -> np.ndarray:
        biggest = max((node.mentions for node in self._data.nodes), default=1)
        # whole pixels: pyqtgraph renders one symbol per size and colour
        return np.array(
            [round(node_size(n.mentions, biggest) * self._scale) for n in self._data.nodes]
        )

    def _fit_nodes(self) -> None:
        """After a resize: nodes as large as the view has room for, names placed again."""
        scale = self._view_scale()
        if abs(scale - self._scale) > 0.02:
            self._scale = scale
            self._sizes = self._node_sizes()
            self._draw_nodes(self._data)
            self._mark_selection()
        self._relabel.start()

    def fit(self) -> None:
        """The whole network in view; its names are placed at the next turn of the event
        loop, so that drawing a large network holds the UI thread in two shorter turns."""
        if self._data.nodes:
            self.getPlotItem().getViewBox().autoRange(padding=0.06)
        self._relabel.start()

    def _set_title(self, data: NetworkData) -> None:
        plot = self.getPlotItem()
        if not self._show_title or not data.title:
            plot.setTitle(None)
            return
        muted, fore = self._theme.muted, self._theme.foreground
        plot.setTitle(
            f"<div align='center'><span style='color:{fore}; font-size:11pt; font-weight:600'>"
            f"{html.escape(data.title)}</span><br><span style='color:{muted}; font-size:9pt'>"
            f"{html.escape(data.subtitle)}</span><br><span style='color:{fore}; "
            f"font-size:9pt'>{legend_html(data, dark=self._theme.dark)}</span></div>"
        )
        text = plot.titleLabel.item  # lines centre within the widest only at a set width
        text.setTextWidth(text.document().idealWidth())
        plot.titleLabel.setMaximumHeight(TITLE_HEIGHT)  # pyqtgraph allows one line
        plot.layout.setRowFixedHeight(0, TITLE_HEIGHT)

    def _node_color(self, node: NetworkNode) -> str:
        if self._data.communities:
            return community_color(self._data.communities.get(node.id, -1))
        return kind_color(node.kind, dark=self._theme.dark)

    def _draw_edges(self, data: NetworkData) -> None:
        """One path per width: thousands of edges draw as a handful of items."""
        shares = np.array(strengths(data.edges, data.weight))
        bucket = np.minimum((shares * len(EDGE_WIDTHS)).astype(int), len(EDGE_WIDTHS) - 1)
        for level, (item, width) in enumerate(zip(self._edges, EDGE_WIDTHS, strict=True)):
            points = self._xy[self._ends[bucket == level].ravel()] if len(shares) else self._xy[:0]
            item.setPen(pg.mkPen(_rgba(self._theme.muted, 60 + 35 * level), width=width))
            item.setData(points[:, 0], points[:, 1], connect="pairs")

    def _draw_nodes(self, data: NetworkData) -> None:
        order = np.argsort(-self._sizes, kind="stable")  # the small ones on top
        brushes = {color: pg.mkBrush(color) for color in map(self._node_color, data.nodes)}
        self._nodes.setData(
            pos=self._xy[order],
            size=self._sizes[order],
            brush=[brushes[self._node_color(data.nodes[i])] for i in order],
            pen=pg.mkPen(self._theme.background, width=1.2),
        )
        focused = [i for i, node in enumerate(data.nodes) if node.id in data.focused]
        self._focused.setData(
            pos=self._xy[focused],
            size=self._sizes[focused] + 7,
            pen=pg.mkPen(self._theme.foreground, width=1.5, style=Qt.PenStyle.DashLine),
        )

    def _draw_names(self, data: NetworkData) -> None:
        font = QFont(self.font())
        font.setPointSizeF(LABEL_POINT_SIZE)
        self.names.set_names(
            [node.name for node in data.nodes],
            [node.id in data.focused for node in data.nodes],
            font,
            QColor(self._theme.foreground),
            _rgba(self._theme.background, 210),
        )

    def _mark_selection(self) -> None:
        entity, other = self._selected
        index = {node.id: i for i, node in enumerate(self._data.nodes)}
        chosen = [index[entity]] if entity in index else []
        if other in index and chosen:
            chosen.append(index[other])
        touching = np.flatnonzero((self._ends == chosen[0]).any(axis=1)) if chosen else []
        points = self._xy[self._ends[touching].ravel()] if len(touching) else self._xy[:0]
        color = self._node_color(self._data.nodes[chosen[0]]) if chosen else self._theme.muted
        self._touching.setPen(pg.mkPen(_rgba(color, 190), width=1.0))  # a hub has hundreds
        self._touching.setData(points[:, 0], points[:, 1], connect="pairs")
        pair = self._xy[chosen] if len(chosen) == 2 else self._xy[:0]
        self._pair.setPen(pg.mkPen(self._theme.foreground, width=4))
        self._pair.setData(pair[:, 0], pair[:, 1])
        self._rings.setData(
            pos=self._xy[chosen],
            size=self._sizes[chosen] + 8,
            pen=pg.mkPen(self._theme.foreground, width=2.5),
        )

    # --- names ------------------------------------------------------------------------

    def _pixels(self) -> tuple[np.ndarray, float, float, float, float]:
        """Node centres in view pixels (y down), and the view's (left, top, scale x, y)."""
        view = self.getPlotItem().getViewBox()
        (left, right), (bottom, top) = view.viewRange()
        width, height = view.width(), view.height()
        sx = width / (right - left) if right > left else 1.0
        sy = height / (top - bottom) if top > bottom else 1.0
        pixels = np.column_stack([(self._xy[:, 0] - left) * sx, (top - self._xy[:, 1]) * sy])
        return pixels, left, top, sx, sy

    def place_labels(self) -> None:
        """Show the names that fit at the current zoom, the most mentioned first."""
        plot = self.getPlotItem()
        if plot is None:  # closed: a queued relabel after an export
            return
        view = plot.getViewBox()
        pixels, left, top, sx, sy = self._pixels()
        spots = place_labels(
            pixels.tolist(),
            (self._sizes / 2).tolist(),
            self.names.sizes(),
            self._priority,
            (0.0, 0.0, float(view.width()), float(view.height())),
        )
        self.names.set_spots(
            [None if spot is None else (left + spot[0] / sx, top - spot[1] / sy) for spot in spots],
            view.viewRect(),
        )

    # --- pointer ----------------------------------------------------------------------

    def _hit(self, scene_pos: QPointF) -> NetworkNode | NetworkEdge | None:
        """The node under a scene position (the smallest when they overlap), else the
        edge within HIT_SLOP_PX of it."""
        if not len(self._xy) or not self.getPlotItem().sceneBoundingRect().contains(scene_pos):
            return None
        view = self.getPlotItem().getViewBox()
        local = view.mapSceneToView(scene_pos)
        pixels, left, top, sx, sy = self._pixels()
        point = np.array([(local.x() - left) * sx, (top - local.y()) * sy])
        distance = np.hypot(*(pixels - point).T)
        inside = np.flatnonzero(distance <= self._sizes / 2 + 1.5)
        if len(inside):
            return self._data.nodes[int(inside[np.argmin(self._sizes[inside])])]
        if not len(self._ends):
            return None
        a, b = pixels[self._ends[:, 0]], pixels[self._ends[:, 1]]
        along = b - a
        length = (along**2).sum(axis=1)
        t = np.clip(((point - a) * along).sum(axis=1) / np.where(length > 0, length, 1), 0, 1)
        gaps = np.hypot(*(a + along * t[:, None] - point).T)
        nearest = int(np.argmin(gaps))
        return self._data.edges[nearest] if gaps[nearest] <= HIT_SLOP_PX else None

    def _on_click(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        hit = self._hit(event.scenePos())  # type: ignore[attr-defined]
        if isinstance(hit, NetworkNode):
            double = event.double()  # type: ignore[attr-defined]
            (self.nodeDoubleClicked if double else self.nodeClicked).emit(hit)
        elif isinstance(hit, NetworkEdge):
            self.edgeClicked.emit(hit)

    def _on_hover(self, scene_pos: QPointF) -> None:
        """A pointing hand over what a click would pick (the counts come as a tooltip)."""
        if self._hit(scene_pos) is None:
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        """The counts of the node or edge the pointer rests on. Handled here: the scene
        would answer the tooltip request itself, with the (empty) tooltip of its items,
        and so hide any tip shown on hover."""
        if not isinstance(event, QHelpEvent) or event.type() != QEvent.Type.ToolTip:
            return super().viewportEvent(event)
        hit = self._hit(self.mapToScene(event.pos()))
        if hit is None:
            QToolTip.hideText()
        else:
            tip = node_tip(hit) if isinstance(hit, NetworkNode) else edge_tip(hit, self._data)
            QToolTip.showText(event.globalPos(), tip, self.viewport())
        return True
