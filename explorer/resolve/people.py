"""People: merge the spellings of one name, unglue trailing words, and resolve
one-word short forms to the full name they abbreviate.

Work is per distinct name, not per mention: full names are compared only with
the names they share a blocking key with, and short forms look up a ranking
made once per document and token.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from explorer.resolve.model import FormCount
from explorer.resolve.names import blocking_keys, glued_words, name_tokens, names_match, token_key
from explorer.resolve.noise import WordVotes, is_single_word
from explorer.resolve.words import is_common_word

Tokens = tuple[str, ...]
# (person index, trim_end, the forms that go to that person with that trim)
Group = tuple[int, int, list[FormCount]]


@dataclass(slots=True)
class Person:
    """One person: how often each surface form (after trimming) names them."""

    surfaces: Counter[str] = field(default_factory=Counter)

    @property
    def name(self) -> str:
        """The most frequent of the most complete spellings."""
        longest = max(len(name_tokens(s)) for s in self.surfaces)
        full = [(-n, s) for s, n in self.surfaces.items() if len(name_tokens(s)) == longest]
        return min(full)[1]


@dataclass(slots=True)
class Plan:
    """What the person texts are: their tokens and trim, and each full name's cluster.
    It depends only on each text's total count, not on how forms split by document."""

    names: dict[str, tuple[Tokens, int]]
    clusters: dict[Tokens, Tokens]

    def texts_resolved_per_document(self) -> set[str]:
        """The one-word names more than one full name could stand for, and the
        spellings of those full names: in_document needs their per-document counts."""
        candidates: dict[str, set[Tokens]] = defaultdict(set)
        for tokens, cluster in self.clusters.items():
            candidates[token_key(tokens[0])].add(cluster)
            candidates[token_key(tokens[-1])].add(cluster)
        short = {
            text
            for text, (tokens, _) in self.names.items()
            if len(tokens) == 1 and len(candidates.get(token_key(tokens[0]), ())) > 1
        }
        wanted = set().union(*(candidates[token_key(self.names[t][0][0])] for t in short))
        return short | {
            text
            for text, (tokens, _) in self.names.items()
            if len(tokens) > 1 and self.clusters[tokens] in wanted
        }


class People:
    """Collects the person forms of a corpus, then resolves them all at once."""

    def __init__(self) -> None:
        self._by_text: dict[str, list[FormCount]] = defaultdict(list)
        self._labels: dict[str, set[str]] = defaultdict(set)

    def add(self, forms: list[FormCount]) -> None:
        """Forms to resolve as people (all of one text and label)."""
        if forms:
            self._by_text[forms[0].text].extend(forms)
            self._labels[forms[0].text].add(forms[0].label)

    def pairs(self, texts: set[str]) -> set[tuple[str, str]]:
        """The (text, label) pairs these texts came from."""
        return {(text, label) for text in texts for label in self._labels.get(text, ())}

    def plan(self) -> Plan:
        names = _unglue(
            {text: sum(f.count for f in forms) for text, forms in self._by_text.items()}
        )
        return Plan(names, _cluster({tokens for tokens, _ in names.values() if len(tokens) > 1}))

    def resolve(self, votes: WordVotes, plan: Plan) -> tuple[list[Person], list[Group]]:
        """The people, and which forms go to each (forms of no group are noise).

        A one-word name that abbreviates no full name stays a person of its own
        unless the corpus votes it an ordinary word.
        """
        names, clusters = plan.names, plan.clusters
        short = _ShortForms(self._by_text, names, clusters)

        groups: dict[tuple[Tokens, int], list[FormCount]] = defaultdict(list)
        lone: set[Tokens] = set()
        for text, forms in self._by_text.items():
            tokens, trim = names[text]
            if len(tokens) > 1:
                groups[clusters[tokens], trim].extend(forms)
                continue
            key = token_key(tokens[0])
            fallback = short.in_corpus(key)
            for form in forms:
                person = short.in_document(form.doc, key) or fallback
                if person is None:
                    person = ("", key)
                    lone.add(person)
                    if is_single_word(text):
                        votes.add(text, form.flags, form.count, is_common_word(text))
                groups[person, trim].append(form)

        people: dict[Tokens, Person] = defaultdict(Person)
        kept: list[tuple[Tokens, int, list[FormCount]]] = []
        for (person, trim), forms in groups.items():
            if person in lone:
                forms = [f for f in forms if not votes.is_noise(f.text)]
            surfaces = people[person].surfaces
            for form in forms:
                surfaces[form.text[: len(form.text) - trim]] += form.count
            kept.append((person, trim, forms))
        order = sorted(p for p, person in people.items() if person.surfaces)
        index = {person: i for i, person in enumerate(order)}
        return [people[p] for p in order], [
            (index[person], trim, forms) for person, trim, forms in kept if forms
        ]


