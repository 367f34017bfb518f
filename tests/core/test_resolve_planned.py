"""A plan kept from the last resolution, reused for the same forms or counted again
for changed counts, resolves exactly as a plan made afresh: the same entities and
the same placement of every form, whatever changed in between."""

from __future__ import annotations

import random

import pytest

import explorer.resolve.planned as planned_module
import explorer.resolve.recount as recount_module
from explorer.resolve.model import FormCount, Resolution
from explorer.resolve.plan import Plan
from explorer.resolve.resolver import resolve
from explorer.resolve.spans import AFTER_TITLE, MAN_CUE, STOCK_HELD, TRADED, WOMAN_CUE
from tests.core.test_resolve_seeds import seed_forms
from tests.plan_recounts import fresh_resolution, recounts


@pytest.fixture(autouse=True)
def _any_share(monkeypatch: pytest.MonkeyPatch) -> None:
    """Count again however many of these few forms changed."""
    monkeypatch.setattr(recount_module, "MAX_CHANGED_SHARE", 1.0)


def _after(before: list[FormCount], forms: list[FormCount]) -> Resolution:
    """The resolution of `forms` right after one of `before` (its plan kept)."""
    resolve(before)
    return resolve(forms)


def _same(a: Resolution, b: Resolution) -> None:
    assert a.entities == b.entities
    assert a.assignments == b.assignments


def _blair(tony: int, cherie: int, alone: int) -> list[FormCount]:
    return [
        FormCount(0, "Tony Blair", "PERSON", 0, tony),
        FormCount(0, "Blair", "PERSON", 0, alone),
        FormCount(1, "Cherie Blair", "PERSON", AFTER_TITLE, cherie),
        FormCount(1, "Leeds", "GPE", 0, 1),
        FormCount(2, "Blair", "PERSON", 0, alone),
        FormCount(2, "Paris", "GPE", 0, 2),
    ]


def _apex(as_org: int, as_place: int) -> list[FormCount]:
    return [
        FormCount(0, "Apex", "ORG", 0, as_org),
        FormCount(1, "Apex", "GPE", 0, as_place),
        FormCount(1, "Paris", "GPE", 0, 1),
    ]


def _xi(xi: int, jinping: int, jinpeng: int = 0) -> list[FormCount]:
    spelt = [FormCount(3, "Xi Jinpeng", "PERSON", 0, jinpeng)] if jinpeng else []
    return [
        FormCount(0, "Xi Jinping", "PERSON", 0, 3),
        *spelt,
        FormCount(1, "Xi", "PERSON", 0, xi),
        FormCount(2, "Jinping", "PERSON", 0, jinping),
        FormCount(2, "Beijing", "GPE", 0, 1),
    ]


def _hill(as_person: int, as_org: int) -> list[FormCount]:
    return [
        FormCount(0, "Hill Dickinson", "PERSON", 0, as_person),
        FormCount(1, "Hill Dickinson", "ORG", 0, as_org),
        FormCount(2, "Dickinson", "PERSON", 0, 1),
    ]


def _ray(charles: int, davies: int) -> list[FormCount]:
    return [
        FormCount(0, "Ray Charles", "PERSON", 0, charles),
        FormCount(1, "Ray Davies", "PERSON", 0, davies),
        FormCount(2, "Ray", "PERSON", 0, 1),
    ]


def _kim(name: int, glued: int) -> list[FormCount]:
    return [
        FormCount(0, "Kim Jong Un", "PERSON", 0, name),
        FormCount(1, "Kim Jong Unhas", "PERSON", 0, glued),
        FormCount(1, "Pyongyang", "GPE", 0, 1),
    ]


def _kilroy(hyphened: int, spaced: int) -> list[FormCount]:
    return [
        FormCount(0, "Robert Kilroy-Silk", "PERSON", 0, 2),
        FormCount(0, "Kilroy-Silk", "PERSON", 0, hyphened),
        FormCount(1, "Kilroy Silk", "PERSON", 0, spaced),
    ]


def _trump(with_initial: int, without: int) -> list[FormCount]:
    return [
        FormCount(0, "Donald J. Trump", "PERSON", 0, with_initial),
        FormCount(1, "Donald Trump", "PERSON", 0, without),
        FormCount(2, "Trump", "PERSON", 0, 2),
    ]


