"""What a chart shows, as plain data built from query rows (Qt-free).

The same builders serve the GUI panels, File → Export Chart… and the CLI's
`chart` command, so an exported chart is exactly what the user looked at,
with a title naming what it shows and the focus it covers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Protocol, TypeVar

from explorer.charts.kinds import kind_filter_label, kind_name
from explorer.index.queries import CoMentionRow, EntityRow, Spread
from explorer.vocabulary import WINDOW_PHRASES
from explorer.wording import counted

MAX_DOCUMENT_BARS = 40
ANY_OF_NAMED = 3  # names of a focused "any of" group a subtitle spells out
Row = TypeVar("Row", EntityRow, CoMentionRow)


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float
    kind: str = ""  # whose colour it takes: its entity's, or the counted entity's for documents
    key: int | None = None  # entity id (or document id), handed back when the bar is clicked
    date: str | None = None


@dataclass(frozen=True, slots=True)
class ChartData:
    title: str
    subtitle: str
    value_label: str
    bars: tuple[Bar, ...] = ()
    empty: str = "Nothing to show."
    key_kind: str = "entity"  # what Bar.key identifies: "entity" or "document"
    over_time: bool = False  # bars stand at their dates on a time axis


EMPTY_CHART = ChartData("", "", "", empty="Open a folder of documents to see its entities.")


class Named(Protocol):
    """An entity as a chart names it: the GUI's EntityRef, the CLI's EntityRow."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...


@dataclass(frozen=True, slots=True)
class ChartFocus:
    """The focus a chart covers, as its subtitle says it. Every focused document mentions
    the focused entities, so their bars would dwarf the rest: entity charts leave them out
    and say so. The options change the counts only when a focused entity is a country."""

    entities: tuple[Named, ...] = ()
    include_demonyms: bool = True
    include_places: bool = False
    any_of: tuple[Named, ...] = ()  # a group of which each document mentions at least one
    period: str = ""  # days of publication the focus keeps, as said: '7 Apr 2025 – 20 Apr 2025'
    language: str = ""  # the documents' language the focus keeps, as said: 'French documents'

    def ids(self) -> frozenset[int]:
        return frozenset(entity.id for entity in self.entities)


WHOLE_CORPUS = ChartFocus()


def _counting(focus: ChartFocus) -> str:
    """What a focused country's documents are found by, beyond its name."""
    extra = [
        word
        for word, on in (("demonyms", focus.include_demonyms), ("places", focus.include_places))
        if on
    ]
    return f"with {' and '.join(extra)}" if extra else "name only"


def focus_phrase(focus: ChartFocus) -> str:
    """'Focus: Vladimir Putin + Russia (with demonyms)', or 'Whole corpus'."""
    names = [
        entity.name + (f" ({_counting(focus)})" if entity.kind == "country" else "")
        for entity in focus.entities
    ]
    if focus.any_of:
        group = [entity.name for entity in focus.any_of]
        shown = ", ".join(group[:ANY_OF_NAMED]) + ("…" if len(group) > ANY_OF_NAMED else "")
        names.append(f"any of {len(group)} ({shown})")
    if focus.period:
        names.append(focus.period)
    if focus.language:
        names.append(focus.language)
    return "Focus: " + " + ".join(names) if names else "Whole corpus"


