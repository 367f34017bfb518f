"""The Timeline panel on the seeds with dates given to three of their four documents:
the selected entity's line counted in the focus, the undated document said, a click
on a point lists that entity's passages of that period, pins add lines in their own
colours, the bin changes, exports write the picture and its counts."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip
from ui_helpers import idle, open_window

from explorer.app.state import EntityRef
from explorer.charts.timeline import TimelinePlot
from explorer.index import queries
from explorer.index.store import Store
from explorer.index.timeline import EntityDays, period_passage_keys
from explorer.timeline.build import Timeline, build_timeline

DATES = {1: "2024-05-02", 2: "2024-05-20", 3: "2024-07-03"}  # document 4 has none


@pytest.fixture()
def dated_window(qtbot, seeds_copy: Path, seeds_index: Path, tmp_path: Path):
    index = tmp_path / "dated.sqlite"
    shutil.copy(seeds_index, index)
    with Store(index) as store, store.conn:
        for doc_id, date in DATES.items():
            store.conn.execute("UPDATE documents SET date = ? WHERE id = ?", (date, doc_id))
    yield from open_window(qtbot, seeds_copy, index)


def ref_of(window, name: str) -> EntityRef:
    row = window.entity_model.row(
        next(
            i
            for i in range(window.entity_model.rowCount())
            if window.entity_model.row(i).name == name
        )
    )
    return EntityRef(row.id, row.name, row.kind)


def shown_timeline(qtbot, window, *names: str) -> Timeline:
    """Raise the Timeline tab and wait for the lines of `names`."""
    window.timeline_dock.show()
    window.timeline_dock.raise_()
    panel = window.timeline_panel
    qtbot.waitUntil(
        lambda: [line.name for line in panel.plot.timeline().lines] == list(names), timeout=10_000
    )
    idle(qtbot, window)
    return panel.plot.timeline()


def test_the_selected_entity_is_counted_per_bin_and_the_undated_said(qtbot, dated_window) -> None:
    window = dated_window
    window.state.navigate(entity=ref_of(window, "Russia"))
    panel = window.timeline_panel
    assert panel.objectName() == "timelineView"
    panel.unit.setCurrentIndex(panel.unit.findData("month"))
    timeline = shown_timeline(qtbot, window, "Russia")
    assert timeline.unit == "month"
    assert [b.first.isoformat() for b in timeline.bins] == [
        "2024-05-01",
        "2024-06-01",
        "2024-07-01",
    ]
    model = window.entity_model  # the table's counts are the whole corpus's
    russia = next(model.row(i) for i in range(model.rowCount()) if model.row(i).name == "Russia")
    (line,) = timeline.lines
    assert line.dated_mentions + line.undated_mentions == russia.mentions
    assert line.counts[1] == 0
    assert panel.title.text() == "Mentions per month of Russia"
    assert panel.undated.text() == (
        f"1 document has no date and is in no bin; it holds {line.undated_mentions} mentions "
        "of Russia"
    )
    assert "Russia" in panel.legend.text()
    assert panel.undated.isVisible()


def test_clicking_a_point_lists_the_passages_of_that_period(qtbot, dated_window) -> None:
    window = dated_window
    window.state.navigate(entity=ref_of(window, "Russia"))
    panel = window.timeline_panel
    panel.unit.setCurrentIndex(panel.unit.findData("month"))
    timeline = shown_timeline(qtbot, window, "Russia")
    (line,) = timeline.lines
    plot = panel.plot
    point = plot.mapFromScene(plot.point_position(line, 0))
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.state.period is not None)
    idle(qtbot, window)
    assert (window.state.period.first, window.state.period.last) == ("2024-05-01", "2024-05-31")
    marked = plot._marked.getRegion()  # the clicked month, outlined
    assert [dt.datetime.fromtimestamp(x, dt.UTC).date().isoformat() for x in marked] == [
        "2024-05-01",
        "2024-06-01",
    ]
    with Store(window.state.index, readonly=True) as store:
        keys = period_passage_keys(store.conn, line.entity_id, "2024-05-01", "2024-05-31")
        all_keys = queries.passage_keys(store.conn, line.entity_id)
    assert 0 < len(keys) < len(all_keys)
    header = window.passage_panel.header.text()
    assert header.startswith(f"{len(keys)} passages mention Russia in May 2024")
    model = window.passage_model
    assert model.rowCount() == len(keys)
    assert {model.row(i).passage.doc_id for i in range(model.rowCount())} <= {1, 2}
    # another entity selected elsewhere: the period goes with the old selection
    window.state.navigate(entity=ref_of(window, "Kim Jong Un"))
    idle(qtbot, window)
    assert window.state.period is None
    assert "in May 2024" not in window.passage_panel.header.text()
    assert plot._marked is None


def test_pinned_lines_stay_in_their_colours_and_unpin(qtbot, dated_window) -> None:
    window = dated_window
    panel = window.timeline_panel
    window.state.navigate(entity=ref_of(window, "Russia"))
    shown_timeline(qtbot, window, "Russia")
    qtbot.mouseClick(panel.pin, Qt.MouseButton.LeftButton)
    window.state.navigate(entity=ref_of(window, "Kim Jong Un"))
    timeline = shown_timeline(qtbot, window, "Kim Jong Un", "Russia")
    colors = [panel.plot.color(i) for i in range(len(timeline.lines))]
    assert len(set(colors)) == 2
    assert not panel.pin.isEnabled() or window.state.entity not in window.state.pinned
    (chip,) = panel.pins.findChildren(type(panel.pin), "timelineUnpin")
    assert "Russia" in chip.text()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    shown_timeline(qtbot, window, "Kim Jong Un")
    assert window.state.pinned == ()


def test_the_bin_changes_and_the_export_writes_picture_and_counts(
    qtbot, dated_window, tmp_path: Path
) -> None:
    window = dated_window
    panel = window.timeline_panel
    window.state.navigate(entity=ref_of(window, "Russia"))
    panel.unit.setCurrentIndex(panel.unit.findData("day"))
    assert shown_timeline(qtbot, window, "Russia").unit == "day"
    assert len(panel.plot.timeline().bins) == 63  # 2 May to 3 July
    written = panel.export_to(tmp_path / "russia.png")
    assert written[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    rows = written[1].read_text(encoding="utf-8").splitlines()
    assert rows[0] == "first,last,Russia" and len(rows) == 64
    svg = panel.export_to(tmp_path / "russia.svg")[0].read_text(encoding="utf-8")
    assert "Mentions per day of Russia" in svg and "1 document has no date" in svg


def test_hovering_a_point_in_a_burst_tells_its_dates_and_strength(qtbot) -> None:
    start = dt.date(2025, 1, 6)
    counts = [2] * 10 + [15, 18] + [2] * 10
    days = tuple(((start + dt.timedelta(weeks=i)).isoformat(), n) for i, n in enumerate(counts))
    timeline = build_timeline([("Tony Blair", EntityDays(7, days, 0, 0))], 0, "week")
    (line,) = timeline.lines
    assert [(b.first, b.last) for b in line.bursts] == [(10, 11)]
    plot = TimelinePlot()
    qtbot.addWidget(plot)
    plot.resize(800, 400)
    plot.show()
    qtbot.waitExposed(plot)
    plot.set_timeline(timeline)
    point = plot.mapFromScene(plot.point_position(line, 11))
    qtbot.mouseMove(plot.viewport(), point)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    text = QToolTip.text()
    assert text.startswith("Tony Blair, 24 Mar 2025 – 30 Mar 2025: 18 mentions")
    assert "Burst of Tony Blair: 17 Mar 2025 – 30 Mar 2025, 33 mentions, strength" in text
    with qtbot.waitSignal(plot.binClicked) as clicked:
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert clicked.args[0] == line and clicked.args[1] == timeline.bins[11]


def test_dragging_across_bins_focuses_on_that_period_and_every_panel_follows(
    qtbot, dated_window
) -> None:
    window = dated_window
    panel = window.timeline_panel
    window.state.navigate(entity=ref_of(window, "Russia"))
    panel.unit.setCurrentIndex(panel.unit.findData("month"))
    timeline = shown_timeline(qtbot, window, "Russia")
    (line,) = timeline.lines
    in_may_and_june = line.counts[0] + line.counts[1]
    plot = panel.plot
    start = plot.mapFromScene(plot.point_position(line, 0))
    end = plot.mapFromScene(plot.point_position(line, 1))
    qtbot.mousePress(plot.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(plot.viewport(), start + (end - start) / 2)
    qtbot.mouseMove(plot.viewport(), end)
    qtbot.mouseRelease(plot.viewport(), Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: window.state.focus_period is not None)
    idle(qtbot, window)
    period = window.state.focus_period
    assert (period.first, period.last) == ("2024-05-01", "2024-06-30")
    assert window.state.period is None  # a drag is not a click
    (chip,) = window.focus_bar.chips()
    assert chip.label.text() == "1 May 2024 – 30 Jun 2024"
    assert window.focus_bar.hint.text() == "2 of 4 documents"
    model = window.entity_model
    russia = next(model.row(i) for i in range(model.rowCount()) if model.row(i).name == "Russia")
    assert russia.mentions == in_may_and_june
    assert {
        window.passage_model.row(i).passage.doc_id for i in range(window.passage_model.rowCount())
    } == {1, 2}
    assert "1 May 2024 – 30 Jun 2024" in window.frequency_panel.subtitle.text()
    narrowed = shown_timeline(qtbot, window, "Russia")
    assert narrowed.undated_documents == 0 and sum(narrowed.lines[0].counts) == in_may_and_june
    qtbot.mouseClick(chip.findChild(type(panel.pin), "removeFocus"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state.focus_period is None)
    assert window.focus_bar.chips() == []
