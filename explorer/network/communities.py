"""Groups of entities mentioned together more than with the rest: Louvain
communities (networkx), seeded so the same network always gets the same groups."""

from __future__ import annotations

import networkx as nx

SEED = 7


def communities(graph: nx.Graph[int], *, seed: int = SEED) -> dict[int, int]:
    """Each node's community: 0 for the largest (by mentions), 1 for the next... An
    isolated node is a community of its own."""
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)

    def size(members: set[int]) -> tuple[int, int]:
        return (-sum(graph.nodes[node].get("mentions", 0) for node in members), min(members))

    ranked = sorted(found, key=size)
    return {node: rank for rank, members in enumerate(ranked) for node in members}
