"""The app's SVG icons, loaded from the package (no .qrc) and drawn in the palette's text colour.

Every icon goes through `icon(name)`, which raises on an unknown name so a typo
fails loudly in tests instead of showing a blank button.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

SIZES = (16, 20, 24, 32, 48)


class UnknownIconError(KeyError):
    """No icon of that name is bundled."""


def icon_names() -> list[str]:
    return sorted(
        entry.name[:-4] for entry in files(__name__).iterdir() if entry.name.endswith(".svg")
    )


def icon_svg(name: str) -> str:
    """The icon's SVG text (stroke="currentColor")."""
    entry = files(__name__).joinpath(f"{name}.svg")
    if not entry.is_file():
        raise UnknownIconError(f"no icon named '{name}' (have: {', '.join(icon_names())})")
    return entry.read_text(encoding="utf-8")


def icon(name: str, color: str | None = None) -> QIcon:
    """The named icon in `color` (default: the palette's text colour), greyed when disabled."""
    palette = QGuiApplication.palette()
    normal = color or palette.color(QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    return _icon(name, normal, disabled)


@cache
def _icon(name: str, normal: str, disabled: str) -> QIcon:
    from PySide6.QtSvg import QSvgRenderer

    svg = icon_svg(name)
    result = QIcon()
    for mode, color in ((QIcon.Mode.Normal, normal), (QIcon.Mode.Disabled, disabled)):
        renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", color).encode("utf-8")))
        for size in SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(QColor(Qt.GlobalColor.transparent))
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            result.addPixmap(pixmap, mode)
    return result
