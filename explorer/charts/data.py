"""What a chart shows, as plain data built from query rows (Qt-free).

The same builders serve the GUI panels, File → Export Chart… and the CLI's
`chart` command, so an exported chart is exactly what the user looked at,
with a title naming what it shows and the focus it covers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from explorer.charts.kinds import kind_filter_label, kind_name
from explorer.index.queries import CoMentionRow, EntityRow, Spread

WINDOW_PHRASES = {
    "sentence": "in the same sentence",
    "paragraph": "in the same paragraph",
    "document": "in the same document",
}
MAX_DOCUMENT_BARS = 40


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


def focus_phrase(focus_names: Sequence[str]) -> str:
    return "Focus: " + " + ".join(focus_names) if focus_names else "Whole corpus"


def _subtitle(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def frequency_chart(rows: Sequence[EntityRow], *, top: int, kind: str = "all", search: str = "",
                    focus_names: Sequence[str] = (), corpus: str = "") -> ChartData:
    """The first `top` of `rows`: entities filtered by kind, search and focus, in the
    order `queries.entities` returns them (most mentioned first). The order is given,
    not recomputed: this runs on every keystroke in the search box, over up to 100k rows."""
    what = "entities" if kind == "all" else kind_filter_label(kind).lower()
    title = f"Most-mentioned {what}" + (f" matching “{search}”" if search else "")
    bars = tuple(Bar(r.name, r.mentions, r.kind, r.id) for r in rows[:top])
    shown = f"Top {len(bars)} of {len(rows):,}" if len(rows) > len(bars) else f"{len(bars)} shown"
    empty = f"No {what} match “{search}”." if search else f"No {what} in this selection."
    return ChartData(title, _subtitle(corpus, shown, focus_phrase(focus_names)), "Mentions",
                     bars, empty)


def comention_chart(target: str | None, rows: Sequence[CoMentionRow], *, window: str, top: int,
                    focus_names: Sequence[str] = (), corpus: str = "") -> ChartData:
    """The entities most often mentioned together with `target`."""
    if target is None:
        return ChartData("", "", "", (),
                         "Select an entity to see who is mentioned with it.")
    phrase = WINDOW_PHRASES.get(window, window)
    bars = tuple(Bar(r.name, r.count, r.kind, r.id) for r in list(rows)[:top])
    return ChartData(f"Mentioned with {target} {phrase}",
                     _subtitle(corpus, f"Top {len(bars)} of {len(rows):,}",
                               focus_phrase(focus_names)),
                     f"Together ({window}s)", bars,
                     f"Nothing is mentioned with {target} {phrase}.")


def _counted(count: int, noun: str) -> str:
    return f"{count:,} {noun if count == 1 else noun + 's'}"


def distribution_chart(target: str | None, spread: Spread | None, *, kind: str = "",
                       focus_names: Sequence[str] = (), corpus: str = "") -> ChartData:
    """Mentions of `target` (an entity of `kind`, whose colour the bars take) per day when
    every document has a date, else in the documents with the most mentions, most first
    (`queries.spread` aggregates either way)."""
    if target is None or spread is None:
        return ChartData("", "", "", (), "Select an entity to see where it is mentioned.")
    documents = _counted(spread.documents, "document")
    if spread.days:
        bars = tuple(Bar(d.day, d.mentions, kind, d.first_doc, d.day) for d in spread.days)
        title, shown = f"Mentions of {target} over time", documents
    else:
        ranked = sorted(spread.top, key=lambda d: -d.mentions)  # ties keep date, title order
        bars = tuple(Bar(d.title or d.key, d.mentions, kind, d.id, d.date) for d in ranked)
        title = f"Mentions of {target} per document"
        shown = (f"Top {len(bars)} of {documents} by mentions"
                 if spread.documents > len(bars) else documents)
    return ChartData(title, _subtitle(corpus, shown, focus_phrase(focus_names)), "Mentions", bars,
                     f"{target} is not mentioned in this selection.", "document",
                     bool(spread.days))


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
