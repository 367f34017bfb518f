"""Entities while a pass runs: the list and the charts show the entities of the files read
so far, marked partial, before the pass ends; the mark goes when it ends, and the entity
selected meanwhile stays selected."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from ui_helpers import idle

from explorer.index.engines import Extraction


def test_the_entities_of_the_files_read_so_far_show_marked_partial(
    qtbot, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import explorer.index.indexer as indexer
    import explorer.index.interim as interim
    from explorer.ui.main_window import MainWindow

    corpus = tmp_path / "news"
    shutil.copytree(seeds_copy, corpus)  # four files, no index yet
    # An interim resolution at every commit, a commit after every document...
    monkeypatch.setattr(indexer, "BATCH_DOCUMENTS", 1)
    monkeypatch.setattr(interim, "INTERIM_GAP_S", 0.0)
    monkeypatch.setattr(interim, "INTERIM_REST", 0.0)
    # ...and the pass held after its second document until the test has looked.
    looked = threading.Event()
    engine = indexer.local_events

    def held(*args: object, **kwargs: object):
        documents = 0
        for event in engine(*args, **kwargs):
            if documents == 2:
                looked.wait(30)
            yield event
            documents += isinstance(event, Extraction)

    monkeypatch.setattr(indexer, "local_events", held)

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    mark, chart = window.entity_panel.partial, window.frequency_panel
    try:
        window.open_corpus([corpus])
        qtbot.waitUntil(
            lambda: mark.isVisible() and mark.text() == "partial: 2 of 4 files", timeout=60_000
        )
        qtbot.waitUntil(
            lambda: (
                window.entity_model.rowCount() > 0
                and window.state.entity is not None
                and "partial: 2 of 4 files" in chart.subtitle.text()
            )
        )
        assert window.state.indexing
        selected = window.state.entity  # the most mentioned so far, picked as the list came
    finally:
        looked.set()
    qtbot.waitUntil(lambda: not window.state.indexing, timeout=60_000)
    idle(qtbot, window)
    assert not mark.isVisible() and "partial" not in chart.subtitle.text()
    assert window.state.entity == selected
    assert window.entity_model.rowCount() > 0
    window.close()
    window.runner.shutdown()
