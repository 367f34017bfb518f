"""The entity menu asks the index nothing on the UI thread: it shows at once, and the
spellings Split alias offers (and the names Merge into… offers) fill in off it."""

from __future__ import annotations

import threading

from ui_helpers import idle, row_named

from explorer.app import views
from explorer.ui.entity_menu import row_menu


def test_right_click_looks_up_off_the_ui_thread_and_still_offers_the_aliases(
    qtbot, window, monkeypatch
) -> None:
    table = window.entity_panel.table
    number = row_named(table, "Kim Jong Un")
    table.scrollTo(table.model().index(number, 0))
    threads: list[threading.Thread] = []  # where views.reader opened a store
    real_store = views.Store

    def store(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_store(*args, **kwargs)

    monkeypatch.setattr(views, "Store", store)
    asked: list[list[str]] = []
    monkeypatch.setattr(
        "explorer.ui.entity_menu.ask_merge_target",
        lambda parent, ref, names: asked.append(names),
    )
    menu = row_menu(
        table,
        table.visualRect(table.model().index(number, 0)).center(),
        window.state,
        window.corrections,
    )
    assert menu is not None
    assert threading.main_thread() not in threads  # building the menu queried nothing here
    split = next(a for a in menu.actions() if a.text() == "Split alias").menu()
    qtbot.waitUntil(split.isEnabled, timeout=10_000)
    idle(qtbot, window)
    assert threads and threading.main_thread() not in threads
    offered = [action.text() for action in split.actions()]
    assert "“Kim Jong-un”" in offered and "“Kim Jong Un”" not in offered
    next(a for a in menu.actions() if a.text() == "Merge into…").trigger()
    assert "Kim Jong Il" in asked[0] and "Kim Jong Un" not in asked[0]
