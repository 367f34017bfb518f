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
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from explorer.resolve.gazetteer import country_code, is_big_city
from explorer.resolve.spans import (
    LISTED_WITH_BODIES,
    LISTED_WITH_PEOPLE,
    LISTED_WITH_PLACES,
    share_cues,
)
from explorer.resolve.surnames import surname_cues

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


def document_cues(text: str, mentions: Sequence[tuple[int, int, str, int]]) -> list[int]:
    """The flags of one document's mentions, given in text order as (start, end,
    label, flags), each with its list's cue, its surname cue (`surnames`) and the
    document's shared cues (`spans.share_cues`)."""
    listed = _list_cues(text, mentions)
    surnamed = surname_cues(text, mentions)
    return share_cues(
        [
            (text[start:end], flags | cue | surname)
            for (start, end, _, flags), cue, surname in zip(mentions, listed, surnamed, strict=True)
        ]
    )


def _list_cues(text: str, mentions: Sequence[tuple[int, int, str, int]]) -> list[int]:
    cues = [0] * len(mentions)
    for members in _lists(text, mentions):
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
