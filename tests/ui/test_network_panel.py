"""The Network panel on the seeds: a click on a node selects its entity and every panel
follows, a double-click focuses on it, a click on an edge lists the pair's passages,
a hover tells the counts; exports keep the names; drawing never holds the UI long."""

from __future__ import annotations

import time
from pathlib import Path

import networkx as nx
import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolTip
from ui_helpers import idle

from explorer.charts.network import NetworkPlot
from explorer.index.network import NetworkEdge, NetworkNode
from explorer.network.build import NetworkOptions, build_network
from explorer.network.data import NetworkData
from explorer.resolve.model import Correction

UI_STALL_AIM_S = 0.05


def shown_network(qtbot, window) -> NetworkData:
    """Float the Network panel at a size that spreads the seeds' 50 nodes (the test
    window's docks are small) and wait for its picture."""
    dock = window.network_dock
    dock.setFloating(True)
    dock.resize(1000, 800)
    dock.show()
    qtbot.waitExposed(dock)
    qtbot.waitUntil(lambda: bool(window.network_panel.plot.network_data().nodes), timeout=20_000)
    idle(qtbot, window)
    return window.network_panel.plot.network_data()


def point_of(plot: NetworkPlot, x: float, y: float) -> QPoint:
    """Where a point of the layout is in the plot's viewport."""
    scene = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def node_point(plot: NetworkPlot, name: str) -> tuple[NetworkNode, QPoint]:
    data = plot.network_data()
    node = next(node for node in data.nodes if node.name == name)
    return node, point_of(plot, *data.positions[node.id])


def clear_edge(plot: NetworkPlot) -> tuple[NetworkEdge, QPoint]:
    """An edge whose middle is far from every node and every other edge's middle."""
    data = plot.network_data()
    xy = np.array([data.positions[n.id] for n in data.nodes])
    span = np.ptp(xy, axis=0).max()
    middles = [np.add(data.positions[e.a], data.positions[e.b]) / 2 for e in data.edges]
    for edge, middle in zip(data.edges, middles, strict=True):
        far_from_nodes = np.hypot(*(xy - middle).T).min() > span * 0.06
        others = [m for m in middles if m is not middle]
        if far_from_nodes and min(np.hypot(*(np.array(others) - middle).T)) > span * 0.03:
            hit = plot._hit(plot.mapToScene(point_of(plot, *middle)))
            if hit == edge:
                return edge, point_of(plot, *middle)
    raise AssertionError("no edge stands clear of the others")


def test_the_network_shows_the_top_entities_and_their_links(qtbot, window) -> None:
    data = shown_network(qtbot, window)
    panel = window.network_panel
    assert panel.objectName() == "networkView"
    assert len(data.nodes) == 50 and data.edges
    assert data.nodes[0].name == "North Korea"
    assert panel.title.text() == "Entities mentioned together in the same sentence"
    assert "50 entities" in panel.subtitle.text()
    # names are placed at the next turn of the event loop after the view settles
    qtbot.waitUntil(lambda: len(panel.plot.names.shown()) >= 30)
    assert {"North Korea", "Russia", "Kim Jong Un"} <= set(panel.plot.names.shown())


def test_clicking_a_node_selects_it_and_every_panel_follows(qtbot, window) -> None:
    shown_network(qtbot, window)
    plot = window.network_panel.plot
    node, point = node_point(plot, "Vladimir Putin")
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(
        lambda: window.state.entity is not None and window.state.entity.name == "Vladimir Putin"
    )
    idle(qtbot, window)
    assert window.comention_panel.title.text() == "With Vladimir Putin"
    assert window.comention_model.rowCount() > 0
    assert "passages mention Vladimir Putin" in window.passage_panel.header.text()
    table = window.entity_panel.table
    assert table.current_row() is not None and table.current_row().name == "Vladimir Putin"
    assert plot._selected == (node.id, None)


