"""Resolving form classes (one FormCount for all the documents whose mentions of a
text agree on their flags), with per-document forms fetched only where a short
person name asks for them, places every document's mentions exactly as resolving
the per-document forms does."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

import pytest

from explorer.resolve.model import FormCount, Resolution
from explorer.resolve.resolver import resolve
from explorer.resolve.spans import AFTER_TITLE, LINE_START
from tests.core.test_resolve_seeds import seed_forms


def _classes(forms: list[FormCount]) -> tuple[list[FormCount], dict[FormCount, FormCount]]:
    """The classes, numbered -1, -2, ..., and each per-document form's class."""
    totals: Counter[tuple[str, str, int]] = Counter()
    for form in forms:
        totals[form.text, form.label, form.flags] += form.count
    numbers = {key: -i for i, key in enumerate(totals, 1)}
    classes = [FormCount(numbers[key], *key, n) for key, n in totals.items()]
    by_key = {(c.text, c.label, c.flags): c for c in classes}
    return classes, {f: by_key[f.text, f.label, f.flags] for f in forms}


def _placements(
    res: Resolution, forms: list[FormCount], stand_in: dict[FormCount, FormCount] | None = None
) -> dict[FormCount, tuple[str, str, bool, int] | None]:
    """Per document form: (entity name, kind, demonym, trim) or None for noise."""
    placed = {}
    for form in forms:
        key = (form.doc, form.text, form.label)
        if stand_in is not None and key not in res.assignments:
            c = stand_in[form]
            key = (c.doc, c.text, c.label)
        a = res.assignments.get(key)
        placed[form] = (
            None
            if a is None
            else (res.entities[a.entity].name, res.entities[a.entity].kind, a.demonym, a.trim_end)
        )
    return placed


def _resolve_as_classes(forms: list[FormCount]) -> tuple[Resolution, set[tuple[str, str]]]:
    classes, stand_in = _classes(forms)
    asked: set[tuple[str, str]] = set()

    def expand(pairs: Collection[tuple[str, str]]) -> list[FormCount]:
        asked.update(pairs)
        return [f for f in forms if (f.text, f.label) in pairs]

    def shared(a: Collection[tuple[str, str]], b: Collection[tuple[str, str]]) -> int:
        docs_a = {f.doc for f in forms if (f.text, f.label) in a}
        return len(docs_a & {f.doc for f in forms if (f.text, f.label) in b})

    res = resolve(classes, expand=expand, shared=shared)
    return res, asked


def _same_as_per_document(forms: list[FormCount]) -> set[tuple[str, str]]:
    per_doc = resolve(forms)
    res, asked = _resolve_as_classes(forms)
    classes_of = _classes(forms)[1]
    # a stand-in never carries an assignment for an expanded pair
    stand_in = {f: c for f, c in classes_of.items() if (f.text, f.label) not in asked}
    assert _placements(res, list(stand_in), stand_in) == _placements(per_doc, list(stand_in))
    expanded = [f for f in forms if (f.text, f.label) in asked]
    assert _placements(res, expanded) == _placements(per_doc, expanded)
    assert sorted((e.name, e.kind, e.country) for e in res.entities) == sorted(
        (e.name, e.kind, e.country) for e in per_doc.entities
    )
    return asked


def form(doc: int, text: str, label: str = "PERSON", count: int = 1, flags: int = 0) -> FormCount:
    return FormCount(doc, text, label, flags, count)


def test_an_ambiguous_short_name_is_resolved_per_document() -> None:
    forms = [
        form(0, "Tony Blair", count=5),
        form(0, "Blair", count=2),
        form(1, "Cherie Blair", count=2),
        form(1, "Tony Blair"),
        form(1, "Blair", count=3),
        form(2, "Blair"),  # no full name: the corpus' most mentioned Blair
        form(3, "Putin", count=2),  # one full name only: no document needed
        form(3, "Vladimir Putin"),
        form(4, "Putin", count=4, flags=LINE_START),
        form(5, "Hong Min", "GPE", flags=AFTER_TITLE),
        form(6, "Hong Min", "GPE"),
    ]
    asked = _same_as_per_document(forms)
    assert asked == {("Blair", "PERSON"), ("Tony Blair", "PERSON"), ("Cherie Blair", "PERSON")}


def test_acronyms_join_the_same_as_classes() -> None:
    forms = [
        form(0, "World Trade Organization", "ORG"),
        form(0, "WTO", "ORG", count=3),
        form(1, "WTO", "ORG", count=2),
        form(2, "ICA", "ORG"),
        form(3, "Institute of Culinary Arts", "ORG"),
    ]
    assert _same_as_per_document(forms) == set()  # no document needed, only the count


@pytest.mark.parametrize("seed", [0, 1])
def test_the_seeds_resolve_the_same_as_classes(seed: int) -> None:
    forms = seed_forms()
    if seed:  # the same forms spread over more documents, so classes gather several
        forms = [f._replace(doc=f.doc + 100 * (i % 3)) for i, f in enumerate(forms)]
        merged: Counter[tuple[int, str, str]] = Counter()
        flags: dict[tuple[int, str, str], int] = {}
        for f in forms:
            merged[f.doc, f.text, f.label] += f.count
            flags[f.doc, f.text, f.label] = flags.get((f.doc, f.text, f.label), 15) & f.flags
        forms = [FormCount(*key, flags[key], n) for key, n in merged.items()]
    asked = _same_as_per_document(forms)
    assert asked  # the seeds hold short names with several candidates ("Kim")
