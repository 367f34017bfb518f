"""The files a pass could not read: a link in the status bar, and the list it opens
with each file and the reason (what `entity-explorer index` prints, in the window)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.corpus import Unread, unread_text
from explorer.ui.models import Column, RowTableModel
from explorer.ui.views import RowTableView


class UnreadRow(NamedTuple):
    shown: str  # the path from the opened folder on, as the user knows it
    path: str
    reason: str


def shown_path(path: Path, roots: Sequence[Path]) -> str:
    """`path` from the folder the user opened on ('news/2024/a.pdf'), else in full."""
    for root in roots:
        if path == root or root in path.parents:
            return str(path.relative_to(root.parent))
    return str(path)


class UnreadTableModel(RowTableModel):
    COLUMNS = (
        Column(
            "File",
            "The file or folder; copying gives its full path",
            lambda r: r.path,
            shown=lambda r: r.shown,
        ),
        Column("Reason", "Why it could not be read", lambda r: r.reason),
    )

    def extra_data(self, row: UnreadRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.path if column == 0 else row.reason
        return None


class UnreadDialog(QDialog):
    """Each unread file with its reason; rows copy (Ctrl+C, or Copy List) as text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="unreadDialog")
        self.setWindowTitle("Files That Could Not Be Read")
        self.resize(760, 380)
        self.header = QLabel(wordWrap=True)
        self.model = UnreadTableModel(self)
        self.table = RowTableView(self)
        self.table.setObjectName("unreadTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("Copy List", QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip("Copy every file and its reason, tab-separated")
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.table.as_text(delimiter="\t"))
        )
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def show_unread(self, unread: Sequence[Unread], roots: Sequence[Path]) -> None:
        rows = [
            UnreadRow(shown_path(item.path, roots), str(item.path), item.reason) for item in unread
        ]
        self.model.set_rows(rows)
        self.model.sort(0)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), self.width() // 2))
        self.header.setText(
            f"{unread_text(unread)}, so they are not in the index. Fix or "
            "remove them, then File → Re-index reads them again."
        )


class UnreadNotice(QLabel):
    """'3 files could not be read' as a link to the list; hidden when every file was read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="unreadFiles")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setToolTip("Show each file and why it could not be read")
        self.linkActivated.connect(lambda _link: self.open_list())
        self._unread: tuple[Unread, ...] = ()
        self._roots: tuple[Path, ...] = ()
        self._dialog: UnreadDialog | None = None
        self.hide()

    def show_unread(self, unread: tuple[Unread, ...], roots: tuple[Path, ...]) -> None:
        self._unread, self._roots = unread, roots
        self.setText(f'<a href="unread">{unread_text(unread)}</a>' if unread else "")
        self.setVisible(bool(unread))
        if unread and self._dialog is not None and self._dialog.isVisible():
            self._dialog.show_unread(unread, roots)

    def open_list(self) -> None:
        if self._dialog is None:
            self._dialog = UnreadDialog(self.window())
        self._dialog.show_unread(self._unread, self._roots)
        self._dialog.show()
        self._dialog.raise_()
        self._dialog.activateWindow()
