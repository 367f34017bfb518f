"""First launch: the last corpus if it is still there, else a welcome screen; a corpus
given that does not exist is said in a dialog over the window instead of quitting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QMessageBox
from ui_helpers import install_index

from explorer.ui import settings as keys
from explorer.ui.app import open_at_start


def _window(qtbot, sample: Path | None = None):
    from explorer.ui.main_window import MainWindow

    window = MainWindow(sample=sample)
    qtbot.addWidget(window)
    window.show()
    return window


def _close(window) -> None:
    window.close()
    window.runner.shutdown()


def _opened(qtbot, window, corpus: Path) -> None:
    qtbot.waitUntil(
        lambda: (
            not window.state.indexing
            and window.entity_model.rowCount() > 0
            and not window.runner.busy()
        ),
        timeout=20_000,
    )
    assert window.state.corpus == (corpus.resolve(),)
    assert window.pages.currentWidget() is window.document_panel
    assert window.focus_toolbar.isVisible()


def _recent_titles(window) -> list[str]:
    return [
        button.text() for button in window.welcome.findChildren(QCommandLinkButton, "welcomeRecent")
    ]


def test_nothing_to_reopen_shows_the_welcome_screen(
    qtbot, seeds_copy: Path, seeds_index: Path, tmp_path: Path
) -> None:
    """Recent corpora that are gone are not offered; the sample corpus opens with one click."""
    gone = tmp_path / "gone"
    settings = keys.open_settings()
    keys.remember_corpus(settings, (seeds_copy.resolve(),))
    keys.remember_corpus(settings, (gone,))  # the last corpus, deleted since
    window = _window(qtbot, sample=seeds_copy)
    try:
        open_at_start(window, None)
        assert not window.state.corpus
        assert window.pages.currentWidget() is window.welcome and window.welcome.isVisible()
        assert not window.focus_toolbar.isVisible()
        assert _recent_titles(window) == ["seeds"]
        assert any(
            "Reads .txt, .md" in label.text() for label in window.welcome.findChildren(QLabel)
        )

        install_index(seeds_index, seeds_copy)
        qtbot.mouseClick(window.welcome.sample, Qt.MouseButton.LeftButton)
        _opened(qtbot, window, seeds_copy)
    finally:
        _close(window)


def test_the_last_corpus_is_opened_again(qtbot, seeds_copy: Path, seeds_index: Path) -> None:
    keys.remember_corpus(keys.open_settings(), (seeds_copy.resolve(),))
    install_index(seeds_index, seeds_copy)
    window = _window(qtbot)
    try:
        open_at_start(window, None)
        _opened(qtbot, window, seeds_copy)
    finally:
        _close(window)


def test_a_missing_folder_is_said_in_a_dialog_over_the_welcome_screen(
    qtbot, tmp_path: Path
) -> None:
    missing = tmp_path / "no such folder"
    window = _window(qtbot)
    try:
        open_at_start(window, missing)
        box = window.findChild(QMessageBox, "missingCorpus")
        qtbot.waitUntil(box.isVisible)
        assert str(missing) in box.text() and "does not exist" in box.text()
        assert window.isVisible() and not window.state.corpus
        assert window.pages.currentWidget() is window.welcome
        box.accept()
    finally:
        _close(window)


def test_open_folder_on_the_welcome_screen(
    qtbot, monkeypatch, seeds_copy: Path, seeds_index: Path
) -> None:
    install_index(seeds_index, seeds_copy)
    monkeypatch.setattr("explorer.ui.actions.ask_folder", lambda parent: seeds_copy)
    window = _window(qtbot)
    try:
        assert window.welcome.sample is None  # no sample corpus given: none offered
        qtbot.mouseClick(window.welcome.open_folder, Qt.MouseButton.LeftButton)
        _opened(qtbot, window, seeds_copy)
        assert keys.recent_corpora(window.settings)[0] == (seeds_copy.resolve(),)
    finally:
        _close(window)


def test_the_layout_under_the_welcome_screen_is_kept(qtbot, window, seeds_copy: Path) -> None:
    """The welcome screen hides the panels, but neither loses nor saves their layout."""
    window.passage_dock.hide()
    window.close()  # saves the layout: every panel but the passages
    closed_on_welcome = _window(qtbot)
    assert not any(dock.isVisible() for dock in closed_on_welcome.docks)
    _close(closed_on_welcome)  # saves the layout the welcome screen covered

    again = _window(qtbot)
    try:
        again.open_corpus([seeds_copy])
        qtbot.waitUntil(lambda: again.entity_dock.isVisible())
        assert again.comention_dock.isVisible() and again.focus_toolbar.isVisible()
        assert not again.passage_dock.isVisible()
    finally:
        _close(again)


def test_reset_layout_on_the_welcome_screen_resets_what_it_covers(
    qtbot, window, seeds_copy: Path
) -> None:
    window.passage_dock.hide()
    window.close()
    again = _window(qtbot)
    try:
        again.actions.reset_layout.trigger()
        assert not any(dock.isVisible() for dock in again.docks)  # still the welcome screen
        again.open_corpus([seeds_copy])
        qtbot.waitUntil(lambda: again.entity_dock.isVisible())
        assert again.passage_dock.isVisible()
    finally:
        _close(again)