def _subtitle(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def _shown(count: int, total: int) -> str:
    return f"Top {count:,} of {total:,}" if total > count else f"{count:,} shown"


def _without_focus(
    rows: Sequence[Row], value: Callable[[Row], float], top: int, focus: ChartFocus
) -> tuple[list[Row], int, str]:
    """The first `top` rows that are not focused entities, how many such rows there are,
    and which focused ones were left out ('Russia (164) left out'). The scan for those
    stops once all are found: they lead a focused list (this runs on every keystroke)."""
    ids = focus.ids()
    if not ids:
        return list(rows[:top]), len(rows), ""
    found: list[Row] = []
    for row in rows:
        if row.id in ids:
            found.append(row)
            if len(found) == len(ids):
                break
    kept = (row for row in rows if row.id not in ids)
    named = " and ".join(f"{row.name} ({_number(value(row))})" for row in found)
    return list(islice(kept, top)), len(rows) - len(found), f"{named} left out" if found else ""


def frequency_chart(
    rows: Sequence[EntityRow],
    *,
    top: int,
    kind: str = "all",
    search: str = "",
    focus: ChartFocus = WHOLE_CORPUS,
    corpus: str = "",
) -> ChartData:
    """The first `top` of `rows` but the focused entities: entities filtered by kind,
    search and focus, in the order `queries.entities` returns them (most mentioned
    first). The order is given, not recomputed: this runs on every keystroke in the
    search box, over up to 100k rows."""
    what = "entities" if kind == "all" else kind_filter_label(kind).lower()
    title = f"Most-mentioned {what}" + (f" matching “{search}”" if search else "")
    kept, total, left_out = _without_focus(rows, lambda r: r.mentions, top, focus)
    bars = tuple(Bar(r.name, r.mentions, r.kind, r.id) for r in kept)
    if left_out and not bars:
        empty = f"Only the focus matches, and the chart leaves it out ({left_out})."
    else:
        empty = f"No {what} match “{search}”." if search else f"No {what} in this selection."
    return ChartData(
        title,
        _subtitle(corpus, _shown(len(bars), total), focus_phrase(focus), left_out),
        "Mentions",
        bars,
        empty,
    )


def comention_chart(
    target: str | None,
    rows: Sequence[CoMentionRow],
    *,
    window: str,
    top: int,
    focus: ChartFocus = WHOLE_CORPUS,
    corpus: str = "",
) -> ChartData:
    """The entities most often mentioned together with `target`, but the focused ones."""
    if target is None:
        return ChartData("", "", "", (), "Select an entity to see who is mentioned with it.")
    phrase = WINDOW_PHRASES.get(window, window)
    kept, total, left_out = _without_focus(rows, lambda r: r.count, top, focus)
    bars = tuple(Bar(r.name, r.count, r.kind, r.id) for r in kept)
    empty = (
        f"Only the focus is mentioned with {target} {phrase} ({left_out})."
        if left_out
        else f"Nothing is mentioned with {target} {phrase}."
    )
    return ChartData(
        f"Mentioned with {target} {phrase}",
        _subtitle(corpus, _shown(len(bars), total), focus_phrase(focus), left_out),
        f"Together ({window}s)",
        bars,
        empty,
    )


def distribution_chart(
    target: str | None,
    spread: Spread | None,
    *,
    kind: str = "",
    focus: ChartFocus = WHOLE_CORPUS,
    corpus: str = "",
) -> ChartData:
    """Mentions of `target` (an entity of `kind`, whose colour the bars take) per day when
    every document has a date, else in the documents with the most mentions, most first
    (`queries.spread` aggregates either way)."""
    if target is None or spread is None:
        return ChartData("", "", "", (), "Select an entity to see where it is mentioned.")
    documents = counted(spread.documents, "document")
    if spread.days:
        bars = tuple(Bar(d.day, d.mentions, kind, d.first_doc, d.day) for d in spread.days)
        title, shown = f"Mentions of {target} over time", documents
    else:
        ranked = sorted(spread.top, key=lambda d: -d.mentions)  # ties keep date, title order
        bars = tuple(Bar(d.title or d.key, d.mentions, kind, d.id, d.date) for d in ranked)
        title = f"Mentions of {target} per document"
        shown = (
            f"Top {len(bars)} of {documents} by mentions"
            if spread.documents > len(bars)
            else documents
        )
    return ChartData(
        title,
        _subtitle(corpus, shown, focus_phrase(focus)),
        "Mentions",
        bars,
        f"{target} is not mentioned in this selection.",
        "document",
        bool(spread.days),
    )


def chart_csv(data: ChartData) -> str:
    """The numbers behind a chart, one row per bar, for a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if data.key_kind == "document":
        writer.writerow(["document", "date", data.value_label.lower() or "value"])
        writer.writerows([bar.label, bar.date or "", _number(bar.value)] for bar in data.bars)
    else:
        writer.writerow(["name", "kind", data.value_label.lower() or "value"])
        writer.writerows([bar.label, kind_name(bar.kind), _number(bar.value)] for bar in data.bars)
    return out.getvalue()


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.3f}"
