"""Resolving form classes (one FormCount for all the documents whose mentions of a
text agree on their flags), with per-document forms fetched only where a short
person name asks for them, places every document's mentions exactly as resolving
the per-document forms does."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Mapping

import pytest

from explorer.resolve.model import FormCount, Resolution
from explorer.resolve.resolver import resolve
from explorer.resolve.spans import AFTER_TITLE, FURNITURE, LINE_START
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
        if stand_in is not None and key not in res.assignments and form in stand_in:
            c = stand_in[form]
            key = (c.doc, c.text, c.label)
        a = res.assignments.get(key)
        placed[form] = (
            None
            if a is None
            else (res.entities[a.entity].name, res.entities[a.entity].kind, a.demonym, a.trim_end)
        )
    return placed


class _ListDocuments:
    """`resolver.Documents` over a list of per-document forms. Decisions kept from
    an earlier resolution (`kept`) stand in for every document not in `fresh`."""

    def __init__(
        self,
        forms: list[FormCount],
        kept: _ListDocuments | None = None,
        fresh: Collection[int] = (),
    ) -> None:
        self.all = forms
        self.kept_signatures = {} if kept is None else kept.signatures
        self.kept_decided = {} if kept is None else kept.decided
        self.fresh = set(fresh)
        self.asked: set[tuple[str, str]] = set()
        self.stood_for: dict[FormCount, FormCount] = {}  # kept document form -> stand-in
        self.signatures: dict[str, str] = {}
        self.decided: dict[tuple[int, str, str], str] = {}

    def _of(self, pairs: Collection[tuple[str, str]], fresh_only: bool) -> list[FormCount]:
        return [
            f
            for f in self.all
            if (f.text, f.label) in pairs and (not fresh_only or f.doc in self.fresh)
        ]

    def forms(self, pairs: Collection[tuple[str, str]], fresh_only: bool) -> list[FormCount]:
        self.asked.update(pairs)
        return self._of(pairs, fresh_only)

    def presence(self, pairs: Collection[tuple[str, str]], fresh_only: bool) -> list[FormCount]:
        return self._of(pairs, fresh_only)

    def forms_in(self, documents: Collection[int]) -> list[FormCount]:
        return [f for f in self.all if f.doc in documents]

    def decisions(
        self, signed: Mapping[str, tuple[str, list[tuple[str, str]]]]
    ) -> dict[str, list[tuple[FormCount, str]]]:
        found: dict[str, list[tuple[FormCount, str]]] = {}
        for key, (signature, pairs) in signed.items():
            if self.kept_signatures.get(key) != signature:
                continue
            self.asked.update(pairs)
            gathered: dict[tuple[str, str, int, str], list[FormCount]] = defaultdict(list)
            for f in self._of(pairs, False):
                if f.doc not in self.fresh:
                    chosen = self.kept_decided[f.doc, f.text, f.label]
                    gathered[f.text, f.label, f.flags, chosen].append(f)
            found[key] = []
            for (text, label, flags, chosen), kept_forms in gathered.items():
                n = sum(f.count for f in kept_forms)
                stand_in = FormCount(-1000 - len(self.stood_for), text, label, flags, n)
                self.stood_for.update((f, stand_in) for f in kept_forms)
                found[key].append((stand_in, chosen))
        return found

    def shared(self, a: Collection[tuple[str, str]], b: Collection[tuple[str, str]]) -> int:
        return len({f.doc for f in self._of(a, False)} & {f.doc for f in self._of(b, False)})

    def record(
        self,
        signed: Mapping[str, tuple[str, list[tuple[str, str]]]],
        decided: list[tuple[FormCount, str]],
    ) -> None:
        self.signatures = {key: signature for key, (signature, _) in signed.items()}
        self.decided = dict(self.kept_decided)
        self.decided.update({(f.doc, f.text, f.label): chosen for f, chosen in decided})


def _same_as_per_document(
    forms: list[FormCount], kept: _ListDocuments | None = None, fresh: Collection[int] = ()
) -> _ListDocuments:
    """Resolve the forms as classes (with decisions kept for the documents not
    fresh) and check every document's placement against resolving them one by one."""
    per_doc = resolve(forms)
    classes, classes_of = _classes(forms)
    documents = _ListDocuments(forms, kept, fresh)
    res = resolve(classes, documents=documents)
    asked = documents.asked
    # a stand-in never carries an assignment for an expanded pair
    stand_in = {f: c for f, c in classes_of.items() if (f.text, f.label) not in asked}
    assert _placements(res, list(stand_in), stand_in) == _placements(per_doc, list(stand_in))
    expanded = [f for f in forms if (f.text, f.label) in asked]
    assert _placements(res, expanded, documents.stood_for) == _placements(per_doc, expanded)
    assert sorted((e.name, e.kind, e.country) for e in res.entities) == sorted(
        (e.name, e.kind, e.country) for e in per_doc.entities
    )
    return documents


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
    assert _same_as_per_document(forms).asked == {("Blair", "PERSON")}


