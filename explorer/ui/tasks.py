"""One runner for all long work: module-level functions in worker threads, results by signal.

`start(kind, fn, *args)` runs `fn(control, *args)` in a QThread. `control` is a
RunnerControl (the `explorer.app.control.TaskControl` jobs take): the function reports
progress and checks `should_stop()` through it, and never touches a widget. Results,
progress and errors come back to the main thread as queued signals. A new task of a kind
cancels the one running (its result is dropped); kinds started with `serial=True`
(writes) queue instead. Results of tasks started together (the panels' queries after
one change of the state) are handed over together, so the window lays out and paints
once for them rather than once per result. `shutdown()` cancels everything and waits,
from the window's closeEvent.
"""

from __future__ import annotations

import itertools
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

PROGRESS_INTERVAL_S = 0.05
SHUTDOWN_WAIT_MS = 15_000
# Results that arrive together are handed over together until this much time went
# on them; the rest wait for the next turn of the event loop, so a burst (every
# panel refreshing when an index is done) never holds input and painting back long.
DELIVERY_BUDGET_S = 0.05
# A result waits (at most GATHER_S after it arrived) for the tasks started within
# SIBLING_S of its own, so that one change's answers reach the panels in one turn:
# each turn that hands results over costs a layout and a paint of every panel touched.
GATHER_S = 0.04
SIBLING_S = 0.01


class RunnerControl:
    """Given to a task function: progress reports (throttled) and cancellation. It is the
    `explorer.app.control.TaskControl` the jobs take, and the runner's handle to cancel."""

    def __init__(self, report: Callable[[Any], None]) -> None:
        self._report = report
        self._cancelled = threading.Event()
        self._last = 0.0

    def cancel(self) -> None:
        self._cancelled.set()

    def should_stop(self) -> bool:
        return self._cancelled.is_set()

    def report(self, progress: Any, *, force: bool = False) -> None:
        """Send progress to the main thread; at most every PROGRESS_INTERVAL_S unless forced."""
        now = time.monotonic()
        if force or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self._report(progress)


class _Relay(QObject):
    """Lives in the main thread; workers emit through it, so slots run in the main thread."""

    finished = Signal(int, object)
    failed = Signal(int, object, str)
    progress = Signal(int, object)


class _Thread(QThread):
    def __init__(
        self,
        task_id: int,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        control: RunnerControl,
        relay: _Relay,
    ) -> None:
        super().__init__()
        self._task_id, self._fn, self._args = task_id, fn, args
        self._control, self._relay = control, relay

    def run(self) -> None:
        try:
            result = self._fn(self._control, *self._args)
        except Exception as exc:  # noqa: BLE001 - every failure is reported to the main thread
            self._relay.failed.emit(self._task_id, exc, traceback.format_exc())
        else:
            self._relay.finished.emit(self._task_id, result)


@dataclass(slots=True)
class _Task:
    id: int
    kind: str
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    on_done: Callable[[Any], None] | None
    on_progress: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    control: RunnerControl = field(init=False)
    started: float = field(init=False, default=0.0)


