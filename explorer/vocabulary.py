"""The app's words, said once: the kinds of entity, the co-mention windows and the
user's corrections. The resolver, the index, the charts, the command and the window
all derive their lists, labels and help from here, in this order.

Qt-free and importing nothing of the app, so every layer may import it.
"""

from __future__ import annotations

# Every kind, in the order lists, legends and filters show them; resolution breaks a
# tie between two kinds' votes by it too. Dates are hidden by default.
KINDS = ("person", "country", "place", "organization", "group", "event", "other", "date")
VISIBLE_KINDS = tuple(kind for kind in KINDS if kind != "date")
KIND_NAMES = {
    "person": "Person",
    "country": "Country",
    "place": "Place",
    "organization": "Organisation",
    "group": "Group",
    "event": "Event",
    "other": "Other",
    "date": "Date",
}
KIND_PLURALS = {
    "person": "People",
    "country": "Countries",
    "place": "Places",
    "organization": "Organisations",
    "group": "Groups",
    "event": "Events",
    "other": "Other",
    "date": "Dates",
}

# The windows two entities are counted together in, smallest first.
WINDOWS = ("sentence", "paragraph", "document")
WINDOW_PHRASES = {window: f"in the same {window}" for window in WINDOWS}

# The user's corrections: what each does, and the names of its arguments (a kind is
# one of KINDS).
CORRECTIONS = {
    "merge": ("merge an entity into another", ("name", "into")),
    "rename": ("give an entity a new display name", ("name", "new_name")),
    "kind": ("change an entity's kind", ("name", "kind")),
    "hide": ("hide an entity from every view", ("name",)),
    "unhide": ("show a hidden entity again", ("name",)),
    "split": ("split an alias off an entity into an entity of its own", ("name", "alias")),
}
