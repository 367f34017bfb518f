"""Titles of works, whole or cut: "Eternal Sunshine of the Spotless Mind", "Pirates
of the Caribbean", "Breakfast with Frost", "World of Warcraft".

The model reads a title's words as names of their own: "Eternal Sunshine" ORG and
"Spotless Mind" FAC, "Pirates" GPE, "Breakfast" LOC. A run of capitalised words
joined by "of" or "with" is a work's title (a film, a show, a game, a law) unless a
word of it names a body, a place, an office or an event ("Bank of England", "Isle of
Man", "Chancellor of the Exchequer", "Festival of Britain"), or it starts with a
person's name ("Jan Hernych of the Czech Republic"). Titles are made of ordinary
words: a run of names only ("Chelsea with Arsenal") is not one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from explorer.resolve.demonyms import is_demonym
from explorer.resolve.gazetteer import country_code, is_known_place
from explorer.resolve.names import is_given_name
from explorer.resolve.words import (
    BODY_WORDS,
    DATE_WORDS,
    EVENT_HEADS,
    FUNCTION_WORDS,
    INSTITUTION_WORDS,
    ORG_HEADS,
    ORG_WORDS,
    PARTICLES,
    PLACE_HEADS,
    TITLE_WORDS,
    is_common_word,
)

# The words that join a title's parts, and the small words that may follow them.
_JOINS = frozenset({"of", "with"})
_FILLERS = frozenset({"the", "a", "an", "in"})
_ARTICLES = frozenset({"the", "a", "an"})
# Words of a body's or an office's name the other lists leave out ("Voice of
# America", "News of the World", "Duchess of Cornwall", "Houses of Parliament",
# "Friends of the Earth", "Writers Guild of America").
_BODY_OR_OFFICE = frozenset(
    """
    alliance assembly authority board bureau centre center chamber chambers
    confederation congress countess directorate duchess duke earl emir friends
    government guild hall head house houses library marquess news parliament radio
    school senate service services speaker sultan times viscount voice
    """.split()
)
_NOT_IN_TITLES = (
    TITLE_WORDS
    | ORG_WORDS
    | BODY_WORDS
    | ORG_HEADS
    | EVENT_HEADS
    | INSTITUTION_WORDS
    | PLACE_HEADS
    | _BODY_OR_OFFICE
    | DATE_WORDS
)
# Labels whose spans may be a cut title; a person's name or a people's is not.
TITLE_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
_CAPITALISED = re.compile(r"[A-Z][\w'’\-]*")
_TOKEN = re.compile(r"\S+")
_JOIN_NEAR = re.compile(r" (?:of|with) ")
_ARTICLE_JOIN = re.compile(r" (?:of|with) the ")
_TRAILING = ",.;:!?)\"'”’"
_SENTENCE_ENDS = '.!?:;\n"“‘('
_REACH = 80


@lru_cache(maxsize=1 << 14)
def is_work_title(text: str) -> bool:
    """`text` is shaped like a work's title: capitalised words joined by "of" or
    "with" ("Boulevard of Broken Dreams"), none naming a body, a place or an office,
    not a person's affiliation, at least one of them an ordinary word."""
    words = text.split()
    if len(words) < 3 or not _is_word(words[0]) or not _is_word(words[-1]):
        return False
    if not any(w in _JOINS for w in words[1:-1]):
        return False
    capitalised = [w for w in words if w not in _JOINS and w not in _FILLERS]
    if not all(_is_word(w) and not _is_acronym(w) for w in capitalised):
        return False  # "Brussels with the WTO"
    if any(_names_no_title(w) for w in capitalised):
        return False  # "Bank of England", "Joint Chiefs of Staff"
    parts = _parts(words)
    lead = parts[0][0]
    if len(lead) > 1 and (is_given_name(lead[0]) or not any(_is_ordinary(w) for w in lead)):
        return False  # "Paul Young of Bath", "Barry Gibb of The Bee Gees": a person's
    for part, after_article in parts:
        if _starts_with_place(part) and not (after_article and not is_demonym(part[0])):
            # "LG Electronics of South Korea", "Hollywood Walk of Fame"; but "Pirates
            # of the Caribbean", "Girl with a Pearl Earring"
            return False
    if not any(_is_ordinary(w) for w in capitalised) and not _ARTICLE_JOIN.search(text):
        return False  # "Chelsea with Arsenal"
    return country_code(text) is None and not is_known_place(text)


