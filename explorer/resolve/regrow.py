"""A kept plan brought up to date for names that came or went.

An edit that adds a name the corpus has never seen ("Zebedee Quarrington-Vale" in
one article) adds a form class, which used to make the whole plan anew (0.4 s at
50k documents). Most such names touch no decision the rest of the corpus reads:
no other name shares their key, their plural or singular, their initials or an
acronym's, their words as a one-word name or as another person's end, their
spelling as a glued one's. Such a name is added to the kept plan on its own (its
vote, and if it is a person's full name, a cluster of its own and its ends), and
one whose last mention went is taken out the same way; the counts that changed
besides are counted again (`recount`). Where the name may touch anything else,
there is no answer here: the plan is made afresh.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Sequence
from itertools import compress
from operator import itemgetter

from explorer.resolve import recount
from explorer.resolve.acronyms import full_names, initials, name_segments, other_names
from explorer.resolve.classify import Route, classify, legal_stem
from explorer.resolve.kinds import KindVotes
from explorer.resolve.model import FormCount
from explorer.resolve.names import hyphen_glued, name_words, names_match, token_key
from explorer.resolve.neighbours import Neighbours
from explorer.resolve.people import (
    ShortKey,
    Tokens,
    glue_tokens,
    glued_heads,
    person_gender,
    shorter_family_names,
    with_given_names,
)
from explorer.resolve.plan import (
    Pair,
    Plan,
    Sink,
    as_country,
    ceremony_neighbours,
    name_ends,
    names_country,
    office_title,
)
from explorer.resolve.recount import Kept, Lookup, patched
from explorer.resolve.spans import FURNITURE
from explorer.resolve.words import number_free, singular


def regrown(kept: Kept, forms: Sequence[FormCount]) -> Kept | None:
    """The plan of `forms` from the kept one (left as it is), when the classes that
    came or went are whole names that touch nothing else, and the rest changed
    only in counts; None when it must be made afresh. A class that stays keeps its
    number (`explorer.index.forms.stored_classes`), so its form is the same."""
    was, now = set(kept.forms), set(forms)
    gone, new = was - now, now - was  # the forms changed, counts and all
    if len(gone) + len(new) > recount.MAX_CHANGED_SHARE * len(forms):
        return None
    before = {form[:4] for form in gone}
    after = {form[:4] for form in new}
    came = {form[1:3] for form in new if form[:4] not in before}
    went = {form[1:3] for form in gone if form[:4] not in after}
    counted = {form[1:3] for form in new if form[:4] in before}
    if not (came or went):
        return None  # counts alone: `recount`'s
    touched = came | went | counted
    found: dict[Pair, list[FormCount]] = {pair: [] for pair in touched}
    for form in compress(forms, map(touched.__contains__, map(_pair, forms))):
        found[form.text, form.label].append(form)
    if (
        came & counted
        or any(found[p] for p in went)
        or not all(new.issuperset(found[p]) for p in came)
    ):
        return None  # a name's classes changed, not the names: its cues may have
    plan = kept.plan
    sinks = {}
    for pair in sorted(came | counted):
        route = plan.sinks[pair].route if pair in plan.sinks else _route(*pair)
        if route is not None and (pair in plan.sinks or pair in came):
            kept_forms = [form for form in found[pair] if not form.flags & FURNITURE]
            if kept_forms:
                sinks[pair] = Sink(route, kept_forms)
    going = sorted(pair for pair in went if pair in plan.sinks)
    coming = [pair for pair in sinks if pair in came]
    if not all(_may_go(plan, pair) for pair in going):
        return None
    if not all(_may_come(plan, pair, sinks[pair].route) for pair in coming):
        return None
    lookup = kept.lookup or Lookup.of(plan)
    near = kept.neighbours or Neighbours.of(plan)
    changed = {pair: sink for pair, sink in sinks.items() if pair in plan.sinks}
    grown = patched(plan, changed, lookup) if changed else copy.copy(plan)
    if grown is None:
        return None
    grower = _Grower(grown, Lookup(dict(lookup.keys), dict(lookup.members), lookup.glued), near)
    if not all(map(grower.remove, going)):
        return None
    if not all(grower.add(pair, sinks[pair]) for pair in coming):
        return None
    return Kept(forms, grower.finish(), grower.lookup, grower.near)


_pair = itemgetter(1, 2)


def _may_go(plan: Plan, pair: Pair) -> bool:
    """What rules a gone name out before its neighbours are read (a plan made afresh
    does not read them): a name of one word, or of other spellings, or a short one."""
    key = plan.sinks[pair].route.key
    return pair in plan.fixed or (
        " " in key and plan.by_key.get(key) == [pair] and key not in plan.short
    )


def _may_come(plan: Plan, pair: Pair, route: Route) -> bool:
    """The same for a new name: one word, a key the plan has, a word a one-word name
    or another person has at an end."""
    if route.fixed:
        return True
    key = route.key
    if " " not in key or len(name_words(pair[0])) < 2 or key in plan.parent:
        return False
    if not route.tokens:
        return True
    first, last, *_ = name_ends(pair[0])
    return not _suffixed(plan, (first, last)) and not any(
        end in plan.singles or plan.short_names.candidates(end) for end in (first, last)
    )


def _suffixed(plan: Plan, ends: tuple[ShortKey, ...]) -> bool:
    """A person's family name has a suffix or two parts ("Connick Jr", "Kilroy-Silk"),
    or an end of theirs is a shorter family name of another's: which people a
    one-word name may stand for is read from all of them (`people.ShortNames`), so
    the plan is made afresh."""
    return bool(shorter_family_names(ends)) or any(end in plan.short_names.shorter for end in ends)


def _route(text: str, label: str) -> Route | None:
    """A new (text, label)'s route, as a plan made afresh takes it."""
    route = classify(text, label)
    if route is not None and label == "PERSON" and names_country(route) and " " in text:
        return as_country(route)
    return route


