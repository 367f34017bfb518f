"""People: spellings merge, different people stay apart, short forms resolve."""

from __future__ import annotations

from explorer.resolve.model import Entity, FormCount, Resolution
from explorer.resolve.resolver import resolve
from explorer.resolve.spans import AFTER_TITLE


def form(doc: int, text: str, label: str = "PERSON", count: int = 1, flags: int = 0) -> FormCount:
    return FormCount(doc, text, label, flags, count)


def entity(res: Resolution, doc: int, text: str, label: str = "PERSON") -> Entity | None:
    assignment = res.assignments.get((doc, text, label))
    return None if assignment is None else res.entities[assignment.entity]


def name_of(res: Resolution, doc: int, text: str, label: str = "PERSON") -> str | None:
    found = entity(res, doc, text, label)
    return None if found is None else found.name


def people(res: Resolution) -> set[str]:
    return {e.name for e in res.entities if e.kind == "person"}


def test_spacing_hyphen_and_case_variants_are_one_person() -> None:
    res = resolve(
        [form(0, "Kim Jong Un", count=12), form(1, "Kim Jong-un", count=8), form(2, "Kim Jong-Un")]
    )
    kim = entity(res, 0, "Kim Jong Un")
    assert kim is not None and kim.name == "Kim Jong Un"
    assert kim.aliases == {"Kim Jong Un", "Kim Jong-un", "Kim Jong-Un"}
    assert entity(res, 1, "Kim Jong-un") is kim and entity(res, 2, "Kim Jong-Un") is kim


def test_display_name_is_the_most_frequent_full_spelling() -> None:
    res = resolve([form(0, "Kim Jong-un", count=5), form(1, "Kim Jong Un", count=2)])
    assert people(res) == {"Kim Jong-un"}


def test_family_members_sharing_a_family_name_stay_apart() -> None:
    res = resolve(
        [
            form(0, "Kim Jong Un"),
            form(0, "Kim Jong Il", count=3),
            form(0, "Kim Il Sung", count=2),
            form(1, "Kim Il-sung", count=2),
            form(1, "Kim Yo Jong"),
        ]
    )
    assert people(res) == {"Kim Jong Un", "Kim Jong Il", "Kim Il Sung", "Kim Yo Jong"}
    assert entity(res, 1, "Kim Il-sung") is entity(res, 0, "Kim Il Sung")


def test_transliterations_of_a_given_name_are_one_person() -> None:
    res = resolve(
        [
            form(0, "Yuri Ushakov"),
            form(1, "Yury Ushakov"),
            form(0, "Ushakov", count=3),
            form(0, "Josef Stalin"),
            form(1, "Joseph Stalin"),
            form(2, "Aleksandr Lukashenko"),
            form(3, "Alexander Lukashenko", count=2),
        ]
    )
    assert people(res) == {"Yuri Ushakov", "Josef Stalin", "Alexander Lukashenko"}
    ushakov = entity(res, 0, "Yuri Ushakov")
    assert ushakov is not None and ushakov.aliases == {"Yuri Ushakov", "Yury Ushakov", "Ushakov"}


def test_names_one_letter_apart_in_a_short_token_stay_apart() -> None:
    res = resolve(
        [
            form(0, "Mark Smith"),
            form(1, "Mary Smith"),
            form(2, "Maria Rossi"),
            form(2, "Mario Rossi"),
        ]
    )
    assert people(res) == {"Mark Smith", "Mary Smith", "Maria Rossi", "Mario Rossi"}


def test_a_glued_function_word_is_trimmed_off_a_known_name() -> None:
    res = resolve(
        [
            form(0, "Kim Jong Un", count=12),
            form(0, "Kim Jong Unhas"),
            form(1, "Vladimir Putin", count=3),
            form(1, "Vladimir Putinsaid"),
        ]
    )
    assert res.assignments[0, "Kim Jong Unhas", "PERSON"].trim_end == 3
    assert entity(res, 0, "Kim Jong Unhas") is entity(res, 0, "Kim Jong Un")
    assert res.assignments[1, "Vladimir Putinsaid", "PERSON"].trim_end == 4
    assert people(res) == {"Kim Jong Un", "Vladimir Putin"}
    kim = entity(res, 0, "Kim Jong Un")
    assert kim is not None and "Kim Jong Unhas" not in kim.aliases


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


def test_a_name_ending_in_a_two_letter_word_is_not_unglued() -> None:
    # Lord Hutton's inquiry is not the minister Jane Hutt's, nor Robertson Roberts
    res = resolve(
        [
            form(0, "Jane Hutt"),
            form(0, "Hutt", count=9),
            form(1, "Hutton", label="GPE", count=3),
            form(2, "Julia Roberts", count=4),
            form(2, "Roberts", count=7),
            form(3, "Robertson", count=2),
        ]
    )
    assert res.assignments[1, "Hutton", "GPE"].trim_end == 0
    assert entity(res, 1, "Hutton", "GPE") is not entity(res, 0, "Jane Hutt")
    assert res.assignments[3, "Robertson", "PERSON"].trim_end == 0
    assert entity(res, 3, "Robertson") is not entity(res, 2, "Julia Roberts")


