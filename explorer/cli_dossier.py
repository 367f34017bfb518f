"""`entity-explorer dossier`: one entity's dossier as a self-contained HTML file or a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from explorer.cli_exit import UsageError
from explorer.commands import Outcome, _entity, open_corpus
from explorer.wording import counted


def cmd_dossier(args: argparse.Namespace, outcome: Outcome) -> int:
    from explorer.dossier.write import DossierError, check_path

    out = Path(args.out)
    try:
        check_path(out)
    except DossierError as exc:
        raise UsageError(str(exc)) from exc
    from explorer.charts.data import ChartFocus
    from explorer.charts.export import ensure_app
    from explorer.dossier.content import gather
    from explorer.dossier.write import chart_images, write_dossier
    from explorer.index.focus import Focus

    with open_corpus(args.corpus, outcome, model=args.model) as store:
        target = _entity(store, args.entity, args.kinds)
        focused = [_entity(store, name, args.kinds) for name in args.focus]
        dossier = gather(
            store.conn,
            target,
            focus=Focus(tuple(row.id for row in focused)),
            chart_focus=ChartFocus(tuple(focused)),
            corpus=args.corpus.name or str(args.corpus),
        )
    ensure_app()
    try:
        write_dossier(dossier, chart_images(dossier), out)
    except DossierError as exc:
        raise UsageError(str(exc)) from exc
    shown = f"{len(dossier.passages):,} of {counted(dossier.total_passages, 'passage')}"
    print(f"wrote {out}: the dossier of {target.name} ({shown})")
    return 0
