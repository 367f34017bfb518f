"""Query latency: every question a panel of the app asks, median and p95 over many calls.

The calls are the ones `explorer.app.views` makes, through `explorer.index.queries`, on a
read-only connection opened once (opening costs about a millisecond and is not part
of a query). The entity asked about is the most mentioned one, the worst case for
co-mentions and passages; the focus is that entity and its top co-mention, so the
focus is never empty.

The timeline is asked as its panel's worker asks it (`load_timeline` in
`explorer/ui/timeline_source.py`; the `timeline` command does the same): on a connection
of its own, opened for the call (the index remembers the focused documents' days per
connection, so a connection reused across calls would time that memory, not the
question), the selected entity and the most pinned ones (the five next most mentioned,
the worst case), each one's mentions per day inside the focus, the focus's undated
documents, then the bins and bursts, for each bin. Only the synthesised indexes have
dates (`bench/indexes.py`): the 2k index's timeline has nothing to place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from itertools import cycle
from pathlib import Path
from typing import TYPE_CHECKING

from bench.measure import Latency, time_calls
from explorer.app.views import MAX_PASSAGES, PASSAGE_PAGE

if TYPE_CHECKING:
    from explorer.timeline.build import Timeline

# What explorer.app.views.load_passages asks for: the ids of MAX_PASSAGES + 1 passages (the
# list is capped), the first PASSAGE_PAGE of them whole. explorer.app is Qt-free (an
# import-linter contract), so importing it loads no Qt into this process's memory figure.
PASSAGE_LIMIT = MAX_PASSAGES + 1
SEARCHES = (
    "government",
    "Blair election",
    "mobile phone",
    "oil prices",
    "film award",
    "chief executive",
    "Premiership",
    "broadband",
)


PINNED = 5  # the most entities pinned beside the selected one (timeline_source.MAX_PINNED)


def timeline(conn: object, lines: list[tuple[int, str]], focus: object, unit: str) -> Timeline:
    """What the Timeline panel's worker computes once it has its connection
    (`load_timeline`): every line's days in the focus, the focus's undated documents,
    the bins and the bursts."""
    from explorer.index.timeline import entity_days, undated_documents
    from explorer.timeline.build import build_timeline

    named = [(name, entity_days(conn, entity, focus)) for entity, name in lines]  # type: ignore[arg-type]
    return build_timeline(named, undated_documents(conn, focus), unit)  # type: ignore[arg-type]


def timeline_job(store_path: Path, lines: list[tuple[int, str]], focus: object, unit: str) -> list:
    """`load_timeline` whole: a read-only connection of its own, then the timeline; its
    bins are the rows counted."""
    from explorer.index.store import Store

    with Store(store_path, readonly=True) as store:
        return list(timeline(store.conn, lines, focus, unit).bins)


def query_calls(conn: object, store_path: Path) -> dict[str, Callable[[], object]]:
    """Name -> a zero-argument call, one per row of the latency table; `conn` is a
    read-only connection to `store_path`."""
    from explorer.charts.data import MAX_DOCUMENT_BARS
    from explorer.index import queries
    from explorer.index.focus import NO_FOCUS, Focus
    from explorer.timeline.bins import UNITS

    top = queries.entities(conn, limit=1)[0]  # type: ignore[arg-type]
    lines = [(e.id, e.name) for e in queries.entities(conn, limit=1 + PINNED)]  # type: ignore[arg-type]
    partner = queries.co_mentions(conn, top.id, limit=1)  # type: ignore[arg-type]
    focus = Focus((top.id, partner[0].id)) if partner else Focus((top.id,))
    terms = cycle(SEARCHES)

    def first_page(entity: int, other: int | None = None, where: Focus = NO_FOCUS) -> list:
        """What the passage list asks (explorer.app.views.load_passages): the ids of up to
        PASSAGE_LIMIT passages, the first page of them whole."""
        keys = queries.passage_keys(
            conn,
            entity,
            with_entity=other,
            focus=where,  # type: ignore[arg-type]
            limit=PASSAGE_LIMIT,
        )
        wanted = [entity] if other is None else [entity, other]
        return queries.passages_at(conn, [p for _, p in keys][:PASSAGE_PAGE], wanted)  # type: ignore[arg-type]

    def bins(unit: str, where: Focus = NO_FOCUS) -> Callable[[], object]:
        return lambda: timeline_job(store_path, lines, where, unit)

    timelines = {f"timeline of top + {PINNED} pinned, by {unit}": bins(unit) for unit in UNITS}
    focused_timelines = {
        f"focus of 2: timeline of top + {PINNED} pinned, by {unit}": bins(unit, focus)
        for unit in UNITS
    }
    return {
        "entities: all": lambda: queries.entities(conn),  # type: ignore[arg-type]
        "entities: people": lambda: queries.entities(conn, kinds=("person",)),  # type: ignore[arg-type]
        "entities: search keys": lambda: queries.search_keys(conn),  # type: ignore[arg-type]
        "co-mentions of top": lambda: queries.co_mentions(conn, top.id),  # type: ignore[arg-type]
        "passages of top": lambda: first_page(top.id),
        "spread of top": lambda: queries.spread(
            conn,
            top.id,  # type: ignore[arg-type]
            top=MAX_DOCUMENT_BARS,
        ),
        "focus of 2: entities": lambda: queries.entities(conn, focus=focus),  # type: ignore[arg-type]
        "focus of 2: co-mentions": lambda: queries.co_mentions(  # type: ignore[arg-type]
            conn, top.id, focus=focus
        ),
        "focus of 2: passages of pair": lambda: first_page(top.id, focus.entities[-1], focus),
        "focus of 2: documents": lambda: [queries.count_documents(conn, focus)],  # type: ignore[arg-type]
        "full-text search": lambda: queries.search(conn, next(terms)),  # type: ignore[arg-type]
        **timelines,
        **focused_timelines,
    }


def measure_queries(store_path: Path, *, quick: bool = False) -> dict:
    """Latencies per query, plus what the index holds and what an open index costs in memory."""
    import psutil

    from explorer.index import queries
    from explorer.index.store import Store
    from explorer.index.timeline import undated_documents

    budget = 1.0 if quick else 3.0
    with Store(store_path, readonly=True) as store:
        summary = queries.corpus_summary(store.conn)
        top = queries.entities(store.conn, limit=1)[0]
        dated = summary.documents - undated_documents(store.conn)
        results: dict[str, dict] = {}
        for name, call in query_calls(store.conn, store_path).items():
            latency: Latency = time_calls(call, budget_s=budget, max_calls=20 if quick else 50)
            results[name] = asdict(latency)
        rss = psutil.Process().memory_info().rss
    return {
        "queries": results,
        "documents": summary.documents,
        "dated_documents": dated,
        "words": summary.words,
        "entities": summary.entities,
        "mentions": summary.mentions,
        "top_entity": {"name": top.name, "mentions": top.mentions, "documents": top.documents},
        "rss_after_mb": rss / (1024 * 1024),
    }
