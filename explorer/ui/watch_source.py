"""The corpus's watch-list through the task runner: checked when the corpus opens and
again whenever its index changes; opened, and marked seen, on the user's word.

The module-level functions are the work done off the UI thread (they read the list
file, the index and the small file that remembers the list); WatchSource only starts
them and hands their answer to the model.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from explorer.app.control import TaskControl
from explorer.app.state import EntityRef, ExplorerState
from explorer.app.views import reader
from explorer.ui.tasks import TaskRunner
from explorer.ui.watch_model import WatchItem, WatchTableModel
from explorer.watch import memory
from explorer.watch.match import WatchRow
from explorer.watch.watching import WatchResult, check_corpus, mark_seen, open_list


def check_watch(
    control: TaskControl, corpus: tuple[Path, ...], index: Path | None
) -> WatchResult | None:
    store = reader(index)
    if store is None:
        return None
    with closing(store):
        return check_corpus(corpus, store.conn)


def open_and_check(
    control: TaskControl, corpus: tuple[Path, ...], index: Path | None, path: Path
) -> WatchResult | None:
    open_list(corpus, path)
    return check_watch(control, corpus, index)


def close_list(control: TaskControl, corpus: tuple[Path, ...]) -> None:
    memory.forget(corpus)


def save_seen(control: TaskControl, corpus: tuple[Path, ...], rows: list[WatchRow]) -> None:
    mark_seen(corpus, rows)


class WatchSource(QObject):
    """Keeps the model showing the corpus's watch-list as the index has it now."""

    changed = Signal(object)  # WatchResult | None
    failed = Signal(str)

    def __init__(self, state: ExplorerState, runner: TaskRunner, model: WatchTableModel) -> None:
        super().__init__(model)
        self._state, self._runner, self.model = state, runner, model
        self.result: WatchResult | None = None
        state.on(("corpus", "index", "revision"), self.reload)

    def reload(self) -> None:
        state = self._state
        if not state.corpus:
            self._show(None)
            return
        self._runner.start(
            "watch",
            check_watch,
            state.corpus,
            state.index,
            on_done=self._show,
            on_error=self._failed,
        )

    def open(self, path: Path) -> None:
        state = self._state
        if state.corpus:
            self._runner.start(
                "watch",
                open_and_check,
                state.corpus,
                state.index,
                path,
                on_done=self._show,
                on_error=self._failed,
            )

    def close(self) -> None:
        """Forget the corpus's watch-list (the file itself stays where it is)."""
        if self._state.corpus:
            self._runner.cancel("watch")
            self._runner.start("watch seen", close_list, self._state.corpus, serial=True)
            self._state.update(focus_any=())
            self._show(None)

    def mark_seen(self, items: list[WatchItem]) -> None:
        """These rows are seen as they are: unmark them now, remember it off the UI thread."""
        new = [item for item in items if item.new]
        if not new or not self._state.corpus:
            return
        self._runner.start(
            "watch seen", save_seen, self._state.corpus, [item.row for item in new], serial=True
        )
        seen = {id(item.row) for item in new}
        self._set_rows(
            [
                WatchItem(item.row, 0 if id(item.row) in seen else item.new)
                for item in self.model.rows()
            ]
        )

    def found_refs(self) -> tuple[EntityRef, ...]:
        """Every entity the list found, once each."""
        refs = (
            EntityRef(item.row.entity.id, item.row.entity.name, item.row.entity.kind)
            for item in self.model.rows()
            if item.row.entity is not None
        )
        return tuple(dict.fromkeys(refs))

    def _show(self, result: WatchResult | None) -> None:
        self.result = result
        rows = (
            []
            if result is None
            else [
                WatchItem(row, result.new.get(number, 0)) for number, row in enumerate(result.rows)
            ]
        )
        self._set_rows(rows)
        self.changed.emit(result)

    def _set_rows(self, rows: list[WatchItem]) -> None:
        if self._state.index is None:
            empty = "Open a folder of documents first; then a watch-list to check against it."
        elif self.result is None:
            empty = (
                "No watch-list for this corpus yet. Open one: a text file with one name "
                "a line (more spellings after |, a kind after ;), or a CSV."
            )
        else:
            empty = "The watch-list has no name to look for."
        self.model.set_rows(rows, empty)

    def _failed(self, exc: Exception) -> None:
        self.failed.emit(f"The watch-list cannot be used: {exc}")
