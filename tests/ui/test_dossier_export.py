"""Right-click an entity → Export Dossier…: the file is written off the UI thread, inside
the focus, and the status bar says where."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from ui_helpers import idle, row_named

from explorer.ui import dossier_export
from explorer.ui.entity_menu import entity_menu
from explorer.ui.entity_panel import entity_ref


def _action(menu, text: str):
    return next(a for a in menu.actions() if a.text().startswith(text))


def test_export_dossier_from_the_entity_menu(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "putin.pdf"
    monkeypatch.setattr(dossier_export, "ask_dossier_path", lambda parent, suggestion: out)
    table = window.entity_panel.table
    putin = entity_ref(window.entity_model.row(row_named(table, "Vladimir Putin")))
    ukraine = entity_ref(window.entity_model.row(row_named(table, "Ukraine")))
    window.state.focus_on(ukraine)
    idle(qtbot, window)
    action = _action(entity_menu(table, putin, window.state, window.corrections), "Export Dossier")
    assert action.isEnabled()
    with qtbot.waitSignal(window.dossiers.finished, timeout=20_000) as said:
        action.trigger()
    assert said.args[0].startswith(f"Wrote the dossier of Vladimir Putin to {out}")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Vladimir Putin" in text and "Focus: Ukraine" in text
    idle(qtbot, window)


def test_a_file_that_cannot_be_written_is_said(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "no-such-folder" / "file.html"
    (tmp_path / "no-such-folder").write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setattr(dossier_export, "ask_dossier_path", lambda parent, suggestion: out)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text)
    )
    table = window.entity_panel.table
    kim = entity_ref(window.entity_model.row(row_named(table, "Kim Jong Un")))
    with qtbot.waitSignal(window.dossiers.failed, timeout=20_000) as said:
        _action(
            entity_menu(table, kim, window.state, window.corrections), "Export Dossier"
        ).trigger()
    assert said.args[0].startswith("The dossier could not be written: ")
    assert warnings == [said.args[0]]  # in a dialog over the window, not only the status bar
    idle(qtbot, window)
