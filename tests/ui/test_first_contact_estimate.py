"""The time left of an indexing pass: plain functions, no window."""

from __future__ import annotations

from explorer.ui.estimate import MIN_SECONDS, Pace


def _batches(start: float, every: float, size: int, total: int) -> list[tuple[float, int]]:
    """Reports as the indexer sends them: a batch's files come out together, each
    report at most every 50 ms, the first batch after the pipeline has loaded."""
    reports, done, at = [], 0, start
    while done < total:
        batch = min(size, total - done)
        reports += [(at, done + 1), (at + 0.05, done + batch)]
        done += batch
        at += every
    return reports


def test_estimating_until_a_few_batches_then_the_measured_pace() -> None:
    """600 files in 32-file batches every 1.4 s after 2.3 s of loading: about 26 s in all
    (the pass of issue 13 was first estimated at 23 min)."""
    pace = Pace()
    reports = _batches(2.3, 1.4, 32, 600)
    said = []
    for elapsed, done in reports:
        pace.add(elapsed, done)
        said.append((elapsed, pace.seconds_left(600)))
    first_estimate = next(i for i, (_, left) in enumerate(said) if left is not None)
    assert said[first_estimate][0] >= 2.3 + MIN_SECONDS
    assert all(left is None for _, left in said[:first_estimate])
    end = reports[-1][0]
    for elapsed, left in said[first_estimate:-1]:
        assert left is not None and abs(left - (end - elapsed)) <= 1.4  # within a batch
    assert said[-1][1] == 0


def test_nothing_is_said_before_the_first_file_or_without_progress() -> None:
    pace = Pace()
    assert pace.seconds_left(10) is None
    for second in range(10):
        pace.add(float(second), 0)  # the pipeline still loading
    assert pace.seconds_left(10) is None
    pace.add(10.0, 1)
    pace.add(20.0, 1)  # one slow file: no step forward since the first
    assert pace.seconds_left(10) is None


def test_steady_files_one_a_second() -> None:
    pace = Pace()
    for second in range(1, 9):
        pace.add(float(second), second)
    assert pace.seconds_left(100) == 92.0
