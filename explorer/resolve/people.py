"""People: merge the spellings of one full name, unglue trailing words, and say
which full name a one-word name stands for.

Work is per distinct name, not per mention: full names are compared only with
the names they share a blocking key with. A one-word name ("Blair", "Kim") stands,
in a document that gives a full name ending or starting with it, for the person
that document introduces: the one it mentions most, then the one it names first.
A relative named there in passing does not take it where the
pronouns the document uses of the name are the other gender's than the corpus uses
of the relative ("Ivanka Trump" once in a story where "Trump said he"), nor where
the document names them only as someone's relative after it used the name alone
("Mr Mulvaney ... Mr Mulvaney's great-great-grandfather Matthew Mulvaney").
In a document that gives none, it stands for the person of that name who
dominates the corpus, if one does; otherwise it stays a short name of its own,
with the people it may stand for as candidates.
"""

from __future__ import annotations

import copy
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from explorer.resolve.gazetteer import is_known_place
from explorer.resolve.model import FormCount
from explorer.resolve.names import (
    SUFFIXES,
    blocking_keys,
    given_name_gender,
    glued_words,
    hyphen_glued,
    is_given_name,
    is_nickname,
    name_tokens,
    names_match,
    same_spelling,
    token_key,
)
from explorer.resolve.spans import MAN_CUE, WOMAN_CUE
from explorer.resolve.words import (
    EVENT_HEADS,
    FACILITY_HEADS,
    LEGISLATURES,
    ORG_HEADS,
    PLACE_HEADS,
    STATE_BODY_HEADS,
    TITLE_WORDS,
    WORK_WORDS,
    is_common_word,
)

Tokens = tuple[str, ...]
# A person's presence in a document: mentions, first offset, and whether every mention
# names them as someone's relative (`spans.RELATIVE_NAMED`).
Presence = tuple[int, int, bool]
# How far a relative's name may come after the first mention of the name it shares
# and still be named in the same breath ("Trump's daughter Ivanka Trump").
SAME_BREATH = 60
# How far after a name's first mention a person named in full is named in passing,
# not introduced (past a headline and the sentence after it), and how often at most.
IN_PASSING = 400
_IN_PASSING_MAX = 2
# The token keys of a one-word name ("Kilroy-Silk" -> ("kilroi", "silk")).
ShortKey = tuple[str, ...]
# The shortest first part of a double-barrelled family name that stands for it alone.
_PART_MIN = 3
# A candidate dominates the corpus when it has this many times the mentions of the next.
DOMINANCE = 3
_MAX_CANDIDATES = 5
# A word that is a given name, many people's, stands for no one the corpus names in
# full only once: "Kevin" in five documents is not the Kevin Peter Hand a sixth names
# (a surname is: "Putin" where one document says "Vladimir Putin").
_FULL_MIN = 2
# How often the one bearer of a first word no one else has is named in full, at least,
# for the word alone to be theirs (`ShortNames.lone_bearer`).
LONE_BEARER_MIN = 5
# A person is a man or a woman when the cues beside their full names say one this
# many times as often as the other.
GENDER_RATIO = 2
GIVEN_GENDER_MIN = 3
GIVEN_GENDER_RATIO = 5
# A word glued to a one-word name ("Putinsaid") is read off only where the name is
# this many times as frequent: a name may end in a function word's letters ("Houthis",
# "Hanover" beside "Hou", "Han").
GLUED_WORD_RATIO = 10
# A capitalised word that a run-on line or a headline put after a full name ("Donald
# Trump Congress speech in full", "Bill Maher Rips", "James Comey Comey's") is read off
# only where the name alone is this many times as frequent, and named this often at
# least: "Martin Luther King" is no "Martin Luther" with "King" glued on.
GLUED_NAME_RATIO = 5
GLUED_NAME_MIN = 5
# The longest syllable of an East Asian given name written as a word ("Jong").
_SYLLABLE_MAX = 4


@dataclass(slots=True)
class Person:
    """One person: how often each surface form (after trimming) names them."""

    surfaces: Counter[str] = field(default_factory=Counter)

    @property
    def name(self) -> str:
        """The most frequent of the most complete spellings, a given name before an
        initial ("Steve Borthwick", not "S Borthwick"); a middle initial makes no
        spelling more complete ("Donald Trump" where the corpus writes it more often
        than "Donald J. Trump")."""
        longest = max(map(_completeness, self.surfaces))
        full = [
            (len(name_tokens(s)[0]) == 1, -n, s)
            for s, n in self.surfaces.items()
            if _completeness(s) == longest
        ]
        return min(full)[2]


