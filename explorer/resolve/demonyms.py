"""Demonyms: "North Korean", "Russians", "Frenchmen" name a country's people and so
count as a mention of that country; "Scottish", "Europeans" count for a place that
is not a country (Scotland, Europe) the same way.

The table (``data/demonyms.json``) is our own: no light, permissively licensed
package covers it. It holds singular forms; plurals are derived here. Its `_fr`
sections hold the French ones ("Russe", "Américaine"), masculine and feminine.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib.resources import files

from explorer.resolve.gazetteer import lookup_key, spelled_compass

# The table's sections: English, then each other language's ("countries_fr"...).
_LANGUAGE_SECTIONS = ("", "_fr")


def demonym_country(text: str) -> str | None:
    """The country code whose demonym `text` is ("North Koreans" -> KP, "Frenchwomen"
    -> FR), or None; None too for a demonym two countries share ("Korean")."""
    return _lookup(text)[1]


def is_demonym(text: str) -> bool:
    """`text` is a demonym of one country or of several ("Korean")."""
    return _lookup(text)[0]


def combining_country(word: str) -> str | None:
    """The country code whose combining form `word` is ("Sino" -> CN, of "Sino-US"),
    or None; a compound's first part only."""
    return _combining().get(lookup_key(word))


@cache
def _combining() -> dict[str, str]:
    raw = json.loads(files("explorer.resolve").joinpath("data/demonyms.json").read_text("utf-8"))
    return {lookup_key(form): code for code, forms in raw["combining"].items() for form in forms}


def names_a_people(text: str) -> bool:
    """`text` is a country's or another place's people or adjective ("Danes",
    "Korean", "Scottish")."""
    return is_demonym(text) or demonym_place(text) is not None


@lru_cache(maxsize=20_000)
def demonym_place(text: str) -> str | None:
    """The place that is not a country whose people or adjective `text` names
    ("Scottish" -> "Scotland", "Europeans" -> "Europe"), or None; a place named as
    its adjective's plural is no people ("Balkans", of "Balkan")."""
    places = _tables()[1]
    key = _spelled_key(text)
    for candidate in _singulars(key):
        if candidate in places:
            place = places[candidate]
            return None if candidate != key and lookup_key(place) == key else place
    return None


def is_demonym_place(name: str) -> bool:
    """`name` is a place the table gives a people or an adjective ("Central America",
    of "Central American"), whether or not the gazetteer knows it."""
    return lookup_key(name) in _demonym_places()


@cache
def _demonym_places() -> frozenset[str]:
    return frozenset(lookup_key(place) for place in _tables()[1].values())


@lru_cache(maxsize=20_000)
def _lookup(text: str) -> tuple[bool, str | None]:
    table = _tables()[0]
    key = _spelled_key(text)
    for candidate in _singulars(key):
        if candidate in table:
            return True, table[candidate]
    return False, None


def _spelled_key(text: str) -> str:
    """The key of `text`, a headline's compass letter spelled out where a people of
    either table is so named ("S Koreans" -> "south koreans")."""
    return spelled_compass(lookup_key(text), _listed)


def _listed(key: str) -> bool:
    """`key`, or a singular it may be the plural of, is in either table."""
    return any(candidate in table for table in _tables() for candidate in _singulars(key))


def _singulars(key: str) -> tuple[str, ...]:
    """`key` itself and the singular forms it may be the plural of."""
    forms = [key]
    if key.endswith("men"):
        forms.append(key[:-3] + "man")
    if key.endswith("s") and not key.endswith("ss"):
        forms.append(key[:-1])
    return tuple(forms)


@cache
def _tables() -> tuple[dict[str, str | None], dict[str, str]]:
    """Countries' demonyms (None: shared by several), and places' demonyms."""
    raw = json.loads(files("explorer.resolve").joinpath("data/demonyms.json").read_text("utf-8"))
    countries: dict[str, str | None] = {}
    places: dict[str, str] = {}
    for suffix in _LANGUAGE_SECTIONS:
        for code, names in raw["countries" + suffix].items():
            countries.update((lookup_key(name), code) for name in names)
        countries.update((lookup_key(name), None) for name in raw["ambiguous" + suffix])
        for place, names in raw["places" + suffix].items():
            places.update((lookup_key(name), place) for name in names)
    return countries, places
