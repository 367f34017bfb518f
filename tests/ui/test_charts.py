"""Charts: clicking a bar reports it, exports are real images, the CLI draws the same chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics, QImage
from ui_helpers import install_index

from explorer.charts.bars import BarChart
from explorer.charts.data import Bar, ChartData, chart_csv, distribution_chart
from explorer.charts.export import export_chart, export_size
from explorer.charts.kinds import kind_color
from explorer.cli import main
from explorer.index.queries import DayCount, DocumentRow, Spread

DATA = ChartData(
    "Most-mentioned people",
    "Whole corpus",
    "Mentions",
    tuple(Bar(f"Person {i}", 10 - i, "person", i) for i in range(6)),
)


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
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.mapFromScene(scene))
    assert clicked.args[0].label == "Person 3"


def test_at_its_needed_height_every_name_has_a_readable_row(qtbot) -> None:
    chart = BarChart(show_title=False)
    qtbot.addWidget(chart)
    chart.set_data(
        ChartData(
            "t", "s", "Mentions", tuple(Bar(f"Place {i}", 50 - i, "place", i) for i in range(40))
        )
    )
    chart.resize(400, chart.needed_height())
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.waitUntil(lambda: chart._drawn_size == (400, chart.needed_height()))
    box = chart.getPlotItem().getViewBox()
    first, second = (box.mapViewToScene(QPointF(0.0, y)).y() for y in (0.0, 1.0))
    assert second - first >= QFontMetrics(chart.font()).height()
    assert len(chart.getPlotItem().getAxis("left")._tickLevels[0]) == 40


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
    assert data.over_time and [bar.label for bar in data.bars] == [
        "2024-03-01",
        "2024-03-02",
        "2024-03-05",
    ]
    png, table = export_chart(data, tmp_path / "spread.png")
    assert not QImage(str(png)).isNull()
    assert table.read_text(encoding="utf-8").splitlines()[0] == "document,date,mentions"


def test_cli_chart_draws_the_same_chart(
    qtbot, capsys, seeds_copy: Path, seeds_index: Path, tmp_path: Path
) -> None:
    install_index(seeds_index, seeds_copy)
    out = tmp_path / "putin.png"
    code = main(
        [
            "chart",
            str(seeds_copy),
            "--entity",
            "Putin",
            "--focus",
            "North Korea",
            "--top",
            "8",
            "--out",
            str(out),
        ]
    )
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


def test_a_resized_chart_redraws_once_the_resizing_is_over(qtbot, monkeypatch) -> None:
    chart = BarChart(show_title=False)
    qtbot.addWidget(chart)
    chart.resize(500, 160)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_data(
        ChartData(
            "t", "s", "Mentions", tuple(Bar(f"Place {i}", 50 - i, "place", i) for i in range(40))
        )
    )
    qtbot.waitUntil(lambda: chart._drawn_size == (500, 160))
    draws = []
    monkeypatch.setattr(chart, "_draw", lambda: draws.append(chart.size().toTuple()))
    for width in (400, 300, 200):
        chart.resize(width, 160)
    qtbot.waitUntil(lambda: bool(draws))
    qtbot.wait(20)
    assert draws == [(200, 160)]


def test_an_exported_chart_has_a_legend_of_the_kind_colours_it_uses(qtbot, tmp_path: Path) -> None:
    mixed = ChartData(
        "Most-mentioned entities",
        "Whole corpus",
        "Mentions",
        (Bar("Putin", 9, "person", 1), Bar("Russia", 7, "country", 2), Bar("Kim", 5, "person", 3)),
    )
    png, _ = export_chart(mixed, tmp_path / "mixed.png")
    image = QImage(str(png))
    above_the_bars = {
        image.pixelColor(x, y).name().upper()
        for y in range(0, 75)
        for x in range(0, image.width(), 2)
    }
    assert {kind_color("person"), kind_color("country")} <= above_the_bars
    assert kind_color("organization") not in above_the_bars
    svg, _ = export_chart(mixed, tmp_path / "mixed.svg")
    assert "■" in svg.read_text(encoding="utf-8")

    documents = (
        DocumentRow(1, "a", "a.txt", "Talks", None, 90, 4),
        DocumentRow(2, "b", "b.txt", "Drones", None, 80, 2),
    )
    spread = distribution_chart("Russia", Spread(2, (), documents), kind="country")
    svg, _ = export_chart(spread, tmp_path / "spread.svg")
    assert "■" not in svg.read_text(encoding="utf-8")  # one entity's bars: the title names it
