"""The one bar chart every panel and every export draws: pyqtgraph, calm and readable.

Horizontal bars with their names on the left and their values at their ends
(frequency, co-mentions, per-document spread), or vertical bars on a time axis
(spread over time). Every bar of the data is drawn: `needed_height` says how tall
the chart must be for each name to stay readable, and a panel scrolls a chart
taller than itself. Mouse panning and zooming are off: these charts are read,
not explored; a click on a bar or its name reports the bar.

A chart is redrawn at every selection, so its graphics items are made once and
given new data (`setOpts`, `set_values`, hidden when not needed) rather than
removed from the plot and made again.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import UTC, datetime

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from explorer.charts.bar_values import BarValues
from explorer.charts.data import EMPTY_CHART, Bar, ChartData
from explorer.charts.kinds import kind_color, kind_name
from explorer.vocabulary import KINDS

pg.setConfigOptions(antialias=True)

MAX_LABEL_CHARS = 32
BAR_HEIGHT = 0.68
MIN_ROWS = 8  # a chart of two bars keeps them slim, at the top
ROW_GAP = 5  # pixels between the labels of two bars
DAY_S = 86_400.0


@dataclass(frozen=True, slots=True)
class ChartTheme:
    background: str
    foreground: str
    muted: str
    dark: bool


LIGHT_THEME = ChartTheme("#ffffff", "#1f1f1f", "#6b6b6b", False)


def theme_from_palette(palette: QPalette) -> ChartTheme:
    """The chart colours of the current system palette (light or dark)."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    return ChartTheme(base.name(), text.name(), muted.name(), base.lightnessF() < 0.5)


def _elide(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _timestamp(day: str) -> float:
    return datetime.fromisoformat(day[:10]).replace(tzinfo=UTC).timestamp()


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:.2f}"


