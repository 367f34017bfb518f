"""Turn every surface form of a corpus into entities: the one entry point.

One name is one entity, whatever label the model gave each of its mentions: the
forms of a corpus are grouped by their name's key (`classify.name_key`, joined
across an acronym and its expansion, a body's short name and its longer name, a
body's name and that name with what it is after it, a plural and its singular, and
the table of other names), and the kind of each name is voted on over all its
mentions (`kinds`). Countries and dates are the
exception: the gazetteer and the label fix those. People are then merged by
spelling (`people`), and one-word names are resolved to the person they stand for,
in their document or in the corpus.

Work is done once per distinct (text, label) — classification, name keys,
gazetteer lookups — and the pass over all forms only files each form under its
(text, label). Forms may stand for many documents (`explorer.index.forms`):
only the names whose answer can differ between documents are fetched per
document, and of those only the documents whose decision is not kept from
before under the same signature (`Documents`). The output does not depend on
the order of the input: entities are sorted by mention count, then kind, then
name.
"""

from __future__ import annotations

import gc
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat
from operator import itemgetter
from typing import Protocol

from explorer.resolve.acronyms import full_names, may_expand, name_segments, spelt_alike
from explorer.resolve.acronyms import other_names as table_names
from explorer.resolve.classify import (
    Route,
    has_lost_letter,
    legal_stem,
    lost_letters,
    name_key,
    names_a_body_in_words,
    names_a_thing,
)
from explorer.resolve.corrections import apply_corrections
from explorer.resolve.demonyms import demonym_country, demonym_place
from explorer.resolve.gazetteer import (
    country_code,
    country_name,
    is_capital,
    is_known_place,
    is_province,
    is_region,
    lookup_key,
    place_country,
    province_country,
    province_elsewhere,
    region_elsewhere,
)
from explorer.resolve.kinds import ACRONYM_WEIGHT, PERSONAL_CUES
from explorer.resolve.model import Assignment, Correction, Entity, FormCount, Resolution
from explorer.resolve.names import is_given_name
from explorer.resolve.noise import WordVotes
from explorer.resolve.people import (
    Person,
    Presence,
    ShortKey,
    Tokens,
    form_gender,
    shorter_family_names,
)
from explorer.resolve.plan import Pair, Plan, Sink, as_country, names_country
from explorer.resolve.planned import planned
from explorer.resolve.spans import (
    AFTER_ORG_WORD,
    AFTER_TITLE,
    BODY_APPOSITION,
    COUNTRY_OWNED,
    FURNITURE,
    IN_REGION,
    ITS_FOLLOWS,
    NEAR_WORK_WORD,
    OFFICE_TITLES,
    PUBLICATION_NAMED,
    RELATIVE_MENTIONED,
    RELATIVE_NAMED,
    SPEAKER,
    STOCK_HELD,
    SURNAME_TITLED,
    TOLD,
)
from explorer.resolve.words import (
    BODY_WORDS,
    COMPANY_HEADS,
    HEADS_WRITTEN_ALONE,
    STATE_BODY_HEADS,
    is_common_acronym,
    is_common_word,
    singular,
)
from explorer.vocabulary import KINDS

_KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}
# A body's short name joins a longer name ("Villa", "Aston Villa") used with it in this
# share of the word's documents, and at least this many; of the longer names it may
# stand for, only the most mentioned few are asked about.
SHORT_NAME_SHARE = 2 / 3
SHORT_NAME_MIN_DOCUMENTS = 2
SHORT_NAME_CANDIDATES = 3
# A body's name after a country's ("US State Department") is the body's name alone
# where that share of the documents writing the name alone name the country too.
COUNTRY_BODY_SHARE = 0.7
# The most words a country's name before a body's takes ("United States").
_COUNTRY_WORDS_MAX = 2
# Fewest documents that write the body's name alone for that share to count, where
# they do not write the longer name too.
COUNTRY_BODY_MIN_DOCUMENTS = 3
# A document's places are one country's where that share of its mentions of places
# (and of countries and their peoples) are, of so many at least.
DOCUMENT_COUNTRY_SHARE = 2 / 3
DOCUMENT_COUNTRY_MIN = 2
# The compass words that name one half of a country divided in two, and the other's;
# a one-word name's decision in a document where it is such a half (`_in_documents`).
_OTHER_HALF = {"north": "south", "south": "north"}
_HALF_DECIDED = "country:"
# A body's name alone is one several governments have ("Foreign Ministry" beside
# "Russian Foreign Ministry" and "Chinese Foreign Ministry") where that share of the
# documents writing it alone name each of two such countries at least.
SHARED_OFFICE_SHARE = 0.25
# A school's name may open with a people's word of its own ("Chinese University of
# Hong Kong" is not the University of Hong Kong).
_SCHOOL_WORDS = frozenset({"college", "school", "university"})
# The last word of a natural feature's name after its own ("Yangtze River"); not
# "Islands", whose name is as often a region's of its own ("Pacific Islands").
_FEATURE_WORDS = frozenset(
    "basin canal desert glacier gulf island lake mountains ocean peninsula river sea strait".split()
)
# The words that say what a body is after its name in lowercase ("the AFP news
# agency"); not a party's, which `classify.name_key` reads ("the Labour party" is
# Labour, the "Congress party" no Congress).
_DESCRIPTIONS = BODY_WORDS - {"party"}
# What is said of a body alone ("Ford, the US car company", "Ford made its call",
# "Ford's division"): a family name tagged ORG with it is the family's firm, not the
# person of that name its document gives ("chairman Bill Ford").
_SAID_OF_A_BODY = BODY_APPOSITION | ITS_FOLLOWS | STOCK_HELD
# What says a person is meant: the kinds' personal cues, who spoke or was told.
_SAID_OF_A_PERSON = PERSONAL_CUES | SPEAKER | TOLD
# A word of a name key ("new york" of "new york|US").
_KEY_WORD = re.compile(r"[^\W_]+")
# A form's (doc, text, label): what an Assignment is keyed by; and its mentions.
_FORM_KEY = itemgetter(0, 1, 2)
_COUNT = itemgetter(4)

# A one-word name's signature and its (text, label) pairs (`Plan.per_document`).
Signed = Mapping[str, tuple[str, list[Pair]]]
# A document, a name in it and the other name it gives it ("the Affordable Care Act,
# known as Obamacare"; `explorer.resolve.known_as`).
OtherName = tuple[int, Pair, Pair]
# So many documents at least give two names as one thing's before they are joined: one
# may be a sentence the model read wrong.
OTHER_NAME_MIN_DOCUMENTS = 2
# An acronym used in so many documents is widely known by itself ("NBC"): one document
# that writes a name with its initials beside it ("Nigeria Bottling Company (NBC)")
# speaks for that document only, so two must before the acronym takes that name.
WIDE_ACRONYM_DOCUMENTS = 10


class Documents(Protocol):
    """Where the per-document forms come from when the forms resolved are classes
    standing for many documents (`explorer.index.forms`), and where the decisions
    taken per document are kept, so that a document already resolved is not read
    again while nothing its decision depends on has changed."""

    def forms(self, pairs: Collection[Pair], fresh_only: bool) -> Iterable[FormCount]:
        """Every document's forms of these pairs, to place; with `fresh_only`, only
        the documents not resolved before."""
        ...

    def presence(self, pairs: Collection[Pair], fresh_only: bool) -> Iterable[FormCount]:
        """The same, only to see which full names each document gives."""
        ...

    def forms_in(self, documents: Collection[int]) -> Iterable[FormCount]:
        """Every form of these documents, to read which places they name."""
        ...

    def decisions(self, signed: Signed) -> Mapping[str, Iterable[tuple[FormCount, str]]]:
        """For each name whose documents decided under the same signature: its
        resolved documents' forms, gathered into stand-ins that agree on their flags,
        decision and placement, each with the person chosen ("" for none)."""
        ...

    def shared(self, a: Collection[Pair], b: Collection[Pair]) -> int:
        """How many documents hold forms of both sets of pairs."""
        ...

    def record(self, signed: Signed, decided: list[tuple[FormCount, str]]) -> None:
        """Keep the signatures and the decisions taken on per-document forms now."""
        ...


@dataclass(slots=True)
class _Draft:
    """One entity being built: its sinks and their surfaces."""

    kind: str
    sinks: list[Sink] = field(default_factory=list)
    surfaces: Counter[str] = field(default_factory=Counter)
    expansions: Counter[str] = field(default_factory=Counter)  # full names', short forms' targets
    demonyms: set[str] = field(default_factory=set)  # surfaces that are demonyms
    made: set[str] = field(default_factory=set)  # a product's after its maker's ("Apple iPod")
    person: Tokens | None = None
    candidates: tuple[str, ...] = ()


