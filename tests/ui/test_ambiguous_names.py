"""A short name the documents do not settle ("Williams", with Serena, Venus and Robbie
Williams in the corpus): the entity table marks it and says who it may be, and its
right-click menu merges it into any of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from ui_helpers import idle, open_window, row_named

from explorer.index import queries
from explorer.ui.entity_menu import row_menu
from explorer.ui.models import EntityTableModel

CANDIDATES = {"Serena Williams", "Venus Williams", "Robbie Williams"}


@pytest.fixture()
def williams_window(qtbot, williams_corpus: Path, williams_index: Path):
    yield from open_window(qtbot, williams_corpus, williams_index)


def _hover_tooltip(qtbot, view, row: int) -> str:
    """The tooltip the view shows when the pointer rests on the row's name."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2_000)
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def test_the_table_marks_an_ambiguous_name_and_says_who_it_may_be(qtbot, williams_window) -> None:
    table = williams_window.entity_panel.table
    number = row_named(table, "Williams")
    name = table.model().index(number, 0)
    assert name.data() == "Williams ?"
    assert name.data(Qt.ItemDataRole.FontRole).italic()
    tip = _hover_tooltip(qtbot, table, number)
    first = tip.splitlines()[0]
    assert first.startswith("Ambiguous short name: may be ")
    assert (
        set(first.removeprefix("Ambiguous short name: may be ").rstrip(".").split(", "))
        == CANDIDATES
    )
    assert "right-click to merge it into one of them" in tip

    serena = table.model().index(row_named(table, "Serena Williams"), 0)
    assert serena.data() == "Serena Williams" and not serena.data(Qt.ItemDataRole.FontRole)
    assert "Ambiguous" not in _hover_tooltip(qtbot, table, serena.row())
    # copies and CSV get the name, not the mark
    assert "\nWilliams,Person," in table.as_text()


def test_right_click_offers_each_candidate_and_merges_into_it(qtbot, williams_window) -> None:
    window, table = williams_window, williams_window.entity_panel.table
    number = row_named(table, "Williams")
    table.scrollTo(table.model().index(number, 0))
    menu = row_menu(
        table,
        table.visualRect(table.model().index(number, 0)).center(),
        window.state,
        window.corrections,
    )
    assert menu is not None
    texts = [action.text() for action in menu.actions()]
    offered = {
        text.removeprefix("Merge into “").removesuffix("”")
        for text in texts
        if text.startswith("Merge into “")
    }
    assert offered == CANDIDATES and "Merge into…" in texts
    assert texts.index(
        "Merge into “" + table.model().row(number).candidates[0] + "”"
    ) < texts.index("Merge into…")

    before = {r.name: r.mentions for r in window.entity_model.rows()}
    next(a for a in menu.actions() if a.text() == "Merge into “Venus Williams”").trigger()
    qtbot.waitUntil(
        lambda: "Williams" not in {r.name for r in window.entity_model.rows()}, timeout=10_000
    )
    idle(qtbot, window)
    after = {r.name: r.mentions for r in window.entity_model.rows()}
    assert after["Venus Williams"] == before["Venus Williams"] + before["Williams"]
    assert after["Serena Williams"] == before["Serena Williams"]
    assert "Merge “Williams” into “Venus Williams”" in window.actions.undo.text()


def test_a_name_that_is_not_ambiguous_has_no_candidate_actions(qtbot, williams_window) -> None:
    window, table = williams_window, williams_window.entity_panel.table
    index = table.model().index(row_named(table, "Serena Williams"), 0)
    table.scrollTo(index)
    menu = row_menu(table, table.visualRect(index).center(), window.state, window.corrections)
    assert menu is not None
    assert [a.text() for a in menu.actions() if a.text().startswith("Merge into")] == [
        "Merge into…"
    ]


def test_entity_model_with_candidates(qtmodeltester, williams_index: Path) -> None:
    from explorer.index.store import Store

    with Store(williams_index, readonly=True) as store:
        rows = queries.entities(store.conn)
    model = EntityTableModel()
    model.set_rows(rows)
    assert any(row.candidates for row in model.rows())
    qtmodeltester.check(model, force_py=True)