def _kerry(john: int, county: int) -> list[FormCount]:
    return [
        FormCount(0, "John Kerry", "PERSON", 0, john),
        FormCount(1, "Co Kerry", "PERSON", 0, county),
        FormCount(2, "Kerry", "PERSON", 0, 2),
    ]


def _pernod(full: int, traded: int) -> list[FormCount]:
    return [
        FormCount(0, "Pernod Ricard", "PERSON", 0, full),
        FormCount(1, "Pernod", "ORG", STOCK_HELD | TRADED, traded),
    ]


def test_the_same_forms_again_resolve_as_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    forms = seed_forms()
    first = fresh_resolution(forms, monkeypatch)
    _same(_after(forms, list(forms)), first)
    _same(resolve(list(forms)), first)  # a third time, from the working copy's source


@pytest.mark.parametrize(
    ("before", "after", "counted_again"),
    [
        # Cherie Blair comes to dominate the corpus: "Blair" in c is hers now
        (_blair(9, 1, 1), _blair(1, 9, 1), True),
        # the two are mentioned alike: "Blair" alone stands for neither
        (_blair(9, 1, 1), _blair(3, 3, 1), True),
        # "Blair" alone comes to outnumber the full names (a short name either way)
        (_blair(2, 1, 1), _blair(2, 1, 7), True),
        # a name's vote turns from an organisation to a place
        (_apex(5, 1), _apex(1, 9), True),
        # Xi Jinping comes to go by "Xi", used alone more than "Jinping" now
        (_xi(1, 2), _xi(5, 2), True),
        # his usual spelling is "Jinpeng" now, which no one uses alone: he goes by "Xi"
        (_xi(1, 2, jinpeng=1), _xi(1, 2, jinpeng=9), True),
        # a two-word name the model calls a firm more than a person: no one's full
        # name any more, which changes the people's clusters
        (_hill(3, 1), _hill(1, 3), False),
        # "Kilroy Silk" comes to outnumber "Kilroy-Silk": a full name, not a short one
        (_kilroy(3, 1), _kilroy(3, 5), False),
        # Ray Davies comes to be the more mentioned of the two that "Ray" may be
        (_ray(5, 1), _ray(1, 5), True),
        # "Kim Jong Un" comes to outnumber "Kim Jong Unhas", read as his name now
        (_kim(1, 3), _kim(5, 3), False),
        # "Donald Trump" comes to outnumber "Donald J. Trump": one person now
        (_trump(3, 2), _trump(3, 5), False),
        (_trump(1, 5), _trump(3, 2), False),
        # both gain mentions, "Donald Trump" still the more written: as before
        (_trump(1, 5), _trump(2, 7), True),
        # the county comes to outnumber John Kerry: "Kerry" alone is no longer his,
        # read from the whole corpus again
        (_kerry(9, 1), _kerry(2, 6), False),
        # "shares in Pernod" come to outnumber "Pernod Ricard" tagged PERSON: a firm's
        # name now, which the people's clusters read
        (_pernod(4, 2), _pernod(1, 5), False),
    ],
)
def test_changed_counts_of_the_same_names_resolve_as_afresh(
    before: list[FormCount],
    after: list[FormCount],
    counted_again: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = fresh_resolution(after, monkeypatch)
    resolve(before)
    counted = recounts(monkeypatch)
    _same(resolve(after), expected)
    assert counted == [counted_again]  # else a decision the corpus reads changed


def test_an_edit_adding_a_full_name_that_shares_a_surname(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = [f for f in _blair(9, 1, 1) if f.text != "Cherie Blair"]
    after = _blair(9, 1, 1)
    resolve(before)
    counted = recounts(monkeypatch)
    _same(resolve(after), fresh_resolution(after, monkeypatch))
    assert counted == [False]  # a new name: planned afresh


def test_an_edit_adding_or_removing_a_county_a_surname_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Co Kerry" comes, then goes: "Kerry" alone is John Kerry's only without it
    before = [f for f in _kerry(2, 6) if f.text != "Co Kerry"]
    after = _kerry(2, 6)
    _same(_after(before, after), fresh_resolution(after, monkeypatch))
    _same(_after(after, before), fresh_resolution(before, monkeypatch))


def test_an_edit_removing_a_name_s_last_mention(monkeypatch: pytest.MonkeyPatch) -> None:
    before = _blair(9, 1, 1)
    after = [f for f in before if f.text != "Tony Blair"]
    _same(_after(before, after), fresh_resolution(after, monkeypatch))


def test_an_edit_adding_an_acronym_s_expansion(monkeypatch: pytest.MonkeyPatch) -> None:
    before = [
        FormCount(0, "WTO", "ORG", 0, 3),
        FormCount(1, "WTO", "ORG", 0, 1),
        FormCount(1, "Geneva", "GPE", 0, 1),
    ]
    after = [*before, FormCount(1, "World Trade Organization", "ORG", 0, 1)]
    expected = fresh_resolution(after, monkeypatch)
    assert len(expected.entities) == 2  # the acronym joined its expansion
    _same(_after(before, after), expected)
    _same(_after(after, before), fresh_resolution(before, monkeypatch))


def test_an_edit_giving_a_bodys_full_name_beside_its_short_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = [
        FormCount(0, "Villa", "ORG", 0, 3),
        FormCount(0, "Aston Villa", "ORG", 0, 1),
        FormCount(1, "Villa", "ORG", 0, 2),
        FormCount(1, "Birmingham", "GPE", 0, 1),
    ]
    after = [*before, FormCount(1, "Aston Villa", "ORG", 0, 1)]
    expected = fresh_resolution(after, monkeypatch)
    assert len(expected.entities) == 2  # "Villa" joined Aston Villa, used in both
    assert len(fresh_resolution(before, monkeypatch).entities) == 3
    _same(_after(before, after), expected)
    _same(_after(after, before), fresh_resolution(before, monkeypatch))


def test_random_changes_of_counts_in_the_seeds_resolve_as_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Counts of the seed articles' forms moved at random, a few at a time, each
    update from the last one's plan: every one equals a resolution from scratch,
    and most were counted again rather than planned afresh."""
    draw = random.Random(12)
    forms = seed_forms()
    counted = recounts(monkeypatch)
    resolve(forms)
    for _ in range(25):
        changed = list(forms)
        for i in draw.sample(range(len(forms)), draw.choice([1, 2, 3])):
            changed[i] = changed[i]._replace(count=max(1, forms[i].count + draw.choice([-2, 1, 4])))
        found = resolve(changed)
        with monkeypatch.context() as patch:
            patch.setattr(planned_module, "recounted", lambda kept, forms: None)
            _same(found, fresh_resolution(changed, monkeypatch))
        # the names decided per document, and what their decisions read, as afresh
        kept = planned_module._last[0].plan.per_document()
        assert kept == Plan(planned_module._sinks(changed)).per_document()
        forms = changed
    assert counted.count(True) > len(counted) // 2


def test_random_counts_of_people_sharing_names_decide_per_document_as_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """People who share a surname or a given name, their counts moved at random: the
    names decided per document, and the signatures their decisions are kept under,
    are those of a plan made afresh (the kept plan works out only the ones whose
    candidates may have changed)."""
    draw = random.Random(5)
    forms = [
        *_blair(5, 2, 1),
        *_ray(3, 2),
        *(f._replace(doc=f.doc + 10) for f in _xi(1, 2, jinpeng=1)),
        FormCount(3, "Gordon Brown", "PERSON", MAN_CUE, 4),
        FormCount(4, "Brown", "PERSON", 0, 2),
        FormCount(5, "Brown", "ORG", 0, 1),
        FormCount(6, "Sarah Brown", "PERSON", 0, 1),
        FormCount(7, "Blair", "PERSON", AFTER_TITLE, 1),
        # what the pronouns say of Sarah Brown's sex moves with the counts, and with it
        # whose a "Brown" said with "he" is where her name is given
        FormCount(8, "Sarah Brown", "PERSON", WOMAN_CUE, 2),
        FormCount(9, "Sarah Brown", "PERSON", MAN_CUE, 1),
        FormCount(8, "Brown", "PERSON", MAN_CUE, 3),
        FormCount(6, "Brown", "PERSON", WOMAN_CUE, 1),
    ]
    counted = recounts(monkeypatch)
    resolve(forms)
    for _ in range(30):
        changed = list(forms)
        for i in draw.sample(range(len(forms)), draw.choice([1, 2])):
            changed[i] = changed[i]._replace(count=max(1, forms[i].count + draw.choice([-3, 2, 5])))
        found = resolve(changed)
        _same(found, fresh_resolution(changed, monkeypatch))
        kept = planned_module._last[0].plan.per_document()
        assert kept == Plan(planned_module._sinks(changed)).per_document()
        forms = changed
    assert counted.count(True) > len(counted) // 2
