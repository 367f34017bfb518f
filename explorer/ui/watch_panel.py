"""The Watch-list panel: open a list of names, see which the corpus mentions and which
it does not (with near misses), select one, or focus on the documents that mention any."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.app.state import EntityRef, ExplorerState
from explorer.icons import icon
from explorer.ui.corrections import CorrectionHistory
from explorer.ui.entity_menu import entity_menu
from explorer.ui.look import muted_text
from explorer.ui.views import RowTableView
from explorer.ui.watch_model import WatchItem
from explorer.ui.watch_source import WatchSource
from explorer.watch.watching import WatchResult

LIST_FILTER = "Watch-lists (*.txt *.csv *.list);;All files (*)"
BAD_LINES_SHOWN = 3


def ask_watch_list(parent: QWidget) -> Path | None:
    """The list to open (tests replace this instead of driving the file dialog)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, "Open Watch-list", str(Path.home()), LIST_FILTER
    )
    return Path(name) if name else None


def _ref(item: WatchItem) -> EntityRef | None:
    entity = item.row.entity
    return EntityRef(entity.id, entity.name, entity.kind) if entity else None


def _button(text: str, tip: str, icon_name: str | None = None) -> QToolButton:
    button = QToolButton(text=text, autoRaise=True)
    button.setToolTip(tip)
    if icon_name:
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return button


class WatchPanel(QWidget):
    """Click a row to select its entity; double-click to focus on it."""

    def __init__(
        self,
        state: ExplorerState,
        source: WatchSource,
        corrections: CorrectionHistory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state, self._source, self._corrections = state, source, corrections
        model = source.model

        self.open_button = _button(
            "Open List…",
            "Open a watch-list: one name a line, more spellings after |, a kind after ; (or a CSV)",
            "folder-open",
        )
        self.open_button.setObjectName("openWatchList")
        self.open_button.clicked.connect(self._open)
        self.title = QLabel(objectName="watchListTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.focus_button = _button(
            "Focus on Any",
            "Show only the documents that mention at least one of the names found",
            "focus",
        )
        self.focus_button.setObjectName("focusOnAny")
        self.focus_button.clicked.connect(self._focus_on_any)
        self.seen_button = _button("Mark All Seen", "Clear the marks of new mentions")
        self.seen_button.setObjectName("markAllSeen")
        self.seen_button.clicked.connect(lambda: source.mark_seen(model.rows()))
        self.close_button = _button("", "Stop watching this list in this corpus", "close")
        self.close_button.setObjectName("closeWatchList")
        self.close_button.clicked.connect(source.close)

        self.message = QLabel(objectName="watchListMessage", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.message.palette()
        palette.setColor(self.message.foregroundRole(), muted_text())
        self.message.setPalette(palette)

        self.table = RowTableView()
        self.table.setObjectName("watchTable")
        self.table.setModel(model)
        self.table.fit_columns(model.FOUND_COLUMN)
        # The list's own order until a header is clicked: no column shows as sorted.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.table.rowActivated.connect(self._activated)
        self.table.customContextMenuRequested.connect(self._menu)
        model.modelReset.connect(self._sync_selection)
        model.layoutChanged.connect(self._sync_selection)

        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.open_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.focus_button)
        top.addWidget(self.seen_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        source.changed.connect(self._show)
        source.failed.connect(self._failed)
        state.on("entity", self._sync_selection)
        state.on(("corpus", "focus_any"), self._sync_buttons)
        self._show(None)

    def _open(self) -> None:
        path = ask_watch_list(self)
        if path is not None:
            self._source.open(path)

    def _focus_on_any(self) -> None:
        refs = self._source.found_refs()
        if refs:
            self._state.update(focus_any=refs)

    def _picked(self, _current: object, _previous: object) -> None:
        item = self.table.current_row()
        if not isinstance(item, WatchItem) or not self.table.picking:
            return
        self._source.mark_seen([item])
        ref = _ref(item)
        if ref is not None:
            self._state.navigate(entity=ref, comention=None)

    def _activated(self, number: int) -> None:
        ref = _ref(self._source.model.row(number))
        if ref is not None:
            self._state.focus_on(ref)

    def _menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        ref = _ref(self._source.model.row(index.row()))
        if ref is not None:
            menu = entity_menu(self.table, ref, self._state, self._corrections)
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def _show(self, result: WatchResult | None) -> None:
        model = self._source.model
        dated = any(item.row.first for item in model.rows())
        for column in model.DATE_COLUMNS:  # a corpus without dates has nothing to show there
            self.table.setColumnHidden(column, not dated)
        if result is None:
            self.title.setText("")
            self.title.setToolTip("")
            self.message.setText("")
        else:
            found = sum(row.found for row in result.rows)
            self.title.setText(f"{result.path.name}: {found:,} of {len(result.rows):,} found")
            self.title.setToolTip(str(result.path))
            self.message.setText(_message(result))
        self.message.setVisible(bool(self.message.text()))
        self._sync_buttons()
        self._sync_selection()

    def _failed(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def _sync_buttons(self) -> None:
        result = self._source.result
        self.open_button.setEnabled(bool(self._state.corpus))
        self.focus_button.setEnabled(bool(self._source.found_refs()))
        self.seen_button.setEnabled(result is not None and bool(result.new))
        self.close_button.setVisible(result is not None)

    def _sync_selection(self) -> None:
        entity = self._state.entity
        model = self._source.model
        number = model.find(
            lambda item: (
                entity is not None
                and item.row.entity is not None
                and item.row.entity.id == entity.id
            )
        )
        self.table.select_row(number)


def _message(result: WatchResult) -> str:
    """What the user should know about the list itself: lines not read, a copy used."""
    lines = [result.note] if result.note else []
    bad = result.bad
    if bad:
        noun = "line" if len(bad) == 1 else "lines"
        lines.append(
            f"{len(bad)} {noun} of the list could not be read: "
            + "; ".join(item.message() for item in bad[:BAD_LINES_SHOWN])
            + (f"; and {len(bad) - BAD_LINES_SHOWN} more" if len(bad) > BAD_LINES_SHOWN else "")
        )
    return "\n".join(lines)