def test_a_name_ending_in_a_function_word_is_not_unglued_without_evidence() -> None:
    # "Thom" + "as": no more frequent "Thom ..." name, so "Thomas" stays whole
    res = resolve([form(0, "Dylan Thomas", count=2), form(1, "Dylan Thom")])
    assert people(res) == {"Dylan Thomas", "Dylan Thom"}
    assert res.assignments[0, "Dylan Thomas", "PERSON"].trim_end == 0


def test_a_one_word_name_is_unglued_only_beside_a_far_more_frequent_name() -> None:
    # "Houthis" is no "Hou" with "this" glued on, though Hou Mingliang's "Hou" is more
    # frequent; a text's mentions count under every label it has ("Hanover")
    forms = [form(0, "Hou Mingliang"), form(0, "Hou", count=12), form(1, "Houthis", count=8)]
    forms += [form(2, "Han", "NORP", count=10), form(3, "Hanover", "GPE", count=2)]
    res = resolve(forms)
    assert res.assignments[1, "Houthis", "PERSON"].trim_end == 0
    assert entity(res, 1, "Houthis") is not entity(res, 0, "Hou Mingliang")
    assert res.assignments[3, "Hanover", "GPE"].trim_end == 0
    # must: a one-word name far more frequent than the glued text ("Putinsaid")
    res = resolve([form(0, "Vladimir Putin"), form(0, "Putin", count=30), form(1, "Putinsaid")])
    assert res.assignments[1, "Putinsaid", "PERSON"].trim_end == 4
    assert entity(res, 1, "Putinsaid") is entity(res, 0, "Vladimir Putin")


def test_a_word_a_headline_put_after_a_full_name_is_trimmed_off() -> None:
    # "Transcript: Donald Trump Congress speech in full", "Bill Maher Rips 'Conman'
    # Donald Trump", "1. The enigma: James Comey Comey's": the name alone, five times as
    # frequent, and never "Congress" a person's family name
    res = resolve(
        [
            form(0, "Donald Trump", count=10),
            form(1, "Donald Trump Congress"),
            form(2, "Bill Maher", count=5),
            form(3, "Bill Maher Rips"),
            form(4, "James Comey", count=6),
            form(4, "James Comey Comey"),
            form(5, "Anne Shortall", count=5),
            form(5, "Anne Shortall Sgt"),
        ]
    )
    for doc, text, trimmed, name in (
        (1, "Donald Trump Congress", 9, "Donald Trump"),
        (3, "Bill Maher Rips", 5, "Bill Maher"),
        (4, "James Comey Comey", 6, "James Comey"),
        (5, "Anne Shortall Sgt", 4, "Anne Shortall"),
    ):
        assert res.assignments[doc, text, "PERSON"].trim_end == trimmed, text
        assert name_of(res, doc, text) == name, text
    assert people(res) == {"Donald Trump", "Bill Maher", "James Comey", "Anne Shortall"}


def test_a_last_word_that_ends_a_name_or_a_thing_named_after_someone_stays() -> None:
    # a surname that is an ordinary word, a title's name, a syllable, a name after an
    # initial, what is named after someone; and a name alone not far more frequent
    forms = [
        form(0, "Martin Luther", count=4),
        form(0, "Martin Luther King", count=2),
        form(1, "John F.", count=9),
        form(1, "John F. Kennedy"),
        form(2, "Kim Jong", count=9),
        form(2, "Kim Jong Un"),
        form(3, "Donald Trump", count=20),
        form(3, "Donald Trump Jr."),
        form(4, "Donald Trump Administration", label="ORG"),
        form(5, "John Peel", count=11),
        form(5, "John Peel Show", label="WORK_OF_ART"),
        form(6, "Jimmy Kimmel", count=13),
        form(6, "Jimmy Kimmel Live", label="WORK_OF_ART"),
        form(7, "John Lewis", count=24),
        form(7, "John Lewis Partnership", label="ORG"),
        form(8, "Stephen Colbert", count=4),
        form(8, "Stephen Colbert Mocks"),
    ]
    res = resolve(forms)
    for doc, text, label in (
        (0, "Martin Luther King", "PERSON"),
        (1, "John F. Kennedy", "PERSON"),
        (2, "Kim Jong Un", "PERSON"),
        (3, "Donald Trump Jr.", "PERSON"),
        (4, "Donald Trump Administration", "ORG"),
        (5, "John Peel Show", "WORK_OF_ART"),
        (6, "Jimmy Kimmel Live", "WORK_OF_ART"),
        (7, "John Lewis Partnership", "ORG"),
        (8, "Stephen Colbert Mocks", "PERSON"),  # the name alone four times only
    ):
        assert res.assignments[doc, text, label].trim_end == 0, text
        assert name_of(res, doc, text, label) == text, text


