"""What one (text, label) may name, decided once per distinct pair.

spaCy's label is a hint, not an identity: the same name tagged PERSON in one
sentence and ORG in another is one entity, whose kind the corpus votes on
(`explorer.resolve.kinds`). So a form is read here into a `Route`: the name's key
(shared by every label's forms of that name), the kind its own label suggests,
and the evidence that fixes a kind outright. The gazetteer fixes countries: a
GPE, LOC, FAC, ORG or NORP that names a country is that country ("the Democratic
People's Republic of Korea" as ORG), a demonym counts for its country or place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from explorer.resolve.demonyms import (
    combining_country,
    demonym_country,
    demonym_place,
    is_demonym,
)
from explorer.resolve.gazetteer import (
    COUNTY_FIRST,
    US_STATE_ABBREVIATIONS,
    country_code,
    is_big_city,
    is_city,
    is_known_place,
    is_major_place,
    is_province,
    is_region,
    is_world_region,
    lookup_key,
    names_an_agreement,
    place_country,
    place_key,
    place_own_name,
    territory_state,
)
from explorer.resolve.names import (
    SUFFIXES,
    hyphen_glued,
    is_given_name,
    name_tokens,
    without_nickname,
)
from explorer.resolve.noise import is_noise_text, is_single_word
from explorer.resolve.words import (
    BELIEVERS,
    BODY_OPENERS,
    BUILDING_HEADS,
    COMPETITION_LEAGUE_WORDS,
    EVENT_HEADS,
    FACILITY_HEADS,
    FAITHS,
    FUNCTION_WORDS,
    GROUP_OPENING_WORDS,
    HOLIDAY_ENDING,
    HOLIDAYS,
    INSTITUTION_WORDS,
    LAW_HEADS,
    LEGISLATURES,
    OCCURRENCE_HEADS,
    ORG_HEADS,
    PARTICLES,
    PARTY_MEMBER_WORDS,
    PEOPLES,
    RESIDENCE_HEADS,
    SCRIPTURES,
    SITE_HEADS,
    SITE_HEADS_UNLESS_PERSON,
    TITLE_WORDS,
    is_common_acronym,
    is_common_word,
    singular,
)
from explorer.resolve.work_titles import is_work_title

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words that open a person's name as often as a town's: a title, a saint's.
_TITLES_OF_THE_NAMED = TITLE_WORDS | {"st", "saint", "san", "santa", "lady"}
# The word that opens the name of the area around a place ("Greater Manchester").
_GREATER = "Greater "
# The points after a place's name that name a part of it ("Nottingham North").
_COMPASS_POINTS = frozenset({"North", "South", "East", "West"})
# Labels under which a demonym still names a people ("Briton" as PERSON); an event or
# a work that looks like one ("the Brits") is left alone.
# MISC: the label other languages' pipelines give nationalities ("les Russes").
_DEMONYM_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "LANGUAGE", "MISC"})
# Labels under which a country's name is the country: "the Democratic People's Republic
# of Korea" as ORG, "Cyprus" as PRODUCT (a work's title is left alone: "Brazil").
_COUNTRY_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PRODUCT"})
_LABEL_KINDS = {
    "PERSON": "person",
    "NORP": "group",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "ORG": "organization",
    "EVENT": "event",
    "DATE": "date",
}
# A title's own article, which a people's name never opens with in a span.
_TITLE_ARTICLE = "The "
# "North Korean-Russian": a demonym, a hyphen, then another capitalised word.
_COMPOUND = re.compile(r"(.+?)-(?=[A-Z])")
# A capital after a lowercase letter inside one word, and the family names' prefixes
# that put one there.
_CAMEL_CASE = re.compile(r"^[A-Z]?[a-z]+[A-Z]\w*$")
_FAMILY_PREFIX = re.compile(r"(?:Mc|Mac|Fitz|De|Des|Di|Da|Du|Le|La|Van|Von|Del|Dos)[A-Z]")
# One word of a person's name: capitalised, not an acronym ("MPs", "BBC"); a
# hyphenated part may be lowercase ("Jong-un", "al-Zawahiri").
_NAME_PART = re.compile(r"[A-Z](?![A-Z])[\w'’\ufffd]*|[A-Z]")
# A letter an encoder could not write, inside a word: "Gerhard Schr?der" is the
# "Gerhard Schr\ufffdder" of a decoder that could not read it (a question ends a word).
_LOST_LETTER = re.compile(r"(?<=[^\W\d_])\?+(?=[^\W\d_])")
# The same in a cleaned name, at its end too ("RT?" of "RT?'s Morning Ireland", RTÉ's:
# `spans` keeps a question mark in a name only so), or as the decoder's mark.
_LOST_IN_NAME = re.compile(r"(?<=[^\W\d_])\?|\ufffd")
_LOST_RUN = re.compile(f"(?:{_LOST_IN_NAME.pattern})+")
# What `name_key` ends a key with when its name lost a letter.
LOST_MARK = "\ufffd"
# The letters a name must keep, before its first lost one and in all, to say which
# whole name it stands for ("F\ufffd\ufffd" and "Sin\ufffd" say nothing).
_LOST_HEAD_MIN = 3
_LOST_KEPT_MIN = 4
# A word of initials that keep their full stops ("Donald J. Trump", "J.K. Rowling"),
# or a son's suffix ("Martin Luther King Jr."), beside a word of the name.
_INITIALS = re.compile(r"(?:[A-Z]\.)+|[JS]r\.")
# Two initials without stops before a family name ("JK Rowling", "PJ Harvey", "AR
# Rahman"), as British papers write them; not a country's code ("US Navy").
_BARE_INITIALS = re.compile(r"[A-Z]{2}")
# A monarch's, a pope's or a son's number after a name ("Elizabeth II", "John Paul
# II", "Benigno Aquino III"); not an article's, a war's, a sequel's or a rule's
# ("Title IX", "World War II", "Rocky II", "Basel III").
_NUMBER_AFTER_NAME = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
_POSSESSIVE_WORD = re.compile(r"['’]s?$")
# Two names joined as one, a firm's style ("Marks and Spencer", "Citizens and Canal").
_PAIRED = re.compile(r" (?:and|&) ")
_HYPHENS = re.compile(r"[-‐‑]")
_MAX_NAME_WORDS = 5
# "Prism", "Chrism" end as a doctrine's name does: a doctrine's is longer
_DOCTRINE_MIN_LETTERS = 5
# An organisation's name has two word orders: "Department of Health" and "Health
# Department", "University of Oxford" and "Oxford University".
_INSTITUTION = re.compile(rf"({'|'.join(sorted(INSTITUTION_WORDS))}) (?:of|for) (?:the )?(.+)")
_PARTY = re.compile(r"(.+) party")
# Arabic's article as transliterations write it: "al-", "el-", or assimilated to the
# next letter, "ez-Zor", "an-Nusra", "ash-Sham"; joined to its word by a hyphen.
_ARTICLE = re.compile(r"\b[AaEe](?:[lzsdnrt]|sh)-(?=[^\W\d_])")
# The article as a word of its own, which no English word is ("Deir Az Zor", "El
# Paso"); "az" and "ez" only inside a name.
_ARTICLE_WORDS = frozenset({"el", "az", "ez"})
# Words and links of a transliterated group's name: "Jabhat Fateh al-Sham",
# "Jamaat-ur-Ahrar", "Lashkar-e-Islam" (Arabic's article in its spellings, Urdu's
# "ul"/"ur"/"ut", Persian's and Urdu's "e"/"i").
_NAME_WORDS = re.compile(r"[\s\-]+")
_GROUP_LINKS = frozenset("al el ad ar as ash at az an ez ul ur ut e i".split())
_NOT_A_PARTY_ALONE = BELIEVERS | LEGISLATURES
# Event heads no person's or firm's name ends in.
_HOLIDAY = re.compile(HOLIDAY_ENDING + "$")
# A storm's name: the kind of storm, then the one word it is named ("Cyclone Debbie",
# "Tropical Storm Cindy"); "Storm" alone opens a person's name too ("Storm Thorgerson").
_STORM = re.compile(
    r"(?:(?:Super )?Typhoon|Hurricane|Cyclone|Tropical (?:Storm|Cyclone|Depression)) [A-Z][a-z]+"
)
_STORM_NAMED = re.compile(r"Storm ([A-Z][a-z]+)")
# A blend of a country's name and "exit" (`_names_an_exit`).
_EXIT = re.compile(r"[A-Z][a-z]*[a-z]xit")
_CEREMONY_HEADS = frozenset({"awards", "championships", "olympics"})
# A body's last word, abbreviated.
_ABBREVIATED_LAST_WORDS = {
    "assn": "association",
    "bros": "brothers",
    "dept": "department",
    "intl": "international",
    "univ": "university",
    "utd": "united",
}
# What follows a company's own name in its full one ("Lenovo Group", "MCI Inc").
_LEGAL_SUFFIXES = frozenset(
    "ag co corp corporation gmbh group holdings inc limited llc ltd nv plc sa".split()
)
# The last word of an award's name, a thing won ("Booker Prize", "Nobel Peace
# Prize", "Olympic gold medal"), of a scheme's ("Renewable Heat Incentive",
# "Tenancy Deposit Scheme", "Clean Power Plan") or of a pipeline's ("Dakota Access
# Pipeline"); the plural "Awards" is the ceremony, an event, and a "Programme", an
# "Initiative" or a "Fund" is as often a body ("World Food Programme", "International
# Refugee Rights Initiative", "International Monetary Fund") as a scheme.
_THING_HEADS = frozenset(
    {"award", "medal", "prize", "incentive", "scheme", "plan", "pipeline", *LAW_HEADS}
)
# A law's or a treaty's word before what it is of or on ("European Convention on Human
# Rights", "Treaty of Lisbon", "Bill of Rights"), a thing as where the word ends the
# name; "Convention" only before "on" or "against", as a "Convention of" is a body
# ("Convention of Scottish Local Authorities").
_LAW_WORDS = "|".join(sorted(word.capitalize() for word in LAW_HEADS))
_LAW_OPENED = re.compile(
    rf"\b(?:(?:{_LAW_WORDS}) (?:of|on|against)|Convention (?:on|against)) (?:the )?[A-Z]"
)
# A law's numbered part the law goes by ("Title IX", "Title II" of an act).
_LAW_TITLE = re.compile(r"title [ivxl]+", re.IGNORECASE)
# Heads a programme shares with events: "Consumer Electronics Show" is an event,
# "Catherine Tate Show" as WORK_OF_ART a work.
_WORK_HEADS = frozenset({"show"})
_FUNCTION_WORD_MIN = 4
_GIVEN_FUNCTION_WORDS = frozenset({"else", "said", "till"})
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
    """Where the mentions of one (text, label) may go.

    `kind` is the kind the label suggests; unless `fixed` (countries, dates), the
    corpus's vote over every form of `key` decides the entity's kind, and
    `gazetteer` marks a kind our tables confirm (a known place, a demonym), which
    weighs more; `major_place` a country or large city, which a document's full
    name alone does not make a person's surname; `city` a city or a county, which
    may be its club's name ("Liverpool boss", "Derby County boss"). `tokens` are the
    words of a person's name when the text is shaped like one (else empty): such a
    form may become a person whatever its label. `word` marks one capitalised word the
    gazetteer does not know, which the corpus may vote to be noise. `numbered` marks a
    name the corpus also names, with a sequel's or a version's number after it, as a
    work or a product ("Halo" beside "Halo 2"; `plan` sets it). `county` is the word a
    county's name after "Co" or "County" is ("Kerry" of "Co Kerry"), which a person's
    surname may be too (`people.ShortNames`).
    """

    kind: str
    key: str
    surface: str
    country: str | None = None
    demonym: bool = False
    trim_end: int = 0
    word: bool = False
    common_word: bool = False
    fixed: bool = False
    tokens: tuple[str, ...] = ()
    gazetteer: bool = False
    major_place: bool = False
    city: bool = False
    numbered: bool = False
    county: str = ""


# Remembered per process: the resolution after a small change re-classifies only new
# forms, and the indexer's writer reads each form as its document is stored
# (`explorer.index.write`). The 2,225 BBC articles have 19k distinct (text, label) pairs.
@lru_cache(maxsize=1 << 17)
def classify(text: str, label: str) -> Route | None:
    """The route of one form, or None when the text alone shows it is noise."""
    if is_noise_text(text, label) or text.lower().rstrip(".") in SUFFIXES:
        return None  # a suffix alone ("Jr" of "Bruce L Castor [Jr]") names no one
    if label == "DATE":
        return Route("date", " ".join(text.lower().split()), text, fixed=True)
    plain = without_nickname(text)
    if plain != text:
        # 'William "Ryan" Owens': the person's name is the rest, which names them
        return classify(plain, label)
    glued = hyphen_glued(text)
    if glued:
        # "Donald Trump-on": the name before the word (and a person's tokens theirs:
        # `people.unglue` reads the same trim)
        route = classify(text[:-glued], label)
        return None if route is None else replace(route, trim_end=route.trim_end + glued)
    state = US_STATE_ABBREVIATIONS.get(text)
    if state is not None:  # "CUPERTINO, Calif.", whatever the label: California
        return Route("place", name_key(state), text, country="US", gazetteer=True)
    named_county = COUNTY_FIRST.fullmatch(text)
    if named_county and not is_known_place(text):
        # "Co Waterford", "Co. Antrim", "County Kerry": a county, as news in Ireland and
        # Britain writes it, whatever the label where the gazetteer knows the place or
        # the county (a county named by a word or a given name: "Co Kerry", "County
        # Down"); "Co Adriaanse" is the Dutch coach, "County Hall" a building and
        # "County Championship" a contest, whatever the label
        known = is_province(named_county[1]) or is_known_place(named_county[1])
        named = label in _PLACE_LABELS and not (
            is_common_word(named_county[1]) or _event_head(text, label)
        )
        if known or named:
            key = name_key(f"County {named_county[1]}")
            return Route("place", key, text, gazetteer=known, county=named_county[1])
    book = SCRIPTURES.get(name_key(text))
    if book is not None:
        # "the Quran" tagged GPE, "Koran": one book, whatever the label and the spelling
        return Route("other", name_key(book), text, fixed=True)
    if text.lower() in FAITHS and (label != "PERSON" or _names_a_doctrine(text)):
        # "Islam" tagged ORG, GPE or NORP: its believers' group ("Mr Islam" is a person;
        # no one is called "Judaism")
        return Route("group", name_key(text, "group"), text)
    if names_a_tabled_people(text, label):
        # "Yazidis" tagged ORG, "Copts" a work, "Hutus" a person: a people
        return Route("group", name_key(text, "group"), text)
    if label == "NORP":
        fixed = _people_of(text)
        if fixed is not None:
            return fixed
    elif (
        label in _DEMONYM_LABELS
        and not _titled(text, label)
        and (demonym_country(text) or demonym_place(text))
    ):
        # "Britons" as ORG, "Briton" as PERSON, "Spanish" as LANGUAGE; with its own
        # "The", a title: "The New Yorker", "The Australian" (`spans`)
        return _people_of(text)
    if label in _COUNTRY_LABELS and not _titled(text, label):
        code = country_code(text)
        if code is not None:
            return Route("country", code, text, country=code, fixed=True)
    pair = _pair_of_countries(text)
    if pair is not None:
        return pair
    kind = _LABEL_KINDS.get(label, "other")
    # a city's name that is also an ordinary word ("Delta", "Orange") is the firm
    # the model says it is as often as the city, and the gazetteer says little of it
    worded_city = is_common_word(text)
    # "Fairfax County" as GPE is the county, as "Derby County" is its club where the
    # words around it say so ("Derby County boss"): a place that may be its club's name
    county = text.rsplit(None, 1)[-1].lower() == "county"
    if label in ("ORG", "NORP") and is_big_city(text) and not worded_city:
        kind = "place"  # "Aleppo" tagged NORP: no people's, faith's or party's name
    elif is_world_region(text):
        kind = "place"  # "the Sahel" tagged PERSON, "the Maghreb" ORG: no one's name
    elif is_common_acronym(text):
        # "RSS", "VoIP" tagged ORG or PERSON: a technology's or a term's letters, which
        # the corpus may keep as a name (`noise`), never a body's or someone's
        kind = "other"
    elif _names_a_doctrine(text):
        kind = "other"  # "McCarthyism" tagged PERSON, "Trumpism" ORG, "Nazism" NORP
    elif name_key(text) in LEGISLATURES and not (label in _PLACE_LABELS and is_known_place(text)):
        kind = "organization"  # "the Oireachtas" as GPE, "the Duma" as PERSON
    elif _opens_as_a_body(text) or _opens_as_a_group(text):
        # "Office of Management and Budget", "University of Michigan" as GPE; "Ahrar
        # al-Sham" as PERSON
        kind = "organization"
    elif (label != "PERSON" or _names_events(text)) and _event_head(text, label):
        # "Davis Cup", "Grand Slam", "Australian Open" as FAC or ORG; "Grammy Awards"
        # as PERSON too (a surname may be "Open" or "Cup", none is "Awards")
        kind = "event"
    elif label != "PERSON" and names_a_thing(text):
        kind = "other"  # "Booker Prize" as ORG, "Affordable Care Act" as ORG or EVENT
    elif label != "PERSON" and is_work_title(text):
        kind = "other"  # "Boulevard of Broken Dreams" as ORG, "Pirates of the Caribbean" as GPE
    elif names_a_body_in_words(text) and not (label in _PLACE_LABELS and county):
        kind = "organization"  # "Manchester United" as PERSON or GPE, "Leeds City"
    elif names_a_site(text, label) or _names_a_greater_place(text):
        # "Trafalgar Square" as PERSON, "Yellowstone National Park" as ORG; "Greater
        # Sydney" as PERSON, "Greater London" as ORG
        kind = "place"
    elif label in _PLACE_LABELS and _camel_cased(text):
        kind = "organization"  # "OptInRealBig", "AirAsia" as GPE: a brand's shape
    if kind == "organization" and label in _PLACE_LABELS and is_known_place(text):
        kind = "place"
    known = kind == "place" and is_known_place(text)
    tokens = person_tokens(text)
    # "Lashkar Gah", "Milton Keynes" tagged PERSON: the town, unless the words around
    # a mention say someone or something else (`kinds`: a title, "Chen said" after the
    # name, "Disney and Buena Vista"), which count as beside no known place's name
    town = label == "PERSON" and kind == "person" and _names_a_town(text)
    if town:
        kind = "place"
    if kind == "person" and not tokens:
        code = country_code(text)
        if code is not None:  # "the GB team" tagged PERSON: no one's name, a country's
            return Route("country", code, text, country=code, fixed=True)
        # "Labour MPs", "BBC": not a person's name; one word with a capital inside,
        # "SpaceX", "GlaxoSmithKline", is a brand's, a firm's more often than a product's,
        # and a big city's name and an ordinary word a body's ("Nottingham Forest")
        words = text.split()
        body = _camel_cased(text) or (len(words) == 2 and _place_and_word(*words))
        kind = "organization" if body else "other"
    # one word, or an acronym English uses as a common noun ("3D"): the corpus votes
    # on whether it is an ordinary word (`noise`)
    word = is_single_word(text) or is_common_acronym(text)
    if label == "PERSON":
        known = False
        country = country_code(text)  # "Sri Lanka" as PERSON: a country unless someone's name
    else:
        country = place_country(text) if known else None
    return Route(
        kind,
        name_key(place_own_name(text) or text if kind == "place" else text, kind),
        text,
        country=country,
        word=word and not known,
        common_word=word and is_common_word(text),
        tokens=tokens,
        # an ORG the gazetteer calls a city is a place on the label's word alone
        gazetteer=known and label != "ORG" and not worded_city,
        major_place=known and is_major_place(text),
        city=kind == "place" and (is_city(text) or county) and not town,
    )


def person_tokens(text: str) -> tuple[str, ...]:
    """The name tokens of a text shaped like a person's name, else (): not a club's
    or a firm's ("Manchester United", "Lehman Brothers")."""
    text = without_nickname(text)
    if "?" in text:
        text = _LOST_LETTER.sub(lambda lost: "\ufffd" * len(lost.group()), text)
    words = text.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or any(map(str.isdigit, text)):
        return ()
    if len(words) > 1 and (
        names_a_body(text) or _names_events(text) or names_a_site(text, "PERSON")
    ):
        return ()  # a site's name that no person's ends in ("Trafalgar Square")
    if _opens_as_a_group(text) or _names_an_exit(text):
        return ()  # "Ahrar al-Sham", "Jamaat-ul-Ahrar"; "Brexit" tagged PERSON
    if len(words) > 1 and _opens_with_function_word(words[0]):
        return ()  # "Across Wales, pickets were held": the sentence's first word
    if any(_POSSESSIVE_WORD.search(word) for word in words):
        return ()  # "Mike Nichols' Closer": a person's film, no one's name
    if len(words) == 2 and _place_and_word(*words):
        return ()  # "Swansea Unite [Against Fascism]", "Riverside Fire [Department]"
    if len(words) == 1 and _camel_cased(text):
        return ()  # "SpaceX", "BofA"; not "McCain" nor "DeVos"
    initials = [bool(_INITIALS.fullmatch(word)) for word in words]
    if all(initials):
        return ()  # "M.A.S.K.", "U.S."
    if len(words) > 1 and _bare_initials(words[0]):
        initials[0] = True
    if _numbers_a_person(words):
        initials[-1] = True  # "Henry VIII": the number stands where "Jr." would
    for word, initial in zip(words, initials, strict=True):
        if word in PARTICLES or initial:
            continue
        parts = _HYPHENS.split(word)
        if parts[0] in PARTICLES and len(parts) > 1:  # "al-Zawahiri"
            parts = parts[1:]
        if not _NAME_PART.fullmatch(parts[0]) or not all(
            _NAME_PART.fullmatch(p) or p.islower() for p in parts[1:] if p
        ):
            return ()
    return name_tokens(text)