def gender_of(he: int, she: int) -> str | None:
    """ "m" or "f" when the cues of one gender (`he`, `she`: how many) outweigh the
    other's GENDER_RATIO times, else None."""
    if he > GENDER_RATIO * she:
        return "m"
    if she > GENDER_RATIO * he:
        return "f"
    return None


def form_gender(form: FormCount) -> str | None:
    """What the cues beside a document's mentions of a form say of its gender: one of
    them only (a one-word name may stand for two people in one document)."""
    return gender_of(bool(form.flags & MAN_CUE), bool(form.flags & WOMAN_CUE))


def with_given_names(genders: dict[Tokens, str], people: Iterable[Tokens]) -> dict[Tokens, str]:
    """Each person's gender: the one their full names' cues say (`genders`), else the
    one the corpus says of the people who share their given name, where at least
    GIVEN_GENDER_MIN of them are of one gender and GIVEN_GENDER_RATIO times as many
    as of the other ("Michael O'Sullivan", named twice with no cue, is a man as the
    corpus's other Michaels are; "Ms O'Sullivan" is not him). Only a name whose
    first word is a given name (`given_name_first`); "Kim Jong Un" opens with a
    family name."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for root, gender in genders.items():
        if given_name_first(root):
            counts[root[0]][gender] += 1
    by_name = {}
    for name, seen in counts.items():
        (gender, most), *rest = seen.most_common()
        least = rest[0][1] if rest else 0
        if most >= GIVEN_GENDER_MIN and most >= GIVEN_GENDER_RATIO * least:
            by_name[name] = gender
    inferred = {
        root: by_name[root[0]]
        for root in people
        if root not in genders and given_name_first(root) and root[0] in by_name
    }
    return {**inferred, **genders}


def _shortened_by_family_name(root: Tokens) -> bool:
    """A name that opens with a given name and so goes by its last word, whoever
    else bears the given name: of two words ("Ray Charles"), or of three with a middle
    initial or a middle name ("John F. Kennedy", "Sarah Isgur Flores"), not two
    syllables of an East Asian given name after a family name a given name too
    ("Kim Jong Un", "Kim Han Sol": short words, whatever else they may be)."""
    if not is_given_name(root[0]):
        return False
    if len(root) == 2:
        return True
    return len(root) == 3 and not all(1 < len(token) <= _SYLLABLE_MAX for token in root[1:])


def given_name_first(root: Tokens) -> bool:
    """A name of two words, or three with a middle initial, opening with a given name
    and no hyphened last word ("Howard Flight", "John F. Kennedy"; not "Kim Jong-nam",
    whose first word is a family name)."""
    two = len(root) == 2 or (len(root) == 3 and len(root[1]) == 1)
    return two and is_given_name(root[0]) and "-" not in root[-1]


def person_gender(forms: Iterable[FormCount]) -> str | None:
    """What the cues beside a person's full names say of their gender, over the
    corpus: each document's mentions count for the cues they have."""
    he = she = 0
    for form in forms:
        cue = form.flags & (MAN_CUE | WOMAN_CUE)
        if cue == MAN_CUE:
            he += form.count
        elif cue == WOMAN_CUE:
            she += form.count
    return gender_of(he, she)


def _completeness(text: str) -> int:
    """How many tokens a name has, a middle initial not counted."""
    tokens = name_tokens(text)
    return len(tokens) - sum(len(token) == 1 for token in tokens[1:-1])


def unglue(texts: dict[str, int]) -> dict[str, tuple[Tokens, int]]:
    """Each text's name tokens and trim_end: a text whose last token is a known
    name's last token plus a glued lowercase function word ("Kim Jong Unhas") is
    that name, when the name is more frequent than the glued text (a one-word name
    GLUED_WORD_RATIO times), and so is a full name with a word after it that ends no
    one's name ("Donald Trump Congress"), when the name alone is GLUED_NAME_RATIO
    times as frequent; a word a hyphen glues is trimmed whatever the counts ("Donald
    Trump-on"). `texts`: each text's mentions under every label."""
    heads = {text: glued_heads(text) for text in texts}
    totals = Counter[Tokens]()
    for text, count in texts.items():
        totals[heads[text][0]] += count
    names: dict[str, tuple[Tokens, int]] = {}
    for text, (own, glued) in heads.items():
        names[text] = (own, hyphen_glued(text))
        for size, head in glued:
            if text[-size] == " ":  # a whole word after a full name
                read_off = totals[head] >= max(GLUED_NAME_MIN, totals[own] * GLUED_NAME_RATIO)
            else:
                read_off = totals[head] > totals[own] * (GLUED_WORD_RATIO if len(own) == 1 else 1)
            if read_off:
                names[text] = (head, size)
                break
    return names


