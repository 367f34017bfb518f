"""`entity-explorer watch`: check a watch-list against a corpus.

Exit 0 when every name is found; 1 when some are not (each is named on stderr, with
its near misses) or some lines of the list could not be read (each named with its
number and why), as for any command done without some of what it was given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from explorer.cli_exit import EXIT_SKIPPED, UsageError
from explorer.cli_output import Record, listed, table, to_csv, to_json
from explorer.commands import Outcome, open_corpus
from explorer.watch.listfile import WatchListError, read_watch_list
from explorer.watch.match import WatchRow, check_watch_list
from explorer.wording import counted

CSV_COLUMNS = [
    "name",
    "spellings",
    "kind",
    "found",
    "entity",
    "entity_kind",
    "mentions",
    "documents",
    "first",
    "last",
    "near_misses",
]
TABLE_COLUMNS = ["name", "entity", "mentions", "documents", "first", "last", "note"]


def record(row: WatchRow) -> Record:
    entity = row.entity
    return {
        "name": row.entry.name,
        "spellings": list(row.entry.spellings),
        "kind": row.entry.kind,
        "line": row.entry.line,
        "found": entity is not None,
        "entity": entity.name if entity else None,
        "entity_kind": entity.kind if entity else None,
        "matched": row.matched or None,
        "mentions": entity.mentions if entity else 0,
        "documents": entity.documents if entity else 0,
        "first": row.first,
        "last": row.last,
        "also": [
            {"name": other.name, "kind": other.kind, "mentions": other.mentions}
            for other in row.also
        ],
        "near_misses": [
            {
                "name": miss.entity.name,
                "kind": miss.entity.kind,
                "mentions": miss.entity.mentions,
                "score": round(miss.score, 1),
            }
            for miss in row.near
        ],
    }


def _for_people(row: WatchRow) -> Record:
    entity = row.entity
    if entity is None:
        note = "not found" + (f"; {row.near_text()}" if row.near else "")
    else:
        note = "also " + listed([other.name for other in row.also]) if row.also else ""
    return {
        "name": row.entry.name,
        "entity": f"{entity.name} ({entity.kind})" if entity else "—",
        "mentions": entity.mentions if entity else 0,
        "documents": entity.documents if entity else 0,
        "first": row.first or "",
        "last": row.last or "",
        "note": note,
    }


def _flat(item: Record) -> Record:
    """A record for a spreadsheet: lists as text."""
    misses = [f"{miss['name']} ({miss['kind']})" for miss in item["near_misses"]]
    return {**item, "spellings": " | ".join(item["spellings"]), "near_misses": "; ".join(misses)}


def cmd_watch(args: argparse.Namespace, outcome: Outcome) -> int:
    path: Path = args.list
    try:
        watch = read_watch_list(path)
    except WatchListError as exc:
        raise UsageError(str(exc)) from exc
    for bad in watch.bad:
        print(f"entity-explorer: {path}: {bad.message()}", file=sys.stderr)
    if not watch.names:
        raise UsageError(f"{path}: no name to look for (one name a line)")
    with open_corpus(args.corpus, outcome, model=args.model) as store:
        rows = check_watch_list(store.conn, watch)
    if args.json:
        print(to_json([record(row) for row in rows]))
    elif args.csv:
        sys.stdout.write(to_csv([_flat(record(row)) for row in rows], CSV_COLUMNS))
    else:
        dated = any(row.first for row in rows)  # no date columns for a corpus without dates
        columns = [c for c in TABLE_COLUMNS if dated or c not in ("first", "last")]
        print(table([_for_people(row) for row in rows], columns))
    missing = [row for row in rows if not row.found]
    if missing:
        names = [row.entry.name + (f" ({row.near_text()})" if row.near else "") for row in missing]
        print(
            f"entity-explorer: {len(missing)} of {counted(len(rows), 'name')} not found: "
            f"{'; '.join(names)}.",
            file=sys.stderr,
        )
    return EXIT_SKIPPED if missing or watch.bad else outcome.exit_code()