def _place_and_word(first: str, last: str) -> bool:
    """A big city's or a region's name and an ordinary word, neither a given name: a
    body's name the model cut short ("Swansea Unite [Against Fascism]"), no person's
    ("Orlando Bloom", "Charlotte Church" open with given names; "Paris Hilton" ends in
    no ordinary word). A small town's name is many people's given name ("Wayne
    Bridge", "Adam Curry"), which the nickname list may not know, and so is an
    ordinary word before a city's ("Guy Mansfield")."""
    if is_given_name(first) or is_given_name(last):
        return False
    return (is_big_city(first) or is_region(first)) and is_common_word(last.lower())


def _camel_cased(text: str) -> bool:
    """One word with a capital after a lowercase letter, not after a family name's
    prefix ("SpaceX", "HuffPost", "WiFi"; not "McCain", "DeVos", "LeBron")."""
    return _CAMEL_CASE.search(text) is not None and _FAMILY_PREFIX.match(text) is None


def _bare_initials(word: str) -> bool:
    """Two capitals that are no place's code or name: "JK" of "JK Rowling", not "US"
    or "UK"."""
    return (
        _BARE_INITIALS.fullmatch(word) is not None
        and country_code(word) is None
        and not is_region(word)
    )


def _numbers_a_person(words: list[str]) -> bool:
    """A number after a given name ("Henry VIII"; not "Rocky II", a sequel's) or after
    two words or more of no common word and no place ("Benigno Aquino III")."""
    named = words[:-1]
    if not named or _NUMBER_AFTER_NAME.fullmatch(words[-1]) is None:
        return False
    if len(named) == 1:
        return is_given_name(named[0])
    return not any(is_common_word(word) for word in named) and not is_known_place(" ".join(named))