def resolve(
    forms: Iterable[FormCount],
    corrections: Sequence[Correction] = (),
    documents: Documents | None = None,
    other_names: Collection[OtherName] = (),
) -> Resolution:
    """Entities for all forms, and an Assignment for every form that is not noise,
    then the user's corrections replayed in order.

    With `documents`, a FormCount may stand for many documents: the forms of the
    names whose answer can differ between documents then come from it, per
    document or as stand-ins for decisions kept from before, and replace their
    classes; it also says whether an acronym and a longer name are used in one
    document (without it, the per-document forms say). `other_names` are the names
    the documents give other names.
    """
    with no_cyclic_gc():
        builder = _Builder(planned(list(forms)), documents)
        if documents is not None:
            builder.read_documents(documents)
        return builder.build(corrections, other_names)


class _Builder:
    """Places every form, now that each name's forms are per document where needed."""

    def __init__(self, plan: Plan, documents: Documents | None) -> None:
        self.sinks = plan.sinks
        self.plan = plan
        self.documents = documents
        self.shared = documents.shared if documents is not None else self._shared_in_forms
        self.drafts: dict[tuple[str, str], _Draft] = {}
        self.groups: list[tuple[tuple[str, str], int, list[FormCount]]] = []
        self.word_votes = WordVotes()
        self.expanded: set[str] = set()  # the keys a short form was joined to
        self.shortened: set[str] = set()  # the short names of several words so joined
        self.made: set[str] = set()  # products' names after their makers', so joined
        self.described: set[str] = set()  # bodies' names with what they are, so joined
        # a body's name alone that several governments' bodies have: its key, and
        # their keys by country, most likely first
        self.offices: dict[str, dict[str, list[str]]] = {}
        # every body's name alone the corpus also writes after countries' names and
        # did not join to one of them: its key, and those bodies' keys by country
        self.country_bodies: dict[str, dict[str, list[str]]] = {}
        # every name written after a country's name, by the body's name alone
        self.country_variants: dict[str, set[str]] = defaultdict(set)
        # an acronym's other expansions that share a document with it, beside the one
        # it was joined to, if any ("LRA": the Lord's Resistance Army where the Lansdowne
        # Road Agreement took it)
        self.other_expansions: dict[str, tuple[str, list[str]]] = {}
        self.placed_bodies: list[tuple[str, Sink]] = []  # (a body's key, forms)
        # "North" and "South" alone: per word, the documents that write one divided
        # country's half opening with it, and that country's code; the forms placed so
        self.halves: dict[str, dict[int, str]] = {}
        self.placed_halves: list[tuple[str, Sink]] = []
        self.signed: dict[str, tuple[str, list[Pair]]] = {}
        # the full names' forms per document, and the decisions kept and taken
        self.presence: list[FormCount] = []
        self.kept: dict[tuple[int, str, str], str] = {}
        self.decided: list[tuple[FormCount, str]] = []
        # first words of a document's "full name" that the model calls no person and no
        # title does ("Yahoo" of "Yahoo Messenger" tagged PERSON): the person's only if
        # the corpus votes the word a person's
        self.provisional: dict[str, list[tuple[Tokens, Sink, FormCount]]] = defaultdict(list)

    def read_documents(self, documents: Documents) -> None:
        """Replace the classes of the names decided per document by their documents'
        forms: the kept decisions' stand-ins, and the forms of the documents that
        decide afresh (all of a name's, when its signature changed)."""
        plan = self.plan
        signatures = plan.per_document()
        if not signatures:
            return
        self.signed = {key: (sig, plan.by_key[key]) for key, sig in signatures.items()}
        kept = documents.decisions(self.signed)
        pairs: dict[bool, set[Pair]] = {True: set(), False: set()}  # by fresh_only
        full: dict[bool, set[Pair]] = {True: set(), False: set()}
        for key in signatures:
            fresh_only = key in kept
            pairs[fresh_only].update(plan.by_key[key])
            full[fresh_only].update(plan.full_name_pairs(key))
        full[True] -= full[False]
        for fresh_only in (False, True):
            self._read_per_document(documents, pairs[fresh_only], fresh_only)
            self.presence.extend(
                form
                for form in documents.presence(full[fresh_only], fresh_only)
                if not form.flags & FURNITURE
            )
        for stand_ins in kept.values():
            for form, chosen in stand_ins:
                self.sinks[form.text, form.label].forms.append(form)
                self.kept[form.doc, form.text, form.label] = chosen

    def build(
        self, corrections: Sequence[Correction], other_names: Collection[OtherName]
    ) -> Resolution:
        plan = self.plan
        self._vote_company_words()
        self._join_acronyms()
        self._join_names_given(other_names)
        self._join_short_names()
        self._join_country_bodies()
        self._join_feature_names()
        self._join_described_names()
        present = self._full_names()
        self._place_heads_alone()
        self._read_halves()
        placed = [
            (key, sink, form)
            for key, short in plan.short.items()
            for sink, form in self._in_documents(key, short, present)
        ]
        self._join_makers()  # once every name has voted, the one-word names just now
        self._place_country_bodies()
        self._place_acronyms()
        pending: dict[str, list[tuple[str, Sink, FormCount]]] = defaultdict(list)
        for key, sink, form in placed:
            pending[plan.root(key)].append((key, sink, form))
        others: dict[str, list[Pair]] = defaultdict(list)
        for key, pairs in plan.by_key.items():
            if key not in plan.full and key not in plan.short:
                others[plan.root(key)].extend(pairs)
        tabled = full_names()
        for root in sorted(set(pending) | set(others) | set(self.provisional)):
            person = root in pending and plan.votes.winner(root) == "person"
            # the table of other names lists bodies: a party is an organisation even
            # where its members' adjective ("Tory") outnumbers its name
            kind = "organization" if root in tabled else plan.votes.winner(root, person=False)
            provisional = self.provisional.get(root, ())
            # "Yahoo" (ORG) beside "Yahoo Messenger" (PERSON) is the company the corpus
            # knows; "Christian" (NORP) beside Christian Slater may be him
            voted_person = bool(provisional) and plan.votes.winner(root) == "person"
            for chosen, sink, form in provisional:
                if voted_person:
                    self._group(chosen, form)
                else:
                    self._to_voted(root, kind, Sink(sink.route, [form]))
            for key, sink, form in pending.get(root, ()):
                # a body's name of several words whose key a surname has ("the Green
                # Party" beside "Green said"): the body, never that surname's person
                if person and not names_a_body_in_words(sink.route.surface):
                    self._short_person(root, key, sink, form)
                else:
                    self._to_voted(root, kind, Sink(sink.route, [form]))
            for pair in others.get(root, ()):
                self._to_voted(root, kind, self.sinks[pair])
        for body, sink in self.placed_bodies:
            self._to_draft(("", body), "organization", sink)
        for bare, by_country in self.offices.items():
            draft = self.drafts.get(("", plan.root(bare)))
            if draft is not None and draft.kind == "organization":
                bodies = (plan.root(k) for keys in by_country.values() for k in keys)
                draft.candidates = tuple(dict.fromkeys(bodies))
        for pair in plan.fixed:
            sink = self.sinks[pair]
            country, region = _split_regions(sink)
            if country.forms:
                self._to_draft((sink.route.kind, sink.route.key), sink.route.kind, country)
            if region.forms:
                self._to_draft(("region", region.route.key), "place", region)
        for code, sink in self.placed_halves:  # after the country's own, which name it
            self._to_draft(("country", code), "country", sink)
        if self.documents is not None and self.signed:
            self.documents.record(self.signed, self.decided)
        return self._finish(corrections)

    def _vote_company_words(self) -> None:
        """Count the place votes of a word no table knows, which the model calls a
        place and the corpus writes as the first word of a company's name it votes a
        body ("Verizon" beside "Verizon Communications", "Foxconn" beside "Foxconn
        Technology Group"), for a body: the company's own name. Not a region's or a
        county's ("Kerry" of "Kerry Foods"), nor a word beside an institution's name
        ("Barnard College", "Aspen Times"), which a place's may open."""
        plan = self.plan
        votes = plan.votes
        for short, longer in plan.longer_names.items():
            if " " in short or "-" in short or votes.winner(plan.root(short)) != "place":
                continue
            routes = [self.sinks[pair].route for pair in plan.by_key[short]]
            if any(r.gazetteer or r.fixed or r.city for r in routes) or any(
                is_region(r.surface) or is_province(r.surface) for r in routes
            ):
                continue
            companies = [
                key
                for key in longer
                if key.startswith(short + " ")
                and key.rsplit(None, 1)[-1] in COMPANY_HEADS
                and votes.winner(plan.root(key), person=False) == "organization"
            ]
            if companies:
                votes.transfer(plan.root(short), "place", "organization")

    def _join_acronyms(self) -> None:
        """Join a short form (an acronym, a clipping defined in brackets) to the
        name it stands for, when one document uses both and neither is a person (two
        documents, for an acronym of WIDE_ACRONYM_DOCUMENTS the table does not
        expand). An acronym mostly of a place the gazetteer knows ("DC") takes only
        such a place: "District Court" in "the US District Court in Washington, DC" is
        no expansion of it."""
        plan = self.plan
        for acronym, expansions in sorted(plan.acronyms.items()):
            if acronym in plan.full:
                continue
            pairs = plan.by_key[acronym]
            known_place = self._known_place(pairs)
            together = [
                (-self.shared(pairs, plan.by_key[key]), key)
                for key in expansions
                if key not in plan.full
                and may_expand(acronym, key)
                and (not known_place or self._known_place(plan.by_key[key]))
            ]
            best = min(together, default=(0, ""))
            # how many documents use the acronym, asked once where one writes an expansion
            spread = self.shared(pairs, pairs) if best[0] < 0 else 0
            wide = (
                acronym not in table_names()  # the table vouches for its spellings
                and spread >= WIDE_ACRONYM_DOCUMENTS
            )
            joined_to = best[1] if best[0] < (-1 if wide else 0) else ""
            others = [key for shared, key in together if shared < 0 and key != joined_to]
            if joined_to:
                self.expanded.add(joined_to)
                # "NAFTA" tagged ORG throughout: the expansion's last word says an
                # agreement, and the acronym's label nothing more; a common noun's
                # letters defined by a name ("Commission on Filipinos Overseas (CFO)")
                # are that name's, whose words say what it is
                nothing = names_a_thing(joined_to) or any(is_common_acronym(t) for t, _ in pairs)
                weight = 0.0 if nothing else ACRONYM_WEIGHT
                self._join(acronym, joined_to, weight)
                # another spelling of the expansion the acronym stands beside is the
                # same body ("Organisation of American States" and "Organization of ...")
                for key in [key for key in others if spelt_alike(key, joined_to)]:
                    self._join(key, joined_to)
                    others.remove(key)
            # an acronym widely known by itself ("AP") is no other expansion's where a
            # document merely writes one ("the Article 50 plan")
            if others and acronym not in plan.short and spread < WIDE_ACRONYM_DOCUMENTS:
                self.other_expansions[acronym] = joined_to, others

    def _join_names_given(self, other_names: Collection[OtherName]) -> None:
        """Join a name and the other name documents give it, in two documents at least
        ("the Affordable Care Act, known as Obamacare"; "Obamacare, officially known as
        the Affordable Care Act"), unless either is a person's full name (people are
        clustered by their names' words) or one our tables know (a country or a
        place has the gazetteer's names: "a gang from Los Angeles, known as MS-13")."""
        documents: dict[tuple[str, str], set[int]] = defaultdict(set)
        for doc, name, other in other_names:  # whatever the labels ("Obamacare" as NORP)
            keys = self._named_key(name), self._named_key(other)
            if all(keys) and keys[0] != keys[1]:
                documents[min(keys, keys[::-1])].add(doc)
        for (key, other_key), docs in sorted(documents.items()):
            if len(docs) >= OTHER_NAME_MIN_DOCUMENTS:
                self._join(other_key, key)

    def _known_place(self, pairs: Sequence[Pair]) -> bool:
        """Most mentions of the name are of a place the gazetteer knows ("DC" tagged
        GPE; not "PA" where most are the Palestinian Authority, tagged ORG)."""
        known = total = 0
        for pair in pairs:
            sink = self.sinks.get(pair)
            if sink is not None:
                total += self.plan.counts[pair]
                known += self.plan.counts[pair] if sink.route.gazetteer else 0
        return 2 * known > total

    def _named_key(self, pair: Pair) -> str:
        """The key of a name another may be joined to; "" for a person's full name, a
        name our tables know, or noise."""
        sink = self.sinks.get(pair)
        if sink is None or sink.route.key in self.plan.full:
            return ""
        route = sink.route
        known = route.fixed or route.gazetteer or route.major_place or route.city
        return "" if known or route.demonym else route.key

    def _join_short_names(self) -> None:
        """Join a body's short name to its longer name, the words it opens or ends
        ("Villa" and "Aston Villa", "Amnesty" and "Amnesty International", "Radio 2"
        and "BBC Radio 2"; `acronyms.short_name_candidates`), when most documents
        that use the short name give that name too, two at least, and no other
        longer name as often: news names a body in full, then shortly. A name used
        mostly without it stays apart ("Sony" beside "Sony Ericsson"), as does a
        person's, a country's or a big city's ("Manchester"), and a name whose key
        holds other names ("Liberal" holds "Liberal Party", Australia's)."""
        plan = self.plan
        for short, longer in sorted(plan.longer_names.items()):
            if not self._may_be_short(short):
                continue
            keys = [key for key in longer if key not in plan.full]
            if " " in short or "-" in short:
                # a name of several words is a full name too: a longer one used less is
                # more often a span run on ("La Fenice Viotti") than its full name
                keys = [key for key in keys if self._mentions(key) >= self._mentions(short)]
            if not keys:
                continue
            pairs = plan.by_key[short]
            likely = sorted(keys, key=lambda k: (-self._mentions(k), k))[:SHORT_NAME_CANDIDATES]
            together = sorted((-self.shared(pairs, plan.by_key[k]), k) for k in likely)
            best, key = -together[0][0], together[0][1]
            if best < SHORT_NAME_MIN_DOCUMENTS or (len(together) > 1 and together[1][0] == -best):
                continue
            if best < SHORT_NAME_SHARE * self.shared(pairs, pairs):
                continue
            if plan.root(short) != plan.root(key):
                self.expanded.add(key)
                self.shortened.add(short)
                self._join(short, key)

    def _join_country_bodies(self) -> None:
        """Join a body's name written after its country's code, name or people's word
        ("US State Department", "U.S. Supreme Court", "American Red Cross") to the
        body's name alone, where the corpus votes both a body and the documents that
        write the name alone write the longer name too, or, three of them at least,
        mostly name that country, its capital or one of its regions (a story of the
        US Senate names Washington or a state as often as the US): the name alone is
        that country's body. Not where they do not ("Chinese Foreign Ministry" beside
        a "Foreign Ministry" that is China's in some documents and Russia's in
        others), nor a school's, whose own name may open so."""
        plan = self.plan
        countries: dict[str, list[Pair]] = defaultdict(list)
        for pair, sink in self.sinks.items():
            if sink.route.country and _names_its_country(sink.route):
                countries[sink.route.country].append(pair)
        apart: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))

        # a name alone is asked of once, as often as bodies' names open with it
        @cache
        def named(bare: str) -> int:
            return self.shared(plan.by_key[bare], plan.by_key[bare])

        @cache
        def naming(bare: str, code: str) -> int:
            return self.shared(plan.by_key[bare], countries[code])

        for key, pairs in sorted(plan.by_key.items()):
            found = self._country_and_body(pairs[0][0]) if pairs else None
            if found is None:
                continue
            code, bare = found
            self.country_variants[bare].add(key)
            if bare not in plan.by_key or plan.root(bare) == plan.root(key):
                continue
            if _SCHOOL_WORDS.intersection(bare.split()):
                continue
            if not all(plan.votes.winner(plan.root(k)) == "organization" for k in (key, bare)):
                continue
            alone = plan.by_key[bare]
            if self.shared(alone, pairs) == named(bare) or (
                named(bare) >= COUNTRY_BODY_MIN_DOCUMENTS
                and naming(bare, code) >= COUNTRY_BODY_SHARE * named(bare)
            ):
                self._join(key, bare)
            else:
                apart[bare][code].append(key)
        for bare, by_country in sorted(apart.items()):
            self.country_bodies[bare] = dict(by_country)
            self._shared_office(bare, by_country, named, naming)

    def _shared_office(
        self,
        bare: str,
        by_country: dict[str, list[str]],
        named: Callable[[str], int],
        naming: Callable[[str, str], int],
    ) -> None:
        """Mark a body's name alone ambiguous, with the bodies it may be, where the
        documents writing it name two or more of the countries whose bodies the corpus
        names so ("Foreign Ministry" in stories of Russia and of China, beside "Russian
        Foreign Ministry" and "Chinese Foreign Ministry"): several governments' office,
        which the name alone does not say. Not where it was joined to one of them, nor
        where one country's documents hold it ("Supreme Court", mostly the US's).
        `named` counts the documents writing a name alone, `naming` those of them
        naming a country."""
        plan = self.plan
        root = plan.root(bare)
        if len(by_country) < 2 or any(
            plan.root(k) == root for ks in by_country.values() for k in ks
        ):
            return
        if named(bare) < COUNTRY_BODY_MIN_DOCUMENTS:
            return
        shares = {code: naming(bare, code) / named(bare) for code in by_country}
        if sum(share >= SHARED_OFFICE_SHARE for share in shares.values()) < 2:
            return
        mentions = {code: sum(map(self._mentions, keys)) for code, keys in by_country.items()}
        ranked = sorted(by_country, key=lambda code: (-shares[code], -mentions[code], code))
        self.offices[bare] = {code: by_country[code] for code in ranked}

    def _place_country_bodies(self) -> None:
        """Place a body's name alone that the corpus also writes after countries'
        names it was not joined to ("Coast Guard" beside "Irish Coast Guard" and
        "Libyan Coast Guard"; "Foreign Ministry", a shared office), in a document that
        writes one of those longer names, with that body ("the Russian Foreign
        Ministry ... the Foreign Ministry"); and a state's institution's name
        (`words.STATE_BODY_HEADS`), in a document whose places are mostly one of those
        countries', with that country's body ("rescued off Co Mayo ... Dublin ... the
        Coast Guard"): a story of one country speaks of its own institutions. Not a
        firm's or a group's name ("Coca-Cola", "Taliban"), which a story of another
        country speaks of as often. Elsewhere the name stays as it is (an ambiguous
        one for a shared office). Read from every document of the name each time: no
        decision is kept."""
        plan = self.plan
        joined: dict[str, set[str]] = defaultdict(set)
        if self.country_bodies:
            for key in plan.by_key:
                joined[plan.root(key)].add(key)
        for bare, by_country in self.country_bodies.items():
            if bare in plan.short:  # a person's short name too: read per document already
                continue
            if joined[plan.root(bare)] - self.country_variants[bare] - {bare}:
                continue  # one body's by its other names too ("FDA"): not to be split
            institution = _names_a_state_body(bare)
            if not (institution or bare in self.offices):
                continue
            alone = plan.by_key[bare]
            longer = {
                code: [p for k in keys for p in plan.by_key[k]] for code, keys in by_country.items()
            }
            if self.documents is not None:
                self._read_per_document(self.documents, alone, False)
            written = {code: self._documents_of(pairs) for code, pairs in longer.items()}
            taken = self._take_by_documents(alone, written)
            if institution:
                forms = [form for pair in alone for form in self.sinks[pair].forms]
                owned = {form.doc for form in forms if form.flags & COUNTRY_OWNED}
                located = self._documents_by_country({form.doc for form in forms} - owned)
                mostly = {code: located.get(code, set()) for code in by_country}
                taken += self._take_by_documents(alone, mostly)
            if taken:
                self.shortened.add(bare)  # the body's own longer name names it
            for code, sink in taken:
                self.placed_bodies.append((plan.root(by_country[code][0]), sink))

    def _documents_by_country(
        self, documents: set[int], doubted: bool = True
    ) -> dict[str, set[int]]:
        """Of these documents, those whose places are mostly one country's (the
        country's name, code or people's word, and the places the gazetteer puts in
        it; two mentions at least, two thirds of them), by that country. Without
        `doubted`, a place two countries' parts and cities share a name for
        (`gazetteer.province_elsewhere`) counts for neither."""
        if self.documents is None:
            forms: Iterable[FormCount] = (
                form for sink in self.sinks.values() for form in sink.forms if form.doc in documents
            )
        else:
            forms = self.documents.forms_in(documents)
        named: dict[int, Counter[str]] = defaultdict(Counter)
        for form in forms:
            sink = self.sinks.get((form.text, form.label))
            if sink is None or form.flags & FURNITURE:
                continue
            code = _located_country(sink.route)
            if code and (doubted or not province_elsewhere(sink.route.surface)):
                named[form.doc][code] += form.count
        found: dict[str, set[int]] = defaultdict(set)
        for doc, counts in named.items():
            (code, n), total = counts.most_common(1)[0], counts.total()
            if total >= DOCUMENT_COUNTRY_MIN and n >= DOCUMENT_COUNTRY_SHARE * total:
                found[code].add(doc)
        return found

    def _place_heads_alone(self) -> None:
        """Place a body's or an event's last word alone ("the Commission", "the Cup"),
        in a document that writes one name ending in it ("the European Commission",
        "the FA Cup"), with that name: news shortens a name to its head word once it
        has given it. Elsewhere the word stays as the corpus voted it; a short name
        that may be a person's ("Court") and a shared office's name are read per
        document already. Read from every document of the word each time: no decision
        is kept."""
        plan = self.plan
        ending: dict[str, list[str]] = defaultdict(list)
        for key in plan.by_key:
            head = _head_word(key)
            if head != key and head in HEADS_WRITTEN_ALONE and head in plan.by_key:
                ending[head].append(key)
        for head, keys in sorted(ending.items()):
            if head in self.offices or (
                head in plan.short and plan.short_names.candidates(plan.short[head])
            ):
                continue
            if any(plan.root(key) == plan.root(head) for key in keys):
                continue  # the corpus made the word one body's name: it stays so
            alone = plan.by_key[head]
            if self.documents is not None:
                self._read_per_document(self.documents, alone, False)
            written = self._documents_by_key(keys)
            for key, sink in self._take_by_documents(alone, written):
                self.placed_bodies.append((plan.root(key), sink))

    def _read_halves(self) -> None:
        """Find the documents where "North" or "South" alone names one half of a
        country divided in two: those that write the half's name, which opens with
        the word ("North Korea ... the North's leader", "South Korea ... US troops
        stationed in the South"), as news names the half by its compass point once it
        has named it. Only a country whose other half the gazetteer knows too: "South
        Africa" has no "North Africa", and "North v South" beside it are two rugby
        sides; not "East" nor "West", which name the blocs ("the West" beside "West
        Germany"). A word that is someone's short name too ("George North") is placed
        per document with the people it may be (`_in_documents`: a document giving
        one of them in full decides for the person, and the decision is kept with
        theirs); any other is placed here, read from every document of the word each
        time."""
        plan = self.plan
        halves: dict[str, dict[str, list[Pair]]] = defaultdict(lambda: defaultdict(list))
        for pair in plan.fixed:
            route = self.sinks[pair].route
            word, _, rest = route.surface.lower().partition(" ")
            other = _OTHER_HALF.get(word)
            if route.kind == "country" and other and rest and country_code(f"{other} {rest}"):
                halves[word][route.key].append(pair)
        for word, countries in sorted(halves.items()):
            if word not in plan.by_key:
                continue
            written = {code: self._documents_of(pairs) for code, pairs in countries.items()}
            if word not in plan.short:
                alone = plan.by_key[word]
                if self.documents is not None:
                    self._read_per_document(self.documents, alone, False)
                self.placed_halves.extend(self._take_by_documents(alone, written))
                continue
            if self.documents is not None and word not in self.signed:
                self._read_per_document(self.documents, plan.by_key[word], False)
            self.halves[word] = _sole_keys(written)

    def _place_acronyms(self) -> None:
        """Place an acronym, in a document that writes one of its other expansions
        and not the one the corpus joined it to ("US operations against the Lord's
        Resistance Army ... the LRA", where the Lansdowne Road Agreement took "LRA"),
        with that expansion: a document's own words say what it abbreviates. Read from
        every document of the acronym each time: no decision is kept."""
        plan = self.plan
        for acronym, (joined, others) in self.other_expansions.items():
            if acronym in self.offices:  # a shared office's name, placed already
                continue
            pairs = plan.by_key[acronym]
            if self.documents is not None:
                self._read_per_document(self.documents, pairs, False)
            written = self._documents_by_key([key for key in [*others, joined] if key])
            for key, sink in self._take_by_documents(pairs, written, keep=joined):
                self.placed_bodies.append((plan.root(key), sink))

    def _take_by_documents(
        self, pairs: Sequence[Pair], written: dict[str, set[int]], keep: str = ""
    ) -> list[tuple[str, Sink]]:
        """Take out of these names' sinks the forms of the documents that write
        exactly one of `written`'s names (key -> its documents), but `keep`: each with
        that name's key. A document's own longer name says what its short one is."""
        taken: list[tuple[str, Sink]] = []
        sole = _sole_keys(written)
        for pair in pairs:
            sink = self.sinks[pair]
            stays: list[FormCount] = []
            placed: dict[str, list[FormCount]] = defaultdict(list)
            for form in sink.forms:
                key = sole.get(form.doc)
                if key is not None and key != keep:
                    placed[key].append(form)
                else:
                    stays.append(form)
            if placed:
                self.sinks[pair] = Sink(sink.route, stays)
                taken.extend((key, Sink(sink.route, forms)) for key, forms in placed.items())
        return taken

    def _read_per_document(
        self, documents: Documents, pairs: Collection[Pair], fresh_only: bool
    ) -> None:
        """Replace these pairs' classes by their documents' forms (with `fresh_only`,
        only the documents not resolved before); a document's forms all in page
        furniture are no mentions, as in `planned._sinks`."""
        for pair in pairs:  # a new sink: the kept plan's stays as it is
            self.sinks[pair] = Sink(self.sinks[pair].route)
        for form in documents.forms(pairs, fresh_only):
            if not form.flags & FURNITURE:
                self.sinks[form.text, form.label].forms.append(form)

    def _documents_by_key(self, keys: Sequence[str]) -> dict[str, set[int]]:
        """The documents that hold forms of each of these names, asked in one go."""
        plan = self.plan
        key_of = {pair: key for key in keys for pair in plan.by_key[key]}
        written: dict[str, set[int]] = {key: set() for key in keys}
        if self.documents is None:
            for pair, key in key_of.items():
                written[key].update(form.doc for form in self.sinks[pair].forms)
            return written
        for form in self.documents.presence(key_of, False):
            if not form.flags & FURNITURE:
                written[key_of[form.text, form.label]].add(form.doc)
        return written

    def _documents_of(self, pairs: Sequence[Pair]) -> set[int]:
        """The documents that hold forms of these pairs."""
        if self.documents is None:
            return {form.doc for pair in pairs for form in self.sinks[pair].forms}
        return {
            form.doc for form in self.documents.presence(pairs, False) if not form.flags & FURNITURE
        }

    @staticmethod
    def _country_and_body(text: str) -> tuple[str, str] | None:
        """The country a name opens with and the key of the body's name after it
        ("U.S. Supreme Court" -> US, "supreme court"), or None."""
        words = text.split()
        for n in range(1, min(_COUNTRY_WORDS_MAX, len(words) - 1) + 1):
            country = " ".join(words[:n])
            code = country_code(country) or demonym_country(country)
            if code is not None:
                return code, name_key(" ".join(words[n:]), "organization")
        return None

    def _join_feature_names(self) -> None:
        """Join a sea's, a river's or the like's own name alone to it ("Mediterranean"
        and "Mediterranean Sea", "Yangtze" and "Yangtze River"), where the corpus
        calls the word a place somewhere, whatever its other labels, and it is no
        place the gazetteer knows ("Missouri River" is beside the state, "Tampa Bay"
        the city), no people's word it knows, no ordinary word ("Black Sea"), and no
        person's name ("Ross Sea")."""
        plan = self.plan
        for key, pairs in plan.by_key.items():
            name, _, last = key.rpartition(" ")
            if last not in _FEATURE_WORDS or " " in name or name not in plan.by_key:
                continue
            if not all(text.rsplit(None, 1)[-1].istitle() for text, _ in pairs):
                continue  # "a Pacific island": an island in the Pacific
            if name in plan.full or is_common_word(name):
                continue
            if name in plan.short and plan.short_names.candidates(plan.short[name]):
                continue
            routes = [self.sinks[pair].route for pair in plan.by_key[name]]
            if any(r.fixed or r.gazetteer or r.city or r.demonym for r in routes):
                continue
            if any(r.kind == "place" for r in routes):
                self._join(name, key)

    def _join_described_names(self) -> None:
        """Join a body's name written with what it is in lowercase after it ("the AFP
        news agency", "the Associated Press news agency") to the name alone, where the
        corpus votes the name alone a body and writes the longer name so in every
        mention: the model spanned the description too. Not a place's word after a
        place ("Henan province"), which spans cut where the gazetteer knows the
        region, nor a word written capitalised ("Labour Party", "Bank of England")."""
        plan = self.plan
        for key, pairs in plan.by_key.items():
            name = _described(key, pairs)
            if not name or name not in plan.by_key or name in plan.full or is_common_word(name):
                continue
            if plan.votes.winner(plan.root(name), person=False) != "organization":
                continue
            routes = [self.sinks[pair].route for pair in plan.by_key[name]]
            if any(r.fixed or r.gazetteer or r.city or r.demonym for r in routes):
                continue
            self.described.add(key)
            self._join(key, name)

    def _join_makers(self) -> None:
        """Join a product's or a work's name written after its maker's to the name
        alone ("Apple iPod" tagged ORG is "iPod", "Sony Walkman" "Walkman"), where the
        corpus votes the maker a body and the name alone a thing; not where two makers
        write it ("Yahoo Messenger", "MSN Messenger": two things), nor a compound
        ("Anglo-Welsh"), nor an ordinary word ("Microsoft Office", "Office"). A
        document that writes the longer name names the maker alone too, as news does
        a maker ("Herald Tribune", a paper, is no Tribune of a "Herald"), and the
        documents that write the name alone mostly name the maker as well."""
        plan = self.plan
        for name, longer in sorted(plan.made_names.items()):
            if not self._a_thing(name):
                continue
            makers = {key: maker for key, maker in longer if self._made_by(maker, key)}
            if makers and _one_maker(set(makers.values())) and self._the_makers(name, makers):
                for key in sorted(makers):
                    # the model's label there is the maker's ("Apple iPod" as ORG)
                    self._join(key, name, weight=0.0)
                    self.made.add(key)
        # the first words waiting for the corpus's vote wait under their roots as joined
        provisional = self.provisional
        self.provisional = defaultdict(list)
        for root, waiting in provisional.items():
            self.provisional[plan.root(root)].extend(waiting)

    def _the_makers(self, name: str, makers: dict[str, str]) -> bool:
        """Half the documents that write the name alone or more write its maker's
        name too, or the longer one: the name alone is the same thing ("Mini" of
        BMW's cars, the Mac Mini's elsewhere, is not Apple's)."""
        plan = self.plan
        alone = plan.by_key[name]
        beside = [p for key, maker in makers.items() for p in plan.by_key[key] + plan.by_key[maker]]
        return 2 * self.shared(alone, beside) >= self.shared(alone, alone)

    def _made_by(self, maker: str, key: str) -> bool:
        """`maker` is a body's name that a document writing `key` (no person's, no
        compound) names alone too."""
        plan = self.plan
        pairs = plan.by_key[key]
        return (
            plan.votes.winner(plan.root(maker)) == "organization"
            and key not in plan.full
            and not any("-" in text for text, _ in pairs)
            and bool(self.shared(plan.by_key[maker], pairs))
        )

    def _a_thing(self, key: str) -> bool:
        """The corpus votes the name a product's or a work's, no people's nor a place's,
        and no ordinary word, which many things are named ("Office": the sitcom is no
        "Microsoft Office")."""
        plan = self.plan
        root = plan.root(key)
        if key in plan.full or is_common_word(key) or not plan.votes.counted(root):
            return False
        if plan.votes.winner(root) != "other":
            return False
        routes = [self.sinks[pair].route for pair in plan.by_key[key]]
        return not any(r.fixed or r.demonym or r.gazetteer or r.city for r in routes)

    def _join(self, short: str, key: str, weight: float = 1.0) -> None:
        """Make a short form's name and the longer name it stands for one, their kind
        votes counted together, the short form's weighed by `weight`."""
        plan = self.plan
        rs, rk = plan.root(short), plan.root(key)
        if rs != rk:
            if weight != 1.0:
                plan.votes.scale(rs, weight)
            plan.union(rs, rk)
            keep = plan.root(rs)
            plan.votes.merge(keep, rk if keep == rs else rs)

    def _may_be_short(self, key: str) -> bool:
        """A name that may be a body's short name: mentioned more than once, no
        person's (a full name, or a word some person's name ends or opens with),
        written alike in all its mentions, no country's, demonym's or city's."""
        plan = self.plan
        if self._mentions(key) < 2 or key in plan.full:
            return False
        if key in plan.short and plan.short_names.candidates(plan.short[key]):
            return False
        pairs = plan.by_key[key]
        if len({text.casefold() for text, _ in pairs}) > 1:
            return False
        routes = [self.sinks[pair].route for pair in pairs]
        return not any(r.fixed or r.major_place or r.city or r.demonym for r in routes)

    def _mentions(self, key: str) -> int:
        """How often the corpus mentions the name `key`, all its spellings counted."""
        return sum(self.plan.counts[pair] for pair in self.plan.by_key[key])

    def _shared_in_forms(self, a: Collection[Pair], b: Collection[Pair]) -> int:
        """Documents holding forms of both sets of pairs, from per-document forms."""

        def documents(pairs: Collection[Pair]) -> set[int]:
            return {f.doc for p in pairs for f in self.sinks[p].forms if f.doc >= 0}

        return len(documents(a) & documents(b))

    def _full_names(self) -> dict[int, dict[Tokens, Presence]]:
        """Place the full names; return, per document, each person's (mentions,
        first offset, named only as someone's relative) there."""
        plan = self.plan
        by_person: dict[tuple[Tokens, int], list[FormCount]] = defaultdict(list)
        roots: dict[Pair, Tokens] = {}
        for key in plan.full:
            for pair in plan.by_key[key]:
                tokens, trim = plan.names.get(pair[0], ((), 0))
                root = roots[pair] = plan.clusters[tokens] if tokens else self._usual_root(key)
                by_person[root, trim].extend(self.sinks[pair].forms)
        present: dict[int, dict[Tokens, Presence]] = defaultdict(dict)
        # without `documents` the forms themselves are per document
        seen = (
            self.presence
            if self.documents is not None
            else (form for pair in roots for form in self.sinks[pair].forms if form.doc >= 0)
        )
        for form in seen:
            root = roots[form.text, form.label]
            count, first, relative = present[form.doc].get(root, (0, form.first, True))
            present[form.doc][root] = (
                count + form.count,
                min(first, form.first),
                relative and bool(form.flags & RELATIVE_NAMED),
            )
        for (root, trim), forms in by_person.items():
            ident = ("person", "/".join(root))
            self.groups.append((ident, trim, forms))
            self._person(ident, root)
        return present

    def _usual_root(self, key: str) -> Tokens:
        """The person most of a full name's spellings cluster to: the one a spelling
        that is no name of its own stands for (asked for only then)."""
        plan = self.plan
        named = [p for p in plan.by_key[key] if p[0] in plan.names]
        return Counter(plan.clusters[plan.names[t][0]] for t, _ in named).most_common(1)[0][0]

    def _person(self, ident: tuple[str, str], root: Tokens | None) -> _Draft:
        draft = self.drafts.get(ident)
        if draft is None:
            draft = self.drafts[ident] = _Draft("person", person=root)
        return draft

    def _in_documents(
        self, key: str, short: tuple[str, ...], present: dict[int, dict[Tokens, Presence]]
    ) -> list[tuple[Sink, FormCount]]:
        """Place the mentions of a one-word name whose document gives the full name
        of a person it may stand for (the one the document introduces); return the
        rest, with their votes (and those placed, as a person's) counted."""
        plan = self.plan
        candidates = plan.short_names.candidates(short)
        root = plan.root(key)
        rest: list[tuple[Sink, FormCount]] = []
        # documents where the model (or a title) calls the name a person at least once;
        # read only of a major place's name
        as_person = (
            {
                form.doc
                for pair in plan.by_key[key]
                for form in self.sinks[pair].forms
                if self.sinks[pair].route.kind == "person" or form.flags & AFTER_TITLE
            }
            if candidates and any(self.sinks[p].route.major_place for p in plan.by_key[key])
            else set()
        )
        recording = key in self.signed
        halves = self.halves.get(key, {})
        dominant = plan.short_names.dominant(short, key)
        # the candidates whose family name the word is, not a given name
        family = {
            c
            for c in candidates
            if short in plan.ends[c][1] or short in shorter_family_names(plan.ends[c][1])
        }
        alone = plan.stands_alone(key)
        by_name = {"/".join(c): c for c in candidates} if self.kept else {}
        # the word is also a family firm's, named after a person ("Walt Disney", a body,
        # beside Roy Disney): tagged ORG without a person's cue, the corpus's vote on
        # the word decides whose it is
        firm = any(
            longer not in plan.full
            and longer.endswith(" " + key)
            and is_given_name(longer.split(None, 1)[0])
            for longer in plan.longer_names.get(key, ())
        )
        for pair in plan.by_key[key]:
            sink = self.sinks[pair]
            route = sink.route
            for form in sink.forms:
                chosen = None
                half = None
                if form.doc < 0:  # a class, or the stand-in of decisions kept
                    decision = self.kept.get((form.doc, form.text, form.label), "")
                    chosen = by_name.get(decision)
                    half = _decided_half(decision)
                elif (
                    # a major place ("Washington") is the person only where the same
                    # document also calls it a person; a small one ("Davenport")
                    # where the document gives the full name; beside "film" or "game"
                    # it is the work ("the film Ray" in a review that names Ray Charles),
                    # and what is said of a body alone, or a body's word before it, is
                    # the family's firm or the band
                    candidates
                    and not form.flags & NEAR_WORK_WORD
                    and not names_a_body_in_words(route.surface)
                    and not _named_a_body(form, present.get(form.doc, {}), candidates)
                    and (form.doc in as_person or not route.major_place)
                ):
                    chosen = plan.short_names.in_document(
                        present.get(form.doc, {}),
                        (
                            plan.short_names.family_named(short, candidates)
                            if form.flags & SURNAME_TITLED
                            else candidates
                        ),
                        plan.person_genders,
                        form_gender(form),
                        form.first,
                        plan.titles,
                        form.flags & OFFICE_TITLES,
                        dominant,
                        family,
                    )
                    if chosen is None and form.flags & RELATIVE_MENTIONED:
                        chosen = self._named_in_full(short, form, present)
                if chosen is None and form.doc >= 0:
                    half = halves.get(form.doc)
                if recording and form.doc >= 0:
                    self.decided.append((form, _decision(chosen, half)))
                if half is not None:  # "the North" of a story of North Korea
                    self.placed_halves.append((half, Sink(route, [form])))
                    continue
                if chosen is not None:
                    plan.votes.add_person(root, form.count)
                    surname = chosen in family
                    if (
                        route.kind == "person"
                        or form.flags & AFTER_TITLE
                        or (surname and not (firm and route.kind == "organization"))
                    ):
                        self._group(chosen, form)
                    else:
                        self.provisional[root].append((chosen, sink, form))
                    continue
                rest.append((sink, form))
                if candidates:  # names without candidates were counted by the plan
                    plan.votes.add(root, route, form, lone=alone)
        return rest

    def _short_person(self, root: str, key: str, sink: Sink, form: FormCount) -> None:
        """A one-word name, voted a person, in a document that does not settle it: the
        person who dominates the corpus under that name, else a short name of its own;
        a short name of its own too where the document names them as someone's
        relative ("his mother Marlene", "his wife, Evgenia"), a private person no
        other document names (where it names that person in full, the document
        settled it: `_named_in_full`), unless one person of the corpus alone bears
        the name ("Trump's daughter Ivanka": `people.ShortNames.lone_bearer`)."""
        plan = self.plan
        short = plan.short[key]
        if form.flags & RELATIVE_MENTIONED:
            chosen = plan.short_names.lone_bearer(
                short, key, plan.person_genders, form_gender(form)
            )
        else:
            chosen = self._in_corpus(short, key, form)
        if chosen is not None:
            self._group(chosen, form)
            return
        undecided = tuple("/".join(c) for c in plan.short_names.undecided(short))
        # a one-word person the corpus cannot tie to a full name, unless the corpus
        # votes the word an ordinary one
        self._to_draft(("?", root), "person", Sink(sink.route, [form]), undecided)

    def _in_corpus(self, short: ShortKey, key: str, form: FormCount) -> Tokens | None:
        """The person who dominates the corpus under a one-word name, as the cues
        beside this form allow (`people.ShortNames.in_corpus`), or None."""
        plan = self.plan
        return plan.short_names.in_corpus(
            short,
            key,
            plan.person_genders,
            form_gender(form),
            plan.titles,
            form.flags & OFFICE_TITLES,
        )

    def _named_in_full(
        self,
        short: ShortKey,
        form: FormCount,
        present: dict[int, dict[Tokens, Presence]],
    ) -> Tokens | None:
        """For a one-word name its document gives someone's relative, the one person
        of that name the document names in full ("her parents, Ghalia and Fawz Abdi
        ... her husband, Fawz"), else None: read from the document alone, so kept as
        its decision while the name's candidates stay the same."""
        plan = self.plan
        return plan.short_names.named_here(
            short, present.get(form.doc, {}), plan.person_genders, form_gender(form)
        )

    def _group(self, root: Tokens, form: FormCount) -> None:
        ident = ("person", "/".join(root))
        trim = self.plan.names[form.text][1] if form.text in self.plan.names else 0
        self.groups.append((ident, trim, [form]))
        self._person(ident, root)

    def _to_voted(self, root: str, kind: str, sink: Sink) -> None:
        """File a sink under the name `root` with the kind its corpus voted; a
        country's name voted a place is the country ("developing nations such as
        Lesotho", tagged PERSON, where a firm "Lesotho Hats" made it a given name); the
        forms that name a paper of the name, the paper (`_split_publications`)."""
        sink, papers = _split_publications(root, sink)
        if papers is not None:
            self._to_draft(("publication", papers.route.key), "organization", papers)
            if not sink.forms:
                return
        route = sink.route
        if kind == "place" and names_country(route) and country_code(route.surface):
            country = as_country(route)
            self._to_draft(("country", country.key), "country", Sink(country, sink.forms))
        else:
            self._to_draft(("", root), kind, sink)

    def _to_draft(
        self, ident: tuple[str, str], kind: str, sink: Sink, candidates: tuple[str, ...] = ()
    ) -> None:
        """File a sink under its entity; a single word waits for the corpus's vote on
        whether it is an ordinary word."""
        draft = self.drafts.get(ident)
        if draft is None:
            draft = self.drafts[ident] = _Draft(kind, candidates=candidates)
        if sink.route.word:
            self.word_votes.add_forms(sink.route.surface, sink.forms, sink.route.common_word)
        draft.sinks.append(sink)

    def _finish(self, corrections: Sequence[Correction]) -> Resolution:
        persons = self._people()
        built = []
        for ident, draft in self.drafts.items():
            kept = []
            for sink in draft.sinks:
                if sink.route.word and self.word_votes.is_noise(sink.route.surface):
                    continue
                kept.append(sink)
                n = sum(map(_COUNT, sink.forms))
                draft.surfaces[sink.route.surface] += n
                key = sink.route.key
                if (
                    " " in key
                    and legal_stem(key) is None
                    and key not in self.shortened
                    and key not in self.made
                    and key not in self.described
                ) or key in self.expanded:
                    # a full name, not a company's with its suffix ("Sony Corporation")
                    # nor a short name of several words ("Radio 1" of "BBC Radio 1")
                    draft.expansions[sink.route.surface] += n
                if sink.route.demonym:
                    draft.demonyms.add(sink.route.surface)
                if key in self.made:
                    draft.made.add(sink.route.surface)
            draft.sinks = kept
            if ident in persons:
                draft.surfaces.update(persons[ident].surfaces)
            if draft.surfaces:
                built.append((ident, draft))
        names = {ident: _display_name(draft, ident[1]) for ident, draft in built}
        provinces = self._provinces_meant(built)
        person_names = {ident[1]: names[ident] for ident, d in built if d.person is not None}
        named = []
        for ident, draft in built:
            entity = Entity(
                names[ident],
                draft.kind,
                country=provinces.get(ident) or _country(draft),
                aliases=set(draft.surfaces),
                candidates=tuple(
                    person_names.get(c) or names.get(("", c), c) for c in draft.candidates
                ),
            )
            named.append((ident, draft, entity))
        named.sort(key=lambda d: (-d[1].surfaces.total(), _KIND_ORDER[d[2].kind], d[2].name, d[0]))
        assignments = self._assign(named)
        entities = [entity for _, _, entity in named]
        alias_counts = [draft.surfaces for _, draft, _ in named]
        return apply_corrections(entities, alias_counts, assignments, corrections)

    def _provinces_meant(
        self, built: Iterable[tuple[tuple[str, str], _Draft]]
    ) -> dict[tuple[str, str], str]:
        """The places named as a country's part that the corpus means as the part,
        where the gazetteer gives the name another country or none: a part that bears
        a city's name elsewhere ("Kent", "Ontario"; `gazetteer.province_elsewhere`),
        or one of a word's or a given name's that the gazetteer does not place
        ("Devon", "Surrey"; `gazetteer.province_country`). Its documents that are
        mostly one country's must be more often the part's country's than the city's
        (or than any other country's): a British corpus's Kent is the county, an
        American one's the town in Washington state. Where as many say the one as the
        other (none, in a debate's speeches), the corpus's places decide. The name's
        own mentions, and other names in the same doubt, say nothing of the country.
        Read from every document of the name each time: no decision is kept."""
        asked: dict[tuple[str, str], tuple[str | None, str, set[int]]] = {}
        for ident, draft in built:
            if draft.kind != "place":
                continue
            city = _country(draft)
            doubt = province_elsewhere if city else province_country
            parts = {p for s in draft.sinks if (p := doubt(s.route.surface))}
            if len(parts) != 1:
                continue
            pairs = list({(f.text, f.label) for sink in draft.sinks for f in sink.forms})
            part = parts.pop()
            if part != city:
                asked[ident] = (city, part, self._documents_of(pairs))
        if not asked:
            return {}
        located = self._documents_by_country(
            set().union(*(documents for _, _, documents in asked.values())), doubted=False
        )
        corpus: Counter[str] = Counter()
        meant = {}
        for ident, (city, part, documents) in asked.items():
            about = Counter({code: len(documents & found) for code, found in located.items()})
            votes = about[part] - _rival(about, part, city)
            if votes == 0:  # none of its documents says: the corpus's places do
                corpus = corpus or self._places_by_country()
                votes = corpus[part] - _rival(corpus, part, city)
            if votes > 0:
                meant[ident] = part
        return meant

    def _places_by_country(self) -> Counter[str]:
        """The corpus's mentions of each country and of the places the gazetteer
        puts in it, but for the names a country's part and another's city share."""
        counts: Counter[str] = Counter()
        for sink in self.sinks.values():
            code = _located_country(sink.route)
            if code and not province_elsewhere(sink.route.surface):
                counts[code] += sum(map(_COUNT, sink.forms))
        return counts

    def _people(self) -> dict[tuple[str, str], Person]:
        """Each person's surfaces (after trimming), from the forms grouped to them."""
        people: dict[tuple[str, str], Person] = defaultdict(Person)
        for ident, trim, forms in self.groups:
            surfaces = people[ident].surfaces
            for form in forms:
                surfaces[form.text[: len(form.text) - trim]] += form.count
        return people

    def _assign(
        self, named: list[tuple[tuple[str, str], _Draft, Entity]]
    ) -> dict[tuple[int, str, str], Assignment]:
        """One Assignment object per distinct (entity, demonym, trim_end), shared by
        all the forms it applies to."""
        shared: dict[tuple[int, bool, int], Assignment] = {}
        assignments: dict[tuple[int, str, str], Assignment] = {}
        index = {ident: i for i, (ident, _, _) in enumerate(named)}

        def place(forms: Iterable[FormCount], value: tuple[int, bool, int]) -> None:
            assignment = shared.get(value) or shared.setdefault(value, Assignment(*value))
            assignments.update(zip(map(_FORM_KEY, forms), repeat(assignment)))

        for i, (_, draft, _) in enumerate(named):
            for sink in draft.sinks:
                place(sink.forms, (i, sink.route.demonym, sink.route.trim_end))
        for ident, trim, forms in self.groups:
            place(forms, (index[ident], False, trim))
        return assignments


