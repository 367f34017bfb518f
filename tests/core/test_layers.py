"""The core never imports the UI: explorer/{corpus,nlp,resolve,index} stay Qt-free."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "explorer"
CORE = ("corpus", "nlp", "resolve", "index")
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "pyqtgraph", "shiboken6", "explorer.ui",
             "explorer.charts", "explorer.icons")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("package", CORE)
def test_core_package_does_not_import_the_ui(package: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}: {name}")
    assert not offenders, "\n".join(offenders)


def test_chart_data_and_ui_state_are_qt_free() -> None:
    """The parts of charts/ui that hold data or logic run without Qt (CLI, tests)."""
    for module in ("charts/data.py", "charts/kinds.py", "ui/state.py"):
        names = _imports(PACKAGE / module)
        assert not [n for n in names if n.startswith(("PySide6", "pyqtgraph"))], module
