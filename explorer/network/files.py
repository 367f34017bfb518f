"""The network as a file for Gephi and other graph tools: GEXF or GraphML.

Nodes carry their name, kind, mentions, documents and aliases (joined with
"; ": neither format has lists) and, when the panel coloured them, their
community; edges their count, documents and logDice score. GEXF also carries
the picture (position, size and colour), so Gephi opens it as it was drawn.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from explorer.charts.kinds import kind_color
from explorer.network.data import NetworkData, node_size
from explorer.network.graph import to_graph

FORMATS = (".gexf", ".graphml")
_SCALE = 1000.0  # layout units to GEXF coordinates (Gephi's are about pixels)


def graph_of(data: NetworkData) -> nx.Graph[int]:
    """The drawn network as a networkx graph with every attribute the files hold."""
    graph = to_graph(data.nodes, data.edges, data.weight)
    for node, community in data.communities.items():
        graph.nodes[node]["community"] = community
    return graph


def write_graph(data: NetworkData, path: Path) -> None:
    """Write `data` to `path`, .gexf or .graphml by its suffix."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path.name}: a network file is .gexf or .graphml")
    graph = graph_of(data)
    if suffix == ".graphml":
        for node in data.nodes:
            x, y = data.positions.get(node.id, (0.0, 0.0))
            graph.nodes[node.id].update(x=x, y=y)
        nx.write_graphml(graph, path)
        return
    biggest = max((node.mentions for node in data.nodes), default=1)
    for node in data.nodes:
        x, y = data.positions.get(node.id, (0.0, 0.0))
        red, green, blue = (int(kind_color(node.kind)[i : i + 2], 16) for i in (1, 3, 5))
        graph.nodes[node.id]["viz"] = {
            "position": {"x": x * _SCALE, "y": y * _SCALE, "z": 0.0},
            "size": node_size(node.mentions, biggest) / 2,
            "color": {"r": red, "g": green, "b": blue, "a": 1.0},
        }
    nx.write_gexf(graph, path)
