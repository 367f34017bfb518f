"""How long an indexing pass has left, from the pace measured since its first document.

The first document comes out only once the pipeline has loaded (and worker processes
have started): dividing the time to it by one document estimated "about 23 min" for
a pass of 28 s. So the pace is measured from the first document on, and nothing is
said until a few batches and seconds have been measured. Documents come out a batch
at a time, the first of a batch reported at once and the rest 50 ms later, so the
pace is measured from the start of one batch to the start of another (a report
after a pause), never from inside one. Qt-free, so it is tested on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

# A report this long after the one before starts a new batch.
PAUSE_S = 0.25
# What must be measured before the first estimate: seconds, and batches.
MIN_SECONDS = 3.0
MIN_BATCHES = 3


@dataclass(slots=True)
class Pace:
    """Fed the (elapsed seconds, files done) of each progress report of one pass."""

    start: tuple[float, int] | None = None  # the first report with a file done
    mark: tuple[float, int] | None = None  # the latest report that started a batch
    last: tuple[float, int] = (0.0, 0)
    batches: int = 0  # batches started since `start`

    def add(self, elapsed: float, done: int) -> None:
        if done <= 0:
            return
        if self.start is None:
            self.start = self.mark = (elapsed, done)
        elif elapsed - self.last[0] >= PAUSE_S or elapsed - self.mark[0] >= MIN_SECONDS:
            # (the second: files coming out one by one, with no pause to tell batches by)
            self.mark = (elapsed, done)
            self.batches += 1
        self.last = (elapsed, done)

    def seconds_left(self, total: int) -> float | None:
        """Seconds until `total` files are done at the pace measured; None while estimating."""
        if self.start is None or self.mark is None or self.batches < MIN_BATCHES:
            return None
        seconds = self.mark[0] - self.start[0]
        done = self.mark[1] - self.start[1]
        if seconds < MIN_SECONDS or done <= 0:
            return None
        return max(total - self.last[1], 0) * seconds / done