def _opens_with_function_word(word: str) -> bool:
    """A capitalised preposition, pronoun or the like ("Across", "Without", "Being"),
    which no given name is but a sentence or a title may open with. Short ones may
    be a given name ("An Jung-hwan", "He Zhenliang", "Per Nilsson"), as may a few
    longer ones ("Till Lindemann", "Said Aouita")."""
    low = word.lower()
    return (
        word.istitle()
        and len(word) >= _FUNCTION_WORD_MIN
        and low in FUNCTION_WORDS
        and low not in _GIVEN_FUNCTION_WORDS
        and not is_given_name(word)
    )


def _names_events(text: str) -> bool:
    """A name ending in a word only events end in: "Grammy Awards", "World
    Championships" (a surname may be "Open" or "Cup", a firm "Argonaut Games"), a
    holiday's: "St Patrick's Day" ("Doris Day" is a woman), a festival's alone:
    "Easter" (Theo Easter's "Easter" is his where his document names him), a storm's:
    "Cyclone Debbie", or a country's exit: "Brexit"."""
    return (
        text.rsplit(None, 1)[-1].lower() in _CEREMONY_HEADS
        or _names_a_holiday(text)
        or names_a_festival(text)
        or names_a_storm(text)
        or _names_an_exit(text)
        or _names_an_occurrence(text)
    )


