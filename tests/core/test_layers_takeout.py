"""Watch-lists and the dossier's content are Qt-free: the command and tests run them
without a display; only the dossier's writer draws (charts, PDF)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_layers import FORBIDDEN, PACKAGE, _imports

QT_FREE = [
    "watch/listfile.py",
    "watch/match.py",
    "watch/memory.py",
    "watch/watching.py",
    "dossier/content.py",
    "dossier/page.py",
    "index/lookup.py",
    "index/timeline.py",
    "timeline/bins.py",
    "timeline/bursts.py",
    "timeline/build.py",
    "files.py",
]


@pytest.mark.parametrize("module", QT_FREE)
def test_qt_free(module: str) -> None:
    names = _imports(Path(PACKAGE / module))
    allowed = ("explorer.charts.data", "explorer.charts.kinds")  # Qt-free themselves
    bad = [
        n
        for n in names
        if n not in allowed and any(n == f or n.startswith(f + ".") for f in FORBIDDEN)
    ]
    assert not bad, f"{module}: {bad}"