def test_clicking_an_edge_lists_the_passages_where_both_appear(qtbot, window) -> None:
    data = shown_network(qtbot, window)
    plot = window.network_panel.plot
    edge, point = clear_edge(plot)
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.state.comention is not None)
    idle(qtbot, window)
    pair = {window.state.entity.id, window.state.comention.id}
    assert pair == {edge.a, edge.b}
    names = {node.id: node.name for node in data.nodes}
    header = window.passage_panel.header.text()
    # a sentence window: the edge's count is the passages holding both
    assert header.startswith(f"{edge.count} passage")
    assert names[window.state.entity.id] in header and names[window.state.comention.id] in header
    assert window.passage_model.rowCount() == edge.count


def test_double_clicking_a_node_focuses_on_it(qtbot, window) -> None:
    shown_network(qtbot, window)
    plot = window.network_panel.plot
    node, point = node_point(plot, "United States")
    # as a hand does it: a click, then the second press (a double-click) and its release
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: [ref.name for ref in window.state.focus] == ["United States"])
    qtbot.waitUntil(lambda: plot.network_data().focused == frozenset({node.id}), timeout=20_000)
    idle(qtbot, window)
    assert "Focus: United States" in window.network_panel.subtitle.text()
    assert all(n.documents <= 3 for n in plot.network_data().nodes)  # its 3 documents


def rest_pointer(plot: NetworkPlot, point: QPoint) -> None:
    """The pointer rests at `point`: Qt asks the widget under it for a tooltip."""
    viewport = plot.viewport()
    QApplication.sendEvent(
        viewport,
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(point),
            QPointF(viewport.mapToGlobal(point)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    )


def test_hovering_tells_the_counts(qtbot, window) -> None:
    shown_network(qtbot, window)
    plot = window.network_panel.plot
    node, point = node_point(plot, "Kim Jong Un")
    rest_pointer(plot, point)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "Kim Jong Un" in QToolTip.text())
    assert f"{node.mentions} mentions in {node.documents} documents" in QToolTip.text()
    assert plot.cursor().shape() == Qt.CursorShape.PointingHandCursor
    edge, point = clear_edge(plot)
    rest_pointer(plot, point)
    qtbot.waitUntil(lambda: "together in" in QToolTip.text())
    assert f"{edge.count} sentence" in QToolTip.text()


def test_the_warm_start_keeps_the_nodes_that_stay(qtbot, window) -> None:
    before = shown_network(qtbot, window)
    window.network_panel.top_n.setValue(40)
    qtbot.waitUntil(lambda: len(window.network_panel.plot.network_data().nodes) == 40)
    after = window.network_panel.plot.network_data()
    xy = np.array(list(before.positions.values()))
    width = np.ptp(xy, axis=0).max()
    moved = [
        np.hypot(*np.subtract(after.positions[n.id], before.positions[n.id])) for n in after.nodes
    ]
    assert np.median(moved) < width * 0.05


def test_minimum_strength_and_weight_controls(qtbot, window) -> None:
    data = shown_network(qtbot, window)
    panel = window.network_panel
    panel.minimum.setValue(3)
    qtbot.waitUntil(lambda: panel.plot.network_data() is not data)
    strong = panel.plot.network_data()
    assert strong.edges and all(edge.count >= 3 for edge in strong.edges)
    panel.weight.setCurrentIndex(panel.weight.findData("score"))
    panel.minimum.setValue(12)
    qtbot.waitUntil(
        lambda: (
            panel.plot.network_data().weight == "score"
            and all(e.score >= 12 for e in panel.plot.network_data().edges)
        )
    )
    panel.communities.setChecked(True)
    qtbot.waitUntil(lambda: bool(panel.plot.network_data().communities))
    legend = panel.legend.text()
    assert legend.startswith("Communities: ") and "North Korea and " in legend


def test_the_window_control_is_the_shared_one(qtbot, window) -> None:
    shown_network(qtbot, window)
    panel = window.network_panel
    panel.window_selector.setCurrentIndex(panel.window_selector.findData("paragraph"))
    assert window.state.window == "paragraph"
    assert window.comention_panel.window_selector.currentData() == "paragraph"
    qtbot.waitUntil(lambda: panel.plot.network_data().window == "paragraph")
    assert "same paragraph" in panel.title.text()


