"""Charts: clicking a bar reports it, exports are real images, the CLI draws the same chart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from ui_helpers import install_index

from explorer.charts.bars import BarChart
from explorer.charts.data import Bar, ChartData, chart_csv, distribution_chart
from explorer.charts.export import export_chart, export_size
from explorer.cli import main
from explorer.index.queries import DayCount, Spread

DATA = ChartData("Most-mentioned people", "Whole corpus", "Mentions",
                 tuple(Bar(f"Person {i}", 10 - i, "person", i) for i in range(6)))


def test_clicking_a_bar_reports_it(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(500, 400)
    chart.show()
    chart.set_data(DATA)
    qtbot.waitExposed(chart)
    box = chart.getPlotItem().getViewBox()
    scene = box.mapViewToScene(QPointF(2.0, 3.0))
    with qtbot.waitSignal(chart.barClicked) as clicked:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton,
                         pos=chart.mapFromScene(scene))
    assert clicked.args[0].label == "Person 3"


@pytest.mark.parametrize("width", [500, 260, 200])
def test_a_small_chart_says_how_many_bars_it_leaves_out_in_words_that_fit(
    qtbot, width: int
) -> None:
    chart = BarChart(show_title=False)
    qtbot.addWidget(chart)
    chart.resize(width, 160)
    chart.show()
    qtbot.waitExposed(chart)
    bars = tuple(Bar(f"Place {i}", 50 - i, "place", i) for i in range(40))
    chart.set_data(ChartData("t", "s", "Mentions", bars))
    shown = chart.fitting_bars() - 1
    (more,) = [item for item in chart._items
               if hasattr(item, "toPlainText") and "more" in item.toPlainText()]
    assert more.toPlainText().startswith(f"{40 - shown} more")
    if width == 500:
        assert more.toPlainText().endswith("enlarge the panel to see them")
    box = chart.getPlotItem().getViewBox()
    right = more.mapRectToScene(more.boundingRect()).right()
    assert right <= box.mapRectToScene(box.boundingRect()).right() + 1  # not cut off


def test_export_png_and_svg(qtbot, tmp_path: Path) -> None:
    png, table = export_chart(DATA, tmp_path / "people.png")
    image = QImage(str(png))
    assert (image.width(), image.height()) == export_size(DATA)
    assert table.read_text(encoding="utf-8") == chart_csv(DATA)
    svg, _ = export_chart(DATA, tmp_path / "people.svg")
    assert "Most-mentioned people" in svg.read_text(encoding="utf-8")


def test_distribution_over_time_when_documents_have_dates(qtbot, tmp_path: Path) -> None:
    days = tuple(DayCount(f"2024-03-0{i}", i, i) for i in (1, 2, 5))
    data = distribution_chart("Putin", Spread(3, days, ()))
    assert data.over_time and [bar.label for bar in data.bars] == ["2024-03-01", "2024-03-02",
                                                                  "2024-03-05"]
    png, table = export_chart(data, tmp_path / "spread.png")
    assert not QImage(str(png)).isNull()
    assert table.read_text(encoding="utf-8").splitlines()[0] == "document,date,mentions"


def test_cli_chart_draws_the_same_chart(qtbot, capsys, seeds_copy: Path, seeds_index: Path,
                                        tmp_path: Path) -> None:
    install_index(seeds_index, seeds_copy)
    out = tmp_path / "putin.png"
    code = main(["chart", str(seeds_copy), "--entity", "Putin", "--focus", "North Korea",
                 "--top", "8", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert "Mentioned with Vladimir Putin in the same sentence" in capsys.readouterr().out
    image = QImage(str(out))
    assert not image.isNull() and image.width() == 1200
    rows = out.with_suffix(".csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "name,kind,together (sentences)" and 1 < len(rows) <= 9

    svg = tmp_path / "people.svg"
    assert main(["chart", str(seeds_copy), "--kind", "person", "--out", str(svg)]) == 0
    assert "Most-mentioned people" in svg.read_text(encoding="utf-8")
    assert main(["chart", str(seeds_copy), "--out", str(tmp_path / "x.gif")]) == 2


def test_a_resized_chart_redraws_once_the_resizing_is_over(qtbot) -> None:
    chart = BarChart(show_title=False)
    qtbot.addWidget(chart)
    chart.resize(500, 160)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_data(ChartData("t", "s", "Mentions",
                             tuple(Bar(f"Place {i}", 50 - i, "place", i) for i in range(40))))

    def more() -> str:
        return next(item.toPlainText() for item in chart._items
                    if hasattr(item, "toPlainText") and "more" in item.toPlainText())

    assert more().endswith("enlarge the panel to see them")
    for width in (400, 300, 200):
        chart.resize(width, 160)
    qtbot.waitUntil(lambda: not more().endswith("see them"))
    assert chart._drawn_width == 200
