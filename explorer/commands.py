"""The headless subcommands: open the corpus's index (indexing it first when it is
missing or stale), ask the query functions, print the answer."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from explorer.cli_exit import EXIT_SKIPPED, UsageError
from explorer.cli_output import (
    Record,
    listed,
    passage_table,
    query_spans,
    table,
    to_csv,
    to_json,
    wants_bold,
)
from explorer.cli_progress import ProgressBar
from explorer.corpus.read import readable_types
from explorer.index import queries
from explorer.index.focus import Focus
from explorer.index.indexer import IndexReport, index_corpus
from explorer.index.languages import counts_text
from explorer.index.lock import IndexBusy
from explorer.index.recovery import is_damage, open_index, recover
from explorer.index.store import IndexOpenError, Store
from explorer.paths import index_path
from explorer.vocabulary import CORRECTIONS
from explorer.wording import counted

# Questions index first, quietly: a bar appears only when that takes longer than this.
QUIET_INDEX_DELAY_S = 1.0
# After the name of a short name the corpus does not settle, in the `entities` table.
AMBIGUOUS_MARK = " (ambiguous)"


@dataclass
class Outcome:
    """What one run owes its exit code besides success: the corpus's files it left out."""

    skipped: int = 0

    def exit_code(self) -> int:
        return EXIT_SKIPPED if self.skipped else 0

    def tell(self, report: IndexReport, store: Store, corpus: Path) -> None:
        """Name each file left out, on stderr, whether read now or found unreadable before;
        and say so plainly when the corpus has nothing to read at all."""
        for problem in report.problems:
            print(problem, file=sys.stderr)
        self.skipped += len(report.skipped)
        if not queries.has_documents(store.conn):
            print(
                f"entity-explorer: {corpus} has no readable documents; "
                f"the files read are {readable_types()}.",
                file=sys.stderr,
            )


def open_corpus(
    corpus: Path, outcome: Outcome, *, model: str | None = None, for_question: bool = True
) -> Store:
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
    try:  # with nothing new to read this only finds which files are left out, and why
        report = _index(store, corpus, model=model, quiet_delay=QUIET_INDEX_DELAY_S)
    except (IndexBusy, UsageError) as exc:
        if not queries.has_documents(store.conn):
            store.close()
            raise UsageError(str(exc)) from exc
        print(f"entity-explorer: {exc}; answering from the existing index.", file=sys.stderr)
        return store
    outcome.tell(report, store, corpus)
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


def _entity(
    store: Store, name: str, kinds: Sequence[str] | None, *, correcting: bool = False
) -> queries.EntityRow:
    """The entity `name` stands for. Entities that share a name are never chosen between
    silently: the most mentioned (of `kinds`, when one of them is) is used, and stderr
    says so and lists the others. A correction names its entity by name alone, so it
    applies to the most mentioned, as the resolver's replay finds it."""
    found = queries.find_entities(store.conn, name)
    if not found:
        raise UsageError(f"no entity named '{name}' in this corpus (try `entities` to list them)")
    named = [row for row in found if row.name.casefold() == name.casefold()] or found
    chosen = [row for row in named if row.kind in (kinds or ())] or named
    pick = max(chosen, key=lambda row: row.mentions)
    if len(chosen) > 1:
        others = [row for row in named if row is not pick]
        kinds_left = sorted({row.kind for row in others} - {pick.kind})
        choose = " or ".join(f"--kind {kind}" for kind in kinds_left) or "a fuller name"
        hint = "rename it first to correct another" if correcting else f"{choose} chooses another"
        print(
            f"entity-explorer: '{name}' matches {counted(len(named), 'entity')}; using "
            f"{_described(pick)}, not {listed([_described(row) for row in others])}; {hint}.",
            file=sys.stderr,
        )
    return pick


def _described(row: queries.EntityRow) -> str:
    return f"{row.name} ({row.kind}, {counted(row.mentions, 'mention')})"


def language_filter(args: argparse.Namespace) -> str | None:
    """The code --lang asks for ('fr' for fr, FR, fr-FR or French), None without it."""
    from explorer.corpus.language import language_code

    value = getattr(args, "lang", None)
    if value is None:
        return None
    code = language_code(value)
    if code is None:
        raise UsageError(f"--lang {value}: not a language code (such as en, fr or de)")
    return code


def _focus(
    store: Store, names: list[str], kinds: Sequence[str] | None, language: str | None = None
) -> Focus:
    return Focus(tuple(_entity(store, name, kinds).id for name in names), language=language)


def _emit(
    args: argparse.Namespace,
    records: list[Record],
    columns: list[str],
    empty: str,
    render: Callable[[], str] | None = None,
) -> None:
    """JSON, CSV, or for people the table (`render`, by default an aligned one)."""
    if getattr(args, "json", False):
        print(to_json(records))
    elif getattr(args, "csv", False):
        sys.stdout.write(to_csv(records, columns))
    elif not records:
        print(empty)
    else:
        print(render() if render else table(records, columns))