def glue_tokens(texts: Iterable[str]) -> set[Tokens]:
    """The names whose mentions `unglue` compares: those of the texts that may hold
    a glued word, and the names they may hold."""
    found: set[Tokens] = set()
    for text in texts:
        own, glued = glued_heads(text)
        if glued:
            found.add(own)
            found.update(head for _, head in glued)
    return found


@lru_cache(maxsize=1 << 18)
def glued_heads(text: str) -> tuple[Tokens, tuple[tuple[int, Tokens], ...]]:
    """A text's name tokens, and the names it may hold with a word glued to its end:
    (the word's length, the name's tokens), a whole word after a full name
    (`_word_after_name`) first, then function words glued to the last token, longest
    first. A word a hyphen glues ("Donald Trump-on") is no part of the text's own name,
    whatever the corpus holds (`names.hyphen_glued`)."""
    hyphened = hyphen_glued(text)
    own = name_tokens(text[: len(text) - hyphened])
    if hyphened:
        return own, ()
    glued = []
    after = _word_after_name(text)
    if after:
        glued.append((after, name_tokens(text[:-after])))
    for size in glued_words(text):
        head = name_tokens(text[:-size])
        if head and head != own:
            glued.append((size, head))
    return own, tuple(glued)


# The last words of what is named after someone or is theirs: a body, a building, a
# place, a work, an event ("the Bill and Melinda Gates Foundation", "John F. Kennedy
# Airport", "the John Peel Show", "Jimmy Kimmel Live", "the Donald Trump
# Administration"); no one's legislature ("Donald Trump Congress speech in full").
_NAMED_AFTER_SOMEONE = (
    (ORG_HEADS | STATE_BODY_HEADS | FACILITY_HEADS | PLACE_HEADS | EVENT_HEADS | WORK_WORDS)
    - LEGISLATURES
) | {"live", "lecture", "tonight"}


def _word_after_name(text: str) -> int:
    """The length of a last word, with the space before it, that ends no one's name:
    after a name of two words or more that opens with a given name, a capitalised
    ordinary word ("Rips", "Local"), a title ("Sgt"), a legislature
    ("Congress"), a place ("Europe") or the name's own word again ("James Comey
    Comey"); not a suffix ("Jr"), a body's, a building's or a place's word ("John Lewis
    Partnership", "Johnny Carson Theater"), another given name, an acronym, a word
    of two letters (a syllable: "Kim Jong Un") nor one after an initial ("John F.
    Kennedy"). Whether the corpus reads it off is `unglue`'s answer."""
    words = text.split()
    if len(words) < 3 or not is_given_name(words[0]) or len(words[-2].rstrip(".")) < 2:
        return 0  # nor after an initial: "John F. Kennedy", "George W. Bush"
    last = words[-1]
    low = last.lower()
    if len(last) < 3 or last.isupper() or not (last[0].isupper() and last.isalpha()):
        return 0  # nor a syllable ("Kim Jong Un"), an acronym, a number or "Jr."
    if low in SUFFIXES or low in _NAMED_AFTER_SOMEONE:
        return 0
    repeated = low in {word.lower() for word in words[:-1]}
    if is_given_name(low) and not repeated:
        return 0
    glued = repeated or low in LEGISLATURES or low in TITLE_WORDS or is_common_word(last)
    if not (glued or is_known_place(last)):
        return 0
    return len(text) - text.rindex(" ")


# The last clustering: full names rarely change between two updates of a large corpus.
_last_clusters: list[tuple[tuple[frozenset[Tokens], frozenset[Tokens]], dict[Tokens, Tokens]]] = []


