"""Chart panels: every bar the control asks for is drawn, and a long chart scrolls."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from explorer.charts.data import (
    Bar,
    ChartData,
    ChartFocus,
    comention_chart,
    distribution_chart,
    frequency_chart,
)
from explorer.charts.kinds import kind_color
from explorer.index import queries
from explorer.index.focus import Focus
from explorer.index.queries import DayCount, DocumentRow, EntityRow, Spread
from explorer.ui.chart_panel import ChartPanel

PLACES = ChartData(
    "Most-mentioned places",
    "Top 40 of 90",
    "Mentions",
    tuple(Bar(f"Place {i}", 50 - i, "place", i) for i in range(40)),
)


def panel_of(qtbot, data: ChartData, size: tuple[int, int] = (360, 260)) -> ChartPanel:
    panel = ChartPanel("testChart", "")
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_data(data)
    if data.bars and not data.over_time:  # horizontal bars are drawn again at the panel's size
        qtbot.waitUntil(lambda: panel.chart._drawn_size == panel.chart.size().toTuple())
    return panel


def labels(panel: ChartPanel) -> list[str]:
    """The names on the chart's left axis, top to bottom."""
    ticks = panel.chart.getPlotItem().getAxis("left")._tickLevels[0]
    return [label for _y, label in ticks]


def shown_in_panel(panel: ChartPanel, row: int) -> bool:
    """Whether bar `row`'s middle is inside the part of the chart the panel shows."""
    box = panel.chart.getPlotItem().getViewBox()
    point = panel.chart.mapFromScene(box.mapViewToScene(QPointF(0.0, float(row))))
    inside = panel.chart.viewport().mapTo(panel.scroll.viewport(), point)
    return panel.scroll.viewport().rect().contains(inside)


def test_a_short_panel_draws_every_bar_and_scrolls_to_the_last(qtbot) -> None:
    panel = panel_of(qtbot, PLACES)
    assert labels(panel) == [f"Place {i}" for i in range(40)]
    bar = panel.scroll.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    assert shown_in_panel(panel, 0) and not shown_in_panel(panel, 39)
    bar.setValue(bar.maximum())
    assert shown_in_panel(panel, 39) and not shown_in_panel(panel, 0)


