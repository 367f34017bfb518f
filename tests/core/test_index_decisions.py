"""The kept decisions' stand-ins vote for a name's kind as its documents' own forms
would: a cue counted once per document stays one document's."""

from __future__ import annotations

from pathlib import Path

from explorer.index.decisions import kept_decisions
from explorer.index.memo import Memo
from explorer.index.store import Store
from explorer.resolve.classify import Route
from explorer.resolve.kinds import KindVotes
from explorer.resolve.model import FormCount
from explorer.resolve.spans import NEAR_WORK_WORD

SIGNED = {"boy": ("signature", [("Boy", "PERSON")])}
# (document, flags, mentions): three documents with "the film Boy", two without a cue
FILM = NEAR_WORK_WORD
KEPT = [(1, FILM, 2), (2, FILM, 1), (3, FILM, 3), (4, 0, 2), (5, 0, 1)]


def _votes(forms: list[FormCount]) -> dict[str, float]:
    votes = KindVotes()
    route = Route("person", "boy", "Boy", tokens=("Boy",))
    for form in forms:
        votes.add("boy", route, form)
    return dict(votes._votes["boy"])


def test_stand_ins_vote_as_their_documents(tmp_path: Path) -> None:
    with Store(tmp_path / "i.sqlite") as store, store.transaction() as conn:
        conn.execute(
            "INSERT INTO short_keys(key, signature, pairs) VALUES ('boy', 'signature', '')"
        )
        conn.executemany(
            "INSERT INTO short_choices(doc_id, text, label, flags, mentions, chosen, "
            "entity_id, demonym, trim) VALUES (?, 'Boy', 'PERSON', ?, ?, '', 7, 0, 0)",
            KEPT,
        )
        found = kept_decisions(conn, SIGNED, 1, Memo(conn))
    stand_ins = [form for form, chosen, placement in found["boy"]]
    documents = [FormCount(doc, "Boy", "PERSON", flags, n) for doc, flags, n in KEPT]
    assert _votes(stand_ins) == _votes(documents)
    # the documents without a cue still gathered into one stand-in
    assert sorted(f.count for f in stand_ins if not f.flags) == [3]
    assert sum(f.count for f in stand_ins) == sum(n for _, _, n in KEPT)
