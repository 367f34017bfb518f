"""The status bar's indexing display: what is happening, a progress bar with the time
left, and a labelled button to stop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from explorer.app.state import ExplorerState
from explorer.icons import icon
from explorer.ui.estimate import Pace
from explorer.wording import counted

PHASES = {
    "scanning": "Looking for documents…",
    "resolving": "Merging the spellings of names…",
}


def duration(seconds: float) -> str:
    """'about 3 min', '40 s': how long, the way a person says it."""
    if seconds < 60:
        return f"{max(int(seconds), 1)} s"
    if seconds < 3600:
        return f"about {round(seconds / 60)} min"
    return f"about {seconds / 3600:.1f} h"


def progress_text(progress: object, left: float | None) -> str:
    """The phase, or files done of total with the time `left` (None: still estimating)."""
    phase = getattr(progress, "phase", "")
    if phase != "indexing":
        return getattr(progress, "message", None) or PHASES.get(phase, "")
    done, total = progress.done, progress.total  # type: ignore[attr-defined]
    text = f"Indexing {done:,} of {counted(total, 'file')}"
    if done >= total:
        return text
    return text + (" · estimating…" if left is None else f" · {duration(left)} left")


class IndexStatus(QWidget):
    """Hidden when idle; while indexing, shows files done of total, the time left and Stop."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._pace = Pace()
        self.label = QLabel()
        self.bar = QProgressBar(objectName="indexProgress")
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.bar.setToolTip("Files indexed so far")
        self.cancel = QToolButton(
            icon=icon("cancel"), text="Stop", autoRaise=True, objectName="stopIndexing"
        )
        self.cancel.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cancel.setToolTip(
            "Stop indexing; the documents already read stay in the index "
            "(File → Re-index reads the rest)"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        state.on("indexing", self._sync)
        self._sync()

    def _sync(self) -> None:
        """Shown from the moment indexing starts (busy until the first progress report)."""
        if self._state.indexing:
            self._pace = Pace()
            self.bar.setRange(0, 0)
            self.label.setText(PHASES["scanning"])
            self.show()
        else:
            self.hide()

    def show_progress(self, progress: object) -> None:
        if not self._state.indexing:
            return
        total = getattr(progress, "total", 0)
        left = None
        if getattr(progress, "phase", "") == "indexing" and total:
            self.bar.setRange(0, total)
            self.bar.setValue(progress.done)  # type: ignore[attr-defined]
            self._pace.add(progress.elapsed, progress.done)  # type: ignore[attr-defined]
            left = self._pace.seconds_left(total)
        else:
            self.bar.setRange(0, 0)
        self.label.setText(progress_text(progress, left))
