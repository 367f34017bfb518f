"""One timeline from the index's per-day answers: shared bins over the span of every
line, each line's counts and bursts, and what has no date. Shared by the panel and
the command, so both show the same numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from explorer.index.timeline import EntityDays
from explorer.timeline.bins import Bin, Unit, bins_between, choose_unit, counts_per_bin
from explorer.timeline.bursts import Burst, bursts


@dataclass(frozen=True, slots=True)
class Line:
    entity_id: int
    name: str
    counts: tuple[int, ...]  # one per bin
    bursts: tuple[Burst, ...]
    undated_mentions: int  # in documents without a date, in no bin

    @property
    def dated_mentions(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class Timeline:
    unit: Unit
    bins: tuple[Bin, ...]
    lines: tuple[Line, ...]
    undated_documents: int  # of the focus, not only of these entities

    def period(self, burst: Burst) -> tuple[dt.date, dt.date]:
        return self.bins[burst.first].first, self.bins[burst.last].last


EMPTY_TIMELINE = Timeline("day", (), (), 0)


def build_timeline(
    named: Sequence[tuple[str, EntityDays]], undated_documents: int, unit: Unit | None = None
) -> Timeline:
    """Lines for (name, per-day counts) pairs; `unit` None chooses it from the span."""
    # Each distinct day read once: six lines over years repeat thousands of them.
    distinct = {day for _, entity in named for day, _ in entity.days}
    days = [dt.date.fromisoformat(day) for day in distinct]
    if not days:
        empty = tuple(Line(e.entity_id, name, (), (), e.undated_mentions) for name, e in named)
        return Timeline(unit or "day", (), empty, undated_documents)
    first, last = min(days), max(days)
    unit = unit or choose_unit(first, last)
    bins = bins_between(first, last, unit)
    lines = []
    for name, entity in named:
        counts = counts_per_bin(entity.days, bins, unit)
        lines.append(
            Line(
                entity.entity_id,
                name,
                tuple(counts),
                tuple(bursts(counts)),
                entity.undated_mentions,
            )
        )
    return Timeline(unit, tuple(bins), tuple(lines), undated_documents)
