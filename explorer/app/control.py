"""What a job run off the UI thread may ask of whoever runs it: whether to stop, and
where to send progress. The window's task runner (`explorer/ui/tasks.py`) implements it;
a test or a benchmark may pass anything with these two methods."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class TaskControl(Protocol):
    """Given to a job as its first argument."""

    def should_stop(self) -> bool:
        """The result is no longer wanted: stop at the next convenient point."""
        ...

    def report(self, progress: object, *, force: bool = False) -> None:
        """Send progress to whoever waits; the runner may thin out reports unless `force`."""
        ...