def _names_a_state_body(key: str) -> bool:
    """A body's name whose own words say a state's institution ("coast guard",
    "supreme court", "ministry of justice"), as a firm's or a group's do not."""
    return any((singular(word) or word) in STATE_BODY_HEADS for word in key.split())


def _names_its_country(route: Route) -> bool:
    """The form names its country: the country's name, code or people's word, or a
    place the gazetteer knows as its capital or one of its regions ("Washington",
    "Texas"; not a town, which a foreign story may name in passing)."""
    if route.kind == "country":
        return True
    surface, code = route.surface, route.country
    return (
        route.kind == "place"
        and route.gazetteer
        and code is not None
        and (is_capital(surface, code) or is_region(surface) or is_province(surface))
    )


def _split_regions(sink: Sink) -> tuple[Sink, Sink]:
    """A country's forms, and those of a region of the same name that their documents
    place in the region's country ("Atlanta, Georgia": the US state, not the country)."""
    region = [f for f in sink.forms if f.flags & IN_REGION]
    if not region:
        return sink, Sink(sink.route, [])
    surface = sink.route.surface
    code = region_elsewhere(surface)  # set: IN_REGION marks only such names
    route = Route(
        "place",
        f"{name_key(surface, 'place')}|{code}",
        surface,
        country=code,
        gazetteer=True,
    )
    country = [f for f in sink.forms if not f.flags & IN_REGION]
    return Sink(sink.route, country), Sink(route, region)


