"""The `entity-explorer` command: the desktop app by default, subcommands for headless use.

Its exit codes are in `cli_exit`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from explorer.cli_exit import EXIT_BROKEN_PIPE, UsageError
from explorer.vocabulary import CORRECTIONS, KINDS, WINDOWS

SUBCOMMANDS = (
    "index",
    "entities",
    "documents",
    "comentions",
    "passages",
    "search",
    "chart",
    *CORRECTIONS,
    "corrections",
    "watch",
    "dossier",
    "network",
    "timeline",
)


def _seeds() -> Path:
    """The bundled sample corpus, which the welcome screen offers."""
    return Path(__file__).resolve().parent.parent / "seeds"


def _corpus_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "corpus",
        type=Path,
        metavar="CORPUS",
        help="a folder of documents (searched recursively) or one file",
    )
    parser.add_argument(
        "--model", help="spaCy pipeline to use (default: the index's, else the best installed)"
    )


def _focus_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--focus",
        nargs="+",
        metavar="NAME",
        default=[],
        help="only documents that mention all these entities",
    )


def _lang_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="only documents in this language: a code such as en, fr or de (und: those too "
        "short to tell); `index` lists the corpus's",
    )


def _kind_filter_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kind",
        dest="kinds",
        choices=KINDS,
        action="append",
        help="only this kind (repeatable); also chooses between entities that share a NAME",
    )


def _kind_choice_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kind",
        dest="kinds",
        choices=KINDS,
        action="append",
        help="when entities of several kinds share a NAME, use the one of this kind",
    )


def _output_args(parser: argparse.ArgumentParser, csv: bool = True) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="print JSON")
    if csv:
        group.add_argument("--csv", action="store_true", help="print CSV")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="entity-explorer",
        description="Find the people, countries, organisations and places in a folder of "
        "documents. With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("index", help="index (or update the index of) a corpus")
    _corpus_arg(p)
    p.add_argument(
        "--processes", type=int, metavar="N", help="worker processes for spaCy (default: automatic)"
    )
    p.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="run the pipeline here (local) or on a Dask cluster",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler to use (default: a LocalCluster)",
    )

    p = sub.add_parser("entities", help="list entities, most mentioned first")
    _corpus_arg(p)
    _kind_filter_arg(p)
    p.add_argument("--top", type=int, metavar="N", help="at most N entities")
    _focus_arg(p)
    _lang_arg(p)
    _output_args(p)

    p = sub.add_parser("documents", help="list the documents with their language, by date")
    _corpus_arg(p)
    p.add_argument("--top", type=int, metavar="N", help="at most N documents")
    _focus_arg(p)
    _lang_arg(p)
    _output_args(p)

    p = sub.add_parser("comentions", help="entities mentioned together with one entity")
    _corpus_arg(p)
    p.add_argument("--entity", required=True, metavar="NAME")
    p.add_argument("--window", choices=WINDOWS, default="sentence")
    p.add_argument("--top", type=int, metavar="N", help="at most N rows")
    _focus_arg(p)
    _lang_arg(p)
    _kind_choice_arg(p)
    _output_args(p)

    p = sub.add_parser("passages", help="the sentences that mention an entity (or a pair)")
    _corpus_arg(p)
    p.add_argument("--entity", required=True, metavar="NAME")
    p.add_argument(
        "--with", dest="with_entity", metavar="NAME2", help="only sentences that also mention NAME2"
    )
    p.add_argument("--top", type=int, metavar="N", help="at most N passages")
    _focus_arg(p)
    _lang_arg(p)
    _kind_choice_arg(p)
    _output_args(p, csv=False)

    p = sub.add_parser("search", help="full-text search over passages")
    _corpus_arg(p)
    p.add_argument("query", metavar="QUERY", help="words that must all occur in a passage")
    p.add_argument("--top", type=int, metavar="N", default=50, help="at most N hits (default 50)")
    _lang_arg(p)
    _output_args(p, csv=False)

    p = sub.add_parser(
        "chart",
        help="draw the app's frequency chart (or, with --entity, "
        "its co-mention chart) to a PNG or SVG file, with a CSV of its data",
    )
    _corpus_arg(p)
    p.add_argument("--entity", metavar="NAME", help="chart who is mentioned with NAME")
    _kind_filter_arg(p)
    _focus_arg(p)
    _lang_arg(p)
    p.add_argument("--top", type=int, metavar="N", default=20, help="at most N bars (default 20)")
    p.add_argument(
        "--window", choices=WINDOWS, default="sentence", help="co-mention window (with --entity)"
    )
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.png or FILE.svg")
    _correction_parsers(sub)

    p = sub.add_parser(
        "watch",
        help="check a watch-list (one name a line) against a corpus; exit 1 when "
        "some names are not found",
    )
    _corpus_arg(p)
    p.add_argument(
        "--list",
        required=True,
        type=Path,
        metavar="FILE",
        help="one name a line, more spellings after |, a kind after ; (or CSV: name, "
        "spellings, kind)",
    )
    _output_args(p)

    p = sub.add_parser(
        "dossier",
        help="write one entity's dossier (names, spread, co-mentions, passages, "
        "corrections) as a self-contained HTML file or a PDF",
    )
    _corpus_arg(p)
    p.add_argument("--entity", required=True, metavar="NAME")
    _focus_arg(p)
    _kind_choice_arg(p)
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.html or FILE.pdf")

    p = sub.add_parser(
        "network",
        help="draw the app's co-mention network of the top entities as PNG or SVG (with a "
        "CSV of its links), or write it for Gephi as GEXF or GraphML",
    )
    _corpus_arg(p)
    _focus_arg(p)
    _lang_arg(p)
    _kind_filter_arg(p)
    p.add_argument(
        "--top", type=int, metavar="N", default=50, help="the N most mentioned (default 50)"
    )
    p.add_argument(
        "--window", choices=WINDOWS, default="sentence", help="link two entities in the same WINDOW"
    )
    p.add_argument(
        "--min-count",
        type=int,
        metavar="N",
        default=1,
        help="only links of at least N windows together (default 1)",
    )
    p.add_argument(
        "--weight",
        choices=("count", "score"),
        default="count",
        help="what makes a link strong: windows together, or the logDice score",
    )
    p.add_argument(
        "--communities", action="store_true", help="colour by Louvain community, not by kind"
    )
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.png, .svg, .gexf or .graphml")

    p = sub.add_parser(
        "timeline",
        help="mentions of entities per day, week or month of publication, with their bursts "
        "(documents without a date are counted, never placed)",
    )
    _corpus_arg(p)
    p.add_argument(
        "--entity",
        dest="entities",
        required=True,
        action="append",
        metavar="NAME",
        help="an entity to count (repeatable: one line each)",
    )
    p.add_argument(
        "--bin",
        choices=("day", "week", "month"),
        help="count per day, week or month (default: chosen from the span of the dates)",
    )
    _focus_arg(p)
    _lang_arg(p)
    _kind_choice_arg(p)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="print JSON")
    group.add_argument("--csv", action="store_true", help="print CSV")
    group.add_argument(
        "--out", metavar="FILE", help="draw it to FILE.png or FILE.svg, its counts as CSV beside"
    )
    return parser


def _correction_parsers(sub: argparse._SubParsersAction) -> None:
    """The user's corrections: kept in the index and re-applied after every re-index."""
    for command, (help_text, names) in CORRECTIONS.items():
        p = sub.add_parser(command, help=help_text)
        _corpus_arg(p)
        for name in names:
            if name == "kind":
                p.add_argument(name, choices=KINDS)
            else:
                p.add_argument(name, metavar=name.upper())
    p = sub.add_parser("corrections", help="export or import the corrections (a small JSON file)")
    _corpus_arg(p)
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--export", type=Path, metavar="FILE", help="write the corrections to FILE")
    group.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        metavar="FILE",
        help="replace the corrections with those in FILE",
    )