def cluster(
    full_names: Iterable[Tokens], family_titled: Iterable[Tokens] = ()
) -> dict[Tokens, Tokens]:
    """Union the matching spellings of full names; each maps to its cluster's
    smallest member, so the result does not depend on input order. Only names that
    share a blocking key are compared. A nickname links two clusters only when
    every given name in them is the same or a nickname of the other ("Bill",
    "William"; never "William" and "Robert" through "Bill"); an initial links a
    name to the one person it can abbreviate ("S Borthwick"); a family name of two
    words to the one person who bears it (`family_titled`: the two-word names a
    family name's honorific precedes somewhere, "Mrs Parker Bowles").

    The answer for the same names as the last call is that call's (a copy)."""
    names = frozenset(full_names)
    titled = frozenset(family_titled)
    if not (_last_clusters and _last_clusters[0][0] == (names, titled)):
        _last_clusters[:] = [((names, titled), _cluster(names, titled))]
    return dict(_last_clusters[0][1])


def _cluster(full_names: frozenset[Tokens], titled: frozenset[Tokens]) -> dict[Tokens, Tokens]:
    names = sorted(full_names)
    blocks: dict[tuple[str | int, ...], list[Tokens]] = defaultdict(list)
    for tokens in names:
        for key in blocking_keys(tokens):
            blocks[key].append(tokens)
    parent = {tokens: tokens for tokens in names}
    given = {tokens: {tokens[0]} for tokens in names}

    def root(tokens: Tokens) -> Tokens:
        while parent[tokens] != tokens:
            parent[tokens] = parent[parent[tokens]]
            tokens = parent[tokens]
        return tokens

    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                ra, rb = root(a), root(b)
                if ra == rb or not names_match(a, b):
                    continue
                if not same_spelling(a[0], b[0]) and not _given_names_agree(given[ra] | given[rb]):
                    continue
                low, high = min(ra, rb), max(ra, rb)
                parent[high] = low
                given[low] |= given.pop(high)
    _join_initials(names, parent, root)
    _join_family_name_pairs(names, titled, parent, root)
    return {tokens: root(tokens) for tokens in names}


def _join_family_name_pairs(
    names: list[Tokens],
    titled: frozenset[Tokens],
    parent: dict[Tokens, Tokens],
    root: Callable[[Tokens], Tokens],
) -> None:
    """A family name of two words used alone ("Mrs Parker Bowles", "Lo Cicero") joins
    the one person of the corpus whose name is a given name and those two words
    ("Camilla Parker Bowles"). Its first word must be no given name the nickname list
    knows ("Jessica Parker" is not "Sarah Jessica Parker"), nor one common usage gives
    a gender ("Alyce Carter" is not "Mary Alice Carter"), unless a family name's
    honorific precedes the two words somewhere (`titled`: "Mrs Parker Bowles", though
    Parker is a given name too); and the longer name's first word must be a given
    name by either list: "Geert Wilders" does not join "Islamophobic Geert Wilders", a
    headline's word glued on, which would then name him."""
    by_family: dict[tuple[str, str], set[Tokens]] = defaultdict(set)
    for tokens in names:
        if len(tokens) == 3 and _names_a_given_name(tokens[0]) and len(tokens[1]) > 1:
            by_family[token_key(tokens[1]), token_key(tokens[2])].add(root(tokens))
    for tokens in names:
        if len(tokens) != 2 or len(tokens[0]) == 1 or is_given_name(tokens[0]):
            continue
        if given_name_gender(tokens[0]) is not None and tokens not in titled:
            continue
        people = by_family.get((token_key(tokens[0]), token_key(tokens[1])), set())
        if len(people) == 1:
            person = people.pop()
            own = root(tokens)
            if own != person:
                parent[own] = person


def is_family_name_pair(tokens: Tokens, root: Tokens) -> bool:
    """The name is the two-word family name of its person (`root`, a given name and
    those two words: "Parker Bowles" of "Camilla Parker Bowles"), whose first word is
    part of the family name, not a given name the person goes by."""
    return (
        len(tokens) == 2
        and len(root) == 3
        and tuple(map(token_key, tokens)) == tuple(map(token_key, root[1:]))
    )


def _names_a_given_name(token: str) -> bool:
    """A given name by the nickname list or by common usage ("camilla")."""
    return is_given_name(token) or given_name_gender(token) is not None