def _split_publications(root: str, sink: Sink) -> tuple[Sink, Sink | None]:
    """A sink's forms, and those that name a paper of the name ("he edited its Isis
    magazine"), where the name was joined to a body's name that shares no part of
    it ("Isis" to the Islamic State): the paper, not the body. A short or a long form
    of the name joined stays ("the Telegraph newspaper", the Daily Telegraph; "the
    London Evening Standard newspaper"), and so do a people's adjective ("the German
    newspaper") and an acronym ("the DW magazine programme"). None where no form does,
    as nearly every sink, which this path meets at every build."""
    if not any(_names_a_paper(form) for form in sink.forms):
        return sink, None
    route = sink.route
    words, joined = set(_KEY_WORD.findall(route.key)), set(_KEY_WORD.findall(root))
    if route.demonym or route.fixed or words <= joined or joined <= words:
        return sink, None
    rest = [form for form in sink.forms if not _names_a_paper(form)]
    return Sink(route, rest), Sink(route, [form for form in sink.forms if _names_a_paper(form)])


def _names_a_paper(form: FormCount) -> bool:
    """A publication's word follows the mention, which is no acronym."""
    return bool(form.flags & PUBLICATION_NAMED) and not form.text.isupper()


def _one_maker(makers: set[str]) -> bool:
    """The makers' names are one body's: the longest and the names its words open or
    end with ("BBC Radio", "BBC", "Radio" of "BBC Radio Five Live")."""
    longest = max(makers, key=lambda m: (len(m), m))
    within = {segment for segment, _ in name_segments(longest)}
    return all(m == longest or m in within for m in makers)