def test_short_form_resolves_to_the_full_name_most_mentioned_in_its_document() -> None:
    res = resolve(
        [
            form(0, "Kim Jong Un", count=5),
            form(0, "Kim", count=4),
            form(1, "Kim Yo Jong", count=2),
            form(1, "Kim Jong Un"),
            form(1, "Kim", count=3),
            form(2, "Kim"),  # no full name here: the corpus' most mentioned Kim
        ]
    )
    assert name_of(res, 0, "Kim") == "Kim Jong Un"
    assert name_of(res, 1, "Kim") == "Kim Yo Jong"
    assert name_of(res, 2, "Kim") == "Kim Jong Un"


def test_short_forms_know_both_name_orders() -> None:
    res = resolve(
        [
            form(0, "Vladimir Putin"),
            form(0, "Putin", count=15),  # given name first: the last token
            form(0, "Xi Jinping"),
            form(0, "Xi", count=3),  # family name first: the first token
        ]
    )
    assert name_of(res, 0, "Putin") == "Vladimir Putin"
    assert name_of(res, 0, "Xi") == "Xi Jinping"
    assert people(res) == {"Vladimir Putin", "Xi Jinping"}  # the display name is never "Putin"


def test_a_lone_first_name_resolves_to_the_full_name_in_its_document() -> None:
    # "Fatima Alavi is a celebrated journalist ... Fatima's expertise"
    res = resolve([form(3, "Fatima Alavi"), form(3, "Fatima")])
    assert people(res) == {"Fatima Alavi"}


def test_a_lone_name_that_matches_no_full_name_is_its_own_person() -> None:
    res = resolve([form(0, "Ushakov", count=2), form(1, "Ushakov"), form(1, "Vladimir Putin")])
    assert people(res) == {"Ushakov", "Vladimir Putin"}
    assert entity(res, 0, "Ushakov") is entity(res, 1, "Ushakov")


def test_an_unknown_place_after_a_person_title_is_a_person() -> None:
    # "Senior research fellow Hong Min at the Korea Institute ..." (GPE to spaCy)
    res = resolve([form(0, "Hong Min", "GPE", flags=AFTER_TITLE)])
    assert [(e.name, e.kind) for e in res.entities] == [("Hong Min", "person")]
    # without the title it stays a place, and an unknown place is never a country
    res = resolve([form(0, "Hong Min", "GPE")])
    assert [(e.name, e.kind) for e in res.entities] == [("Hong Min", "place")]
    # a country keeps its kind whatever stands before it
    res = resolve([form(0, "North Korea", "GPE", flags=AFTER_TITLE)])
    assert res.entities[0].kind == "country"


def test_a_given_name_alone_is_no_one_the_corpus_names_in_full_once() -> None:
    # "Kevin" in four documents is four men, not the Kevin Peter Hand a fifth names
    # once; a surname is the one person who bears it ("Putin"), and a given name too
    # where the corpus names its bearer more than once ("Howard", Michael Howard)
    res = resolve(
        [
            form(0, "Kevin Peter Hand"),
            *(form(doc, "Kevin") for doc in (1, 2, 3, 4)),
            form(5, "Vladimir Putin"),
            form(6, "Putin", count=2),
            form(7, "Michael Howard", count=2),
            form(8, "Howard", count=3),
        ]
    )
    assert name_of(res, 1, "Kevin") == "Kevin"
    assert name_of(res, 6, "Putin") == "Vladimir Putin"
    assert name_of(res, 8, "Howard") == "Michael Howard"


def test_a_bearer_of_another_spelling_of_the_word_is_no_rival() -> None:
    # "A Hazell" in line-ups is Andy Hazell: Nick Hazel shares the word's key, not its
    # spelling, and does not make it ambiguous
    res = resolve(
        [
            form(0, "Andy Hazell", count=2),
            form(1, "Hazell", count=3),
            form(2, "Nick Hazel"),
        ]
    )
    assert name_of(res, 1, "Hazell") == "Andy Hazell"
    # must not: a bearer of the same spelling still rivals him, and the word stays
    # ambiguous between the two
    res = resolve(
        [
            form(0, "Andy Hazell", count=2),
            form(1, "Hazell", count=3),
            form(2, "Nick Hazell"),
        ]
    )
    assert name_of(res, 1, "Hazell") == "Hazell"
    # nor is the word ever given to a bearer of its other spelling: "Hazel" alone is
    # not Andy Hazell's, who goes by the key most
    res = resolve(
        [
            form(0, "Andy Hazell", count=3),
            form(2, "Nick Hazel", count=2),
            form(3, "Hazel", count=2),
        ]
    )
    assert name_of(res, 3, "Hazel") != "Andy Hazell"
