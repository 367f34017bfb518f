"""A kept plan brought up to date for forms whose counts alone changed.

An edit that adds or drops mentions of names the corpus already has changes the
counts of their form classes, not which classes there are. Most of the plan reads
no count (routes, keys, joins, acronyms, the people's clusters); what does is
counted again for the changed names only: their sinks, the votes of the names
joined to theirs (replayed in the plan's own order, so the sums are the same to
the last bit), the mentions of their short keys and of their people's full
names, and the short names of those people and words, ranked again. Where a
count could change a decision the rest of the corpus reads (a glued name's, a
name's being a short one or a full one, its short key, a name's person vote
before the clusters, a middle initial's joining two people, a full name a firm's
first word written alone may make a firm's), and where the
classes themselves changed, there is no answer here: the plan is made afresh.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from operator import ne

from explorer.resolve.classify import classify, names_a_festival
from explorer.resolve.kinds import KindVotes
from explorer.resolve.model import FormCount
from explorer.resolve.names import name_tokens
from explorer.resolve.neighbours import Neighbours
from explorer.resolve.people import (
    ShortKey,
    glue_tokens,
    is_family_name_pair,
    unglue,
    with_given_names,
)
from explorer.resolve.plan import (
    Pair,
    Plan,
    Sink,
    genders_of,
    name_ends,
    short_for_a_person,
    titles_of,
    usual_short_key,
)

# Above this share of changed forms, planning afresh is as quick and simpler to trust.
MAX_CHANGED_SHARE = 0.05


@dataclass(slots=True)
class Lookup:
    """What finds a changed name's neighbours in a plan, read once per plan made
    afresh (counting again changes none of it): each name's key, the keys joined
    under each root, and the names whose mentions decide a glued name's reading."""

    keys: dict[Pair, str]
    members: dict[str, list[str]]
    glued: set[tuple[str, ...]]

    @classmethod
    def of(cls, plan: Plan) -> Lookup:
        keys: dict[Pair, str] = {}
        members: dict[str, list[str]] = {}
        for key, pairs in plan.by_key.items():
            members.setdefault(plan.root(key), []).append(key)
            for pair in pairs:
                keys[pair] = key
        return cls(keys, members, glue_tokens(plan.names))


@dataclass(slots=True)
class Kept:
    """A plan as planned, the forms it was planned from, and its lookup and
    neighbours once read."""

    forms: Sequence[FormCount]
    plan: Plan
    lookup: Lookup | None = None
    neighbours: Neighbours | None = None


def recounted(kept: Kept, forms: Sequence[FormCount]) -> Kept | None:
    """The plan of `forms` from the kept one (left as it is), when only counts
    changed; None when it must be made afresh."""
    old = kept.forms
    if len(old) != len(forms):
        return None
    changed = list(compress(range(len(forms)), map(ne, old, forms)))
    if len(changed) > MAX_CHANGED_SHARE * len(forms):
        return None
    pairs = set()
    for i in changed:
        if old[i][:4] != forms[i][:4]:  # doc, text, label, flags: another class
            return None
        pairs.add((forms[i].text, forms[i].label))
    plan = kept.plan
    now = {old[i]: forms[i] for i in changed}
    # a form outside every sink (in page furniture, or noise) changes nothing
    sinks = {
        pair: Sink(plan.sinks[pair].route, [now.get(f, f) for f in plan.sinks[pair].forms])
        for pair in pairs
        if pair in plan.sinks
    }
    lookup = kept.lookup or Lookup.of(plan)
    new = patched(plan, sinks, lookup)
    return None if new is None else Kept(forms, new, lookup, kept.neighbours)


