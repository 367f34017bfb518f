"""Entity and co-mention tables on a small screen: names take the spare width, numbers
only what they need; Down in the search box moves into the list."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle

from explorer.ui.views import RowTableView

SMALL_SCREEN = (1284, 706)  # the window on a 1366×768 screen


def on_small_screen(qtbot, window) -> None:
    window.resize(*SMALL_SCREEN)
    window.reset_layout()
    qtbot.waitUntil(lambda: window.entity_panel.width() < 420)
    qtbot.wait(50)


def cut_names(view: RowTableView) -> list[str]:
    """The names the Name column is too narrow for (Qt draws them elided: 'Nor…')."""
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    icon = (
        view.iconSize().width() + 4
        if view.model().index(0, 0).data(Qt.ItemDataRole.DecorationRole)
        else 0
    )
    room = view.columnWidth(0) - margin - icon
    return [
        view.model().row(n).name
        for n in range(view.model().rowCount())
        if metrics.horizontalAdvance(view.model().index(n, 0).data()) > room
    ]


def test_the_entity_table_shows_whole_names_on_a_small_screen(qtbot, window) -> None:
    on_small_screen(qtbot, window)
    table = window.entity_panel.table
    top = [table.model().row(n).name for n in range(10)]
    assert {"North Korea", "Russia", "Kim Jong Un", "Vladimir Putin"} <= set(top)
    assert not set(cut_names(table)) & set(top)
    assert table.isColumnHidden(1)  # the kind: a dot of its colour before the name says it
    assert table.model().index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    header = table.horizontalHeader()
    for column in (2, 3):  # mentions and documents: as wide as their header
        assert table.columnWidth(column) == header.sectionSizeHint(column)
    assert table.columnWidth(0) > 1.5 * max(table.columnWidth(2), table.columnWidth(3))


def test_the_comention_table_shows_whole_names_on_a_small_screen(qtbot, window) -> None:
    on_small_screen(qtbot, window)
    table = window.comention_panel.table
    top = [table.model().row(n).name for n in range(min(6, table.model().rowCount()))]
    assert "Russia" in top and not set(cut_names(table)) & set(top)
    assert table.isColumnHidden(1)


def test_a_number_wider_than_its_header_widens_its_column(qtbot, window) -> None:
    table = window.entity_panel.table
    model = table.model()
    big = model.row(0)._replace(mentions=123_456_789_012)
    model.set_rows([big, *model.rows()[1:]])
    wanted = table.fontMetrics().horizontalAdvance("123,456,789,012")
    assert table.columnWidth(2) > wanted > table.horizontalHeader().sectionSizeHint(2)


def test_only_the_sorted_column_keeps_room_for_the_sort_arrow(qtbot, window) -> None:
    table = window.entity_panel.table
    header = table.horizontalHeader()
    mentions, documents = table.columnWidth(2), table.columnWidth(3)
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(3) + 5, header.height() // 2),
    )
    assert header.sortIndicatorSection() == 3
    assert table.columnWidth(3) > documents and table.columnWidth(2) < mentions


def test_down_in_the_search_box_moves_to_the_first_entity_found(qtbot, window) -> None:
    panel = window.entity_panel
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "kim")
    qtbot.waitUntil(lambda: panel.table.model().rowCount() < 10)
    first = panel.table.model().row(0)
    assert "kim" in first.name.lower() and window.state.entity.name != first.name
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert panel.table.hasFocus() and panel.table.currentIndex().row() == 0
    assert panel.table.selected_rows() == [0] and window.state.entity.name == first.name
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert window.state.entity.name == panel.table.model().row(1).name


def test_down_and_esc_elsewhere_leave_the_search_alone(qtbot, window) -> None:
    panel = window.entity_panel
    qtbot.keyClicks(panel.search, "kim")
    qtbot.waitUntil(lambda: panel.table.model().rowCount() < 10)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.table.model().index(1, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.table.currentIndex().row() == 2
    qtbot.keyClick(panel.table, Qt.Key.Key_Escape)
    assert panel.search.text() == "kim"
    panel.search.setFocus()
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == ""
