"""The Entities panel: kind filter buttons, the search box and the entity table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.app.state import EntityRef, ExplorerState
from explorer.charts.kinds import KIND_FILTERS
from explorer.icons import icon
from explorer.ui.corrections import CorrectionHistory
from explorer.ui.entity_menu import popup_entity_menu
from explorer.ui.flow import FlowLayout
from explorer.ui.look import kind_dot
from explorer.ui.models import EntityTableModel
from explorer.ui.sources import partial_text
from explorer.ui.views import RowTableView


def entity_ref(row: object) -> EntityRef:
    return EntityRef(row.id, row.name, row.kind)  # type: ignore[attr-defined]


class EntityPanel(QWidget):
    """Filter by kind, search names and spellings, pick an entity, focus on it (Enter)."""

    def __init__(
        self,
        state: ExplorerState,
        model: EntityTableModel,
        corrections: CorrectionHistory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state, self._model, self._corrections = state, model, corrections

        self.kind_filter = QWidget(objectName="kindFilter")
        kinds = FlowLayout(self.kind_filter)
        self._kinds = QButtonGroup(self)
        for key, label in KIND_FILTERS:
            button = QToolButton(text=label, checkable=True, autoRaise=True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setProperty("kind", key)
            if key != "all":
                button.setIcon(kind_dot(key))
            button.setToolTip(
                "Show every kind of entity" if key == "all" else f"Show only {label.lower()}"
            )
            self._kinds.addButton(button)
            kinds.addWidget(button)
        self._kinds.buttonClicked.connect(lambda button: state.update(kind=button.property("kind")))

        self.search = QLineEdit(objectName="entitySearch", clearButtonEnabled=True)
        self.search.setPlaceholderText("Search names and spellings  (Ctrl+F)")
        self.search.setToolTip(
            "Filters as you type; matches every spelling (“Jong-un” finds "
            "Kim Jong Un). Down moves into the list; Esc clears it."
        )
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(lambda text: state.update(search=text))
        self.search.installEventFilter(self)  # Esc clears it, Down moves into the list
        self.count = QLabel(objectName="entityCount")
        self.count.setToolTip("Entities listed (of all in this selection)")
        self.count.setEnabled(False)
        self.partial = QLabel(objectName="partialMark", visible=False)
        self.partial.setToolTip(
            "Indexing is still running: these are the entities of the files "
            "read so far, refreshed every few seconds; the counts are final "
            "when the pass ends."
        )
        italic = self.partial.font()
        italic.setItalic(True)
        self.partial.setFont(italic)

        self.table = RowTableView()
        self.table.setObjectName("entityTable")
        self.table.setModel(model)
        self.table.setToolTip("")
        self.table.setColumnHidden(model.KIND_COLUMN, True)  # a dot before the name says it
        self.table.fit_columns(0)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.table.rowActivated.connect(self._activated)
        self.table.customContextMenuRequested.connect(
            lambda pos: popup_entity_menu(self.table, pos, state, corrections)
        )
        model.modelReset.connect(self._model_reset)
        model.layoutChanged.connect(self._sync_selection)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.kind_filter)
        layout.addLayout(top)
        layout.addWidget(self.partial)  # its own line: beside the search box, it squeezed it
        layout.addWidget(self.table, 1)

        state.on("kind", self._sync_kind)
        state.on("search", self._sync_search)
        state.on("entity", self._sync_selection)
        state.on("partial", self._sync_partial)
        self._sync_kind()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Esc and Down in the search box. Not QShortcuts: PySide6 6.11 ignores the context
        given along with a callable, and Esc cleared the search wherever the focus was."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if event.key() == Qt.Key.Key_Down and self._model.rowCount():
                self._into_list()
                return True
        return False

    def _into_list(self) -> None:
        """Down from the search box: on to the first entity it found, as in a file dialog."""
        self.table.setFocus(Qt.FocusReason.TabFocusReason)
        self.table.setCurrentIndex(self._model.index(0, 0))

    def _picked(self, current: object, _previous: object) -> None:
        row = self.table.current_row()
        if row is not None and self.table.picking:
            self._state.navigate(entity=entity_ref(row), comention=None)

    def _activated(self, number: int) -> None:
        self._state.focus_on(entity_ref(self._model.row(number)))

    def _model_reset(self) -> None:
        shown = self._model.rowCount()
        self.count.setText(f"{shown:,}")
        self._sync_selection()

    def _sync_selection(self) -> None:
        """Show the state's entity as the current row, without navigating again."""
        entity = self._state.entity
        number = self._model.find(lambda r: entity is not None and r.id == entity.id)
        self.table.select_row(number)

    def _sync_partial(self) -> None:
        text = partial_text(self._state)
        self.partial.setText(text)
        self.partial.setVisible(bool(text))

    def _sync_kind(self) -> None:
        for button in self._kinds.buttons():
            button.setChecked(button.property("kind") == self._state.kind)

    def _sync_search(self) -> None:
        if self.search.text() != self._state.search:
            self.search.setText(self._state.search)
