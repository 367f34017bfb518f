"""Acting on the window as a user would."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from explorer.paths import index_path
from explorer.ui.document_view import CURRENT_MARK


def install_index(seeds_index: Path, corpus: Path) -> Path:
    """Put a copy of the session's seeds index where the app looks for `corpus`'s index."""
    target = index_path([corpus])
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(seeds_index, target)
    return target


def click_row(qtbot, view: QTableView, row: int, column: int = 0) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def row_named(view: QTableView, name: str) -> int:
    model = view.model()
    return next(i for i in range(model.rowCount()) if model.row(i).name == name)


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10_000)


def current_marks(window) -> list[str]:
    """The texts the document view shows strongly highlighted (the mentions jumped to)."""
    text = window.document_panel.text
    return [
        s.cursor.selectedText() for s in text.extraSelections() if s.format.property(CURRENT_MARK)
    ]


def open_window(qtbot, corpus: Path, index: Path) -> Iterator:
    """The main window on a corpus (a private copy of its index), loaded and idle."""
    from explorer.ui.main_window import MainWindow

    install_index(index, corpus)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_corpus([corpus])
    qtbot.waitUntil(
        lambda: (
            not win.state.indexing
            and win.entity_model.rowCount() > 0
            and win.state.location is not None
            and not win.runner.busy()
        ),
        timeout=20_000,
    )
    yield win
    win.close()
    win.runner.shutdown()