def _starts_with_place(words: list[str]) -> bool:
    """The words begin with a place's name or a people's ("Vinci with the Italian
    clinching the set")."""
    if is_demonym(words[0]):
        return True
    return any(
        country_code(name) is not None or is_known_place(name)
        for name in (" ".join(words[:n]) for n in range(1, min(len(words), 3) + 1))
    )


def _parts(words: list[str]) -> list[tuple[list[str], bool]]:
    """The runs of capitalised words between a title's small words, each with
    whether an article stands before it ("Attack of The Clones": "The" too)."""
    parts: list[tuple[list[str], bool]] = []
    previous = ""
    for i, word in enumerate(words):
        if word in _JOINS or word in _FILLERS or (i and word == "The"):
            previous = word.lower()
            continue
        if parts and not previous:
            parts[-1][0].append(word)
        else:
            parts.append(([word], previous in _ARTICLES))
        previous = ""
    return parts


def title_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The whole title a span was cut from ("Eternal Sunshine of the [Spotless Mind]",
    "[Pirates] of the Caribbean"), or None. A known place's name is never cut from a
    title here: "Horn of [Africa]", "Battle of [Britain]" keep the place. A run that
    begins a sentence with one ordinary word ("Members of Amnesty International")
    may be a sentence's subject, not a title."""
    left = _clause_start(text, start)
    right = _clause_end(text, end)
    if _JOIN_NEAR.search(text, left, right) is None:
        return None  # the common case, found cheaply
    name = text[start:end]
    if country_code(name) is not None or is_known_place(name):
        return None
    before = list(_TOKEN.finditer(text, left, start))
    after = list(_TOKEN.finditer(text, end, right))
    if text[start - 1 : start].strip() or text[end : end + 1].strip() not in ("", *_TRAILING):
        return None  # the span is part of a word
    run_start = start
    for token in reversed(before):
        if not _in_run(token.group()):
            break
        run_start = token.start()
    run_end = end
    for token in after:
        word = token.group().rstrip(_TRAILING)
        if not word or not _in_run(word):
            break
        run_end = token.start() + len(word)
        if word != token.group():
            break  # punctuation ends the run
    run_start, run_end = _trim_small_words(text, run_start, run_end)
    if _previous_token(text, run_start) in PARTICLES:
        return None  # "Leonardo da Vinci with the Italian ...": a person's name
    if (run_start, run_end) == (start, end) or run_start > start or run_end < end:
        return None
    run = text[run_start:run_end]
    if not is_work_title(run):
        return None
    lead = run.split(maxsplit=2)
    opens_sentence = _clause_start(text, run_start) == run_start
    if opens_sentence and len(lead) > 1 and lead[1] in _JOINS:
        return None
    return run_start, run_end


def _names_no_title(word: str) -> bool:
    """The word (or its singular) is a body's, a place's, an office's or a date's."""
    low = word.lower()
    return low in _NOT_IN_TITLES or (low.endswith("s") and low[:-1] in _NOT_IN_TITLES)


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _is_word(word: str) -> bool:
    return _CAPITALISED.fullmatch(word) is not None and not word.endswith(("'s", "’s"))


def _is_ordinary(word: str) -> bool:
    """An ordinary English word, or the plural of one ("Pirates")."""
    return is_common_word(word) or (word.endswith("s") and is_common_word(word[:-1]))


def _in_run(word: str) -> bool:
    return word in _JOINS or word in _FILLERS or _is_word(word)


def _trim_small_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop joins and small words from the ends of a run ("the Lord of the" ...), and a
    capitalised one from its start ("But Simon Hart of the Countryside Alliance")."""
    words = list(_TOKEN.finditer(text, start, end))
    while words and (not _is_word(words[0].group()) or words[0].group().lower() in FUNCTION_WORDS):
        words.pop(0)
    while words and not _is_word(words[-1].group()):
        words.pop()
    return (words[0].start(), words[-1].end()) if words else (start, start)


def _previous_token(text: str, pos: int) -> str:
    found = list(_TOKEN.finditer(text, max(0, pos - 20), pos))
    return found[-1].group() if found else ""


def _clause_start(text: str, pos: int) -> int:
    """Where the sentence (or the quote, or the bracket) holding `pos` begins."""
    floor = max(0, pos - _REACH)
    i = pos
    while i > floor and text[i - 1] not in _SENTENCE_ENDS:
        i -= 1
    while i < pos and text[i].isspace():
        i += 1
    return i


def _clause_end(text: str, pos: int) -> int:
    ceiling = min(len(text), pos + _REACH)
    i = pos
    while i < ceiling and text[i] not in ".!?;\n(":
        i += 1
    return i
