"""Opening a corpus with no index: background indexing with progress, and Cancel."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QProgressBar


def test_index_in_background_with_progress_then_cancel(qtbot, seeds_copy: Path,
                                                       tmp_path: Path) -> None:
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