def _names_an_occurrence(text: str) -> bool:
    """Words all capitalised, the last a happening's ("American Civil War", "Srebrenica
    Genocide" as PERSON), "March" after a possessive ("Women's March"), or the first
    "Operation", as news names a military or a police operation ("Operation Euphrates
    Shield", "Operation Sentinel"): a phrase with a lowercase word is a slogan's or a
    title's ("Stop the War", "Art of War")."""
    words = text.split()
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return False
    if words[0] == "Operation":
        return True
    if words[-1] == "March":
        return words[-2].endswith(("'s", "’s", "s'", "s’"))
    return words[-1].lower() in OCCURRENCE_HEADS


def names_a_festival(text: str) -> bool:
    """A festival's or a holy day's name alone ("Easter", "Yom Kippur", "Diwali"),
    capitalised as a name is (`words.HOLIDAYS`): an event, whatever the label ("until
    about Easter" as PERSON, "its Easter recess" as FAC), and a rival of the people
    whose surname it is (`plan`: Theo Easter is not every "Easter")."""
    return text[:1].isupper() and " ".join(text.lower().split()) in HOLIDAYS


def _names_a_holiday(text: str) -> bool:
    """A day named after someone, of capitalised words: "St Patrick's Day"; not a
    title's words ("Jazz on a Summer's Day")."""
    return _HOLIDAY.search(text) is not None and not any(w.islower() for w in text.split())


