"""The Timeline panel: mentions over publication date of the selected entity and of up
to five pinned ones, their bursts shaded, inside the focus.

The controls set the source's bin and the pins; the plot only draws what the source
hands it. A click on a point lists that entity's passages of that bin: a change of
the shared state (the entity and a period), which the passage panel follows.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.app.state import ExplorerState, Period
from explorer.charts.bars import palette_theme
from explorer.charts.data import focus_phrase
from explorer.charts.export import ExportError
from explorer.charts.timeline import TimelinePlot
from explorer.charts.timeline_export import export_timeline
from explorer.icons import icon
from explorer.timeline.bins import Bin
from explorer.timeline.build import EMPTY_TIMELINE, Line, Timeline
from explorer.timeline.text import (
    period_phrase,
    period_text,
    timeline_subtitle,
    timeline_title,
    undated_text,
)
from explorer.ui.chart_panel import ChartPanel, ask_export_path, file_stem
from explorer.ui.flow import FlowLayout
from explorer.ui.look import muted_text
from explorer.ui.sources import chart_focus
from explorer.ui.timeline_source import MAX_PINNED, TimelineSource
from explorer.wording import counted

UNITS = (("Auto", None), ("Day", "day"), ("Week", "week"), ("Month", "month"))
PIN_STYLE = "QToolButton {{ border: 1px solid {color}; border-radius: 9px; padding: 1px 6px; }}"


class TimelinePanel(QWidget):
    """Title, controls, the plot and what has no date; `used` and `exported` as
    ChartPanel has them, so File → Export Chart… exports the timeline when used last."""

    used = Signal()
    exported = Signal(str)

    def __init__(
        self, state: ExplorerState, source: TimelineSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="timelineView")
        self._state, self._source = state, source
        self._timeline = EMPTY_TIMELINE
        self.title = QLabel(objectName="timelineTitle", wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.title.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(bold)
        palette = self.title.palette()
        palette.setColor(self.title.foregroundRole(), muted_text())
        self.subtitle = QLabel(objectName="timelineSubtitle", wordWrap=True)
        self.subtitle.setPalette(palette)
        self.legend = QLabel(objectName="timelineLegend", wordWrap=True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.undated = QLabel(objectName="timelineUndated", wordWrap=True)
        self.undated.setPalette(palette)
        self.undated.setToolTip(
            "Documents without a date are in no bin: their mentions are counted here, "
            "never placed at a date"
        )

        self.plot = TimelinePlot(theme=palette_theme())
        self.plot.setObjectName("timelinePlot")
        self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.plot.customContextMenuRequested.connect(self._menu)
        self.plot.viewport().installEventFilter(self)
        self.plot.binClicked.connect(self._bin_clicked)
        self.plot.rangeSelected.connect(self._range_selected)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self._controls())
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.undated)

        source.timelineChanged.connect(self.show_timeline)
        state.on(("entity", "pinned"), self._sync_pins)
        state.on("period", self._sync_period)
        self._sync_pins()
        self.show_timeline(EMPTY_TIMELINE, ())

    def _controls(self) -> QWidget:
        self.unit = QComboBox(objectName="timelineBin")
        for label, unit in UNITS:
            self.unit.addItem(label, unit)
        self.unit.setToolTip("Count per day, week or month (Auto: chosen from the span)")
        self.unit.currentIndexChanged.connect(
            lambda i: self._source.set_unit(self.unit.itemData(i))
        )
        self.pin = QToolButton(objectName="timelinePin", text="Pin")
        self.pin.clicked.connect(self._pin_selected)
        export = QToolButton(objectName="timelineExport", icon=icon("export"))
        export.setToolTip("Export the timeline as PNG or SVG, with its counts as CSV")
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        for suffix, label in ((".png", "Export as PNG…"), (".svg", "Export as SVG…")):
            self.export_menu.addAction(icon("export"), label, lambda s=suffix: self.export(s))
        export.setMenu(self.export_menu)
        self.pins = QWidget(objectName="timelinePins")
        self._pins_layout = QHBoxLayout(self.pins)
        self._pins_layout.setContentsMargins(0, 0, 0, 0)
        self._pins_layout.setSpacing(4)
        controls = QWidget(objectName="timelineControls")
        flow = FlowLayout(controls, spacing=6)
        for widget in (QLabel("Per"), self.unit, self.pin, self.pins, export):
            flow.addWidget(widget)
        return controls

    # --- state and source -------------------------------------------------------------

    def show_timeline(self, timeline: Timeline, colors: tuple[str, ...]) -> None:
        self._timeline = timeline
        state = self._state
        self.plot.set_timeline(timeline, colors=colors)
        if not timeline.lines:
            self.title.setText("Select an entity to see its mentions over time.")
        elif not timeline.bins:
            self.title.setText("No document mentioning it has a date.")
        else:
            self.title.setText(timeline_title(timeline))
        self.subtitle.setText(focus_phrase(chart_focus(state)) if timeline.lines else "")
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp;".join(
                f"<span style='color:{self.plot.color(i)}'>&#9644;</span>&nbsp;"
                f"{html.escape(line.name)}"
                for i, line in enumerate(timeline.lines)
            )
            if timeline.bins
            else ""
        )
        self.undated.setText(self._undated(timeline))
        self.undated.setVisible(bool(self.undated.text()))
        self._sync_period()

    def _sync_period(self) -> None:
        period = self._state.period
        if period is None:
            self.plot.mark_period(None)
        else:
            first, last = dt.date.fromisoformat(period.first), dt.date.fromisoformat(period.last)
            self.plot.mark_period(first, last)

    def _undated(self, timeline: Timeline) -> str:
        """'212 documents have no date and are in no bin; they hold 15 mentions of Tony
        Blair'."""
        said = undated_text(timeline.undated_documents)
        if not said:
            return ""
        held = [
            f"{counted(ln.undated_mentions, 'mention')} of {ln.name}"
            for ln in timeline.lines
            if ln.undated_mentions
        ]
        one = timeline.undated_documents == 1
        are, hold = ("is", "it holds") if one else ("are", "they hold")
        return f"{said} and {are} in no bin" + (f"; {hold} {', '.join(held)}" if held else "")

    def _sync_pins(self) -> None:
        state = self._state
        while self._pins_layout.count():
            item = self._pins_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for ref, color in self._source.lines():
            if ref not in state.pinned:
                continue
            chip = QToolButton(objectName="timelineUnpin", text=f"{ref.name}  ×")
            chip.setStyleSheet(PIN_STYLE.format(color=color))
            chip.setToolTip(f"Unpin {ref.name}: take its line off the timeline")
            chip.setIconSize(QSize(0, 0))
            chip.clicked.connect(lambda _=False, ref=ref: self._source.unpin(ref))
            self._pins_layout.addWidget(chip)
        entity = state.entity
        full = len(state.pinned) >= MAX_PINNED
        self.pin.setEnabled(entity is not None and entity not in state.pinned and not full)
        if entity is None:
            self.pin.setToolTip("Select an entity to pin its line")
        elif full:
            self.pin.setToolTip(f"At most {MAX_PINNED} lines are pinned: unpin one first")
        else:
            self.pin.setToolTip(f"Keep {entity.name}'s line while you select other entities")

    def _pin_selected(self) -> None:
        if self._state.entity is not None:
            self._source.pin(self._state.entity)

    def _bin_clicked(self, line: Line, item: Bin) -> None:
        """That entity's passages of that bin; the entity becomes the selected one."""
        ref = next((r for r in self._source.refs if r.id == line.entity_id), None)
        if ref is None:
            return
        period = Period(
            item.first.isoformat(), item.last.isoformat(), period_phrase(item, self._timeline.unit)
        )
        self._state.navigate(entity=ref, comention=None, period=period)

    def _range_selected(self, first: Bin, last: Bin) -> None:
        """Focus on the days from the first bin's first to the last bin's last."""
        label = period_text(first.first, last.last)
        self._state.update(
            focus_period=Period(first.first.isoformat(), last.last.isoformat(), label)
        )

    # --- use and export ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.FocusIn):
            self.used.emit()
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self.plot.set_theme(palette_theme())
        super().changeEvent(event)

    def _menu(self, pos: QPoint) -> None:
        self.used.emit()
        self.export_menu.exec(self.plot.mapToGlobal(pos))

    def export(self, suffix: str = ".png") -> None:
        """Ask where, then write the timeline with its CSV."""
        if not self._timeline.bins:
            return
        stem = file_stem(timeline_title(self._timeline))
        path = ask_export_path(self, ChartPanel.export_dir / stem, suffix)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> list[Path]:
        timeline = self._timeline
        subtitle = timeline_subtitle(timeline, focus_phrase(chart_focus(self._state)))
        colors = tuple(self.plot.color(i) for i in range(len(timeline.lines)))
        try:
            written = export_timeline(timeline, path, timeline_title(timeline), subtitle, colors)
        except (ExportError, OSError) as exc:
            QMessageBox.warning(self, "Export Timeline", str(exc))
            return []
        ChartPanel.export_dir = path.parent
        self.exported.emit(
            "Exported " + " and ".join(p.name for p in written) + f" to {path.parent}"
        )
        return written
