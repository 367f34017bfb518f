"""Where each node goes: a seeded force layout, warm-started from the previous picture.

The forces are Fruchterman and Reingold's (repulsion k²/d between every two nodes,
attraction w·d²/k along each edge), computed densely in numpy, with two changes
that a picture of named, sized nodes needs (both from ForceAtlas2):
repulsion counts the gap between two discs rather than between their centres,
so hubs do not pile up in the middle; and a weak gravity keeps the smaller
groups near the rest. Unlike networkx's spring_layout, a node moves by the
force on it (capped by a cooling temperature), not by the full temperature
every step: a settled picture stays settled.

When the focus or a control changes, the nodes still shown start where they
were, tethered there by a spring, a new node starts among its neighbours, and
the run starts cooler; the result is then turned (or mirrored) and moved to fit
the old positions of the nodes both pictures share. The same graph, seed and
previous positions always give the same picture.
"""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx
import numpy as np

Positions = dict[int, tuple[float, float]]

SEED = 7
ITERATIONS = 150
TEMPERATURE = 0.1  # the longest step at the start, in layout units (a picture is about 1 across)
# From a warm start: fewer, shorter steps, so the picture settles where it was.
WARM_ITERATIONS = 60
WARM_TEMPERATURE = 0.02
GRAVITY = 0.4  # pull towards the centre, relative to the edges' pull
# A kept node's pull back to where it was, per edge it has (its edges pull it away):
# measured on random graphs, 1.0 moves a picture whose nodes all stayed by 0.3% of its
# width, one that lost and gained a tenth of its nodes by 2%, against 35% from cold.
TETHER = 1.0
MAX_NODES = 300  # the dense force arrays grow with the square of the nodes
# Between two nodes without edges in their rows under the picture (room for a name).
LONELY_STEP = 0.2


def layout(
    graph: nx.Graph[int],
    previous: Mapping[int, tuple[float, float]] | None = None,
    *,
    radii: Mapping[int, float] | None = None,
    seed: int = SEED,
) -> Positions:
    """Positions for every node of `graph` (edge attribute "weight" in (0, 1] pulls),
    in a picture about one unit across; `radii` are the nodes' discs in those units.

    Nodes without any edge would drift to the rim and stretch the picture, so they
    line up beneath it in the graph's order instead."""
    if graph.number_of_nodes() > MAX_NODES:
        raise ValueError(f"a network of at most {MAX_NODES} nodes can be laid out")
    linked = [node for node in graph if graph.degree(node) > 0]
    placed = _forces(graph.subgraph(linked), linked, previous or {}, radii or {}, seed)
    lonely = [node for node in graph if graph.degree(node) == 0]
    placed.update(_rows_below(lonely, placed))
    return {int(node): (float(point[0]), float(point[1])) for node, point in placed.items()}


def _forces(
    graph: nx.Graph[int],
    nodes: list[int],
    previous: Mapping[int, tuple[float, float]],
    radii: Mapping[int, float],
    seed: int,
) -> dict[int, np.ndarray]:
    if not nodes:
        return {}
    kept = {node: previous[node] for node in nodes if node in previous}
    index = {node: i for i, node in enumerate(nodes)}
    weights = np.zeros((len(nodes), len(nodes)))
    for a, b, weight in graph.edges(data="weight", default=1.0):
        weights[index[a], index[b]] = weights[index[b], index[a]] = weight
    r = np.array([radii.get(node, 0.0) for node in nodes], dtype=float)
    if kept:
        start = _warm_start(graph, nodes, kept, seed)
        anchors = np.array([kept.get(node, (np.nan, np.nan)) for node in nodes], dtype=float)
        xy = relax(
            start,
            weights,
            r,
            iterations=WARM_ITERATIONS,
            temperature=WARM_TEMPERATURE,
            anchors=anchors,
        )
        return _aligned(dict(zip(nodes, xy, strict=True)), kept)
    start = np.random.default_rng(seed).random((len(nodes), 2))
    xy = relax(start, weights, r, iterations=ITERATIONS, temperature=TEMPERATURE)
    return dict(zip(nodes, xy, strict=True))