def _named_a_body(
    form: FormCount, present: Mapping[Tokens, Presence], candidates: Iterable[Tokens]
) -> bool:
    """A one-word name's mentions in a document that are a body's, not the person of
    that family name the document names in full: tagged ORG and said of a body alone
    ("Ford, the US car company"), or, not tagged PERSON and said of no person, after
    a body's word before the document gives any such full name ("the band Kasabian"
    in a story of how it took Linda Kasabian's name, "law firm Yingke" before its
    partner Linda Yang). News introduces a person by the full name, so a body's word
    before the family name after it is the person's firm ("Michael Enright, director
    of the consultancy Enright, Scott & Associates ... Enright says")."""
    if form.label == "ORG" and form.flags & _SAID_OF_A_BODY:
        return True
    return (
        form.label != "PERSON"
        and bool(form.flags & AFTER_ORG_WORD)
        and not form.flags & _SAID_OF_A_PERSON
        and all(form.first < present[root][1] for root in candidates if root in present)
    )


def _described(key: str, pairs: Sequence[Pair]) -> str:
    """The name before the lowercase description that ends every spelling of `key`
    ("afp" of "afp news agency"): a body's word (`_DESCRIPTIONS`), after one
    lowercase word at most; "" where there is none."""
    words = key.split()
    if len(words) < 2 or words[-1] not in _DESCRIPTIONS:
        return ""
    size = 2 if len(words) > 2 and _lowercase_tail(pairs, 2) else 1
    return " ".join(words[:-size]) if _lowercase_tail(pairs, size) else ""