def names_a_storm(text: str) -> bool:
    """A storm named as forecasters name them, a given name after "Storm" ("Storm
    Doris", not "Storm Thorgerson"), any word after a cyclone's kind ("Cyclone Yasi")."""
    if _STORM.fullmatch(text):
        return True
    named = _STORM_NAMED.fullmatch(text)
    return named is not None and is_given_name(named.group(1))


def _names_an_exit(text: str) -> bool:
    """A country's leaving a union, named by a blend of its name and "exit" ("Brexit",
    "Grexit", "Nexit"); not "Exit", a word."""
    return _EXIT.fullmatch(text) is not None


def _opens_as_a_body(text: str) -> bool:
    """A name that opens with an institution's word and "of" or "for" ("Office of
    Management and Budget", "Department for Transport"), whatever its last word."""
    return _INSTITUTION.fullmatch(" ".join(text.casefold().split())) is not None


def _opens_as_a_group(text: str) -> bool:
    """A transliterated name that opens with a group's word and links it to another
    by an article ("Jabhat al-Nusra", "Ahrar al-Sham", "Jamaat-ul-Ahrar"), which the
    model takes for a person's; not "Ansar Burney" nor "Hayat Boumeddiene", whose
    first word stands alone."""
    words = _NAME_WORDS.split(text.strip())
    first = words[0].replace("'", "").replace("\u2019", "").lower()
    return (
        len(words) > 2
        and first in GROUP_OPENING_WORDS
        and any(word.lower() in _GROUP_LINKS for word in words[1:-1])
    )


