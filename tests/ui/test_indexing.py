"""Opening a corpus with no index: background indexing with progress, and Cancel."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QProgressBar


def test_index_in_background_with_progress_then_cancel(
    qtbot, seeds_copy: Path, tmp_path: Path
) -> None:
    from explorer.ui.main_window import MainWindow

    corpus = tmp_path / "two"
    corpus.mkdir()
    for path in sorted(seeds_copy.glob("*.txt"))[:2]:
        shutil.copy(path, corpus)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    seen: list[object] = []
    window.corpus.progress.connect(seen.append)
    window.open_corpus([corpus])
    assert window.state.indexing
    assert "Indexing" in window.entity_model.empty_text or window.entity_model.rowCount() == 0
    qtbot.waitUntil(lambda: not window.state.indexing, timeout=60_000)
    qtbot.waitUntil(lambda: window.entity_model.rowCount() > 0 and not window.runner.busy())
    assert any(getattr(p, "phase", "") == "indexing" and p.total == 2 for p in seen)
    assert not window.findChild(QProgressBar, "indexProgress").isVisible()
    assert "Indexed 2 files" in window.statusBar().currentMessage()

    more = tmp_path / "more"
    shutil.copytree(seeds_copy, more)
    window.open_corpus([more])
    assert window.state.indexing and window.index_status.isVisible()
    window.index_status.cancel.click()
    assert not window.state.indexing
    window.close()
    window.runner.shutdown()


def test_the_time_left_is_estimated_from_the_pace_and_stop_is_labelled(qtbot, window) -> None:
    """A pass of 600 files whose first came out after 2.3 s of loading: "estimating…"
    until a few batches were measured, then the time the measured pace gives."""
    from explorer.index.indexer import Progress

    status = window.index_status
    assert status.cancel.text() == "Stop" and "Stop indexing" in status.cancel.toolTip()
    window.state.update(indexing=True)
    assert status.label.text() == "Looking for documents…"
    status.show_progress(Progress("indexing", 1, 600, 0, 2.3))
    assert status.label.text() == "Indexing 1 of 600 files · estimating…"
    for batch in range(1, 5):
        status.show_progress(Progress("indexing", 1 + 32 * batch, 600, 0, 2.3 + 1.4 * batch))
    assert status.label.text() == "Indexing 129 of 600 files · 20 s left"
    status.show_progress(Progress("resolving", 0, 1, 0, 30.0))
    assert status.label.text() == "Merging the spellings of names…"
    window.state.update(indexing=False)
    window.state.update(indexing=True)  # a new pass measures afresh
    status.show_progress(Progress("indexing", 1, 1, 0, 9.0))
    assert status.label.text() == "Indexing 1 of 1 file"
    window.state.update(indexing=False)
