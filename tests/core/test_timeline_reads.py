"""How the index reads the timeline (explorer/index/timeline.py): whatever form the
dates take, the per-day counts are those of SQL's own grouping by the first ten
characters; what is remembered per connection is forgotten when the index changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explorer.index import queries
from explorer.index.focus import NO_FOCUS, Focus
from explorer.index.store import Store
from explorer.index.timeline import EntityDays, entity_days, undated_documents


def _by_sql(conn, entity_id: int, focus: Focus) -> EntityDays:
    """The answer as one SQL aggregate per question gives it."""
    where, params = "", []
    if focus:
        from explorer.index.focus import focus_documents_sql

        sql, params = focus_documents_sql(focus)
        where = f" AND ed.doc_id IN ({sql})"
    source = (
        "FROM entity_documents AS ed JOIN documents AS d ON d.id = ed.doc_id "
        f"WHERE ed.entity_id = ? {where}"
    )
    days = conn.execute(
        f"SELECT substr(d.date, 1, 10) AS day, sum(ed.mentions) {source} "
        "AND d.date IS NOT NULL GROUP BY day ORDER BY day",
        [entity_id, *params],
    ).fetchall()
    mentions, documents = conn.execute(
        f"SELECT coalesce(sum(ed.mentions), 0), count(*) {source} AND d.date IS NULL",
        [entity_id, *params],
    ).fetchone()
    return EntityDays(entity_id, tuple(days), mentions, documents)


@pytest.fixture()
def store(seeds_index: Path, tmp_path: Path):
    path = tmp_path / "dated.sqlite"
    shutil.copy(seeds_index, path)
    with Store(path) as opened:
        yield opened


DATINGS = {
    "iso": {1: "2024-05-01", 2: "2024-05-20", 3: "2024-05-01"},
    "with times": {1: "2024-05-01T09:00", 2: "2024-05-01T17:30", 3: "2024-07-03"},
    "odd": {1: "2024-05", 2: "1 May 2024", 3: "2024-05-01\x1f"},
    "none": {},
}


@pytest.mark.parametrize("dating", DATINGS)
def test_days_are_those_sql_groups_in_any_form_of_date(store: Store, dating: str) -> None:
    conn = store.conn
    with store.transaction():
        for doc_id, date in DATINGS[dating].items():
            conn.execute("UPDATE documents SET date = ? WHERE id = ?", (date, doc_id))
    russia = queries.find_entities(conn, "Russia")[0]
    kim = queries.find_entities(conn, "Kim Jong Un")[0]
    for focus in (NO_FOCUS, Focus((kim.id,))):
        for entity in queries.entities(conn):
            assert entity_days(conn, entity.id, focus) == _by_sql(conn, entity.id, focus)
        expected = _by_sql(conn, russia.id, focus)
        assert entity_days(conn, russia.id, focus) == expected
        undated = conn.execute(
            "SELECT count(*) FROM documents WHERE date IS NULL"
            + (
                " AND id IN (SELECT doc_id FROM entity_documents WHERE entity_id = ?)"
                if focus
                else ""
            ),
            [kim.id] if focus else [],
        ).fetchone()[0]
        assert undated_documents(conn, focus) == undated


def test_a_change_to_the_index_is_seen_by_the_next_question(store: Store) -> None:
    conn = store.conn
    russia = queries.find_entities(conn, "Russia")[0]
    before = entity_days(conn, russia.id)
    assert before.days == () and undated_documents(conn) == 4
    with store.transaction():  # this connection's own change
        conn.execute("UPDATE documents SET date = '2024-05-01' WHERE id = 1")
    assert entity_days(conn, russia.id) == _by_sql(conn, russia.id, NO_FOCUS) != before
    assert undated_documents(conn) == 3
    with Store(store.path, readonly=True) as reader:
        seen = entity_days(reader.conn, russia.id)
        with store.transaction():  # another connection's
            conn.execute("UPDATE documents SET date = '2024-06-01' WHERE id = 2")
        assert entity_days(reader.conn, russia.id) == _by_sql(reader.conn, russia.id, NO_FOCUS)
        assert entity_days(reader.conn, russia.id) != seen
        assert undated_documents(reader.conn) == 2
