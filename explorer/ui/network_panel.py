"""The Network panel: who is mentioned with whom, as a graph of the top entities.

The controls set the source's options (and the shared co-mention window); the
plot only draws what the source hands it. A click on a node selects its entity, a
double-click focuses on it, a click on an edge lists the passages of the pair:
each is a change of the shared state, which every panel follows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.app.state import EntityRef, ExplorerState
from explorer.charts.bars import palette_theme
from explorer.charts.export import ExportError
from explorer.charts.network import NetworkPlot
from explorer.charts.network_export import export_network
from explorer.charts.network_text import legend_html
from explorer.icons import icon
from explorer.index.network import NetworkEdge, NetworkNode
from explorer.network.build import DEFAULT_TOP
from explorer.network.data import NetworkData
from explorer.network.layout import MAX_NODES
from explorer.ui.chart_panel import ChartPanel, file_stem
from explorer.ui.comention_panel import WINDOW_CHOICES
from explorer.ui.flow import FlowLayout
from explorer.ui.look import muted_text
from explorer.ui.network_source import NetworkSource

EXPORT_KINDS = {
    ".png": "PNG image (*.png)",
    ".svg": "SVG drawing (*.svg)",
    ".gexf": "GEXF graph for Gephi (*.gexf)",
    ".graphml": "GraphML graph (*.graphml)",
}
MAX_SCORE = 14.0  # logDice's ceiling: two entities only ever seen together


def ask_network_path(parent: QWidget, suggestion: Path, suffix: str) -> Path | None:
    """Where to save the network (tests replace this instead of driving the dialog)."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        "Export Network",
        str(suggestion.with_suffix(suffix)),
        ";;".join([EXPORT_KINDS[suffix]] + [v for k, v in EXPORT_KINDS.items() if k != suffix]),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() in EXPORT_KINDS else path.with_suffix(suffix)


def _ref(node: NetworkNode) -> EntityRef:
    return EntityRef(node.id, node.name, node.kind)


