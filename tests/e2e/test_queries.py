"""The index-driven queries give what a plain count over the mentions gives, on the
seeds indexed with the real pipeline (the queries are tuned for 50k documents; these
tests pin what they mean)."""

from __future__ import annotations

import math
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from explorer.index import queries
from explorer.index.comentions import WINDOWS
from explorer.index.focus import Focus, focus_documents_sql
from explorer.index.store import Store


def _mentions(store: Store, docs: set[int] | None = None) -> list[tuple[int, int, int, int, str]]:
    """(entity, doc, passage, paragraph, kind) of every resolved mention."""
    rows = store.conn.execute(
        "SELECT m.entity_id, m.doc_id, m.passage_id, m.paragraph, e.kind FROM mentions m "
        "JOIN entities e ON e.id = m.entity_id"
    ).fetchall()
    return [r for r in rows if docs is None or r[1] in docs]


def _window(row: tuple, window: str) -> tuple:
    _, doc, passage, paragraph, _ = row
    return {"sentence": (passage,), "paragraph": (doc, paragraph), "document": (doc,)}[window]


def _focus(store: Store) -> tuple[Focus, set[int]]:
    korea = queries.find_entities(store.conn, "North Korea")[0]
    russia = queries.find_entities(store.conn, "Russia")[0]
    focus = Focus((korea.id, russia.id))
    sql, params = focus_documents_sql(focus)
    return focus, {row[0] for row in store.conn.execute(sql, params)}


def _plain_co_mentions(store: Store, x: int, window: str, docs: set[int]) -> dict[str, tuple]:
    windows: dict[int, set[tuple]] = defaultdict(set)
    doc_of: dict[tuple, int] = {}
    for row in _mentions(store, docs):
        if row[4] != "date":
            key = _window(row, window)
            windows[row[0]].add(key)
            doc_of[key] = row[1]
    names = {r.id: r.name for r in queries.entities(store.conn, include_hidden=True)}
    found = {}
    for y, ys in windows.items():
        shared = windows[x] & ys
        if y != x and shared:
            score = 14 + math.log2(2 * len(shared) / (len(windows[x]) + len(ys)))
            docs_shared = len({doc_of[key] for key in shared})
            found[names[y]] = (len(shared), docs_shared, round(score, 9))
    return found


@pytest.mark.parametrize("window", WINDOWS)
def test_focused_co_mentions_count_windows_inside_the_focus(
    seeds_store: Store, window: str
) -> None:
    focus, docs = _focus(seeds_store)
    putin = queries.find_entities(seeds_store.conn, "Putin")[0]
    rows = queries.co_mentions(seeds_store.conn, putin.id, window=window, focus=focus)
    got = {r.name: (r.count, r.documents, round(r.score, 9)) for r in rows}
    assert got and got == _plain_co_mentions(seeds_store, putin.id, window, docs)


def test_focused_entity_totals_count_only_focused_documents(seeds_store: Store) -> None:
    focus, docs = _focus(seeds_store)
    totals: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for doc in docs:
        for entity_id, count in seeds_store.conn.execute(
            "SELECT entity_id, mentions FROM entity_documents WHERE doc_id = ?", (doc,)
        ):
            totals[entity_id][0] += count
            totals[entity_id][1] += 1
    rows = queries.entities(seeds_store.conn, focus=focus)
    assert rows and {r.id: [r.mentions, r.documents] for r in rows} == {
        e: t for e, t in totals.items() if e in {r.id for r in rows}
    }
    assert queries.count_documents(seeds_store.conn, focus) == len(docs)


def test_passages_of_an_entity_are_its_sentences_in_document_order(seeds_store: Store) -> None:
    kim = queries.find_entities(seeds_store.conn, "Kim Jong Un")[0]
    rows = queries.passages(seeds_store.conn, kim.id)
    expected = sorted({(r[1], r[2]) for r in _mentions(seeds_store) if r[0] == kim.id})
    assert [(r.doc_id, r.passage_id) for r in rows] == expected
    for row in rows:
        assert row.mentions and all(span.entity_id == kim.id for span in row.mentions)
        assert [s.start for s in row.mentions] == sorted(s.start for s in row.mentions)
    assert queries.passages(seeds_store.conn, kim.id, limit=3) == rows[:3]


def test_passages_of_a_pair_are_the_same_whichever_entity_comes_first(
    seeds_store: Store,
) -> None:
    kim = queries.find_entities(seeds_store.conn, "Kim Jong Un")[0]
    putin = queries.find_entities(seeds_store.conn, "Putin")[0]
    focus, docs = _focus(seeds_store)
    for where in (Focus(), focus):
        one = queries.passages(seeds_store.conn, kim.id, with_entity=putin.id, focus=where)
        other = queries.passages(seeds_store.conn, putin.id, with_entity=kim.id, focus=where)
        assert one and one == other
        for row in one:
            assert {s.entity_id for s in row.mentions} == {kim.id, putin.id}
            assert not where or row.doc_id in docs


def test_spread_ranks_documents_or_sums_days(seeds_index: Path, tmp_path: Path) -> None:
    path = tmp_path / "dated.sqlite"
    shutil.copy(seeds_index, path)
    with Store(path) as store:
        russia = queries.find_entities(store.conn, "Russia")[0]
        undated = queries.spread(store.conn, russia.id, top=2)
        assert (undated.documents, undated.days, len(undated.top)) == (4, (), 2)
        counts = sorted(
            (
                r[0]
                for r in store.conn.execute(
                    "SELECT mentions FROM entity_documents WHERE entity_id = ?", (russia.id,)
                )
            ),
            reverse=True,
        )
        assert sorted((d.mentions for d in undated.top), reverse=True) == counts[:2]
        assert [d.title for d in undated.top] == sorted(d.title for d in undated.top)
        with store.transaction() as conn:
            conn.execute("UPDATE documents SET date = '2024-05-0' || (id % 2 + 1) || 'T10:00'")
        dated = queries.spread(store.conn, russia.id)
        per_day = defaultdict(int)
        for day, count in store.conn.execute(
            "SELECT substr(d.date, 1, 10), ed.mentions FROM entity_documents ed "
            "JOIN documents d ON d.id = ed.doc_id WHERE ed.entity_id = ?",
            (russia.id,),
        ):
            per_day[day] += count
        assert [(d.day, d.mentions) for d in dated.days] == sorted(per_day.items())
        assert dated.top == ()