def patched(plan: Plan, sinks: dict[Pair, Sink], lookup: Lookup) -> Plan | None:
    """`plan` with the counts of these names (`sinks`: their forms now) counted
    again; None when a decision the rest of the corpus reads may change."""
    counts = dict(plan.counts)
    for pair, sink in sinks.items():
        counts[pair] = sum(form.count for form in sink.forms)
    if any(
        pair in plan.demoted or sink.route.county or names_a_festival(sink.route.surface)
        for pair, sink in sinks.items()
    ):
        return None  # a county's or a festival's mentions weigh against a person's
    if any(text in plan.aliased_texts for text, _ in sinks):
        return None  # a place's other name may now join its other labels, or part
    if any(plan.middle_initial_joins(a, b, counts) != join for a, b, join in plan.middle_votes):
        return None  # a middle initial now joins or parts two people
    if any(text in plan.names and name_tokens(text) in lookup.glued for text, _ in sinks):
        # the texts the plan read as names (the short names made countries since were)
        texts: Counter[str] = Counter()  # a text's mentions under every label
        for (text, label), sink in plan.sinks.items():
            if sink.route.tokens or ((text, label) in plan.demoted and _named(text, label)):
                texts[text] += counts[text, label]
        if unglue(texts) != plan.names:  # a glued name's reading changed
            return None
    keys: dict[str, list[Pair]] = {}  # the changed names' keys (fixed names have none)
    for pair in sinks:
        if pair in lookup.keys:
            keys.setdefault(lookup.keys[pair], []).append(pair)
    if plan.traded.intersection(keys):
        return None  # a firm's name taken for a person's may now be read otherwise
    singles = Counter(plan.singles)
    demoted = set(plan.demoted.values())
    shorts: set[ShortKey] = set()  # the short keys counted again
    for key, changed in keys.items():
        pairs = plan.by_key[key]
        named = [p for p in pairs if plan.sinks[p].route.tokens]
        if not named:
            continue
        if key in demoted or short_for_a_person(pairs, plan.names, counts) != (key in plan.short):
            return None
        if key in plan.short:
            if usual_short_key(named, plan.names, counts) != plan.short[key]:
                return None
            singles[plan.short[key]] += sum(counts[p] - plan.counts[p] for p in changed)
            shorts.add(plan.short[key])
    new = copy.copy(plan)
    new.signatures = None  # the short names' candidates may rank anew: `resigned`
    new.sinks = {**plan.sinks, **sinks}
    new.counts = counts
    new.singles = singles
    votes: dict[str, KindVotes] = {}
    for root in {plan.root(key) for key in keys}:
        was_person, _ = _votes(plan, root, lookup.members[root])
        person, votes[root] = _votes(new, root, lookup.members[root])
        if person != was_person:
            return None
    new.votes = plan.votes.recounted(votes)
    full = [p for key, changed in keys.items() if key in plan.full for p in changed]
    _recount_people(plan, new, full, shorts)
    if plan.signatures is not None:
        new.resigned = (plan.signatures, new.short_names.moved | shorts, set(keys))
    return new


def _votes(plan: Plan, root: str, keys: list[str]) -> tuple[bool, KindVotes]:
    """The votes of one joined name as the plan counts them, and whether they made it
    a person before the short names were known (when full names are kept as people's)."""
    votes = KindVotes()
    sinks = plan.sinks

    def vote(key: str, lone: bool = False) -> None:
        for pair in plan.by_key[key]:
            sink = sinks[pair]
            for form in sink.forms:
                votes.add(root, sink.route, form, lone)

    named = {key for key in keys if any(sinks[p].route.tokens for p in plan.by_key[key])}
    for key in keys:
        if key in named and key not in plan.short:
            vote(key)
    person = votes.winner(root) == "person"
    for key in keys:
        if key in plan.short and not plan.short_names.candidates(plan.short[key]):
            vote(key, lone=True)
    for key in keys:
        if key not in plan.short and key not in named:
            vote(key)
    return person, votes


def _recount_people(plan: Plan, new: Plan, changed: list[Pair], shorts: set[ShortKey]) -> None:
    """The mentions of the people whose full names changed (`changed`: their pairs),
    and the short names read from them and from the short keys counted again."""
    new.totals = Counter(plan.totals)
    new.ends = dict(plan.ends)
    people = set()
    for text, label in changed:
        if text not in plan.names:
            continue
        tokens, trim = plan.names[text]
        root = plan.clusters[tokens]
        delta = new.counts[text, label] - plan.counts[text, label]
        pair_only = is_family_name_pair(tokens, root)
        new.totals[root] += 0 if pair_only else delta
        people.add(root)
        firsts, lasts = new.ends[root]
        if new.ends[root] is plan.ends[root]:
            firsts, lasts = new.ends[root] = (Counter(firsts), Counter(lasts))
        first, last, *_ = name_ends(text[: len(text) - trim])
        if not pair_only:
            firsts[first] += delta
        lasts[last] += delta
    new.genders = {root: g for root, g in plan.genders.items() if root not in people}
    new.genders.update(genders_of({root: new.cluster_pairs[root] for root in people}, new.sinks))
    new.person_genders = with_given_names(new.genders, new.totals)
    new.titles = {root: t for root, t in plan.titles.items() if root not in people}
    new.titles.update(titles_of({root: new.cluster_pairs[root] for root in people}, new.sinks))
    new.short_names = plan.short_names.recounted(new.ends, new.totals, new.singles, people, shorts)


def _named(text: str, label: str) -> bool:
    """The text was read as a name, before the plan made it a country."""
    route = classify(text, label)
    return route is not None and bool(route.tokens)
