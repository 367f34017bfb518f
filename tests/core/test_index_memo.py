"""The memo of a connection's last resolution is trusted only while the database
holds what that resolution wrote: a rollback, another connection's resolution or
an untold write drops it; a told one drops its names' entries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from explorer.index.decisions import forget_documents
from explorer.index.forms import uncount_documents
from explorer.index.memo import Memo, keep, take
from explorer.index.store import Store

PAIR = ("Blair", "PERSON")


def _kept(conn: sqlite3.Connection) -> Memo:
    """A memo with one name's stand-ins, sealed as a resolution seals it."""
    memo = take(conn)
    memo.stand_ins[PAIR] = [(0, "", (7, 0, 0), 3)]
    memo.documents[PAIR] = frozenset({1})
    keep(memo)
    return memo


def test_the_memo_survives_until_the_next_resolution(tmp_path: Path) -> None:
    with Store(tmp_path / "i.sqlite") as store:
        with store.transaction() as conn:
            memo = _kept(conn)
        assert take(store.conn) is memo
        assert memo.stand_ins[PAIR] == [(0, "", (7, 0, 0), 3)]


def test_a_rolled_back_resolution_leaves_no_memo(tmp_path: Path) -> None:
    with Store(tmp_path / "i.sqlite") as store:
        with store.transaction() as conn:
            _kept(conn)
        with pytest.raises(RuntimeError), store.transaction() as conn:
            _kept(conn)
            raise RuntimeError
        assert PAIR not in take(store.conn).stand_ins


def test_another_connection_drops_the_memo(tmp_path: Path) -> None:
    with Store(tmp_path / "i.sqlite") as store, Store(tmp_path / "i.sqlite") as other:
        with store.transaction() as conn:
            _kept(conn)
        with other.transaction() as conn:
            forget_documents(conn, [1])  # untold to the first connection's memo
        assert PAIR not in take(store.conn).stand_ins
        with store.transaction() as conn:
            _kept(conn)
        with other.transaction() as conn:
            _kept(conn)
        assert PAIR not in take(store.conn).stand_ins


def test_a_document_taken_out_drops_its_names(tmp_path: Path) -> None:
    with Store(tmp_path / "i.sqlite") as store:
        with store.transaction() as conn:
            conn.execute(
                "INSERT INTO short_choices(doc_id, text, label, flags, mentions, chosen, "
                "entity_id, demonym, trim) VALUES (1, 'Blair', 'PERSON', 0, 3, '', 7, 0, 0)"
            )
            memo = _kept(conn)
        with store.transaction() as conn:
            forget_documents(conn, [1])
        assert take(store.conn) is memo
        assert PAIR not in memo.stand_ins and PAIR in memo.documents
        keep(memo)
        with store.transaction() as conn:
            conn.execute(
                "INSERT INTO mentions(id, doc_id, passage_id, paragraph, start_char, clean_end, "
                "end_char, text, label, flags) VALUES (1, 1, 1, 0, 0, 5, 5, 'Blair', 'PERSON', 0)"
            )
            uncount_documents(conn, [1])
        assert take(store.conn) is memo
        assert PAIR not in memo.documents
