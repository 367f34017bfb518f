"""Names listed together are things of one kind.

The model labels each name of a list on its own, and now and then labels one unlike
the rest: "Nokia, Intel, Philips and Alcatel" (Alcatel GPE), "Will Smith, Kevin
Spacey and Keanu Reeves" (Keanu Reeves ORG). A name whose list's other names all
carry one label, a person's, a body's or a place's, gets that label's cue
(`spans.LISTED_WITH_PEOPLE`, ...), which the kind vote weighs beside the name's own
labels. It takes a list of three names or more, joined by commas, "and" or "or": of
two names, each label is as likely wrong as the other ("Siemens and Ericsson",
Ericsson GPE). The model is least sure of one word it does not know: a line-up's
surnames come as PERSON, ORG and GPE in one line ("Macken, Weaver, Onuoha and
Jordan"), so the others must count a name of several words among them. A country is
a place whatever its label; a big city is none of the three, since a list of cities
is as often one of their clubs ("Luton, Preston and Queens Park Rangers").

A list that a plural noun introduces ("firms such as Nokia and Intel", "films
including Billy Elliot", "countries like Chad") is of that noun's kind, whatever
the model made of its names: the noun gives its names the cue of a body, a person,
a place or a work (`spans.NEAR_WORK_WORD`, and `spans.WORK_INTRODUCED`: "reality
shows such as American Idol" names it a work, unless its possessive follows, "titles
such as Sony's Gran Turismo"). A noun that names several kinds is passed over
("players such as Sony", "services such as Skype").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from explorer.resolve.gazetteer import country_code, is_big_city
from explorer.resolve.regions import region_cues
from explorer.resolve.spans import (
    CLUB_WORD,
    LISTED_WITH_BODIES,
    LISTED_WITH_PEOPLE,
    LISTED_WITH_PLACES,
    NEAR_WORK_WORD,
    TEAM_CUE,
    WORK_INTRODUCED,
    plural_verb_follows,
    share_cues,
)
from explorer.resolve.surnames import surname_cues
from explorer.resolve.words import ORG_WORDS, TITLE_WORDS, WORK_WORDS, singular

# What the model's label says a listed name is; any other label ("Crouching Tiger,
# Hidden Dragon, Hero" as WORK_OF_ART) is a kind of its own that the others do not
# share; a date or a number in a list is no name of it and is passed over.
_LABEL_CLASSES = {"PERSON": "person", "ORG": "body", "GPE": "place", "LOC": "place", "FAC": "place"}
_CLASS_FLAGS = {
    "person": LISTED_WITH_PEOPLE,
    "body": LISTED_WITH_BODIES,
    "place": LISTED_WITH_PLACES,
}
_NOT_NAMES = frozenset({"DATE"})
# Between two names of a list: a comma, "and" or "or", or both (no line break, no
# semicolon: "Headingley, Leeds; Leslie Gray, 43" is two records, not a list).
_SEPARATOR = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or)[ \t]+)")
_MIN_LIST = 3
# "and" between the two names of a pair, and the cues a plural verb after the second
# gives (`_paired_with_a_surname`).
_PAIR_JOINT = re.compile(r"[ \t]+and[ \t]+")
_PAIRED_CUES = CLUB_WORD | TEAM_CUE
_LAST_ITEM = re.compile(r"\b(?:and|or)\b")
# A plural noun and "such as", "including" or "like" right before a list's first name,
# or before "the" or a quote that opens it ("programmes including the Community
# Employment scheme", 'shows like "Batman"').
_LIST_HEAD = re.compile(r"\b([a-z]+s),?[ ](?:such as|including|like)[ ](?:the[ ])?[\"“]?$")
_HEAD_REACH = 44
_HEAD_ENDS = (" as ", " including ", " like ", " the ", '"', "“")
# Nouns for kinds of people, places and works beside the word lists' own: "players"
# is left out ("market players such as Sony"), as are the nouns of several kinds.
_PEOPLE_HEADS = (TITLE_WORDS - {"player"}) | {"artist", "celebrity"}
_PLACE_HEADS = frozenset(
    """
    area capital city country county district island municipality nation
    neighborhood neighbourhood port province region resort state suburb territory
    town village
    """.split()
)
_WORK_HEADS = WORK_WORDS | {"classic", "hit", "show", "title"}


def document_cues(text: str, mentions: Sequence[tuple[int, int, str, int]]) -> list[int]:
    """The flags of one document's mentions, given in text order as (start, end,
    label, flags), each with its list's cue, its surname cue (`surnames`), its
    region's cue (`regions`) and the document's shared cues (`spans.share_cues`)."""
    runs = _lists(text, mentions)
    listed = _list_cues(text, mentions, runs)
    for members, cue in _headed_lists(text, mentions, runs):
        for i in members:
            listed[i] |= cue
    surnamed = surname_cues(text, mentions)
    regions = region_cues(text, mentions)
    paired = _paired_with_a_surname(text, mentions)
    return share_cues(
        [
            (text[start:end], (flags & ~_PAIRED_CUES if pair else flags) | cue | surname | region)
            for (start, end, _, flags), cue, surname, region, pair in zip(
                mentions, listed, surnamed, regions, paired, strict=True
            )
        ]
    )


def _paired_with_a_surname(text: str, mentions: Sequence[tuple[int, int, str, int]]) -> list[bool]:
    """Whether each mention is a single word after "and" and a surname the document
    gives in full, with a plural verb after it: "Angela Merkel ... Merkel and Seehofer
    were", "Alito, Ginsburg and Kagan were". The verb is the pair's and says nothing of
    a club. A pair of two bodies keeps it ("Ad-Aware and Spybot have"), and so does one
    after a full name, which the model gives brands too ("Max Factor and Rimmel are")."""
    surnames = {
        text[start:end].rsplit(None, 1)[-1]
        for start, end, label, _ in mentions
        if label == "PERSON" and " " in text[start:end].strip()
    }
    paired = [False] * len(mentions)
    for i, (partner, (start, end, _, _)) in enumerate(pairwise(mentions), 1):
        paired[i] = (
            _PAIR_JOINT.fullmatch(text, partner[1], start) is not None
            and " " not in text[start:end]
            and text[partner[0] : partner[1]] in surnames
            and plural_verb_follows(text, end)
        )
    return paired


def _list_cues(
    text: str, mentions: Sequence[tuple[int, int, str, int]], runs: list[list[int]]
) -> list[int]:
    cues = [0] * len(mentions)
    for members in runs:
        if len(members) < _MIN_LIST:
            continue
        names = [text[mentions[i][0] : mentions[i][1]] for i in members]
        classes = [
            _name_class(name, mentions[i][2]) for name, i in zip(names, members, strict=True)
        ]
        for position, i in enumerate(members):
            others = set(classes[:position] + classes[position + 1 :])
            sure = any(" " in name for j, name in enumerate(names) if j != position)
            if sure and len(others) == 1 and classes[position] not in others:
                cues[i] = _CLASS_FLAGS.get(others.pop(), 0)
    return cues


def _headed_lists(
    text: str, mentions: Sequence[tuple[int, int, str, int]], runs: list[list[int]]
) -> list[tuple[list[int], int]]:
    """The lists a plural noun introduces, as their members' mention indices, each
    with the cue of the noun's kind. A list ends at its name after "and" or "or"
    ("firms such as Sony and Intel, Blair said")."""
    headed = []
    for run in runs:
        if not run:
            continue
        start = mentions[run[0]][0]
        if not text.endswith(_HEAD_ENDS, 0, start):
            continue
        head = _LIST_HEAD.search(text, max(0, start - _HEAD_REACH), start)
        cue = _head_cue(head.group(1)) if head else 0
        if not cue:
            continue
        members = [run[0]]
        for i in run[1:]:
            members.append(i)
            if _LAST_ITEM.search(text, mentions[i - 1][1], mentions[i][0]):
                break
        if text.startswith(("'s", "’s"), mentions[run[0]][1]):
            cue &= ~WORK_INTRODUCED  # "titles such as Sony's Gran Turismo": the maker's
        headed.append((members, cue))
    return headed


def _head_cue(plural: str) -> int:
    """The cue a plural noun gives the names it introduces, or 0."""
    for noun in (plural, plural[:-1], singular(plural)):
        if noun in ORG_WORDS:
            return LISTED_WITH_BODIES
        if noun in _PEOPLE_HEADS:
            return LISTED_WITH_PEOPLE
        if noun in _PLACE_HEADS:
            return LISTED_WITH_PLACES
        if noun in _WORK_HEADS:
            return NEAR_WORK_WORD | WORK_INTRODUCED
    return 0


def _name_class(name: str, label: str) -> str:
    """What a listed name is, for its list's other names."""
    if country_code(name):
        return "place"
    if is_big_city(name):
        return "city"
    return _LABEL_CLASSES.get(label, label)


def _lists(text: str, mentions: Sequence[tuple[int, int, str, int]]) -> list[list[int]]:
    """The runs of names that separators join, as mention indices (dates left out)."""
    runs: list[list[int]] = []
    members: list[int] = []
    previous_end = -1
    for i, (start, end, label, _) in enumerate(mentions):
        joined = 0 <= previous_end <= start and _SEPARATOR.fullmatch(text, previous_end, start)
        if not joined:
            runs.append(members)
            members = []
        if label not in _NOT_NAMES:
            members.append(i)
        previous_end = end
    runs.append(members)
    return runs
