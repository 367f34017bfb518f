"""A word a hyphen glues to a name where a conversion put hyphens for spaces."""

from __future__ import annotations

from explorer.resolve.model import Entity, FormCount, Resolution
from explorer.resolve.resolver import resolve


def form(doc: int, text: str, label: str = "PERSON", count: int = 1) -> FormCount:
    return FormCount(doc, text, label, 0, count)


def entity(res: Resolution, doc: int, text: str, label: str = "PERSON") -> Entity | None:
    assignment = res.assignments.get((doc, text, label))
    return None if assignment is None else res.entities[assignment.entity]


def name_of(res: Resolution, doc: int, text: str, label: str = "PERSON") -> str | None:
    found = entity(res, doc, text, label)
    return None if found is None else found.name


def test_a_word_glued_by_a_hyphen_is_trimmed_off_the_name() -> None:
    # a conversion that put hyphens for spaces: "talks with Donald Trump-on Monday"
    res = resolve(
        [
            form(0, "Donald Trump", count=4),
            form(0, "Donald Trump-on"),
            form(1, "Fianna Fáil-has", label="ORG"),
            form(1, "Fianna Fáil", label="ORG", count=2),
            form(2, "Fayez al-Sarraj"),
            form(2, "al-Sarraj-arrived"),
            form(3, "London-based", label="GPE"),
            form(3, "London", label="GPE", count=2),
        ]
    )
    for doc, text, label, trimmed, name in (
        (0, "Donald Trump-on", "PERSON", 3, "Donald Trump"),
        (1, "Fianna Fáil-has", "ORG", 4, "Fianna Fáil"),
        (2, "al-Sarraj-arrived", "PERSON", 8, "Fayez al-Sarraj"),
        (3, "London-based", "GPE", 6, "London"),
    ):
        assert res.assignments[doc, text, label].trim_end == trimmed, text
        glued = entity(res, doc, text, label)
        assert glued is not None and glued.name == name, text
        assert text not in glued.aliases


def test_a_hyphened_name_that_ends_in_a_word_keeps_it() -> None:
    # East Asian given names end in syllables that are words ("Jae-in", "Ki-moon");
    # a compound of two ordinary words is not a name and a glued word
    res = resolve(
        [
            form(0, "Moon Jae-in", count=3),
            form(0, "Moon"),
            form(1, "Ban Ki-moon", count=2),
            form(2, "Organization for Security and Co-operation", label="ORG"),
            form(3, "Check-in", label="ORG"),
            form(4, "Lewis-Francis - runner-up", label="ORG"),
        ]
    )
    for doc, text, label in (
        (0, "Moon Jae-in", "PERSON"),
        (1, "Ban Ki-moon", "PERSON"),
        (2, "Organization for Security and Co-operation", "ORG"),
        (3, "Check-in", "ORG"),
        (4, "Lewis-Francis - runner-up", "ORG"),  # a compound after a lowercase word
    ):
        assert res.assignments[doc, text, label].trim_end == 0, text
        whole = entity(res, doc, text, label)
        assert whole is not None and whole.name == text, text


def test_a_word_a_hyphen_glues_spells_no_acronym() -> None:
    # "Brexit-talks" is Brexit's mention: its initials are not "BT", which the
    # document naming British Telecom spells out
    res = resolve(
        [
            form(0, "British Telecom", label="ORG", count=2),
            form(0, "BT", label="ORG", count=3),
            form(1, "BT", label="ORG", count=3),
            form(1, "Brexit", label="GPE", count=5),
            form(2, "BT", label="ORG"),
            form(2, "Brexit", label="GPE", count=5),
            form(3, "Brexit-talks", label="FAC"),
        ]
    )
    assert name_of(res, 1, "BT", "ORG") == "British Telecom"
    assert name_of(res, 3, "Brexit-talks", "FAC") == "Brexit"
