"""Titles of works: a span cut from one is the whole title, a title is a work, and
the names of bodies, places, offices and people that share a title's shape are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.corpus.model import Document
from explorer.index.reresolve import redo_resolution
from explorer.index.store import Store
from explorer.index.write import DocumentWriter
from explorer.nlp.extract import Extraction, RawMention, Sentence
from explorer.resolve.classify import classify
from explorer.resolve.spans import clean_span
from explorer.resolve.work_titles import is_work_title


def cleaned(text: str, raw: str, label: str) -> str | None:
    start = text.index(raw)
    span = clean_span(text, start, start + len(raw), label)
    return None if span is None else text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("text", "raw", "label", "title"),
    [
        (
            "The film won with Eternal Sunshine of the Spotless Mind, which it beat.",
            "Spotless Mind",
            "FAC",
            "Eternal Sunshine of the Spotless Mind",
        ),
        (
            "The film won with Eternal Sunshine of the Spotless Mind, which it beat.",
            "Eternal Sunshine",
            "ORG",
            "Eternal Sunshine of the Spotless Mind",
        ),
        (
            "the sequel to hit film Pirates of the Caribbean was criticised",
            "Pirates",
            "GPE",
            "Pirates of the Caribbean",
        ),
        (
            "She told BBC One's Breakfast with Frost: \"It is",
            "Breakfast",
            "LOC",
            "Breakfast with Frost",
        ),
        (
            "the band's Madly in Anger with the World tour helped them",
            "Anger",
            "FAC",
            "Madly in Anger with the World",
        ),
        (
            "who directed Harry Potter and the Prisoner of Azkaban, will",
            "Azkaban",
            "ORG",
            "Prisoner of Azkaban",
        ),
    ],
)
def test_a_span_cut_from_a_title_becomes_the_whole_title(
    text: str, raw: str, label: str, title: str | None
) -> None:
    expected = (
        title
        or {
            "Pirates": "Pirates of the Caribbean",
            "Breakfast": "Breakfast with Frost",
            "Azkaban": "Prisoner of Azkaban",
        }[raw]
    )
    assert cleaned(text, raw, label) == expected


@pytest.mark.parametrize(
    ("text", "raw", "label"),
    [
        ("he beat Jan Hernych of the Czech Republic in the final", "Czech Republic", "GPE"),
        ("rates set by the Bank of England last week", "England", "GPE"),
        ("famine across the Horn of Africa this year", "Africa", "LOC"),
        ("the award went to the Battle of Britain memorial", "Britain", "GPE"),
        ("Members of Amnesty International said so", "Amnesty International", "ORG"),
        ("Pirates of the Caribbean was a hit for them.", "Pirates", "GPE"),
        ("tries by Paul Young of Bath sealed it", "Bath", "GPE"),
        ("the Consumer Electronics Show in Las Vegas opened", "Las Vegas", "GPE"),
        ("a draw as Chelsea drew with Arsenal on Sunday", "Arsenal", "ORG"),
        ("trouble early on against Vinci with the Italian clinching", "Italian", "NORP"),
        ("playing South Africa with the Lions watching", "Lions", "ORG"),
        ("talks in Brussels with the WTO began", "WTO", "ORG"),
        ("the Chancellor of the Exchequer spoke", "Exchequer", "ORG"),
        ("a painting by Leonardo da Vinci with the Louvre's help", "Louvre", "FAC"),
        ("the Seafarers Identity Documents of June were signed", "Seafarers Identity", "ORG"),
    ],
)
def test_a_name_beside_an_office_a_body_a_place_or_a_person_stays_itself(
    text: str, raw: str, label: str
) -> None:
    assert cleaned(text, raw, label) == raw


def test_a_title_case_headline_is_left_to_the_headline_rules() -> None:
    text = "Film Row Over Pirates of the Caribbean\n\nThe body said."
    assert cleaned(text, "Pirates", "GPE") == "Pirates"


@pytest.mark.parametrize(
    "name",
    [
        "World of Warcraft",
        "Boulevard of Broken Dreams",
        "Girl with a Pearl Earring",
        "Attack of The Clones",
        "Prevention of Terrorism Bill",
        "Shaun of the Dead",
    ],
)
def test_a_run_of_words_joined_by_of_or_with_is_a_works_title(name: str) -> None:
    assert is_work_title(name)
    route = classify(name, "ORG")
    assert route is not None and route.kind == "other"


@pytest.mark.parametrize(
    "name",
    [
        "Bank of England",
        "Council of Mortgage Lenders",
        "Isle of Wight",
        "Prince of Wales",
        "News of the World",
        "Friends of the Earth",
        "Statue of Liberty",
        "Line of Control",
        "Barry Gibb of The Bee Gees",
        "LG Electronics of South Korea",
        "Hollywood Walk of Fame",
        "Festival of Britain",
        "University of the West of England",
        "Joint Chiefs of Staff",
        "Southern Highlands of New South Wales",
    ],
)
def test_names_of_bodies_places_offices_and_people_are_no_titles(name: str) -> None:
    assert not is_work_title(name)


def _document(text: str) -> Document:
    return Document("a.txt", Path("a.txt"), "a", text, "hash", ((0, len(text)),))


def test_two_spans_of_one_title_are_stored_once_and_after_a_new_resolution_too(
    tmp_path: Path,
) -> None:
    text = "The prize went to Eternal Sunshine of the Spotless Mind at last."
    spans = [
        RawMention(text.index(r), text.index(r) + len(r), label)
        for r, label in (("Eternal Sunshine", "ORG"), ("Spotless Mind", "FAC"))
    ]
    extraction = Extraction(_document(text), [Sentence(0, 0, len(text))], spans)
    with Store(tmp_path / "i.sqlite") as store, store.transaction() as conn:
        DocumentWriter(conn).write("a.txt", extraction)
        stored = conn.execute("SELECT text, label FROM mentions").fetchall()
        assert stored == [("Eternal Sunshine of the Spotless Mind", "ORG")]
        # an index an earlier version wrote holds both spans; its new resolution keeps one
        conn.execute("UPDATE mentions SET clean_end = start_char + 16, text = 'Eternal Sunshine'")
        mention = conn.execute("SELECT doc_id, passage_id FROM mentions").fetchone()
        start = text.index("Spotless Mind")
        conn.execute(
            "INSERT INTO mentions(doc_id, passage_id, paragraph, start_char, clean_end, "
            "end_char, text, label) VALUES (?, ?, 0, ?, ?, ?, 'Spotless Mind', 'FAC')",
            (*mention, start, start + 13, start + 13),
        )
        assert redo_resolution(conn) == 1
        stored = conn.execute("SELECT text, label FROM mentions").fetchall()
        assert stored == [("Eternal Sunshine of the Spotless Mind", "ORG")]
