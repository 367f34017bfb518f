"""Bursts: the periods where a name's rate of mentions jumps (Kleinberg 2002, the
two-state automaton over batched arrivals).

Each bin's count is read as a Poisson draw from a base rate (the series' mean) or a
burst rate `scale` times higher; entering the burst state costs `gamma * ln(bins)`,
leaving it nothing. The cheapest path of states (Viterbi) marks the bursts, and a
burst's strength is what the burst state saved over the base state in its bins
(Kleinberg's weight). Counts, not shares of the bin's documents: inside a focus on
the name itself every document mentions it, and a share would never move.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple


class Burst(NamedTuple):
    first: int  # index of its first bin
    last: int  # index of its last bin, included
    strength: float


def _cost(count: int, rate: float) -> float:
    """-log of the Poisson probability of `count` at `rate`, without log(count!), which
    is the same in both states."""
    return rate - count * math.log(rate)


def bursts(counts: Sequence[int], *, scale: float = 2.0, gamma: float = 1.0) -> list[Burst]:
    """The bursts of a binned series, in order."""
    n = len(counts)
    total = sum(counts)
    if n < 2 or total == 0:
        return []
    base = total / n
    rates = (base, base * scale)
    enter = gamma * math.log(n)
    # low, high: the cheapest path ending in each state; came[t]: the state before each.
    # `_cost` written out with its logarithms taken once: the same arithmetic, the same
    # figures, without two calls a bin (thousands of bins for years by day).
    low_rate, high_rate = rates
    log_low, log_high = math.log(low_rate), math.log(high_rate)
    low, high = _cost(counts[0], low_rate), enter + _cost(counts[0], high_rate)
    came: list[tuple[int, int]] = []
    for count in counts[1:]:
        low_from, to_low = (0, low) if low <= high else (1, high)
        high_from, to_high = (0, low + enter) if low + enter < high else (1, high)
        came.append((low_from, high_from))
        low = to_low + (low_rate - count * log_low)
        high = to_high + (high_rate - count * log_high)
    state = 0 if low <= high else 1
    states = [state]
    for back in reversed(came):
        state = back[state]
        states.append(state)
    states.reverse()
    found, start = [], None
    for t, high in enumerate([*states, 0]):
        if high and start is None:
            start = t
        elif not high and start is not None:
            saved = sum(_cost(c, rates[0]) - _cost(c, rates[1]) for c in counts[start:t])
            found.append(Burst(start, t - 1, round(saved, 1)))
            start = None
    return found
