"""The layout is seeded and warm-starts from the previous picture; names never overlap
each other or cover a node, and the lesser ones give way when nodes crowd."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from explorer.network.labels import place_labels
from explorer.network.layout import MAX_NODES, layout


def _graph(nodes: int = 60, edges: int = 240, seed: int = 3) -> nx.Graph:
    graph = nx.gnm_random_graph(nodes, edges, seed=seed)
    rng = np.random.default_rng(seed)
    for a, b in graph.edges:
        graph[a][b]["weight"] = float(rng.uniform(0.05, 1.0))
    return graph


def _moved(before: dict, after: dict) -> float:
    """The mean distance the shared nodes moved, as a share of the picture's width."""
    shared = [node for node in after if node in before]
    width = np.ptp(np.array(list(before.values())), axis=0).max()
    return float(np.mean([np.hypot(*np.subtract(after[n], before[n])) for n in shared]) / width)


def test_the_same_graph_and_seed_give_the_same_picture() -> None:
    graph = _graph()
    assert layout(graph) == layout(graph)
    assert layout(graph) != layout(graph, seed=8)
    again = layout(graph, layout(graph))
    assert again == layout(graph, layout(graph))  # warm starts are seeded too


def test_a_warm_start_keeps_the_picture() -> None:
    graph = _graph()
    first = layout(graph)
    assert _moved(first, layout(graph, first)) < 0.02  # nothing changed: it stays
    changed = graph.copy()
    changed.remove_nodes_from(range(6))
    changed.add_edges_from((100 + i, 10 + i, {"weight": 0.5}) for i in range(6))
    warm = layout(changed, first)
    cold = layout(changed)
    assert _moved(first, warm) < 0.05
    assert _moved(first, warm) < _moved(first, cold) / 5
    new = np.array(warm[100])  # a new node starts among its neighbours
    assert np.hypot(*(new - warm[10])) < np.ptp(np.array(list(warm.values())), axis=0).max() / 3


def test_discs_do_not_overlap_and_lonely_nodes_line_up_beneath() -> None:
    graph = _graph(40, 200)
    graph.add_nodes_from([500, 501, 502])
    radii = dict.fromkeys(graph, 0.03)
    placed = layout(graph, radii=radii)
    linked = np.array([placed[node] for node in graph if graph.degree(node)])
    gaps = np.hypot(*(linked[:, None, :] - linked[None, :, :]).transpose(2, 0, 1))
    np.fill_diagonal(gaps, np.inf)
    assert gaps.min() > 2 * 0.03 * 0.9
    lonely = [placed[node] for node in (500, 501, 502)]
    assert all(y < linked[:, 1].min() for _, y in lonely)
    assert len({y for _, y in lonely}) == 1
    assert [x for x, _ in lonely] == sorted(x for x, _ in lonely)


def test_an_empty_or_oversized_graph() -> None:
    assert layout(nx.Graph()) == {}
    with pytest.raises(ValueError):
        layout(nx.empty_graph(MAX_NODES + 1))


def _boxes(spots, sizes) -> list[tuple[float, float, float, float]]:
    return [
        (x, y, x + w, y + h)
        for (x, y), (w, h) in (
            (spot, size) for spot, size in zip(spots, sizes, strict=True) if spot is not None
        )
    ]


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_names_never_overlap_each_other_or_cover_a_node() -> None:
    rng = np.random.default_rng(5)
    centres = (rng.random((80, 2)) * 600).tolist()
    radii = rng.uniform(4, 15, 80).tolist()
    sizes = [(float(w), 14.0) for w in rng.uniform(30, 120, 80)]
    spots = place_labels(centres, radii, sizes, list(range(80)), (0, 0, 600, 600), leading=0)
    boxes = _boxes(spots, sizes)
    assert 20 < len(boxes) < 80
    assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    for i, spot in enumerate(spots):
        if spot is None:
            continue
        box = (spot[0], spot[1], spot[0] + sizes[i][0], spot[1] + sizes[i][1])
        assert 0 <= box[0] and box[2] <= 600 and 0 <= box[1] and box[3] <= 600
        for j, ((x, y), r) in enumerate(zip(centres, radii, strict=True)):
            assert j == i or not _overlap(box, (x - r, y - r, x + r, y + r))


def test_the_first_names_are_placed_first_and_crowds_hide_the_rest() -> None:
    centres = [(100.0 + 3 * i, 100.0) for i in range(10)]  # zoomed out: nodes in a heap
    sizes = [(60.0, 14.0)] * 10
    spots = place_labels(centres, [4.0] * 10, sizes, [9, 8, 7, 6, 5, 4, 3, 2, 1, 0])
    assert spots[9] is not None and spots[0] is None
    spread = [(100.0 + 200 * i, 100.0) for i in range(10)]  # zoomed in: room for all
    assert all(
        spot is not None for spot in place_labels(spread, [4.0] * 10, sizes, list(range(10)))
    )


def test_a_leading_name_may_cover_a_node_when_nothing_is_free() -> None:
    # a hub ringed by small nodes: no spot around it is free
    ring = [(200 + 30 * np.cos(a), 200 + 30 * np.sin(a)) for a in np.linspace(0, 6.28, 16)]
    centres = [(200.0, 200.0), *ring]
    radii = [20.0] + [6.0] * 16
    sizes = [(80.0, 14.0)] * 17
    strict = place_labels(centres, radii, sizes, [0], leading=0)
    assert strict[0] is None
    assert place_labels(centres, radii, sizes, [0], leading=1)[0] is not None
