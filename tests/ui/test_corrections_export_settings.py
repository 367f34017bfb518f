"""Corrections with Undo/Redo, chart and table export, and what the next start restores."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from ui_helpers import idle, row_named

from explorer.charts.export import export_size
from explorer.ui import settings as keys
from explorer.ui.entity_menu import entity_menu
from explorer.ui.entity_panel import entity_ref


def _menu_action(menu, text: str):
    return next(a for a in menu.actions() if a.text().startswith(text))


def test_merge_then_undo_and_redo(qtbot, window, monkeypatch) -> None:
    table = window.entity_panel.table
    before = {r.name: r.mentions for r in window.entity_model.rows()}
    assert "Kim Jong Il" in before
    ref = entity_ref(window.entity_model.row(row_named(table, "Kim Jong Il")))
    monkeypatch.setattr(
        "explorer.ui.entity_menu.ask_merge_target", lambda parent, ref, names: "Kim Jong Un"
    )
    menu = entity_menu(window.entity_panel, ref, window.state, window.corrections)
    _menu_action(menu, "Merge into").trigger()
    qtbot.waitUntil(
        lambda: "Kim Jong Il" not in {r.name for r in window.entity_model.rows()}, timeout=10_000
    )
    idle(qtbot, window)
    after = {r.name: r.mentions for r in window.entity_model.rows()}
    assert after["Kim Jong Un"] == before["Kim Jong Un"] + before["Kim Jong Il"]
    assert window.actions.undo.isEnabled()
    assert "Merge “Kim Jong Il” into “Kim Jong Un”" in window.actions.undo.text()

    window.actions.undo.trigger()
    qtbot.waitUntil(
        lambda: "Kim Jong Il" in {r.name for r in window.entity_model.rows()}, timeout=10_000
    )
    idle(qtbot, window)
    assert {r.name: r.mentions for r in window.entity_model.rows()} == before
    assert window.actions.redo.isEnabled()

    window.actions.redo.trigger()
    qtbot.waitUntil(
        lambda: "Kim Jong Il" not in {r.name for r in window.entity_model.rows()}, timeout=10_000
    )
    idle(qtbot, window)


def test_rename_keeps_the_selection(qtbot, window, monkeypatch) -> None:
    table = window.entity_panel.table
    ref = entity_ref(window.entity_model.row(row_named(table, "Ukraine")))
    window.state.navigate(entity=ref, comention=None)
    idle(qtbot, window)
    monkeypatch.setattr("explorer.ui.entity_menu.ask_new_name", lambda parent, ref: "Ukraina")
    _menu_action(
        entity_menu(window.entity_panel, ref, window.state, window.corrections), "Rename"
    ).trigger()
    qtbot.waitUntil(
        lambda: window.state.entity is not None and window.state.entity.name == "Ukraina",
        timeout=10_000,
    )
    idle(qtbot, window)
    assert window.entity_panel.table.current_row().name == "Ukraina"


def test_export_chart_png_svg_and_csv(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "frequency.png"
    monkeypatch.setattr(
        "explorer.ui.chart_panel.ask_export_path", lambda parent, suggestion, suffix: target
    )
    window.current_chart = window.frequency_panel
    window.actions.export_chart.trigger()
    data = window.frequency_panel.data()
    image = QImage(str(target))
    assert not image.isNull()
    assert (image.width(), image.height()) == export_size(data)
    lines = target.with_suffix(".csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "name,kind,mentions"
    assert lines[1].startswith(data.bars[0].label + ",")

    svg = window.comention_panel.chart.export_to(tmp_path / "with.svg")
    text = svg[0].read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<svg" in text
    assert window.comention_panel.chart.data().title in text


def test_export_table_csv(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "entities.csv"
    monkeypatch.setattr("explorer.ui.actions.ask_csv_path", lambda parent, name: target)
    window.actions._export_table("Entities", window.entity_panel.table)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Name,Kind,Mentions,Documents"
    assert len(lines) == window.entity_model.rowCount() + 1


def test_settings_restored_on_next_start(qtbot, window, seeds_copy: Path) -> None:
    from explorer.ui.main_window import MainWindow

    window.comention_panel.window_selector.setCurrentIndex(1)
    people = next(b for b in window.entity_panel._kinds.buttons() if b.property("kind") == "person")
    people.click()
    window.top_n.setValue(30)
    window.resize(1234, 777)
    window.passage_dock.hide()
    idle(qtbot, window)
    window.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    try:
        assert second.state.window == "paragraph"
        assert second.comention_panel.window_selector.currentText() == "Paragraph"
        assert second.state.kind == "person"
        assert second.top_n.value() == 30
        assert abs(second.height() - 777) <= 8  # (offscreen: no frame, a narrower screen)
        # The window starts on the welcome screen (every panel hidden): the saved layout
        # shows once a corpus is open, as when the app reopens the last one.
        second.open_corpus([seeds_copy])
        idle(qtbot, second)
        assert second.entity_dock.isVisible() and not second.passage_dock.isVisible()
        assert keys.last_corpus(second.settings) == (seeds_copy.resolve(),)
        assert keys.recent_corpora(second.settings)[0] == (seeds_copy.resolve(),)
        assert "home" in second.settings.fileName()  # the tests' home, never the real one
    finally:
        second.close()
        second.runner.shutdown()
