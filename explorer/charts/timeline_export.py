"""Export the timeline as PNG or SVG with its counts per bin as CSV beside it.

Like every chart's export, drawn on a fresh TimelinePlot in the light theme at a fixed
size, with a title saying what it counts and how many documents have no date, so the
panel and the command give the same picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from explorer.charts.export import FORMATS, ExportError, csv_path, ensure_app, write_png, write_svg
from explorer.charts.timeline import TimelinePlot
from explorer.timeline.build import Timeline
from explorer.timeline.text import timeline_csv

EXPORT_SIZE = (1400, 700)


def export_timeline(
    timeline: Timeline,
    path: Path,
    title: str,
    subtitle: str = "",
    colors: Sequence[str] = (),
    size: tuple[int, int] = EXPORT_SIZE,
) -> list[Path]:
    """Write the timeline to `path` (.png or .svg) and its CSV beside it; `colors` as the
    panel drew its lines; `size` in pixels (smaller for a page, so its labels read)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{path.name}: the timeline exports to .png or .svg")
    ensure_app()
    plot = TimelinePlot(show_title=True)
    try:
        plot.resize(*size)
        plot.set_timeline(timeline, title, subtitle, colors=colors)
        if suffix == ".png":
            write_png(plot, path, size)
        else:
            write_svg(plot, path, size, title)
    finally:
        plot.deleteLater()
    table = csv_path(path)
    table.write_text(timeline_csv(timeline), encoding="utf-8")
    return [path, table]