def relax(
    xy: np.ndarray,
    weights: np.ndarray,
    radii: np.ndarray,
    *,
    iterations: int,
    temperature: float,
    anchors: np.ndarray | None = None,
) -> np.ndarray:
    """Move the nodes `iterations` times along the forces on them, each step at most
    the temperature, which cools linearly to zero; a node with an anchor (a row
    that is not NaN) is pulled back to it."""
    xy = np.array(xy, dtype=float)
    count = len(xy)
    if count < 2:
        return xy
    k = 1.0 / np.sqrt(count)  # the distance two nodes settle at
    reach = radii[:, None] + radii[None, :]
    np.fill_diagonal(reach, 0.0)
    degree = (weights > 0).sum(axis=1) + 1.0
    held = np.zeros(count, dtype=bool) if anchors is None else ~np.isnan(anchors[:, 0])
    cool = temperature / (iterations + 1)
    step = temperature
    for _ in range(iterations):
        # distances from the Gram matrix: no (n, n, 2) array of differences to build
        squares = (xy * xy).sum(axis=1)
        distance = np.sqrt(np.maximum(squares[:, None] + squares[None, :] - 2 * xy @ xy.T, 1e-8))
        np.fill_diagonal(distance, 1.0)
        gap = np.maximum(distance - reach, 0.01 * k)
        push = k * k / gap  # along each pair, apart
        pull = weights * distance * distance / k  # along each edge, together
        scale = (push - pull) / distance
        np.fill_diagonal(scale, 0.0)
        # sum over j of scale_ij * (x_i - x_j)
        force = xy * scale.sum(axis=1)[:, None] - scale @ xy
        force -= GRAVITY * k * degree[:, None] * (xy - xy.mean(axis=0))
        if anchors is not None and held.any():
            force[held] -= TETHER * degree[held, None] * (xy[held] - anchors[held])
        length = np.hypot(force[:, 0], force[:, 1])
        xy += force * (np.minimum(length, step) / np.maximum(length, 1e-12))[:, None]
        step -= cool
    return xy


def _warm_start(
    graph: nx.Graph[int], nodes: list[int], kept: Mapping[int, tuple[float, float]], seed: int
) -> np.ndarray:
    """Kept nodes where they were; a new node at the weighted mean of its kept
    neighbours, else anywhere inside the old picture, with a small seeded jitter so
    that two new nodes never start on one point."""
    old = np.array(list(kept.values()), dtype=float)
    low, high = old.min(axis=0), old.max(axis=0)
    span = float(max((high - low).max(), 1e-3))
    start = np.zeros((len(nodes), 2))
    for i, node in enumerate(nodes):
        if node in kept:
            start[i] = kept[node]
            continue
        rng = np.random.default_rng((seed, node))
        near = [
            (kept[other], data.get("weight", 1.0))
            for other, data in graph[node].items()
            if other in kept
        ]
        if near:
            points = np.array([point for point, _ in near], dtype=float)
            weights = np.array([weight for _, weight in near], dtype=float)
            centre = (points * weights[:, None]).sum(axis=0) / weights.sum()
            start[i] = centre + rng.normal(scale=0.03 * span, size=2)
        else:
            start[i] = low + rng.random(2) * np.maximum(high - low, 1e-3)
    return start


def _aligned(
    placed: Mapping[int, np.ndarray], kept: Mapping[int, tuple[float, float]]
) -> dict[int, np.ndarray]:
    """`placed` turned (or mirrored) and moved to fit the kept nodes' old positions
    best in the least-squares sense (orthogonal Procrustes); not scaled, since a
    scale fitted to a few kept nodes could shrink the picture from one change to
    the next."""
    common = [node for node in kept if node in placed]
    if len(common) < 2:
        return dict(placed)
    new = np.array([placed[node] for node in common], dtype=float)
    old = np.array([kept[node] for node in common], dtype=float)
    new_mean, old_mean = new.mean(axis=0), old.mean(axis=0)
    u, _, vt = np.linalg.svd((new - new_mean).T @ (old - old_mean))
    rotation = u @ vt
    return {
        node: (np.asarray(point) - new_mean) @ rotation + old_mean for node, point in placed.items()
    }


def _rows_below(nodes: list[int], placed: Mapping[int, np.ndarray]) -> dict[int, np.ndarray]:
    """Rows of nodes, left to right, beneath the picture `placed` (or in its place)."""
    if not nodes:
        return {}
    if placed:
        points = np.array(list(placed.values()))
        left, right = float(points[:, 0].min()), float(points[:, 0].max())
        top = float(points[:, 1].min()) - LONELY_STEP
    else:
        left, right, top = 0.0, 1.0, 1.0
    per_row = max(int((right - left) / LONELY_STEP) + 1, 1)
    row_gap = LONELY_STEP / 2
    return {
        node: np.array([left + (i % per_row) * LONELY_STEP, top - (i // per_row) * row_gap])
        for i, node in enumerate(nodes)
    }
