"""The network's source: the shared state and the panel's own options turned into a
laid-out NetworkData, through the task runner.

The query and the layout both run in the worker (`load_network`); the positions of
the last picture go with each request, so the next one starts from them. While the
panel is hidden (a tab behind another) nothing is computed; the request waits
until it is shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from explorer.app.control import TaskControl
from explorer.app.state import ExplorerState
from explorer.app.views import reader
from explorer.charts.data import ChartFocus
from explorer.index.focus import Focus
from explorer.index.network import network
from explorer.network.build import NetworkOptions, build_network
from explorer.network.data import EMPTY_NETWORK, NetworkData
from explorer.ui.sources import FOCUS_FIELDS, chart_focus
from explorer.ui.tasks import TaskRunner
from explorer.wording import corpus_label


def load_network(
    control: TaskControl,
    index: Path | None,
    kinds: Sequence[str] | None,
    focus: Focus,
    options: NetworkOptions,
    previous: Mapping[tuple[str, str], tuple[float, float]],
    labels: tuple[str, ChartFocus, str],
) -> NetworkData | None:
    """In the worker: the nodes and edges from the index, then the layout, started from
    `previous` positions by entity name and kind (ids change when a correction rebuilds
    the entity tables; names stay). `labels` is (kind filter, the focus as the title names
    it, corpus label)."""
    store = reader(index)
    if store is None:
        return None
    with closing(store):
        nodes, edges = network(
            store.conn, kinds=kinds, focus=focus, top=options.top, window=options.window
        )
    if control.should_stop():
        return None
    kind, named_focus, corpus = labels
    start = {n.id: previous[n.name, n.kind] for n in nodes if (n.name, n.kind) in previous}
    return build_network(
        nodes, edges, options, previous=start, kind=kind, focus=named_focus, corpus=corpus
    )


class NetworkSource(QObject):
    """Emits networkChanged(NetworkData) after each change of what the network shows."""

    networkChanged = Signal(object)
    busyChanged = Signal(bool)  # a layout is being computed
    failed = Signal(str)

    def __init__(
        self, state: ExplorerState, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state, self._runner = state, runner
        self.options = NetworkOptions()
        self.data = EMPTY_NETWORK
        self._drawn_from: Path | None = None  # the index whose ids self.data's positions use
        self._active = False
        self._stale = True
        state.on((*FOCUS_FIELDS, "kind", "window"), self.reload)

    def set_options(self, **changes: object) -> None:
        options = replace(self.options, **changes)  # type: ignore[arg-type]
        if options != self.options:
            self.options = options
            self.reload()

    def set_active(self, active: bool) -> None:
        """Shown or hidden: a hidden network is brought up to date when it is shown."""
        self._active = active
        if active and self._stale:
            self.reload()

    def relayout(self) -> None:
        """Lay the network out afresh, forgetting where its nodes were."""
        self.data = replace(self.data, positions={})
        self.reload()

    def reload(self) -> None:
        state = self._state
        self._stale = True
        if not self._active:
            return
        self._stale = False
        if state.index is None:
            self._loaded(None)
            return
        kinds = None if state.kind == "all" else [state.kind]
        options = replace(self.options, window=state.window)
        labels = (state.kind, chart_focus(state), corpus_label(state.corpus))
        previous = self._positions_by_name() if self._drawn_from == state.index else {}
        self.busyChanged.emit(True)
        self._runner.start(
            "network",
            load_network,
            state.index,
            kinds,
            state.focus_query(),
            options,
            previous,
            labels,
            on_done=lambda data, index=state.index: self._loaded(data, index),
            on_error=self._failed,
        )

    def _positions_by_name(self) -> dict[tuple[str, str], tuple[float, float]]:
        data = self.data
        return {
            (node.name, node.kind): data.positions[node.id]
            for node in data.nodes
            if node.id in data.positions
        }

    def _loaded(self, data: NetworkData | None, index: Path | None = None) -> None:
        self.data, self._drawn_from = data or EMPTY_NETWORK, index
        self.busyChanged.emit(False)
        self.networkChanged.emit(self.data)

    def _failed(self, exc: Exception) -> None:
        self.busyChanged.emit(False)
        self.failed.emit(f"The network could not be drawn: {exc}")
