"""Opening a corpus and keeping its index up to date, in the background.

The panels show the existing index at once; the indexer then brings it up to
date off the UI thread, and when anything changed every reference in the state
is found again by name and every panel reloads. During a long pass the entity
list and the charts show the entities of the files read so far, marked partial.
What a pass leaves to say (files that could not be read, a corpus with nothing
readable) is said in full words.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from explorer.app.control import TaskControl
from explorer.app.edits import remap_refs
from explorer.app.indexing import run_index
from explorer.app.state import ExplorerState
from explorer.app.views import reader
from explorer.corpus.read import readable_types
from explorer.index import queries
from explorer.paths import index_path
from explorer.ui.tasks import TaskRunner
from explorer.wording import corpus_label, counted

if TYPE_CHECKING:
    from explorer.index.indexer import IndexReport, Progress


@dataclass(frozen=True, slots=True)
class Unread:
    """A file or folder of the corpus that could not be read, and why."""

    path: Path
    reason: str
    folder: bool
    root: bool  # one of the folders or files the user opened


@dataclass(frozen=True, slots=True)
class PassResult:
    report: IndexReport
    documents: int  # in the index once the pass is over
    unread: tuple[Unread, ...]


def index_pass(
    control: TaskControl, roots: Sequence[Path], index: Path, own_process: bool = False
) -> PassResult:
    """Bring the index up to date (explorer.app.indexing.run_index, in a process of its
    own if asked), then count what it holds and tell the folders among the unread paths
    (the disk is asked here, off the UI thread)."""
    report: IndexReport = run_index(  # type: ignore[assignment]
        control, roots, index, own_process=own_process
    )
    documents = report.documents
    if not documents:
        store = reader(index)
        if store is not None:
            with closing(store):
                documents = queries.corpus_summary(store.conn).documents
    unread = tuple(
        Unread(p.path, p.reason, p.path.is_dir(), p.path in roots) for p in report.skipped
    )
    return PassResult(report, documents, unread)


def pass_text(result: PassResult, corpus: str) -> str:
    """One line on how the pass went, for the status bar."""
    report = result.report
    indexed, removed = report.indexed_files, report.removed_files
    if report.cancelled:
        return f"Indexing stopped after {counted(indexed, 'file')}; what was read is kept."
    if not result.documents:
        return (
            f"No readable documents in “{corpus}”: Entity Explorer reads {readable_types()} files."
        )
    if not indexed and not removed:
        return "The index is up to date."
    return (
        f"Indexed {counted(indexed, 'file')}"
        + (f", removed {removed:,}" if removed else "")
        + f" in {report.seconds:.1f} s."
    )


def unread_to_list(result: PassResult) -> tuple[Unread, ...]:
    """The unread paths worth a list: none when the corpus's own folders are all there is
    (an empty folder: the line on the pass already says it has nothing readable)."""
    unread = result.unread
    if not result.documents and all(item.root and item.folder for item in unread):
        return ()
    return unread


def unread_text(unread: Sequence[Unread]) -> str:
    """'3 files could not be read', '1 file and 1 folder could not be read'."""
    folders = sum(item.folder for item in unread)
    files = len(unread) - folders
    parts = [counted(files, "file")] if files else []
    parts += [counted(folders, "folder")] if folders else []
    return " and ".join(parts) + " could not be read"


class CorpusController(QObject):
    """Open a corpus (folders and files), index it, cancel indexing. With `own_process`
    (the desktop app) each pass runs in a child process, so that its Python work never
    holds the window's GIL; tests run it in the runner's thread, where they can patch
    the indexer."""

    progress = Signal(object)  # explorer.index.indexer.Progress
    finished = Signal(str)  # one line for the status bar
    unread = Signal(object)  # tuple[Unread, ...] of the pass that ended; () when a pass starts
    failed = Signal(str)

    def __init__(
        self,
        state: ExplorerState,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        own_process: bool = False,
    ) -> None:
        super().__init__(parent)
        self._state, self._runner = state, runner
        self.own_process = own_process

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
        state.update(indexing=True, partial=None)
        self.unread.emit(())
        self._runner.start(
            "index",
            index_pass,
            state.corpus,
            state.index,
            self.own_process,
            on_done=self._indexed,
            on_progress=self._progressed,
            on_error=self._failed,
        )

    def _progressed(self, progress: Progress) -> None:
        """Pass the progress on; when an interim resolution covers more files, the
        panels show its entities, marked partial (entity ids stay: the selection holds)."""
        self.progress.emit(progress)
        files = progress.resolved_files
        if files > (self._state.partial or (0, 0))[0]:
            self._state.update(partial=(files, progress.total))

    def cancel(self) -> None:
        """Stop indexing; its finished documents stay (the indexer commits in batches)."""
        if self._runner.is_running("index"):
            self._runner.cancel("index")
            self._state.update(indexing=False, partial=None)
            self.finished.emit("Indexing stopped; what was read is kept.")
            self._refresh()

    def _indexed(self, result: PassResult) -> None:
        self._state.update(indexing=False, partial=None)
        self.finished.emit(pass_text(result, corpus_label(self._state.corpus)))
        self.unread.emit(unread_to_list(result))
        report = result.report
        if report.indexed_files or report.removed_files or report.cancelled:
            self._refresh()
        else:  # a pass without a file to read may still have resolved the names again
            state = self._state
            self._runner.start("remap", remap_refs, state.index, state.refs(), on_done=state.follow)

    def _refresh(self) -> None:
        """Entity ids were renumbered: find the user's entities again, then reload everything."""
        state = self._state
        self._runner.start(
            "remap", remap_refs, state.index, state.refs(), on_done=state.data_changed
        )

    def _failed(self, exc: Exception) -> None:
        """The index as it is stays on screen, read-only; the message says why and what to do."""
        from explorer.index.lock import IndexBusy
        from explorer.nlp.pipeline import PipelineError

        self._state.update(indexing=False, partial=None)
        if isinstance(exc, IndexBusy):
            self.failed.emit(
                "Another Entity Explorer is updating this corpus; showing its index "
                "read-only as it is. Re-index later with File → Re-index."
            )
        elif isinstance(exc, PipelineError):
            self.failed.emit(
                f"The corpus cannot be indexed: {exc} The existing index is shown read-only."
            )
        else:
            self.failed.emit(f"Indexing failed: {exc}")
        self._refresh()
