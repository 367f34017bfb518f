"""The Passages panel: a keyword-in-context list; selecting a passage opens it in its document."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QLabel, QMenu, QVBoxLayout, QWidget

from explorer.app.kwic import location_of
from explorer.app.languages import documents_in
from explorer.app.state import ExplorerState
from explorer.icons import icon
from explorer.index.queries import CorpusSummary
from explorer.ui.models import PassageListModel
from explorer.ui.views import KwicDelegate, RowTableView

DOCUMENT_COLUMN_WIDTH = 170
MAX_MENTION_WIDTH = 180
LANGUAGE_COLUMN_WIDTH = 90


class PassagePanel(QWidget):
    def __init__(
        self, state: ExplorerState, model: PassageListModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._state, self._model = state, model
        self.header = QLabel(objectName="passageHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.list = RowTableView(sortable=False)
        self.list.setObjectName("passageList")
        self.list.setModel(model)
        self.list.setSelectionMode(RowTableView.SelectionMode.ExtendedSelection)
        self.list.setItemDelegate(KwicDelegate(self.list))
        self.list.setAlternatingRowColors(False)
        self.list.setToolTip("")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, DOCUMENT_COLUMN_WIDTH)
        header.setSectionResizeMode(model.LANGUAGE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(model.LANGUAGE, LANGUAGE_COLUMN_WIDTH)
        self.list.setColumnHidden(model.LANGUAGE, True)  # until the corpus has two languages
        self.list.customContextMenuRequested.connect(self._menu)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.list.selectionModel().currentRowChanged.connect(self._picked)
        self.list.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        state.on("location", self._sync_selection)
        model.modelReset.connect(self._sync_selection)
        model.rowsInserted.connect(self._sync_selection)
        model.modelReset.connect(self._fit_mention_column)

    def set_header(self, text: str) -> None:
        self.header.setText(text)
        self.header.setVisible(bool(text))

    def set_languages(self, summary: CorpusSummary | None) -> None:
        """The Language column shows when the corpus is in more than one."""
        several = summary is not None and len(summary.languages) > 1
        self.list.setColumnHidden(self._model.LANGUAGE, not several)

    def _menu(self, pos: QPoint) -> None:
        """Right-click a passage: keep only the documents in its language (or every one)."""
        index = self.list.indexAt(pos)
        if index.isValid():
            self.row_menu(index.row()).popup(self.list.viewport().mapToGlobal(pos))

    def row_menu(self, number: int) -> QMenu:
        code = self._model.row(number).passage.language
        menu = QMenu(self)
        menu.aboutToHide.connect(menu.deleteLater, Qt.ConnectionType.QueuedConnection)
        if self._state.focus_language == code:
            action = menu.addAction(icon("close"), "Show Documents in &Every Language")
            action.triggered.connect(lambda: self._state.update(focus_language=None))
        else:
            action = menu.addAction(icon("focus"), f"&Only {documents_in(code)}")
            action.setObjectName("focusLanguage")
            action.triggered.connect(lambda: self._state.update(focus_language=code))
        return menu

    def _fit_mention_column(self) -> None:
        """As wide as the longest mention, within limits (a long one must not crowd out context)."""
        bold = QFont(self.list.font())
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        widest = max(
            (
                metrics.horizontalAdvance(row.key.text)
                for row in self._model.rows()
                if row.key is not None
            ),
            default=60,
        )
        self.list.horizontalHeader().resizeSection(1, min(widest, MAX_MENTION_WIDTH) + 20)

    def _sync_selection(self) -> None:
        """Show the state's passage as the current row (without navigating again)."""
        here = self._state.location
        number = self._model.find(
            lambda row: (
                here is not None
                and (row.passage.doc_id, row.passage.start) == (here.doc_id, here.start)
            )
        )
        if number == self.list.currentIndex().row():
            return
        self.list.select_row(number)

    def _open(self, number: int) -> None:
        if 0 <= number < self._model.rowCount() and self.list.picking:
            self._state.navigate(location=location_of(self._model.row(number)))

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._open(current.row())

    def _clicked(self, index: QModelIndex) -> None:
        """A click on the row already current re-opens it (after Back, say)."""
        self._open(index.row())
