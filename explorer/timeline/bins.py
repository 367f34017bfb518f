"""Days into bins (day, week, month) with every empty bin in between, so a line has
no gaps and the burst detector sees the quiet periods too.

A bin is named by its first day; weeks start on Monday (ISO).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from typing import Literal, NamedTuple

Unit = Literal["day", "week", "month"]
UNITS: tuple[Unit, ...] = ("day", "week", "month")
# The finest bin that keeps a span at most this many bins long: a day's line over
# years would be a comb, a month's over a fortnight one point.
MAX_BINS = 120


class Bin(NamedTuple):
    first: dt.date
    last: dt.date  # included

    def label(self, unit: Unit) -> str:
        if unit == "month":
            return self.first.strftime("%b %Y")
        if unit == "week":
            return f"week of {self.first.isoformat()}"
        return self.first.isoformat()


def start_of(day: dt.date, unit: Unit) -> dt.date:
    """The first day of the bin holding `day`."""
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _next(start: dt.date, unit: Unit) -> dt.date:
    if unit == "day":
        return start + dt.timedelta(days=1)
    if unit == "week":
        return start + dt.timedelta(days=7)
    return (start + dt.timedelta(days=32)).replace(day=1)


def bins_between(first: dt.date, last: dt.date, unit: Unit) -> list[Bin]:
    """Every bin from the one holding `first` to the one holding `last`."""
    bins = []
    start = start_of(first, unit)
    while start <= last:
        following = _next(start, unit)
        bins.append(Bin(start, following - dt.timedelta(days=1)))
        start = following
    return bins


def choose_unit(first: dt.date, last: dt.date) -> Unit:
    """The finest unit whose bins over the span stay at most MAX_BINS."""
    for unit in UNITS:
        if len(bins_between(first, last, unit)) <= MAX_BINS:
            return unit
    return "month"


def counts_per_bin(days: Iterable[tuple[str, int]], bins: Sequence[Bin], unit: Unit) -> list[int]:
    """The counts of (YYYY-MM-DD, count) days summed into `bins`; days outside them
    are not counted (the caller's bins span every day it has)."""
    where = {b.first: i for i, b in enumerate(bins)}
    counts = [0] * len(bins)
    for day, count in days:
        at = where.get(_start_of_day(day, unit))
        if at is not None:
            counts[at] += count
    return counts


@functools.lru_cache(maxsize=16384)
def _start_of_day(day: str, unit: Unit) -> dt.date:
    """`start_of` a YYYY-MM-DD day, remembered: the lines of a timeline, and the
    timelines asked one after the other, share their days (years of them by day)."""
    return start_of(dt.date.fromisoformat(day), unit)
