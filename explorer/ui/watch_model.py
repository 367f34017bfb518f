"""The Watch-list table: each name of the list, as which entity it was found (or its near
misses), its counts and dates, and how many mentions are new since the user looked."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from explorer.charts.kinds import kind_name
from explorer.ui.look import kind_dot, muted_text
from explorer.ui.models import Column, RowTableModel
from explorer.watch.match import WatchRow
from explorer.wording import counted

NOT_FOUND = "not found"


@dataclass(frozen=True, slots=True)
class WatchItem:
    """A row of the list with the mentions new since seen (0 when none)."""

    row: WatchRow
    new: int = 0

    @property
    def found(self) -> bool:
        return self.row.entity is not None


def _found_as(item: WatchItem) -> str:
    entity = item.row.entity
    if entity is not None:
        return entity.name
    return NOT_FOUND + (f" — {item.row.near_text()}" if item.row.near else "")


def _mentions(item: WatchItem) -> int:
    return item.row.entity.mentions if item.row.entity else 0


def _documents(item: WatchItem) -> int:
    return item.row.entity.documents if item.row.entity else 0


@lru_cache(maxsize=1)
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class WatchTableModel(RowTableModel):
    COLUMNS = (
        Column("Name", "The name as the watch-list gives it", lambda i: i.row.entry.name),
        Column(
            "Found as",
            "The entity the name (or one of its spellings) is in this corpus; "
            "for a name not found, the names spelt most like it",
            _found_as,
        ),
        Column(
            "Mentions",
            "How many times the entity is mentioned",
            _mentions,
            lambda i: f"{_mentions(i):,}" if i.found else "",
            numeric=True,
        ),
        Column(
            "Documents",
            "In how many documents it is mentioned",
            _documents,
            lambda i: f"{_documents(i):,}" if i.found else "",
            numeric=True,
        ),
        Column(
            "First", "The date of the first document that mentions it", lambda i: i.row.first or ""
        ),
        Column(
            "Last", "The date of the last document that mentions it", lambda i: i.row.last or ""
        ),
        Column(
            "New",
            "Mentions new since you last looked (click the row to mark it seen)",
            lambda i: i.new,
            lambda i: f"+{i.new:,}" if i.new else "",
            numeric=True,
        ),
    )
    FOUND_COLUMN = 1
    DATE_COLUMNS = (4, 5)

    def extra_data(self, item: WatchItem, column: int, role: int) -> Any:
        entity = item.row.entity
        if role == Qt.ItemDataRole.DecorationRole and column == self.FOUND_COLUMN and entity:
            return kind_dot(entity.kind)
        if role == Qt.ItemDataRole.ForegroundRole and not item.found:
            return muted_text()
        if role == Qt.ItemDataRole.FontRole and item.new:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item)
        return None

    def tooltip(self, item: WatchItem) -> str:
        row, entity = item.row, item.row.entity
        asked = f"“{row.entry.name}”" + (f" ({row.entry.kind})" if row.entry.kind else "")
        if entity is None:
            near = f"; {row.near_text()}" if row.near else ""
            return f"{asked} (line {row.entry.line}) is not in this corpus{near}."
        text = (
            f"{asked} is {entity.name} ({kind_name(entity.kind)}): "
            f"{counted(entity.mentions, 'mention')} in {counted(entity.documents, 'document')}"
        )
        if row.matched and row.matched != row.entry.name:
            text += f", found as “{row.matched}”"
        if row.also:
            text += ". Its spellings also name " + ", ".join(other.name for other in row.also)
        if item.new:
            verb = "is" if item.new == 1 else "are"
            text += f".\n{counted(item.new, 'mention')} {verb} new since you last looked"
        return text + ".\nClick to select it; double-click to focus on it."
