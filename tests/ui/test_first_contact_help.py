"""Help → Keyboard Shortcuts lists the window's real shortcuts; Help → How to Read This
Screen says what each panel shows."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog


def _help_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")


def _trigger(window, text: str) -> None:
    next(a for a in _help_menu(window).actions() if a.text() == text).trigger()


def _shown_text(window, name: str) -> str:
    dialog = window.findChild(QDialog, name)
    assert dialog is not None and dialog.isVisible()
    return dialog.text.toPlainText()


def test_the_shortcuts_list_is_read_from_the_actions(qtbot, window) -> None:
    _trigger(window, "&Keyboard Shortcuts")
    shown = _shown_text(window, "shortcutsDialog")
    native = QKeySequence.SequenceFormat.NativeText
    for action in (
        window.actions.open_folder,
        window.actions.find,
        window.actions.back,
        window.actions.clear_focus,
        window.actions.export_chart,
        window.actions.shortcuts,
        window.actions.guide,
    ):
        keys = action.shortcut().toString(native)
        assert keys and keys in shown, action.text()
        assert action.text().replace("&", "") in shown
    assert "Ctrl+C" in shown and "Esc" in shown  # the lists' own keys

    window.actions.find.setShortcut(QKeySequence("Ctrl+K"))
    _trigger(window, "&Keyboard Shortcuts")
    assert "Ctrl+K" in _shown_text(window, "shortcutsDialog")


def test_how_to_read_this_screen(qtbot, window) -> None:
    _trigger(window, "&How to Read This Screen")
    shown = _shown_text(window, "guideDialog")
    for panel in ("Entities", "Frequency", "Mentioned Together", "Spread", "Passages", "Focus"):
        assert panel in shown
    assert "logDice" in shown and "Person" in shown  # the score explained; the kinds' colours
