"""The headless subcommands: open the corpus's index (indexing it first when it is
missing or stale), ask the query functions, print the answer."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import Any

from explorer.cli import UsageError
from explorer.cli_output import Record, table, to_csv, to_json
from explorer.cli_progress import ProgressBar
from explorer.index import queries
from explorer.index.focus import Focus
from explorer.index.indexer import IndexReport, index_corpus, needs_indexing
from explorer.index.lock import IndexBusy
from explorer.index.recovery import is_damage, open_index, recover
from explorer.index.store import IndexOpenError, Store
from explorer.paths import index_path

# Questions index first, quietly: a bar appears only when that takes longer than this.
QUIET_INDEX_DELAY_S = 1.0
# After the name of a short name the corpus does not settle, in the `entities` table.
AMBIGUOUS_MARK = " (ambiguous)"


def open_corpus(corpus: Path, *, model: str | None = None, for_question: bool = True) -> Store:
    """The corpus's index, brought up to date first (quietly, for questions)."""
    corpus = corpus.expanduser()
    if not corpus.exists():
        raise UsageError(f"{corpus}: no such file or folder")
    try:
        store, message = open_index(index_path([corpus]))
    except IndexOpenError as exc:
        raise UsageError(str(exc)) from exc
    if message:
        print(f"entity-explorer: {message}", file=sys.stderr)
    if not for_question:
        return store
    if model or needs_indexing(store, [corpus]):
        try:
            report = _index(store, corpus, model=model, quiet_delay=QUIET_INDEX_DELAY_S)
        except (IndexBusy, UsageError) as exc:
            if not store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]:
                store.close()
                raise UsageError(str(exc)) from exc
            print(f"entity-explorer: {exc}; answering from the existing index.", file=sys.stderr)
            return store
        for problem in report.problems:
            print(problem, file=sys.stderr)
    return store