def test_the_wheel_over_the_chart_scrolls_the_panel(qtbot) -> None:
    panel = panel_of(qtbot, PLACES)
    viewport = panel.chart.viewport()
    at = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        at,
        QPointF(viewport.mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(0, -360),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert panel.scroll.verticalScrollBar().value() > 0


def test_a_tall_panel_has_no_scroll_bar_and_keeps_few_bars_slim(qtbot) -> None:
    few = ChartData("t", "s", "Mentions", PLACES.bars[:2])
    panel = panel_of(qtbot, few, (360, 500))
    assert labels(panel) == ["Place 0", "Place 1"]
    assert not panel.scroll.verticalScrollBar().isVisible()
    box = panel.chart.getPlotItem().getViewBox()
    rows = box.viewRange()[1][1] - box.viewRange()[1][0]
    assert rows >= 8  # two bars do not fill the panel


def test_another_chart_starts_at_its_top(qtbot) -> None:
    panel = panel_of(qtbot, PLACES)
    bar = panel.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    panel.set_data(
        ChartData(
            "Most-mentioned people",
            "s",
            "Mentions",
            tuple(Bar(f"Person {i}", 50 - i, "person", i) for i in range(40)),
        )
    )
    assert bar.value() == 0


def bar_colors(panel: ChartPanel) -> list[str]:
    """The fill colour of every bar the chart draws."""
    (bars,) = [item for item in panel.chart._items if isinstance(item, pg.BarGraphItem)]
    brushes = bars.opts["brushes"] or [bars.opts["brush"]] * len(panel.data().bars)
    return [pg.mkBrush(brush).color().name().upper() for brush in brushes]


def document(number: int, title: str, mentions: int) -> DocumentRow:
    return DocumentRow(number, f"doc{number}", f"/news/{number}.txt", title, None, 300, mentions)


def test_the_spread_of_a_country_is_drawn_in_the_country_colour_most_mentions_first(
    qtbot,
) -> None:
    by_title = (
        document(1, "Arms talks", 3),
        document(2, "Border", 9),
        document(3, "Ceasefire", 1),
        document(4, "Drones", 9),
        document(5, "Exports", 4),
    )  # as the query sorts them
    data = distribution_chart("Russia", Spread(137, (), by_title), kind="country")
    panel = panel_of(qtbot, data)
    assert labels(panel) == ["Border", "Drones", "Exports", "Arms talks", "Ceasefire"]
    assert panel.subtitle.text() == "Top 5 of 137 documents by mentions · Whole corpus"
    assert set(bar_colors(panel)) == {kind_color("country", dark=panel.chart._theme.dark)}


def test_a_spread_over_time_takes_the_kind_colour_and_counts_one_document_in_the_singular(
    qtbot,
) -> None:
    days = (DayCount("2024-03-01", 2, 1), DayCount("2024-03-04", 1, 2))
    panel = panel_of(qtbot, distribution_chart("NATO", Spread(1, days, ()), kind="organization"))
    assert panel.subtitle.text() == "1 document · Whole corpus"
    assert set(bar_colors(panel)) == {kind_color("organization", dark=panel.chart._theme.dark)}


def entity(store, name: str) -> EntityRow:
    return next(row for row in queries.find_entities(store.conn, name) if row.name == name)


@pytest.mark.parametrize(
    ("demonyms", "places", "said"),
    [
        (True, False, "with demonyms"),
        (True, True, "with demonyms and places"),
        (False, True, "with places"),
        (False, False, "name only"),
    ],
)
def test_a_focused_country_chart_says_how_the_country_counts_and_leaves_its_own_bar_out(
    seeds_store, demonyms: bool, places: bool, said: str
) -> None:
    russia = entity(seeds_store, "Russia")
    rows = queries.entities(seeds_store.conn, focus=Focus((russia.id,), demonyms, places))
    own = next(row for row in rows if row.id == russia.id)
    data = frequency_chart(
        rows, top=10, focus=ChartFocus((russia,), demonyms, places), corpus="seeds"
    )
    assert "Russia" not in [bar.label for bar in data.bars] and len(data.bars) == 10
    assert data.subtitle == (
        f"seeds · Top 10 of {len(rows) - 1} · Focus: Russia ({said})"
        f" · Russia ({own.mentions}) left out"
    )


def test_a_focused_person_needs_no_word_on_demonyms(seeds_store) -> None:
    putin = entity(seeds_store, "Vladimir Putin")
    rows = queries.entities(seeds_store.conn, focus=Focus((putin.id,)))
    data = frequency_chart(rows, top=100, focus=ChartFocus((putin,)))
    assert data.subtitle == (
        f"{len(rows) - 1} shown · Focus: Vladimir Putin"
        f" · Vladimir Putin ({putin.mentions}) left out"
    )


def test_the_comention_chart_leaves_out_every_focused_entity(seeds_store) -> None:
    kim, russia = entity(seeds_store, "Kim Jong Un"), entity(seeds_store, "Russia")
    focus = Focus((kim.id, russia.id))
    rows = queries.co_mentions(seeds_store.conn, entity(seeds_store, "North Korea").id, focus=focus)
    assert {kim.id, russia.id} <= {row.id for row in rows}
    data = comention_chart(
        "North Korea", rows, window="sentence", top=5, focus=ChartFocus((kim, russia))
    )
    assert {"Kim Jong Un", "Russia"}.isdisjoint(bar.label for bar in data.bars)
    assert "Focus: Kim Jong Un + Russia (with demonyms)" in data.subtitle
    assert data.subtitle.endswith(" left out") and "Kim Jong Un (" in data.subtitle


def test_when_only_the_focus_matches_the_chart_says_so(qtbot, seeds_store) -> None:
    russia = entity(seeds_store, "Russia")
    rows = [
        row
        for row in queries.entities(seeds_store.conn, focus=Focus((russia.id,)))
        if row.name == "Russia"
    ]
    panel = panel_of(
        qtbot, frequency_chart(rows, top=20, search="russia", focus=ChartFocus((russia,)))
    )
    assert not panel.data().bars
    assert panel.data().empty.startswith("Only the focus matches, and the chart leaves it out")
