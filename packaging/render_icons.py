"""Render the app icon's SVG into the hicolor PNG sizes kept in resources/icons/.

Run after editing the SVG: `.venv/bin/python packaging/render_icons.py`. Qt's own
SVG renderer paints into a QImage (no display needed), so this needs nothing beyond
the app's dependencies; the PNGs are committed, so installing never needs a renderer.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICON_NAME = "entity-explorer"  # the name the .desktop file and the hicolor theme use
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise OSError(f"cannot write {out}")


def main() -> int:
    svg = ICONS / f"{ICON_NAME}.svg"
    for size in SIZES:
        render(svg, size, ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
