"""What the corpus's totals decide before any document is looked at: the name
keys and how they join (a plural and its singular, the table of other names,
acronyms that may spell a longer name), each name's kind vote, which names are
people's full names and how they cluster, which one-word names may stand for
them, and which names need their documents (`resolver` then places every form).

It reads form classes (`explorer.index.forms`): a FormCount may stand for many
documents, so nothing here may depend on how a text's mentions split by document.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from explorer.resolve.acronyms import (
    clipping_candidates,
    expansion_candidates,
    full_names,
    is_acronym,
    maker_candidates,
    other_names,
    short_name_candidates,
)
from explorer.resolve.classify import (
    LOST_MARK,
    Route,
    classify,
    legal_stem,
    lost_letters,
    name_key,
    names_a_festival,
    names_a_storm,
)
from explorer.resolve.gazetteer import is_known_place, lookup_key
from explorer.resolve.kinds import PERSONAL_CUES, KindVotes
from explorer.resolve.model import FormCount
from explorer.resolve.names import (
    family_name,
    is_given_name,
    name_tokens,
    name_words,
    spelling_key,
    token_key,
)
from explorer.resolve.people import (
    ShortKey,
    ShortNames,
    Tokens,
    cluster,
    is_family_name_pair,
    middle_initial_variants,
    person_gender,
    unglue,
    with_given_names,
)
from explorer.resolve.spans import (
    AFTER_ARTICLE,
    AFTER_ORG_WORD,
    AWARDED,
    DEFINED_AFTER_NAME,
    NAMED_BY_SURNAME,
    NEAR_WORK_WORD,
    OFFICE_TITLES,
    RELATIVE_MENTIONED,
    SPEAKER,
    STOCK_HELD,
    SURNAME_TITLED,
    TRADED,
)
from explorer.resolve.words import (
    EVENT_HEADS,
    INSTITUTION_WORDS,
    ORG_HEADS,
    is_common_word,
    number_free,
    singular,
)

Pair = tuple[str, str]
# A ceremony's last word after the prize it is named after ("Brit Awards").
_CEREMONY_WORDS = frozenset({"award", "awards"})
# The last words of a body that gives awards rather than being won ("Screen Actors Guild").
_AWARD_GIVERS = ORG_HEADS | INSTITUTION_WORDS
# Cues that a one-word name may not be the person a document's full name gives.
_NOT_PERSON_CUES = AFTER_ORG_WORD | AFTER_ARTICLE | NEAR_WORK_WORD
# And where a document names the name as someone's relative, the corpus's answer is
# not its answer unless it names that person in full (`resolver._short_person`).
_PER_DOCUMENT_CUES = _NOT_PERSON_CUES | RELATIVE_MENTIONED
# A one-word name used alone this many times as often as all the full names it may
# shorten together is a name of its own (`Plan.stands_alone`).
ALONE_RATIO = 10
# A known place's name that is only some full names' given name: as often as they are.
PLACE_ALONE_RATIO = 1
# A full name's first word written alone as a company's this many times or more makes
# the name a company's (`Plan._traded_by_first_word`).
TRADED_MIN = 3
# A name key and a sequel's or a version's number ("halo 2", "civilisation 3": keys
# write "III" and "three" as digits); a greater one is a model's or a year's.
_NUMBERED = re.compile(r"(.+) ([2-9])")


@dataclass(slots=True)
class Sink:
    """The forms of one (text, label) and their route."""

    route: Route
    forms: list[FormCount] = field(default_factory=list)


# A text's labels as a place the gazetteer knows by another name must hold one in this
# many of its mentions for its other labels to be the place too
# (`Plan._join_place_aliases`).
ALIAS_SHARE = 4


class Plan:
    """What the corpus's totals decide, before any document is looked at: the name
    keys and how they join, which names are people's full names and how those
    cluster, and which names need their documents."""

    def __init__(self, sinks: dict[Pair, Sink]) -> None:
        self.sinks = sinks
        # each (text, label)'s mentions, as the plan reads them (before any document's)
        self.counts = {pair: sum(f.count for f in sink.forms) for pair, sink in sinks.items()}
        self.by_key: dict[str, list[Pair]] = defaultdict(list)
        self.fixed: list[Pair] = []
        for pair, sink in sinks.items():
            if pair[1] == "PERSON" and names_country(sink.route) and " " in pair[0]:
                sink.route = as_country(sink.route)  # "Sri Lanka" is nobody's name
            (self.fixed if sink.route.fixed else self.by_key[sink.route.key]).append(pair)
        texts: Counter[str] = Counter()  # a text's mentions under every label
        for (text, label), sink in sinks.items():
            if sink.route.tokens:
                texts[text] += self.counts[text, label]
        self.names = unglue(texts)
        self._regroup_glued()
        self._mark_numbered()
        self.parent = {key: key for key in self.by_key}
        self._join_place_aliases()
        self._join_other_names()
        self._join_plurals()
        self._join_number_variants()
        self._join_lost_letters()
        self._join_award_ceremonies()
        self._join_storm_names()
        self._join_company_suffixes()
        self.acronyms = self._acronym_candidates()
        # each name that opens or ends longer ones, and those (`resolver` joins a body's
        # short name used with one)
        self.longer_names = short_name_candidates(self.by_key)
        # each name that ends longer ones after another name, with those and their first
        # names ("ipod": "apple ipod", "apple"; `resolver` joins a product's name after
        # its maker's to the name alone)
        self.made_names = maker_candidates(self.by_key)
        self.votes = KindVotes()
        self.full: set[str] = set()  # keys that are people's full names
        self.short: dict[str, tuple[str, ...]] = {}  # one-word keys -> their short key
        self.demoted: dict[Pair, str] = {}  # short names' pairs made countries, and their keys
        # full names and first words whose counts `_traded_by_first_word` reads
        self.traded: set[str] = set()
        self.signatures: dict[str, str] | None = None  # `per_document`'s answer
        # a plan counted again: the last plan's answer, and the short keys and name
        # keys whose entries in it may differ now (`recount`)
        self.resigned: tuple[dict[str, str], set[ShortKey], set[str]] | None = None
        self._decide_people()

    def working_copy(self) -> Plan:
        """A plan for one build to change (it joins names and adds votes, and replaces
        the sinks of the names decided per document), leaving this one as it is."""
        self.per_document()  # before any sink is replaced, once for every copy
        copied = copy.copy(self)
        copied.sinks = dict(self.sinks)
        copied.parent = dict(self.parent)
        copied.votes = self.votes.copy()
        return copied

    def root(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        """Join two names; a full name of the table of other names roots the group,
        else the smaller key (so the result does not depend on order)."""
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            tabled = full_names()
            keep = min((ra not in tabled, ra), (rb not in tabled, rb))[1]
            self.parent[rb if keep == ra else ra] = keep

    def _regroup_glued(self) -> None:
        """A glued text ("Kim Jong Unhas") joins the key of the name it holds."""
        glued = {text: trim for text, (_tokens, trim) in self.names.items() if trim}
        if not glued:
            return
        for text, label in [pair for pair in self.sinks if pair[0] in glued]:
            route = self.sinks[text, label].route
            head = classify(text[: -glued[text]], label)
            if head is not None and not route.fixed and head.key != route.key:
                self.by_key[route.key].remove((text, label))
                self.by_key[head.key].append((text, label))
        for key in [k for k, pairs in self.by_key.items() if not pairs]:
            del self.by_key[key]

    def _join_other_names(self) -> None:
        """Join the table's other names to their full name."""
        for key, full in other_names().items():
            if key in self.parent:
                self.parent.setdefault(full, full)
                self.union(key, full)

    def _mark_numbered(self) -> None:
        """A name the corpus also names as a work or a product with a sequel's or a
        version's number after it ("Halo" beside "Halo 2", the model tagging the game
        ORG, PERSON and GPE by turns) is marked so (`Route.numbered`); not a given name
        ("Richard III" says nothing of "Richard"), nor beside a numbered body ("BBC
        Radio 2")."""
        for key, pairs in self.by_key.items():
            numbered = _NUMBERED.fullmatch(key)
            if numbered is None or numbered.group(1) not in self.by_key:
                continue
            if not all(self.sinks[pair].route.kind == "other" for pair in pairs):
                continue
            for pair in self.by_key[numbered.group(1)]:
                sink = self.sinks[pair]
                if not is_given_name(sink.route.surface.split()[0]):
                    sink.route = replace(sink.route, numbered=True)

    def _join_place_aliases(self) -> None:
        """The gazetteer keys a place it knows by another of its names under the name
        it goes by ("Kiev" tagged GPE is Kyiv, "Bombay" Mumbai); the same text under
        another label ("Kiev" tagged PERSON or ORG 54 times, GPE 26) is the same name,
        one entity whose kind its mentions decide, not a second "Kiev", where the
        labels that make it the place hold a quarter of its mentions or more: "Roma"
        tagged GPE once is Rome, its eight other mentions the Roma and AS Roma. A
        people's name is another thing whatever the counts ("Roma" tagged NORP).
        `aliased_texts` holds the texts read so, whose counts `recount` leaves to a
        new plan."""
        aliased: dict[str, str] = {}
        for key, pairs in self.by_key.items():
            for text, label in pairs:
                route = self.sinks[text, label].route
                if route.gazetteer and route.kind == "place" and key != name_key(text):
                    aliased[text] = key
        keys_of: dict[str, Counter[str]] = defaultdict(Counter)
        peoples: set[str] = set()
        for key, pairs in self.by_key.items():
            for pair in pairs:
                if pair[0] in aliased:
                    keys_of[pair[0]][key] += self.counts[pair]
                    if self.sinks[pair].route.kind == "group":
                        peoples.add(key)
        self.aliased_texts = frozenset(t for t in aliased if len(keys_of[t]) > 1)
        for text, key in sorted(aliased.items()):
            counts = keys_of[text]
            if ALIAS_SHARE * counts[key] >= counts.total():
                for other in sorted(set(counts) - {key} - peoples):
                    self.union(key, other)

    def _join_plurals(self) -> None:
        """ "Tories" is "Tory", "Lib Dems" "Lib Dem", "Oscars" "Oscar" — when one of
        them is a group's or a person's word somewhere, "Grand Slams" "Grand Slam" when
        both are events (not where the plural is an event's word of its own: the
        "World Championships" of athletics are not snooker's "World Championship");
        "Times" is not "Time", and a plural the model calls a person is a surname
        ("Williams" is not "William"); "Baftas" "Bafta" and "Golden Globes" "Golden
        Globe" when the singular is a prize the corpus speaks of winning ("a
        Bafta-winning film"): the prizes, or their ceremony, which news names by them
        ("at the Baftas"), as "Oscars" is "Oscar". A place's name that ends like a
        plural is none ("Brussels" is not "[Brussel] sprouts", "Queens" not "the
        Queen", "Marks" not "Mark"), unless a mention of the singular is a place too
        ("Lyons" and "Lyon", the city)."""
        for key in list(self.by_key):
            one = singular(key)
            if one is None or one not in self.by_key:
                continue
            if self._won(one):
                self.union(key, one)
                continue
            if is_known_place(key) and not self._names_a_place(one, key):
                continue
            plural = {self.sinks[p].route.kind for p in self.by_key[key]}
            kinds = plural | {self.sinks[p].route.kind for p in self.by_key[one]}
            if (kinds & {"group", "person"} and "person" not in plural) or (
                kinds == {"event"} and key.rsplit(None, 1)[-1] not in EVENT_HEADS
            ):
                self.union(key, one)

    def _join_number_variants(self) -> None:
        """ "Trades Union Congress" is "Trade Unions Congress", "Disasters Emergency
        Committee" "Disaster Emergency Committee": names of three words or more that
        differ only in the number of words before the last, none of them a person's.
        The last word's number is left to tell things apart: "Senate Intelligence
        Committees" are two, "South Bank Awards" the ceremony of an award."""
        variants: dict[str, list[str]] = defaultdict(list)
        for key in self.by_key:
            free = number_free(key)
            if free is not None:
                variants[free].append(key)
        for keys in variants.values():
            if len(keys) < 2:
                continue
            if any(self.sinks[p].route.kind == "person" for k in keys for p in self.by_key[k]):
                continue
            for key in keys[1:]:
                self.union(key, keys[0])

    def _join_lost_letters(self) -> None:
        """ "Sinn F\ufffd\ufffdin" is "Sinn Fein", "Beyonc\ufffd\ufffd" "Beyonce":
        a name whose letters a bad decoding lost joins the one key the corpus writes
        whole that it may stand for (`classify.lost_letters`); not where it keeps too
        little to tell ("F\ufffd\ufffd", "RT?", RTÉ's, is not RT) or may stand for
        two. A person's full name is left to the people's clusters, which read lost
        letters themselves."""
        damaged = {}
        for key, pairs in self.by_key.items():
            if key.endswith(LOST_MARK) and (found := lost_letters(pairs[0][0])) is not None:
                damaged[key] = found
        if not damaged:
            return
        # the whole names' texts as the patterns read them, beside their keys
        whole = sorted(
            {
                (lookup_key(text), key)
                for key, pairs in self.by_key.items()
                if not key.endswith(LOST_MARK)
                for text, _ in pairs
            }
        )
        for key, (head, pattern) in damaged.items():
            matches = set()
            i = bisect_left(whole, (head, ""))
            while i < len(whole) and whole[i][0].startswith(head):
                if pattern.fullmatch(whole[i][0]):
                    matches.add(whole[i][1])
                i += 1
            if len(matches) != 1:
                continue
            match = matches.pop()
            if not (self._full_name(key) or self._full_name(match)):
                self.union(key, match)

    def _full_name(self, key: str) -> bool:
        """Most of the name's mentions read as a person's name of two words or more
        ("Sinn F\ufffd\ufffdin" tagged PERSON now and then is not)."""
        pairs = self.by_key[key]
        personal = sum(
            self.counts[pair]
            for pair in pairs
            if self.sinks[pair].route.kind == "person" and len(self.sinks[pair].route.tokens) > 1
        )
        return 2 * personal > sum(self.counts[pair] for pair in pairs)

    def _join_award_ceremonies(self) -> None:
        """ "Brit Awards" is "the Brits", "Grammy Awards" "Grammys", "Golden Globe
        Awards" "Golden Globes": a ceremony named after its prize, when the corpus
        speaks of winning the prize ("Brit-nominated", "won two Grammys"), as the
        plural of such a prize is joined to it. Not "Academy Awards" and "the
        Academy", nor "Screen Actors Guild Awards" and the guild: a body gives them
        ("the Screen Actors Guild award" is no guild won); nor "MTV Europe Awards"
        and "MTV Europe", which no one wins. The prize's plural is the ceremony
        even where no one is said to win ("a speech at the Golden Globes"), unless
        it is a people's or a place's name ("Brits": Britons)."""
        for key in list(self.by_key):
            prize, _, last = key.rpartition(" ")
            if last not in _CEREMONY_WORDS or not prize:
                continue
            if prize.rsplit(None, 1)[-1] in _AWARD_GIVERS:
                continue
            named = [k for k in ceremony_neighbours(key) if k in self.by_key]
            if any(self._won(k) for k in named):
                for k in named:
                    self.union(key, k)
            elif prize + "s" in self.by_key and not self._known(prize + "s"):
                # a ceremony, whatever the model says of it ("at the Golden Globes" as FAC)
                self._join_as(prize + "s", key)

    def _join_storm_names(self) -> None:
        """ "Debbie" is "Cyclone Debbie" where the model calls the word no person
        anywhere (then it may be someone's name: "Stella" of Storm Stella), whatever
        its label ("Debbie" as ORG), as news names a storm after naming it in full."""
        for key, pairs in list(self.by_key.items()):
            route = self.sinks[pairs[0]].route
            if route.kind != "event" or not names_a_storm(route.surface):
                continue
            name = key.rsplit(None, 1)[-1]
            alone = self.by_key.get(name, [])
            if alone and not any(label == "PERSON" for _, label in alone):
                self._join_as(name, key)

    def _join_as(self, name: str, key: str) -> None:
        """Join `name` to `key` as another name of the same thing: its mentions take
        the kind of `key`'s, whatever the model's labels say."""
        kind = self.sinks[self.by_key[key][0]].route.kind
        for pair in self.by_key[name]:
            self.sinks[pair].route = replace(self.sinks[pair].route, kind=kind)
        self.union(name, key)

    def _known(self, key: str) -> bool:
        """Some mention of the name is one our tables know: a country's, a place's, a
        people's."""
        return any(
            route.fixed or route.gazetteer or route.demonym
            for route in (self.sinks[pair].route for pair in self.by_key[key])
        )

    def _names_a_place(self, one: str, plural: str) -> bool:
        """Some mention of the singular `one` is a place, or is written as the plural
        is ("Cannes" as NORP, keyed as a people's singular)."""
        written = {text.casefold() for text, _ in self.by_key[plural]}
        return any(
            self.sinks[pair].route.kind in ("place", "country") or pair[0].casefold() in written
            for pair in self.by_key[one]
        )

    def _won(self, key: str) -> bool:
        """Some mention of the name is won or competed for ("Bafta-winning")."""
        return any(
            form.flags & AWARDED for pair in self.by_key[key] for form in self.sinks[pair].forms
        )

    def _join_company_suffixes(self) -> None:
        """ "Lenovo Group" is "Lenovo", "Sony Corporation" "Sony", when the model calls
        every spelling of both a body and the shorter is no ordinary word or place
        ("World Group", the Davis Cup's, is not "World"; "Eton Corporation" not Eton)."""
        for key in list(self.by_key):
            stem = legal_stem(key)
            if stem is None or stem not in self.by_key:
                continue
            pairs = self.by_key[key] + self.by_key[stem]
            if (
                all(label == "ORG" for _, label in pairs)
                and not is_common_word(stem)
                and not is_known_place(stem)
            ):
                self.union(key, stem)

    def _acronym_candidates(self) -> dict[str, set[str]]:
        """Short forms and the longer names they may stand for: acronyms by their
        initials, and the one-word names defined in brackets after a name by the
        first word they clip ("Yugansk"; a place our tables know is no clipping:
        "M Tait (Newcastle)") or by their initials, as British papers write an
        acronym in Title case ("the Bay Area Lab Co-Operative (Balco)"); `resolver`
        joins those used together."""
        acronyms = {
            key: {text for text, _ in pairs if is_acronym(text)}
            for key, pairs in self.by_key.items()
            if " " not in key and any(is_acronym(text) for text, _ in pairs)
        }
        clippings: dict[str, set[str]] = {}
        for key, pairs in self.by_key.items():
            if " " not in key:
                texts = {text for text, label in pairs if self.defined_clipping(text, label)}
                if texts:
                    clippings[key] = texts
                titled = {text for text in texts if text.istitle()}
                if titled:
                    acronyms.setdefault(key, set()).update(titled)
        names = {key: set(map(self._written, pairs)) for key, pairs in self.by_key.items()}
        found = expansion_candidates(acronyms, names)
        for key, keys in clipping_candidates(clippings, names).items():
            found.setdefault(key, set()).update(keys)
        return {
            a: {e for e in keys if self.root(e) != self.root(a)}
            for a, keys in found.items()
            if any(self.root(e) != self.root(a) for e in keys)
        }

    def _written(self, pair: Pair) -> str:
        """The name as a form writes it, without a word its route trims ("Brexit" of
        "Brexit-talks", whose initials spell no "BT")."""
        text = pair[0]
        return text[: len(text) - self.sinks[pair].route.trim_end]

    def _join_middle_initials(
        self, clusters: dict[Tokens, Tokens], full_texts: dict[str, list[Pair]]
    ) -> dict[Tokens, Tokens]:
        """A name with a middle initial is the person of the name without it
        ("Donald J. Trump", "Donald Trump") when the corpus writes that person more
        often without it: the initial is then a style of first mention. Where the
        initial is how the corpus names someone ("George W Bush" more than "George
        Bush"), it tells two people apart, and they stay apart. `middle_votes` keeps
        each pair's mentions, which `recount` weighs again."""
        pairs_of: dict[Tokens, list[Pair]] = defaultdict(list)
        for pairs in full_texts.values():
            for text, label in pairs:
                pairs_of[clusters[self.names[text][0]]].append((text, label))
        self.middle_votes: list[tuple[list[Pair], list[Pair], bool]] = []
        joined: dict[Tokens, Tokens] = {}
        for with_initial, without in sorted(middle_initial_variants(clusters).items()):
            a, b = clusters[with_initial], clusters[without]
            if a == b or a in joined:
                continue
            join = self.middle_initial_joins(pairs_of[a], pairs_of[b], self.counts)
            self.middle_votes.append((pairs_of[a], pairs_of[b], join))
            if join:
                joined[a] = b
        return {t: joined.get(root, root) for t, root in clusters.items()}

    @staticmethod
    def middle_initial_joins(
        with_initial: list[Pair], without: list[Pair], counts: dict[Pair, int]
    ) -> bool:
        """The person is written more often without the middle initial than with it."""
        return sum(counts[p] for p in without) > sum(counts[p] for p in with_initial)

    def defined_clipping(self, text: str, label: str) -> bool:
        """A word, not an acronym nor a place our tables know, that a document defines
        in brackets after a name."""
        sink = self.sinks[text, label]
        return (
            any(form.flags & DEFINED_AFTER_NAME for form in sink.forms)  # rare: first
            and not is_acronym(text)
            and not (sink.route.gazetteer or sink.route.city)
        )

    def _decide_people(self) -> None:
        """Vote full names' kinds, cluster the people's, and find the one-word names
        that may stand for them."""
        full_texts: dict[str, list[Pair]] = defaultdict(list)
        # kept for `recount`: each short key's mentions, and each person's full names'
        self.singles: Counter[ShortKey] = Counter()
        for key, pairs in self.by_key.items():
            named = [p for p in pairs if self.sinks[p].route.tokens]
            if not named:
                continue
            if short_for_a_person(pairs, self.names, self.counts):
                short = self.short[key] = usual_short_key(named, self.names, self.counts)
                self.singles[short] += sum(self.counts[p] for p in pairs)
                continue
            for pair in pairs:
                self._vote(key, pair)
            full_texts[key] = [p for p in pairs if p[0] in self.names]
        for key, pairs in full_texts.items():
            traded = self._traded_by_first_word(pairs)
            joined = self.root(key)
            if traded is None or self.votes.winner(joined) != "person":
                continue
            word, count = traded
            self.traded.update((key, word))  # counted again, the answer may change
            if count >= max(TRADED_MIN, sum(self.counts[p] for p in pairs)):
                self.votes.transfer(joined, "person", "organization")
        for key in [k for k in full_texts if self.votes.winner(self.root(k)) != "person"]:
            del full_texts[key]
        self.full.update(full_texts)
        full_pairs = [pair for pairs in full_texts.values() for pair in pairs]
        titled = [
            self.names[text][0]
            for text, label in full_pairs
            if any(form.flags & SURNAME_TITLED for form in self.sinks[text, label].forms)
        ]
        clusters = cluster((self.names[text][0] for text, _ in full_pairs), titled)
        self.clusters = self._join_middle_initials(clusters, full_texts)
        self.totals: Counter[Tokens] = Counter()
        self.cluster_pairs: dict[Tokens, list[Pair]] = defaultdict(list)
        self.ends: dict[Tokens, tuple[Counter[ShortKey], Counter[ShortKey]]] = {}
        self.spellings: dict[Tokens, set[str]] = defaultdict(set)
        for pairs in full_texts.values():
            for text, label in pairs:
                root = self.clusters[self.names[text][0]]
                count = self.counts[text, label]
                # a family name of two words is no full name: its first word is
                # not the person's given name (`people.is_family_name_pair`)
                pair_only = is_family_name_pair(self.names[text][0], root)
                self.totals[root] += 0 if pair_only else count
                self.cluster_pairs[root].append((text, label))
                firsts, lasts = self.ends.setdefault(root, (Counter(), Counter()))
                first, last, *keys = name_ends(text[: len(text) - self.names[text][1]])
                if not pair_only:
                    firsts[first] += count
                lasts[last] += count
                self.spellings[root].update(keys)
        self.genders = genders_of(self.cluster_pairs, self.sinks)
        self.person_genders = with_given_names(self.genders, self.totals)
        self.titles = titles_of(self.cluster_pairs, self.sinks)
        # the counties the corpus names by a word that may be a surname too ("Co
        # Kerry"), and the festivals ("Easter" beside Theo Easter)
        rivals: Counter[ShortKey] = Counter()
        for pair, sink in self.sinks.items():
            if sink.route.county:
                rivals[_short_key(name_tokens(sink.route.county))] += self.counts[pair]
            elif names_a_festival(sink.route.surface):
                rivals[_short_key(name_tokens(sink.route.surface))] += self.counts[pair]
        self.short_names = ShortNames(self.ends, self.totals, self.singles, self.spellings, rivals)
        for key in list(self.short):
            if self.short_names.candidates(self.short[key]):
                continue
            for pair in list(self.by_key[key]):
                sink = self.sinks[pair]
                if pair[1] == "PERSON" and names_country(sink.route):
                    # a country's name that is no one's short name ("Mauritius")
                    sink.route = as_country(sink.route)
                    self.by_key[key].remove(pair)
                    self.fixed.append(pair)
                    self.demoted[pair] = key
                else:
                    self._vote(key, pair, lone=True)
            if not self.by_key[key]:
                del self.short[key]
        for key, pairs in self.by_key.items():
            if key not in self.short and not any(self.sinks[p].route.tokens for p in pairs):
                for pair in pairs:
                    self._vote(key, pair)

    def _traded_by_first_word(self, pairs: list[Pair]) -> tuple[str, int] | None:
        """A full name's first word, no given name, that the corpus writes alone as a
        company's only ("shares in Pernod", "the sale of Santander"), never with a
        person's cue, nor the full name: its key and how many mentions say a company.
        Written so in TRADED_MIN mentions or more and at least as often as the full
        name voted a person, it makes the name a firm's the model took for a person's
        ("Pernod Ricard", "Yingke Law" tagged PERSON; not "Kim Jong Un", whose "Kim"
        is a man's, nor "Delta Goodrem ... Goodrem said" beside the airline Delta).
        None for the others, nearly every name."""
        firsts = {name_words(text)[0] for text, _ in pairs}
        said = PERSONAL_CUES | NAMED_BY_SURNAME | SPEAKER
        if len(firsts) != 1 or any(
            form.flags & said for pair in pairs for form in self.sinks[pair].forms
        ):
            return None
        first = firsts.pop()
        word = name_key(first)
        alone = self.by_key.get(word, [])
        if is_given_name(first) or not alone:
            return None
        traded = 0
        for pair in alone:
            for form in self.sinks[pair].forms:
                if form.flags & PERSONAL_CUES:
                    return None
                if form.flags & (STOCK_HELD | TRADED):
                    traded += form.count
        return (word, traded) if traded else None

    def _vote(self, key: str, pair: Pair, lone: bool = False) -> None:
        sink = self.sinks[pair]
        for form in sink.forms:
            self.votes.add(self.root(key), sink.route, form, lone)

    def per_document(self) -> dict[str, str]:
        """The one-word names whose placement can differ between documents (those
        with candidates that documents may decide), each with the signature of
        what a document's decision on it depends on. Worked out once per plan (a
        kept plan's working copies share it; a plan counted again has none yet)."""
        if self.signatures is None:
            if self.resigned is None:
                self.signatures = self._per_document(self.short)
            else:  # the last plan's, its entries that may differ worked out again
                last, shorts, keys = self.resigned
                again = {k for k, short in self.short.items() if short in shorts or k in keys}
                signed = self._per_document(again)
                self.signatures = {
                    key: signed[key] if key in again else last[key]
                    for key in self.short
                    if key in signed or (key in last and key not in again)
                }
                self.resigned = None
        return self.signatures

    def _per_document(self, keys: Iterable[str]) -> dict[str, str]:
        """`per_document`'s entries of these one-word names."""
        found: dict[str, str] = {}
        for key in keys:
            short = self.short[key]
            candidates = self.short_names.candidates(short)
            if not candidates:
                continue
            routes = [(self.sinks[p].route, self.sinks[p].forms) for p in self.by_key[key]]
            mixed = any(
                route.kind != "person" or any(f.flags & _PER_DOCUMENT_CUES for f in forms)
                for route, forms in routes
            )
            if mixed or self.short_names.needs_documents(short, key):
                found[key] = self._signature(key, candidates)
        return found

    def stands_alone(self, key: str) -> bool:
        """The one-word name `key` is used ALONE_RATIO times as often as all the full
        names it may shorten together ("Twitter", 200 times, beside "Twitter Counter"
        tagged PERSON six times): a name of its own, whose PERSON labels count as a
        word's that is nobody's short name. A person's family name is used alone a few
        times as often as the full name at most ("Trump" and "Donald Trump"). A place's
        name that is only some full names' given name stands alone used as often as
        they are together ("Kent", the county, nine times beside Kent Conrad once):
        news seldom calls a person by a given name alone (a single name, "Jesus",
        "Gaston", is a person's all the same)."""
        short = self.short[key]
        candidates = self.short_names.candidates(short)
        full = sum(self.short_names.totals[c] for c in candidates)
        place = is_known_place(key) and all(short not in self.ends[c][1] for c in candidates)
        return self.singles[short] >= (PLACE_ALONE_RATIO if place else ALONE_RATIO) * full

    def full_name_pairs(self, key: str) -> list[Pair]:
        """The full names of the people a one-word name may stand for."""
        short = self.short_names.candidates(self.short[key])
        return [pair for root in short for pair in self.cluster_pairs[root]]

    def _signature(self, key: str, candidates: list[Tokens]) -> str:
        """Everything a document's decision on a one-word name reads besides the
        document itself: the name's spellings and what they are, its candidates and
        their full names, and the one of them who dominates the corpus. While it
        holds, an unchanged document decides the same."""
        routes = sorted(
            (
                text,
                label,
                self.sinks[text, label].route.kind,
                self.sinks[text, label].route.major_place,
            )
            for text, label in self.by_key[key]
        )
        people = sorted(
            (
                root,
                sorted(self.cluster_pairs[root]),
                self.person_genders.get(root, ""),
                self.titles.get(root, 0),
            )
            for root in candidates
        )
        return repr((routes, people, self.short_names.dominant(self.short[key], key)))


