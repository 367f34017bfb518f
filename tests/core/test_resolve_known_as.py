"""Other names a corpus gives a name itself ("the Affordable Care Act, known as
Obamacare"): read from a document's mentions, and joined where two documents say so."""

from __future__ import annotations

from explorer.resolve.known_as import known_as_pairs
from explorer.resolve.model import FormCount
from explorer.resolve.resolver import OtherName, resolve


def pairs_in(text: str, *names: tuple[str, str]) -> set[tuple[tuple[str, str], tuple[str, str]]]:
    mentions = []
    for name, label in names:
        start = text.index(name)
        mentions.append((start, start + len(name), label))
    return known_as_pairs(text, mentions)


ACA = ("Affordable Care Act", "LAW")
OBAMACARE = ("Obamacare", "ORG")


def test_a_name_then_known_as_and_another_name_gives_the_pair() -> None:
    given = [
        "to repeal the Affordable Care Act, known as Obamacare, and now",
        "the 2010 Affordable Care Act - known as Obamacare - would remain",
        "the Affordable Care Act, popularly known as Obamacare, the healthcare program",
        "the Affordable Care Act (also known as Obamacare) was",
    ]
    for text in given:
        assert pairs_in(text, ACA, OBAMACARE) == {(ACA, OBAMACARE)}, text
    reversed_ = "imposed by Obamacare, officially known as the Affordable Care Act. Instead"
    assert pairs_in(reversed_, OBAMACARE, ACA) == {(OBAMACARE, ACA)}
    not_given = [
        "the Affordable Care Act and Obamacare",  # two names side by side
        "the Affordable Care Act, which critics call Obamacare",
        "the Affordable Care Act, a law known as Obamacare",  # a word between
        "the Affordable Care Act. Known as Obamacare",  # another sentence
    ]
    for text in not_given:
        assert pairs_in(text, ACA, OBAMACARE) == set(), text


def form(doc: int, text: str, label: str, count: int = 1) -> FormCount:
    return FormCount(doc, text, label, 0, count)


def test_two_documents_giving_another_name_join_the_names() -> None:
    forms = [form(d, "Affordable Care Act", "LAW", 3) for d in range(4)]
    forms += [form(d, "Obamacare", "ORG", 2) for d in range(4)]
    forms += [form(d, "Medicaid", "ORG") for d in range(4)]
    given: list[OtherName] = [(0, ACA, OBAMACARE), (1, OBAMACARE, ACA)]
    res = resolve(forms, other_names=given)
    assert len(res.entities) == 2
    law = res.entities[res.assignments[0, "Obamacare", "ORG"].entity]
    assert law.aliases == {"Affordable Care Act", "Obamacare"} and law.kind == "other"
    # one document may be a sentence read wrong: the names stay apart
    assert len(resolve(forms, other_names=given[:1]).entities) == 3


def test_people_and_places_keep_their_own_names() -> None:
    # "Cassius Clay, later known as Muhammad Ali": people are clustered by their
    # names; "a gang from Los Angeles, known as MS-13": a place has the gazetteer's
    forms = [form(d, "Cassius Clay", "PERSON") for d in range(2)]
    forms += [form(d, "Muhammad Ali", "PERSON") for d in range(2)]
    forms += [form(d, "Los Angeles", "GPE") for d in range(2)]
    forms += [form(d, "MS-13", "ORG") for d in range(2)]
    clay, ali = ("Cassius Clay", "PERSON"), ("Muhammad Ali", "PERSON")
    city, gang = ("Los Angeles", "GPE"), ("MS-13", "ORG")
    given: list[OtherName] = [(d, clay, ali) for d in range(2)]
    given += [(d, city, gang) for d in range(2)]
    assert len(resolve(forms, other_names=given).entities) == 4


def test_a_verb_that_names_something_is_no_other_name() -> None:
    cnn, trump = ("CNN", "ORG"), ("Trump", "PERSON")
    said = [
        "Ryan, speaking later on CNN, called Trump's line of questioning unfortunate",
        "Ryan, speaking later on CNN, dubbed Trump's line of questioning unfortunate",
    ]
    for text in said:
        assert pairs_in(text, cnn, trump) == set(), text


def test_the_documents_count_whatever_labels_they_give_the_names() -> None:
    forms = [form(0, "Affordable Care Act", "LAW", 3), form(1, "Affordable Care Act", "LAW")]
    forms += [form(0, "Obamacare", "ORG", 2), form(1, "Obamacare", "NORP")]
    given: list[OtherName] = [(0, ACA, OBAMACARE), (1, ACA, ("Obamacare", "NORP"))]
    assert len(resolve(forms, other_names=given).entities) == 1
