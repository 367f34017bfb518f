"""Where each node's name goes on screen, so that no two names overlap and no name
covers a node: the most mentioned are placed first, each at the first free spot
around its node; a name with no free spot is not shown.

Everything is in pixels of the current view, so zooming out (nodes closer
together) leaves room for fewer names and the lesser ones disappear; zooming in
brings them back. Qt-free: the widget measures the texts and passes sizes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

GAP = 3.0  # pixels between a node's edge and its name
LEADING = 5  # names placed even where every spot covers a node
# Where a name may go around its node, in order of preference: right, left, above,
# below, then the four corners. (dx, dy) multiply (radius + gap) and the name's
# offsets (ox, oy) multiply its width and height, from its top-left corner.
_SPOTS = (
    ((1, 0), (0.0, -0.5)),
    ((-1, 0), (-1.0, -0.5)),
    ((0, -1), (-0.5, -1.0)),
    ((0, 1), (-0.5, 0.0)),
    ((0.7, -0.7), (0.0, -1.0)),
    ((-0.7, -0.7), (-1.0, -1.0)),
    ((0.7, 0.7), (0.0, 0.0)),
    ((-0.7, 0.7), (-1.0, 0.0)),
)
_DIRECTIONS = np.array([spot[0] for spot in _SPOTS], dtype=float)
_OFFSETS = np.array([spot[1] for spot in _SPOTS], dtype=float)


def place_labels(
    centres: Sequence[tuple[float, float]],
    radii: Sequence[float],
    sizes: Sequence[tuple[float, float]],
    priority: Sequence[int],
    view: tuple[float, float, float, float] | None = None,
    leading: int = LEADING,
) -> list[tuple[float, float] | None]:
    """The top-left corner of each node's name, or None where it does not fit.

    `centres` and `radii` are the nodes' on screen, `sizes` the names' (width,
    height), `priority` the node indices in the order to place them (the rest are
    not placed); `view` (left, top, right, bottom) keeps names inside it. The first
    `leading` names, when no spot is free, take the one covering the fewest nodes:
    the hubs of a dense middle have no free spot, and their names are the most
    wanted."""
    count = len(centres)
    placed: list[tuple[float, float] | None] = [None] * count
    if not count:
        return placed
    xy = np.asarray(centres, dtype=float).reshape(-1, 2)
    r = np.asarray(radii, dtype=float)
    order = np.asarray(priority, dtype=int)
    if not len(order):
        return placed
    # every candidate spot of every name at once, (names, spots, 4), and what each
    # covers: the loop below only checks the names placed before
    wh = np.asarray(sizes, dtype=float).reshape(-1, 2)[order]
    corner = (
        xy[order, None, :]
        + _DIRECTIONS[None] * (r[order, None, None] + GAP)
        + _OFFSETS[None] * wh[:, None, :]
    )
    spots = np.concatenate([corner, corner + wh[:, None, :]], axis=2)
    nodes = np.column_stack([xy[:, 0] - r, xy[:, 1] - r, xy[:, 0] + r, xy[:, 1] + r])
    covers = _overlaps(spots.reshape(-1, 4), nodes).reshape(len(order), len(_SPOTS), -1)
    covers[np.arange(len(order)), :, order] = False  # a name may sit over its own node's box
    covered = covers.sum(axis=2)
    inside = np.ones(covered.shape, dtype=bool)
    if view is not None:
        inside = (
            (spots[..., 0] >= view[0])
            & (spots[..., 1] >= view[1])
            & (spots[..., 2] <= view[2])
            & (spots[..., 3] <= view[3])
        )
    boxes = np.empty((count, 4))  # the names placed so far
    used = 0
    for rank, index in enumerate(order.tolist()):
        if not inside[rank].any():
            continue
        ok = inside[rank] & ~_overlaps(spots[rank], boxes[:used]).any(axis=1)
        free = np.flatnonzero(ok & (covered[rank] == 0))
        if len(free):
            choice = int(free[0])
        elif rank < leading and ok.any():
            choice = int(np.argmin(np.where(ok, covered[rank], np.iinfo(np.int64).max)))
        else:
            continue
        boxes[used] = spots[rank, choice]
        used += 1
        placed[index] = (float(boxes[used - 1, 0]), float(boxes[used - 1, 1]))
    return placed


def _overlaps(boxes: np.ndarray, others: np.ndarray) -> np.ndarray:
    """(len(boxes), len(others)): whether each box overlaps each other box."""
    return (
        (others[None, :, 0] < boxes[:, None, 2])
        & (others[None, :, 2] > boxes[:, None, 0])
        & (others[None, :, 1] < boxes[:, None, 3])
        & (others[None, :, 3] > boxes[:, None, 1])
    )
