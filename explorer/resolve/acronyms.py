"""Other names of one body: an acronym and its expansion ("WTO" and "World Trade
Organization"), and the commonest bodies' other names from a small table
(``data/other_names.json``).

An acronym is linked to a longer name of the corpus only on the corpus's own
evidence: the name's initials spell it, and the two are used in one document
(news spells a body out once and then abbreviates it, "the Federal Bureau of
Investigation (FBI)"). Initials alone would merge unrelated bodies ("CIA" and a
"Culinary Institute of America" never written in one article).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import cache
from importlib.resources import files

from explorer.resolve.classify import name_key

_ACRONYM = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,6}")
# Words an acronym usually skips ("Organisation for Economic Co-operation ...").
_SKIPPED = frozenset("of the and for in on de du des la le".split())


def is_acronym(text: str) -> bool:
    """Two to six capitals, with or without dots ("WTO", "U.N.")."""
    return _ACRONYM.fullmatch(text) is not None


def initials(key: str) -> str:
    """The initials of a name key's words ("world trade organization" -> "wto")."""
    return "".join(word[0] for word in key.split() if word not in _SKIPPED)


def expansion_candidates(acronyms: set[str], keys: set[str]) -> dict[str, set[str]]:
    """For each acronym key, the longer name keys whose initials spell it."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        if " " in key:
            by_initials[initials(key)].add(key)
    return {a: by_initials[a] for a in acronyms if by_initials.get(a)}


@cache
def other_names() -> dict[str, str]:
    """Name key -> the key of the full name it stands for, from the table."""
    raw = json.loads(files("explorer.resolve").joinpath("data/other_names.json").read_text("utf-8"))
    table: dict[str, str] = {}
    for full, names in raw["names"].items():
        for name in names:
            table[name_key(name)] = name_key(full)
    return table


@cache
def full_names() -> dict[str, str]:
    """The key of each full name in the table -> that name as the table writes it."""
    raw = json.loads(files("explorer.resolve").joinpath("data/other_names.json").read_text("utf-8"))
    return {name_key(full): full for full in raw["names"]}
