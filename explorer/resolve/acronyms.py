"""Other names of one body: an acronym and its expansion ("WTO" and "World Trade
Organization"), a clipping news defines in brackets ("Yuganskneftegas
(Yugansk)"), the word a longer name opens or ends with ("Villa" of "Aston
Villa"), and the commonest bodies' other names from a small table
(``data/other_names.json``).

An acronym is linked to a longer name of the corpus only on the corpus's own
evidence: the name's initials spell it, and the two are used in one document
(news spells a body out once and then abbreviates it, "the Federal Bureau of
Investigation (FBI)"). Initials alone would merge unrelated bodies ("CIA" and a
"Culinary Institute of America" never written in one article).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache, lru_cache

from rapidfuzz import fuzz

from explorer.resolve.classify import legal_stem, name_key
from explorer.resolve.names import unaccented
from explorer.resolve.words import (
    ACRONYM_SKIPPED_WORDS,
    EVENT_HEADS,
    FACILITY_HEADS,
    NAME_JOINERS,
    other_names_table,
)

# Capitals, with or without stops, or with the lowercase letter of a short word between
# them ("BoE" of "Bank of England", "MoD", "DfES", "VoIP").
_ACRONYM = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,6}|[A-Z](?:[a-z]?[A-Z]){1,4}")
# Where a name's words part: spaces and hyphens ("Mercedes-Benz").
_GAP = re.compile(r"[\s\-]+")
# How alike (rapidfuzz's ratio, 0-100) a name must be to the table's expansion of an
# acronym to be a spelling of it ("International Monetary Found" of the IMF's).
_SPELLING_LIKENESS = 90


def is_acronym(text: str) -> bool:
    """Two to six capitals, with or without dots ("WTO", "U.N."), or a lowercase letter
    between two of them ("BoE", "VoIP")."""
    return _ACRONYM.fullmatch(text) is not None


@lru_cache(maxsize=1 << 17)
def initials(name: str) -> frozenset[str]:
    """The ways a name's initials may be written, lowercase: every word's first
    letter, or only those of the words an acronym does not skip; a word in capitals
    gives all its letters ("UK Independence Party" -> "ukip", "Bank of England" ->
    "boe" and "be")."""
    words = [w for w in re.split(r"[\s\-&]+", name) if w and w[0].isalpha()]
    if len(words) < 2:
        return frozenset()

    def letters(word: str) -> str:
        return word.lower() if _ACRONYM.fullmatch(word) else word[0].lower()

    every = "".join(letters(w) for w in words)
    kept = "".join(letters(w) for w in words if w.lower() not in ACRONYM_SKIPPED_WORDS)
    # accents do not count: "Électricité de France" is "EDF"
    return frozenset(unaccented(spelled) for spelled in (every, kept))


def expansion_candidates(
    acronyms: dict[str, set[str]], names: dict[str, set[str]]
) -> dict[str, set[str]]:
    """For each acronym (key -> its spellings), the keys of longer names (key -> their
    spellings) whose initials spell it."""
    return _again(_expansion_candidates, acronyms, names)


def _again(
    find: Callable[[dict[str, set[str]], dict[str, set[str]]], dict[str, set[str]]],
    short: dict[str, set[str]],
    names: dict[str, set[str]],
) -> dict[str, set[str]]:
    """`find`'s answer, the last one (copied) when asked again with the same names: an
    update after an edit rarely adds a name or a spelling to a large corpus."""
    last = _LAST.get(find)
    if last is None or last[0] != short or last[1] != names:
        last = _LAST[find] = (short, names, find(short, names))
    return {key: set(keys) for key, keys in last[2].items()}


_LAST: dict[
    Callable[..., dict[str, set[str]]],
    tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]],
] = {}


def _expansion_candidates(
    acronyms: dict[str, set[str]], names: dict[str, set[str]]
) -> dict[str, set[str]]:
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key, spellings in names.items():
        for spelling in spellings:
            for letters in initials(spelling):
                by_initials[letters].add(key)
    found: dict[str, set[str]] = {}
    for key, spellings in acronyms.items():
        matches = set().union(
            *(by_initials.get(s.replace(".", "").lower(), set()) for s in spellings)
        )
        matches.discard(key)
        if matches:
            found[key] = matches
    return found


def clipping_candidates(
    clippings: dict[str, set[str]], names: dict[str, set[str]]
) -> dict[str, set[str]]:
    """For each one-word name news defines as a short form ("Yuganskneftegas
    (Yugansk)"; key -> its spellings), the keys of the names whose first word it
    begins and is at least three letters shorter than."""
    return _again(_clipping_candidates, clippings, names)


def _clipping_candidates(
    clippings: dict[str, set[str]], names: dict[str, set[str]]
) -> dict[str, set[str]]:
    firsts = sorted(
        (spelling.split()[0].lower(), key)
        for key, spellings in names.items()
        for spelling in spellings
        if spelling.split()
    )
    words = [word for word, _ in firsts]
    found: dict[str, set[str]] = {}
    for key, spellings in clippings.items():
        matches: set[str] = set()
        for spelling in spellings:
            short = spelling.lower()
            for i in range(bisect_left(words, short), len(words)):
                word, other = firsts[i]
                if not word.startswith(short):
                    break
                # a word it begins ("Yuganskneftegas"), not a compound ("Scotland-England")
                if len(word) >= len(short) + 3 and word[len(short)].isalpha() and other != key:
                    matches.add(other)
        if matches:
            found[key] = matches
    return found


def short_name_candidates(
    by_key: Mapping[str, Sequence[tuple[str, str]]],
) -> dict[str, list[str]]:
    """For each key of `by_key` (key -> its (text, label) pairs) that opens or ends a
    longer one word for word, the longer keys it may be the short name of: "villa" of
    "aston villa", "amnesty" of "amnesty international", "mercedes" of
    "mercedes-benz", "radio 2" of "bbc radio 2". The longer name is written as a
    name, its lowercase words only those that join a name's ("Bank of England"; not
    a span run on, "Bravery was The Times"); a name it opens is neither numbered, as
    a product's version is ("Halo 2": "Halo" is the first game), nor an event's or a
    site's, which a body or a town gives its name to ("the Academy" of the Academy
    Awards, "Woomera" of the Woomera Detention Centre). `resolver` joins a body's
    short name used with one."""
    found: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        segments = name_segments(key)
        # the cheap test first: few of a corpus's names open or end with another
        shorter = [(name, opens) for name, opens in segments if name in by_key]
        if not shorter or not _written_as_a_name(by_key[key]):
            continue
        last = segments[-1][0]
        opened_by_none = last in EVENT_HEADS or last in FACILITY_HEADS or _has_digit(last)
        for name, opens in shorter:
            if not (opens and opened_by_none):
                found[name].append(key)
    return dict(found)


def maker_candidates(by_key: Mapping[str, object]) -> dict[str, list[tuple[str, str]]]:
    """For each key of `by_key` that ends another, word for word, after one more of
    its keys, those longer keys and the keys they open with: "ipod" -> [("apple
    ipod", "apple")]. `resolver` joins a product's name written after its maker's to
    the name alone; this reads only which keys there are, so a plan reads it once."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in by_key:
        space = key.find(" ")
        while space > 0:  # the cheap test first: few names end in another
            ending = key[space + 1 :]
            if ending in by_key and key[:space] in by_key:
                found[ending].append((key, key[:space]))
            space = key.find(" ", space + 1)
    return dict(found)


def name_segments(key: str) -> list[tuple[str, bool]]:
    """The shorter names a key's words hold at its start or end, each with whether it
    opens the key ("aston villa": ("aston", True), ("villa", False)); none for one
    word. `regrow` reads them to know what a new name may be the short name of."""
    if "-" in key:
        gaps = [m.span() for m in _GAP.finditer(key)]
    elif " " in key:
        gaps = list(_spaces(key))
    else:
        return []
    return [(key[:start], True) for start, _ in gaps] + [(key[end:], False) for _, end in gaps]


def _spaces(key: str) -> Iterator[tuple[int, int]]:
    """Where a key's words part: the (start, end) of each space."""
    at = key.find(" ")
    while at >= 0:
        yield at, at + 1
        at = key.find(" ", at + 1)


def _written_as_a_name(pairs: Sequence[tuple[str, str]]) -> bool:
    """Every spelling's lowercase words join a name's ("of", "de"): not a span run on."""
    return all(
        word in NAME_JOINERS or not word[:1].islower() for text, _ in pairs for word in text.split()
    )


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


@cache
def other_names() -> dict[str, str]:
    """Name key -> the key of the full name it stands for, from the table."""
    return {
        name_key(name): name_key(full)
        for full, names in other_names_table().items()
        for name in names
    }


@cache
def full_names() -> dict[str, str]:
    """The key of each full name in the table -> that name as the table writes it."""
    return {name_key(full): full for full in other_names_table()}


def may_expand(acronym: str, key: str) -> bool:
    """Whether the name `key` may be the acronym's expansion: any whose initials spell
    it, but of an acronym the table expands ("EU"), only a spelling of the table's
    name. The table's expansion is joined already; another name with those initials
    in a document that uses it ("East Ukraine", "Energy Union") is another thing."""
    table = other_names().get(acronym)
    return table is None or spelt_alike(key, table)


def spelt_alike(key: str, other: str) -> bool:
    """Two names' keys are spellings of one name, whatever legal suffix each ends in
    and whether "and" is written or "&" (which keys leave out): "palestine liberation
    organization" and "palestinian liberation organisation", "oil natural gas corp"
    and "oil and natural gas corporation"; not "national security council" and
    "national safety council"."""

    def stem(name: str) -> str:
        return " ".join(word for word in (legal_stem(name) or name).split() if word != "and")

    return fuzz.ratio(stem(key), stem(other)) >= _SPELLING_LIKENESS
