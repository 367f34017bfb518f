"""The user's corrections with Undo/Redo, applied off the UI thread.

Each correction goes through explorer.index.corrections (so it survives
re-indexing), one at a time (the runner's serial queue); afterwards the state's
entity references are found again by name and every panel reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from explorer.app import edits
from explorer.app.state import EntityRef, ExplorerState
from explorer.charts.kinds import kind_name
from explorer.resolve.model import Correction
from explorer.ui.tasks import TaskRunner


def describe(correction: Correction) -> str:
    """The correction as the Undo/Redo menu names it."""
    op, args = correction.op, correction.args
    if op == "merge":
        return f"Merge “{args[0]}” into “{args[1]}”"
    if op == "rename":
        return f"Rename “{args[0]}” to “{args[1]}”"
    if op == "kind":
        return f"Make “{args[0]}” a {kind_name(args[1]).lower()}"
    if op == "hide":
        return f"Hide “{args[0]}”"
    if op == "unhide":
        return f"Show “{args[0]}”"
    if op == "split":
        return f"Split “{args[1]}” from “{args[0]}”"
    return f"{op} {' '.join(args)}"


@dataclass(frozen=True, slots=True)
class _Done:
    correction: Correction
    id: int


class CorrectionHistory(QObject):
    """Apply, undo and redo corrections; `changed` when what Undo/Redo would do changes."""

    changed = Signal()
    applied = Signal(str)  # what was done, for the status bar
    failed = Signal(str)

    def __init__(
        self, state: ExplorerState, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state, self._runner = state, runner
        self._undo: list[_Done] = []
        self._redo: list[Correction] = []
        self._pending = 0
        state.on("index", self._forget)

    def _forget(self) -> None:
        """Another corpus: its own corrections stay in its index, the history starts afresh."""
        self._undo.clear()
        self._redo.clear()
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._undo) and not self._pending and self._state.index is not None

    def can_redo(self) -> bool:
        return bool(self._redo) and not self._pending and self._state.index is not None

    def undo_text(self) -> str:
        return describe(self._undo[-1].correction) if self._undo else ""

    def redo_text(self) -> str:
        return describe(self._redo[-1]) if self._redo else ""

    def busy(self) -> bool:
        return self._pending > 0

    def offer(self, ref: EntityRef, on_done: Callable[[edits.CorrectionChoices], None]) -> None:
        """Look up, off the UI thread, what the corrections of `ref` can offer (its other
        spellings, the names to merge it into); `on_done` gets them. A newer look-up
        replaces one still running (one entity menu is open at a time)."""
        self._runner.start(
            "correction choices",
            edits.correction_choices,
            self._state.index,
            ref,
            on_done=on_done,
        )

    def apply(self, correction: Correction) -> None:
        """A new correction from the user: clears Redo."""
        self._redo.clear()
        self._start_apply(correction, "Done")

    def redo(self) -> None:
        if self.can_redo():
            self._start_apply(self._redo.pop(), "Redone")

    def undo(self) -> None:
        if not self.can_undo():
            return
        done = self._undo.pop()
        self._pending += 1
        self.changed.emit()
        self._runner.start(
            "correction",
            edits.undo_correction,
            self._state.index,
            done.id,
            self._state.refs(),
            on_done=lambda mapping: self._undone(done.correction, mapping),
            on_error=self._failed,
            serial=True,
        )

    def _start_apply(self, correction: Correction, verb: str) -> None:
        index = self._state.index
        if index is None:
            return
        self._pending += 1
        self.changed.emit()
        self._runner.start(
            "correction",
            edits.apply_correction,
            index,
            correction,
            self._state.refs(),
            on_done=lambda result: self._applied(correction, result, verb),
            on_error=self._failed,
            serial=True,
        )

    def _applied(
        self,
        correction: Correction,
        result: tuple[int, dict[EntityRef, EntityRef | None]],
        verb: str,
    ) -> None:
        correction_id, mapping = result
        self._pending -= 1
        self._undo.append(_Done(correction, correction_id))
        self._state.data_changed(mapping)
        self.changed.emit()
        self.applied.emit(f"{verb}: {describe(correction)}.")

    def _undone(self, correction: Correction, mapping: dict[EntityRef, EntityRef | None]) -> None:
        self._pending -= 1
        self._redo.append(correction)
        self._state.data_changed(mapping)
        self.changed.emit()
        self.applied.emit(f"Undone: {describe(correction)}.")

    def _failed(self, exc: Exception) -> None:
        self._pending -= 1
        self.changed.emit()
        self.failed.emit(f"The correction could not be applied: {exc}")
