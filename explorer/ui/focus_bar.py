"""The focus bar: the focused entities as removable chips, and the focus options."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from explorer.app.languages import documents_in
from explorer.app.state import EntityRef, ExplorerState, Period
from explorer.icons import icon
from explorer.index.queries import CorpusSummary
from explorer.ui.look import kind_dot, muted_text
from explorer.wording import counted

CHIP_STYLE = (
    "QFrame#focusChip { border: 1px solid palette(mid); border-radius: 11px;"
    " background: palette(base); }"
)


class _Chip(QFrame):
    """One part of the focus: what it keeps, and a button that removes it."""

    def __init__(self, parent: QWidget | None, tooltip: str) -> None:
        super().__init__(parent, objectName="focusChip")
        self.setStyleSheet(CHIP_STYLE)
        self.setToolTip(tooltip)

    def _lay_out(
        self, widgets: list[QWidget], remove_tooltip: str, on_remove: Callable[[], None]
    ) -> None:
        remove = QToolButton(autoRaise=True, icon=icon("close"), iconSize=QSize(12, 12))
        remove.setObjectName("removeFocus")
        remove.setToolTip(remove_tooltip)
        remove.clicked.connect(on_remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(5)
        for widget in [*widgets, remove]:
            layout.addWidget(widget)


class FocusChip(_Chip):
    def __init__(self, ref: EntityRef, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent, f"Only documents that mention {ref.name}")
        self.ref = ref
        dot = QLabel()
        dot.setPixmap(kind_dot(ref.kind).pixmap(QSize(10, 10)))
        self._lay_out(
            [dot, QLabel(ref.name)], f"Remove {ref.name} from the focus", lambda: state.unfocus(ref)
        )


class AnyOfChip(_Chip):
    """A group focused as "any of these" (a watch-list's names): one chip for all."""

    MAX_NAMED = 12  # in the tooltip

    def __init__(
        self, refs: tuple[EntityRef, ...], state: ExplorerState, parent: QWidget | None = None
    ) -> None:
        names = [ref.name for ref in refs]
        more = len(names) - self.MAX_NAMED
        super().__init__(
            parent,
            "Only documents that mention at least one of: "
            + ", ".join(names[: self.MAX_NAMED])
            + (f" and {more} more" if more > 0 else ""),
        )
        self.refs = refs
        self.label = QLabel(
            f"Any of {len(refs)}: " + ", ".join(names[:2]) + ("…" if len(names) > 2 else "")
        )
        self._lay_out(
            [self.label],
            "Remove the group from the focus",
            lambda: state.update(focus_any=()),
        )


class PeriodChip(_Chip):
    """A focused period (dragged on the timeline): only documents dated within it."""

    def __init__(self, period: Period, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, f"Only documents dated {period.label} (documents without a date are left out)"
        )
        self.period = period
        self.label = QLabel(period.label)
        self._lay_out(
            [self.label],
            "Remove the period from the focus",
            lambda: state.update(focus_period=None),
        )


class LanguageChip(_Chip):
    """A focused language (View → Language, or a passage's menu): only its documents."""

    def __init__(self, code: str, state: ExplorerState, parent: QWidget | None = None) -> None:
        text = documents_in(code)
        super().__init__(parent, f"Only {text}")
        self.code = code
        self.label = QLabel(text[:1].upper() + text[1:])
        self._lay_out(
            [self.label],
            "Remove the language from the focus: documents in every language",
            lambda: state.update(focus_language=None),
        )


Chip = FocusChip | AnyOfChip | PeriodChip | LanguageChip


class FocusBar(QWidget):
    """Shows what the panels cover: the whole corpus, or the documents that mention every chip."""

    def __init__(
        self,
        state: ExplorerState,
        language_menu: QMenu | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="focusBar")
        self._state = state
        self._summary: CorpusSummary | None = None
        self._in_focus: int | None = None
        label = QLabel("Focus:")
        label.setToolTip("Every panel covers only the documents that mention all focused entities")
        self.hint = QLabel()
        palette = self.hint.palette()
        palette.setColor(self.hint.foregroundRole(), muted_text())
        self.hint.setPalette(palette)
        self._chips = QHBoxLayout()
        self._chips.setSpacing(6)
        self.demonyms = QCheckBox("Count demonyms")
        self.demonyms.setToolTip(
            "A country also counts where its people are named (“Russian” for Russia)"
        )
        self.demonyms.toggled.connect(lambda on: state.update(include_demonyms=on))
        self.places = QCheckBox("Include places")
        self.places.setToolTip(
            "A country also counts where one of its places is named (“Moscow” for Russia)"
        )
        self.places.toggled.connect(lambda on: state.update(include_places=on))
        # The corpus's languages, when it has more than one (View → Language too).
        self.language = QToolButton(text="Language ▾", objectName="focusLanguage")
        self.language.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.language.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.language.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.language.setToolTip("Narrow every panel to the documents of one language")
        self.language.setMenu(language_menu)
        self.language.hide()
        self.clear = QPushButton(icon("close"), "Clear")
        self.clear.setToolTip("Remove everything from the focus: the whole corpus again")
        self.clear.clicked.connect(state.clear_focus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(8)
        layout.addWidget(label)
        layout.addLayout(self._chips)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self.language)
        layout.addWidget(self.demonyms)
        layout.addWidget(self.places)
        layout.addWidget(self.clear)
        state.on(("focus", "focus_any", "focus_period", "focus_language"), self._sync_chips)
        state.on(("include_demonyms", "include_places"), self._sync_options)
        self._sync_chips()
        self._sync_options()

    def chips(self) -> list[Chip]:
        return [self._chips.itemAt(i).widget() for i in range(self._chips.count())]  # type: ignore[misc]

    def set_counts(self, summary: CorpusSummary | None, in_focus: int | None) -> None:
        self._summary, self._in_focus = summary, in_focus
        several = summary is not None and len(summary.languages) > 1
        self.language.setVisible(several and self.language.menu() is not None)
        self._sync_hint()

    def _sync_chips(self) -> None:
        while self._chips.count():
            widget = self._chips.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for ref in self._state.focus:
            self._chips.addWidget(FocusChip(ref, self._state))
        if self._state.focus_any:
            self._chips.addWidget(AnyOfChip(self._state.focus_any, self._state))
        if self._state.focus_period:
            self._chips.addWidget(PeriodChip(self._state.focus_period, self._state))
        if self._state.focus_language:
            self._chips.addWidget(LanguageChip(self._state.focus_language, self._state))
        self.clear.setVisible(bool(self._state.focus_query()))
        self._sync_hint()

    def _sync_hint(self) -> None:
        if not self._state.focus_query():
            self.hint.setText(
                "Whole corpus — double-click an entity or press Enter to focus "
                "on the documents that mention it"
            )
            return
        total = self._summary.documents if self._summary else None
        if self._in_focus is None or total is None:
            self.hint.setText("")
        else:
            self.hint.setText(f"{self._in_focus:,} of {counted(total, 'document')}")

    def _sync_options(self) -> None:
        for box, value in (
            (self.demonyms, self._state.include_demonyms),
            (self.places, self._state.include_places),
        ):
            if box.isChecked() != value:
                box.setChecked(value)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), 30))
