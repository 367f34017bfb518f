"""What a dossier says, gathered from the index (Qt-free): the entity, its spellings,
where it is mentioned, who with, the passages that show it best, and the corrections
the user made to it.

The passages are the first mention in each document, then those shared with the top
co-mentions, at most MAX_PASSAGES: a large entity stays readable, and the dossier
says how many more the app lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from explorer import __version__
from explorer.charts.data import (
    ChartData,
    ChartFocus,
    comention_chart,
    distribution_chart,
    focus_phrase,
)
from explorer.index import queries
from explorer.index.corrections import load_corrections
from explorer.index.focus import Focus
from explorer.index.lookup import document_dates
from explorer.index.store import Connection
from explorer.index.timeline import entity_days, undated_documents
from explorer.resolve.model import Correction
from explorer.timeline.build import Timeline, build_timeline

MAX_PASSAGES = 30
SHARED_PER_COMENTION = 2  # passages shown for each of the top co-mentions
TOP_COMENTIONS = 15
CHART_COMENTIONS = 12
WINDOW = "sentence"


@dataclass(frozen=True, slots=True)
class Passage:
    passage: queries.PassageRow
    date: str | None
    why: str  # "first mention in its document" or "with <name>"


@dataclass(frozen=True, slots=True)
class Dossier:
    entity: queries.EntityRow
    mentions: int  # in the focus, when there is one
    documents: int
    aliases: tuple[tuple[str, int], ...]
    candidates: tuple[str, ...]
    comentions: tuple[queries.CoMentionRow, ...]
    spread_chart: ChartData
    timeline: Timeline  # over publication dates, with bursts; no bins when nothing is dated
    comention_chart: ChartData
    passages: tuple[Passage, ...]
    total_passages: int
    corrections: tuple[Correction, ...]
    focus: str  # "Whole corpus" or "Focus: …"
    corpus: str
    pipeline: str
    made: str  # when the dossier was made, local time to the minute
    version: str = __version__

    @property
    def more_passages(self) -> int:
        return self.total_passages - len(self.passages)


def gather(
    conn: Connection,
    entity: queries.EntityRow,
    *,
    focus: Focus,
    chart_focus: ChartFocus,
    corpus: str,
) -> Dossier:
    """Everything the dossier of `entity` shows, inside `focus`."""
    mentions, documents = _counts(conn, entity, focus)
    comentions = queries.co_mentions(conn, entity.id, window=WINDOW, focus=focus)
    spread = queries.spread(conn, entity.id, focus=focus)
    keys = queries.passage_keys(conn, entity.id, focus=focus)
    chosen = _representative(conn, entity, keys, comentions[:TOP_COMENTIONS], focus)
    ids = [passage_id for passage_id, _ in chosen]
    whom = [entity.id, *{c.id for c in comentions[:TOP_COMENTIONS]}]
    rows = queries.passages_at(conn, ids, whom)
    dates = document_dates(conn, sorted({row.doc_id for row in rows}))
    why = dict(chosen)
    passages = tuple(
        Passage(row, dates.get(row.doc_id), why[row.passage_id])
        for row in sorted(rows, key=lambda r: (dates.get(r.doc_id) or "", r.doc_id, r.start))
    )
    return Dossier(
        entity=entity,
        mentions=mentions,
        documents=documents,
        aliases=tuple(queries.aliases(conn, entity.id)),
        candidates=entity.candidates,
        comentions=tuple(comentions[:TOP_COMENTIONS]),
        spread_chart=distribution_chart(
            entity.name, spread, kind=entity.kind, focus=chart_focus, corpus=corpus
        ),
        timeline=build_timeline(
            [(entity.name, entity_days(conn, entity.id, focus))], undated_documents(conn, focus)
        ),
        comention_chart=comention_chart(
            entity.name,
            comentions,
            window=WINDOW,
            top=CHART_COMENTIONS,
            focus=chart_focus,
            corpus=corpus,
        ),
        passages=passages,
        total_passages=len(keys),
        corrections=tuple(_corrections_of(conn, entity)),
        focus=focus_phrase(chart_focus),
        corpus=corpus,
        pipeline=queries.corpus_summary(conn).pipeline,
        made=datetime.now().strftime("%Y-%m-%d %H:%M"),
    )


def _counts(conn: Connection, entity: queries.EntityRow, focus: Focus) -> tuple[int, int]:
    if not focus:
        return entity.mentions, entity.documents
    inside = queries.entities(conn, kinds=[entity.kind], focus=focus, include_hidden=True)
    row = next((r for r in inside if r.id == entity.id), None)
    return (row.mentions, row.documents) if row else (0, 0)


def _representative(
    conn: Connection,
    entity: queries.EntityRow,
    keys: list[tuple[int, int]],
    comentions: list[queries.CoMentionRow],
    focus: Focus,
) -> list[tuple[int, str]]:
    """(passage id, why) of the passages to show: the first of each document, then
    those shared with each top co-mention, at most MAX_PASSAGES, each once."""
    chosen: dict[int, str] = {}
    seen_docs: set[int] = set()
    for doc, passage in keys:
        if doc not in seen_docs and len(chosen) < MAX_PASSAGES:
            seen_docs.add(doc)
            chosen[passage] = "first mention in its document"
    for other in comentions:
        if len(chosen) >= MAX_PASSAGES:
            break
        shared = queries.passage_keys(
            conn, entity.id, with_entity=other.id, focus=focus, limit=SHARED_PER_COMENTION
        )
        for _, passage in shared:
            if passage not in chosen and len(chosen) < MAX_PASSAGES:
                chosen[passage] = f"with {other.name}"
    return list(chosen.items())


def _corrections_of(conn: Connection, entity: queries.EntityRow) -> list[Correction]:
    """The user's corrections that name the entity or one of its spellings."""
    names = {entity.name.casefold()} | {
        text.casefold() for text, _ in queries.aliases(conn, entity.id)
    }
    return [c for c in load_corrections(conn) if names & {arg.casefold() for arg in c.args}]
