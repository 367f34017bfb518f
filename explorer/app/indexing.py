"""Indexing, off the UI thread: bring a corpus's index up to date with progress and cancel.
Qt-free; run by the window's task runner with its TaskControl."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

from explorer.app.control import TaskControl


def run_index(control: TaskControl, roots: Sequence[Path], index: Path) -> object:
    """Bring the corpus's index up to date, reporting Progress; returns the IndexReport.

    A damaged index is moved aside and rebuilt first (the Progress message says so).
    n_process is left to the indexer: worker processes start with "forkserver"
    (set in explorer.ui.app before Qt starts), never by forking this threaded process.
    With interim resolutions, a long pass shows the entities of the files read so far.
    """
    from explorer.index.indexer import Progress, index_corpus
    from explorer.index.recovery import open_index

    last = ("", 0)

    def progress(value: Progress) -> None:
        """Every new phase, message and interim resolution is sent; other reports are
        thinned out by the control."""
        nonlocal last
        now = (value.phase, value.resolved_files)
        control.report(value, force=now != last or bool(value.message))
        last = now

    store, message = open_index(index)
    with closing(store):
        if message:
            progress(Progress("scanning", 0, 0, 0, 0.0, message))
        return index_corpus(
            list(roots),
            store,
            on_progress=progress,
            should_stop=control.should_stop,
            interim_resolution=True,
        )