# Libraries that log about every odd file; our own Problems already say it once.
_CHATTY_LOGGERS = ("trafilatura", "htmldate", "courlan", "pypdf")


def main(argv: Sequence[str] | None = None) -> int:
    """The command; a reader that stops reading (`... | head`) ends it quietly."""
    try:
        code = _main(argv)
        sys.stdout.flush()  # here, so a closed pipe is met inside the try
        return code
    except BrokenPipeError:
        # Python would report the closed pipe again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _main(argv: Sequence[str] | None) -> int:
    for name in _CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if args_list and args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-"):
        return _run_gui(args_list)
    args = parser.parse_args(args_list)
    if args.version:
        from explorer.versions import version_report

        print(version_report())
        return 0
    if args.command is None:
        return _run_gui([])
    try:
        return _commands().run(args)
    except UsageError as exc:
        print(f"entity-explorer: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("entity-explorer: interrupted; finished work is kept in the index.", file=sys.stderr)
        return 130


def _commands() -> ModuleType:
    """explorer.commands, with the subcommands kept in modules of their own registered."""
    from explorer import commands
    from explorer.cli_dossier import cmd_dossier
    from explorer.cli_network import cmd_network
    from explorer.cli_timeline import cmd_timeline
    from explorer.cli_watch import cmd_watch

    commands.COMMANDS.update(
        watch=cmd_watch, dossier=cmd_dossier, network=cmd_network, timeline=cmd_timeline
    )
    return commands


def _run_gui(args: list[str]) -> int:
    """The desktop app on CORPUS; without one, the last corpus opened, else a welcome
    screen. A CORPUS that does not exist is the window's to say, in a dialog."""
    corpus = Path(args[0]).expanduser() if args else None
    from explorer.ui.app import run

    return run(corpus, fallback=_seeds())
