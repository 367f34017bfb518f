"""`entity-explorer timeline`: mentions of one or more entities per day, week or month
of publication, with their bursts, headless.

The same query, bins and burst detector as the Timeline panel. Documents without a
date are counted and said, never placed at a date.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from explorer.charts.data import ChartFocus, focus_phrase
from explorer.cli_exit import UsageError
from explorer.cli_output import Record, table
from explorer.commands import Outcome, _entity, language_filter, open_corpus
from explorer.timeline.build import Timeline
from explorer.timeline.text import (
    bin_text,
    burst_text,
    timeline_csv,
    timeline_record,
    undated_text,
)
from explorer.wording import counted


def cmd_timeline(args: argparse.Namespace, outcome: Outcome) -> int:
    from explorer.index.focus import Focus
    from explorer.index.timeline import entity_days, undated_documents
    from explorer.timeline.build import build_timeline

    language = language_filter(args)
    with open_corpus(args.corpus, outcome, model=args.model) as store:
        rows = [_entity(store, name, args.kinds) for name in dict.fromkeys(args.entities)]
        focused = [_entity(store, name, args.kinds) for name in args.focus]
        focus = Focus(tuple(row.id for row in focused), language=language)
        named = [(row.name, entity_days(store.conn, row.id, focus)) for row in rows]
        timeline = build_timeline(named, undated_documents(store.conn, focus), args.bin)
    undated = undated_text(timeline.undated_documents)
    if args.out:
        written = _picture(timeline, Path(args.out), ChartFocus(tuple(focused)))
        print(
            f"wrote {' and '.join(str(path) for path in written)}"
            + (f" ({undated})" if undated else "")
        )
    elif args.json:
        print(json.dumps(timeline_record(timeline), ensure_ascii=False, indent=2))
    elif args.csv:
        sys.stdout.write(timeline_csv(timeline))
        if undated:
            print(f"entity-explorer: {undated}.", file=sys.stderr)
    else:
        print(_for_people(timeline))
    return outcome.exit_code()


def _picture(timeline: Timeline, out: Path, focus: ChartFocus) -> list[Path]:
    from explorer.charts.export import ExportError
    from explorer.charts.timeline_export import export_timeline
    from explorer.timeline.text import timeline_subtitle, timeline_title

    subtitle = timeline_subtitle(timeline, focus_phrase(focus))
    try:
        return export_timeline(timeline, out, timeline_title(timeline), subtitle)
    except (OSError, ExportError) as exc:
        raise UsageError(str(exc)) from exc


def _for_people(timeline: Timeline) -> str:
    """The counts as a table, a bin a row, then the bursts and what has no date."""
    lines = timeline.lines
    records: list[Record] = [
        {timeline.unit: bin_text(item, timeline.unit), **{ln.name: ln.counts[i] for ln in lines}}
        for i, item in enumerate(timeline.bins)
    ]
    parts = [table(records, [timeline.unit, *(ln.name for ln in lines)])] if records else []
    found = [burst_text(timeline, line, burst) for line in lines for burst in line.bursts]
    parts.append("\n".join(found) if found else "No bursts.")
    undated = undated_text(timeline.undated_documents)
    if undated:
        held = [
            f"{line.name}: {counted(line.undated_mentions, 'mention')} in them, in no bin"
            for line in lines
            if line.undated_mentions
        ]
        parts.append("\n".join([f"{undated}.", *held]))
    return "\n\n".join(parts)
