"""The Language menu (View → Language, and the focus bar's Language button): narrow the
focus to the documents of one of the corpus's languages, shown with their counts; only
when the corpus has more than one."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from explorer.app.languages import language_choices
from explorer.app.state import ExplorerState
from explorer.index.queries import CorpusSummary


class LanguageMenu(QMenu):
    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__("&Language", parent, objectName="languageMenu")
        self._state = state
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._codes: dict[str | None, QAction] = {}
        self.menuAction().setStatusTip("Narrow every panel to the documents of one language")
        self.menuAction().setToolTip("Narrow every panel to the documents of one language")
        self.set_summary(None)
        state.on("focus_language", self._sync_checks)

    def set_summary(self, summary: CorpusSummary | None) -> None:
        """The corpus's languages (as the entity list's answer counts them)."""
        choices = language_choices(summary)
        wanted = [(None, "&All Languages")] + [(c.code, c.label) for c in choices]
        if [(code, action.text()) for code, action in self._codes.items()] == wanted:
            return
        self.clear()
        for action in self._group.actions():
            self._group.removeAction(action)
        self._codes = {}
        for code, label in wanted:
            action = self.addAction(label)
            action.setCheckable(True)
            action.setObjectName(f"language-{code or 'all'}")
            action.triggered.connect(lambda _=False, code=code: self._choose(code))
            self._group.addAction(action)
            self._codes[code] = action
            if code is None:
                self.addSeparator()
        self.menuAction().setVisible(bool(choices))
        self._sync_checks()

    def codes(self) -> list[str]:
        return [code for code in self._codes if code is not None]

    def _choose(self, code: str | None) -> None:
        self._state.update(focus_language=code)

    def _sync_checks(self) -> None:
        action = self._codes.get(self._state.focus_language) or self._codes.get(None)
        if action is not None:
            action.setChecked(True)