class _Grower:
    """Takes names out of and into a plan, each after checking that it touches no
    other; the plan's containers it changes are copied first, the kept plan's stay."""

    def __init__(self, plan: Plan, lookup: Lookup, near: Neighbours) -> None:
        self.plan = plan = copy.copy(plan)
        plan.sinks = dict(plan.sinks)
        plan.counts = dict(plan.counts)
        plan.by_key = copy.copy(plan.by_key)
        plan.parent = dict(plan.parent)
        plan.names = dict(plan.names)
        plan.fixed = list(plan.fixed)
        plan.full = set(plan.full)
        plan.clusters = dict(plan.clusters)
        plan.totals = Counter(plan.totals)
        plan.cluster_pairs = copy.copy(plan.cluster_pairs)
        plan.ends = dict(plan.ends)
        plan.spellings = copy.copy(plan.spellings)
        plan.genders = dict(plan.genders)
        plan.titles = dict(plan.titles)
        self.lookup = lookup
        self.near = near.copy()
        self.votes: dict[str, KindVotes] = {}
        self.people: dict[Tokens, bool] = {}  # True: came, False: went

    def remove(self, pair: Pair) -> bool:
        """Take out a name whose last mention went, if it was a name of its own."""
        plan, near = self.plan, self.near
        text = pair[0]
        if near.texts[text] > 1:
            return False  # another label of the same text: which count a name reads may change
        if pair in plan.fixed:
            if pair in plan.demoted:
                return False
            plan.fixed.remove(pair)
        else:
            key = self.lookup.keys[pair]
            if not self._alone(key, pair) or " " not in key or len(name_words(text)) < 2:
                return False
            if self._shortens(key) or near.lost_letters_near(text):
                return False
            if text in plan.names:
                if near.unglues(text, -1):
                    return False
                if key in plan.full and not self._remove_person(plan.names[text][0], key, pair):
                    return False
                del plan.names[text]
            del plan.by_key[key], plan.parent[key]
            del self.lookup.keys[pair], self.lookup.members[key]
            self.votes[key] = KindVotes()
            if (one := singular(key)) is not None:
                near.singulars[one] -= 1
            if (free := number_free(key)) is not None:
                near.numbers_free[free] -= 1
            if (stem := legal_stem(key)) is not None:
                near.stems[stem] -= 1
            for name, _ in name_segments(key):
                near.segments[name] -= 1
        del near.texts[text], plan.sinks[pair], plan.counts[pair]
        return True

    def _shortens(self, key: str) -> bool:
        """Another name opens or ends with this one, or it with another: one may be
        the other's short name ("villa", "aston villa"), which the build decides."""
        return bool(self.near.segments[key]) or any(
            name in self.plan.by_key for name, _ in name_segments(key)
        )

    def _alone(self, key: str, pair: Pair) -> bool:
        """A name's only spelling, joined to no other name, no one-word name."""
        plan = self.plan
        return (
            plan.by_key.get(key) == [pair]
            and self.lookup.members.get(key) == [key]
            and plan.parent.get(key) == key
            and key not in plan.short
            and key not in plan.acronyms
            and not any(key in keys for keys in plan.acronyms.values())
            and not _tabled(key)
        )

    def _remove_person(self, tokens: Tokens, key: str, pair: Pair) -> bool:
        """Take out a person of one spelling whose ends no one else has."""
        plan = self.plan
        if plan.clusters.get(tokens) != tokens or plan.cluster_pairs.get(tokens) != [pair]:
            return False
        firsts, lasts = plan.ends[tokens]
        if _suffixed(plan, (*firsts, *lasts)):
            return False
        for end in {*firsts, *lasts}:
            if plan.short_names.candidates(end) != [tokens] or end in plan.singles:
                return False
        self.near.drop_person(tokens)
        del plan.clusters[tokens], plan.cluster_pairs[tokens], plan.ends[tokens]
        del plan.totals[tokens], plan.spellings[tokens]
        plan.genders.pop(tokens, None)
        plan.titles.pop(tokens, None)
        plan.full.discard(key)
        self.people[tokens] = False
        return True

    def add(self, pair: Pair, sink: Sink) -> bool:
        """Take in a new name, if it touches no other name."""
        plan, near = self.plan, self.near
        text = pair[0]
        plan.sinks[pair] = sink
        route = sink.route
        if near.texts[text]:
            return False
        near.texts[text] = 1
        plan.counts[pair] = count = sum(form.count for form in sink.forms)
        if route.fixed:
            plan.fixed.append(pair)
            return not route.tokens
        key = route.key
        if (
            " " not in key
            or route.trim_end  # "Donald Trump-on": the full plan reads it
            or len(name_words(text)) < 2
            or key in plan.by_key
            or key in plan.parent
            or _tabled(key)
            or singular(key) in plan.by_key
            or near.singulars[key]
            or near.numbers_free[number_free(key) or ""]
            or legal_stem(key) in plan.by_key
            or near.stems[key]
            or initials(text) & near.letters
            or near.clips(text)
            or near.lost_letters_near(text)
            or self._shortens(key)
            or any(name in plan.by_key for name in ceremony_neighbours(key))
        ):
            return False
        plan.by_key[key] = [pair]
        plan.parent[key] = key
        self.lookup.keys[pair] = key
        self.lookup.members[key] = [key]
        if (one := singular(key)) is not None:
            near.singulars[one] += 1
        if (free := number_free(key)) is not None:
            near.numbers_free[free] += 1
        if (stem := legal_stem(key)) is not None:
            near.stems[stem] += 1
        for name, _ in name_segments(key):
            near.segments[name] += 1
        votes = self.votes[key] = KindVotes()
        for form in sink.forms:
            votes.add(key, route, form)
        if not route.tokens:
            return True
        tokens = glued_heads(text)[0]  # without a word a hyphen glues
        if len(tokens) < 2 or near.unglues(text, 1):
            return False  # one token (a short name's), or a glued name's reading may change
        plan.names[text] = (tokens, hyphen_glued(text))
        self.lookup.glued = self.lookup.glued | glue_tokens([text])
        return votes.winner(key) != "person" or self._add_person(tokens, key, pair, count)

    def _add_person(self, tokens: Tokens, key: str, pair: Pair, count: int) -> bool:
        """Take in a person of their own: no full name of the corpus matches theirs,
        no one-word name and no other person has their ends."""
        plan, near = self.plan, self.near
        first, last, *keys = name_ends(pair[0])
        if (
            len(tokens[0]) == 1
            or token_key(tokens[-1]) in near.initialled
            or tokens in plan.clusters
            or any(names_match(tokens, other) for other in near.people_near(tokens))
        ):
            return False
        taken = {end for root, came in self.people.items() if came for end in plan.ends[root][0]}
        taken |= {end for root, came in self.people.items() if came for end in plan.ends[root][1]}
        for end in (first, last):
            if end in plan.singles or plan.short_names.candidates(end) or end in taken:
                return False
        near.add_person(tokens)
        plan.full.add(key)
        plan.clusters[tokens] = tokens
        plan.cluster_pairs[tokens] = [pair]
        plan.totals[tokens] = count
        plan.ends[tokens] = (Counter({first: count}), Counter({last: count}))
        plan.spellings[tokens] = set(keys)
        if (gender := person_gender(plan.sinks[pair].forms)) is not None:
            plan.genders[tokens] = gender
        if title := office_title(plan.sinks[pair].forms):
            plan.titles[tokens] = title
        self.people[tokens] = True
        return True

    def finish(self) -> Plan:
        """The plan with the votes and short names of the names that came and went."""
        plan = self.plan
        plan.votes = plan.votes.recounted(self.votes)
        if self.people:
            plan.short_names = plan.short_names.regrown(
                plan.ends, plan.totals, plan.spellings, self.people
            )
            plan.person_genders = with_given_names(plan.genders, plan.totals)
        return plan


def _tabled(key: str) -> bool:
    """The table of other names joins the key to another."""
    return key in other_names() or key in full_names()
