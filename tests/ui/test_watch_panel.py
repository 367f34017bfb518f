"""The Watch-list panel on the seeds: open a list, read its rows and its bad lines, click
a row to select the entity, focus on any of the names, and find the list (with new
mentions marked) when the corpus is opened again."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import click_row, idle, open_window

from explorer.ui import watch_panel
from explorer.ui.watch_model import WatchItem, WatchTableModel
from explorer.watch import memory
from explorer.watch.listfile import WatchName
from explorer.watch.match import WatchRow

LIST = """\
Kim Jong Un | Kim Jong-un ; person
Antony Blinken
Vladimir Poutine
Xi Jinping
TASS ; organisation
Putin ; animal
"""


@pytest.fixture()
def watched(qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The window with LIST opened in its Watch-list panel."""
    path = tmp_path / "leak-names.txt"
    path.write_text(LIST, encoding="utf-8")
    monkeypatch.setattr(watch_panel, "ask_watch_list", lambda parent: path)
    window.watch_dock.show()
    window.watch_dock.raise_()
    panel = window.watch_panel
    panel.open_button.click()
    qtbot.waitUntil(lambda: panel.table.model().rowCount() == 5, timeout=10_000)
    idle(qtbot, window)
    return window


def row_of(model: WatchTableModel, name: str) -> int:
    return model.find(lambda item: item.row.entry.name == name)


def cell(model: WatchTableModel, name: str, column: int) -> str:
    return model.index(row_of(model, name), column).data()


def test_the_rows_say_what_is_found_and_what_is_not(watched) -> None:
    panel = watched.watch_panel
    model = panel.table.model()
    assert cell(model, "Kim Jong Un", 1) == "Kim Jong Un"
    assert cell(model, "Kim Jong Un", 2) == "39" and cell(model, "Kim Jong Un", 3) == "4"
    assert cell(model, "TASS", 1) == "TASS"
    assert cell(model, "Vladimir Poutine", 1) == (
        "not found — did you mean Vladimir Putin (person)?"
    )
    assert cell(model, "Xi Jinping", 1) == "not found" and cell(model, "Xi Jinping", 2) == ""
    assert panel.title.text() == "leak-names.txt: 3 of 5 found"
    assert panel.message.isVisible()
    assert panel.message.text() == (
        "1 line of the list could not be read: line 6: “animal” is not a kind (one of person, "
        "country, place, organization, group, event, other, date): “Putin ; animal”"
    )
    assert all(panel.table.isColumnHidden(c) for c in model.DATE_COLUMNS)  # no dates


def test_clicking_a_row_selects_its_entity(qtbot, watched) -> None:
    table = watched.watch_panel.table
    click_row(qtbot, table, row_of(table.model(), "Antony Blinken"))
    qtbot.waitUntil(
        lambda: watched.state.entity is not None and watched.state.entity.name == "Antony Blinken"
    )
    idle(qtbot, watched)
    assert watched.passage_model.rowCount() >= 1  # its passages are listed
    click_row(qtbot, table, row_of(table.model(), "Xi Jinping"))  # not found: nothing to select
    assert watched.state.entity.name == "Antony Blinken"


def test_focus_on_any_of_these(qtbot, watched) -> None:
    panel = watched.watch_panel
    panel.focus_button.click()
    state = watched.state
    assert {ref.name for ref in state.focus_any} == {"Kim Jong Un", "Antony Blinken", "TASS"}
    assert state.focus == ()
    idle(qtbot, watched)
    chips = watched.focus_bar.chips()
    assert len(chips) == 1 and chips[0].label.text().startswith("Any of 3: ")
    assert watched.focus_bar.hint.text() == "4 of 4 documents"  # Kim is in every one
    state.update(focus_any=tuple(r for r in state.focus_any if r.name != "Kim Jong Un"))
    idle(qtbot, watched)
    qtbot.waitUntil(lambda: watched.focus_bar.hint.text() == "2 of 4 documents")
    names = {watched.entity_model.row(n).name for n in range(watched.entity_model.rowCount())}
    assert {"Antony Blinken", "TASS"} <= names
    assert "any of 2 (" in watched.entities.chart.subtitle
    watched.actions.clear_focus.trigger()
    assert state.focus_any == () and not watched.focus_bar.chips()


def test_remembered_per_corpus_and_new_hits_marked(
    qtbot, watched, seeds_copy: Path, seeds_index: Path
) -> None:
    watched.close()
    kept = memory.load((seeds_copy.resolve(),))
    assert kept is not None and kept.path.name == "leak-names.txt"
    # As if Blinken had had fewer mentions when the user last looked (before a re-index).
    memory.save((seeds_copy.resolve(),), kept.with_seen({"antony blinken": 0}))
    again = next(open_window(qtbot, seeds_copy, seeds_index))
    panel = again.watch_panel
    model = panel.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=10_000)
    assert cell(model, "Antony Blinken", 6) == "+1" and cell(model, "TASS", 6) == ""
    assert panel.seen_button.isEnabled()
    click_row(qtbot, panel.table, row_of(model, "Antony Blinken"))
    assert cell(model, "Antony Blinken", 6) == ""
    idle(qtbot, again)
    assert memory.load((seeds_copy.resolve(),)).seen["antony blinken"] == 1
    again.state.data_changed()  # what a re-index that changed files does
    idle(qtbot, again)
    assert model.rowCount() == 5 and cell(model, "Antony Blinken", 6) == ""
    again.close()
    again.runner.shutdown()


def test_the_watch_model(qtmodeltester) -> None:
    model = WatchTableModel()
    model.set_rows([WatchItem(WatchRow(WatchName(1, "Xi Jinping")), 0)])
    qtmodeltester.check(model, force_py=True)
