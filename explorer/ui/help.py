"""Help → Keyboard Shortcuts and Help → How to Read This Screen.

The shortcuts are read from the menu bar's actions when the list opens, so the list
is the shortcuts the window really has; keys that belong to the lists rather than to
an action are named through the same key constants the views match.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explorer.charts.kinds import kind_name
from explorer.ui.look import kind_qcolor
from explorer.vocabulary import KINDS

NATIVE = QKeySequence.SequenceFormat.NativeText


def _keys(sequence: QKeySequence | QKeySequence.StandardKey | Qt.Key) -> str:
    return QKeySequence(sequence).toString(NATIVE)  # type: ignore[arg-type]


def _name(action: QAction) -> str:
    """The action's text as a menu shows it ('&Open Folder…' -> 'Open Folder…')."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def _walk(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _walk(action.menu())  # type: ignore[arg-type]
        elif not action.isSeparator():
            found.append(action)
    return found


def shortcut_rows(bar: QMenuBar) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Per menu, in menu order: (keys, action, what it does) of each action with a shortcut."""
    menus = []
    for top in bar.actions():
        menu = top.menu()
        if menu is None:
            continue
        rows = []
        for action in _walk(menu):  # type: ignore[arg-type]
            keys = ", ".join(s.toString(NATIVE) for s in action.shortcuts())
            if keys:
                rows.append((keys, _name(action), action.statusTip().removesuffix(f" ({keys})")))
        if rows:
            menus.append((_name(top), rows))
    return menus


def list_keys() -> list[tuple[str, str, str]]:
    """Keys of the lists and the search box, which are not menu actions."""
    return [
        (
            f"{_keys(Qt.Key.Key_Enter)} or double-click",
            "Focus",
            "Keep only the documents that mention the entity",
        ),
        (
            _keys(QKeySequence.StandardKey.Copy),
            "Copy",
            "Copy the selected rows (they paste into a spreadsheet)",
        ),
        (
            _keys(Qt.Key.Key_Down),
            "To the List",
            "In the search box: move to the first entity found",
        ),
        (_keys(Qt.Key.Key_Escape), "Clear Search", "In the search box: list every entity again"),
    ]


def _rows(rows: list[tuple[str, ...]]) -> str:
    return "".join(
        "<tr><td style='padding: 2px 18px 2px 0'><b>"
        + html.escape(row[0])
        + "</b></td>"
        + "".join(
            f"<td style='padding: 2px 18px 2px 0'>{html.escape(cell)}</td>" for cell in row[1:]
        )
        + "</tr>"
        for row in rows
    )


def _heading(title: str) -> str:
    return (
        f"<tr><td colspan='3' style='padding: 12px 0 4px 0'><b>{html.escape(title)}</b></td></tr>"
    )


def shortcuts_html(bar: QMenuBar) -> str:
    """One table, so the columns of every menu line up."""
    parts = [_heading(menu) + _rows(rows) for menu, rows in shortcut_rows(bar)]
    parts.append(_heading("In the lists") + _rows(list_keys()))
    return f"<table>{''.join(parts)}</table>"


def _kinds_legend() -> str:
    return " &nbsp; ".join(
        f"<span style='color: {kind_qcolor(kind).name()}'>●</span> {html.escape(kind_name(kind))}"
        for kind in KINDS
        if kind not in ("other", "date")
    )


def guide_html() -> str:
    """What each panel shows and how the numbers are counted, in a few short paragraphs."""
    return f"""
<p><b>Entities</b> (left) lists who and what the documents name, each under one name
with its spellings merged (“Kim Jong-un” and “Kim” are Kim Jong Un). <i>Mentions</i>
counts every time it is named, <i>Documents</i> the documents that name it. A name in
italics with “?” is a short name the documents never settle; its tooltip says who it
may be. <b>Frequency</b> below draws the top of the list: click a bar to select.
While a large corpus is being indexed, both show the entities of the files read so far,
marked “partial”.</p>
<p><b>Mentioned Together</b> (right) lists who is named in the same sentence as the
selected entity (or paragraph, or document: the menu above the table). <i>Together</i>
counts those sentences; <i>Score</i> (logDice, at most 14) is high when the two appear
mostly with each other, so a name that is everywhere does not top every list.
<b>Spread</b> shows the selected entity's mentions per document. <b>Timeline</b>, the
tab beside it, draws its mentions per day, week or month of publication, and those of
the entities you pin; shaded periods are bursts, where a name's mentions jump. Click a
point for that entity's passages of that period; drag across points to focus on the
days they span. Documents without a date are counted under the chart, never placed at a
date.</p>
<p><b>Passages</b> (bottom) are the sentences behind the numbers, the name lined up in
the middle. Click one to read its <b>document</b> in the centre, where the name is
highlighted and every other entity is marked in its kind's colour:
{_kinds_legend()}.</p>
<p><b>Focus</b> (the bar at the top): double-click an entity, or press Enter on it,
to keep only the documents that mention it; every panel then counts in those alone.
Focus on more to narrow further. For a country, “Count demonyms” also keeps documents
that say “Russian”, and “Include places” those that name Moscow.</p>
<p>Right-click an entity to merge, rename, change its kind or hide it; corrections are
kept through re-indexing, and Edit → Undo takes them back.</p>"""


class HelpDialog(QDialog):
    """A help text in a window of its own, left open beside the main window."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=name)
        self.setWindowTitle(title)
        self.resize(700, 640)
        self.text = QTextBrowser(openExternalLinks=False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def show_html(self, text: str) -> None:
        self.text.setHtml(text)
        self.show()
        self.raise_()
        self.activateWindow()
