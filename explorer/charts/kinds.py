"""One colour and one name per entity kind, shared by tables, charts and the document view.

Colours are the Okabe–Ito set (distinguishable with the common colour-vision
deficiencies), with lighter variants for dark palettes. Qt-free: plain hex strings.
"""

from __future__ import annotations

from explorer.vocabulary import KIND_NAMES, KIND_PLURALS, VISIBLE_KINDS

# The kind filter buttons: (key, label); "all" shows every visible kind.
KIND_FILTERS = (("all", "All"),) + tuple(
    (kind, KIND_PLURALS[kind]) for kind in VISIBLE_KINDS if kind != "other"
)

_LIGHT = {
    "person": "#0072B2",
    "country": "#D55E00",
    "organization": "#AA4499",
    "place": "#009E73",
    "group": "#E69F00",
    "event": "#56B4E9",
    "other": "#7F7F7F",
    "date": "#A6761D",
}
_DARK = {
    "person": "#5AB4F0",
    "country": "#FF8A4C",
    "organization": "#E08BD6",
    "place": "#3DD6A3",
    "group": "#FFC54D",
    "event": "#9AD8FF",
    "other": "#B0B0B0",
    "date": "#D9B36C",
}


def kind_color(kind: str, *, dark: bool = False) -> str:
    """The kind's colour as '#RRGGBB' (grey for kinds this version does not know)."""
    table = _DARK if dark else _LIGHT
    return table.get(kind, table["other"])


def kind_name(kind: str) -> str:
    return KIND_NAMES.get(kind, kind.capitalize())


def kind_filter_label(kind: str) -> str:
    """'People' for 'person': the plural used in titles and the filter buttons."""
    return dict(KIND_FILTERS).get(kind, kind_name(kind) + "s")
