"""Start the desktop app: `entity-explorer [CORPUS]`."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from explorer.icons import icon
from explorer.ui import settings as keys

APP_NAME = "Entity Explorer"


def _prefer_forkserver() -> None:
    """The indexer starts worker processes for large corpora; forking a process that runs
    Qt and worker threads can deadlock the child, so they start from a clean forkserver."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        multiprocessing.set_start_method("forkserver", force=True)


def run(corpus: Path | None, *, fallback: Path | None = None) -> int:
    """Open `corpus`; without one, the corpus open last time, else `fallback` (the seeds)."""
    _prefer_forkserver()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("entity-explorer")
    app.setDesktopFileName("entity-explorer")
    app.setWindowIcon(icon("app"))

    from explorer.ui.main_window import MainWindow

    window = MainWindow()
    roots: tuple[Path, ...] = (corpus,) if corpus is not None else keys.last_corpus(window.settings)
    roots = tuple(path for path in roots if path.exists())
    if not roots and fallback is not None:
        roots = (fallback,)
    window.show()
    if roots:
        QTimer.singleShot(0, lambda: window.open_corpus(list(roots)))
    return app.exec()