def names_a_tabled_people(text: str, label: str) -> bool:
    """A people of the table (`words.PEOPLES`), in the singular or the plural; tagged
    a person, only in the plural ("Hutus"; "Shia" may be Shia LaBeouf)."""
    low = text.lower()
    one = singular(low)
    if one is not None and one in PEOPLES:
        return True
    return label != "PERSON" and low in PEOPLES


def names_a_thing(text: str) -> bool:
    """A name of two words or more ending in a prize's or a law's word: "Booker Prize",
    "Good Friday Agreement" (a name or a key); a law's word before what it is of or on,
    "Convention on Wetlands"; a law's numbered title, "Title IX"; a place's name and
    what was agreed there, "Minsk agreements" (`names_an_agreement`)."""
    return " " in text and (
        text.rsplit(None, 1)[-1].lower() in _THING_HEADS
        or _LAW_OPENED.search(text) is not None
        or _LAW_TITLE.fullmatch(text) is not None
        or names_an_agreement(text)
    )


def _names_a_doctrine(text: str) -> bool:
    """One word for a doctrine, a movement or an era, "-ism" after a name or a stem
    ("McCarthyism", "Thatcherism", "Zionism"): a thing, never a person, a body or a
    people (its followers are: "Zionists"); a faith's is its believers' group
    (`words.FAITHS`, read first)."""
    return (
        " " not in text
        and text[:1].isupper()
        and text.endswith(("ism", "isms"))
        and len(text) > _DOCTRINE_MIN_LETTERS
    )


def names_a_body(text: str) -> bool:
    """A name ending in a word for a body, "Leeds City", "Lehman Brothers", "Royal
    Navy", or opening with an institution's word and "of" or "for", "Commission of
    Inquiry", or with a body's first word, "Telekom Austria", "Atletico Madrid" (not a
    site's last after it: "Spartak Stadium"). (A name
    ending in a large city is no evidence: "Atletico Madrid", but "Whitney Houston".)
    "City" is a club's only after a place the gazetteer knows (`_names_a_club_city`)."""
    words = text.split()
    last = words[-1].lower()
    return (
        (last in ORG_HEADS and (last != "city" or _names_a_club_city(words)))
        or (len(words) > 1 and words[0].lower() in BODY_OPENERS and last not in FACILITY_HEADS)
        or _opens_as_a_body(text)
    )


def names_a_body_in_words(text: str) -> bool:
    """A name of several words whose own words say it is a body ("the Green Party",
    "Lehman Brothers", "Banco Santander"), whatever its label or its key shares: one
    word alone says nothing of itself."""
    return " " in text and names_a_body(text)


def _names_a_club_city(words: list[str]) -> bool:
    """A capitalised "City" after a place the gazetteer knows, as a club's name ends
    ("Leicester City", "Derry City"); not after a word it does not know ("Park City",
    Utah, "the Forbidden City"), nor a lowercase "city" ("Homs city")."""
    return words[-1] == "City" and is_known_place(" ".join(words[:-1]))


def _names_a_town(text: str) -> bool:
    """A name of several words the gazetteer knows as a town or a region, opened by
    no given name and no title ("Lashkar Gah", "Nizhny Novgorod"; not "Monte Carlo",
    whose first word is a given name too, nor "Prince George" or "St Patrick", a
    prince's and a saint's)."""
    first, _, rest = text.partition(" ")
    return (
        bool(rest)
        and (is_city(text) or is_region(text))
        and first.lower().rstrip(".") not in _TITLES_OF_THE_NAMED
        and not is_given_name(first)
    )


