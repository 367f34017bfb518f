"""Opening a corpus and keeping its index up to date, in the background.

The panels show the existing index at once; the indexer then brings it up to
date off the UI thread, and when anything changed every reference in the state
is found again by name and every panel reloads.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from explorer.paths import index_path
from explorer.ui import jobs
from explorer.ui.state import ExplorerState
from explorer.ui.tasks import TaskRunner


def _report_text(report: object) -> str:
    indexed = getattr(report, "indexed_files", 0)
    removed = getattr(report, "removed_files", 0)
    skipped = len(getattr(report, "skipped", []))
    if getattr(report, "cancelled", False):
        return f"Indexing stopped after {indexed:,} files; what was read is kept."
    if not indexed and not removed:
        text = "The index is up to date."
    else:
        text = f"Indexed {indexed:,} files" + (f", removed {removed:,}" if removed else "") + \
            f" in {getattr(report, 'seconds', 0.0):.1f} s."
    return text + (f" {skipped:,} files could not be read." if skipped else "")


class CorpusController(QObject):
    """Open a corpus (folders and files), index it, cancel indexing."""

    progress = Signal(object)  # explorer.index.indexer.Progress
    finished = Signal(str)  # one line for the status bar
    failed = Signal(str)

    def __init__(self, state: ExplorerState, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state, self._runner = state, runner

    def open(self, roots: Sequence[Path]) -> None:
        corpus = tuple(dict.fromkeys(Path(root).expanduser().resolve() for root in roots))
        if not corpus:
            return
        if corpus != self._state.corpus:
            self._state.reset_for_corpus(corpus, index_path(list(corpus)))
        self.reindex()

    def add(self, paths: Sequence[Path]) -> None:
        """Add files or folders to the open corpus (a new corpus, with an index of its own)."""
        self.open([*self._state.corpus, *paths])

    def reindex(self) -> None:
        state = self._state
        if not state.corpus or state.index is None:
            return
        state.update(indexing=True)
        self._runner.start("index", jobs.run_index, state.corpus, state.index,
                           on_done=self._indexed, on_progress=self.progress.emit,
                           on_error=self._failed)

    def cancel(self) -> None:
        """Stop indexing; its finished documents stay (the indexer commits in batches)."""
        if self._runner.is_running("index"):
            self._runner.cancel("index")
            self._state.update(indexing=False)
            self.finished.emit("Indexing stopped; what was read is kept.")
            self._refresh()

    def _indexed(self, report: object) -> None:
        self._state.update(indexing=False)
        self.finished.emit(_report_text(report))
        changed = (getattr(report, "indexed_files", 0) or getattr(report, "removed_files", 0)
                   or getattr(report, "cancelled", False))
        if changed:
            self._refresh()

    def _refresh(self) -> None:
        """Entity ids were renumbered: find the user's entities again, then reload everything."""
        state = self._state
        self._runner.start("remap", jobs.remap_refs, state.index, state.refs(),
                           on_done=state.data_changed)

    def _failed(self, exc: Exception) -> None:
        """The index as it is stays on screen, read-only; the message says why and what to do."""
        from explorer.index.lock import IndexBusy
        from explorer.nlp.pipeline import PipelineError

        self._state.update(indexing=False)
        if isinstance(exc, IndexBusy):
            self.failed.emit("Another Entity Explorer is updating this corpus; showing its index "
                             "read-only as it is. Re-index later with File → Re-index.")
        elif isinstance(exc, PipelineError):
            self.failed.emit(f"The corpus cannot be indexed: {exc} The existing index is shown "
                             "read-only.")
        else:
            self.failed.emit(f"Indexing failed: {exc}")
        self._refresh()
