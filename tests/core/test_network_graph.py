"""The network from the index: its nodes are the entity list's top, its edges the pair
counts `queries.co_mentions` gives (with and without a focus), and the GEXF and
GraphML files hold them as Gephi reads them."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from explorer.index import queries
from explorer.index.comentions import WINDOWS
from explorer.index.focus import Focus
from explorer.index.network import network
from explorer.network.build import NetworkOptions, build_network
from explorer.network.files import write_graph
from explorer.network.graph import strong_edges


def _pairs_from_co_mentions(conn, ids: set[int], window: str, focus: Focus) -> dict:
    """(a, b) -> (count, documents, score) of every pair of `ids`, asked one entity at a
    time as the Mentioned Together panel asks."""
    found = {}
    for entity_id in ids:
        for row in queries.co_mentions(conn, entity_id, window=window, focus=focus):
            if row.id in ids:
                found[tuple(sorted((entity_id, row.id)))] = (
                    row.count,
                    row.documents,
                    round(row.score, 9),
                )
    return found


def _focus(conn, *names: str) -> Focus:
    return Focus(tuple(queries.find_entities(conn, name)[0].id for name in names))


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("focus_on", [(), ("United States",), ("TASS",)])
def test_edges_are_the_pairs_co_mentions_counts(
    seeds_store, window: str, focus_on: tuple[str, ...]
) -> None:
    conn = seeds_store.conn
    focus = _focus(conn, *focus_on)
    nodes, edges = network(conn, focus=focus, top=40, window=window)
    ids = {node.id for node in nodes}
    got = {(e.a, e.b): (e.count, e.documents, round(e.score, 9)) for e in edges}
    assert got == _pairs_from_co_mentions(conn, ids, window, focus)
    assert all(e.a < e.b for e in edges)
    counts = [e.count for e in edges]
    assert counts == sorted(counts, reverse=True)


def test_nodes_are_the_top_of_the_entity_list_with_their_aliases(seeds_store) -> None:
    conn = seeds_store.conn
    focus = _focus(conn, "United States")
    nodes, _ = network(conn, kinds=["person", "country"], focus=focus, top=5)
    listed = queries.entities(conn, kinds=["person", "country"], focus=focus, limit=5)
    assert [(n.id, n.mentions, n.documents) for n in nodes] == [
        (r.id, r.mentions, r.documents) for r in listed
    ]
    kim = next(node for node in nodes if node.name == "Kim Jong Un")
    assert {"Kim Jong-un", "Kim"} <= set(kim.aliases)


def test_a_focus_nobody_shares_gives_no_edges(seeds_store) -> None:
    nodes, edges = network(seeds_store.conn, focus=_focus(seeds_store.conn, "Fatima Alavi"), top=1)
    assert len(nodes) == 1 and edges == []


def test_minimum_strength_keeps_the_strong_edges(seeds_store) -> None:
    nodes, edges = network(seeds_store.conn, top=30)
    data = build_network(nodes, edges, NetworkOptions(min_count=3))
    assert data.edges and all(edge.count >= 3 for edge in data.edges)
    assert len(data.edges) == sum(edge.count >= 3 for edge in edges)
    assert set(data.positions) == {node.id for node in nodes}  # every node stays drawn
    scored = strong_edges(edges, min_score=12.0)
    assert scored and all(edge.score >= 12.0 for edge in scored)
    assert "links together in at least 3 sentences" in data.subtitle


def test_communities_group_every_node(seeds_store) -> None:
    nodes, edges = network(seeds_store.conn, top=30)
    data = build_network(nodes, edges, NetworkOptions(communities=True))
    assert set(data.communities) == {node.id for node in nodes}
    assert data.communities[nodes[0].id] == 0  # the largest community holds the top entity
    again = build_network(nodes, edges, NetworkOptions(communities=True))
    assert again.communities == data.communities  # seeded


@pytest.mark.parametrize("suffix", [".gexf", ".graphml"])
def test_graph_files_hold_the_counts_co_mentions_gives(
    seeds_store, tmp_path: Path, suffix: str
) -> None:
    conn = seeds_store.conn
    focus = _focus(conn, "Russia")
    nodes, edges = network(conn, focus=focus, top=25, window="paragraph")
    data = build_network(nodes, edges, NetworkOptions(window="paragraph", communities=True))
    path = tmp_path / f"network{suffix}"
    write_graph(data, path)
    graph = nx.read_gexf(path) if suffix == ".gexf" else nx.read_graphml(path)
    ids = {node.id for node in nodes}
    expected = _pairs_from_co_mentions(conn, ids, "paragraph", focus)
    found = {
        tuple(sorted((int(a), int(b)))): (d["count"], d["documents"])
        for a, b, d in graph.edges(data=True)
    }
    assert found == {pair: value[:2] for pair, value in expected.items()}
    korea = next(node for node in nodes if node.name == "North Korea")
    attributes = graph.nodes[str(korea.id)]
    assert attributes["label"] == "North Korea" and attributes["kind"] == "country"
    assert attributes["mentions"] == korea.mentions
    assert "North Korean" in attributes["aliases"].split("; ")
    assert "community" in attributes