def test_a_short_names_forms_all_in_page_furniture_are_no_mentions_as_classes() -> None:
    # "Blair" asks for its documents; in document 2 its only mentions are in a
    # paragraph repeated across the corpus, as are a full name's in document 3
    forms = [
        form(0, "Tony Blair", count=5),
        form(0, "Blair", count=2),
        form(1, "Cherie Blair", count=2),
        form(1, "Blair", count=3),
        form(2, "Blair", count=2, flags=FURNITURE),
        form(3, "Cherie Blair", flags=FURNITURE),
        form(3, "Blair", count=2),
    ]
    documents = _same_as_per_document(forms)
    assert ("Blair", "PERSON") in documents.asked


def test_acronyms_join_the_same_as_classes() -> None:
    forms = [
        form(0, "World Trade Organization", "ORG"),
        form(0, "WTO", "ORG", count=3),
        form(1, "WTO", "ORG", count=2),
        form(2, "ICA", "ORG"),
        form(3, "Institute of Culinary Arts", "ORG"),
    ]
    assert _same_as_per_document(forms).asked == set()  # no document needed, only the count


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
    assert _same_as_per_document(forms).asked  # short names with several candidates ("Kim")


def _blair_corpus() -> list[FormCount]:
    return [
        form(0, "Tony Blair", count=5),
        form(0, "Blair", count=2),
        form(1, "Cherie Blair", count=2),
        form(1, "Tony Blair"),
        form(1, "Blair", count=3),
        form(2, "Cherie Blair", count=3),
        form(2, "Blair", count=2),
        form(3, "Blair"),
        form(4, "Blair", "ORG", count=2),
    ]


def test_decisions_kept_for_unchanged_documents_place_them_as_reading_them_does() -> None:
    first = _same_as_per_document(_blair_corpus())
    # document 3 is edited and document 5 is new: only those two are read
    forms = [f for f in _blair_corpus() if f.doc != 3]
    forms += [form(3, "Blair", count=2), form(3, "Tony Blair"), form(5, "Blair", count=4)]
    second = _same_as_per_document(forms, kept=first, fresh={3, 5})
    assert second.stood_for  # the other documents' decisions stood
    assert {f.doc for f in second.stood_for} == {0, 1, 2, 4}


def test_a_new_candidate_makes_every_document_decide_again() -> None:
    first = _same_as_per_document(_blair_corpus())
    # a third Blair: what "Blair" may stand for changed, so no kept decision stands
    forms = _blair_corpus() + [form(6, "Euan Blair", count=2), form(6, "Blair")]
    second = _same_as_per_document(forms, kept=first, fresh={6})
    assert not second.stood_for


def test_the_seeds_resolve_the_same_with_decisions_kept() -> None:
    forms = seed_forms()
    first = _same_as_per_document(forms)
    # an article is copied into the corpus: only the copy is read
    copied = sorted({f.doc for f in forms})[1]
    changed = forms + [f._replace(doc=1000) for f in forms if f.doc == copied]
    second = _same_as_per_document(changed, kept=first, fresh={1000})
    assert second.stood_for
