"""A terminal progress bar for indexing: files done, words per second, ETA."""

from __future__ import annotations

import sys
from typing import Any

from explorer.index.indexer import Progress


class ProgressBar:
    """Callable passed as `on_progress`; shows a bar only on a terminal, and only
    after `delay` seconds so quick incremental updates stay quiet."""

    def __init__(self, *, delay: float = 0.0, stream: Any = None) -> None:
        self._stream = stream or sys.stderr
        self._delay = delay
        self._bar: Any = None
        self.messages: list[str] = []

    def __call__(self, progress: Progress) -> None:
        if progress.message:
            print(progress.message, file=self._stream)
        if progress.phase != "indexing" or not self._stream.isatty():
            if progress.phase in ("resolving", "done"):
                self.close()
            return
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(
                total=progress.total,
                unit="file",
                file=self._stream,
                delay=self._delay,
                dynamic_ncols=True,
                desc="Indexing",
            )
        self._bar.n = progress.done
        self._bar.set_postfix_str(f"{progress.words_per_second:,.0f} words/s", refresh=False)
        self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
