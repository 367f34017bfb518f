"""A full name its document goes on to call by its last word alone, as news calls a
person by surname, gets the surname cue; a body's or a place's name, shortened the
same way, does not."""

from __future__ import annotations

import pytest

from explorer.resolve.coordination import document_cues
from explorer.resolve.spans import (
    AFTER_ARTICLE,
    AFTER_TITLE,
    NAMED_BY_SURNAME,
    SHORTENED_AS_PERSON,
    SPEAKER,
)


def surnamed(text: str, *names: tuple[str, str, int], cue: int = NAMED_BY_SURNAME) -> list[bool]:
    """Whether each (name, label, flags), found in `text` in order, got the cue."""
    mentions, start = [], 0
    for name, label, flags in names:
        start = text.index(name, start)
        mentions.append((start, start + len(name), label, flags))
        start += len(name)
    return [bool(f & cue) for f in document_cues(text, mentions)]


def test_a_full_name_then_its_surname_as_a_person_or_a_place_is_surnamed() -> None:
    text = "Sweden's Carolina Kluft won. Later Kluft took the long jump."
    assert surnamed(text, ("Carolina Kluft", "ORG", 0), ("Kluft", "PERSON", 0)) == [True, False]
    # the model's guess for a surname it does not know is often a place's label
    text = "Milan Baros shot wide. Baros insisted he would stay."
    assert surnamed(text, ("Milan Baros", "ORG", 0), ("Baros", "GPE", 0))[0]
    # labelled a body, the surname counts with a person's cue beside it
    text = 'Alistair Cragg won. "I kept on the pace," said Cragg.'
    assert surnamed(text, ("Alistair Cragg", "ORG", 0), ("Cragg", "ORG", SPEAKER))[0]
    text = "Milan Baros is unsure. Unclear future for striker Baros."
    assert surnamed(text, ("Milan Baros", "ORG", 0), ("Baros", "ORG", AFTER_TITLE))[0]


def test_a_given_name_that_is_an_ordinary_word_opens_a_surnamed_name() -> None:
    # "frank" and "mark" are English words, and given names first in a name
    text = "Frank-Walter Steinmeier elected. Steinmeier said he was honoured."
    names = (("Frank-Walter Steinmeier", "ORG", 0), ("Steinmeier", "PERSON", 0))
    assert surnamed(text, *names)[0]
    text = "Mark Rutte spoke. Later Rutte left."
    assert surnamed(text, ("Mark Rutte", "ORG", 0), ("Rutte", "PERSON", 0))[0]


def test_a_full_name_then_its_family_name_with_particles_is_surnamed() -> None:
    text = "Jean-Marie Le Pen was fined. Le Pen said he stood by it."
    assert surnamed(text, ("Jean-Marie Le Pen", "ORG", 0), ("Le Pen", "PERSON", 0))[0]
    text = "Ursula von der Leyen arrived. Then von der Leyen said"
    assert surnamed(text, ("Ursula von der Leyen", "ORG", 0), ("von der Leyen", "PERSON", 0))[0]
    # an ordinary word a particle opens is a family name; a particle is no word of
    # the name, and four words and a particle are too many
    text = "Tom van Dam said. Then van Dam added"
    assert surnamed(text, ("Tom van Dam", "ORG", 0), ("van Dam", "PERSON", 0))[0]
    # a line-up or a sentence's start capitalises the particle the full name writes small
    text = "A mistake by Arjan de Zeeuw. Pompey: Ashdown, De Zeeuw, Primus."
    assert surnamed(text, ("Arjan de Zeeuw", "ORG", 0), ("De Zeeuw", "PERSON", 0))[0]
    text = "Robin van Persie scored. Van Persie said he was pleased."
    assert surnamed(text, ("Robin van Persie", "ORG", 0), ("Van Persie", "PERSON", 0))[0]
    # must not: only the particle's case is forgiven, not the family name's
    text = "Arjan de Zeeuw played. The DE ZEEUW line-up"
    assert not surnamed(text, ("Arjan de Zeeuw", "ORG", 0), ("DE ZEEUW", "PERSON", 0))[0]
    text = "Anna Maria Luisa Sofia de Medici came. Then de Medici said"
    names = (("Anna Maria Luisa Sofia de Medici", "ORG", 0), ("de Medici", "PERSON", 0))
    assert not surnamed(text, *names)[0]


