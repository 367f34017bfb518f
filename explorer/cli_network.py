"""`entity-explorer network`: the app's co-mention network, headless.

The same query, layout and drawing as the Network panel, written as a picture
(PNG or SVG, names kept as text, the edge list as CSV beside it) or as a graph
for Gephi (GEXF, GraphML).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from explorer.cli_exit import UsageError
from explorer.commands import Outcome, _entity, language_filter, open_corpus
from explorer.network.data import NetworkData
from explorer.wording import counted


def cmd_network(args: argparse.Namespace, outcome: Outcome) -> int:
    from explorer.charts.data import ChartFocus
    from explorer.index.focus import Focus
    from explorer.index.network import network
    from explorer.network.build import NetworkOptions, build_network
    from explorer.network.layout import MAX_NODES

    out = Path(args.out)
    formats = (".png", ".svg", ".gexf", ".graphml")
    if out.suffix.lower() not in formats:
        raise UsageError(
            f"{out.name}: --out must end in {', '.join(formats[:-1])} or {formats[-1]}"
        )
    if not 2 <= args.top <= MAX_NODES:
        raise UsageError(f"--top must be between 2 and {MAX_NODES}")
    if args.min_count < 1:
        raise UsageError("--min-count must be at least 1")
    language = language_filter(args)
    with open_corpus(args.corpus, outcome, model=args.model) as store:
        focused = [_entity(store, name, args.kinds) for name in args.focus]
        focus = Focus(tuple(row.id for row in focused), language=language)
        nodes, edges = network(
            store.conn, kinds=args.kinds, focus=focus, top=args.top, window=args.window
        )
    options = NetworkOptions(
        top=args.top,
        window=args.window,
        weight=args.weight,
        min_count=args.min_count,
        communities=args.communities,
    )
    kind = args.kinds[0] if args.kinds and len(args.kinds) == 1 else "all"
    data = build_network(
        nodes, edges, options, kind=kind, focus=ChartFocus(tuple(focused)), corpus=args.corpus.name
    )
    try:
        written = _write(data, out)
    except (OSError, ValueError) as exc:  # ExportError is a ValueError
        raise UsageError(str(exc)) from exc
    shown = f"{counted(len(data.nodes), 'entity')}, {counted(len(data.edges), 'link')}"
    print(f"wrote {' and '.join(str(path) for path in written)} ({data.title}: {shown})")
    return 0


def _write(data: NetworkData, out: Path) -> list[Path]:
    """A graph file without Qt; a picture drawn as the panel draws it."""
    from explorer.network.files import FORMATS, write_graph

    if out.suffix.lower() in FORMATS:
        write_graph(data, out)
        return [out]
    from explorer.charts.network_export import export_network

    return export_network(data, out)
