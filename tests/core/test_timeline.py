"""The timeline core: bins and bursts on synthetic series, and the index's per-day
counts on the seeds with dates given to three of their four documents."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from explorer.index import queries
from explorer.index.focus import Focus, day_number
from explorer.index.store import Store
from explorer.index.timeline import entity_days, period_passage_keys, undated_documents
from explorer.timeline.bins import bins_between, choose_unit, counts_per_bin
from explorer.timeline.build import build_timeline
from explorer.timeline.bursts import bursts

DATES = {1: "2024-05-01T09:00", 2: "2024-05-20", 3: "2024-07-03"}  # document 4 has none


@pytest.fixture()
def dated(seeds_index: Path, tmp_path: Path):
    path = tmp_path / "dated.sqlite"
    shutil.copy(seeds_index, path)
    with Store(path) as store:
        with store.conn:
            for doc_id, date in DATES.items():
                store.conn.execute("UPDATE documents SET date = ? WHERE id = ?", (date, doc_id))
        yield store


def test_a_burst_is_found_and_a_flat_series_has_none() -> None:
    series = [2] * 20 + [12, 14, 11] + [2] * 20
    (burst,) = bursts(series)
    assert (burst.first, burst.last) == (20, 22) and burst.strength > 0
    assert bursts([3] * 40) == []
    assert bursts([0] * 10) == [] and bursts([5]) == []


def test_a_stronger_jump_is_a_stronger_burst() -> None:
    small = bursts([2] * 20 + [8, 8] + [2] * 20)
    large = bursts([2] * 20 + [20, 20] + [2] * 20)
    assert small and large and large[0].strength > small[0].strength


def test_bins_cover_the_span_with_every_empty_bin() -> None:
    first, last = dt.date(2024, 1, 31), dt.date(2024, 4, 2)
    months = bins_between(first, last, "month")
    assert [b.first.isoformat() for b in months] == [
        "2024-01-01",
        "2024-02-01",
        "2024-03-01",
        "2024-04-01",
    ]
    assert months[1].last == dt.date(2024, 2, 29)
    weeks = bins_between(first, last, "week")
    assert weeks[0].first == dt.date(2024, 1, 29) and all(b.first.weekday() == 0 for b in weeks)
    assert counts_per_bin(
        [("2024-01-31", 2), ("2024-03-15", 3), ("2024-03-01", 1)], months, "month"
    ) == [2, 0, 4, 0]
    assert choose_unit(first, first + dt.timedelta(days=30)) == "day"
    assert choose_unit(first, first + dt.timedelta(days=400)) == "week"
    assert choose_unit(first, first + dt.timedelta(days=4000)) == "month"


@pytest.mark.parametrize("focused", [False, True])
def test_counts_per_bin_add_up_to_the_dated_mentions(dated: Store, focused: bool) -> None:
    conn = dated.conn
    russia = queries.find_entities(conn, "Russia")[0]
    kim = queries.find_entities(conn, "Kim Jong Un")[0]
    focus = Focus((kim.id,)) if focused else Focus()
    per_doc = dict(
        conn.execute(
            "SELECT doc_id, mentions FROM entity_documents WHERE entity_id = ?", (russia.id,)
        )
    )
    in_focus = {
        row[0]
        for row in conn.execute(
            "SELECT doc_id FROM entity_documents WHERE entity_id = ?", (kim.id,)
        )
    }
    wanted = {doc: n for doc, n in per_doc.items() if not focused or doc in in_focus}
    days = entity_days(conn, russia.id, focus)
    assert days.undated_mentions == sum(n for d, n in wanted.items() if d not in DATES)
    for unit in ("day", "week", "month"):
        timeline = build_timeline([("Russia", days)], undated_documents(conn, focus), unit)
        (line,) = timeline.lines
        assert line.dated_mentions == sum(n for d, n in wanted.items() if d in DATES)
        assert line.dated_mentions + line.undated_mentions == sum(wanted.values())
    month = build_timeline([("Russia", days)], 1, "month")
    assert [b.first.isoformat() for b in month.bins] == ["2024-05-01", "2024-06-01", "2024-07-01"]
    assert month.lines[0].counts[1] == 0  # June: no document, still a bin


def test_documents_without_a_date_are_counted_not_placed(dated: Store) -> None:
    conn = dated.conn
    assert undated_documents(conn) == 1
    conn.execute("UPDATE documents SET date = NULL")
    russia = queries.find_entities(conn, "Russia")[0]
    timeline = build_timeline([("Russia", entity_days(conn, russia.id))], undated_documents(conn))
    assert timeline.bins == () and timeline.undated_documents == 4
    assert timeline.lines[0].undated_mentions == russia.mentions


def test_the_passages_of_a_period_are_those_of_its_documents(dated: Store) -> None:
    conn = dated.conn
    russia = queries.find_entities(conn, "Russia")[0]
    may = period_passage_keys(conn, russia.id, "2024-05-01", "2024-05-31")
    everything = queries.passage_keys(conn, russia.id)
    assert {doc for doc, _ in may} == {1, 2} & {doc for doc, _ in everything}
    assert set(may) == {key for key in everything if key[0] in (1, 2)}
    assert period_passage_keys(conn, russia.id, "2024-06-01", "2024-06-30") == []


def test_a_focused_period_holds_the_documents_dated_within_it(dated: Store) -> None:
    conn = dated.conn
    may = Focus(period=(day_number("2024-05-01"), day_number("2024-05-31")))
    assert may and queries.count_documents(conn, may) == 2
    russia = queries.find_entities(conn, "Russia")[0]
    days = entity_days(conn, russia.id, may)
    assert [day for day, _ in days.days] == ["2024-05-01", "2024-05-20"]
    assert days.undated_mentions == 0 and undated_documents(conn, may) == 0
    in_may = {row.name: row.mentions for row in queries.entities(conn, focus=may)}
    assert in_may["Russia"] == sum(n for _, n in days.days)
    kim = queries.find_entities(conn, "Kim Jong Un")[0]
    both = Focus((kim.id,), period=may.period)
    kim_docs = {
        d
        for (d,) in conn.execute(
            "SELECT doc_id FROM entity_documents WHERE entity_id = ?", (kim.id,)
        )
    }
    assert queries.count_documents(conn, both) == len(kim_docs & {1, 2})
