"""A name the document goes on to call by its family name alone is a person's.

News names a person in full, then by surname ("Carolina Kluft ... Kluft took the
long jump"); a body it shortens to its first word ("Goldman Sachs ... Goldman") or
to an acronym, seldom to its last. The model labels a foreign name it does not know
ORG or GPE as often as PERSON, each mention on its own, so this pattern is evidence
over its labels: a full name whose document later gives its last word alone, the
model labelling that word a person or a place (its guess for a surname it does not
know: "Baros insisted" as GPE), or a body with a person's cue around it ("said
Cragg", "striker Baros"). Not a date ("Sheffield Wednesday ... at Wednesday"), and
neither name with "the" before it ("the Neath-Swansea Ospreys ... the Ospreys",
"the Skype Voip service").

Left out, since the pattern is a body's too there: a name with an ordinary English
word in it ("Sale Sharks ... Sharks", "Desperate Housewives ... Housewives"), a
country's or a people's ("British Muslim ... Muslim"), one whose last word is a
place ("Real Madrid ... Madrid", "Nintendo Europe ... Europe"), and a title before a
surname ("Prop Jones", a headline's, of Adam Jones). A firm named after its founder
keeps its labels: the model calls its short name a body ("Walt Disney ... Disney
shares").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from explorer.resolve.classify import person_tokens
from explorer.resolve.demonyms import names_a_people
from explorer.resolve.gazetteer import country_code, is_known_place
from explorer.resolve.names import family_name, is_family_particle, is_given_name
from explorer.resolve.spans import (
    AFTER_ARTICLE,
    AFTER_TITLE,
    HIS_FOLLOWS,
    NAMED_BY_SURNAME,
    SHORTENED_AS_PERSON,
    SPEAKER,
)
from explorer.resolve.words import TITLE_WORDS, is_common_word

_PERSON_CUES = AFTER_TITLE | SPEAKER | HIS_FOLLOWS
# The labels the model gives a surname it does not know; a body's (ORG) counts only
# with a person's cue beside it.
_SURNAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP"})
_MAX_WORDS = 3


def surname_cues(text: str, mentions: Sequence[tuple[int, int, str, int]]) -> list[int]:
    """NAMED_BY_SURNAME for each mention, given in text order as (start, end, label,
    flags), of a full name that a later mention in the document gives by its last
    word or its family name alone, as a person's surname; SHORTENED_AS_PERSON for one
    whose last word a later mention gives alone labelled PERSON; 0 for the others."""
    texts = [text[start:end] for start, end, _, _ in mentions]
    seen: dict[str, list[int]] = {}
    folded: dict[str, list[int]] = defaultdict(list)  # "De Zeeuw" as "de Zeeuw"
    with_article: set[str] = set()  # "the Skype Voip service": a thing's name
    for i, (name, (_, _, _, flags)) in enumerate(zip(texts, mentions, strict=True)):
        seen.setdefault(name, []).append(i)
        folded[_particles_folded(name)].append(i)
        if flags & AFTER_ARTICLE:
            with_article.add(name)
    surnamed: set[str] = set()
    shortened: set[str] = set()
    for name, where in seen.items():
        # "Marine Le Pen ... Le Pen said", as "Tony Blair ... Blair said"
        shorts = {family_name(name), name.rsplit(None, 1)[-1]} - {name}
        later = [
            i for short in shorts for i in folded.get(_particles_folded(short), ()) if i > where[0]
        ]
        if (
            later
            and name not in with_article
            and not shorts & with_article
            and _may_be_surnamed(name)
            and any(_as_surname(*mentions[i][2:]) for i in later)
        ):
            surnamed.add(name)
        last = [i for i in seen.get(name.rsplit(None, 1)[-1], ()) if i > where[0]]
        if " " in name and any(mentions[i][2] == "PERSON" for i in last):
            shortened.add(name)
    return [
        (NAMED_BY_SURNAME if name in surnamed else 0)
        | (SHORTENED_AS_PERSON if name in shortened else 0)
        for name in texts
    ]


def _particles_folded(name: str) -> str:
    """A name with its family particles in lowercase: a line-up or a sentence's start
    capitalises the particle a full name writes small ("Arjan de Zeeuw ... De Zeeuw")."""
    return " ".join(word.lower() if is_family_particle(word) else word for word in name.split(" "))


def _as_surname(label: str, flags: int) -> bool:
    """A mention of a name's family name alone, labelled or placed as a surname."""
    return label in _SURNAME_LABELS or bool(flags & _PERSON_CUES)


@lru_cache(maxsize=1 << 14)
def _may_be_surnamed(name: str) -> bool:
    """A name of two or three words, particles aside, shaped like a person's, not
    opening with a title, none an ordinary word (but a given name first) nor a
    country's or a people's name, the family name no place's."""
    all_words = name.split()
    words = [word for word in all_words if not is_family_particle(word)]
    if not 1 < len(words) <= _MAX_WORDS or not person_tokens(name):
        return False
    if words[0].lower() in TITLE_WORDS:
        return False
    # a family name a particle opens is no ordinary word ("Le Pen", "van Dam")
    particled = {after for word, after in pairwise(all_words) if is_family_particle(word)}
    for i, word in enumerate(words):
        parts = [word, *word.split("-")] if "-" in word else [word]
        if any(country_code(p) or names_a_people(p) for p in parts):
            return False
        # a given name first may be an ordinary word too ("Frank-Walter Steinmeier",
        # "Mark Rutte"); a body's words are not given names ("Sale Sharks")
        given = i == 0 and all(is_given_name(p) for p in parts if "-" not in p)
        if not (given or word in particled) and any(is_common_word(p) for p in parts):
            return False
    return not is_known_place(family_name(name))
