"""The main window on the seeds, driven as a user would: search, select, focus, read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from ui_helpers import click_row, current_marks, idle, row_named

from explorer.index import queries
from explorer.index.focus import Focus, focus_documents_sql
from explorer.ui.models import HIGHLIGHT_ROLE


def test_object_names_for_automation(window) -> None:
    from PySide6.QtWidgets import QWidget

    for name in (
        "entityTable",
        "entitySearch",
        "kindFilter",
        "focusBar",
        "comentionTable",
        "comentionChart",
        "frequencyChart",
        "distributionChart",
        "passageList",
        "documentView",
        "windowSelector",
        "indexProgress",
    ):
        assert window.findChild(QWidget, name) is not None, name


def test_search_putin_then_passages_and_document_highlight(qtbot, window) -> None:
    search = window.entity_panel.search
    qtbot.keyClicks(search, "Putin")
    qtbot.waitUntil(lambda: window.entity_model.rowCount() == 1)
    assert window.entity_model.row(0).name == "Vladimir Putin"

    click_row(qtbot, window.entity_panel.table, 0)
    qtbot.waitUntil(lambda: window.state.entity and window.state.entity.name == "Vladimir Putin")
    idle(qtbot, window)
    passages = window.passage_model.rows()
    assert passages and all("Putin" in row.key.text for row in passages)
    assert "Vladimir Putin" in window.passage_panel.header.text()

    target = next(i for i, row in enumerate(passages) if row.left)
    click_row(qtbot, window.passage_panel.list, target, column=2)
    idle(qtbot, window)
    wanted = passages[target]
    assert window.state.location.doc_id == wanted.passage.doc_id
    assert window.document_panel.title.text() == wanted.passage.title
    assert wanted.key.text in current_marks(window)
    cursor = window.document_panel.text.textCursor()
    assert cursor.position() >= 0 and window.document_panel.text.cursorRect().top() >= 0


def test_alias_search_and_empty_state(qtbot, window) -> None:
    search = window.entity_panel.search
    qtbot.keyClicks(search, "Jong-un")
    qtbot.waitUntil(lambda: [r.name for r in window.entity_model.rows()] == ["Kim Jong Un"])
    search.clear()
    qtbot.keyClicks(search, "xyzzy")
    qtbot.waitUntil(lambda: window.entity_model.rowCount() == 0)
    assert "No entities match “xyzzy”" in window.entity_model.empty_text
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.entity_model.rowCount() > 10)


def test_kind_filter_buttons(qtbot, window) -> None:
    people = next(b for b in window.entity_panel._kinds.buttons() if b.property("kind") == "person")
    qtbot.mouseClick(people, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert window.state.kind == "person"
    assert {row.kind for row in window.entity_model.rows()} == {"person"}
    assert window.frequency_panel.data().title == "Most-mentioned people"


def _focused_ids(store, focus: Focus) -> set[int]:
    sql, params = focus_documents_sql(focus)
    return {row[0] for row in store.conn.execute(sql, params)}


def test_focus_shrinks_every_panel_to_the_focused_documents(qtbot, window, seeds_store) -> None:
    table = window.entity_panel.table
    russia_before = window.entity_model.row(row_named(table, "Russia")).documents

    click_row(qtbot, table, row_named(table, "TASS"))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [c.ref.name for c in window.focus_bar.chips()] == ["TASS"])
    idle(qtbot, window)

    tass = queries.find_entities(seeds_store.conn, "TASS")[0]
    focused = _focused_ids(seeds_store, Focus((tass.id,)))
    assert 0 < len(focused) < 4
    assert f"{len(focused)} of 4 documents" in window.focus_bar.hint.text()
    rows = window.entity_model.rows()
    assert all(row.documents <= len(focused) for row in rows)
    assert window.entity_model.row(row_named(table, "Russia")).documents < russia_before
    assert "Focus: TASS" in window.frequency_panel.data().subtitle
    assert {p.passage.doc_id for p in window.passage_model.rows()} <= focused

    qtbot.mouseClick(
        window.focus_bar.chips()[0].findChild(object, "removeFocus"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not window.state.focus)
    idle(qtbot, window)
    assert window.entity_model.row(row_named(table, "Russia")).documents == russia_before


def test_focus_on_north_korea_counts_its_documents(qtbot, window, seeds_store) -> None:
    table = window.entity_panel.table
    where = table.visualRect(table.model().index(row_named(table, "North Korea"), 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: [r.name for r in window.state.focus] == ["North Korea"])
    idle(qtbot, window)
    korea = queries.find_entities(seeds_store.conn, "North Korea")[0]
    expected = {
        r.name: r.documents for r in queries.entities(seeds_store.conn, focus=Focus((korea.id,)))
    }
    shown = {r.name: r.documents for r in window.entity_model.rows()}
    assert shown == expected


def test_comention_row_highlights_both_names_in_passages(qtbot, window) -> None:
    table = window.entity_panel.table
    click_row(qtbot, table, row_named(table, "Vladimir Putin"))
    idle(qtbot, window)
    comentions = window.comention_panel.table
    click_row(qtbot, comentions, row_named(comentions, "Kim Jong Un"))
    idle(qtbot, window)
    assert window.state.comention.name == "Kim Jong Un"
    assert "Vladimir Putin and Kim Jong Un" in window.passage_panel.header.text()
    model = window.passage_model
    assert model.rowCount() > 0
    for number in range(model.rowCount()):
        row = model.row(number)
        ids = {m.entity_id for m in row.passage.mentions}
        assert ids == {window.state.entity.id, window.state.comention.id}
        marks = model.index(number, 0).data(HIGHLIGHT_ROLE) + model.index(number, 2).data(
            HIGHLIGHT_ROLE
        )
        assert marks, "the other entity is highlighted in the context"
    click_row(qtbot, window.passage_panel.list, 0)
    idle(qtbot, window)
    marks = current_marks(window)
    assert any("Putin" in m for m in marks) and any("Kim" in m for m in marks)


def test_window_selector_changes_counts(qtbot, window) -> None:
    table = window.entity_panel.table
    click_row(qtbot, table, row_named(table, "Vladimir Putin"))
    idle(qtbot, window)
    sentence = {r.name: r.count for r in window.comention_model.rows()}
    window.comention_panel.window_selector.setCurrentIndex(2)
    idle(qtbot, window)
    assert window.state.window == "document"
    document = {r.name: r.count for r in window.comention_model.rows()}
    assert len(document) >= len(sentence)
    assert "in the same document" in window.comention_panel.chart.data().title


def test_clicking_a_marked_mention_selects_its_entity(qtbot, window) -> None:
    text = window.document_panel.text
    current = window.state.entity
    mention = next(m for m in text.mentions if m.entity_id != current.id)
    rect = text.cursorRect(text.cursor_for(mention.start + 1, mention.start + 1))
    text.ensureCursorVisible()
    text.setTextCursor(text.cursor_for(mention.start + 1, mention.start + 1))
    text.centerCursor()
    rect = text.cursorRect()
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.state.entity.id == mention.entity_id)
    idle(qtbot, window)
    assert window.entity_panel.table.current_row().id == mention.entity_id


def test_back_and_forward(qtbot, window) -> None:
    assert window.actions.back.shortcut() == QKeySequence(QKeySequence.StandardKey.Back)
    table = window.entity_panel.table
    first = window.state.entity
    click_row(qtbot, table, row_named(table, "Ukraine"))
    idle(qtbot, window)
    assert window.state.entity.name == "Ukraine"
    window.actions.back.trigger()
    idle(qtbot, window)
    assert window.state.entity == first
    assert window.entity_panel.table.current_row().id == first.id
    window.actions.forward.trigger()
    idle(qtbot, window)
    assert window.state.entity.name == "Ukraine"


def test_ctrl_c_copies_selected_rows(qtbot, window) -> None:
    from PySide6.QtGui import QGuiApplication

    table = window.entity_panel.table
    click_row(qtbot, table, 0)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == ["Name", "Kind", "Mentions", "Documents"]
    assert lines[1].startswith(window.entity_model.row(0).name + "\t")


def test_about_lists_versions(qtbot, window, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(
        "explorer.ui.actions.QMessageBox.about", lambda parent, title, text: shown.append(text)
    )
    window.actions.about.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "Python" in shown[0] and "spaCy" in shown[0]


def test_long_passage_lists_load_a_page_at_a_time_as_they_scroll(
    qtbot, window, seeds_store, monkeypatch
) -> None:
    from explorer.app import views

    monkeypatch.setattr(views, "PASSAGE_PAGE", 3)
    table = window.entity_panel.table
    click_row(qtbot, table, row_named(table, "Kim Jong Un"))
    idle(qtbot, window)
    total = len(queries.passages(seeds_store.conn, window.state.entity.id))
    # the view asks for pages until its visible rows are filled, and no further
    loaded = window.passage_model.rowCount()
    assert total > 20 and loaded % 3 == 0 and 3 <= loaded < total
    assert window.passage_panel.header.text().startswith(f"{total} passages mention Kim Jong Un")
    view = window.passage_panel.list
    while window.passage_model.rowCount() < total:
        shown = window.passage_model.rowCount()
        view.scrollToBottom()
        qtbot.waitUntil(lambda shown=shown: window.passage_model.rowCount() > shown)
    rows = window.passage_model.rows()
    assert [r.passage.passage_id for r in rows] == [
        p.passage_id for p in queries.passages(seeds_store.conn, window.state.entity.id)
    ]
    assert all("Kim" in r.key.text for r in rows)
    assert not window.passage_model.canFetchMore()


def test_the_frequency_chart_ranks_by_mentions_whatever_the_table_sort(qtbot, window) -> None:
    table = window.entity_panel.table
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name
    qtbot.keyClicks(window.entity_panel.search, "o")
    qtbot.waitUntil(lambda: window.entity_model.rowCount() > 3)
    qtbot.wait(400)  # past the search debounce
    shown = window.entity_model.rows()
    assert [r.name for r in shown] == sorted(r.name for r in shown)
    bars = window.entities.chart.bars
    ranked = sorted(shown, key=lambda r: (-r.mentions, r.name))
    assert [b.label for b in bars] == [r.name for r in ranked[: len(bars)]]


def test_focusing_a_country_leaves_its_bar_out_and_colours_its_spread(qtbot, window) -> None:
    table = window.entity_panel.table
    where = table.visualRect(table.model().index(row_named(table, "North Korea"), 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: [r.name for r in window.state.focus] == ["North Korea"])
    idle(qtbot, window)
    frequency = window.entities.chart
    assert "North Korea (with demonyms)" in frequency.subtitle
    assert "North Korea" not in [bar.label for bar in frequency.bars]
    assert "left out" in frequency.subtitle
    spread = window.distribution.chart
    assert spread.bars and {bar.kind for bar in spread.bars} == {"country"}
    assert "Whole corpus" not in spread.subtitle
