"""Noise: ordinary words and page furniture get no entity, by general rules."""

from __future__ import annotations

import pytest

from explorer.resolve.model import FormCount, Resolution
from explorer.resolve.noise import is_noise_text
from explorer.resolve.resolver import resolve
from explorer.resolve.spans import (
    DEFINED_AS_TERM,
    LINE_START,
    LOWERCASE_ELSEWHERE,
    RUNS_ON,
    TITLE_CASE_LINE,
    mention_flags,
)


def form(doc: int, text: str, label: str, count: int = 1, flags: int = 0) -> FormCount:
    return FormCount(doc, text, label, flags, count)


def names(res: Resolution) -> set[str]:
    return {e.name for e in res.entities}


def test_seed_furniture_and_headline_words_are_dropped() -> None:
    res = resolve(
        [
            # "Kim Jong-Un and Troops to Miss Russia’s Victory Day": headline, and "troops" below
            form(3, "Troops", "ORG", flags=TITLE_CASE_LINE | LOWERCASE_ELSEWHERE),
            # "Secretary of State": the document also says "state ideology"
            form(1, "State", "ORG", flags=LOWERCASE_ELSEWHERE),
            # "Exit mobile version": a common word starting a line
            form(1, "Exit", "LOC", flags=LINE_START),
            form(1, "Kremlin", "ORG"),
        ]
    )
    assert names(res) == {"Kremlin"}
    assert set(res.assignments) == {(1, "Kremlin", "ORG")}


@pytest.mark.parametrize("word", ["Subscribe", "Menu", "Share", "Comment", "Advertisement"])
def test_navigation_words_on_their_own_line_are_dropped(word: str) -> None:
    res = resolve([form(0, word, "ORG", flags=LINE_START)])
    assert res.entities == [] and res.assignments == {}


def test_a_name_the_gazetteer_knows_is_never_dropped() -> None:
    # "Turkey" in a document that also mentions the bird; "Nice" starting a line
    res = resolve(
        [
            form(0, "Turkey", "GPE", flags=LOWERCASE_ELSEWHERE),
            form(0, "Nice", "GPE", flags=LINE_START | TITLE_CASE_LINE),
        ]
    )
    assert names(res) == {"Turkey", "Nice"}


def test_a_word_that_is_not_common_survives_a_line_start() -> None:
    res = resolve([form(0, "Kremlin", "ORG", flags=LINE_START | TITLE_CASE_LINE)])
    assert names(res) == {"Kremlin"}


def test_the_corpus_votes_on_a_common_word() -> None:
    headline_only = form(0, "Apple", "ORG", flags=TITLE_CASE_LINE)
    in_prose = [form(1, "Apple", "ORG", 3), form(2, "Apple", "ORG", 2)]
    assert names(resolve([headline_only])) == set()
    res = resolve([headline_only, *in_prose])
    assert names(res) == {"Apple"}
    assert (0, "Apple", "ORG") in res.assignments  # kept in the headline too


def run_on(text: str, word: str) -> bool:
    start = text.index(word)
    return bool(mention_flags(text, start, start + len(word)) & RUNS_ON)


def test_a_word_a_capitalised_word_follows_may_be_cut_from_a_longer_name() -> None:
    assert run_on("a ruling of the Supreme Court on Monday", "Supreme")
    assert run_on("the new Formula One season", "Formula")
    # an abbreviation, a lowercase word, punctuation or a line break: nothing run on
    assert not run_on("the Labour MP for Leeds", "Labour")
    assert not run_on("shares in Apple rose", "Apple")
    assert not run_on("they backed Apple. Microsoft did not", "Apple")
    assert not run_on("they backed Apple\nMicrosoft did not", "Apple")
    # a name of several words is not voted on as a word
    assert not run_on("the Supreme Court Justice said", "Supreme Court")


def test_a_common_word_the_corpus_writes_mostly_cut_from_a_longer_name_is_dropped() -> None:
    # "Iran's [Supreme] Leader", "the [Supreme] Court" in every document
    cut = [form(d, "Supreme", "ORG", flags=RUNS_ON) for d in range(3)]
    assert names(resolve(cut)) == set()
    # a name mostly written alone survives its few mentions before a capitalised word
    # ("Apple Music"), and a name that is no common word survives any
    alone = [form(d, "Apple", "ORG", count=2) for d in range(3)]
    assert names(resolve([form(3, "Apple", "ORG", flags=RUNS_ON), *alone])) == {"Apple"}
    assert names(resolve([form(0, "Kremlin", "ORG", flags=RUNS_ON)])) == {"Kremlin"}


def test_a_common_word_in_prose_is_kept() -> None:
    # "tensions with the West": capitalised mid-sentence, never used lowercase
    res = resolve([form(0, "West", "LOC"), form(0, "Western", "NORP", 2)])
    assert names(res) == {"West", "Western"}


def test_a_lone_person_word_follows_the_same_rule() -> None:
    res = resolve(
        [
            form(0, "Leave", "PERSON", flags=LINE_START),  # "Leave a Comment"
            form(1, "Brown", "PERSON"),  # mid-sentence: a name
        ]
    )
    assert names(res) == {"Brown"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("inter-Korean", "NORP"),  # a lowercase prefix: an adjective, not a name
        ("anti-American", "NORP"),
        ("été-Paris", "GPE"),  # an accented lowercase prefix is still one
        ("al-", "ORG"),  # the Arabic article alone, or before a lowercase word
        ("el-qaeda", "ORG"),
        ("alt-Right", "NORP"),  # a prefix that only begins like the article
        ("communists", "NORP"),  # no capital letter
        ("...", "ORG"),
        ("Getty Images  Lloyd", "PERSON"),  # a credit run into the next paragraph
        ("China Daily   - A", "ORG"),
        ("Kim 2", "PERSON"),  # digits in a person's name
        ("", "DATE"),
    ],
)
def test_texts_that_are_not_names(text: str, label: str) -> None:
    assert is_noise_text(text, label)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("2015", "DATE"),
        ("annual", "DATE"),
        ("World War 2", "EVENT"),
        ("iPhone", "PRODUCT"),
        ("习近平", "PERSON"),  # a script without case
        ("États-Unis", "GPE"),  # an accented capital is a capital
        ("Émile-Zola", "PERSON"),
        ("al-Qaeda", "ORG"),  # the Arabic article is the name's own
        ("el-Sisi", "PERSON"),
        ("al-Nusra Front", "ORG"),
    ],
)
def test_texts_that_may_be_names(text: str, label: str) -> None:
    assert not is_noise_text(text, label)


