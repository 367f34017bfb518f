"""What a name new to a kept plan could meet in it (`regrow`), read once per plan
made afresh and kept up to date as names come and go, so that an update taking in
one name compares it with its few possible neighbours, not with every name."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from explorer.resolve.acronyms import is_acronym, name_segments
from explorer.resolve.classify import LOST_MARK, has_lost_letter, legal_stem, lost_letters
from explorer.resolve.gazetteer import lookup_key
from explorer.resolve.names import token_key
from explorer.resolve.people import Tokens, glued_heads
from explorer.resolve.plan import Plan
from explorer.resolve.words import number_free, singular

# A token's place in a name and its transliteration key.
Near = tuple[int, str]


@dataclass(slots=True)
class Neighbours:
    """The texts of a plan's (text, label) pairs, its keys' singulars, their forms
    with the inner words in the singular (`words.number_free`) and companies' names
    before their suffix ("lenovo" of "lenovo group"), the shorter names its
    names open or end with ("villa" of "aston villa"), its acronyms' letters,
    the one-word names defined in brackets, its people's full names by their first
    two tokens' keys (two names that match have every token's key but one alike,
    `names.names_match`, so one of those two at least), the family names written
    after an initial ("S Borthwick"), its names' tokens and the names a glued
    word may follow in them ("Kim Jong Un" of "Kim Jong Unhas"), which
    `people.unglue` compares, and what its names with lost letters keep before the
    first ("sinn f" of "Sinn F\ufffd\ufffdin", `classify.lost_letters`)."""

    texts: Counter[str]
    singulars: Counter[str]
    numbers_free: Counter[str]
    stems: Counter[str]
    segments: Counter[str]
    letters: set[str]
    clippings: set[str]
    near: dict[Near, set[Tokens]]
    initialled: set[str]
    owns: Counter[Tokens]
    heads: Counter[Tokens]
    lost_heads: frozenset[str]

    @classmethod
    def of(cls, plan: Plan) -> Neighbours:
        letters: set[str] = set()
        clippings: set[str] = set()
        for key, pairs in plan.by_key.items():
            if " " not in key:
                for text, label in pairs:
                    if is_acronym(text):
                        letters.add(text.replace(".", "").lower())
                    elif plan.defined_clipping(text, label):
                        clippings.add(text.lower())
        near: dict[Near, set[Tokens]] = {}
        for tokens in plan.clusters:
            for place in _places(tokens):
                near.setdefault(place, set()).add(tokens)
        return cls(
            Counter(text for text, _ in plan.sinks),
            Counter(s for s in map(singular, plan.by_key) if s is not None),
            Counter(f for f in map(number_free, plan.by_key) if f is not None),
            Counter(s for s in map(legal_stem, plan.by_key) if s is not None),
            Counter(name for key in plan.by_key for name, _ in name_segments(key)),
            letters,
            clippings,
            near,
            {token_key(t[1]) for t in plan.clusters if len(t) == 2 and len(t[0]) == 1},
            Counter(glued_heads(text)[0] for text in plan.names),
            Counter(head for text in plan.names for _, head in glued_heads(text)[1]),
            frozenset(
                found[0]
                for key, pairs in plan.by_key.items()
                if key.endswith(LOST_MARK) and (found := lost_letters(pairs[0][0]))
            ),
        )

    def copy(self) -> Neighbours:
        """A copy to change (the sets of acronyms, clippings, initials and lost letters'
        heads never do: only names of more than one word come and go, and a name with a
        lost letter, or one that may be whole for one, is planned afresh)."""
        return Neighbours(
            Counter(self.texts),
            Counter(self.singulars),
            Counter(self.numbers_free),
            Counter(self.stems),
            Counter(self.segments),
            self.letters,
            self.clippings,
            dict(self.near),
            self.initialled,
            Counter(self.owns),
            Counter(self.heads),
            self.lost_heads,
        )

    def people_near(self, tokens: Tokens) -> set[Tokens]:
        """The full names that may match these: one of their first two tokens alike."""
        return set().union(*(self.near.get(place, ()) for place in _places(tokens)))

    def add_person(self, tokens: Tokens) -> None:
        for place in _places(tokens):
            self.near[place] = self.near.get(place, set()) | {tokens}

    def drop_person(self, tokens: Tokens) -> None:
        for place in _places(tokens):
            self.near[place] = self.near[place] - {tokens}

    def lost_letters_near(self, text: str) -> bool:
        """The name has a lost letter, or a name with lost letters may stand for it: it
        begins with what such a name keeps before its first."""
        if has_lost_letter(text):
            return True
        if not self.lost_heads:
            return False
        key = lookup_key(text)
        return any(key[:size] in self.lost_heads for size in range(1, len(key) + 1))

    def clips(self, text: str) -> bool:
        """A one-word name defined in brackets somewhere may clip the first word
        (`acronyms.clipping_candidates`: it begins the word, three letters short)."""
        word = text.split()[0].lower()
        return any(
            word[:size] in self.clippings and word[size].isalpha()
            for size in range(1, len(word) - 2)
        )

    def unglues(self, text: str, step: int) -> bool:
        """Whether a name coming (`step` 1) or going (-1) may change how `unglue`
        reads it or another: another text has its tokens, it may be what a glued
        text holds, or it may hold a name the corpus has. Else it is counted in."""
        own, glued = glued_heads(text)
        if self.owns[own] > (step < 0) or self.heads[own]:
            return True
        if any(self.owns[head] for _, head in glued):
            return True
        self.owns[own] += step
        for _, head in glued:
            self.heads[head] += step
        return False


def _places(tokens: Tokens) -> list[Near]:
    return [(i, token_key(token)) for i, token in enumerate(tokens[:2])]
