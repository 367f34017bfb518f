"""What kind of entity one (text, label) names, decided once per distinct pair.

spaCy's label is a hint, the gazetteer decides: a GPE, LOC, FAC, ORG or NORP
that names a country is a country ("the Democratic People's Republic of Korea"
as ORG), any other GPE/LOC/FAC is a place, a NORP that is a demonym is its
country. Only names the gazetteer knows become countries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from explorer.resolve.demonyms import demonym_country, is_demonym
from explorer.resolve.gazetteer import (
    country_code,
    is_big_city,
    is_known_place,
    lookup_key,
    place_country,
)
from explorer.resolve.noise import is_noise_text, is_single_word
from explorer.resolve.words import is_common_word

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# "North Korean-Russian": a demonym, a hyphen, then another capitalised word.
_COMPOUND = re.compile(r"(.+?)-(?=[A-Z])")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?")
_NUMBER_WORDS = dict(
    zip(
        "one two three four five six seven eight nine ten".split(),
        "1 2 3 4 5 6 7 8 9 10".split(),
        strict=True,
    )
)
_NUMBER_WORDS.update({"i": "1", "ii": "2", "iii": "3", "iv": "4"})


@dataclass(frozen=True, slots=True)
class Route:
    """Where the mentions of one (text, label) go.

    kind "person" is settled later by `people`; every other kind is final, with
    `key` naming the entity within its kind. `word` marks one capitalised word
    the gazetteer does not know, which the corpus may vote to be noise.
    `person_if_titled`: an unknown two- or three-word place that is a person when
    a title stands before it ("research fellow Hong Min").
    """

    kind: str
    key: str
    surface: str
    country: str | None = None
    demonym: bool = False
    trim_end: int = 0
    word: bool = False
    common_word: bool = False
    person_if_titled: bool = False


# Remembered per process: the resolution after a small change re-classifies only new
# forms. The 2,225 BBC articles have 19k distinct (text, label) pairs.
@lru_cache(maxsize=1 << 17)
def classify(text: str, label: str) -> Route | None:
    """The route of one form, or None when the text alone shows it is noise."""
    if is_noise_text(text, label):
        return None
    if label == "PERSON":
        return Route("person", "", text)
    if label == "NORP":
        return _people_of(text)
    if label in _PLACE_LABELS or label == "ORG":
        code = country_code(text)
        if code is not None:
            return Route("country", code, text, country=code)
        if label in _PLACE_LABELS or is_big_city(text):
            return _place(text, label)
        return _named("organization", _key(text), text)
    if label == "DATE":
        return Route("date", " ".join(text.lower().split()), text)
    if label == "EVENT":
        return _named("event", _event_key(text), text)
    return _named("other", _key(text), text)


def _named(kind: str, key: str, text: str) -> Route:
    word = is_single_word(text)
    return Route(kind, key, text, word=word, common_word=word and is_common_word(text))


def _people_of(text: str) -> Route:
    """A demonym counts for its country; a compound ("North Korean-Russian") for its
    first country, with the rest trimmed off; a demonym two countries share
    ("Korean") and anything else is a group."""
    code = demonym_country(text)
    if code is not None:
        return Route("country", code, text, country=code, demonym=True)
    if is_demonym(text):
        return Route("group", _group_key(text), text)
    compound = _COMPOUND.match(text)
    if compound:
        first = compound.group(1)
        code = demonym_country(first) or country_code(first)
        if code is not None:
            trim = len(text) - len(first)
            return Route("country", code, first, country=code, demonym=True, trim_end=trim)
    code = country_code(text)
    if code is not None:
        return Route("country", code, text, country=code)
    return _named("group", _group_key(text), text)


def _place(text: str, label: str) -> Route:
    """A place, with its country when the gazetteer knows it. An unknown one that is
    shaped like a name ("Hong Min") may turn out to be a person."""
    if is_known_place(text):
        return Route("place", lookup_key(text), text, country=place_country(text))
    words = text.split()
    titled = label != "FAC" and 2 <= len(words) <= 3 and all(map(_NAME_WORD.fullmatch, words))
    return replace(_named("place", _key(text), text), person_if_titled=titled)


def _key(text: str) -> str:
    """The entity key of a name: `lookup_key`, or the casefolded text for a script
    lookup_key does not cover."""
    return lookup_key(text) or " ".join(text.casefold().split())


def _group_key(text: str) -> str:
    """Singular and plural are one group ("Muslims" = "Muslim")."""
    key = _key(text)
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def _event_key(text: str) -> str:
    """Numbers written as words or Roman numerals are one event ("World War Two" =
    "World War 2", "World War II")."""
    return " ".join(_NUMBER_WORDS.get(t, t) for t in _key(text).split())
