"""A small corpus on disk for the index's update tests, written and edited as a user
would (files added, rewritten or removed between index passes), and the fresh index
each update must equal."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

import explorer.index.entities as entities_module
import explorer.resolve.planned as planned_module
import explorer.resolve.recount as recount_module
from explorer.index.indexer import index_corpus
from explorer.index.store import Store
from tests.index_snapshot import index_snapshot


def update_as_a_large_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """A small corpus always changes a large share of its documents: let its updates
    recount and re-resolve in place, keeping what they can from before, as a large
    corpus's do."""
    monkeypatch.setattr(entities_module, "WHOLESALE_SHARE", 1.0)
    monkeypatch.setattr(recount_module, "MAX_CHANGED_SHARE", 1.0)


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