def genders_of(
    cluster_pairs: dict[Tokens, list[Pair]], sinks: dict[Pair, Sink]
) -> dict[Tokens, str]:
    """The gender of each person whose full names' cues say it."""
    genders = {}
    for root, pairs in cluster_pairs.items():
        gender = person_gender(form for pair in pairs for form in sinks[pair].forms)
        if gender is not None:
            genders[root] = gender
    return genders


def titles_of(
    cluster_pairs: dict[Tokens, list[Pair]], sinks: dict[Pair, Sink]
) -> dict[Tokens, int]:
    """The offices' titles (`spans.OFFICE_TITLES`) that precede each person's full names
    somewhere ("President Barack Obama"), whom "President Obama" names rather than
    Michelle; the people with none are left out."""
    titles = {}
    for root, pairs in cluster_pairs.items():
        if title := office_title(form for pair in pairs for form in sinks[pair].forms):
            titles[root] = title
    return titles


def office_title(forms: Iterable[FormCount]) -> int:
    """The offices' titles that precede any of these forms."""
    title = 0
    for form in forms:
        title |= form.flags & OFFICE_TITLES
    return title


def names_country(route: Route) -> bool:
    """The text is a country's name; a region's demonym ("Kashmiris", "New Yorkers")
    also carries the country the region is in, and stays the region's."""
    return route.country is not None and not route.demonym


