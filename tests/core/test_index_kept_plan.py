"""Edits resolved from the plan kept by the last resolution (reused, or counted
again when only counts changed) update the index as a fresh index would. Real
pipeline, one store edited step by step, each step against a fresh index."""

from __future__ import annotations

from pathlib import Path

import pytest

import explorer.index.entities as entities_module
import explorer.resolve.recount as recount_module
from explorer.index.indexer import index_corpus
from explorer.index.store import Store
from tests.corpus_edits import edit_corpus, fresh_index_snapshot, write_corpus
from tests.index_snapshot import index_snapshot
from tests.plan_recounts import recounts

TEXTS = {
    "a.txt": "Prime Minister Tony Blair met officials in London.\n\nBlair said little.",
    "b.txt": "Blair arrived in Paris on Monday for talks with the French president.",
    "c.txt": "The World Trade Organization met in Geneva.\n\nThe WTO spoke of China.",
    "d.txt": "Gordon Brown spoke in Leeds on Friday.\n\nBrown said nothing of Europe.",
    "e.txt": "The WTO met again in Geneva on Monday.",
}

# Each step: the files written (or removed, "-name"), and whether its plan is counted
# again from the last one (None: the forms are the same, the last plan is reused).
STEPS: list[tuple[dict[str, str], bool | None]] = [
    # one more mention of names the corpus has: the same classes, other counts
    ({"a.txt": TEXTS["a.txt"] + "\n\nBlair said little."}, True),
    # a new full name that shares a surname
    ({"f.txt": "Cherie Blair spoke in Leeds.\n\nCherie Blair said Blair won."}, False),
    # the last mention of a name goes
    ({"d.txt": "Officials spoke in Leeds on Friday.\n\nThey said nothing of Europe."}, False),
    # an acronym gains its expansion where it stood alone
    ({"e.txt": "The World Trade Organization (WTO) met again in Geneva on Monday."}, False),
    # an edit that changes no name's mentions
    ({"a.txt": TEXTS["a.txt"] + "\n\nThe talks ended.\n\nBlair said little."}, None),
    ({"-c.txt": ""}, False),
]


@pytest.mark.parametrize("wholesale", [False, True])
def test_each_edit_from_the_kept_plan_equals_a_fresh_index(
    wholesale: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(entities_module, "WHOLESALE_SHARE", -1.0 if wholesale else 1.0)
    monkeypatch.setattr(recount_module, "MAX_CHANGED_SHARE", 1.0)  # a small corpus
    counted = recounts(monkeypatch)
    corpus = write_corpus(tmp_path / "corpus", TEXTS)
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        for number, (files, counted_again) in enumerate(STEPS):
            edit_corpus(corpus, files)
            counted.clear()
            index_corpus([corpus], store)
            updated = index_snapshot(store.conn)
            assert counted == ([] if counted_again is None else [counted_again]), number
            fresh = fresh_index_snapshot(corpus, tmp_path / f"fresh{number}.sqlite", monkeypatch)
            assert updated == fresh, number
