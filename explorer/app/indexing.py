"""Indexing, off the UI thread: bring a corpus's index up to date with progress and cancel.
Qt-free; run by the window's task runner with its TaskControl.

`own_process=True` runs the pass in a child process (the desktop app asks for it): the
pass's own Python work (storing each document, the interim resolutions, the co-mention
counts) then holds another process's GIL, not the window's. In a thread of the app's
process it did, and every call the UI thread made into Python (a model's data, a chart
item's paint) waited for it, up to the interpreter's switch interval each time: the
window froze for 100-800 ms at a time while a pass ran. Progress and the result come back
over a queue; cancelling sets an event the child's indexer checks.

The child stays for the next pass on the same index, with the index open: what the last
resolution kept in memory for the next update (`explorer.index.memo`) and the names
already classified and the loaded pipeline are then still there: a pass after one
edited file of the BBC's 2,225 articles takes 1.4 s instead of 3.6 s in a new process
(bench/README.md). Another index, a failure, a child that does not answer or
KEEP_IDLE_S without a pass ends it; one that ended idle as a pass was asked of it is
replaced and asked again.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import pickle
import queue
import threading
import time
import traceback
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from explorer.app.control import TaskControl

if TYPE_CHECKING:
    from explorer.index.store import Store

POLL_S = 0.05  # how often the waiting thread looks at the child and at its own control
CHILD_PROGRESS_S = 0.05  # the child sends unforced progress at most this often
STOP_WAIT_S = 30.0  # after a cancel, how long the child may take to finish its batch
# The child, which holds the pipeline and the last resolution's memory (about 330 MB on
# the BBC 2k corpus), ends after this long without a pass; the next starts a new one.
KEEP_IDLE_S = 300.0


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
    from explorer.index.recovery import open_index

    store, message = open_index(index)
    with closing(store):
        return _run_pass(control, roots, store, message)


def _run_pass(
    control: TaskControl, roots: Sequence[Path], store: Store, message: str | None
) -> object:
    """One pass over an open index; `message` says why it was rebuilt, if it was."""
    from explorer.index.indexer import Progress, index_corpus

    last = ("", 0)

    def progress(value: Progress) -> None:
        """Every new phase, message and interim resolution is sent; other reports are
        thinned out by the control."""
        nonlocal last
        now = (value.phase, value.resolved_files)
        control.report(value, force=now != last or bool(value.message))
        last = now

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


def _serve(index: Path, requests: Any, events: Any, stop: Any) -> None:
    """In the child process: each requested pass over `index`, its report or its failure
    into the queue, the index kept open between passes while its file stays the same;
    until the parent says None or is gone, or no pass came for KEEP_IDLE_S."""
    from explorer.index.recovery import open_index

    store: Store | None = None
    opened: tuple[int, int] | None = None
    parent = multiprocessing.parent_process()
    idle_since = time.monotonic()
    try:
        while True:
            try:
                roots = requests.get(timeout=1.0)
            except queue.Empty:
                if parent is not None and not parent.is_alive():
                    return
                if time.monotonic() - idle_since > KEEP_IDLE_S:
                    return
                continue
            if roots is None:
                return
            try:
                message = None
                if store is None or opened != _file_identity(index):
                    if store is not None:
                        store.close()
                    store = None
                    store, message = open_index(index)
                    opened = _file_identity(index)
                report = _run_pass(_ChildControl(events, stop), roots, store, message)
            except BaseException as exc:  # noqa: BLE001 - the parent raises it again
                events.put(("failed", _sendable(exc), traceback.format_exc()))
                return  # the parent starts a fresh child for the next pass
            events.put(("done", report, ""))
            idle_since = time.monotonic()
    finally:
        if store is not None:
            store.close()


def _file_identity(path: Path) -> tuple[int, int] | None:
    """The index file's device and inode: another file there (rebuilt, moved aside,
    restored) is opened again."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


class _Server:
    """The child process that runs one index's passes, and its queues."""

    def __init__(self, index: Path) -> None:
        context = multiprocessing.get_context()
        self.index = index
        self.requests = context.Queue()
        self.events = context.Queue()
        self.stop = context.Event()
        self.process = context.Process(
            target=_serve,
            args=(index, self.requests, self.events, self.stop),
            name="entity-explorer-index",
        )
        self.process.start()

    def alive(self) -> bool:
        return self.process.is_alive()

    def close(self, *, wait: bool = True) -> None:
        """Ask the child to end (it finishes a pass first), or end it at once."""
        self.stop.set()
        if self.process.is_alive() and wait:
            self.requests.put(None)
            self.process.join(timeout=STOP_WAIT_S)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(timeout=5.0)
        self.requests.close()
        self.events.close()


_server: _Server | None = None
_server_lock = threading.Lock()  # one pass at a time goes to the child


def _server_for(index: Path) -> _Server:
    """The child for `index`: the last one if it is still there, else a new one."""
    global _server  # noqa: PLW0603 - one child per app process, kept between passes
    if _server is not None and (_server.index != index or not _server.alive()):
        _server.close()
        _server = None
    if _server is None:
        _server = _Server(index)
        # after multiprocessing's own exit hook, which would wait for the child: hooks
        # run last-registered first
        atexit.unregister(_end_server)
        atexit.register(_end_server)
    return _server


def _end_server(*, wait: bool = True) -> None:
    """End the child: at exit (multiprocessing would otherwise wait for it), and after a
    failure or a child that did not answer, at once, so that the next pass starts afresh."""
    global _server  # noqa: PLW0603
    if _server is not None:
        _server.close(wait=wait)
        _server = None


def _run_in_child(control: TaskControl, roots: Sequence[Path], index: Path) -> object:
    """Run the pass in the index's child process (started with the process's start method:
    "forkserver" in the app) and relay its progress to `control` until it answers."""
    with _server_lock:
        try:
            try:
                return _ask(_server_for(index), control, roots)
            except _IdleExit:
                # it ended for being idle as the request came: once more, in a new one
                _end_server(wait=False)
                return _ask(_server_for(index), control, roots)
        except BaseException:
            _end_server(wait=False)
            raise


def _ask(server: _Server, control: TaskControl, roots: Sequence[Path]) -> object:
    """One pass of `server`'s child, relayed to `control`."""
    server.stop.clear()
    server.requests.put(list(roots))
    return _relay(control, server)


class _IdleExit(RuntimeError):
    """The child ended cleanly (its idle time ran out) before it answered this pass."""


def _relay(control: TaskControl, server: _Server) -> object:
    """The pass's progress to `control`, and its answer; a cancel asked of `control` is
    passed on to the child."""
    stopping_since: float | None = None
    relayed = False  # anything heard from the child for this pass
    while True:
        if stopping_since is None and control.should_stop():
            server.stop.set()
            stopping_since = time.monotonic()
        try:
            kind, value, extra = server.events.get(timeout=POLL_S)
        except queue.Empty:
            if server.alive():
                if stopping_since is not None and time.monotonic() - stopping_since > STOP_WAIT_S:
                    raise RuntimeError("the indexing process did not stop") from None
                continue
            try:  # it may have answered just before it ended
                kind, value, extra = server.events.get(timeout=1.0)
            except queue.Empty:
                code = server.process.exitcode
                ended = _IdleExit if code == 0 and not relayed else RuntimeError
                raise ended(
                    f"the indexing process ended without an answer (exit code {code})"
                ) from None
        relayed = True
        if kind == "progress":
            control.report(value, force=bool(extra))
        elif kind == "done":
            return value
        else:
            raise value