def test_exports_keep_the_names_and_the_counts(qtbot, window, tmp_path: Path) -> None:
    data = shown_network(qtbot, window)
    panel = window.network_panel
    png, table = panel.export_to(tmp_path / "network.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and table.suffix == ".csv"
    assert len(table.read_text(encoding="utf-8").splitlines()) == len(data.edges) + 1
    svg, _ = panel.export_to(tmp_path / "network.svg")
    text = svg.read_text(encoding="utf-8")
    assert "North Korea" in text and "Vladimir Putin" in text  # names stay text
    (gexf,) = panel.export_to(tmp_path / "network.gexf")
    graph = nx.read_gexf(gexf)
    assert graph.number_of_nodes() == len(data.nodes)
    assert sorted(d["count"] for *_, d in graph.edges(data=True)) == sorted(
        edge.count for edge in data.edges
    )


def test_drawing_a_large_network_holds_the_ui_thread_briefly(qtbot) -> None:
    """200 nodes and 2,000 edges are laid out in the worker; what the UI thread does
    with them (set the items, place the names, paint) stays under the 50 ms aim.
    Counts are heavy-tailed, as a corpus's are (a few pairs seen very often)."""
    graph = nx.gnm_random_graph(200, 2000, seed=4)
    rng = np.random.default_rng(4)
    nodes = [
        NetworkNode(i, f"Entity number {i}", "person", int(rng.zipf(1.6)), 3, ())
        for i in range(200)
    ]
    edges = [
        NetworkEdge(a, b, int(rng.zipf(1.8)), 2, float(rng.uniform(6, 13))) for a, b in graph.edges
    ]
    plot = NetworkPlot()
    qtbot.addWidget(plot)
    plot.resize(900, 700)
    plot.show()
    qtbot.waitExposed(plot)
    for weight in ("count", "score"):
        data = build_network(nodes, edges, NetworkOptions(top=200, weight=weight))
        times = []
        for _ in range(3):
            started = time.perf_counter()
            plot.set_data(data)
            plot.viewport().repaint()
            times.append(time.perf_counter() - started)
        assert sorted(times)[1] < UI_STALL_AIM_S, (weight, times)


def test_a_hidden_network_computes_nothing_until_shown(qtbot, window) -> None:
    """The Network tab starts behind Mentioned Together: no layout runs for it."""
    assert window.network_panel.visibleRegion().isEmpty()  # Qt keeps it "visible", off screen
    assert not window.network_panel.plot.network_data().nodes
    window.network_dock.raise_()
    qtbot.waitUntil(lambda: bool(window.network_panel.plot.network_data().nodes), timeout=20_000)


def test_a_correction_keeps_the_picture(qtbot, window) -> None:
    """A merge rebuilds the entity tables (new ids): the entities that stay, stay put."""
    before = shown_network(qtbot, window)
    where = {node.name: before.positions[node.id] for node in before.nodes}
    window.corrections.apply(Correction("merge", ("Kim Jong Il", "Kim Jong Un")))
    plot = window.network_panel.plot
    qtbot.waitUntil(
        lambda: "Kim Jong Il" not in {n.name for n in plot.network_data().nodes}, timeout=20_000
    )
    idle(qtbot, window)
    after = plot.network_data()
    width = np.ptp(np.array(list(where.values())), axis=0).max()
    moved = [
        np.hypot(*np.subtract(after.positions[n.id], where[n.name]))
        for n in after.nodes
        if n.name in where
    ]
    assert len(moved) >= 45 and np.median(moved) < width * 0.05


def test_export_chart_exports_the_network_when_it_was_used_last(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    shown_network(qtbot, window)
    target = tmp_path / "network.svg"
    monkeypatch.setattr(
        "explorer.ui.network_panel.ask_network_path", lambda parent, suggestion, suffix: target
    )
    plot = window.network_panel.plot
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.current_chart is window.network_panel
    window.actions.export_chart.trigger()
    assert "North Korea" in target.read_text(encoding="utf-8")
    assert target.with_suffix(".csv").exists()