class _ShortForms:
    """Which full name a one-word name stands for: of the full names whose first
    token (family name first: "Kim" of "Kim Jong Un") or last token (given name
    first: "Putin") it is, the one most mentioned in the same document, else the
    one most mentioned in the corpus. Ranked once, looked up per form."""

    def __init__(
        self,
        by_text: dict[str, list[FormCount]],
        names: dict[str, tuple[Tokens, int]],
        clusters: dict[Tokens, Tokens],
    ) -> None:
        totals: dict[Tokens, int] = {}
        in_doc: dict[tuple[int, Tokens], int] = {}
        for text, forms in by_text.items():
            tokens = names[text][0]
            if len(tokens) > 1:
                cluster = clusters[tokens]
                for form in forms:
                    mentioned = (form.doc, cluster)
                    in_doc[mentioned] = in_doc.get(mentioned, 0) + form.count
                totals[cluster] = totals.get(cluster, 0) + sum(form.count for form in forms)
        ends: dict[Tokens, set[str]] = defaultdict(set)
        for tokens, cluster in clusters.items():
            ends[cluster].update((token_key(tokens[0]), token_key(tokens[-1])))
        # the smallest rank wins: most mentioned, then the smallest name, for determinism
        self._corpus: dict[str, tuple[int, Tokens]] = {}
        for cluster, keys in ends.items():
            for end in keys:
                corpus_rank = (-totals[cluster], cluster)
                if end not in self._corpus or corpus_rank < self._corpus[end]:
                    self._corpus[end] = corpus_rank
        self._in_doc: dict[tuple[int, str], tuple[int, int, Tokens]] = {}
        for (doc, cluster), count in in_doc.items():
            rank = (-count, -totals[cluster], cluster)
            for end in ends[cluster]:
                current = self._in_doc.get((doc, end))
                if current is None or rank < current:
                    self._in_doc[doc, end] = rank

    def in_document(self, doc: int, key: str) -> Tokens | None:
        """The full name a token key stands for in this document, if any."""
        best = self._in_doc.get((doc, key))
        return None if best is None else best[-1]

    def in_corpus(self, key: str) -> Tokens | None:
        """The most mentioned full name with this token key at either end, if any."""
        best = self._corpus.get(key)
        return None if best is None else best[-1]


def _unglue(texts: dict[str, int]) -> dict[str, tuple[Tokens, int]]:
    """Each text's name tokens and trim_end: a text whose last token is a known
    name's last token plus a glued lowercase function word ("Kim Jong Unhas") is
    that name, when the name is more frequent than the glued text."""
    tokens = {text: name_tokens(text) for text in texts}
    totals = Counter[Tokens]()
    for text, count in texts.items():
        totals[tokens[text]] += count
    names: dict[str, tuple[Tokens, int]] = {}
    for text, own in tokens.items():
        names[text] = (own, 0)
        for size in glued_words(text):
            head = name_tokens(text[:-size])
            if head and head != own and totals[head] > totals[own]:
                names[text] = (head, size)
                break
    return names


def _cluster(full_names: set[Tokens]) -> dict[Tokens, Tokens]:
    """Union the matching spellings of full names; each maps to its cluster's
    smallest member, so the result does not depend on input order. Only names that
    share a blocking key are compared."""
    blocks: dict[tuple[str | int, ...], list[Tokens]] = defaultdict(list)
    for tokens in sorted(full_names):
        for key in blocking_keys(tokens):
            blocks[key].append(tokens)
    parent = {tokens: tokens for tokens in full_names}

    def root(tokens: Tokens) -> Tokens:
        while parent[tokens] != tokens:
            parent[tokens] = parent[parent[tokens]]
            tokens = parent[tokens]
        return tokens

    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                ra, rb = root(a), root(b)
                if ra != rb and names_match(a, b):
                    parent[max(ra, rb)] = min(ra, rb)
    return {tokens: root(tokens) for tokens in full_names}
