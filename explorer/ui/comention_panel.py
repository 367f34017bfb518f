"""The Co-mentions panel: who is mentioned with the selected entity, as a table and a chart."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from explorer.app.state import ExplorerState
from explorer.ui.chart_panel import ChartPanel
from explorer.ui.corrections import CorrectionHistory
from explorer.ui.entity_menu import popup_entity_menu
from explorer.ui.entity_panel import entity_ref
from explorer.ui.models import CoMentionTableModel
from explorer.ui.views import RowTableView
from explorer.vocabulary import WINDOW_PHRASES

WINDOW_CHOICES = tuple(
    (window, window.capitalize(), f"Count two entities together when they are {phrase}")
    for window, phrase in WINDOW_PHRASES.items()
)


class TitleLabel(QLabel):
    """A one-line title that never widens its panel: a name longer than the room left
    is cut short with "…". As a plain label, a long name made the whole dock column wider
    at the selection, laying out and redrawing every panel in it before its data came."""

    def __init__(self, object_name: str) -> None:
        super().__init__(objectName=object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        room = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            room,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            text,
            self.foregroundRole(),
        )


class CoMentionPanel(QWidget):
    """Pick the window; select a row to list the passages where both entities appear."""

    def __init__(
        self,
        state: ExplorerState,
        model: CoMentionTableModel,
        corrections: CorrectionHistory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state, self._model, self._corrections = state, model, corrections

        self.title = TitleLabel("comentionTitle")
        self.window_selector = QComboBox(objectName="windowSelector")
        for key, label, tip in WINDOW_CHOICES:
            self.window_selector.addItem(label, key)
            self.window_selector.setItemData(
                self.window_selector.count() - 1, tip, Qt.ItemDataRole.ToolTipRole
            )
        self.window_selector.setToolTip("Together in the same sentence, paragraph or document")
        self.window_selector.currentIndexChanged.connect(
            lambda i: state.update(window=self.window_selector.itemData(i))
        )
        within = QLabel("Together in the same")
        within.setBuddy(self.window_selector)

        self.table = RowTableView()
        self.table.setObjectName("comentionTable")
        self.table.setModel(model)
        self.table.setColumnHidden(model.KIND_COLUMN, True)  # a dot before the name says it
        self.table.fit_columns(0)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.table.rowActivated.connect(
            lambda number: state.focus_on(entity_ref(model.row(number)))
        )
        self.table.customContextMenuRequested.connect(
            lambda pos: popup_entity_menu(self.table, pos, state, corrections)
        )
        model.modelReset.connect(self._sync_selection)
        model.layoutChanged.connect(self._sync_selection)

        self.chart = ChartPanel(
            "comentionChart",
            "The entities most often mentioned with the "
            "selected one; click a bar to list their passages together",
        )

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(within)
        top.addWidget(self.window_selector)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="comentionSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        state.on("window", self._sync_window)
        state.on(("entity", "comention"), self._sync_selection)
        state.on("entity", self._sync_title)
        self._sync_window()
        self._sync_title()

    def _picked(self, _current: object, _previous: object) -> None:
        row = self.table.current_row()
        if row is not None and self.table.picking:
            self._state.navigate(comention=entity_ref(row))

    def _sync_selection(self) -> None:
        other = self._state.comention
        number = self._model.find(lambda r: other is not None and r.id == other.id)
        self.table.select_row(number)

    def _sync_window(self) -> None:
        index = self.window_selector.findData(self._state.window)
        if index >= 0 and index != self.window_selector.currentIndex():
            self.window_selector.setCurrentIndex(index)

    def _sync_title(self) -> None:
        entity = self._state.entity
        self.title.setText(f"With {entity.name}" if entity else "")
        self.title.setToolTip(self.title.text())