def _join_initials(
    names: list[Tokens], parent: dict[Tokens, Tokens], root: Callable[[Tokens], Tokens]
) -> None:
    """An initial and a family name ("S Borthwick" in a team line-up) join the one
    person of the corpus whose name begins with that letter and ends in that family
    name ("Steve Borthwick"); with two such people ("Steve", "Sam") it stays apart."""
    by_family: dict[str, set[Tokens]] = defaultdict(set)
    for tokens in names:
        if len(tokens[0]) > 1:
            by_family[token_key(tokens[-1])].add(root(tokens))
    for tokens in names:
        if len(tokens) != 2 or len(tokens[0]) != 1:
            continue
        people = {r for r in by_family.get(token_key(tokens[1]), ()) if r[0][0] == tokens[0]}
        if len(people) == 1:
            person = people.pop()
            own = root(tokens)
            if own != person:
                # the full name stays the root: which end a person goes by is read
                # from it ("Harry Ellis" goes by "Ellis", "H Ellis" would say "Harry")
                parent[own] = person


def shorter_family_names(lasts: Iterable[ShortKey]) -> set[ShortKey]:
    """A family name without the suffix a person's last word has ("Connick" of "Harry
    Connick Jr", whose last word is "Connick Jr"), or the first part of a double-
    barrelled one, as news shortens it ("Kilroy" of "Robert Kilroy-Silk")."""
    found = set()
    for key in lasts:
        if len(key) > 1 and key[-1] in SUFFIXES:
            found.add(key[:-1])
        elif _double_barrelled(key):
            found.add(key[:1])
    return found


def _double_barrelled(key: ShortKey) -> bool:
    """Two names in one family name's key: not a word a lost space ran on ("Tiger
    Amur-refused", "Moon Jae-in"), nor a place's name first ("Beverley
    Milton-Edwards": "Milton" is the town's)."""
    if len(key) != 2 or len(key[0]) < _PART_MIN:
        return False
    first, second = key
    return not (is_common_word(first) or is_common_word(second) or is_known_place(first))


def middle_initial_variants(full_names: Iterable[Tokens]) -> dict[Tokens, Tokens]:
    """Each full name with one middle initial ("donald j trump") and the name without
    it ("donald trump"), where the corpus has both and no other middle between the
    same given and family names: with "george h w bush" or "george hw bush" beside
    "george w bush", "george bush" may be either man, and none is paired."""
    by_ends: dict[tuple[str, str], list[Tokens]] = defaultdict(list)
    for tokens in full_names:
        if len(tokens) > 1 and len(tokens[0]) > 1:
            by_ends[token_key(tokens[0]), token_key(tokens[-1])].append(tokens)
    variants: dict[Tokens, Tokens] = {}
    for names in by_ends.values():
        bare = sorted(t for t in names if len(t) == 2)
        middles = {tuple(map(token_key, t[1:-1])) for t in names if len(t) > 2}
        if not bare or len(middles) != 1 or [len(t) for t in middles.pop()] != [1]:
            continue
        for tokens in names:
            if len(tokens) == 3:
                variants[tokens] = bare[0]
    return variants


def _given_names_agree(names: set[str]) -> bool:
    ordered = sorted(names)
    return all(
        same_spelling(a, b) or is_nickname(a, b)
        for i, a in enumerate(ordered)
        for b in ordered[i + 1 :]
    )


