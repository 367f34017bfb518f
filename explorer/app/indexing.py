"""Indexing, off the UI thread: bring a corpus's index up to date with progress and cancel.
Qt-free; run by the window's task runner with its TaskControl.

`own_process=True` runs the pass in a child process (the desktop app asks for it): the
pass's own Python work (storing each document, the interim resolutions, the co-mention
counts) then holds another process's GIL, not the window's. In a thread of the app's
process it did, and every call the UI thread made into Python (a model's data, a chart
item's paint) waited for it, up to the interpreter's switch interval each time: the
window froze for 100-800 ms at a time while a pass ran. Progress and the result come back
over a queue; cancelling sets an event the child's indexer checks.
"""

from __future__ import annotations

import multiprocessing
import pickle
import queue
import time
import traceback
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from explorer.app.control import TaskControl

POLL_S = 0.05  # how often the waiting thread looks at the child and at its own control
CHILD_PROGRESS_S = 0.05  # the child sends unforced progress at most this often
STOP_WAIT_S = 30.0  # after a cancel, how long the child may take to finish its batch


def run_index(
    control: TaskControl, roots: Sequence[Path], index: Path, *, own_process: bool = False
) -> object:
    """Bring the corpus's index up to date, reporting Progress; returns the IndexReport.

    A damaged index is moved aside and rebuilt first (the Progress message says so).
    n_process is left to the indexer: worker processes start with "forkserver"
    (set in explorer.ui.app before Qt starts), never by forking this threaded process.
    With interim resolutions, a long pass shows the entities of the files read so far.
    """
    if own_process:
        return _run_in_child(control, roots, index)
    return _run_here(control, roots, index)


def _run_here(control: TaskControl, roots: Sequence[Path], index: Path) -> object:
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


class _ChildControl:
    """The TaskControl of the pass in the child: progress into the queue (unforced reports
    thinned out), stop when the parent asks or is gone."""

    def __init__(self, events: Any, stop: Any) -> None:
        self._events, self._stop = events, stop
        self._parent = multiprocessing.parent_process()
        self._last = 0.0

    def should_stop(self) -> bool:
        return self._stop.is_set() or (self._parent is not None and not self._parent.is_alive())

    def report(self, progress: object, *, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last >= CHILD_PROGRESS_S:
            self._last = now
            self._events.put(("progress", progress, force))


def _sendable(exc: BaseException) -> BaseException:
    """The exception itself when it survives pickling (IndexBusy, PipelineError: the
    window words those), else a RuntimeError with its message."""
    try:
        return pickle.loads(pickle.dumps(exc))  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - any exception that cannot cross is said in words
        return RuntimeError(str(exc))


def _child(roots: list[Path], index: Path, events: Any, stop: Any) -> None:
    """In the child process: the pass, then its report or its failure, into the queue."""
    try:
        report = _run_here(_ChildControl(events, stop), roots, index)
    except BaseException as exc:  # noqa: BLE001 - the parent raises it again
        events.put(("failed", _sendable(exc), traceback.format_exc()))
    else:
        events.put(("done", report, ""))


def _run_in_child(control: TaskControl, roots: Sequence[Path], index: Path) -> object:
    """Run the pass in a child process (the process's start method: "forkserver" in the
    app) and relay its progress to `control` until it answers."""
    context = multiprocessing.get_context()
    events = context.Queue()
    stop = context.Event()
    child = context.Process(
        target=_child,
        args=(list(roots), index, events, stop),
        name="entity-explorer-index",
    )
    child.start()
    stopping_since: float | None = None
    try:
        while True:
            if stopping_since is None and control.should_stop():
                stop.set()
                stopping_since = time.monotonic()
            try:
                kind, value, extra = events.get(timeout=POLL_S)
            except queue.Empty:
                if child.is_alive():
                    if stopping_since is not None and (
                        time.monotonic() - stopping_since > STOP_WAIT_S
                    ):
                        child.terminate()
                        raise RuntimeError("the indexing process did not stop") from None
                    continue
                try:  # it may have answered just before it ended
                    kind, value, extra = events.get(timeout=1.0)
                except queue.Empty:
                    raise RuntimeError(
                        f"the indexing process ended without an answer (exit code {child.exitcode})"
                    ) from None
            if kind == "progress":
                control.report(value, force=bool(extra))
            elif kind == "done":
                return value
            else:
                raise value
    finally:
        stop.set()
        child.join(timeout=STOP_WAIT_S)
        if child.is_alive():
            child.terminate()
            child.join(timeout=5.0)
        events.close()
