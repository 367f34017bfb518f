"""From the index's nodes and edges to the NetworkData a panel draws and the command
exports: the edges kept at the minimum strength, the layout, the communities and
the title that says what the picture shows. Runs off the UI thread."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from explorer.charts.data import WHOLE_CORPUS, ChartFocus, focus_phrase
from explorer.charts.kinds import kind_filter_label
from explorer.index.network import NetworkEdge, NetworkNode
from explorer.network.communities import communities
from explorer.network.data import NetworkData, node_size
from explorer.network.graph import strong_edges, to_graph
from explorer.network.layout import layout
from explorer.vocabulary import WINDOW_PHRASES
from explorer.wording import counted

DEFAULT_TOP = 50
# Pixels per layout unit in a panel of common size: node discs are sized in pixels, so
# this is how much room a node needs in a picture about one unit across.
NOMINAL_PX_PER_UNIT = 500.0


@dataclass(frozen=True, slots=True)
class NetworkOptions:
    top: int = DEFAULT_TOP
    window: str = "sentence"
    weight: str = "count"  # what pulls nodes together and widens edges: "count" or "score"
    min_count: int = 1  # windows together for an edge to be drawn
    min_score: float | None = None  # and logDice, when set
    communities: bool = False  # colour by Louvain community instead of by kind


def _strength_phrase(options: NetworkOptions) -> str:
    parts = []
    if options.min_count > 1:
        parts.append(f"together in at least {options.min_count} {options.window}s")
    if options.min_score is not None:
        parts.append(f"scoring at least {options.min_score:g}")
    return "links " + " and ".join(parts) if parts else ""


def build_network(
    nodes: Sequence[NetworkNode],
    edges: Sequence[NetworkEdge],
    options: NetworkOptions,
    *,
    previous: Mapping[int, tuple[float, float]] | None = None,
    kind: str = "all",
    focus: ChartFocus = WHOLE_CORPUS,
    corpus: str = "",
) -> NetworkData:
    """The picture of `nodes` and their `edges` at the options' minimum strength, laid
    out from `previous` positions (warm start) when given."""
    kept = strong_edges(edges, min_count=options.min_count, min_score=options.min_score)
    graph = to_graph(nodes, kept, options.weight)
    what = "Entities" if kind == "all" else kind_filter_label(kind)
    title = f"{what} mentioned together {WINDOW_PHRASES.get(options.window, options.window)}"
    shown = f"{counted(len(nodes), 'entity')}, {counted(len(kept), 'link')}"
    subtitle = " · ".join(
        part for part in (corpus, shown, _strength_phrase(options), focus_phrase(focus)) if part
    )
    empty = f"No {what.lower()} in this selection." if not nodes else ""
    biggest = max((node.mentions for node in nodes), default=1)
    radii = {
        node.id: (node_size(node.mentions, biggest) / 2 + 3) / NOMINAL_PX_PER_UNIT for node in nodes
    }
    return NetworkData(
        title,
        subtitle,
        tuple(nodes),
        tuple(kept),
        layout(graph, previous, radii=radii),
        options.weight,
        options.window,
        communities(graph) if options.communities and kept else {},
        focus.ids(),
        empty or "Nothing to show.",
    )