class ShortNames:
    """The full names a one-word name may stand for, and which one it does.

    A full name is shortened by one of its ends: the family name ("Blair" of "Tony
    Blair", "Kim" of "Kim Jong Un"). Which end a person goes by is read from the
    corpus: the end used more often alone, unless the name opens with a given name
    and no East Asian given name follows (`_shortened_by_family_name`). A one-word
    name outside any document that names its person in full stands only for people
    who go by that end, spelt as their full name spells it: a variant ("Gerard" for
    "Gerrard", "Jak" for "Jack") is read as that person only where the document
    gives the full name.
    """

    def __init__(
        self,
        ends: dict[Tokens, tuple[Counter[ShortKey], Counter[ShortKey]]],
        totals: Counter[Tokens],
        singles: Counter[ShortKey],
        spellings: dict[Tokens, set[str]],
        rivals: Counter[ShortKey],
    ) -> None:
        """`ends`: each person's first and last words (as short keys, counted);
        `totals`: mentions of each person's full names; `singles`: mentions of each
        one-word name; `spellings`: the name keys of each person's end words;
        `rivals`: mentions of the places the corpus names by a word after a county's
        ("Co Kerry"), which a person must dominate as another person ("Kerry" in Irish
        news is seldom John Kerry)."""
        self.totals = totals
        self._rivals = rivals
        self._spellings = spellings
        self._ends = ends
        self._singles = singles
        self._candidates: dict[ShortKey, list[Tokens]] = defaultdict(list)
        self._goes_by: dict[ShortKey, list[Tokens]] = defaultdict(list)
        # each person's most used first and last words, and the one they go by
        self._read: dict[Tokens, tuple[ShortKey, ShortKey, ShortKey]] = {}
        # counted again from other short names (`recounted`): the words whose
        # candidates or answer may differ from theirs
        self.moved: set[ShortKey] = set()
        # the family names of people with a suffix, without it, and the first parts of
        # double-barrelled ones: "Connick" may be Harry Connick Jr and "Kilroy" Robert
        # Kilroy-Silk where no one bears the word bare, "Trump" beside Donald Trump may
        # not
        self.shorter: dict[ShortKey, list[Tokens]] = defaultdict(list)
        for root in sorted(ends, key=self._order):
            firsts, lasts = ends[root]
            for key in sorted(set(firsts) | set(lasts)):
                self._candidates[key].append(root)
            for key in sorted(shorter_family_names(lasts)):
                self.shorter[key].append(root)
            self._read[root] = read = self._goes_by_end(root)
            self._goes_by[read[2]].append(root)
        for key, roots in self.shorter.items():
            if key not in self._candidates:
                self._candidates[key] = list(roots)

    def _order(self, root: Tokens) -> tuple[int, Tokens]:
        return -self.totals[root], root

    def _goes_by_end(self, root: Tokens) -> tuple[ShortKey, ShortKey, ShortKey]:
        """A person's most used first and last words, and the one they go by."""
        firsts, lasts = self._ends[root]
        first = firsts.most_common(1)[0][0]
        last = lasts.most_common(1)[0][0]
        # a family name that comes first ("Kim" of "Kim Jong Un", "Xi") is used
        # alone more than the last word; a given name is many people's
        by_first = self._singles[first] > self._singles[last] and not _shortened_by_family_name(
            root
        )
        return first, last, first if by_first else last

    def recounted(
        self,
        ends: dict[Tokens, tuple[Counter[ShortKey], Counter[ShortKey]]],
        totals: Counter[Tokens],
        singles: Counter[ShortKey],
        people: set[Tokens],
        shorts: set[ShortKey],
    ) -> ShortNames:
        """These short names after the mentions of some people's full names (`people`)
        and of some one-word names (`shorts`) changed, the same people and words
        still used: what they would be built afresh, without reading every person."""
        new = copy.copy(self)
        new._ends, new.totals, new._singles = ends, totals, singles
        new._candidates = defaultdict(list, self._candidates)
        new._goes_by = defaultdict(list, self._goes_by)
        new._read = dict(self._read)
        new.moved = set()
        touched = people | {
            root for root, (first, last, _) in self._read.items() if {first, last} & shorts
        }
        ranked: set[ShortKey] = set()  # the ends whose candidates may rank anew
        going: set[ShortKey] = set()  # the ends whose people may rank anew
        for root in touched:
            if root in people:
                firsts, lasts = ends[root]
                ranked.update(firsts)
                ranked.update(lasts)
                ranked.update(key for key in shorter_family_names(lasts) if key in self._candidates)
            was = self._read[root][2]
            new._read[root] = read = new._goes_by_end(root)
            if read[2] != was:
                new._goes_by[was] = [r for r in new._goes_by[was] if r != root]
                if not new._goes_by[was]:
                    del new._goes_by[was]
                new._goes_by[read[2]] = [*new._goes_by.get(read[2], []), root]
                new.moved.add(was)
            going.add(read[2])
        for key in ranked:
            new._candidates[key] = sorted(new._candidates[key], key=new._order)
        for key in going:
            new._goes_by[key] = sorted(new._goes_by[key], key=new._order)
        new.moved |= ranked | going
        return new

    def regrown(
        self,
        ends: dict[Tokens, tuple[Counter[ShortKey], Counter[ShortKey]]],
        totals: Counter[Tokens],
        spellings: dict[Tokens, set[str]],
        people: dict[Tokens, bool],
    ) -> ShortNames:
        """These short names after some people came (True) or went (False), each of
        them a person whose ends no other person has and no one-word name is, and
        whose family name has no suffix nor is another's without one (the caller's
        check): what they would be built afresh, without reading every person."""
        new = copy.copy(self)
        new._ends, new.totals, new._spellings = ends, totals, spellings
        new._candidates = defaultdict(list, self._candidates)
        new._goes_by = defaultdict(list, self._goes_by)
        new._read = dict(self._read)
        new.moved = set()  # no other word's candidates or answer
        for root, came in people.items():
            if came:
                firsts, lasts = ends[root]
                for key in {*firsts, *lasts}:
                    new._candidates[key] = [root]
                new._read[root] = read = new._goes_by_end(root)
                new._goes_by[read[2]] = [root]
            else:
                firsts, lasts = self._ends[root]
                for key in {*firsts, *lasts}:
                    del new._candidates[key]
                del new._goes_by[new._read.pop(root)[2]]
        return new

    def candidates(self, key: ShortKey) -> list[Tokens]:
        """Every full name with this token key at either end, most mentioned first."""
        return self._candidates.get(key, [])

    def in_corpus(
        self,
        key: ShortKey,
        spelling: str,
        genders: dict[Tokens, str],
        gender: str | None,
        titles: Mapping[Tokens, int],
        title: int,
    ) -> Tokens | None:
        """The person this name (`spelling`: its name key) stands for where no full
        name is given: the one who goes by it, spelt so, when one of them dominates
        the corpus, and the corpus does not say is of the other gender than the
        document's cues say of the name (`gender`), nor, where it says nothing of
        theirs, common usage of their given name: "Ms McCarthy" and "McCarthy said
        she" are not Kevin McCarthy; nor, where an office's title precedes the name
        (`title`), one the corpus never so titles while it so titles another
        candidate (`titles`). A
        bearer of another spelling of the word, one key with it, is no rival:
        "Hazell" is Andy Hazell's, whatever Nick Hazel's mentions."""
        people = self._goes_by.get(key) or self._lone_bearers(key, spelling)
        if not people or not self._may_be(people[0], spelling, genders, gender, usual=True):
            return None
        if title and not titles.get(people[0], 0) & title:
            if any(titles.get(p, 0) & title for p in self.candidates(key)):
                return None
        best = self.totals[people[0]]
        given = is_given_name(spelling)
        if best < DOMINANCE * self._rivals[key] or (best < _FULL_MIN and given):
            return None
        # a given name is also the given name of every other bearer ("Michael" of
        # George Michael is Michael Flynn's too): the one who goes by it dominates them
        rivals = [
            p
            for p in (self.candidates(key) if given else people)
            if p != people[0] and spelling in self._spellings[p]
        ]
        if not rivals or best >= DOMINANCE * self.totals[rivals[0]]:
            return people[0]
        return None

    def dominant(self, key: ShortKey, spelling: str) -> Tokens | None:
        """The person the name stands for in the corpus whatever a document's cues
        say (`in_corpus` with none), or None."""
        return self.in_corpus(key, spelling, {}, None, {}, 0)

    def lone_bearer(
        self, key: ShortKey, spelling: str, genders: dict[Tokens, str], gender: str | None
    ) -> Tokens | None:
        """The one bearer of the name (`_lone_bearers`), where the corpus does not say
        they are of the other gender than the document's cues say of the name: read
        for a name its document gives a relative ("Trump's daughter Ivanka"), which
        is a private person's otherwise."""
        bearers = self._lone_bearers(key, spelling)
        if not bearers or not self._may_be(bearers[0], spelling, genders, gender):
            return None
        return bearers[0]

    def _may_be(
        self,
        person: Tokens,
        spelling: str,
        genders: dict[Tokens, str],
        gender: str | None,
        usual: bool = False,
    ) -> bool:
        """The person's full names spell the word so, and the corpus does not say they
        are of the other gender than the document's cues say of the name; with
        `usual`, nor, where the corpus says nothing of it, common usage of their given
        name."""
        if spelling not in self._spellings[person]:
            return False
        if gender is None:
            return True
        known = genders.get(person)
        if known is None and usual and given_name_first(person):
            known = given_name_gender(person[0])
        return known in (None, gender)

    def _lone_bearers(self, key: ShortKey, spelling: str) -> list[Tokens]:
        """The one person whose usual first word the name is, where no one else of the
        corpus bears it at either end and they are named in full LONE_BEARER_MIN
        times or more: "Melania" and "Ivanka" are theirs, though each goes by "Trump".
        Not a given name the nickname list or common usage knows, which many people
        bear whom the corpus never names in full ("Tony" is not Tony Blair's, "Trevor"
        from London is not Trevor Noah), nor a place's name ("Chad" tagged PERSON is
        not Chad Oulson)."""
        candidates = self._candidates.get(key, [])
        if len(candidates) != 1 or is_known_place(spelling) or _names_a_given_name(spelling):
            return []
        root = candidates[0]
        if self._read[root][0] != key or self.totals[root] < LONE_BEARER_MIN:
            return []
        return candidates

    def undecided(self, key: ShortKey) -> list[Tokens]:
        """The candidates of a name that stands for none of them in the corpus."""
        return (self._goes_by.get(key) or self.candidates(key))[:_MAX_CANDIDATES]

    def needs_documents(self, key: ShortKey, spelling: str) -> bool:
        """Whether a document may give another answer than the corpus does."""
        candidates = self.candidates(key)
        return len(candidates) > 1 or (
            bool(candidates) and self.dominant(key, spelling) != candidates[0]
        )

    def named_here(
        self,
        short: ShortKey,
        present: dict[Tokens, Presence],
        genders: dict[Tokens, str],
        gender: str | None,
    ) -> Tokens | None:
        """The one candidate the document names in full (`present`), of the gender
        its cues say (`gender`), wherever it does so: a relative's one-word name
        ("her husband, Fawz") is the relative the document names ("Fawz Abdi"), even
        in a later sentence (which `in_document` passes over for a name of its own)."""
        found = [
            root
            for root in self.candidates(short)
            if root in present and (gender is None or genders.get(root, gender) == gender)
        ]
        return found[0] if len(found) == 1 else None

    def family_named(self, short: ShortKey, candidates: list[Tokens]) -> list[Tokens]:
        """The candidates an honorific before `short` may name ("Mr Howard"), where
        one of them bears it as a family name (Michael Howard): not one whose given
        name it is (`given_name_first`: "Howard Flight"; but "Kim Jong-nam" and "Kim
        Jong Un" go by their first word, a family name, and so may "Kim Yungmin" where
        no one is a Kim last)."""
        if not any(short in self._ends[root][1] for root in candidates):
            return candidates
        return [
            root
            for root in candidates
            if short in self._ends[root][1] or not given_name_first(root)
        ]

    @staticmethod
    def in_document(
        present: dict[Tokens, Presence],
        candidates: list[Tokens],
        genders: dict[Tokens, str],
        gender: str | None,
        since: int,
        titles: Mapping[Tokens, int],
        title: int,
        dominant: Tokens | None,
        family: Collection[Tokens],
    ) -> Tokens | None:
        """The candidate the document introduces: `present` gives each cluster's
        (mentions, first offset, named only as a relative) in the document. Where the
        document's cues say the name's gender (`gender`), a candidate the corpus says
        is of the other gender (`genders`) is not it, even the only one ("Peter Stuart
        ... Mrs Stuart's body", his wife); nor is
        one named only as someone's relative, in a later sentence than the name's
        first mention (`since`): "Mr Mulvaney ... Mr Mulvaney's great-great-grandfather
        Matthew Mulvaney" (not "Trump's daughter Ivanka Trump ... Ms Trump"). Where an
        office's title precedes the name (`title`), a candidate the corpus never so
        titles is not it while it so titles another (`titles`): "Michelle Obama ...
        President Obama" is Barack Obama, whom the corpus then gives, though this
        document never names him in full. Nor, where the name is the family name of
        the candidate who dominates the corpus (`dominant`) and the cues fit them, is
        another of that family name (`family`: the candidates whose family name it
        is) whom the document names in full at most twice, IN_PASSING characters or
        more after the name's first mention: "Trump ... Trump ... a post shared by
        Lara Trump" is Donald Trump, whom news need not introduce. There the cues are
        read against the dominant candidate's given name too: "Lord Butler ... Robin
        Butler" is not Kathy Butler."""
        best = None
        gendered = gender is not None
        titled = title and any(titles.get(root, 0) & title for root in candidates)

        def fits(root: Tokens) -> bool:
            if gendered and genders.get(root, gender) != gender:
                return False
            return not (titled and not titles.get(root, 0) & title)

        rivalled = (
            dominant is not None
            and dominant in family
            and fits(dominant)
            and not (gendered and given_name_gender(dominant[0]) not in (None, gender))
        )
        for rank, root in enumerate(candidates):
            if not fits(root):
                continue
            if root in present:
                count, first, relative = present[root]
                if relative and first - since > SAME_BREATH:
                    continue
                if (
                    rivalled
                    and root != dominant
                    and root in family
                    and count <= _IN_PASSING_MAX
                    and first - since >= IN_PASSING
                ):
                    continue
                value = (-count, first, rank)
                if best is None or value < best[0]:
                    best = (value, root)
        return None if best is None else best[1]
