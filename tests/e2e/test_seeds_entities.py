"""Entity resolution end to end: the real pipeline on the seeds, as `entities` shows it."""

from __future__ import annotations

from explorer.index import queries
from explorer.index.store import Store

PEOPLE = {
    "Kim Jong Un": {"Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "Kim"},
    "Vladimir Putin": {"Vladimir Putin", "Putin"},
    "Yuri Ushakov": {"Yuri Ushakov", "Yury Ushakov", "Ushakov"},
    "Kim Il Sung": {"Kim Il Sung", "Kim Il-sung"},
    "Kim Jong Il": {"Kim Jong Il"},
    "Lim Eul-chul": {"Lim Eul-chul"},
    "Antony Blinken": {"Antony Blinken"},
}
COUNTRIES = {
    "North Korea": {"North Korea", "North Korean", "Democratic People’s Republic of Korea"},
    "Russia": {"Russia", "Russian"},
    "United States": {"U.S.", "US", "United States"},
    "Soviet Union": {"Soviet Union", "USSR"},
    "Ukraine": {"Ukraine", "Ukrainian"},
    "South Korea": {"South Korea", "South Korean"},
    "China": {"China"},
}


def _by_name(store: Store) -> dict[str, queries.EntityRow]:
    rows = queries.entities(store.conn)
    names = [r.name for r in rows]
    assert len(names) == len(set(names)), "an entity is listed twice"
    return {r.name: r for r in rows}


def _aliases(store: Store, row: queries.EntityRow) -> set[str]:
    return {text for text, _ in queries.aliases(store.conn, row.id)}


def test_each_person_once_with_display_name_and_every_spelling(seeds_store: Store) -> None:
    entities = _by_name(seeds_store)
    for name, spellings in PEOPLE.items():
        assert entities[name].kind == "person", name
        assert spellings <= _aliases(seeds_store, entities[name]), name
    for short in ("Kim", "Putin", "Ushakov", "Kim Jong-un", "Yury Ushakov", "Kim Jong Unhas"):
        assert short not in entities
    assert entities["Kim Jong Un"].documents == 4


def test_each_country_once_whatever_the_spelling(seeds_store: Store) -> None:
    entities = _by_name(seeds_store)
    for name, spellings in COUNTRIES.items():
        assert entities[name].kind == "country", name
        assert spellings <= _aliases(seeds_store, entities[name]), name
    for variant in ("U.S.", "US", "USSR", "North Korea’s", "Democratic People’s Republic of Korea"):
        assert variant not in entities


def test_cities_are_places_of_their_country(seeds_store: Store) -> None:
    entities = _by_name(seeds_store)
    for city, country in (("Moscow", "RU"), ("Pyongyang", "KP"), ("Seoul", "KR")):
        assert (entities[city].kind, entities[city].country) == ("place", country)


def test_no_page_furniture_or_headline_noise(seeds_store: Store) -> None:
    names = set(_by_name(seeds_store))
    for noise in (
        "Exit",
        "Share",
        "Troops",
        "State",
        "Leave a Comment",
        "Putin Amid",
        "Putin Meeting",
        "Post Comment",
        "Loading Now",
    ):
        assert noise not in names


def test_top_comentions_of_kim_jong_un(seeds_store: Store) -> None:
    kim = _by_name(seeds_store)["Kim Jong Un"]
    top = [r.name for r in queries.co_mentions(seeds_store.conn, kim.id, limit=6)]
    assert {"Vladimir Putin", "Russia", "North Korea"} <= set(top)
