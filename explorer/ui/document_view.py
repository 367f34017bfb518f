"""The document view: the text, every mention tinted in its kind's colour, the current one strong.

Offsets in the index count Python characters; Qt counts UTF-16 units, so
positions are converted both ways (they differ only after characters outside
the Basic Multilingual Plane, such as emoji). Clicking a mention selects its entity.
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QMouseEvent,
    QPalette,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from explorer.app.state import EntityRef, ExplorerState, Location
from explorer.app.views import OpenDocument
from explorer.charts.kinds import kind_name
from explorer.index.queries import MentionSpan
from explorer.ui.corrections import CorrectionHistory
from explorer.ui.entity_menu import entity_menu
from explorer.ui.look import mention_background, muted_text
from explorer.wording import counted

# Set on the extra selections of the mentions the user jumped to (tests and tools find them).
CURRENT_MARK = QTextFormat.Property.UserProperty + 1
ENTITY_ID = QTextFormat.Property.UserProperty + 2


class Utf16:
    """Converts between Python string offsets and Qt (UTF-16) positions in one text."""

    def __init__(self, text: str) -> None:
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, offset: int) -> int:
        return offset + bisect_right(self._wide, offset - 1)

    def from_qt(self, position: int) -> int:
        offset = position
        for i, wide in enumerate(self._wide):
            if wide + i + 1 < position:
                offset -= 1
            else:
                break
        return offset


class DocumentText(QPlainTextEdit):
    """Read-only text with mention marks; `mention_at` finds what is under the mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setPlaceholderText(
            "Click a passage to read it in its document, with every "
            "mention marked in its kind's colour."
        )
        self.document().setDocumentMargin(14)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.setFont(font)
        self.viewport().setMouseTracking(True)
        self.mentions: tuple[MentionSpan, ...] = ()
        self._starts: list[int] = []
        self._map = Utf16("")

    def show_text(self, text: str, mentions: tuple[MentionSpan, ...]) -> None:
        """Show `text` with its entity mentions (dates are left unmarked: they are not entities)."""
        self.setPlainText(text.replace("\r", " "))
        mentions = tuple(m for m in mentions if m.kind != "date")
        self.mentions = mentions
        self._starts = [m.start for m in mentions]
        self._map = Utf16(text)

    def clear_text(self) -> None:
        self.clear()
        self.mentions, self._starts = (), []
        self.setExtraSelections([])

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def mark(self, location: Location | None) -> None:
        """Tint every mention; make the location's marks strong; scroll the passage into view."""
        selections = []
        if location is not None:
            passage = QTextEdit.ExtraSelection()
            passage.cursor = self.cursor_for(location.start, location.end)
            tint = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            tint.setAlphaF(0.10)
            passage.format.setBackground(tint)
            selections.append(passage)
        strong = set(location.marks) if location else set()
        for mention in self.mentions:
            current = (mention.start, mention.end) in strong
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.cursor_for(mention.start, mention.end)
            selection.format.setBackground(mention_background(mention.kind, strong=current))
            selection.format.setProperty(ENTITY_ID, mention.entity_id)
            if current:
                selection.format.setFontWeight(QFont.Weight.Bold)
                selection.format.setProperty(CURRENT_MARK, True)
            selections.append(selection)
        self.setExtraSelections(selections)
        if location is not None:
            self.setTextCursor(self.cursor_for(location.start, location.start))
            self.centerCursor()

    def mention_at(self, pos: QPoint) -> MentionSpan | None:
        offset = self._map.from_qt(self.cursorForPosition(pos).position())
        i = bisect_right(self._starts, offset) - 1
        while i >= 0 and self.mentions[i].start <= offset:
            mention = self.mentions[i]
            if mention.start <= offset < mention.end:
                return mention
            i -= 1
        return None


class DocumentPanel(QWidget):
    """The document of the current passage, with its title, date and path above it."""

    def __init__(
        self, state: ExplorerState, corrections: CorrectionHistory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._state, self._corrections = state, corrections
        self._names: dict[int, str] = {}
        self._path: Path | None = None
        self._shown: OpenDocument | None = None
        self.title = QLabel(objectName="documentTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        bold = QFont(self.title.font())
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        bold.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(bold)
        self.meta = QLabel(objectName="documentMeta")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.meta.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted_text())
        self.meta.setPalette(palette)
        self.open_file = QToolButton(text="Open File", autoRaise=True)
        self.open_file.setToolTip("Open the original file in its default application")
        self.open_file.clicked.connect(self._open_file)
        self.text = DocumentText()
        self.text.viewport().installEventFilter(self)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._menu)

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.open_file, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        layout.addLayout(heading)
        layout.addWidget(self.meta)
        layout.addWidget(self.text, 1)
        self.show_document(None, None)

    def show_document(self, document: OpenDocument | None, location: Location | None) -> None:
        if document is None:
            self.text.clear_text()
            self._names, self._path, self._shown = {}, None, None
            for widget in (self.title, self.meta, self.open_file):
                widget.hide()
            return
        doc = document.document
        if self._shown is not document:
            self.text.show_text(doc.text, doc.mentions)
        self._names, self._path, self._shown = document.names, Path(doc.path), document
        self.title.setText(doc.title or Path(doc.path).name)
        words = counted(len(doc.text.split()), "word")
        self.meta.setText(" · ".join(part for part in (doc.date or "", doc.path, words) if part))
        for widget in (self.title, self.meta, self.open_file):
            widget.show()
        self.text.mark(location)

    def _ref(self, mention: MentionSpan) -> EntityRef:
        return EntityRef(
            mention.entity_id, self._names.get(mention.entity_id, mention.text), mention.kind
        )

    def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            self._hover(event.position().toPoint())
        elif (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and not self.text.textCursor().hasSelection()
        ):
            mention = self.text.mention_at(event.position().toPoint())
            if mention is not None:
                self._state.navigate(entity=self._ref(mention), comention=None)
        return False

    def _hover(self, pos: QPoint) -> None:
        mention = self.text.mention_at(pos)
        viewport = self.text.viewport()
        if mention is None:
            viewport.setCursor(Qt.CursorShape.IBeamCursor)
            QToolTip.hideText()
            return
        viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        ref = self._ref(mention)
        QToolTip.showText(
            viewport.mapToGlobal(pos),
            f"{ref.name} ({kind_name(ref.kind)}) — click to select it",
            viewport,
        )

    def _menu(self, pos: QPoint) -> None:
        mention = self.text.mention_at(pos)
        if mention is None:
            menu = self.text.createStandardContextMenu()
        else:
            menu = entity_menu(self, self._ref(mention), self._state, self._corrections)
        menu.exec(self.text.viewport().mapToGlobal(pos))

    def _open_file(self) -> None:
        if self._path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._path)))
