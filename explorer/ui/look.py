"""Colours of the running palette: light or dark, and each kind's colour in it.

Tables, charts and the document view all ask here, so a kind has one colour
everywhere (explorer.charts.kinds holds the colours themselves).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from explorer.charts.kinds import kind_color


def is_dark() -> bool:
    """Whether the system palette is dark (the Base colour is what text sits on)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5


def kind_qcolor(kind: str) -> QColor:
    return QColor(kind_color(kind, dark=is_dark()))


def mention_background(kind: str, *, strong: bool) -> QColor:
    """A kind's colour behind text: a light tint, or a strong one for the current mention."""
    return QColor(_tint(kind, strong, is_dark()))


@lru_cache(maxsize=64)
def _tint(kind: str, strong: bool, dark: bool) -> QColor:
    """Cached: passage cells ask for it for every mention they paint."""
    color = QColor(kind_color(kind, dark=dark))
    color.setAlphaF(0.55 if strong else 0.2)
    return color


def kind_dot(kind: str, size: int = 10) -> QIcon:
    """A filled circle in the kind's colour (the Kind column, focus chips)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(Qt.GlobalColor.transparent))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(kind_qcolor(kind))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def muted_text() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