def _names_a_greater_place(text: str) -> bool:
    """ "Greater" and a place the gazetteer knows, nothing after, or such a place and a
    point of the compass: the area around it, or a part of it ("Greater Nottingham",
    "Nottingham North", a seat, of a city or a region; not "Greater London Council",
    a body, nor "Jackson West", whose city is a given name too, nor "Kanye West", of a
    town)."""
    if text.startswith(_GREATER):
        return is_known_place(text[len(_GREATER) :])
    place, _, point = text.rpartition(" ")
    return (
        point in _COMPASS_POINTS
        and (is_big_city(place) or is_region(place))
        and not any(is_given_name(word) for word in place.split())
    )


def names_a_site(text: str, label: str) -> bool:
    """A name of two words or more ending in a site's word that no person's name ends
    in ("Heathrow Airport", "Wembley Stadium"), or one a surname may be where the
    model does not call it a person ("Hyde Park", "Elland Road"), or a building's
    where it does ("Kilkenny Garda Station"; "Mater Hospital" as ORG is the body), or
    a residence's of two words that no given name opens ("Portcullis House"; not
    "James House", nor "the Obama White House", the administration),
    or whose words hold a possessive, no person's ("St Andrew's Street" as PERSON).
    Not what a body is "of" ("General Authority of Euphrates Dam"), nor a pair of
    names, a firm's style ("Citizens and Canal"; two sites are a site's pair,
    "Wisemans Ferry Road and Upper Color Road")."""
    if " " not in text:
        return False
    body, of, _ = text.partition(" of ")
    if of and names_a_body(body):
        return False
    head = text.rsplit(None, 1)[-1].lower()
    if any(part.rsplit(None, 1)[-1].lower() != head for part in _PAIRED.split(text)):
        return False
    if head in SITE_HEADS:
        return True
    if label == "PERSON" and not any(_POSSESSIVE_WORD.search(w) for w in text.split()):
        words = text.split()
        return head in BUILDING_HEADS or (
            head in RESIDENCE_HEADS and len(words) == 2 and not is_given_name(words[0])
        )
    # a possessive makes no person's name: "St Andrew's Street" tagged PERSON
    return head in SITE_HEADS_UNLESS_PERSON or (label == "PERSON" and head in BUILDING_HEADS)


def has_lost_letter(text: str) -> bool:
    """A bad decoding lost a letter of the name ("Sinn F\ufffd\ufffdin", "RT?")."""
    return _LOST_IN_NAME.search(text) is not None


def lost_letters(text: str) -> tuple[str, re.Pattern[str]] | None:
    """For a name with letters a bad decoding lost, the part of its key kept before the
    first lost letter and the pattern of the whole keys it may stand for ("sinn f" and
    "sinn f.{1,2}in" of "Sinn F\ufffd\ufffdin": a decoder writes an accented letter as
    two marks); None for a name with none, or one that keeps too little to tell."""
    runs = _LOST_RUN.findall(text)
    if not runs:
        return None
    parts = []
    for segment in _LOST_RUN.split(text):
        part = lookup_key(segment)
        if part and segment[:1].isspace():
            part = " " + part
        if part and segment[-1:].isspace():
            part += " "
        parts.append(part)
    kept = "".join(parts).replace(" ", "")
    if len(parts[0]) < _LOST_HEAD_MIN or len(kept) < _LOST_KEPT_MIN:
        return None
    pattern = re.escape(parts[0]) + "".join(
        rf"[^\W\d_]{{1,{len(run)}}}" + re.escape(part)
        for run, part in zip(runs, parts[1:], strict=True)
    )
    return parts[0], re.compile(pattern)


@lru_cache(maxsize=1 << 17)  # asked again of most texts: by their routes, then by the plan
def name_key(text: str, kind: str = "") -> str:
    """The key every label's forms of one name share: case, accents, punctuation,
    "the", number words, how Arabic's article is written, a body's abbreviated last
    word and an organisation's word order do not count; a letter a bad decoding lost
    does."""
    key = place_key(_ARTICLE.sub("al-", text)) or " ".join(text.casefold().split())
    # "Deir ez-Zor", "Deir al-Zor", "Deir el-Zor" and "Deir Az Zor" are one name
    key = " ".join(
        _NUMBER_WORDS.get(t, "al" if t in _ARTICLE_WORDS and (i or t == "el") else t)
        for i, t in enumerate(key.split())
    )
    rest, _, last = key.rpartition(" ")
    if rest and last in _ABBREVIATED_LAST_WORDS:
        key = f"{rest} {_ABBREVIATED_LAST_WORDS[last]}"  # "Warner Bros." is "Warner Brothers"
    party = _PARTY.fullmatch(key)
    if party and _party_named_by(party.group(1)):
        key = party.group(1)  # "the Labour party" is Labour; "Christian Party" stays
    institution = _INSTITUTION.fullmatch(key)
    if institution:
        key = f"{institution.group(2)} {institution.group(1)}"
    if kind == "group":
        key = singular(key) or key  # "Muslims" = "Muslim", "Tories" = "Tory"
    if _LOST_IN_NAME.search(text):
        key += LOST_MARK  # a lost letter is still a letter: "RT?" (RTÉ) is not RT
    return key


