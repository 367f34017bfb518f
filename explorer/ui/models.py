"""Lean table models over plain query rows: replaced whole, sorted in Python.

At 100k rows a QSortFilterProxyModel took 0.6–1 s to filter and 13 s to sort;
sorting a Python list and resetting the model takes milliseconds, so these
models sort themselves (`sort`) and their owners filter before `set_rows`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from explorer.app.kwic import Kwic
from explorer.app.languages import language_label, written_in
from explorer.charts.kinds import kind_name
from explorer.index.queries import CoMentionRow, EntityRow
from explorer.ui.look import kind_dot
from explorer.wording import counted

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # the entity's kind key ("person", ...)
HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 3  # [(start, end, kind)] inside the cell's text
SORT_ROLE = Qt.ItemDataRole.UserRole + 4  # the value the column sorts by

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    tip: str
    value: Callable[[Any], Any]  # what sorting compares
    text: Callable[[Any], str] | None = None  # what the cell shows (default: str(value))
    numeric: bool = False
    shown: Callable[[Any], str] | None = None  # what the view shows, when not the text copied


def _count(value: int) -> str:
    return f"{value:,}"


class RowTableModel(QAbstractTableModel):
    """A read-only table of plain rows; `empty_text` is what the view says when it is empty."""

    COLUMNS: tuple[Column, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.empty_text = ""

    def set_rows(self, rows: Sequence[Any], empty_text: str | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if empty_text is not None:
            self.empty_text = empty_text
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        """More rows at the end (a list read page by page); unsorted models only."""
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def cell_text(self, row: Any, column: int) -> str:
        spec = self.COLUMNS[column]
        value = spec.value(row)
        return spec.text(row) if spec.text else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        spec = self.COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if spec.shown is not None:
                return spec.shown(row)
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.numeric:
            return RIGHT
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return spec.value(row)
        return self.extra_data(row, column, role)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.COLUMNS[section].tip
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section].numeric:
            return RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        value = self.COLUMNS[column].value
        numeric = self.COLUMNS[column].numeric
        key = value if numeric else (lambda row: str(value(row)).casefold())
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def find(self, predicate: Callable[[Any], bool]) -> int:
        """The number of the first row matching `predicate`, or -1."""
        return next((i for i, row in enumerate(self._rows) if predicate(row)), -1)


class _EntityColumns(RowTableModel):
    """Shared by entities and co-mentions: the name after a dot of its kind's colour (the
    views hide the Kind column, which copies and CSV keep), and a tooltip per entity."""

    KIND_COLUMN = 1

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == KIND_ROLE:
            return row.kind
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return kind_dot(row.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        return None

    def tooltip(self, row: Any) -> str:
        return row.name


AMBIGUOUS_MARK = " ?"  # after the name of a short name the corpus does not settle
CANDIDATES_IN_TOOLTIP = 8


@lru_cache(maxsize=1)
def _italic() -> QFont:
    """Italic and nothing else: the view resolves it against its own font."""
    font = QFont()
    font.setItalic(True)
    return font


def ambiguity(row: EntityRow) -> str:
    """The line that says who an ambiguous short name may be ("" for any other entity)."""
    if not row.candidates:
        return ""
    names = ", ".join(row.candidates[:CANDIDATES_IN_TOOLTIP])
    more = len(row.candidates) - CANDIDATES_IN_TOOLTIP
    return f"Ambiguous short name: may be {names}" + (f" and {more} more" if more > 0 else "")


class EntityTableModel(_EntityColumns):
    COLUMNS = (
        Column(
            "Name",
            "The entity's name; its other spellings are merged into it. "
            "A name ending in ? is a short name the documents do not settle",
            lambda r: r.name,
            shown=lambda r: r.name + AMBIGUOUS_MARK if r.candidates else r.name,
        ),
        Column(
            "Kind",
            "Person, country, organisation, place, group or event",
            lambda r: kind_name(r.kind),
        ),
        Column(
            "Mentions",
            "How many times it is mentioned",
            lambda r: r.mentions,
            lambda r: _count(r.mentions),
            numeric=True,
        ),
        Column(
            "Documents",
            "In how many documents it is mentioned",
            lambda r: r.documents,
            lambda r: _count(r.documents),
            numeric=True,
        ),
    )

    def extra_data(self, row: EntityRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == 0 and row.candidates:
            return _italic()
        return super().extra_data(row, column, role)

    def tooltip(self, row: EntityRow) -> str:
        counts = (
            f"{row.name} ({kind_name(row.kind)}): {counted(row.mentions, 'mention')} in "
            f"{counted(row.documents, 'document')}.\n"
            "Double-click or press Enter to focus on it; "
        )
        if row.candidates:
            return f"{ambiguity(row)}.\n{counts}right-click to merge it into one of them."
        return f"{counts}right-click to correct it."


class CoMentionTableModel(_EntityColumns):
    COLUMNS = (
        Column("Name", "Mentioned together with the selected entity", lambda r: r.name),
        Column(
            "Kind",
            "Person, country, organisation, place, group or event",
            lambda r: kind_name(r.kind),
        ),
        Column(
            "Together",
            "In how many windows (sentences, paragraphs or documents) both appear",
            lambda r: r.count,
            lambda r: _count(r.count),
            numeric=True,
        ),
        Column(
            "Documents",
            "In how many documents both appear together",
            lambda r: r.documents,
            lambda r: _count(r.documents),
            numeric=True,
        ),
        Column(
            "Score",
            "Association (logDice, at most 14): high when the two appear mostly "
            "together, not just because one of them is everywhere",
            lambda r: r.score,
            lambda r: f"{r.score:.1f}",
            numeric=True,
        ),
    )

    def tooltip(self, row: CoMentionRow) -> str:
        return (
            f"{row.name} ({kind_name(row.kind)}): together {counted(row.count, 'time')} in "
            f"{counted(row.documents, 'document')}, score {row.score:.1f}.\n"
            "Select it to list the passages where both appear."
        )


class PassageListModel(RowTableModel):
    """Passages as keyword-in-context rows: left context, the mention, right context, document.

    Read a page at a time: when the view scrolls near the end it asks for more
    (`fetchMore`), the model emits `moreWanted` once, and whoever loads the page
    calls `append_rows` or `set_more(False)`.
    """

    moreWanted = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._more = self._asked = False

    COLUMNS = (
        Column("Before", "The text before the mention", lambda k: k.left),
        Column("Mention", "How the entity is written here", lambda k: k.key.text if k.key else ""),
        Column("After", "The text after the mention", lambda k: k.right),
        Column("Document", "The document the passage is from", lambda k: k.passage.title),
        Column(
            "Language",
            "The language its document is written in (right-click: only documents in it)",
            lambda k: k.passage.language,
            text=lambda k: language_label(k.passage.language),
        ),
    )
    LANGUAGE = 4  # the Language column

    def extra_data(self, row: Kwic, column: int, role: int) -> Any:
        if role == HIGHLIGHT_ROLE:
            if column == 0:
                return list(row.left_marks)
            if column == 1 and row.key is not None:
                return [(0, len(row.key.text), row.key.kind)]
            if column == 2:
                return list(row.right_marks)
            return []
        if role == KIND_ROLE and row.key is not None:
            return row.key.kind
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LANGUAGE:
            return (
                f"“{row.passage.title}” is {written_in(row.passage.language)}.\n"
                "Right-click to keep only the documents in this language."
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.passage.title}\n\n{row.passage.text}\n\nClick to read it in its document."
        return None

    def set_rows(self, rows: Sequence[Any], empty_text: str | None = None) -> None:
        self._more = self._asked = False
        super().set_rows(rows, empty_text)

    def append_rows(self, rows: Sequence[Any]) -> None:
        self._asked = False
        super().append_rows(rows)

    def set_more(self, more: bool) -> None:
        """Whether rows beyond the loaded ones exist (the view asks for them on scrolling)."""
        self._more, self._asked = more, False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more and not self._asked

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self._asked = True
            self.moreWanted.emit()
