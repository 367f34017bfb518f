"""The context menu of an entity, wherever it appears (entities, co-mentions, the document).

Focus, show passages, the corrections (merge into…, rename…, change kind, split alias,
hide) and Export Dossier… (through the window's DossierExporter). An ambiguous short
name also offers "Merge into" each of the people it may be; those come with the row the
menu is for (loaded off the UI thread with the table), so they cost no query here. The
entity's other spellings (Split alias) and the names Merge into… offers are looked up
through the task runner: the menu shows at once and they fill in when the answer comes.
Questions go through the module-level `ask_*` functions (tests replace them instead of
driving modal dialogs).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QWidget
from shiboken6 import isValid

from explorer.app.edits import CorrectionChoices
from explorer.app.state import EntityRef, ExplorerState
from explorer.charts.kinds import kind_name
from explorer.icons import icon
from explorer.resolve.model import Correction
from explorer.ui.corrections import CorrectionHistory
from explorer.ui.dossier_export import DossierExporter
from explorer.ui.look import kind_dot
from explorer.ui.views import RowTableView
from explorer.vocabulary import VISIBLE_KINDS

CANDIDATE_ACTIONS = 10  # "Merge into “…”" actions of an ambiguous name; the rest: Merge into…
CORRECTABLE_KINDS = VISIBLE_KINDS


def ask_merge_target(parent: QWidget, ref: EntityRef, names: list[str]) -> str | None:
    """Which entity `ref` is really (typed, or picked from the most-mentioned)."""
    name, ok = QInputDialog.getItem(
        parent, "Merge into", f"“{ref.name}” is the same as:", names, 0, True
    )
    return name.strip() if ok and name.strip() and name.strip() != ref.name else None


def ask_new_name(parent: QWidget, ref: EntityRef) -> str | None:
    name, ok = QInputDialog.getText(
        parent, "Rename", f"New name for “{ref.name}”:", QLineEdit.EchoMode.Normal, ref.name
    )
    return name.strip() if ok and name.strip() and name.strip() != ref.name else None


def popup_entity_menu(
    view: RowTableView, pos: QPoint, state: ExplorerState, corrections: CorrectionHistory
) -> None:
    """Pop up the entity menu of the row under `pos` (a context-menu request)."""
    menu = row_menu(view, pos, state, corrections)
    if menu is not None:
        menu.exec(view.viewport().mapToGlobal(pos))


def row_menu(
    view: RowTableView, pos: QPoint, state: ExplorerState, corrections: CorrectionHistory
) -> QMenu | None:
    """The entity menu for the row of `view` under `pos`, or None off the rows."""
    index = view.indexAt(pos)
    if not index.isValid():
        return None
    row = view.model().row(index.row())  # type: ignore[attr-defined]
    ref = EntityRef(row.id, row.name, row.kind)
    return entity_menu(view, ref, state, corrections, getattr(row, "candidates", ()))


def entity_menu(
    parent: QWidget,
    ref: EntityRef,
    state: ExplorerState,
    corrections: CorrectionHistory,
    candidates: Sequence[str] = (),
) -> QMenu:
    """Build the menu for `ref`; the caller pops it up (exec) where the user clicked.
    `candidates`: who `ref` may be when it is an ambiguous short name."""
    menu = QMenu(parent)
    focused = any(item.id == ref.id for item in state.focus)
    if focused:
        action = menu.addAction(icon("close"), f"Remove “{ref.name}” from the focus")
        action.triggered.connect(lambda: state.unfocus(ref))
    else:
        action = menu.addAction(icon("focus"), f"Focus on “{ref.name}”")
        action.setToolTip("Show only the documents that mention it (Enter)")
        action.triggered.connect(lambda: state.focus_on(ref))
    show = menu.addAction("Show passages")
    show.triggered.connect(lambda: state.navigate(entity=ref, comention=None))
    menu.addSeparator()
    names = list(candidates)  # Merge into…'s choices; the most mentioned join them below
    busy = state.indexing or state.index is None

    def correct(op: str, *args: str) -> None:
        corrections.apply(Correction(op, (ref.name, *args)))

    def merge() -> None:
        target = ask_merge_target(parent, ref, names)
        if target:
            correct("merge", target)

    def rename() -> None:
        new = ask_new_name(parent, ref)
        if new:
            correct("rename", new)

    for name in candidates[:CANDIDATE_ACTIONS]:
        menu.addAction(f"Merge into “{name}”", lambda n=name: correct("merge", n)).setEnabled(
            not busy
        )
    menu.addAction("Merge into…", merge).setEnabled(not busy)
    menu.addAction("Rename…", rename).setEnabled(not busy)
    kinds = menu.addMenu("Change kind")
    kinds.setEnabled(not busy)
    for kind in CORRECTABLE_KINDS:
        action = QAction(kind_dot(kind), kind_name(kind), kinds)
        action.setCheckable(True)
        action.setChecked(kind == ref.kind)
        action.triggered.connect(
            lambda _checked=False, k=kind: k != ref.kind and correct("kind", k)
        )
        kinds.addAction(action)
    split = menu.addMenu("Split alias")
    split.setToolTip("Make one spelling an entity of its own")
    split.setEnabled(False)  # until its spellings are known
    menu.addAction(f"Hide “{ref.name}”", lambda: correct("hide")).setEnabled(not busy)
    menu.addSeparator()
    exporter = parent.window().findChild(DossierExporter)
    dossier = menu.addAction(
        icon("export"), "Export Dossier…", lambda: exporter and exporter.export(ref, parent)
    )
    dossier.setToolTip(
        "Its names, spread, co-mentions, passages and corrections, as one "
        "HTML file or a PDF (inside the focus)"
    )
    dossier.setEnabled(exporter is not None and state.index is not None)
    menu.addAction(icon("copy"), "Copy name", lambda: QGuiApplication.clipboard().setText(ref.name))

    def offered(choices: CorrectionChoices) -> None:
        if not isValid(split):
            return  # the menu is gone
        names.extend(name for name in choices.names if name not in candidates)
        for alias in choices.aliases:
            split.addAction(f"“{alias}”", lambda a=alias: correct("split", a))
        split.setEnabled(bool(choices.aliases) and not busy)

    if state.index is not None:
        corrections.offer(ref, offered)
    return menu
