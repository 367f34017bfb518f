"""UI tests: real widgets on the real seeds index, offscreen, with no thread left behind."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import creates the application

import weakref  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QThread  # noqa: E402
from ui_helpers import open_window  # noqa: E402


@pytest.fixture(autouse=True)
def _dangling_qthreads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QThread running (napari's `_dangling_qthreads`)."""
    started: weakref.WeakSet[QThread] = weakref.WeakSet()
    original = QThread.start

    def start(self: QThread, *args: object) -> None:
        started.add(self)
        original(self, *args)

    monkeypatch.setattr(QThread, "start", start)
    yield
    running = []
    for thread in list(started):
        try:
            if thread.isRunning():
                running.append(thread)
        except RuntimeError:  # already deleted by Qt: it has ended
            continue
    for thread in running:
        thread.wait(10_000)
    assert not running, f"{len(running)} QThread(s) still running after the test"


@pytest.fixture()
def window(qtbot, seeds_copy: Path, seeds_index: Path):
    """The main window on the seeds (a private copy of the index), loaded and idle."""
    yield from open_window(qtbot, seeds_copy, seeds_index)
