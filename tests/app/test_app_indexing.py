"""A pass in a process of its own (as the desktop app runs it): the same report and
progress as in a thread, cancellation across the process boundary, failures raised here."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from explorer.app import indexing
from explorer.app.indexing import run_index
from explorer.index.indexer import IndexReport, Progress
from explorer.paths import index_path


class _Recorder:
    """A TaskControl that keeps every report and stops when told to."""

    def __init__(self, stop_after: float | None = None) -> None:
        self.reports: list[object] = []
        self._stop_at = None if stop_after is None else time.monotonic() + stop_after

    def should_stop(self) -> bool:
        return self._stop_at is not None and time.monotonic() >= self._stop_at

    def report(self, progress: object, *, force: bool = False) -> None:
        self.reports.append(progress)


@pytest.fixture
def corpus(seeds_copy: Path, tmp_path: Path) -> Path:
    """A copy of the seeds of this test's own (its index is the test's too)."""
    copy = tmp_path / "seeds"
    shutil.copytree(seeds_copy, copy)
    return copy


def test_a_pass_in_its_own_process_reports_as_one_in_a_thread(corpus: Path) -> None:
    index = index_path([corpus])
    control = _Recorder()
    report = run_index(control, [corpus], index, own_process=True)
    assert isinstance(report, IndexReport)
    assert report.indexed_files == len(list(corpus.glob("*"))) and not report.cancelled
    phases = [p.phase for p in control.reports if isinstance(p, Progress)]
    assert "indexing" in phases
    again = run_index(_Recorder(), [corpus], index, own_process=False)
    assert again.indexed_files == 0 and again.unchanged_files == report.indexed_files  # type: ignore[attr-defined]


def test_a_pass_in_its_own_process_stops_when_asked(corpus: Path) -> None:
    report = run_index(_Recorder(stop_after=0.0), [corpus], index_path([corpus]), own_process=True)
    assert report.cancelled  # type: ignore[attr-defined]


def test_a_failing_pass_in_its_own_process_raises_here(tmp_path: Path) -> None:
    not_an_index = tmp_path / "index.db"
    not_an_index.mkdir()  # a folder where the database should be
    with pytest.raises(Exception):  # noqa: B017, PT011 - whatever the store raises, here
        run_index(_Recorder(), [tmp_path], not_an_index, own_process=True)


def test_the_next_pass_on_the_same_index_runs_in_the_same_process(corpus: Path) -> None:
    index = index_path([corpus])
    first = run_index(_Recorder(), [corpus], index, own_process=True)
    assert indexing._server is not None
    child = indexing._server.process.pid
    edited = sorted(corpus.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMr Blair visited Paris.\n")
    again = run_index(_Recorder(), [corpus], index, own_process=True)
    assert again.indexed_files == 1  # type: ignore[attr-defined]
    assert again.unchanged_files == first.indexed_files - 1  # type: ignore[attr-defined]
    assert indexing._server is not None and indexing._server.process.pid == child
    # an index file replaced between passes (deleted here) is opened again, not reused
    index.unlink()
    rebuilt = run_index(_Recorder(), [corpus], index, own_process=True)
    assert rebuilt.indexed_files == first.indexed_files  # type: ignore[attr-defined]


def test_after_a_failing_pass_the_next_one_starts_a_new_process(
    corpus: Path, tmp_path: Path
) -> None:
    not_an_index = tmp_path / "index.db"
    not_an_index.mkdir()
    with pytest.raises(Exception):  # noqa: B017, PT011 - whatever the store raises, here
        run_index(_Recorder(), [tmp_path], not_an_index, own_process=True)
    assert indexing._server is None
    report = run_index(_Recorder(), [corpus], index_path([corpus]), own_process=True)
    assert report.indexed_files == len(list(corpus.glob("*")))  # type: ignore[attr-defined]


def test_an_idle_indexing_process_ends_and_the_next_pass_starts_another(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexing, "KEEP_IDLE_S", 0.5)  # the child is forked with it
    index = index_path([corpus])
    run_index(_Recorder(), [corpus], index, own_process=True)
    assert indexing._server is not None
    idle = indexing._server.process
    idle.join(timeout=10)
    assert not idle.is_alive()
    again = run_index(_Recorder(), [corpus], index, own_process=True)
    assert again.indexed_files == 0  # type: ignore[attr-defined]
    assert indexing._server is not None and indexing._server.process is not idle


def test_a_child_that_ended_idle_before_answering_is_told_from_one_that_failed(
    corpus: Path,
) -> None:
    index = index_path([corpus])
    server = indexing._Server(index)
    server.requests.put(None)  # it ends cleanly, as when its idle time runs out
    server.process.join(timeout=10)
    with pytest.raises(indexing._IdleExit):
        indexing._relay(_Recorder(), server)
    server.close()
