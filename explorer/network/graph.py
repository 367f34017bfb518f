"""The network as a networkx graph: the edges kept at a minimum strength, each with
the weight the layout and the drawing use."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import networkx as nx
import numpy as np

from explorer.index.network import NetworkEdge, NetworkNode

WEIGHTS = ("count", "score")
MIN_STRENGTH = 0.05  # the weakest edge shown still pulls, and still shows


def edge_value(edge: NetworkEdge, weight: str) -> float:
    """How strong an edge is by `weight`: windows together, or the logDice score."""
    return float(edge.count) if weight == "count" else edge.score


def strong_edges(
    edges: Iterable[NetworkEdge], *, min_count: int = 1, min_score: float | None = None
) -> list[NetworkEdge]:
    """The edges at least `min_count` windows together (and scoring `min_score`)."""
    return [
        edge
        for edge in edges
        if edge.count >= min_count and (min_score is None or edge.score >= min_score)
    ]


def strengths(edges: Sequence[NetworkEdge], weight: str) -> list[float]:
    """Each edge's strength by `weight` on a scale of (0, 1]: what the layout pulls with
    and the drawing darkens and widens by. Counts go on a log scale (a corpus's top
    pair is seen hundreds of times more than most: on a straight scale every other
    edge would look alike); scores from the lowest to the highest shown."""
    if not edges:
        return []
    if weight == "count":
        values = np.log1p([edge.count for edge in edges])
        low = 0.0
    else:
        values = np.array([edge.score for edge in edges])
        low = float(values.min())
    span = float(values.max()) - low
    shares = (values - low) / span if span > 0 else np.ones(len(values))
    clipped: list[float] = np.clip(shares, MIN_STRENGTH, 1.0).tolist()
    return clipped


def to_graph(
    nodes: Sequence[NetworkNode], edges: Sequence[NetworkEdge], weight: str = "count"
) -> nx.Graph[int]:
    """Nodes keyed by entity id with their name, kind, counts and aliases; edges with
    their count, documents, score and `weight` (the strength the layout uses)."""
    graph: nx.Graph[int] = nx.Graph()
    for node in nodes:
        graph.add_node(
            node.id,
            label=node.name,
            kind=node.kind,
            mentions=node.mentions,
            documents=node.documents,
            aliases="; ".join(node.aliases),
        )
    for edge, strength in zip(edges, strengths(edges, weight), strict=True):
        graph.add_edge(
            edge.a,
            edge.b,
            count=edge.count,
            documents=edge.documents,
            score=round(edge.score, 4),
            weight=strength,
        )
    return graph
