"""One indexer per corpus at a time, across processes (two windows, the app and the CLI).

SQLite already serialises writes; this advisory lock only keeps a second indexer
from redoing the same files. Readers never take it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import TracebackType

try:
    import fcntl
except ImportError:  # Windows: SQLite's own locking still keeps the index consistent
    # None stands for the missing module: the checks below read it so.
    fcntl = None  # type: ignore[assignment]


class IndexBusy(RuntimeError):
    """Another process is indexing this corpus."""


class IndexLock:
    def __init__(self, index_path: Path) -> None:
        self.path = Path(f"{index_path}.lock")
        self._fd: int | None = None

    def acquire(self, wait: float = 0.0) -> bool:
        """Take the lock, waiting up to `wait` seconds; False if another process holds it."""
        if fcntl is None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._fd = fd
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                time.sleep(0.1)

    def release(self) -> None:
        if self._fd is not None and fcntl is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> IndexLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