def _lowercase_tail(pairs: Sequence[Pair], size: int) -> bool:
    """Every spelling's last `size` words are lowercase letters, after a word that is
    not."""
    for text, _ in pairs:
        words = text.split()
        if len(words) <= size or words[-size - 1].islower():
            return False
        if not all(word.isalpha() and word.islower() for word in words[-size:]):
            return False
    return True


def _head_word(key: str) -> str:
    """The word a name's key is a name of: its last, or the last before "of" ("bank"
    of "bank of england", "commission" of "european commission")."""
    named, of, _ = key.partition(" of ")
    return (named if of else key).rpartition(" ")[2]


def _display_name(draft: _Draft, key: str) -> str:
    """Countries are named by the gazetteer, people by their most complete common
    spelling, a body in the table of other names by its full name as the corpus
    writes it, an acronym joined to its expansion by the expansion, a place by its
    name rather than its demonym, a product by its name without its maker's,
    anything else by its most frequent spelling in the case the corpus mostly writes
    it in ("South America" before "south America"); a known place the corpus writes
    only in capitals (a dateline's "CUPERTINO") in the case of a name, and a place it
    writes only after a point of the compass in lowercase with a capital ("central
    America")."""
    name = _written_name(draft, key)
    if draft.kind == "place" and name.isupper() and len(name) > 3 and is_known_place(name):
        return name.title()
    if draft.kind == "place" and _opens_with_a_lowercase_word(name):
        return name[:1].upper() + name[1:]
    return name


