"""The window's menus, toolbar and shortcuts. Each action hands over to the state or a
controller; file dialogs go through module-level `ask_*` functions tests can replace."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMenu,
    QMenuBar,
    QMessageBox,
    QToolBar,
    QWidget,
)

from explorer import __version__
from explorer.app import views
from explorer.app.state import ExplorerState
from explorer.corpus.read import READERS
from explorer.icons import icon
from explorer.ui import settings as keys
from explorer.ui.chart_panel import ChartPanel
from explorer.ui.comention_panel import CoMentionPanel
from explorer.ui.corpus import CorpusController
from explorer.ui.corrections import CorrectionHistory
from explorer.ui.entity_panel import EntityPanel
from explorer.ui.help import HelpDialog, guide_html, shortcuts_html
from explorer.ui.passage_panel import PassagePanel
from explorer.ui.tasks import TaskRunner
from explorer.ui.views import RowTableView
from explorer.wording import corpus_label, counted


class ActionHost(Protocol):
    """What the actions need of the window they belong to: its state, history, task
    runner and settings, the panels they reach (the search box, the tables to export,
    the last chart used), its docks, and what it does (open a corpus, say a message,
    reset the layout). `MainWindow` satisfies it; this module never imports it."""

    state: ExplorerState
    corrections: CorrectionHistory
    runner: TaskRunner
    settings: QSettings
    corpus: CorpusController
    entity_dock: QDockWidget
    entity_panel: EntityPanel
    comention_panel: CoMentionPanel
    passage_panel: PassagePanel
    current_chart: ChartPanel
    docks: list[QDockWidget]
    language_menu: QMenu  # View → Language: the focus's language

    def open_corpus(self, roots: Sequence[Path]) -> None: ...
    def add_to_corpus(self, paths: Sequence[Path]) -> None: ...
    def show_message(self, text: str) -> None: ...
    def reset_layout(self) -> None: ...
    # the QMainWindow it is: the parent of dialogs (`window()`), with a menu bar
    def window(self) -> QWidget: ...
    def menuBar(self) -> QMenuBar: ...
    def addAction(self, action: QAction) -> None: ...
    def close(self) -> bool: ...


DOCUMENT_FILTER = f"Documents ({' '.join('*' + suffix for suffix in READERS)});;All files (*)"


def ask_folder(parent: QWidget) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, "Open Folder of Documents", str(Path.home()))
    return Path(name) if name else None


def ask_files(parent: QWidget) -> list[Path]:
    names, _filter = QFileDialog.getOpenFileNames(
        parent, "Add Files", str(Path.home()), DOCUMENT_FILTER
    )
    return [Path(name) for name in names]


def ask_csv_path(parent: QWidget, suggestion: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent, "Export Table as CSV", str(Path.home() / suggestion), "CSV (*.csv)"
    )
    return Path(name).with_suffix(".csv") if name else None


class Actions(QObject):
    """Builds the menu bar and toolbar of `host` and keeps their enabled states current."""

    def __init__(self, host: ActionHost) -> None:
        super().__init__()
        self.host = host
        state, corrections = host.state, host.corrections
        w = host
        self.open_folder = self._action(
            "&Open Folder…",
            QKeySequence.StandardKey.Open,
            "Index a folder of documents and explore it",
            self._open_folder,
            "folder-open",
        )
        self.add_files = self._action(
            "&Add Files…", None, "Add documents to this corpus", self._add_files, "file-add"
        )
        self.reindex = self._action(
            "&Re-index",
            QKeySequence.StandardKey.Refresh,
            "Read new and changed files again",
            w.corpus.reindex,
        )
        self.export_chart = self._action(
            "&Export Chart…",
            "Ctrl+E",
            "Export the last chart you used as PNG or SVG, with its data as CSV",
            lambda: w.current_chart.export(),
            "export",
        )
        self.quit = self._action(
            "&Quit", QKeySequence.StandardKey.Quit, "Close Entity Explorer", w.close
        )
        self.undo = self._action(
            "&Undo",
            QKeySequence.StandardKey.Undo,
            "Undo the last correction",
            corrections.undo,
            "undo",
        )
        self.redo = self._action(
            "&Redo", QKeySequence.StandardKey.Redo, "Redo the correction", corrections.redo, "redo"
        )
        self.find = self._action(
            "&Find Entity",
            QKeySequence.StandardKey.Find,
            "Search the entity list",
            self._find,
            "search",
        )
        self.back = self._action(
            "&Back",
            QKeySequence.StandardKey.Back,
            "Back to the previous entity or passage (Alt+Left)",
            state.go_back,
            "back",
        )
        self.forward = self._action(
            "&Forward",
            QKeySequence.StandardKey.Forward,
            "Forward again (Alt+Right)",
            state.go_forward,
            "forward",
        )
        self.clear_focus = self._action(
            "&Clear Focus", "Ctrl+Shift+F", "Show the whole corpus again", state.clear_focus
        )
        self.reset_layout = self._action(
            "Reset &Layout", None, "Put every panel back in place", w.reset_layout
        )
        self.guide = self._action(
            "&How to Read This Screen",
            QKeySequence.StandardKey.HelpContents,
            "What each panel shows and how it counts",
            self._show_guide,
        )
        self.shortcuts = self._action(
            "&Keyboard Shortcuts", "Ctrl+/", "Every shortcut of the window", self._show_shortcuts
        )
        self.about = self._action(
            "&About Entity Explorer", None, "Versions of the app and what it runs on", self._about
        )
        self._help: dict[str, HelpDialog] = {}

        bar = w.menuBar()
        file = bar.addMenu("&File")
        file.addActions([self.open_folder, self.add_files])
        self.recent = file.addMenu("Open &Recent")
        file.addAction(self.reindex)
        file.addSeparator()
        file.addAction(self.export_chart)
        tables = file.addMenu("Export &Table as CSV")
        for title, view in (
            ("Entities", w.entity_panel.table),
            ("Mentioned Together", w.comention_panel.table),
            ("Passages", w.passage_panel.list),
        ):
            tables.addAction(f"{title}…", lambda t=title, v=view: self._export_table(t, v))
        file.addSeparator()
        file.addAction(self.quit)
        edit = bar.addMenu("&Edit")
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addAction(self.find)
        view = bar.addMenu("&View")
        view.addActions([self.back, self.forward])
        view.addSeparator()
        view.addAction(self.clear_focus)
        view.addMenu(w.language_menu)
        view.addSeparator()
        for dock in w.docks:
            view.addAction(dock.toggleViewAction())
        view.addAction(self.reset_layout)
        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.guide, self.shortcuts])
        help_menu.addSeparator()
        help_menu.addAction(self.about)

        toolbar = self.toolbar = QToolBar("Main", objectName="mainToolbar", movable=False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.addActions([self.open_folder, self.add_files])
        toolbar.addSeparator()
        toolbar.addActions([self.back, self.forward])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addAction(self.export_chart)

        state.on(("back", "forward"), self._sync_history)
        state.on(("index", "indexing"), self._sync_corpus)
        corrections.changed.connect(self._sync_corrections)
        self.refresh_recent()
        self._sync_history()
        self._sync_corpus()
        self._sync_corrections()

    def _action(
        self, text: str, shortcut: object, tip: str, slot: object, icon_name: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        hint = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({hint})" if hint and hint not in tip else tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.host.addAction(action)
        return action

    def refresh_recent(self) -> None:
        self.recent.clear()
        corpora = keys.recent_corpora(self.host.settings)
        for corpus in corpora:
            action = self.recent.addAction(
                corpus_label(corpus), lambda c=corpus: self.host.open_corpus(c)
            )
            action.setToolTip("\n".join(str(path) for path in corpus))
        self.recent.setEnabled(bool(corpora))

    def _sync_history(self) -> None:
        self.back.setEnabled(bool(self.host.state.back))
        self.forward.setEnabled(bool(self.host.state.forward))

    def _sync_corpus(self) -> None:
        state = self.host.state
        self.reindex.setEnabled(state.index is not None and not state.indexing)
        self.add_files.setEnabled(bool(state.corpus))
        self._sync_corrections()

    def _sync_corrections(self) -> None:
        corrections, indexing = self.host.corrections, self.host.state.indexing
        for action, able, text, verb in (
            (self.undo, corrections.can_undo(), corrections.undo_text(), "Undo"),
            (self.redo, corrections.can_redo(), corrections.redo_text(), "Redo"),
        ):
            action.setEnabled(able and not indexing)
            action.setText(f"&{verb} {text}" if text else f"&{verb}")

    def _open_folder(self) -> None:
        folder = ask_folder(self.host.window())
        if folder is not None:
            self.host.open_corpus([folder])

    def _add_files(self) -> None:
        files = ask_files(self.host.window())
        if files:
            self.host.add_to_corpus(files)

    def _find(self) -> None:
        self.host.entity_dock.show()
        self.host.entity_dock.raise_()
        search = self.host.entity_panel.search
        search.setFocus()
        search.selectAll()

    def _export_table(self, title: str, view: RowTableView) -> None:
        path = ask_csv_path(self.host.window(), title.lower().replace(" ", "-") + ".csv")
        if path is None:
            return
        try:
            path.write_text(view.as_text(), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self.host.window(), "Export Table", str(exc))
            return
        self.host.show_message(f"Exported {counted(view.model().rowCount(), 'row')} to {path}")

    def _help_dialog(self, title: str, name: str) -> HelpDialog:
        if name not in self._help:
            self._help[name] = HelpDialog(title, name, self.host.window())
        return self._help[name]

    def _show_guide(self) -> None:
        self._help_dialog("How to Read This Screen", "guideDialog").show_html(guide_html())

    def _show_shortcuts(self) -> None:
        self._help_dialog("Keyboard Shortcuts", "shortcutsDialog").show_html(
            shortcuts_html(self.host.menuBar())
        )

    def _about(self) -> None:
        self.host.runner.start("about", views.versions, on_done=self._show_about)

    def _show_about(self, lines: list[tuple[str, str]]) -> None:
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td>&nbsp;&nbsp;{html.escape(value)}</td></tr>"
            for name, value in lines
        )
        QMessageBox.about(
            self.host.window(),
            "About Entity Explorer",
            f"<h3>Entity Explorer {__version__}</h3><p>Who and what your documents talk "
            f"about — every number one click from its evidence.</p><table>{rows}</table>",
        )
