"""Chart panels: every bar the control asks for is drawn, and a long chart scrolls."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from explorer.charts.data import Bar, ChartData
from explorer.ui.chart_panel import ChartPanel

PLACES = ChartData("Most-mentioned places", "Top 40 of 90", "Mentions",
                   tuple(Bar(f"Place {i}", 50 - i, "place", i) for i in range(40)))


def panel_of(qtbot, data: ChartData, size: tuple[int, int] = (360, 260)) -> ChartPanel:
    panel = ChartPanel("testChart", "")
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_data(data)
    qtbot.waitUntil(lambda: panel.chart._drawn_size == (panel.chart.width(), panel.chart.height()))
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
    wheel = QWheelEvent(at, QPointF(viewport.mapToGlobal(at.toPoint())), QPoint(0, 0),
                        QPoint(0, -360), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
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
    panel.set_data(ChartData("Most-mentioned people", "s", "Mentions",
                             tuple(Bar(f"Person {i}", 50 - i, "person", i) for i in range(40))))
    assert bar.value() == 0