def as_country(route: Route) -> Route:
    code = route.country or ""
    return Route("country", code, route.surface, country=code, fixed=True)


def ceremony_neighbours(key: str) -> tuple[str, ...]:
    """The keys a ceremony named after a prize may be joined to, and those a prize or
    its plural may be joined to: "brit awards" <-> "brit", "brits"."""
    prize, _, last = key.rpartition(" ")
    if prize and last in _CEREMONY_WORDS:
        return (prize, prize + "s")
    one = singular(key)
    return tuple(f"{name} {word}" for name in (key, one) if name for word in _CEREMONY_WORDS)


def short_for_a_person(
    pairs: list[Pair], names: dict[str, tuple[Tokens, int]], counts: dict[Pair, int]
) -> bool:
    """A name that may stand for a person's: mostly one word, and no group's word."""
    return mostly_short(pairs, names, counts) and not _names_a_group(pairs)


def _names_a_group(pairs: list[Pair]) -> bool:
    """The model calls the word a group (NORP) in the singular and in the plural, and
    never calls the singular a person: an adherent's or a people's word ("Zionist"
    and "Zionists", "Sufi" and "Sufis"), which is no one's short name, whoever the
    corpus names with it ("Zionist Israel" once). A family's plural beside a person's
    name is no such word ("the Bryans" beside "Bryan" as PERSON)."""
    groups = {text.lower() for text, label in pairs if label == "NORP"}
    people = {text.lower() for text, label in pairs if label == "PERSON"}
    return any(singular(word) in groups - people for word in groups)