def _whole_spellings(surfaces: Counter[str]) -> Counter[str]:
    """The spellings, each with a letter a bad decoding lost counted for the one
    spelling that writes it whole ("Sinn F\ufffd\ufffdin" for "Sinn Fein"), where the
    corpus has one."""
    if not any(map(has_lost_letter, surfaces)):
        return surfaces
    whole = {lookup_key(s): s for s in surfaces if not has_lost_letter(s)}
    spelled: Counter[str] = Counter()
    for surface, n in surfaces.items():
        found = lost_letters(surface) if has_lost_letter(surface) else None
        twins = [s for key, s in whole.items() if found and found[1].fullmatch(key)]
        spelled[twins[0] if len(twins) == 1 else surface] += n
    return spelled


def _opens_with_a_lowercase_word(name: str) -> bool:
    """The name's first word is all lowercase ("south America"; not "iPod")."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first.islower()


def _written_name(draft: _Draft, key: str) -> str:
    """The display name as the corpus writes it (`_display_name`)."""
    if draft.kind == "country":
        return country_name(draft.sinks[0].route.key)
    spelled = _whole_spellings(draft.surfaces)
    if draft.person is not None:  # one spelling is its own most complete one
        return next(iter(spelled)) if len(spelled) == 1 else Person(spelled).name
    if len(spelled) == 1 and not draft.demonyms and key not in full_names():
        return next(iter(spelled))
    surfaces = Counter({s: n for s, n in spelled.items() if s not in draft.demonyms})
    # a product is named without its maker ("iPod", not "Apple iPod")
    surfaces = Counter({s: n for s, n in surfaces.items() if s not in draft.made}) or surfaces
    if not surfaces:  # named only by its people's adjective ("African" -> "Africa")
        demonym = min(draft.surfaces.items(), key=lambda s: (-s[1], s[0]))[0]
        return demonym_place(demonym) or demonym
    full = full_names().get(key)
    written = Counter(
        {
            s: n
            for s, n in surfaces.items()
            if full and len(s.split()) == len(full.split()) and name_key(s) == key
        }
    )
    if written:
        surfaces = written
    elif draft.expansions and len(draft.expansions) < len(surfaces):
        surfaces = Counter({s: n for s, n in draft.expansions.items() if s in surfaces}) or surfaces
    by_case: Counter[str] = Counter()
    for surface, n in surfaces.items():
        by_case[surface.casefold()] += n
    usual = min(by_case.items(), key=lambda s: (-s[1], s[0]))[0]
    spellings = [(s, n) for s, n in surfaces.items() if s.casefold() == usual]
    named = draft.kind != "date"  # "last year" is written so; "Last year" opens a sentence
    return min(
        spellings,
        key=lambda s: (
            s[0].isupper() and len(s[0]) > 3,
            named and _opens_with_a_lowercase_word(s[0]),
            -s[1],
            s[0],
        ),
    )[0]


def _located_country(route: Route) -> str | None:
    """The country a name says its document is about: a country's name, code or
    people's word, or a place the gazetteer puts in it; None for any other name."""
    if route.kind == "country" or (route.kind == "place" and route.gazetteer):
        return route.country
    return None


