"""The user's corrections: each operation, unmatched ones, exact replay, the JSON file."""

from __future__ import annotations

import json

import pytest

from explorer.resolve.corrections import corrections_from_json, corrections_to_json
from explorer.resolve.model import Correction, FormCount, Resolution
from explorer.resolve.resolver import resolve


def form(doc: int, text: str, label: str = "PERSON", count: int = 1) -> FormCount:
    return FormCount(doc, text, label, 0, count)


FORMS = [
    form(0, "Vladimir Putin", count=4),
    form(0, "Putin", count=15),
    form(1, "Putin"),
    form(0, "Kim Jong Un", count=12),
    form(1, "Kim Jong-un", count=8),
    form(1, "Kim", count=5),
    form(0, "Dmitry Peskov"),
    form(0, "Peskov"),
    form(1, "Kremlin", "ORG", 5),
    form(1, "Russia", "GPE", 9),
    form(1, "Russian", "NORP", 4),
]


def fix(*corrections: tuple[str, ...]) -> Resolution:
    return resolve(FORMS, [Correction(c[0], tuple(c[1:])) for c in corrections])


def entity_of(res: Resolution, doc: int, text: str, label: str = "PERSON"):
    return res.entities[res.assignments[doc, text, label].entity]


def test_merge_moves_every_form_and_alias_into_the_target() -> None:
    res = fix(("merge", "peskov", "KREMLIN"))  # case-insensitive, by alias or display name
    kremlin = entity_of(res, 1, "Kremlin", "ORG")
    assert entity_of(res, 0, "Dmitry Peskov") is kremlin and entity_of(res, 0, "Peskov") is kremlin
    assert kremlin.name == "Kremlin" and kremlin.kind == "organization"
    assert kremlin.aliases == {"Kremlin", "Dmitry Peskov", "Peskov"}
    assert "Dmitry Peskov" not in {e.name for e in res.entities}
    assert all(a.entity < len(res.entities) for a in res.assignments.values())


def test_rename_kind_hide_unhide() -> None:
    res = fix(("rename", "Putin", "V. V. Putin"), ("kind", "Kremlin", "place"), ("hide", "Kim"))
    assert entity_of(res, 0, "Putin").name == "V. V. Putin"
    assert entity_of(res, 1, "Kremlin", "ORG").kind == "place"
    assert entity_of(res, 1, "Kim").hidden
    res = fix(("hide", "Kim Jong Un"), ("unhide", "kim jong-un"))
    assert not entity_of(res, 1, "Kim").hidden
    # the new name matches later corrections
    res = fix(("rename", "Putin", "VVP"), ("hide", "vvp"))
    assert entity_of(res, 1, "Putin").hidden


def test_split_takes_one_alias_out_into_its_own_entity() -> None:
    res = fix(("split", "Kim Jong Un", "kim"))
    kim = entity_of(res, 1, "Kim")
    assert kim.name == "Kim" and kim.kind == "person" and kim.aliases == {"Kim"}
    jong_un = entity_of(res, 1, "Kim Jong-un")
    assert jong_un is not kim and "Kim" not in jong_un.aliases
    # the demonym's forms split off their country keep their demonym flag
    res = fix(("split", "Russia", "Russian"))
    assert entity_of(res, 1, "Russian", "NORP").name == "Russian"
    assert res.assignments[1, "Russian", "NORP"].demonym


def test_split_of_the_display_name_renames_what_is_left() -> None:
    res = fix(("split", "Vladimir Putin", "Vladimir Putin"))
    assert entity_of(res, 0, "Putin").name == "Putin"
    assert entity_of(res, 0, "Vladimir Putin").name == "Vladimir Putin"


def test_corrections_that_name_nothing_are_reported_and_kept() -> None:
    corrections = [
        Correction("merge", ("Angela Merkel", "Vladimir Putin")),
        Correction("hide", ("Nobody",)),
        Correction("split", ("Kremlin", "Kremlin")),  # its only alias: nothing to split
        Correction("kind", ("Kremlin", "planet")),  # not a kind
        Correction("hide", ("Kim",)),
    ]
    res = resolve(FORMS, corrections)
    assert res.unmatched == corrections[:4]
    assert entity_of(res, 1, "Kim").hidden


def test_replaying_the_same_corrections_gives_exactly_the_same_result() -> None:
    corrections = [
        Correction("merge", ("Peskov", "Vladimir Putin")),
        Correction("split", ("Vladimir Putin", "Peskov")),
        Correction("rename", ("Kim Jong Un", "Kim Jong-un")),
        Correction("kind", ("Kremlin", "place")),
        Correction("hide", ("Russia",)),
        Correction("split", ("Kim Jong-un", "Kim")),
        Correction("merge", ("Kim", "Russia")),
    ]
    first = resolve(FORMS, corrections)
    second = resolve(list(FORMS), list(corrections))
    assert first == second
    assert [e.name for e in first.entities] == [e.name for e in second.entities]
    # and a second pass of the same corrections changes nothing more
    twice = resolve(FORMS, corrections + corrections)
    assert twice.entities == first.entities and twice.assignments == first.assignments


def test_json_round_trip() -> None:
    corrections = [
        Correction("merge", ("Putin", "Vladimir Putin")),
        Correction("rename", ("DPRK", "North Korea")),
        Correction("kind", ("Juche", "group")),
        Correction("hide", ("Exit",)),
        Correction("unhide", ("Exit",)),
        Correction("split", ("Kim Jong Un", "Kim")),
    ]
    text = corrections_to_json(corrections)
    assert json.loads(text)["version"] == 1
    assert corrections_from_json(text) == corrections


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "not a corrections file"),
        ('{"format": "entity-explorer-corrections", "version": 2, "corrections": []}', "version"),
        ('{"format": "entity-explorer-corrections", "version": 1}', "must be a list"),
        (
            '{"format": "entity-explorer-corrections", "version": 1, '
            '"corrections": [{"op": "merge"}]}',
            "correction 1",
        ),
        (
            '{"format": "entity-explorer-corrections", "version": 1, '
            '"corrections": [{"op": "explode", "args": ["x"]}]}',
            "unknown correction 'explode'",
        ),
        (
            '{"format": "entity-explorer-corrections", "version": 1, '
            '"corrections": [{"op": "merge", "args": ["x"]}]}',
            "merge takes 2 argument(s)",
        ),
        (
            '{"format": "entity-explorer-corrections", "version": 1, '
            '"corrections": [{"op": "kind", "args": ["x", "planet"]}]}',
            "'planet' is not one of",
        ),
        (
            '{"format": "entity-explorer-corrections", "version": 1, '
            '"corrections": [{"op": "hide", "args": [""]}]}',
            "name must be a non-empty string",
        ),
        (
            '{"format": "entity-explorer-corrections", "version": 1, '
            '"corrections": [{"op": "hide", "args": [3]}]}',
            "non-empty string",
        ),
    ],
)
def test_malformed_files_are_rejected_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        corrections_from_json(text)


def test_writing_an_invalid_correction_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown correction"):
        corrections_to_json([Correction("delete", ("x",))])
