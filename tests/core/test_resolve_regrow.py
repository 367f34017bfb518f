"""A kept plan that takes in a name new to the corpus, or lets one go, resolves
exactly as a plan made afresh; and a name that may touch another (its surname a
one-word name's, an acronym, a spelling of a person the corpus has) is planned
afresh instead."""

from __future__ import annotations

import random

import pytest

import explorer.resolve.planned as planned_module
import explorer.resolve.recount as recount_module
from explorer.resolve.model import FormCount, Resolution
from explorer.resolve.plan import Plan
from explorer.resolve.resolver import resolve
from tests.core.test_resolve_seeds import seed_forms
from tests.plan_recounts import fresh_resolution, regrowths


@pytest.fixture(autouse=True)
def _any_share(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bring the plan up to date however many of these few forms changed."""
    monkeypatch.setattr(recount_module, "MAX_CHANGED_SHARE", 1.0)


def _same(a: Resolution, b: Resolution) -> None:
    assert a.entities == b.entities
    assert a.assignments == b.assignments


# A new document (9) of the seeds naming one more thing, and whether the kept plan
# takes it in (True) or the plan is made afresh (False); then whether it lets it go
# again the same way, when that differs.
NEW_NAMES: list[tuple[list[FormCount], bool | tuple[bool, bool]]] = [
    # a full name whose words are no one's in the corpus
    ([FormCount(9, "Zebedee Quarringvale", "PERSON", 0, 2)], True),
    # a firm of three words whose initials spell no acronym
    ([FormCount(9, "Bramblewood Mill Holdings", "ORG", 0, 1)], True),
    # a date, fixed by its label
    ([FormCount(9, "12 March 2005", "DATE", 0, 1)], True),
    # two new people at once, and a new firm
    (
        [
            FormCount(9, "Zebedee Quarringvale", "PERSON", 0, 2),
            FormCount(9, "Ottoline Fairbrook", "PERSON", 0, 1),
            FormCount(9, "Bramblewood Mill Holdings", "ORG", 0, 1),
        ],
        True,
    ),
    # a new full name that shares a surname with a one-word name ("Kim")
    ([FormCount(9, "Kim Yo Jong", "PERSON", 0, 1)], False),
    # another spelling of a person the corpus has
    ([FormCount(9, "Vladimir Poutine", "PERSON", 0, 1)], False),
    # a new one-word name
    ([FormCount(9, "Quarrington", "PERSON", 0, 1)], False),
    # a new acronym
    ([FormCount(9, "ZQV", "ORG", 0, 1)], False),
    # a name whose initials spell an acronym of the corpus
    ([FormCount(9, "Korean Central News Agency", "ORG", 0, 1)], False),
    # an initial before a family name (which may stand for someone): taken out alone
    ([FormCount(9, "Z Quarrington", "PERSON", 0, 1)], (False, True)),
    # two new people sharing a surname
    (
        [
            FormCount(9, "Zebedee Quarrington", "PERSON", 0, 1),
            FormCount(9, "Ottoline Quarrington", "PERSON", 0, 1),
        ],
        False,
    ),
    # a text the corpus has, with another label
    ([FormCount(9, "Kim Jong Un", "ORG", 0, 1)], False),
    # a company's name with its suffix, beside its own ("Daily NK")
    ([FormCount(9, "Daily NK Ltd", "ORG", 0, 1)], False),
    # a longer name that a name of the corpus opens or ends ("Kremlin" may be its
    # short name), and one that opens or ends a name of the corpus ("Sky" of "Sky News")
    ([FormCount(9, "Kremlin Palace Guard", "ORG", 0, 1)], False),
    ([FormCount(9, "Moscow Kremlin", "ORG", 0, 1)], False),
    ([FormCount(9, "Sky", "ORG", 0, 1), FormCount(9, "Sky Sports", "ORG", 0, 1)], False),
    ([FormCount(9, "Second Economy", "ORG", 0, 1)], False),
    # a body's name the corpus writes with its inner words in the other number
    ([FormCount(9, "Second Economies Commission", "ORG", 0, 1)], False),
    # a son's name: his family name alone may be his, read from every person's ends
    ([FormCount(9, "Zebedee Quarrington Jr.", "PERSON", 0, 1)], False),
    # a double-barrelled family name: its first part alone may be its, read so too
    ([FormCount(9, "Zebedee Quarrington-Vale", "PERSON", 0, 2)], False),
    # a ceremony and its prize's plural, which the plan joins ("Brit Awards", "Brits")
    (
        [
            FormCount(9, "Golden Bramblewood Awards", "ORG", 0, 1),
            FormCount(9, "Golden Bramblewoods", "FAC", 0, 2),
        ],
        False,
    ),
    # a name with a middle initial of a person the corpus has
    ([FormCount(9, "Vladimir V. Putin", "PERSON", 0, 1)], False),
    # a name with letters a bad decoding lost, and the whole name it stands for
    ([FormCount(9, "Bramblew\ufffd\ufffdod Mill Holdings", "ORG", 0, 1)], False),
    (
        [
            FormCount(9, "Bramblew\ufffd\ufffdod Mill Holdings", "ORG", 0, 2),
            FormCount(9, "Bramblewood Mill Holdings", "ORG", 0, 1),
        ],
        False,
    ),
]


@pytest.mark.parametrize(("added", "taken_in"), NEW_NAMES)
def test_a_new_name_and_its_going_resolve_as_afresh(
    added: list[FormCount], taken_in: bool | tuple[bool, bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    taken_in, let_go = taken_in if isinstance(taken_in, tuple) else (taken_in, taken_in)
    before = seed_forms()
    after = [*before, *added]
    expected = fresh_resolution(after, monkeypatch)
    resolve(before)
    grown = regrowths(monkeypatch)
    _same(resolve(after), expected)
    assert grown == [taken_in]
    # and the name goes again: taken out as it was taken in
    grown.clear()
    _same(resolve(before), fresh_resolution(before, monkeypatch))
    assert grown == [let_go]


def test_the_acronyms_the_new_name_would_spell_are_the_corpus_s() -> None:
    """The case above where the initials meet an acronym is a real one."""
    assert any(f.text == "KCNA" for f in seed_forms())


def test_a_new_name_with_a_count_changed_besides(monkeypatch: pytest.MonkeyPatch) -> None:
    before = seed_forms()
    putin = next(i for i, f in enumerate(before) if f.text == "Vladimir Putin")
    after = list(before)
    after[putin] = after[putin]._replace(count=after[putin].count + 3)
    after.append(FormCount(9, "Zebedee Quarringvale", "PERSON", 0, 2))
    expected = fresh_resolution(after, monkeypatch)
    resolve(before)
    grown = regrowths(monkeypatch)
    _same(resolve(after), expected)
    assert grown == [True]


def test_a_class_of_a_name_the_corpus_has_is_planned_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A name's forms with other flags (other cues) change no name's coming or going."""
    before = seed_forms()
    after = [*before, FormCount(9, "Vladimir Putin", "PERSON", 1 << 20, 1)]
    expected = fresh_resolution(after, monkeypatch)
    resolve(before)
    grown = regrowths(monkeypatch)
    _same(resolve(after), expected)
    assert grown == [False]


POOL = [
    "Zebedee Quarrington-Vale",
    "Ottoline Fairbrook",
    "Bramblewood Mill Holdings",
    "Kim Yo Jong",
    "Ottoline Quarrington",
    "Peregrine Ashcombe",
    "Vladimir Poutine",
    "Hesketh Lowther",
]


def test_random_names_coming_and_going_resolve_as_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Names of the pool added to and taken from the seeds at random, each update from
    the last one's plan: every one equals a resolution from scratch, and some were
    brought up to date rather than planned afresh."""
    draw = random.Random(7)
    seeds = seed_forms()
    grown = regrowths(monkeypatch)
    present: set[str] = set()
    resolve(seeds)
    for _ in range(20):
        for name in draw.sample(POOL, draw.choice([1, 2])):
            present ^= {name}
        forms = [
            *seeds,
            *(
                FormCount(10 + POOL.index(n), n, "ORG" if "Mill" in n else "PERSON", 0, 1)
                for n in sorted(present)
            ),
        ]
        found = resolve(forms)
        _same(found, fresh_resolution(forms, monkeypatch))
        kept = planned_module._last[0].plan.per_document()
        assert kept == Plan(planned_module._sinks(forms)).per_document()
    assert True in grown
