"""Thousands of bar-chart repaints: PySide6 6.12.0 on Python 3.11 crashed pyqtgraph here
("Fatal Python error: none_dealloc"); pyproject pins the binding, this catches a regression."""

from __future__ import annotations

import pytest

from explorer.charts.bars import BarChart
from explorer.charts.data import Bar, ChartData

REPAINTS = 3000


@pytest.mark.slow
def test_thousands_of_chart_repaints(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(480, 360)
    chart.show()
    for i in range(REPAINTS):
        if i % 10 == 0:
            bars = tuple(
                Bar(f"Entity {j}", (i + j * 7) % 50 + 1, ("person", "country")[j % 2], j)
                for j in range(12)
            )
            chart.set_data(ChartData(f"Repaint {i}", "soak", "Mentions", bars))
        chart.repaint()
    assert chart.grab().width() > 0
