"""Turn every surface form of a corpus into entities: the one entry point.

Work is done once per distinct (text, label) — classification, name keys,
gazetteer lookups — and the pass over all forms only files each form under its
(text, label), so a form costs a few dict operations. The output does not depend
on the order of the input: entities are sorted by mention count, then kind, then
name.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from explorer.resolve.classify import Route, classify
from explorer.resolve.corrections import apply_corrections
from explorer.resolve.gazetteer import country_name
from explorer.resolve.model import KINDS, Assignment, Correction, Entity, FormCount, Resolution
from explorer.resolve.noise import WordVotes
from explorer.resolve.people import People, Person
from explorer.resolve.spans import AFTER_TITLE

_KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}
# The route of a form whose text alone shows it is noise.
_NOISE = Route("", "", "")


@dataclass(slots=True)
class _Sink:
    """The forms of one (text, label) and their route."""

    route: Route
    forms: list[FormCount] = field(default_factory=list)


@dataclass(slots=True)
class _Draft:
    """One entity being built: its forms (by route) and their surfaces."""

    kind: str
    key: str
    sinks: list[_Sink] = field(default_factory=list)
    surfaces: Counter[str] = field(default_factory=Counter)
    person: int = -1  # index into the people, for a person


# Given (text, label) pairs, every document's forms of them.
Expand = Callable[[Collection[tuple[str, str]]], Iterable[FormCount]]


@dataclass(slots=True)
class _Routed:
    """The forms sorted by where they go: people, word votes and the other drafts."""

    people: People = field(default_factory=People)
    votes: WordVotes = field(default_factory=WordVotes)
    drafts: dict[tuple[str, str], _Draft] = field(default_factory=dict)


def resolve(
    forms: Iterable[FormCount], corrections: Sequence[Correction] = (), expand: Expand | None = None
) -> Resolution:
    """Entities for all forms, and an Assignment for every form that is not noise,
    then the user's corrections replayed in order.

    With `expand`, a FormCount may stand for many documents (`explorer.index.forms`):
    the forms of the texts a short person name needs per document are then fetched
    through it, per document, and replace their stand-ins.
    """
    with no_cyclic_gc():
        sinks: dict[tuple[str, str], _Sink] = {}
        for form in forms:
            pair = (form.text, form.label)
            sink = sinks.get(pair)
            if sink is None:
                sink = sinks[pair] = _Sink(classify(form.text, form.label) or _NOISE)
            sink.forms.append(form)

        routed = _route(sinks)
        plan = routed.people.plan()
        if expand is not None:
            pairs = routed.people.pairs(plan.texts_resolved_per_document())
            if pairs:
                for pair in pairs:
                    sinks[pair].forms = []
                for form in expand(pairs):
                    sinks[form.text, form.label].forms.append(form)
                # The same texts with the same totals: the plan still holds.
                routed = _route(sinks)

        persons, person_groups = routed.people.resolve(routed.votes, plan)
        built = [_drop_noise(draft, routed.votes) for draft in routed.drafts.values()]
        built.extend(
            _Draft("person", "", surfaces=p.surfaces, person=i) for i, p in enumerate(persons)
        )
        named = [(draft, _entity(draft, persons)) for draft in built if draft.surfaces]
        named.sort(
            key=lambda d: (
                -d[0].surfaces.total(),
                _KIND_ORDER[d[1].kind],
                d[1].name,
                d[0].key,
                d[0].person,
            )
        )
        assignments = _assign(named, person_groups)
        entities = [entity for _, entity in named]
        alias_counts = [draft.surfaces for draft, _ in named]
        return apply_corrections(entities, alias_counts, assignments, corrections)


def _route(sinks: dict[tuple[str, str], _Sink]) -> _Routed:
    """People to the people, words to the vote, the rest to a draft per (kind, key)."""
    routed = _Routed()
    for sink in sinks.values():
        route = sink.route
        if route is _NOISE:
            continue
        if route.kind == "person":
            routed.people.add(sink.forms)
            continue
        if route.person_if_titled:
            routed.people.add([f for f in sink.forms if f.flags & AFTER_TITLE])
            sink = _Sink(route, [f for f in sink.forms if not f.flags & AFTER_TITLE])
            if not sink.forms:
                continue
        if route.word:
            routed.votes.add_forms(route.surface, sink.forms, route.common_word)
        draft = routed.drafts.get((route.kind, route.key))
        if draft is None:
            draft = routed.drafts[route.kind, route.key] = _Draft(route.kind, route.key)
        draft.sinks.append(sink)
    return routed


def _drop_noise(draft: _Draft, votes: WordVotes) -> _Draft:
    """Drop the words the corpus voted noise; count the surfaces of the rest."""
    kept = []
    for sink in draft.sinks:
        if sink.route.word and votes.is_noise(sink.route.surface):
            continue
        kept.append(sink)
        draft.surfaces[sink.route.surface] += sum(form.count for form in sink.forms)
    draft.sinks = kept
    return draft


def _entity(draft: _Draft, persons: list[Person]) -> Entity:
    """Countries are named by the gazetteer, people by their most complete common
    spelling, everything else by its most frequent surface."""
    if draft.kind == "country":
        name = country_name(draft.key)
    elif draft.person >= 0:
        name = persons[draft.person].name
    else:
        name = min(draft.surfaces.items(), key=lambda s: (-s[1], s[0]))[0]
    country = min((s.route.country for s in draft.sinks if s.route.country), default=None)
    return Entity(name, draft.kind, country=country, aliases=set(draft.surfaces))


def _assign(
    named: list[tuple[_Draft, Entity]],
    person_groups: list[tuple[int, int, list[FormCount]]],
) -> dict[tuple[int, str, str], Assignment]:
    """One Assignment object per distinct (entity, demonym, trim_end), shared by all
    the forms it applies to."""
    assignments: dict[tuple[int, str, str], Assignment] = {}
    person_index: dict[int, int] = {}
    for i, (draft, _) in enumerate(named):
        if draft.person >= 0:
            person_index[draft.person] = i
        for sink in draft.sinks:
            assignment = Assignment(i, sink.route.demonym, sink.route.trim_end)
            for form in sink.forms:
                assignments[form.doc, form.text, form.label] = assignment
    shared: dict[tuple[int, int], Assignment] = {}
    for person, trim, forms in person_groups:
        value = (person_index[person], trim)
        assignment = shared.get(value) or shared.setdefault(
            value, Assignment(value[0], False, trim)
        )
        for form in forms:
            assignments[form.doc, form.text, form.label] = assignment
    return assignments


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Resolution builds millions of small acyclic objects that all survive; the
    cyclic collector would rescan them again and again (measured: half the time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