class TaskRunner(QObject):
    """Runs tasks off the UI thread; `error` reports failures nobody else handled."""

    error = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._arrive_result)
        self._relay.failed.connect(self._arrive_failure)
        self._relay.progress.connect(self._on_progress)
        # (task id, result or exception, traceback when it failed, arrival), in arrival order
        self._arrived: deque[tuple[int, Any, str | None, float]] = deque()
        self._deliveries = QTimer(self, singleShot=True, interval=0)
        self._deliveries.timeout.connect(self._deliver)
        self._ids = itertools.count(1)
        self._tasks: dict[int, _Task] = {}  # started and not yet finished
        self._current: dict[str, int] = {}  # kind -> the task whose result is wanted
        self._queued: dict[str, deque[_Task]] = {}
        self._threads: set[_Thread] = set()  # kept alive until each thread has ended
        self._closed = False

    def start(
        self,
        kind: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        serial: bool = False,
    ) -> int:
        """Run `fn(control, *args)` in a worker thread; returns the task's id."""
        task = _Task(next(self._ids), kind, fn, args, on_done, on_progress, on_error)
        if self._closed:
            return task.id
        task.control = RunnerControl(
            lambda value, tid=task.id: self._relay.progress.emit(tid, value)
        )
        if serial and kind in self._current:
            self._queued.setdefault(kind, deque()).append(task)
            return task.id
        if not serial:
            self.cancel(kind)
        self._launch(task)
        return task.id

    def _launch(self, task: _Task) -> None:
        was_busy = self.busy()
        task.started = time.perf_counter()
        self._current[task.kind] = task.id
        self._tasks[task.id] = task
        thread = _Thread(task.id, task.fn, task.args, task.control, self._relay)
        self._threads.add(thread)
        thread.finished.connect(self._forget)
        thread.start()
        if not was_busy:
            self.busyChanged.emit(True)

    @Slot()
    def _forget(self) -> None:
        """A thread has ended (queued to the main thread): now it may be deleted."""
        thread = self.sender()
        if isinstance(thread, _Thread):
            self._threads.discard(thread)
            thread.deleteLater()

    def cancel(self, kind: str) -> None:
        """Ask the running task of `kind` to stop; its result will be ignored."""
        task_id = self._current.pop(kind, None)
        if task_id is not None and task_id in self._tasks:
            self._tasks[task_id].control.cancel()

    def is_running(self, kind: str) -> bool:
        return kind in self._current

    def busy(self) -> bool:
        return bool(self._current)

    def _take(self, task_id: int) -> _Task | None:
        """Forget a finished task; return it only if its result is still wanted."""
        task = self._tasks.pop(task_id, None)
        if task is None or self._current.get(task.kind) != task_id:
            return None
        del self._current[task.kind]
        queued = self._queued.get(task.kind)
        if queued:
            self._launch(queued.popleft())
        return task

    def _after(self) -> None:
        if not self.busy():
            self.busyChanged.emit(False)

    def _arrive_result(self, task_id: int, result: Any) -> None:
        self._arrive(task_id, result, None)

    def _arrive_failure(self, task_id: int, exc: Exception, trace: str) -> None:
        self._arrive(task_id, exc, trace)

    def _arrive(self, task_id: int, value: Any, trace: str | None) -> None:
        self._arrived.append((task_id, value, trace, time.perf_counter()))
        self._deliveries.start(0)  # a result waiting for this one's may go now

    def _gathering(self, now: float) -> float:
        """How long the first arrived result should still wait for its siblings: tasks
        started with it that are still running (0 when none is, or it waited GATHER_S)."""
        task_id, _value, _trace, arrived = self._arrived[0]
        first = self._tasks.get(task_id)
        left = GATHER_S - (now - arrived)
        if first is None or left <= 0:
            return 0.0
        waiting = {item[0] for item in self._arrived}
        for running in self._current.values():
            task = self._tasks.get(running)
            if (
                task is not None
                and running not in waiting
                and abs(task.started - first.started) <= SIBLING_S
            ):
                return left
        return 0.0

    def _deliver(self) -> None:
        """Hand over arrived results in order, within DELIVERY_BUDGET_S per turn, once
        the tasks started with the first of them have answered too (or GATHER_S passed)."""
        started = time.perf_counter()
        if not self._arrived:
            return
        wait = self._gathering(started)
        if wait > 0:
            self._deliveries.start(max(1, round(wait * 1000)))
            return
        while self._arrived:
            task_id, value, trace, _arrived = self._arrived.popleft()
            if trace is None:
                self._on_finished(task_id, value)
            else:
                self._on_failed(task_id, value, trace)
            if self._arrived and time.perf_counter() - started > DELIVERY_BUDGET_S:
                self._deliveries.start(0)
                return

    def _on_finished(self, task_id: int, result: Any) -> None:
        task = self._take(task_id)
        if task is not None and task.on_done is not None and not self._closed:
            task.on_done(result)
        self._after()

    def _on_failed(self, task_id: int, exc: Exception, trace: str) -> None:
        task = self._take(task_id)
        if task is not None and not self._closed:
            if task.on_error is not None:
                task.on_error(exc)
            else:
                self.error.emit(f"{task.kind} failed: {exc}\n{trace}")
        self._after()

    def _on_progress(self, task_id: int, value: Any) -> None:
        task = self._tasks.get(task_id)
        if (
            task is not None
            and task.on_progress is not None
            and not self._closed
            and self._current.get(task.kind) == task_id
        ):
            task.on_progress(value)

    def wait(self, timeout_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """Block until every started thread has ended (tests, shutdown)."""
        deadline = time.monotonic() + timeout_ms / 1000
        for thread in list(self._threads):
            left = max(int((deadline - time.monotonic()) * 1000), 1)
            if not thread.wait(left):
                return False
        return True

    def shutdown(self) -> None:
        """Cancel every task and wait for the threads to end; no callback runs afterwards."""
        self._closed = True
        self._queued.clear()
        self._arrived.clear()
        self._deliveries.stop()
        for task in self._tasks.values():
            task.control.cancel()
        self._current.clear()
        self.wait()