def _index(
    store: Store,
    corpus: Path,
    *,
    model: str | None,
    quiet_delay: float,
    processes: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> IndexReport:
    from explorer.nlp.pipeline import PipelineError

    bar = ProgressBar(delay=quiet_delay)
    try:
        return index_corpus(
            [corpus],
            store,
            model=model,
            on_progress=bar,
            n_process=processes,
            engine=engine,
            scheduler=scheduler,
        )
    except PipelineError as exc:
        raise UsageError(str(exc)) from exc
    except sqlite3.OperationalError as exc:
        raise UsageError(
            f"cannot write the index ({exc}); what was indexed before is kept"
        ) from exc
    finally:
        bar.close()


def _entity(store: Store, name: str) -> queries.EntityRow:
    found = queries.find_entities(store.conn, name)
    if not found:
        raise UsageError(f"no entity named '{name}' in this corpus (try `entities` to list them)")
    return found[0]


def _focus(store: Store, names: list[str]) -> Focus:
    return Focus(tuple(_entity(store, name).id for name in names))


def _emit(args: argparse.Namespace, records: list[Record], columns: list[str], empty: str) -> None:
    if getattr(args, "json", False):
        print(to_json(records))
    elif getattr(args, "csv", False):
        sys.stdout.write(to_csv(records, columns))
    elif not records:
        print(empty)
    else:
        print(table(records, columns))


def cmd_index(args: argparse.Namespace) -> int:
    store = open_corpus(args.corpus, for_question=False)
    with store:
        try:
            report = _index(
                store,
                args.corpus,
                model=args.model,
                quiet_delay=0.0,
                processes=args.processes,
                engine=args.engine,
                scheduler=args.scheduler,
            )
        except IndexBusy as exc:
            raise UsageError(f"{exc}; try again when it has finished") from exc
        summary = queries.corpus_summary(store.conn)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    state = "cancelled" if report.cancelled else "indexed"
    print(
        f"{state} {report.indexed_files} file(s), {report.unchanged_files} unchanged, "
        f"{report.removed_files} removed, {len(report.skipped)} skipped in {report.seconds:.1f} s; "
        f"index: {summary.documents} documents, {summary.words:,} words, "
        f"{summary.entities} entities ({summary.pipeline or 'no pipeline yet'})"
    )
    return 1 if report.skipped else 0


def cmd_entities(args: argparse.Namespace) -> int:
    with open_corpus(args.corpus, model=args.model) as store:
        focus = _focus(store, args.focus)
        rows = queries.entities(store.conn, kinds=args.kind, focus=focus, limit=args.top)
        records = [
            {
                "name": r.name,
                "kind": r.kind,
                "mentions": r.mentions,
                "documents": r.documents,
                "aliases": [
                    {"text": t, "mentions": n} for t, n in queries.aliases(store.conn, r.id)
                ],
                "candidates": [
                    {"name": c.name, "mentions": c.mentions}
                    for c in (queries.candidates(store.conn, r.id) if r.candidates else ())
                ],
            }
            for r in rows
        ]
    if not (args.json or args.csv):  # the terminal table marks them; data keeps the name
        records = [
            {**r, "name": r["name"] + AMBIGUOUS_MARK} if r["candidates"] else r for r in records
        ]
    _emit(args, records, ["name", "kind", "mentions", "documents", "aliases"], "No entities found.")
    return 0


def cmd_comentions(args: argparse.Namespace) -> int:
    with open_corpus(args.corpus, model=args.model) as store:
        target = _entity(store, args.entity)
        rows = queries.co_mentions(
            store.conn,
            target.id,
            window=args.window,
            focus=_focus(store, args.focus),
            limit=args.top,
        )
    records = [
        {
            "name": r.name,
            "kind": r.kind,
            "count": r.count,
            "documents": r.documents,
            "score": round(r.score, 3),
        }
        for r in rows
    ]
    _emit(
        args,
        records,
        ["name", "kind", "count", "documents", "score"],
        f"Nothing is mentioned together with {target.name} ({args.window} window).",
    )
    return 0


def _mention(span: queries.MentionSpan | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def cmd_passages(args: argparse.Namespace) -> int:
    with open_corpus(args.corpus, model=args.model) as store:
        target = _entity(store, args.entity)
        other = _entity(store, args.with_entity) if args.with_entity else None
        rows = queries.passages(
            store.conn,
            target.id,
            with_entity=other.id if other else None,
            focus=_focus(store, args.focus),
            limit=args.top,
        )
        keys = dict(store.conn.execute("SELECT id, key FROM documents"))
    records = []
    for r in rows:
        record: Record = {
            "document": keys[r.doc_id],
            "path": r.path,
            "title": r.title,
            "text": r.text,
            "start": r.start,
            "end": r.end,
            "mention": _mention(next((m for m in r.mentions if m.entity_id == target.id), None)),
        }
        if other:
            record["with_mention"] = _mention(
                next((m for m in r.mentions if m.entity_id == other.id), None)
            )
        records.append(record)
    _emit(
        args,
        records,
        ["title", "text"],
        f"No passages mention {target.name}" + (f" together with {other.name}." if other else "."),
    )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_corpus(args.corpus, model=args.model) as store:
        hits = queries.search(store.conn, args.query, limit=args.top)
        keys = dict(store.conn.execute("SELECT id, key FROM documents"))
    records = [
        {
            "document": keys[h.doc_id],
            "path": h.path,
            "title": h.title,
            "text": h.text,
            "start": h.start,
            "end": h.end,
        }
        for h in hits
    ]
    _emit(args, records, ["title", "text"], f"No passage matches '{args.query}'.")
    return 0


def cmd_chart(args: argparse.Namespace) -> int:
    """The GUI's frequency chart (or, with --entity, its co-mention chart) as PNG or SVG."""
    out = Path(args.out)
    if out.suffix.lower() not in (".png", ".svg"):
        raise UsageError(f"{out.name}: --out must end in .png or .svg")
    from explorer.charts.data import comention_chart, frequency_chart

    with open_corpus(args.corpus, model=args.model) as store:
        focused = [_entity(store, name) for name in args.focus]
        focus = Focus(tuple(row.id for row in focused))
        names, label = [row.name for row in focused], args.corpus.name
        if args.entity:
            target = _entity(store, args.entity)
            rows = queries.co_mentions(store.conn, target.id, window=args.window, focus=focus)
            data = comention_chart(
                target.name, rows, window=args.window, top=args.top, focus_names=names, corpus=label
            )
        else:
            entity_rows = queries.entities(store.conn, kinds=args.kind, focus=focus)
            kind = args.kind[0] if args.kind and len(args.kind) == 1 else "all"
            data = frequency_chart(
                entity_rows, top=args.top, kind=kind, focus_names=names, corpus=label
            )
    from explorer.charts.export import ExportError, export_chart

    try:
        written = export_chart(data, out)
    except (ExportError, OSError) as exc:
        raise UsageError(str(exc)) from exc
    print(f"wrote {written[0]} ({data.title}) and {written[1]}")
    return 0


_DONE = {
    "merge": "Merged '{0}' into '{1}'.",
    "rename": "Renamed '{0}' to '{1}'.",
    "kind": "'{0}' is now of kind {1}.",
    "hide": "'{0}' is hidden.",
    "unhide": "'{0}' is shown again.",
    "split": "Split '{1}' off '{0}'.",
}


def cmd_correct(args: argparse.Namespace) -> int:
    """merge / rename / kind / hide / unhide / split: record, re-resolve, confirm."""
    from explorer.index.corrections import apply_correction
    from explorer.resolve.model import Correction

    names = {
        "merge": ["name", "into"],
        "rename": ["name", "new_name"],
        "kind": ["name", "kind"],
        "hide": ["name"],
        "unhide": ["name"],
        "split": ["name", "alias"],
    }[args.command]
    values = tuple(getattr(args, n) for n in names)
    with open_corpus(args.corpus, model=args.model) as store:
        target = _entity(store, values[0])
        if args.command == "merge":
            into = _entity(store, values[1])
            if into.id == target.id:
                raise UsageError(f"'{values[0]}' and '{values[1]}' are already one entity")
        if args.command == "split":
            known = {text.casefold() for text, _ in queries.aliases(store.conn, target.id)}
            if values[1].casefold() not in known:
                raise UsageError(f"'{values[1]}' is not an alias of {target.name}")
        apply_correction(store, Correction(args.command, values))
    print(_DONE[args.command].format(*values))
    return 0


def cmd_corrections(args: argparse.Namespace) -> int:
    from explorer.index.corrections import import_corrections, load_corrections
    from explorer.resolve.corrections import corrections_from_json, corrections_to_json

    with open_corpus(args.corpus, model=args.model) as store:
        if args.export:
            corrections = load_corrections(store.conn)
            try:
                args.export.write_text(corrections_to_json(corrections), encoding="utf-8")
            except OSError as exc:
                raise UsageError(f"cannot write {args.export}: {exc.strerror or exc}") from exc
            print(f"Wrote {len(corrections)} correction(s) to {args.export}.")
            return 0
        try:
            corrections = corrections_from_json(args.import_file.read_text(encoding="utf-8"))
        except OSError as exc:
            raise UsageError(f"cannot read {args.import_file}: {exc.strerror or exc}") from exc
        except ValueError as exc:
            raise UsageError(f"{args.import_file}: {exc}") from exc
        import_corrections(store, corrections)
    print(f"Imported {len(corrections)} correction(s) from {args.import_file}.")
    return 0


COMMANDS = {
    "merge": cmd_correct,
    "rename": cmd_correct,
    "kind": cmd_correct,
    "hide": cmd_correct,
    "unhide": cmd_correct,
    "split": cmd_correct,
    "corrections": cmd_corrections,
    "index": cmd_index,
    "entities": cmd_entities,
    "comentions": cmd_comentions,
    "passages": cmd_passages,
    "search": cmd_search,
    "chart": cmd_chart,
}


def run(args: argparse.Namespace) -> int:
    """Run a command; an index found damaged on the way is moved aside, rebuilt, and the
    command run once more."""
    try:
        return COMMANDS[args.command](args)
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise UsageError(f"the index cannot be used ({exc})") from exc
        store, message = recover(index_path([args.corpus.expanduser()]), str(exc))
        store.close()
        print(f"entity-explorer: {message}", file=sys.stderr)
        return COMMANDS[args.command](args)
