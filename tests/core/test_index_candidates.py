"""An ambiguous short name's candidates, as the queries give them: on the entity rows
(names only, for the tables) and in full (`queries.candidates`: each with the entity
carrying that name now, and its mentions). A tiny index written by hand, no pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.index import queries
from explorer.index.store import Store

# (id, name, kind, mentions, hidden, candidates)
ENTITIES = [
    (1, "Serena Williams", "person", 12, 0, None),
    (2, "Venus Williams", "person", 8, 0, None),
    (3, "Venus Williams", "organization", 30, 0, None),  # a racehorse syndicate, say
    (4, "Robbie Williams", "person", 5, 1, None),  # hidden by the user, still the only one
    (
        5,
        "Williams",
        "person",
        4,
        0,
        "Serena Williams\tVenus Williams\tRobbie Williams\tRon Williams",
    ),
    (6, "Tony", "person", 2, 0, "Tony Blair"),
]


@pytest.fixture()
def store(tmp_path: Path):
    with Store(tmp_path / "index.sqlite") as store:
        with store.transaction() as conn:
            conn.executemany(
                "INSERT INTO entities(id, name, kind, mentions, documents, hidden, candidates) "
                "VALUES (?, ?, ?, ?, 1, ?, ?)",
                ENTITIES,
            )
        yield store


def test_candidates_with_their_entities_in_the_order_resolution_gave(store: Store) -> None:
    williams = queries.candidates(store.conn, 5)
    assert williams == [
        queries.Candidate("Serena Williams", 1, 12),
        queries.Candidate("Venus Williams", 2, 8),  # the person, not the busier organisation
        queries.Candidate("Robbie Williams", 4, 5),
        queries.Candidate("Ron Williams", None, 0),  # no entity carries the name
    ]
    # "Tony Blair" was renamed or merged away since: the name stays, without an entity
    assert queries.candidates(store.conn, 6) == [queries.Candidate("Tony Blair", None, 0)]


def test_an_entity_that_is_not_ambiguous_has_none(store: Store) -> None:
    assert queries.candidates(store.conn, 1) == []
    assert queries.candidates(store.conn, 99) == []  # no such entity


def test_entity_rows_carry_the_candidate_names(store: Store) -> None:
    rows = {r.id: r for r in queries.entities(store.conn, include_hidden=True)}
    assert rows[5].candidates == (
        "Serena Williams",
        "Venus Williams",
        "Robbie Williams",
        "Ron Williams",
    )
    assert rows[6].candidates == ("Tony Blair",)
    assert all(rows[i].candidates == () for i in (1, 2, 3, 4))
    assert rows[4].hidden and not rows[5].hidden
    assert queries.entity(store.conn, 6) == rows[6]
    assert queries.find_entities(store.conn, "williams")[0] == rows[5]