def _row(*widgets: QWidget) -> QWidget:
    """Widgets that stay on one line together when the controls wrap."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return row


class NetworkPanel(QWidget):
    """Title, controls and the plot; `used` and `exported` as ChartPanel has them, so
    File → Export Chart… (Ctrl+E) exports the network when it was used last."""

    used = Signal()
    exported = Signal(str)

    def __init__(
        self, state: ExplorerState, source: NetworkSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="networkView")
        self._state, self._source = state, source
        self.title = QLabel(objectName="networkTitle", wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.title.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(bold)
        self.subtitle = QLabel(objectName="networkSubtitle", wordWrap=True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.subtitle.palette()
        palette.setColor(self.subtitle.foregroundRole(), muted_text())
        self.subtitle.setPalette(palette)
        self.legend = QLabel(objectName="networkLegend", wordWrap=True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.busy = QLabel("Laying out…", objectName="networkBusy")
        self.busy.setPalette(palette)
        self.busy.hide()

        self.plot = NetworkPlot(theme=palette_theme())
        self.plot.setObjectName("networkPlot")
        self.plot.setToolTip("")
        self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.plot.customContextMenuRequested.connect(self._menu)
        self.plot.viewport().installEventFilter(self)
        self.plot.nodeClicked.connect(
            lambda node: state.navigate(entity=_ref(node), comention=None)
        )
        self.plot.nodeDoubleClicked.connect(lambda node: state.focus_on(_ref(node)))
        self.plot.edgeClicked.connect(self._pair)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.legend)
        layout.addWidget(self._controls())
        layout.addWidget(self.plot, 1)

        source.networkChanged.connect(self.show_network)
        source.busyChanged.connect(self.busy.setVisible)
        state.on(("entity", "comention"), self._sync_selection)
        state.on("window", self._sync_window)
        self._sync_window()
        self.show_network(source.data)

    def _controls(self) -> QWidget:
        source = self._source
        self.top_n = QSpinBox(
            objectName="networkTop", minimum=5, maximum=MAX_NODES, singleStep=10, value=DEFAULT_TOP
        )
        self.top_n.setPrefix("Top ")
        self.top_n.setToolTip(
            "How many entities the network shows: the most mentioned of "
            "the focus and the kind filter"
        )
        self.top_n.valueChanged.connect(lambda value: source.set_options(top=value))
        self.window_selector = QComboBox(objectName="networkWindow")
        for key, label, tip in WINDOW_CHOICES:
            self.window_selector.addItem(label, key)
            self.window_selector.setItemData(
                self.window_selector.count() - 1, tip, Qt.ItemDataRole.ToolTipRole
            )
        self.window_selector.setToolTip(
            "Link two entities mentioned in the same sentence, paragraph or document"
        )
        self.window_selector.currentIndexChanged.connect(
            lambda i: self._state.update(window=self.window_selector.itemData(i))
        )
        self.weight = QComboBox(objectName="networkWeight")
        self.weight.addItem("Count", "count")
        self.weight.addItem("Score", "score")
        self.weight.setToolTip(
            "What makes a link strong: how often the two are mentioned "
            "together (count), or how much more than chance (logDice score)"
        )
        self.weight.currentIndexChanged.connect(self._weight_changed)
        self.minimum = QDoubleSpinBox(objectName="networkMinimum")
        self.minimum.setPrefix("At least ")
        self.minimum.valueChanged.connect(self._minimum_changed)
        self._set_minimum_range("count")
        self.communities = QCheckBox("Communities", objectName="networkCommunities")
        self.communities.setToolTip(
            "Colour the entities by the groups they are mentioned "
            "with most (Louvain communities) instead of by kind"
        )
        self.communities.toggled.connect(lambda on: source.set_options(communities=on))
        relayout = QToolButton(objectName="networkRelayout", text="Lay Out Again")
        relayout.setToolTip("Forget where the entities were and lay the network out afresh")
        relayout.clicked.connect(source.relayout)
        export = QToolButton(objectName="networkExport", icon=icon("export"))
        export.setToolTip("Export the network as a picture or for Gephi")
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = self._export_menu()
        export.setMenu(self.export_menu)
        within = QLabel("Together in the same")
        within.setBuddy(self.window_selector)
        # The controls wrap onto more lines in a narrow dock: in one row they would set
        # the dock's (and the tabs' beside it) minimum width.
        controls = QWidget(objectName="networkControls")
        flow = FlowLayout(controls, spacing=6)
        for group in (
            (self.top_n,),
            (within, self.window_selector),
            (self.weight, self.minimum),
            (self.communities,),
            (relayout, export),
            (self.busy,),
        ):
            flow.addWidget(_row(*group))
        return controls

    # --- state and source -------------------------------------------------------------

    def show_network(self, data: NetworkData) -> None:
        self.title.setText(data.title)
        self.subtitle.setText(data.subtitle)
        self.title.setVisible(bool(data.title))
        self.subtitle.setVisible(bool(data.subtitle))
        self.legend.setText(legend_html(data, dark=palette_theme().dark))
        self.plot.set_data(data)
        self._sync_selection()

    def _sync_selection(self) -> None:
        state = self._state
        self.plot.set_selection(
            state.entity.id if state.entity else None,
            state.comention.id if state.comention else None,
        )

    def _sync_window(self) -> None:
        index = self.window_selector.findData(self._state.window)
        if index >= 0 and index != self.window_selector.currentIndex():
            self.window_selector.setCurrentIndex(index)

    def _pair(self, edge: NetworkEdge) -> None:
        """The passages where both ends appear: the selected entity stays selected when
        it is one end; otherwise the edge's more mentioned end is selected."""
        data, state = self.plot.network_data(), self._state
        a, b = data.node(edge.a), data.node(edge.b)
        if a is None or b is None:
            return
        if state.entity is not None and state.entity.id == b.id:
            a, b = b, a
        elif (state.entity is None or state.entity.id != a.id) and b.mentions > a.mentions:
            a, b = b, a
        state.navigate(entity=_ref(a), comention=_ref(b))

    def _weight_changed(self, index: int) -> None:
        weight = self.weight.itemData(index)
        self._set_minimum_range(weight)
        self._source.set_options(weight=weight, min_count=1, min_score=None)

    def _set_minimum_range(self, weight: str) -> None:
        spin = self.minimum
        spin.blockSignals(True)
        if weight == "count":
            spin.setDecimals(0)
            spin.setRange(1, 9999)
            spin.setSingleStep(1)
            spin.setValue(1)
            spin.setToolTip(
                "Draw a link only when the two are mentioned together at least this often"
            )
        else:
            spin.setDecimals(1)
            spin.setRange(0, MAX_SCORE)
            spin.setSingleStep(0.5)
            spin.setValue(0)
            spin.setToolTip(
                "Draw a link only when its logDice score is at least this "
                f"(at most {MAX_SCORE:g}: two entities only ever seen together)"
            )
        spin.blockSignals(False)

    def _minimum_changed(self, value: float) -> None:
        if self.weight.currentData() == "count":
            self._source.set_options(min_count=int(value), min_score=None)
        else:
            self._source.set_options(min_count=1, min_score=value)

    # --- use and export ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.FocusIn):
            self.used.emit()
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self.plot.set_theme(palette_theme())
        super().changeEvent(event)

    def _export_menu(self) -> QMenu:
        menu = QMenu(self)
        for suffix, label in (
            (".png", "Export as PNG…"),
            (".svg", "Export as SVG…"),
            (".gexf", "Export for Gephi (GEXF)…"),
            (".graphml", "Export as GraphML…"),
        ):
            menu.addAction(icon("export"), label, lambda s=suffix: self.export(s))
        menu.aboutToShow.connect(self._enable_exports)
        return menu

    def _enable_exports(self) -> None:
        drawn = bool(self.plot.network_data().nodes)
        for action in self.export_menu.actions():
            action.setEnabled(drawn)

    def _menu(self, pos: QPoint) -> None:
        self.used.emit()
        self.export_menu.exec(self.plot.mapToGlobal(pos))

    def export(self, suffix: str = ".png") -> None:
        """Ask where, then write the network (a picture with its CSV, or a graph file)."""
        data = self.plot.network_data()
        path = ask_network_path(self, ChartPanel.export_dir / file_stem(data.title), suffix)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> list[Path]:
        try:
            written = export_network(self.plot.network_data(), path)
        except (ExportError, OSError) as exc:
            QMessageBox.warning(self, "Export Network", str(exc))
            return []
        ChartPanel.export_dir = path.parent
        self.exported.emit(
            "Exported " + " and ".join(p.name for p in written) + f" to {path.parent}"
        )
        return written
