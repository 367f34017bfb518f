"""Start the desktop app: `entity-explorer [CORPUS]`."""

from __future__ import annotations

import multiprocessing
import sys
from multiprocessing import forkserver
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from explorer.icons import icon
from explorer.ui import settings as keys

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow

APP_NAME = "Entity Explorer"


# What an indexing pass's process imports (about 0.4 s), imported once by the fork
# server, so that the pass run at every open starts without paying for it.
FORKSERVER_PRELOAD = ["explorer.app.indexing", "explorer.index.indexer"]


def _prefer_forkserver() -> None:
    """The indexer starts worker processes for large corpora; forking a process that runs
    Qt and worker threads can deadlock the child, so they start from a clean forkserver.
    The server is started now: its imports overlap the window's building."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        multiprocessing.set_start_method("forkserver", force=True)
        multiprocessing.set_forkserver_preload(FORKSERVER_PRELOAD)
        forkserver.ensure_running()


def open_at_start(window: MainWindow, corpus: Path | None) -> None:
    """Open `corpus`; without one, the corpus open last time if it is still there. Else the
    window stays on its welcome screen, and a corpus given that does not exist is said in
    a dialog over it rather than by quitting."""
    if corpus is not None and not corpus.exists():
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            f"“{corpus}” does not exist.",
            QMessageBox.StandardButton.Ok,
            window,
            objectName="missingCorpus",
        )
        box.setInformativeText("Open another folder from the welcome screen.")
        box.open()
        return
    roots = (corpus,) if corpus is not None else keys.last_corpus(window.settings)
    there = [path for path in roots if path.exists()]
    if there:
        window.open_corpus(there)


def run(corpus: Path | None, *, fallback: Path | None = None) -> int:
    """Open `corpus` (see open_at_start); `fallback` (the seeds) is the sample corpus the
    welcome screen offers when there is nothing to open."""
    _prefer_forkserver()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("entity-explorer")
    app.setDesktopFileName("entity-explorer")
    app.setWindowIcon(icon("app"))

    from explorer.ui.main_window import MainWindow

    window = MainWindow(sample=fallback, index_in_own_process=True)
    window.show()
    open_at_start(window, corpus)
    return app.exec()
