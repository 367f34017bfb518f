"""Export Dossier… from an entity's menu: ask where, gather the dossier off the UI thread,
draw its charts (widgets: on the UI thread, a fraction of a second), write the file off
the UI thread again, and say where it went."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from explorer.app.control import TaskControl
from explorer.app.state import EntityRef, ExplorerState
from explorer.app.views import reader
from explorer.charts.data import ChartFocus
from explorer.dossier.content import Dossier, gather
from explorer.dossier.write import chart_images, write_dossier
from explorer.index import queries
from explorer.index.focus import Focus
from explorer.ui.chart_panel import file_stem
from explorer.ui.sources import chart_focus
from explorer.ui.tasks import TaskRunner
from explorer.wording import corpus_label

FORMATS = {".html": "Web page, one file (*.html)", ".pdf": "PDF (*.pdf)"}


def ask_dossier_path(parent: QWidget, suggestion: Path) -> Path | None:
    """Where to write the dossier (tests replace this instead of driving the dialog)."""
    name, chosen = QFileDialog.getSaveFileName(
        parent, "Export Dossier", str(suggestion), ";;".join(FORMATS.values())
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() in (*FORMATS, ".htm"):
        return path
    suffix = next((s for s, label in FORMATS.items() if label == chosen), ".html")
    return path.with_suffix(suffix)


def gather_dossier(
    control: TaskControl,
    index: Path | None,
    entity_id: int,
    focus: Focus,
    charted: ChartFocus,
    corpus: str,
) -> Dossier | None:
    store = reader(index)
    if store is None:
        return None
    with closing(store):
        entity = queries.entity(store.conn, entity_id)
        if entity is None:
            return None
        return gather(store.conn, entity, focus=focus, chart_focus=charted, corpus=corpus)


def write_file(
    control: TaskControl, dossier: Dossier, images: dict[str, bytes], path: Path
) -> Path:
    write_dossier(dossier, images, path)
    return path


class DossierExporter(QObject):
    """The window's one exporter; entity menus find it as the window's child."""

    finished = Signal(str)  # a line for the status bar
    failed = Signal(str)

    def __init__(
        self, state: ExplorerState, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state, self._runner = state, runner

    def export(self, ref: EntityRef, parent: QWidget) -> None:
        path = ask_dossier_path(parent, Path.home() / f"{file_stem(ref.name)}-dossier.html")
        if path is None:
            return
        state = self._state
        self._runner.start(
            "dossier",
            gather_dossier,
            state.index,
            ref.id,
            state.focus_query(),
            chart_focus(state),
            corpus_label(state.corpus),
            on_done=lambda dossier: self._gathered(ref, dossier, path),
            on_error=self._failed,
        )

    def _gathered(self, ref: EntityRef, dossier: Dossier | None, path: Path) -> None:
        if dossier is None:
            self.failed.emit(
                f"The dossier of {ref.name} cannot be made: the entity is no "
                "longer in the index (re-indexed meanwhile?). Try again."
            )
            return
        self._runner.start(
            "dossier",
            write_file,
            dossier,
            chart_images(dossier),
            path,
            on_done=lambda written: self._written(dossier, written),
            on_error=self._failed,
        )

    def _written(self, dossier: Dossier, path: Path) -> None:
        more = (
            f"; {dossier.more_passages:,} more passages in the app"
            if (dossier.more_passages)
            else ""
        )
        self.finished.emit(f"Wrote the dossier of {dossier.entity.name} to {path}{more}.")

    def _failed(self, exc: Exception) -> None:
        self.failed.emit(f"The dossier could not be written: {exc}")
