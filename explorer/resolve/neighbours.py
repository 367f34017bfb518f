"""What a name new to a kept plan could meet in it (`regrow`), read once per plan
made afresh and kept up to date as names come and go, so that an update taking in
one name compares it with its few possible neighbours, not with every name."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from explorer.resolve.acronyms import is_acronym
from explorer.resolve.classify import singular
from explorer.resolve.names import blocking_keys, token_key
from explorer.resolve.people import Tokens, glued_heads
from explorer.resolve.plan import Plan

Block = tuple[str | int, ...]


@dataclass(slots=True)
class Neighbours:
    """The texts of a plan's (text, label) pairs, its keys' singulars, its acronyms'
    letters, the one-word names defined in brackets, its people's full names by
    blocking key (`people.cluster` compares only those), the family names written
    after an initial ("S Borthwick"), and its names' tokens and the names a glued
    word may follow in them ("Kim Jong Un" of "Kim Jong Unhas"), which
    `people.unglue` compares."""

    texts: Counter[str]
    singulars: Counter[str]
    letters: set[str]
    clippings: set[str]
    blocks: dict[Block, set[Tokens]]
    initialled: set[str]
    owns: Counter[Tokens]
    heads: Counter[Tokens]

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
        blocks: dict[Block, set[Tokens]] = {}
        for tokens in plan.clusters:
            for block in blocking_keys(tokens):
                blocks.setdefault(block, set()).add(tokens)
        return cls(
            Counter(text for text, _ in plan.sinks),
            Counter(s for s in map(singular, plan.by_key) if s is not None),
            letters,
            clippings,
            blocks,
            {token_key(t[1]) for t in plan.clusters if len(t) == 2 and len(t[0]) == 1},
            Counter(glued_heads(text)[0] for text in plan.names),
            Counter(head for text in plan.names for _, head in glued_heads(text)[1]),
        )

    def copy(self) -> Neighbours:
        """A copy to change (the sets of acronyms, clippings and initials never do:
        only names of more than one word come and go)."""
        return Neighbours(
            Counter(self.texts),
            Counter(self.singulars),
            self.letters,
            self.clippings,
            dict(self.blocks),
            self.initialled,
            Counter(self.owns),
            Counter(self.heads),
        )

    def people_near(self, tokens: Tokens) -> set[Tokens]:
        """The full names that share a blocking key with these."""
        return set().union(*(self.blocks.get(block, ()) for block in blocking_keys(tokens)))

    def add_person(self, tokens: Tokens) -> None:
        for block in blocking_keys(tokens):
            self.blocks[block] = self.blocks.get(block, set()) | {tokens}

    def drop_person(self, tokens: Tokens) -> None:
        for block in blocking_keys(tokens):
            self.blocks[block] = self.blocks[block] - {tokens}

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
