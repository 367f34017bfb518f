"""No import cycle between the modules of `explorer`, counting every import statement:
top-level, inside functions (lazy) and under TYPE_CHECKING. `lint-imports` checks the
layers between packages; this checks the modules inside them too."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

import explorer

PACKAGE = Path(explorer.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(node: ast.AST, package: str) -> list[str]:
    """The dotted names an import statement may load (a from-import's names may be
    modules of the package it names)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            parent = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join([*parent, base] if base else parent)
        return [base, *(f"{base}.{alias.name}" for alias in node.names)]
    return []


def import_graph() -> nx.DiGraph:
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph = nx.DiGraph()
    for name, path in modules.items():
        graph.add_node(name)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for target in _imported(node, package):
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target.startswith("explorer") and target != name:
                    graph.add_edge(name, target)
    return graph


def test_the_import_graph_is_read() -> None:
    graph = import_graph()
    assert graph.has_edge("explorer.app.indexing", "explorer.index.indexer")  # a lazy import
    assert graph.has_edge("explorer.app.indexing", "explorer.index.store")  # TYPE_CHECKING


def test_no_module_of_explorer_imports_itself_through_others() -> None:
    cycles = [sorted(group) for group in nx.strongly_connected_components(import_graph())]
    assert [group for group in cycles if len(group) > 1] == []