def mostly_short(
    pairs: list[Pair], names: dict[str, tuple[Tokens, int]], counts: dict[Pair, int]
) -> bool:
    """Most mentions of a name are one word or one token: a short form of a person's
    name ("Blair", "Bin Laden", "Kilroy-Silk"; "Kilroy Silk" once is the same)."""
    short = full = 0
    for text, label in pairs:
        if text in names:
            n = counts[text, label]
            if len(names[text][0]) == 1 or len(name_words(text)) == 1:
                short += n
            else:
                full += n
    return short >= full


def usual_short_key(
    named: list[Pair], names: dict[str, tuple[Tokens, int]], counts: dict[Pair, int]
) -> ShortKey:
    """A short name's key: its most mentioned spelling's (the first of those, on a tie)."""
    return _short_key(names[max(named, key=counts.__getitem__)[0]][0])


@lru_cache(maxsize=1 << 17)
def name_ends(spelling: str) -> tuple[ShortKey, ShortKey, str, str, str]:
    """A full name's first and last words as short keys, then the name keys a short
    name spelt as the full name is may have: the first word's, the family name's with
    its particles ("Le Pen") and the last word's without ("Assad" of "al-Assad", but
    not "Der Spiegel" of Evan Spiegel). The same for a spelling on every resolution,
    and asked for every spelling on each."""
    words = name_words(spelling)
    return (
        _short_key(name_tokens(words[0])),
        _short_key(name_tokens(words[-1])),
        name_key(words[0]),
        name_key(family_name(spelling)),
        spelling_key(name_key(words[-1])),
    )


def _short_key(tokens: Tokens) -> tuple[str, ...]:
    return tuple(token_key(t) for t in tokens)