def _print_passages(
    args: argparse.Namespace, records: list[Record], marked: list, empty: str, total: int
) -> None:
    """Passages for people in full with their matches marked; then what --top left out."""
    _emit(args, records, [], empty, lambda: passage_table(marked, bold=wants_bold(sys.stdout)))
    if len(records) < total:
        shown = f"{len(records):,} of {counted(total, 'passage')} shown"
        print(f"{shown}; --top N shows more.", file=sys.stderr)


def cmd_index(args: argparse.Namespace, outcome: Outcome) -> int:
    store = open_corpus(args.corpus, outcome, for_question=False)
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
        outcome.tell(report, store, args.corpus)
    print(
        f"indexed {counted(report.indexed_files, 'file')}, {report.unchanged_files:,} unchanged, "
        f"{report.removed_files:,} removed, {len(report.skipped):,} skipped in "
        f"{report.seconds:.1f} s; index: {counted(summary.documents, 'document')}, "
        f"{counted(summary.words, 'word')}, {counted(summary.entities, 'entity')} "
        f"({summary.pipeline or 'no pipeline yet'})"
    )
    if summary.languages:
        print(f"languages: {counts_text(list(summary.languages))}")
    for note in summary.notes:
        print(note)
    return 0


def cmd_entities(args: argparse.Namespace, outcome: Outcome) -> int:
    language = language_filter(args)
    with open_corpus(args.corpus, outcome, model=args.model) as store:
        focus = _focus(store, args.focus, args.kinds, language)
        rows = queries.entities(store.conn, kinds=args.kinds, focus=focus, limit=args.top)
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


def cmd_documents(args: argparse.Namespace, outcome: Outcome) -> int:
    language = language_filter(args)
    with open_corpus(args.corpus, outcome, model=args.model) as store:
        focus = _focus(store, args.focus, None, language)
        rows = queries.documents(store.conn, focus=focus, limit=args.top)
    records = [
        {
            "document": r.key,
            "title": r.title,
            "language": r.language,
            "date": r.date,
            "words": r.words,
            "path": r.path,
        }
        for r in rows
    ]
    _emit(
        args,
        records,
        ["title", "language", "date", "words", "path"],
        "No documents found.",
    )
    return 0


