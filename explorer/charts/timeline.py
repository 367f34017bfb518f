"""The timeline chart: one line per entity over the bins of its dates, its bursts
shaded in its colour. Hover a point for its count (and the burst it is in); click one
for its bin, which the panel turns into that entity's passages of the period; drag
across bins for the period they span, which the panel focuses on.

Only draws: the numbers come in a Timeline (explorer/timeline/build.py).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QToolTip, QWidget

from explorer.charts.bars import LIGHT_THEME, ChartTheme
from explorer.timeline.bins import Bin
from explorer.timeline.build import EMPTY_TIMELINE, Line, Timeline
from explorer.timeline.text import bin_text, burst_text
from explorer.wording import counted

# Okabe and Ito's colours, told apart with every kind of colour blindness; the
# selected entity takes the first, up to five pinned ones the next.
LINE_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
BURST_ALPHA = 30
BAND = 0.06  # a burst's band above the lines, as a share of the highest count, per line
HIT_PX = 24  # how far from a point a click or hover still finds it
DRAG_PX = 8  # a press that moves further is a drag, not a click


def _x(day: dt.date) -> float:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()


def _middle(item: Bin) -> float:
    return (_x(item.first) + _x(item.last + dt.timedelta(days=1))) / 2


def line_color(index: int) -> str:
    return LINE_COLORS[index % len(LINE_COLORS)]


class TimelinePlot(pg.PlotWidget):
    """Draws a Timeline; emits binClicked(Line, Bin) when the user clicks a point and
    rangeSelected(Bin, Bin), the first and last bin, when they drag across bins."""

    binClicked = Signal(object, object)
    rangeSelected = Signal(object, object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        theme: ChartTheme | None = None,
        show_title: bool = False,
    ) -> None:
        super().__init__(parent, axisItems={"bottom": pg.DateAxisItem()})
        self._theme = theme or LIGHT_THEME
        self._show_title = show_title  # exports draw one; the panel says it above the chart
        self._titles = ("", "")
        self._colors: tuple[str, ...] = ()
        self._timeline = EMPTY_TIMELINE
        self._items: list[pg.GraphicsObject] = []
        self._pressed: QPointF | None = None  # where a left press began, in the viewport
        self._dragged: pg.LinearRegionItem | None = None  # the range being dragged
        self._marked: pg.LinearRegionItem | None = None  # the period whose passages are listed
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.setContentsMargins(6, 8, 16, 6)
        # The panel names its lines above the plot, where a legend hides no point.
        self._legend = plot.addLegend(offset=(10, 10)) if show_title else None
        self.setMinimumSize(200, 140)
        self.scene().sigMouseClicked.connect(self._on_click)
        self.scene().sigMouseMoved.connect(self._on_hover)
        self.set_theme(self._theme)

    def timeline(self) -> Timeline:
        return self._timeline

    def set_theme(self, theme: ChartTheme) -> None:
        self._theme = theme
        self.setBackground(theme.background)
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(theme.muted))
            axis.setTextPen(pg.mkPen(theme.foreground))
        if self._legend is not None:
            self._legend.setLabelTextColor(theme.foreground)
        self.set_timeline(self._timeline, *self._titles, colors=self._colors)

    def set_timeline(
        self,
        timeline: Timeline,
        title: str = "",
        subtitle: str = "",
        *,
        colors: Sequence[str] = (),
    ) -> None:
        """Draw `timeline`, each line in its colour of `colors` (by default the next of
        LINE_COLORS); `title` and `subtitle` only where the plot draws its title."""
        plot = self.getPlotItem()
        for item in self._items:
            plot.removeItem(item)
        self._items = []
        if self._legend is not None:
            self._legend.clear()
        self._timeline, self._titles, self._colors = timeline, (title, subtitle), tuple(colors)
        self._set_title()
        if not timeline.bins:
            return
        xs = [_middle(b) for b in timeline.bins]
        top = max((max(line.counts) for line in timeline.lines), default=0) or 1
        for index, line in enumerate(timeline.lines):
            color = self.color(index)
            band = top * (1.1 + BAND * index)  # each line's bursts at its own height
            for burst in line.bursts:
                first, last = timeline.period(burst)
                shade = QColor(color)
                shade.setAlpha(BURST_ALPHA)
                region = pg.LinearRegionItem(
                    (_x(first), _x(last + dt.timedelta(days=1))),
                    movable=False,
                    brush=pg.mkBrush(shade),
                    pen=pg.mkPen(None),
                )
                region.setZValue(-10)
                self._add(region)
                # shades of two lines mix: a band in the line's own colour says whose it is
                ends = [_x(first), _x(last + dt.timedelta(days=1))]
                self._add(pg.PlotDataItem(ends, [band, band], pen=pg.mkPen(color, width=5)))
            curve = pg.PlotDataItem(
                xs,
                list(line.counts),
                pen=pg.mkPen(color, width=2),
                symbol="o",
                symbolSize=5 if len(xs) > 60 else 7,
                symbolBrush=color,
                symbolPen=pg.mkPen(color),
                name=line.name,
            )
            self._add(curve)
        span = timeline.bins[-1].last - timeline.bins[0].first
        pad = max(span.days, 1) * 86_400 * 0.02
        plot.setRange(
            xRange=(_x(timeline.bins[0].first) - pad, _x(timeline.bins[-1].last) + 86_400 + pad),
            yRange=(0, top * (1.14 + BAND * len(timeline.lines))),
            padding=0,
        )

    def mark_period(self, first: dt.date | None, last: dt.date | None = None) -> None:
        """Outline the days whose passages are listed (a clicked bin), or none."""
        plot = self.getPlotItem()
        if self._marked is not None:
            plot.removeItem(self._marked)
            self._marked = None
        if first is None or last is None or not self._timeline.bins:
            return
        pen = pg.mkPen(self._theme.foreground, width=1, style=Qt.PenStyle.DashLine)
        self._marked = pg.LinearRegionItem(
            (_x(first), _x(last + dt.timedelta(days=1))),
            movable=False,
            brush=pg.mkBrush(0, 0, 0, 0),
            pen=pen,
        )
        self._marked.setZValue(-5)
        plot.addItem(self._marked)

    def color(self, index: int) -> str:
        """The colour of the line at `index`."""
        return self._colors[index] if index < len(self._colors) else line_color(index)

    def _set_title(self) -> None:
        plot = self.getPlotItem()
        title, subtitle = self._titles
        if not title or not self._show_title:
            plot.setTitle(None)
            return
        sub = (
            f"<br><span style='color:{self._theme.muted}; font-size:9pt'>"
            f"{html.escape(subtitle)}</span>"
            if subtitle
            else ""
        )
        plot.setTitle(
            f"<span style='color:{self._theme.foreground}; font-size:11pt; font-weight:600'>"
            f"{html.escape(title)}</span>{sub}"
        )

    def _add(self, item: pg.GraphicsObject) -> None:
        self.getPlotItem().addItem(item)
        self._items.append(item)

    def point_at(self, scene_pos: QPointF) -> tuple[Line, int] | None:
        """The line and bin of the point nearest `scene_pos`, within HIT_PX of it."""
        timeline = self._timeline
        if not timeline.bins:
            return None
        box = self.getPlotItem().getViewBox()
        best: tuple[float, Line, int] | None = None
        for i, item in enumerate(timeline.bins):
            for line in timeline.lines:
                at = box.mapViewToScene(QPointF(_middle(item), line.counts[i]))
                distance = (at - scene_pos).manhattanLength()
                if distance <= HIT_PX and (best is None or distance < best[0]):
                    best = (distance, line, i)
        return None if best is None else (best[1], best[2])

    def point_position(self, line: Line, index: int) -> QPointF:
        """Where a line's point of bin `index` is, in the scene."""
        box = self.getPlotItem().getViewBox()
        return box.mapViewToScene(QPointF(_middle(self._timeline.bins[index]), line.counts[index]))

    def point_text(self, line: Line, index: int) -> str:
        timeline = self._timeline
        text = (
            f"{line.name}, {bin_text(timeline.bins[index], timeline.unit)}: "
            f"{counted(line.counts[index], 'mention')}"
        )
        for burst in line.bursts:
            if burst.first <= index <= burst.last:
                text += "\n" + burst_text(timeline, line, burst)
        return text + "\nClick for its passages."

    def _bin_index(self, viewport_pos: QPointF) -> int:
        """The bin under (or nearest to) a viewport position."""
        scene = self.mapToScene(viewport_pos.toPoint())
        x = self.getPlotItem().getViewBox().mapSceneToView(scene).x()
        ends = [_x(b.last + dt.timedelta(days=1)) for b in self._timeline.bins]
        return min(sum(1 for end in ends if end <= x), len(ends) - 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._timeline.bins:
            self._pressed = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        start = self._pressed
        if start is not None and (event.position() - start).manhattanLength() > DRAG_PX:
            bins = self._timeline.bins
            a, b = sorted((self._bin_index(start), self._bin_index(event.position())))
            span = (_x(bins[a].first), _x(bins[b].last + dt.timedelta(days=1)))
            if self._dragged is None:
                shade = QColor(self._theme.muted)
                shade.setAlpha(60)
                self._dragged = pg.LinearRegionItem(
                    span, movable=False, brush=pg.mkBrush(shade), pen=pg.mkPen(self._theme.muted)
                )
                self.getPlotItem().addItem(self._dragged)
            self._dragged.setRegion(span)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        start, dragged = self._pressed, self._dragged
        self._pressed = self._dragged = None
        super().mouseReleaseEvent(event)
        if start is None or dragged is None:
            return
        self.getPlotItem().removeItem(dragged)
        a, b = sorted((self._bin_index(start), self._bin_index(event.position())))
        self.rangeSelected.emit(self._timeline.bins[a], self._timeline.bins[b])

    def _on_click(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        hit = self.point_at(event.scenePos())  # type: ignore[attr-defined]
        if hit is not None:
            line, index = hit
            self.binClicked.emit(line, self._timeline.bins[index])

    def _on_hover(self, scene_pos: QPointF) -> None:
        hit = self.point_at(scene_pos)
        if hit is None:
            self.unsetCursor()
            QToolTip.hideText()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(
            self.mapToGlobal(self.mapFromScene(scene_pos)), self.point_text(*hit), self
        )