def test_a_currency_is_not_an_entity_but_a_name_like_one_is() -> None:
    from explorer.resolve.noise import is_noise_text

    for text, label in (("Euros", "PERSON"), ("Euro", "ORG"), ("Yen", "GPE"), ("Roubles", "NORP")):
        assert is_noise_text(text, label), text
    for text, label in (
        ("Euro 2004", "EVENT"),
        ("European", "NORP"),
        ("Rand", "PERSON"),
        ("Sterling", "PERSON"),
        ("Real Madrid", "ORG"),
    ):
        assert not is_noise_text(text, label), text


def test_a_contraction_is_no_name_but_a_name_with_an_apostrophe_is() -> None:
    from explorer.resolve.noise import is_noise_text

    for text in ("We'r", "You'r", "Don't", "It's", "They’ve"):
        assert is_noise_text(text, "PERSON"), text
    for text in ("O'Neill", "D'Alema", "L'Oreal", "Qu'ran", "N'Golo"):
        assert not is_noise_text(text, "PERSON"), text


def test_a_governments_common_noun_alone_is_not_an_entity_but_a_name_holding_it_is() -> None:
    from explorer.resolve.noise import is_noise_text

    for text, label in (
        ("Department", "ORG"),
        ("Departments", "ORG"),
        ("Select Committee", "ORG"),
        ("Ministry", "ORG"),
        ("Executive Branch", "ORG"),
        ("White Paper", "WORK_OF_ART"),
        ("District Court", "ORG"),
        ("U.S. Court of Appeals", "ORG"),
        ("U.S. Embassy", "FAC"),
        ("Ministers", "ORG"),
        ("Second Reading", "EVENT"),
        ("Joint Committee", "ORG"),
        ("Lobby", "ORG"),
    ):
        assert is_noise_text(text, label), text
    # a body's full name, and the one body of a country or a union, are names
    for text, label in (
        ("Department of Health", "ORG"),
        ("Defence Committee", "ORG"),
        ("Ministry of Defence", "ORG"),
        ("Government", "ORG"),
        ("Parliament", "ORG"),
        ("Commission", "ORG"),
        ("Supreme Court", "ORG"),
        ("Court of Appeal", "ORG"),
        ("U.S. District Court for the Southern District of New York", "ORG"),
        ("British Embassy in Kabul", "FAC"),
        ("Council of Ministers", "ORG"),
        ("Joint Committee on Human Rights", "ORG"),
    ):
        assert not is_noise_text(text, label), text


def test_an_acronym_the_corpus_defines_as_a_lowercase_term_is_not_a_name() -> None:
    # "a personal video recorder (PVR)" in two of three documents
    res = resolve(
        [
            form(0, "PVR", "ORG", flags=DEFINED_AS_TERM),
            form(1, "PVR", "ORG", flags=DEFINED_AS_TERM),
            form(2, "PVR", "ORG"),
        ]
    )
    assert res.entities == []
    # a body's acronym defined so once, and used as a name everywhere else, stays
    res = resolve(
        [form(0, "CPS", "ORG", flags=DEFINED_AS_TERM)]
        + [form(d, "CPS", "ORG", count=2) for d in range(1, 4)]
    )
    assert [e.name for e in res.entities] == ["CPS"]


def test_a_common_acronym_is_voted_on_like_a_word_even_with_a_digit() -> None:
    # "a 3D film" in two documents of three: a term; "3M" is no common noun and stays
    res = resolve(
        [
            form(0, "3D", "ORG", flags=DEFINED_AS_TERM),
            form(1, "3D", "ORG", flags=DEFINED_AS_TERM),
            form(2, "3D", "ORG"),
            form(0, "3M", "ORG"),
        ]
    )
    assert [e.name for e in res.entities] == ["3M"]
    # where most documents tie it to a name, the name stays ("China Central Television
    # (CCTV)")
    res = resolve(
        [form(0, "CCTV", "ORG", flags=DEFINED_AS_TERM)]
        + [form(d, "CCTV", "ORG") for d in range(1, 3)]
    )
    assert [e.name for e in res.entities] == ["CCTV"]


def test_a_name_under_its_lowercase_arabic_article_joins_the_capitalised_one() -> None:
    res = resolve(
        [
            form(0, "al-Qaeda", "ORG", count=5),
            form(1, "Al-Qaeda", "ORG"),
            form(2, "Fayez al-Sarraj", "PERSON"),
            form(2, "al-Sarraj", "PERSON", count=3),
            form(3, "pro-Sarraj", "NORP"),  # a prefix: an adjective, no name
        ]
    )
    assert {(e.name, e.kind, frozenset(e.aliases)) for e in res.entities} == {
        ("al-Qaeda", "organization", frozenset({"al-Qaeda", "Al-Qaeda"})),
        ("Fayez al-Sarraj", "person", frozenset({"Fayez al-Sarraj", "al-Sarraj"})),
    }
