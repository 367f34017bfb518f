"""The bench's synthesised indexes (bench/indexes.py): the copies carry synthetic dates
from a fixed seed, the real documents none; the bench's timeline (bench/queries.py)
counts every dated mention of its lines in its bins, in and out of a focus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bench.indexes import DATE_FIRST, DATE_LAST, fingerprint, synthesise
from bench.queries import PINNED, query_calls, timeline
from explorer.index import queries
from explorer.index.focus import NO_FOCUS, Focus
from explorer.index.store import Store
from explorer.timeline.bins import UNITS


def _dates(index: Path) -> dict[int, str | None]:
    with Store(index, readonly=True) as store:
        return dict(store.conn.execute("SELECT id, date FROM documents ORDER BY id"))


@pytest.fixture(scope="module")
def synthesised(seeds_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("bench") / "bench-14.db"
    synthesise(seeds_index, target, 14)
    return target


def test_bench_copies_are_dated_from_a_seed_and_the_originals_are_not(
    seeds_index: Path, synthesised: Path, tmp_path: Path
) -> None:
    originals = _dates(seeds_index)
    dates = _dates(synthesised)
    assert len(originals) == 4 and len(dates) == 14
    assert all(dates[doc] is None for doc in originals)  # the seeds have no date
    copied = {doc: date for doc, date in dates.items() if doc not in originals}
    assert len(copied) == 10
    days = [dt.date.fromisoformat(date) for date in copied.values() if date is not None]
    assert len(days) == 10 and all(DATE_FIRST <= day <= DATE_LAST for day in days)
    assert len(set(days)) > 1
    # Deterministic, and a smaller index's copies are dated as the larger one's first.
    smaller = tmp_path / "bench-9.db"
    synthesise(seeds_index, smaller, 9)
    assert _dates(smaller) == {doc: dates[doc] for doc in _dates(smaller)}


def test_bench_fingerprint_names_the_synthesis_version(monkeypatch: pytest.MonkeyPatch) -> None:
    import bench.indexes

    monkeypatch.delenv("BENCH_FINGERPRINT", raising=False)
    fingerprint.cache_clear()
    before = fingerprint("model")
    fingerprint.cache_clear()
    monkeypatch.setattr(bench.indexes, "SYNTHESIS_VERSION", bench.indexes.SYNTHESIS_VERSION + 1)
    assert fingerprint("model") != before
    fingerprint.cache_clear()


@pytest.mark.parametrize("focused", [False, True])
def test_bench_timeline_counts_every_dated_mention_of_its_lines(
    synthesised: Path, focused: bool
) -> None:
    with Store(synthesised, readonly=True) as store:
        conn = store.conn
        rows = queries.entities(conn, limit=1 + PINNED)
        lines = [(row.id, row.name) for row in rows]
        focus = Focus((rows[0].id,)) if focused else NO_FOCUS
        in_focus = {
            doc
            for (doc,) in conn.execute(
                "SELECT doc_id FROM entity_documents WHERE entity_id = ?", (rows[0].id,)
            )
        }
        for unit in UNITS:
            shown = timeline(conn, lines, focus, unit)
            assert shown.unit == unit and len(shown.lines) == len(lines) == 1 + PINNED
            for line in shown.lines:
                per_doc = conn.execute(
                    "SELECT ed.doc_id, ed.mentions, d.date FROM entity_documents AS ed "
                    "JOIN documents AS d ON d.id = ed.doc_id WHERE ed.entity_id = ?",
                    (line.entity_id,),
                ).fetchall()
                wanted = [(n, date) for doc, n, date in per_doc if not focused or doc in in_focus]
                assert line.dated_mentions == sum(n for n, date in wanted if date)
                assert line.undated_mentions == sum(n for n, date in wanted if not date)
            assert shown.bins[0].first >= DATE_FIRST - dt.timedelta(days=6)
            assert shown.bins[-1].last <= DATE_LAST + dt.timedelta(days=6)
        calls = query_calls(conn, synthesised)
        named = [name for name in calls if "timeline" in name]
        assert len(named) == 2 * len(UNITS)
        assert all(calls[name]() for name in named)  # every one has bins


@pytest.mark.parametrize("edit", ["same", "count", "name"])
def test_the_update_bench_edits_a_copy_and_leaves_the_index_alone(
    synthesised: Path, edit: str
) -> None:
    from bench.indexes import time_updates

    before = synthesised.read_bytes()
    measured = time_updates(synthesised, 2, edit)
    assert len(measured) == 2 and all(wall > 0 and cpu > 0 for wall, cpu in measured)
    assert synthesised.read_bytes() == before


def test_the_update_bench_edits_are_the_edits_it_names(synthesised: Path, tmp_path: Path) -> None:
    from bench.indexes import _NEW_NAME, _time_one_document_edit

    copy = tmp_path / "copy.db"
    copy.write_bytes(synthesised.read_bytes())
    with Store(copy) as store:
        conn = store.conn
        doc = conn.execute("SELECT max(doc_id) FROM mentions").fetchone()[0]
        rows = [list(r) for r in conn.execute("SELECT * FROM mentions WHERE doc_id = ?", (doc,))]

        def mentions_of_doc() -> int:
            return int(
                conn.execute("SELECT count(*) FROM mentions WHERE doc_id = ?", (doc,)).fetchone()[0]
            )

        _time_one_document_edit(store, 0, "name", rows)
        assert queries.find_entities(conn, _NEW_NAME)
        _time_one_document_edit(store, 1, "name", rows)
        assert not queries.find_entities(conn, _NEW_NAME)
        _time_one_document_edit(store, 0, "count", rows)
        assert mentions_of_doc() == len(rows) - 1
        _time_one_document_edit(store, 1, "count", rows)
        assert mentions_of_doc() == len(rows)
