"""The task runner, on its own (the shared state's tests are in tests/app)."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer

from explorer.app.control import TaskControl
from explorer.ui.tasks import RunnerControl, TaskRunner


def _echo(control, value, delay=0.0):
    end = time.monotonic() + delay
    while time.monotonic() < end and not control.should_stop():
        time.sleep(0.005)
    return value


def _fail(control):
    raise ValueError("boom")


def _progress(control, steps):
    for step in range(steps):
        control.report(step, force=True)
    return steps


def test_results_come_back_and_a_new_task_replaces_the_old(qtbot) -> None:
    runner = TaskRunner()
    got: list[object] = []
    runner.start("q", _echo, "old", 2.0, on_done=got.append)
    runner.start("q", _echo, "new", on_done=got.append)
    qtbot.waitUntil(lambda: not runner.busy())
    runner.shutdown()
    assert got == ["new"]


def test_serial_tasks_queue_in_order(qtbot) -> None:
    runner = TaskRunner()
    got: list[object] = []
    for value in range(3):
        runner.start("write", _echo, value, 0.02, on_done=got.append, serial=True)
    qtbot.waitUntil(lambda: len(got) == 3)
    runner.shutdown()
    assert got == [0, 1, 2]


def test_a_burst_of_results_is_handed_over_across_turns_of_the_event_loop(qtbot) -> None:
    """Handlers of results that arrive together take turns with everything else the
    event loop has to do (a 1 ms timer here) once they have used DELIVERY_BUDGET_S."""
    runner = TaskRunner()
    ticks = [0]
    timer = QTimer(interval=1)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    delivered: list[tuple[str, int]] = []

    def slow_handler(value: str) -> None:
        delivered.append((value, ticks[0]))
        time.sleep(0.03)

    for kind in "abcdef":
        runner.start(kind, _echo, kind, on_done=slow_handler)
    runner.wait()  # every result has arrived before the loop runs again
    timer.start()
    qtbot.waitUntil(lambda: len(delivered) == 6)
    runner.shutdown()
    assert sorted(value for value, _ in delivered) == list("abcdef")
    turns = {tick for _, tick in delivered}
    assert len(turns) >= 3  # two handlers (60 ms > 50 ms) per turn at most


def test_errors_and_progress_reach_the_main_thread(qtbot) -> None:
    runner = TaskRunner()
    main = threading.current_thread()
    seen: list[tuple[object, bool]] = []
    runner.start(
        "p",
        _progress,
        3,
        on_progress=lambda v: seen.append((v, threading.current_thread() is main)),
    )
    with qtbot.waitSignal(runner.error) as error:
        runner.start("f", _fail)
    qtbot.waitUntil(lambda: not runner.busy())
    runner.shutdown()
    assert "boom" in error.args[0]
    assert [v for v, _ in seen] == [0, 1, 2] and all(on_main for _, on_main in seen)


def test_shutdown_cancels_and_waits(qtbot) -> None:
    runner = TaskRunner()
    got: list[object] = []
    runner.start("slow", _echo, "x", 30.0, on_done=got.append)
    started = time.monotonic()
    runner.shutdown()
    assert time.monotonic() - started < 5 and got == []


def test_the_runner_s_control_is_what_jobs_take() -> None:
    assert isinstance(RunnerControl(lambda _value: None), TaskControl)