def _sole_keys(written: dict[str, set[int]]) -> dict[int, str]:
    """Each document that exactly one of these names' document sets holds, with that
    name's key."""
    counted = Counter(doc for docs in written.values() for doc in docs)
    return {doc: key for key, docs in written.items() for doc in docs if counted[doc] == 1}


def _decision(chosen: Tokens | None, half: str | None) -> str:
    """A one-word name's decision in a document, as kept: the person it stands for,
    the divided country it names one half of, or neither ("")."""
    if chosen:
        return "/".join(chosen)
    return _HALF_DECIDED + half if half else ""


def _decided_half(decision: str) -> str | None:
    """The country a kept decision says a one-word name is one half of, or None."""
    return decision.removeprefix(_HALF_DECIDED) if decision.startswith(_HALF_DECIDED) else None


def _rival(counts: Counter[str], part: str, city: str | None) -> int:
    """What stands against a part's country in `counts`: the city's country's, or
    where the gazetteer gave the name none, the most counted other country's."""
    if city is not None:
        return counts[city]
    return max((n for code, n in counts.items() if code != part), default=0)


def _country(draft: _Draft) -> str | None:
    """A country's or a place's country: its routes', else, for a place the corpus
    voted so whatever the model's labels ("Sligo" tagged ORG, "in Sligo"), where the
    gazetteer places its name."""
    if draft.kind not in ("country", "place"):
        return None
    found = min((s.route.country for s in draft.sinks if s.route.country), default=None)
    if found is None and draft.kind == "place":
        placed = (place_country(s.route.surface) for s in draft.sinks)
        found = min((code for code in placed if code), default=None)
    return found


@contextmanager
def no_cyclic_gc(freeze: bool = False) -> Iterator[None]:
    """Resolution builds millions of small acyclic objects that all survive; the
    cyclic collector would rescan them again and again (measured: half the time).

    With `freeze`, for a process that lives to index, what the resolution leaves for
    the next one (the memo, the kept plan, the names classified: 430k objects on the
    BBC articles) is put out of the collector's reach before it is on again, as the
    pipeline is (`explorer.nlp.pipeline`): the first collection after would scan all
    of it (86 ms on the BBC articles) and every full one after it again. Resolution
    leaves no cycle to collect. Not for the window's process, whose own objects
    would be frozen too."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()
