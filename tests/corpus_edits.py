"""A small corpus on disk for the index's update tests, written and edited as a user
would (files added, rewritten or removed between index passes), and the fresh index
each update must equal."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pytest

import explorer.index.entities as entities_module
import explorer.resolve.planned as planned_module
import explorer.resolve.recount as recount_module
from explorer.index.indexer import index_corpus
from explorer.index.store import Store
from tests.index_snapshot import index_snapshot


@contextmanager
def indexed_small_corpus(
    tmp_path: Path, texts: Mapping[str, str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Path, Store]]:
    """`texts` written as a corpus and indexed into a store. A small corpus always
    changes a large share of its documents: its updates recount and re-resolve in
    place, keeping what they can from before, as a large corpus's do."""
    monkeypatch.setattr(entities_module, "WHOLESALE_SHARE", 1.0)
    monkeypatch.setattr(recount_module, "MAX_CHANGED_SHARE", 1.0)
    corpus = write_corpus(tmp_path / "corpus", texts)
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        yield corpus, store


def write_corpus(folder: Path, texts: Mapping[str, str]) -> Path:
    """`folder` made and holding one file per name of `texts`."""
    folder.mkdir()
    edit_corpus(folder, texts)
    return folder


def edit_corpus(folder: Path, files: Mapping[str, str]) -> None:
    """Write each file of `files`; a name starting with "-" removes that file."""
    for name, text in files.items():
        if name.startswith("-"):
            (folder / name[1:]).unlink()
        else:
            (folder / name).write_text(text, encoding="utf-8")


def fresh_index_snapshot(corpus: Path, path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """The snapshot of `corpus` indexed afresh into `path`, with no plan kept from the
    updates before: what every update must equal."""
    with monkeypatch.context() as patch:
        patch.setattr(planned_module, "_last", [])
        with Store(path) as fresh:
            index_corpus([corpus], fresh)
            return index_snapshot(fresh.conn)


def entities_of_mentions(conn: sqlite3.Connection, text: str) -> dict[str, str]:
    """The entity each document's mentions of `text` went to, by the file's name."""
    rows = conn.execute(
        "SELECT d.key, e.name FROM mentions m "
        "JOIN documents d ON d.id = m.doc_id JOIN entities e ON e.id = m.entity_id "
        "WHERE m.text = ?",
        (text,),
    )
    return {Path(key).name: name for key, name in rows}
