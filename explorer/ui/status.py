"""The status bar's indexing display: what is happening, a progress bar with ETA, Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from explorer.icons import icon
from explorer.ui.state import ExplorerState

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


def progress_text(progress: object) -> str:
    phase = getattr(progress, "phase", "")
    if phase != "indexing":
        return getattr(progress, "message", None) or PHASES.get(phase, "")
    done, total = progress.done, progress.total  # type: ignore[attr-defined]
    text = f"Indexing {done:,} of {total:,} documents"
    eta = progress.eta  # type: ignore[attr-defined]
    return text + (f" · {duration(eta)} left" if eta is not None and done < total else "")


class IndexStatus(QWidget):
    """Hidden when idle; while indexing, shows documents done of total, the ETA and Cancel."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.label = QLabel()
        self.bar = QProgressBar(objectName="indexProgress")
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.bar.setToolTip("Documents indexed so far")
        self.cancel = QToolButton(icon=icon("cancel"), autoRaise=True)
        self.cancel.setToolTip("Stop indexing; documents already read stay in the index")
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
            self.bar.setRange(0, 0)
            self.label.setText(PHASES["scanning"])
            self.show()
        else:
            self.hide()

    def show_progress(self, progress: object) -> None:
        if not self._state.indexing:
            return
        total = getattr(progress, "total", 0)
        if getattr(progress, "phase", "") == "indexing" and total:
            self.bar.setRange(0, total)
            self.bar.setValue(progress.done)  # type: ignore[attr-defined]
        else:
            self.bar.setRange(0, 0)
        self.label.setText(progress_text(progress))
