"""Edits that add a name the corpus has never had, or take away a name's last
mention, resolved from the kept plan brought up to date (or, where the name may
touch another, planned afresh) update the index as a fresh index would. Real
pipeline, one store edited step by step, each step against a fresh index."""

from __future__ import annotations

from pathlib import Path

import pytest

import explorer.index.memo as memo_module
import explorer.resolve.recount as recount_module
from explorer.index.forms import stored_classes
from explorer.index.indexer import index_corpus
from explorer.index.store import Store
from tests.corpus_edits import edit_corpus, fresh_index_snapshot, write_corpus
from tests.index_snapshot import index_snapshot
from tests.plan_recounts import regrowths

TEXTS = {
    "a.txt": "Prime Minister Tony Blair met officials in London.\n\nBlair said little.",
    "b.txt": "Blair arrived in Paris on Monday for talks with the French president.",
    "c.txt": "The World Trade Organization met in Geneva.\n\nThe WTO spoke of China.",
}
NEW_PERSON = "The architect Zebedee Quarrington designed the new library in London."

# Each step: the files written (or removed, "-name"), and whether a plan was brought
# up to date from the last one ([True]), planned afresh ([False]), or neither ([]:
# the same forms, or only counts changed).
STEPS: list[tuple[dict[str, str], list[bool]]] = [
    # a new person whose words are no one else's
    ({"d.txt": NEW_PERSON}, [True]),
    # and again, with a name the corpus has mentioned once more besides
    ({"e.txt": NEW_PERSON.replace("London", "Paris")}, []),
    ({"-e.txt": ""}, []),
    # the person's last mention goes
    ({"-d.txt": ""}, [True]),
    # a new full name that shares a surname with a one-word name: planned afresh
    ({"f.txt": "Cherie Blair spoke in Leeds.\n\nCherie Blair said Blair won."}, [False]),
    # a new acronym: planned afresh
    ({"g.txt": "The IMF met in Geneva on Monday."}, [False]),
    # a new double-barrelled family name, whose first part may be another's short name
    # ("Kilroy" of "Robert Kilroy-Silk"): planned afresh
    ({"h.txt": "The painter Ottoline Fairbrass-Vane opened a show in Leeds."}, [False]),
    # a new person and one more mention of a name the corpus has
    ({"d.txt": NEW_PERSON, "b.txt": TEXTS["b.txt"] + "\n\nBlair left Paris."}, [True]),
]


def test_each_new_or_gone_name_equals_a_fresh_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recount_module, "MAX_CHANGED_SHARE", 1.0)  # a small corpus
    grown = regrowths(monkeypatch)
    corpus = write_corpus(tmp_path / "corpus", TEXTS)
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        for number, (files, expected) in enumerate(STEPS):
            edit_corpus(corpus, files)
            grown.clear()
            index_corpus([corpus], store)
            updated = index_snapshot(store.conn)
            assert grown == expected, number
            # the classes the next update reads from the memo are the table's
            kept = memo_module._last
            assert kept is not None and kept.classes.rows is not None
            assert [(f[1:], p) for f, p in stored_classes(store.conn, kept.classes)] == [
                (f[1:], p) for f, p in stored_classes(store.conn)
            ], number
            fresh = fresh_index_snapshot(corpus, tmp_path / f"fresh{number}.sqlite", monkeypatch)
            assert updated == fresh, number
