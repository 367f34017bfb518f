"""Table views shared by every list: empty-state text, Ctrl+C, CSV, and the KWIC painter."""

from __future__ import annotations

import csv
import io
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from explorer.ui.look import mention_background, muted_text
from explorer.ui.models import HIGHLIGHT_ROLE, RowTableModel

PADDING = 6
FIT_SAMPLE = 200  # rows measured to fit a column: lists come ranked, their widest numbers first
CELL_PADDING = 16


class SortingHeader(QHeaderView):
    """A header that keeps room for the sort arrow in the sorted column only. Qt keeps it
    in every column, which widened each number column by an arrow it did not show and
    took that room from the names."""

    def sectionSizeFromContents(self, logical_index: int) -> QSize:  # noqa: N802
        size = super().sectionSizeFromContents(logical_index)
        if self.isSortIndicatorShown() and logical_index != self.sortIndicatorSection():
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            size.setWidth(size.width() - size.height() - margin)  # what Qt added for the arrow
        return size


class RowTableView(QTableView):
    """A QTableView over a RowTableModel: whole rows, compact, says what to do when empty.

    rowActivated: Enter/Return or a double click on a row."""

    rowActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, sortable: bool = True) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(SortingHeader(Qt.Orientation.Horizontal, self))
        self._mirroring = False
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.doubleClicked.connect(lambda index: self.rowActivated.emit(index.row()))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setSortingEnabled(sortable)
        self.setTabKeyNavigation(False)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(sortable)
        header.setResizeContentsPrecision(200)
        self._stretch = -1

    def fit_columns(self, stretch: int) -> None:
        """Column `stretch` (the names) takes the spare width; every other column is as
        wide as its header or its widest cell, and refitted whenever the rows change."""
        self._stretch = stretch
        header = self.horizontalHeader()
        for column in range(self.model().columnCount()):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == stretch
                else QHeaderView.ResizeMode.Fixed,
            )
        self.model().modelReset.connect(self._fit_to_rows)
        header.sortIndicatorChanged.connect(self._fit_to_rows)
        self._fit_to_rows()

    def _fit_to_rows(self) -> None:
        model = self.model()
        if not isinstance(model, RowTableModel):
            return
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        sample = [model.row(n) for n in range(min(model.rowCount(), FIT_SAMPLE))]
        for column in range(len(model.COLUMNS)):
            if column == self._stretch or self.isColumnHidden(column):
                continue
            cell = max(
                (metrics.horizontalAdvance(model.cell_text(row, column)) for row in sample),
                default=0,
            )
            header.resizeSection(column, max(header.sectionSizeHint(column), cell + CELL_PADDING))

    def empty_text(self) -> str:
        model = self.model()
        return model.empty_text if isinstance(model, RowTableModel) else ""

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        super().paintEvent(event)
        model = self.model()
        text = self.empty_text()
        if model is None or model.rowCount() or not text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(muted_text())
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(
            area,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            text,
        )
        painter.end()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.rowActivated.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def current_row(self) -> object | None:
        """The row object under the cursor (keyboard or mouse), or None."""
        index = self.currentIndex()
        model = self.model()
        if not index.isValid() or not isinstance(model, RowTableModel):
            return None
        return model.row(index.row())

    @property
    def picking(self) -> bool:
        """False while `select_row` moves the selection: that change mirrors the state,
        so a panel must not navigate again because of it."""
        return not self._mirroring

    def select_row(self, number: int) -> None:
        """Make row `number` current and selected (or clear the selection for -1)."""
        selection = self.selectionModel()
        self._mirroring = True
        try:
            if number < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
                return
            index = self.model().index(number, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.scrollTo(index)
        finally:
            self._mirroring = False

    def selected_rows(self) -> list[int]:
        selection = self.selectionModel()
        return sorted(index.row() for index in selection.selectedRows()) if selection else []

    def copy_selection(self) -> None:
        """Selected rows as tab-separated text with a header line (pastes into spreadsheets)."""
        rows = self.selected_rows()
        if rows:
            QGuiApplication.clipboard().setText(self.as_text(rows, delimiter="\t"))

    def as_text(self, rows: list[int] | None = None, *, delimiter: str = ",") -> str:
        """The rows (all by default) with a header line, as CSV (or TSV)."""
        model = self.model()
        if not isinstance(model, RowTableModel):
            return ""
        numbers = range(model.rowCount()) if rows is None else rows
        out = io.StringIO()
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
        writer.writerow(column.title for column in model.COLUMNS)
        for number in numbers:
            row = model.row(number)
            writer.writerow(model.cell_text(row, c) for c in range(len(model.COLUMNS)))
        return out.getvalue()


def _segments(text: str, marks: list[tuple[int, int, str]]) -> list[tuple[str, str | None]]:
    """The text cut into (piece, kind of its mark or None)."""
    pieces: list[tuple[str, str | None]] = []
    at = 0
    for start, end, kind in sorted(marks):
        start, end = max(start, at), min(end, len(text))
        if start >= end:
            continue
        if start > at:
            pieces.append((text[at:start], None))
        pieces.append((text[start:end], kind))
        at = end
    if at < len(text):
        pieces.append((text[at:], None))
    return pieces


class KwicDelegate(QStyledItemDelegate):
    """Paints passage cells: mentions on a tint of their kind's colour; the left context
    aligned to the right and cut at its start, so the mention column lines up."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        right_aligned_columns: tuple[int, ...] = (0,),
        strong_columns: tuple[int, ...] = (1,),
    ) -> None:
        super().__init__(parent)
        self._right = right_aligned_columns
        self._strong = strong_columns
        # per font: (plain, bold, their metrics); a view paints every cell in one font
        self._fonts: dict[str, tuple[QFont, QFont, QFontMetrics, QFontMetrics]] = {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        marks = index.data(HIGHLIGHT_ROLE)
        if marks is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QGuiApplication.style()  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(PADDING, 0, -PADDING, 0)
        painter.save()
        painter.setClipRect(opt.rect)
        self._draw(painter, rect, _segments(text, marks), opt, role, index.column())
        painter.restore()

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        """The cell's font and its bold, with metrics: built once, not per cell painted."""
        key = font.key()
        found = self._fonts.get(key)
        if found is None:
            plain, bold = QFont(font), QFont(font)
            bold.setWeight(QFont.Weight.DemiBold)
            found = self._fonts[key] = (plain, bold, QFontMetrics(plain), QFontMetrics(bold))
        return found

    def _draw(
        self,
        painter: QPainter,
        rect: QRect,
        pieces: list[tuple[str, str | None]],
        opt: QStyleOptionViewItem,
        role: QPalette.ColorRole,
        column: int,
    ) -> None:
        plain, bold, plain_metrics, bold_metrics = self._fonts_for(opt.font)
        metrics = {False: plain_metrics, True: bold_metrics}
        strong = column in self._strong
        sized = [
            (piece, kind, metrics[kind is not None].horizontalAdvance(piece))
            for piece, kind in pieces
        ]
        total = sum(width for _piece, _kind, width in sized)
        right_aligned = column in self._right
        x = rect.right() - total if right_aligned else rect.left()
        if total > rect.width():
            ellipsis = metrics[False].horizontalAdvance("…")
            painter.setFont(plain)
            painter.setPen(opt.palette.color(role))
            if right_aligned:
                painter.drawText(
                    QRect(rect.left(), rect.top(), ellipsis, rect.height()),
                    Qt.AlignmentFlag.AlignVCenter,
                    "…",
                )
                painter.setClipRect(rect.adjusted(ellipsis, 0, PADDING, 0))
            else:
                painter.drawText(
                    QRect(rect.right() - ellipsis, rect.top(), ellipsis, rect.height()),
                    Qt.AlignmentFlag.AlignVCenter,
                    "…",
                )
                painter.setClipRect(rect.adjusted(-PADDING, 0, -ellipsis, 0))
        for piece, kind, width in sized:
            box = QRect(x, rect.top(), width, rect.height())
            if kind is not None:
                tint = QRectF(box.adjusted(-2, 3, 2, -3))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(mention_background(kind, strong=strong))
                painter.drawRoundedRect(tint, 3, 3)
            painter.setFont(bold if kind is not None else plain)
            painter.setPen(opt.palette.color(role))
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, piece)
            x += width
