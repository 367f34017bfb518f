"""Panels read through views.reader: an index the writer is still upgrading is no index yet."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from explorer.app import views
from explorer.app.control import TaskControl
from explorer.index.focus import NO_FOCUS
from explorer.index.schema import SCHEMA_VERSION


class _Unattended:
    """A control nobody cancels or listens to (the runner's needs Qt)."""

    def should_stop(self) -> bool:
        return False

    def report(self, progress: object, *, force: bool = False) -> None:
        pass


def test_a_job_control_need_not_be_the_runner_s() -> None:
    assert isinstance(_Unattended(), TaskControl)


def test_an_index_of_an_earlier_schema_reads_as_not_there_yet(
    seeds_index: Path, tmp_path: Path
) -> None:
    path = tmp_path / "i.sqlite"
    shutil.copyfile(seeds_index, path)
    store = views.reader(path)
    assert store is not None and store.conn.execute("SELECT count(*) FROM entities").fetchone()[0]
    store.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.close()
    assert views.reader(path) is None
    listed = views.load_entities(_Unattended(), path, None, NO_FOCUS)
    assert listed == views.EntityList([], {}, None)  # an empty list meanwhile, no error


def test_a_document_opened_without_a_passage_marks_the_entity_first_mention() -> None:
    from explorer.app.state import Location
    from explorer.app.views import OpenDocument, marked
    from explorer.index.queries import DocumentText, MentionSpan

    text = "Putin met Kim. Kim left."
    mentions = (
        MentionSpan(0, 5, "Putin", 1, "person"),
        MentionSpan(10, 13, "Kim", 2, "person"),
        MentionSpan(15, 18, "Kim", 2, "person"),
    )
    document = OpenDocument(DocumentText(7, "a.txt", "A", None, text, mentions), {})
    bar = Location(7, 0, 0)  # a chart bar's document: no passage
    assert marked(document, bar, 2) == Location(7, 10, 13, ((10, 13),))
    passage = Location(7, 15, 24, ((15, 18),))  # a passage keeps its own marks
    assert marked(document, passage, 2) == passage
    assert marked(document, bar, 9) == bar  # not mentioned there: nothing to mark
