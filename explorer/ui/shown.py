"""Whether a dock's panel can be seen, so a panel that costs a query and a redraw per
selection (the network, the timeline) works only while someone looks at it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QWidget


class ShownWatch(QObject):
    """Emits shownChanged(bool) once things settle after the panel is shown or hidden,
    its dock's tab changes or it floats. A dock behind another tab stays "visible" to
    Qt (moved off screen), and a floating one emits visibilityChanged(False) twice:
    what is on screen is what counts."""

    shownChanged = Signal(bool)

    def __init__(self, panel: QWidget, dock: QDockWidget) -> None:
        super().__init__(panel)
        self._panel = panel
        self._settled = QTimer(self, singleShot=True, interval=0)
        self._settled.timeout.connect(self._say)
        panel.installEventFilter(self)
        dock.visibilityChanged.connect(self.check)
        dock.topLevelChanged.connect(self.check)

    def check(self, *_args: object) -> None:
        self._settled.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.check()
        return False

    def _say(self) -> None:
        panel = self._panel
        self.shownChanged.emit(panel.isVisible() and not panel.visibleRegion().isEmpty())