def _party_named_by(word: str) -> bool:
    """A party's key before "party" is the party's name alone: not a faith's believers
    nor a legislature ("Christian Party", "Congress party"), nor one word in the
    plural of an ordinary word, its members' ("The Republicans party", France's Les
    Républicains, is not the Republicans of the US, whose party is the Republican
    Party; "Veritas Party" is Veritas), nor a person's full name, whose key the
    party's would take ("the Robert Kilroy-Silk Party", a jibe at a man)."""
    one = singular(word)
    if one is not None and " " not in word and (is_common_word(one) or word in PARTY_MEMBER_WORDS):
        return False
    words = word.split()
    last = words[-1]
    if (
        len(words) > 1
        and is_given_name(words[0])
        and not (is_common_word(last) or last in PARTY_MEMBER_WORDS)
    ):
        return False
    return (one or word) not in _NOT_A_PARTY_ALONE


def legal_stem(key: str) -> str | None:
    """The name a company's key holds before its legal or group suffix ("lenovo group"
    -> "lenovo", "sony corporation" -> "sony"), or None."""
    words = key.split()
    if len(words) > 1 and words[-1] in _LEGAL_SUFFIXES:
        return " ".join(words[:-1])
    return None


# A tournament of three to six nations' sides ("Six Nations", "Tri-Nations", "RBS Six
# Nations"), not the nations themselves ("Home Nations", "United Nations").
_NATIONS_TOURNAMENT = re.compile(r"\b(?:Tri|Four|Five|Six)[- ]Nations$")


def _event_head(text: str, label: str) -> bool:
    """An event's last word, or its plural ("Grand Slams"); "League" only after a
    sport's or a rank's word ("Premier League", not "Arab League", a body)."""
    head = text.rsplit(None, 1)[-1].lower()
    one = singular(head)
    if head not in EVENT_HEADS and one is not None and one in EVENT_HEADS:
        head = one
    if (
        _names_a_holiday(text)
        or names_a_festival(text)
        or names_a_storm(text)
        or _names_an_exit(text)
        or _NATIONS_TOURNAMENT.search(text)
    ):
        return True
    if head == "league":
        words = text.lower().split()
        return len(words) > 1 and words[-2] in COMPETITION_LEAGUE_WORDS
    if head == "convention":
        # a party's gathering, "Republican National Convention"; a treaty or an
        # assembly ("Chemical Weapons Convention", "Constitutional Convention") is none
        return text.lower().endswith(" national convention")
    if label != "WORK_OF_ART" and _names_an_occurrence(text):
        return True  # "Nanjing Massacre" as ORG; not the film "Monday Night Massacre"
    return head in EVENT_HEADS and not (label == "WORK_OF_ART" and head in _WORK_HEADS)


def _titled(text: str, label: str) -> bool:
    """A people's word as a body's name with its own "The" ("The New Yorker", "The
    Australian"): a title. A people's name never opens with it in a span; a
    country's may ("The Gambia")."""
    return (
        label == "ORG"
        and text.startswith(_TITLE_ARTICLE)
        and (demonym_country(text) is not None or demonym_place(text) is not None)
    )


def _pair_of_countries(text: str) -> Route | None:
    """Two countries' names or words joined by a hyphen, a modifier whatever the label
    ("the U.S.-Mexico border", "India-China talks", "Latvian-Belarusian"): the first
    country's mention, the rest trimmed, as a compound demonym's is (`_people_of`);
    never a country's own hyphenated name ("Bosnia-Herzegovina", "Guinea-Bissau")."""
    first, hyphen, second = text.partition("-")
    if not hyphen or "-" in second or not second[:1].isupper() or country_code(text):
        return None
    people = demonym_country(first) or combining_country(first)
    code = people or country_code(first)
    other = country_code(second) or demonym_country(second)
    if code is None or other is None or other == code:
        return None
    return _first_country(text, first, code, demonym=people is not None)


def _first_country(text: str, first: str, code: str, demonym: bool) -> Route:
    """The mention of the country that `text` opens with, `first`, the rest trimmed
    off ("Sino" of "Sino-US", "U.S." of "U.S.-Mexico")."""
    trim = len(text) - len(first)
    return Route("country", code, first, country=code, demonym=demonym, trim_end=trim, fixed=True)


def _people_of(text: str) -> Route | None:
    """A demonym counts for its country or place; a compound ("North
    Korean-Russian", "Sino-US") for its first country, with the rest trimmed off; a country's
    name for the country. None for anything else (a group, voted on with the rest)."""
    code = demonym_country(text)
    if code is not None:
        return Route("country", code, text, country=code, demonym=True, fixed=True)
    place = demonym_place(text)
    if place is not None:
        key = name_key(place_own_name(place) or place)
        return Route("place", key, text, place_country(place), demonym=True, gazetteer=True)
    if is_demonym(text):
        return Route("group", name_key(text, "group"), text, gazetteer=True)
    compound = _COMPOUND.match(text)
    if compound:
        first = compound.group(1)
        code = demonym_country(first) or country_code(first) or combining_country(first)
        if code is not None:
            return _first_country(text, first, code, demonym=True)
    code = country_code(text)
    if code is not None:
        return Route("country", code, text, country=code, fixed=True)
    state = territory_state(text)
    if state is not None:  # "French Guiana" as NORP: a place of its state, as its GPE is
        return Route("place", name_key(place_own_name(text) or text), text, state, gazetteer=True)
    return None
