"""What the network panel draws and the command exports: plain data, Qt-free."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from explorer.index.network import NetworkEdge, NetworkNode

MIN_NODE_PX = 8.0
MAX_NODE_PX = 44.0


@dataclass(frozen=True, slots=True)
class NetworkData:
    title: str
    subtitle: str
    nodes: tuple[NetworkNode, ...] = ()
    edges: tuple[NetworkEdge, ...] = ()  # those at least the minimum strength
    positions: Mapping[int, tuple[float, float]] = field(default_factory=dict)
    weight: str = "count"  # what edge widths show: "count" or "score"
    window: str = "sentence"
    communities: Mapping[int, int] = field(default_factory=dict)  # empty: coloured by kind
    focused: frozenset[int] = frozenset()  # nodes that are focused entities
    empty: str = "Nothing to show."

    def node(self, entity_id: int) -> NetworkNode | None:
        return next((node for node in self.nodes if node.id == entity_id), None)


EMPTY_NETWORK = NetworkData(
    "", "", empty="Open a folder of documents to see who is mentioned with whom."
)


def node_size(mentions: int, biggest: int) -> float:
    """A node's diameter in pixels: its area grows with its mentions."""
    share = mentions / biggest if biggest > 0 else 0.0
    return MIN_NODE_PX + (MAX_NODE_PX - MIN_NODE_PX) * math.sqrt(max(share, 0.0))


def network_csv(data: NetworkData) -> str:
    """The edges drawn, one row per pair, for a spreadsheet."""
    names = {node.id: node.name for node in data.nodes}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["source", "target", "count", "documents", "score"])
    writer.writerows(
        [names[e.a], names[e.b], e.count, e.documents, f"{e.score:.3f}"] for e in data.edges
    )
    return out.getvalue()
