"""Panels read through jobs.reader: an index the writer is still upgrading is no index yet."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from explorer.index.focus import NO_FOCUS
from explorer.index.schema import SCHEMA_VERSION
from explorer.ui import jobs
from explorer.ui.tasks import TaskControl


def test_an_index_of_an_earlier_schema_reads_as_not_there_yet(
    seeds_index: Path, tmp_path: Path
) -> None:
    path = tmp_path / "i.sqlite"
    shutil.copyfile(seeds_index, path)
    store = jobs.reader(path)
    assert store is not None and store.conn.execute("SELECT count(*) FROM entities").fetchone()[0]
    store.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.close()
    assert jobs.reader(path) is None
    listed = jobs.load_entities(TaskControl(lambda _: None), path, None, NO_FOCUS)
    assert listed == jobs.EntityList([], {}, None)  # an empty list meanwhile, no error
