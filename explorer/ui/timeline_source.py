"""The timeline's source: the selected entity and the pinned ones, counted per day
inside the focus off the UI thread, binned and searched for bursts there too.

The lines are the selected entity's (first) and each pinned one's, in the order they
were pinned; a line keeps its colour while the others come and go (`colors`).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from explorer.app.control import TaskControl
from explorer.app.state import EntityRef, ExplorerState
from explorer.app.views import reader
from explorer.charts.timeline import line_color
from explorer.index.focus import Focus
from explorer.index.timeline import entity_days, undated_documents
from explorer.timeline.bins import Unit
from explorer.timeline.build import EMPTY_TIMELINE, Timeline, build_timeline
from explorer.ui.sources import FOCUS_FIELDS
from explorer.ui.tasks import TaskRunner

MAX_PINNED = 5


def load_timeline(
    control: TaskControl,
    index: Path | None,
    entities: Sequence[tuple[int, str]],
    focus: Focus,
    unit: Unit | None,
) -> Timeline:
    """In the worker: each (id, name)'s mentions per day, then the bins and bursts."""
    store = reader(index)
    if store is None:
        return EMPTY_TIMELINE
    with closing(store):
        named = [(name, entity_days(store.conn, entity_id, focus)) for entity_id, name in entities]
        undated = undated_documents(store.conn, focus)
    return build_timeline(named, undated, unit)


class TimelineSource(QObject):
    """Emits timelineChanged(Timeline, colors) after each change of what it shows."""

    timelineChanged = Signal(object, object)
    failed = Signal(str)

    def __init__(
        self, state: ExplorerState, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state, self._runner = state, runner
        self.unit: Unit | None = None  # None: chosen from the span
        self.refs: tuple[EntityRef, ...] = ()  # the lines of the timeline shown
        self._active = False
        self._stale = True
        state.on((*FOCUS_FIELDS, "entity", "pinned"), self.reload)

    def set_active(self, active: bool) -> None:
        """Shown or hidden: a hidden timeline is brought up to date when it is shown."""
        self._active = active
        if active and self._stale:
            self.reload()

    def set_unit(self, unit: Unit | None) -> None:
        if unit != self.unit:
            self.unit = unit
            self.reload()

    def pin(self, ref: EntityRef) -> None:
        pinned = self._state.pinned
        if len(pinned) < MAX_PINNED and ref not in pinned:
            self._state.update(pinned=(*pinned, ref))

    def unpin(self, ref: EntityRef) -> None:
        self._state.update(pinned=tuple(item for item in self._state.pinned if item != ref))

    def lines(self) -> tuple[tuple[EntityRef, str], ...]:
        """Each line's entity and colour: the selected entity's the first colour, a
        pinned one's that of its place among the pins."""
        state = self._state
        lines = [(ref, line_color(i + 1)) for i, ref in enumerate(state.pinned)]
        if state.entity is not None and state.entity not in state.pinned:
            lines.insert(0, (state.entity, line_color(0)))
        return tuple(lines)

    def reload(self) -> None:
        self._stale = True
        if not self._active:
            return
        self._stale = False
        state = self._state
        lines = self.lines()
        if state.index is None or not lines:
            self._runner.cancel("timeline")
            self._loaded(EMPTY_TIMELINE, ())
            return
        self._runner.start(
            "timeline",
            load_timeline,
            state.index,
            [(ref.id, ref.name) for ref, _ in lines],
            state.focus_query(),
            self.unit,
            on_done=lambda timeline, lines=lines: self._loaded(timeline, lines),
            on_error=lambda exc: self.failed.emit(f"The timeline could not be drawn: {exc}"),
        )

    def _loaded(self, timeline: Timeline, lines: tuple[tuple[EntityRef, str], ...]) -> None:
        self.refs = tuple(ref for ref, _ in lines)
        self.timelineChanged.emit(timeline, tuple(color for _, color in lines))