# Documents whose full name must get no cue, each as (text, its mentions).
NOT_SURNAMED = [
    # the short name is a body's, as the model says
    ("Walt Disney said. Disney shares fell.", [("Walt Disney", "ORG", 0), ("Disney", "ORG", 0)]),
    # the short name comes first: no full name was given before it
    ("Kluft won. Carolina Kluft said.", [("Kluft", "PERSON", 0), ("Carolina Kluft", "ORG", 0)]),
    # an ordinary word in the name: a club's or a storm's
    ("Sale Sharks won. Sharks fans sang.", [("Sale Sharks", "ORG", 0), ("Sharks", "PERSON", 0)]),
    (
        "Desperate Housewives aired. Housewives drew",
        [("Desperate Housewives", "ORG", 0), ("Housewives", "PERSON", 0)],
    ),
    # "the" before either name: a thing's or a team's
    (
        "the Neath-Swansea Ospreys. BBC Wales understands the Ospreys are interested",
        [("Neath-Swansea Ospreys", "ORG", AFTER_ARTICLE), ("Ospreys", "PERSON", AFTER_ARTICLE)],
    ),
    (
        "powers the Skype Voip service. Mr Templeton said Voip would",
        [("Skype Voip", "ORG", AFTER_ARTICLE), ("Voip", "PERSON", 0)],
    ),
    # a people's word in the name, or a place's last
    (
        "a British Muslim group. Muslim leaders",
        [("British Muslim", "NORP", 0), ("Muslim", "NORP", 0)],
    ),
    ("European Elvis fans. Elvis sang", [("European Elvis", "ORG", 0), ("Elvis", "PERSON", 0)]),
    # an ordinary word after a given name: a body's
    (
        "Virgin Atlantic flew. Atlantic storms",
        [("Virgin Atlantic", "ORG", 0), ("Atlantic", "LOC", 0)],
    ),
    ("Mark Group said. Group sales", [("Mark Group", "ORG", 0), ("Group", "PERSON", 0)]),
    (
        "Real Sociedad beat Deportivo. Sociedad have",
        [("Real Sociedad", "ORG", 0), ("Sociedad", "GPE", 0)],
    ),
    ("Nintendo Europe said. Europe will", [("Nintendo Europe", "ORG", 0), ("Europe", "LOC", 0)]),
    # a date is no surname
    (
        "between Sheffield Wednesday and Arsenal. He will join at Wednesday",
        [("Sheffield Wednesday", "ORG", 0), ("Wednesday", "DATE", 0)],
    ),
    # a headline's title before a surname
    (
        "Prop Jones ready. Adam Jones says. warned Jones.",
        [("Prop Jones", "ORG", 0), ("Jones", "PERSON", 0)],
    ),
]


@pytest.mark.parametrize(("text", "names"), NOT_SURNAMED)
def test_a_bodys_or_a_places_shortened_name_is_not_surnamed(
    text: str, names: list[tuple[str, str, int]]
) -> None:
    assert not any(surnamed(text, *names))


def test_a_full_name_then_its_last_word_labelled_a_person_is_shortened_as_one() -> None:
    # an ordinary word too, which the surname cue leaves out ("Sale Sharks ... Sharks")
    text = "succeeds Alastair Cook, who resigned. Cook said he was sad."
    names = (("Alastair Cook", "PERSON", 0), ("Cook", "PERSON", 0))
    assert surnamed(text, *names, cue=SHORTENED_AS_PERSON) == [True, False]
    assert surnamed(text, *names) == [False, False]
    # not where the last word is labelled otherwise, nor comes first, nor for one word
    text = "Sale Sharks won. Sharks fans cheered."
    names = (("Sale Sharks", "ORG", 0), ("Sharks", "ORG", 0))
    assert surnamed(text, *names, cue=SHORTENED_AS_PERSON) == [False, False]
    text = "Cook said so. Alastair Cook resigned."
    names = (("Cook", "PERSON", 0), ("Alastair Cook", "PERSON", 0))
    assert surnamed(text, *names, cue=SHORTENED_AS_PERSON) == [False, False]
    text = "Cook said so. Cook resigned."
    names = (("Cook", "PERSON", 0), ("Cook", "PERSON", 0))
    assert surnamed(text, *names, cue=SHORTENED_AS_PERSON) == [False, False]