class BarChart(pg.PlotWidget):
    """Draws a ChartData; emits barClicked(Bar) when the user clicks a bar or its label."""

    barClicked = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        theme: ChartTheme | None = None,
        show_title: bool = True,
    ) -> None:
        super().__init__(parent)
        self._theme = theme or LIGHT_THEME
        # Panels show the title above the chart, where it wraps, beside the kind buttons;
        # a chart that draws its own title (an export, read away from the app) adds a
        # legend of its kinds' colours.
        self._show_title = show_title
        self._drawn_size = (0, 0)  # the size last drawn at: label room and rows depend on it
        # A resize redraws at the next turn of the event loop, once however many resizes
        # came (a splitter drag; a whole window laying out while other panels update).
        self._resized = QTimer(self, singleShot=True, interval=0)
        self._resized.timeout.connect(self._fit_to_size)
        self._data = EMPTY_CHART
        self._time_axis = False
        # made at their first use, then kept: the bars, their values, the empty message
        self._bar_item: pg.BarGraphItem | None = None
        self._values: BarValues | None = None
        self._message: pg.TextItem | None = None
        self._items: list[pg.GraphicsObject] = []  # those the current data shows
        self._positions: list[float] = []
        self._half_width = 0.5
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.getViewBox().setDefaultPadding(0.0)
        plot.setContentsMargins(6, 8, 16, 6)
        self.setMinimumSize(160, 120)
        self.scene().sigMouseClicked.connect(self._on_click)
        self.scene().sigMouseMoved.connect(self._on_hover)
        self._apply_theme()
        self._draw()

    def chart_data(self) -> ChartData:
        return self._data

    def set_data(self, data: ChartData) -> None:
        self._data = data
        self._draw()

    def set_theme(self, theme: ChartTheme) -> None:
        if theme != self._theme:
            self._theme = theme
            self._apply_theme()
            self._draw()

    def _apply_theme(self) -> None:
        self.setBackground(self._theme.background)
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(self._theme.muted))
            axis.setTextPen(pg.mkPen(self._theme.foreground))

    def _use_time_axis(self, wanted: bool) -> None:
        if wanted == self._time_axis:
            return
        self._time_axis = wanted
        plot = self.getPlotItem()
        plot.setAxisItems(
            {
                "bottom": pg.DateAxisItem() if wanted else pg.AxisItem("bottom"),
                "left": pg.AxisItem("left"),
            }
        )
        self._apply_theme()

    def _draw(self) -> None:
        shown = self._items
        self._items = []
        self._positions = []
        data = self._data
        self._set_title(data)
        self._use_time_axis(data.over_time and bool(data.bars))
        if not data.bars:
            self._draw_empty(data.empty)
        elif data.over_time:
            self._draw_time(data.bars)
        else:
            self._draw_horizontal(data.bars)
        for item in shown:
            if all(item is not kept for kept in self._items):
                item.hide()

    def _set_title(self, data: ChartData) -> None:
        plot = self.getPlotItem()
        if not data.title or not self._show_title:
            plot.setTitle(None)
            return
        sub = (
            f"<br><span style='color:{self._theme.muted}; font-size:9pt'>"
            f"{html.escape(data.subtitle)}</span>"
            if data.subtitle
            else ""
        )
        plot.setTitle(
            f"<div align='center'><span style='color:{self._theme.foreground}; font-size:11pt; "
            f"font-weight:600'>{html.escape(data.title)}</span>{sub}{self._legend(data)}</div>"
        )
        text = plot.titleLabel.item  # lines centre within the widest only at a set width
        text.setTextWidth(text.document().idealWidth())
        plot.titleLabel.setMaximumHeight(self._title_height())  # pyqtgraph allows one line
        plot.layout.setRowFixedHeight(0, self._title_height())

    def _legend(self, data: ChartData) -> str:
        """A line naming each kind colour the bars use (entity bars only: document and
        day bars all count one entity, named in the title)."""
        if data.key_kind != "entity":
            return ""
        kinds = [kind for kind in KINDS if any(bar.kind == kind for bar in data.bars)]
        keys = "&nbsp;&nbsp;&nbsp;".join(
            f"<span style='color:{kind_color(kind, dark=self._theme.dark)}'>&#9632;</span>"
            f"&nbsp;{html.escape(kind_name(kind))}"
            for kind in kinds
        )
        return (
            f"<br><span style='color:{self._theme.foreground}; font-size:9pt'>{keys}</span>"
            if keys
            else ""
        )

    def _show(self, item: pg.GraphicsObject) -> None:
        item.show()
        self._items.append(item)

    def _bars(self, **opts: object) -> pg.BarGraphItem:
        """The bars' item with these options (every coordinate option is given, so that
        the horizontal and the time layout do not mix)."""
        opts = {"x": None, "x0": None, "x1": None, "y": None, "y0": None, "y1": None, **opts}
        if self._bar_item is None:
            self._bar_item = pg.BarGraphItem(pen=pg.mkPen(None), **opts)
            self.getPlotItem().addItem(self._bar_item)
        else:
            self._bar_item.setOpts(**opts)
        self._show(self._bar_item)
        return self._bar_item

    def _draw_empty(self, message: str) -> None:
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.getViewBox().invertY(False)
        if self._message is None:
            self._message = pg.TextItem(anchor=(0.5, 0.5))
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.05)
            self._message.setFont(font)
            self._message.setPos(0.5, 0.5)
            self.getPlotItem().addItem(self._message)
        self._message.setText(message, color=self._theme.muted)
        self._show(self._message)
        plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)

    def _color(self, bar: Bar) -> str:
        return kind_color(bar.kind, dark=self._theme.dark)

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + ROW_GAP

    def _title_height(self) -> int:
        if not self._show_title or not self._data.title:
            return 0
        return 70 if self._legend(self._data) else 52

    def needed_height(self) -> int:
        """How tall the chart must be for every horizontal bar's label to be readable
        (0 for a chart on a time axis, or without bars: those fit any height)."""
        if not self._data.bars or self._data.over_time:
            return 0
        return self._title_height() + 16 + len(self._data.bars) * self._row_height()

    def _rows_fitting(self) -> int:
        return max(1, (self.height() - self._title_height() - 16) // self._row_height())

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        if "_resized" in self.__dict__:  # pyqtgraph resizes during its own __init__
            self._resized.start()

    def _fit_to_size(self) -> None:
        """Redraw horizontal bars at a new size: their rows and the room for values change."""
        data = self._data
        if data.bars and not data.over_time and self._size() != self._drawn_size:
            self._draw()

    def _size(self) -> tuple[int, int]:
        return self.width(), self.height()

    def _draw_horizontal(self, bars: tuple[Bar, ...]) -> None:
        plot = self.getPlotItem()
        plot.showAxis("left")
        plot.hideAxis("bottom")
        plot.getViewBox().invertY(True)
        self._drawn_size = self._size()
        ys = list(range(len(bars)))
        labels = [_elide(bar.label) for bar in bars]
        left = plot.getAxis("left")
        left.setTicks([[(y, label) for y, label in zip(ys, labels, strict=True)], []])
        metrics = QFontMetrics(left.style.get("tickFont") or self.font())
        axis_width = max(metrics.horizontalAdvance(label) for label in labels) + 14
        left.setWidth(axis_width)
        # the view box takes its new width only at the next layout pass
        view_width = plot.width() - axis_width - 10
        left.setStyle(tickLength=0)
        brushes = [pg.mkBrush(self._color(bar)) for bar in bars]
        self._bars(
            x0=0,
            y=ys,
            height=BAR_HEIGHT,
            width=[b.value for b in bars],
            brush=None,
            brushes=brushes,
        )
        top = max(bar.value for bar in bars) or 1.0
        self._positions = [float(y) for y in ys]
        self._half_width = 0.5
        rows = max(len(bars), min(self._rows_fitting(), MIN_ROWS))
        right = top * self._label_room(bars, view_width)
        if self._values is None:
            self._values = BarValues()
            plot.addItem(self._values, ignoreBounds=True)
        self._values.set_values(
            [(bar.value + top * 0.01, y, _number(bar.value)) for y, bar in enumerate(bars)],
            self.font(),
            self._theme.foreground,
            QRectF(0, -0.6, right, rows),
        )
        self._show(self._values)
        plot.setRange(xRange=(0, right), yRange=(-0.6, rows - 0.4), padding=0)

    def _label_room(self, bars: tuple[Bar, ...], view_width: float) -> float:
        """How far past the longest bar the x range must reach for its value label to show:
        a fixed share clipped "21" where long names left the bars a narrow plot."""
        label = max(QFontMetrics(self.font()).horizontalAdvance(_number(b.value)) for b in bars)
        share = (label + 12) / view_width if view_width > 0 else 0.0
        return 1.0 / (1.0 - min(max(share, 0.14), 0.5))

    def _draw_time(self, bars: tuple[Bar, ...]) -> None:
        plot = self.getPlotItem()
        plot.showAxis("left")
        plot.showAxis("bottom")
        plot.getViewBox().invertY(False)
        plot.getAxis("left").setTicks(None)
        xs = [_timestamp(bar.date or bar.label) for bar in bars]
        gaps = [b - a for a, b in zip(xs, xs[1:], strict=False) if b > a]
        width = max(min(gaps, default=DAY_S) * 0.8, DAY_S * 0.5)
        self._bars(
            x=xs,
            y0=0,
            width=width,
            height=[b.value for b in bars],
            brush=pg.mkBrush(self._color(bars[0])),
            brushes=None,
        )
        self._positions = xs
        self._half_width = width / 2
        top = max(bar.value for bar in bars) or 1.0
        plot.setRange(xRange=(xs[0] - width, xs[-1] + width), yRange=(0, top * 1.1), padding=0)

    def bar_at(self, scene_pos: QPointF) -> Bar | None:
        """The bar under a scene position (its label counts as part of it)."""
        if not self._positions or not self.getPlotItem().sceneBoundingRect().contains(scene_pos):
            return None
        point = self.getPlotItem().getViewBox().mapSceneToView(scene_pos)
        along = point.x() if self._data.over_time else point.y()
        for position, bar in zip(self._positions, self._data.bars, strict=False):
            if abs(along - position) <= self._half_width:
                return bar
        return None

    def _on_click(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        bar = self.bar_at(event.scenePos())  # type: ignore[attr-defined]
        if bar is not None:
            self.barClicked.emit(bar)

    def _on_hover(self, scene_pos: QPointF) -> None:
        bar = self.bar_at(scene_pos)
        if bar is None:
            self.unsetCursor()
            QToolTip.hideText()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        what = f" ({kind_name(bar.kind)})" if self._data.key_kind == "entity" else ""
        unit = self._data.value_label.lower() or "value"
        view_pos = self.mapFromScene(scene_pos)
        QToolTip.showText(
            self.mapToGlobal(view_pos), f"{bar.label}{what}: {_number(bar.value)} {unit}", self
        )


def palette_theme() -> ChartTheme:
    """The theme of the running application's palette."""
    return theme_from_palette(QGuiApplication.palette())