def cmd_comentions(args: argparse.Namespace, outcome: Outcome) -> int:
    language = language_filter(args)
    with open_corpus(args.corpus, outcome, model=args.model) as store:
        target = _entity(store, args.entity, args.kinds)
        rows = queries.co_mentions(
            store.conn,
            target.id,
            window=args.window,
            focus=_focus(store, args.focus, args.kinds, language),
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


def _passage_record(row: queries.PassageRow, keys: dict[int, str]) -> Record:
    return {
        "document": keys[row.doc_id],
        "path": row.path,
        "title": row.title,
        "text": row.text,
        "start": row.start,
        "end": row.end,
    }


def cmd_passages(args: argparse.Namespace, outcome: Outcome) -> int:
    language = language_filter(args)
    with open_corpus(args.corpus, outcome, model=args.model) as store:
        target = _entity(store, args.entity, args.kinds)
        other = _entity(store, args.with_entity, args.kinds) if args.with_entity else None
        found = queries.passage_keys(
            store.conn,
            target.id,
            with_entity=other.id if other else None,
            focus=_focus(store, args.focus, args.kinds, language),
        )
        shown = found if args.top is None else found[: args.top]
        wanted = [target.id] if other is None else [target.id, other.id]
        rows = queries.passages_at(store.conn, [passage for _, passage in shown], wanted)
        keys = queries.document_keys(store.conn)
    records = []
    for r in rows:
        first = {m.entity_id: m for m in reversed(r.mentions)}
        record = _passage_record(r, keys) | {"mention": _mention(first.get(target.id))}
        if other:
            record["with_mention"] = _mention(first.get(other.id))
        records.append(record)
    marked = [
        (r.title, r.text, [(m.start - r.start, m.end - r.start) for m in r.mentions]) for r in rows
    ]
    pair = f" together with {other.name}" if other else ""
    _print_passages(args, records, marked, f"No passages mention {target.name}{pair}.", len(found))
    return 0


def cmd_search(args: argparse.Namespace, outcome: Outcome) -> int:
    focus = Focus(language=language_filter(args))
    with open_corpus(args.corpus, outcome, model=args.model) as store:
        hits = queries.search(store.conn, args.query, focus=focus, limit=args.top)
        total = (
            queries.search_total(store.conn, args.query, focus=focus)
            if len(hits) == args.top
            else len(hits)
        )
        keys = queries.document_keys(store.conn)
    records = [_passage_record(h, keys) for h in hits]
    marked = [(h.title, h.text, query_spans(h.text, args.query)) for h in hits]
    _print_passages(args, records, marked, f"No passage matches '{args.query}'.", total)
    return 0


def cmd_chart(args: argparse.Namespace, outcome: Outcome) -> int:
    """The GUI's frequency chart (or, with --entity, its co-mention chart) as PNG or SVG."""
    out = Path(args.out)
    if out.suffix.lower() not in (".png", ".svg"):
        raise UsageError(f"{out.name}: --out must end in .png or .svg")
    from explorer.charts.data import ChartFocus, comention_chart, frequency_chart

    language = language_filter(args)
    with open_corpus(args.corpus, outcome, model=args.model) as store:
        focused = [_entity(store, name, args.kinds) for name in args.focus]
        focus = Focus(tuple(row.id for row in focused), language=language)
        label, chart_focus = args.corpus.name, ChartFocus(tuple(focused))
        if args.entity:
            target = _entity(store, args.entity, args.kinds)
            rows = queries.co_mentions(store.conn, target.id, window=args.window, focus=focus)
            data = comention_chart(
                target.name, rows, window=args.window, top=args.top, focus=chart_focus, corpus=label
            )
        else:
            entity_rows = queries.entities(store.conn, kinds=args.kinds, focus=focus)
            kind = args.kinds[0] if args.kinds and len(args.kinds) == 1 else "all"
            data = frequency_chart(
                entity_rows, top=args.top, kind=kind, focus=chart_focus, corpus=label
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


def cmd_correct(args: argparse.Namespace, outcome: Outcome) -> int:
    """merge / rename / kind / hide / unhide / split: record, re-resolve, confirm."""
    from explorer.index.correct import apply_correction
    from explorer.resolve.model import Correction

    values = tuple(getattr(args, name) for name in CORRECTIONS[args.command][1])
    with open_corpus(args.corpus, outcome, model=args.model) as store:
        target = _entity(store, values[0], None, correcting=True)
        if args.command == "merge":
            into = _entity(store, values[1], None, correcting=True)
            if into.id == target.id:
                raise UsageError(f"'{values[0]}' and '{values[1]}' are already one entity")
        if args.command == "split":
            known = {text.casefold() for text, _ in queries.aliases(store.conn, target.id)}
            if values[1].casefold() not in known:
                raise UsageError(f"'{values[1]}' is not an alias of {target.name}")
        apply_correction(store, Correction(args.command, values))
    print(_DONE[args.command].format(*values))
    return 0


def cmd_corrections(args: argparse.Namespace, outcome: Outcome) -> int:
    from explorer.index.correct import import_corrections
    from explorer.index.corrections import load_corrections
    from explorer.resolve.corrections import corrections_from_json, corrections_to_json

    with open_corpus(args.corpus, outcome, model=args.model) as store:
        if args.export:
            corrections = load_corrections(store.conn)
            try:
                args.export.write_text(corrections_to_json(corrections), encoding="utf-8")
            except OSError as exc:
                raise UsageError(f"cannot write {args.export}: {exc.strerror or exc}") from exc
            print(f"Wrote {counted(len(corrections), 'correction')} to {args.export}.")
            return 0
        try:
            corrections = corrections_from_json(args.import_file.read_text(encoding="utf-8"))
        except OSError as exc:
            raise UsageError(f"cannot read {args.import_file}: {exc.strerror or exc}") from exc
        except ValueError as exc:
            raise UsageError(f"{args.import_file}: {exc}") from exc
        import_corrections(store, corrections)
    print(f"Imported {counted(len(corrections), 'correction')} from {args.import_file}.")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Outcome], int]] = {
    **dict.fromkeys(CORRECTIONS, cmd_correct),
    "corrections": cmd_corrections,
    "index": cmd_index,
    "entities": cmd_entities,
    "documents": cmd_documents,
    "comentions": cmd_comentions,
    "passages": cmd_passages,
    "search": cmd_search,
    "chart": cmd_chart,
}


def run(args: argparse.Namespace) -> int:
    """Run a command; its exit code is 1 (EXIT_SKIPPED) when it succeeded without some of
    the corpus's files. An index found damaged on the way is moved aside, rebuilt, and the
    command run once more."""
    outcome = Outcome()
    try:
        return COMMANDS[args.command](args, outcome) or outcome.exit_code()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise UsageError(f"the index cannot be used ({exc})") from exc
        store, message = recover(index_path([args.corpus.expanduser()]), str(exc))
        store.close()
        print(f"entity-explorer: {message}", file=sys.stderr)
        outcome = Outcome()
        return COMMANDS[args.command](args, outcome) or outcome.exit_code()
