"""The whole benchmark suite (`make bench`): one table, every ratio measured in this run.

    .venv/bin/python -m bench.run                          # everything, sizes 2k,10k,50k
    .venv/bin/python -m bench.run --only queries --sizes 2k,10k
    .venv/bin/python -m bench.run --only index --docs 300 --no-naive   # a quick look

Groups: `index` (rows 1, 2, 3, and 5's size and indexing memory), `queries` (row 4 and
5's memory with an index open), `gui` (row 6), `dask` (the Dask engine against the
local one on the 10k corpus), `network` (row 7: the co-mention network's layout and
the UI's longest stall while it is drawn). The 10k and 50k indexes are
synthesised from the real 2k index unless `--real-index` (see bench/indexes.py).
The machine this was written on has 2 shared cores: compare figures only inside
one run, which is why every row carries its own reference.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

from bench.corpora import REAL_SIZE, cache_dir, ensure_corpus, parse_size, size_label
from bench.index_speed import measure_indexing, working_copy
from bench.indexes import adopt_base_index, ensure_index, synthesis_note
from bench.measure import run_worker
from bench.report import Row, machine, render, write_json
from bench.rows import dask_rows, index_rows, open_memory_rows, query_rows, rebuild_rows

GROUPS = ("index", "queries", "gui", "dask", "network")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only",
        default=",".join(GROUPS),
        help=f"comma-separated groups to run: {', '.join(GROUPS)}",
    )
    parser.add_argument("--sizes", default="2k,10k,50k", help="corpus sizes for the query rows")
    parser.add_argument(
        "--docs", type=int, help="index rows on an evenly spread subset of N documents (quick)"
    )
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--no-naive", action="store_true", help="skip the slow naive loop (row 2)")
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="row 1: the limit and the indexer run in turn this many times",
    )
    parser.add_argument(
        "--stall-runs",
        type=int,
        default=3,
        help="row 6: times the stall scenario runs; the longest stall is reported",
    )
    parser.add_argument(
        "--real-index",
        action="store_true",
        help="index the scaled corpora for real instead of synthesising (hours)",
    )
    parser.add_argument("--quick", action="store_true", help="fewer query calls per figure")
    parser.add_argument(
        "--gui-sizes", default="10k,50k", help="indexes the GUI is launched on (default 10k,50k)"
    )
    parser.add_argument(
        "--dask-size",
        default="10k",
        help="corpus the Dask engine and the local one index (default 10k)",
    )
    parser.add_argument(
        "--stall-docs",
        type=int,
        default=300,
        help="documents the GUI indexes while its event loop is watched",
    )
    options = parser.parse_args(argv)
    options.only = [g.strip() for g in options.only.split(",") if g.strip()]
    unknown = set(options.only) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group(s): {', '.join(sorted(unknown))}")
    options.sizes = [parse_size(s) for s in options.sizes.split(",") if s.strip()]
    options.gui_sizes = [s.strip() for s in options.gui_sizes.split(",") if s.strip()]
    return options


def run_index(options: argparse.Namespace, model: str, raw: dict) -> list[Row]:
    print("Indexing (rows 1-3, 5) ...", flush=True)
    work = cache_dir() / "run" / "index"
    corpus = working_copy(ensure_corpus(REAL_SIZE), work / "corpus", options.docs)
    result = measure_indexing(
        corpus,
        work,
        model=model,
        n_process=options.processes,
        naive=not options.no_naive,
        rounds=options.rounds,
    )
    raw["index"] = result
    skipped = [p for p in result["indexer"]["problems"] if p.startswith("skipped")]
    if not options.docs and not skipped:
        adopt_base_index(Path(result["store"]), model)  # the queries' 2k index: no second build
    return index_rows(result)


def run_queries(options: argparse.Namespace, model: str, raw: dict) -> list[Row]:
    print("Queries (row 4, 5) ...", flush=True)
    by_size: dict[str, dict] = {}
    made: dict[str, str] = {}
    rebuilds: dict[str, dict] = {}
    for count in options.sizes:
        label = size_label(count)
        index, how = ensure_index(count, model, real=options.real_index and count != REAL_SIZE)
        made[label] = how
        note = synthesis_note(index)
        if how == "synthesised" and note.exists():
            rebuilds[label] = json.loads(note.read_text())
        print(f"  {label}: timing queries on {index.name} ...", flush=True)
        by_size[label] = run_worker("queries", {"store": str(index), "quick": options.quick})
    raw["queries"] = by_size
    raw["synthesis"] = rebuilds
    return [*query_rows(by_size, made), *open_memory_rows(by_size), *rebuild_rows(rebuilds)]


def run_gui(options: argparse.Namespace, model: str, raw: dict) -> list[Row]:
    print("GUI, offscreen (row 6) ...", flush=True)
    from bench.gui import gui_rows, scenarios

    results: dict[str, dict] = {}
    for name, args, home in scenarios(
        model, options.gui_sizes, options.stall_docs, options.stall_runs
    ):
        print(f"  {name} ...", flush=True)
        env = {
            "QT_QPA_PLATFORM": "offscreen",
            "QT_LOGGING_RULES": "qt.qpa.*=false",
            "ENTITY_EXPLORER_HOME": str(home),
        }
        try:
            # the stall is timed in the app process: nothing may read its memory maps
            results[name] = run_worker(
                "gui", args, env=env, timeout=3600, pss=args["scenario"] != "stall"
            )
        except Exception as exc:  # one broken scenario must not lose the rest of the table
            results[name] = {"error": str(exc)}
        finally:
            shutil.rmtree(home, ignore_errors=True)
    raw["gui"] = results
    return gui_rows(results)


def run_dask(options: argparse.Namespace, model: str, raw: dict) -> list[Row]:
    print("Dask engine against the local engine ...", flush=True)
    from bench.corpora import corpus_texts, count_words

    work = cache_dir() / "run" / "dask"
    size = parse_size(options.dask_size)
    corpus = working_copy(ensure_corpus(size), work / "corpus", options.docs)
    results: dict = {
        "words": count_words(corpus_texts(corpus)),
        "documents": len(corpus_texts(corpus)),
        "n_process": options.processes,
    }
    for name in ("local", "dask"):
        store = work / f"{name}.db"
        for leftover in work.glob(f"{name}.db*"):
            leftover.unlink()
        print(f"  {name} ...", flush=True)
        results[name] = run_worker(
            "engine",
            {
                "corpus": str(corpus),
                "store": str(store),
                "model": model,
                "engine": name,
                "n_process": options.processes,
            },
            timeout=6 * 3600,
        )
    raw["dask"] = results
    return dask_rows(results)


def run_network(options: argparse.Namespace, model: str, raw: dict) -> list[Row]:
    print("Network layout and drawing, offscreen (row 7) ...", flush=True)
    from bench.indexes import fingerprint
    from bench.network import network_rows

    # the 2k index when this code's was built (index_folder would clear older ones)
    real = cache_dir() / "indexes" / fingerprint(model) / f"bbc-{size_label(REAL_SIZE)}.db"
    env = {"QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"}
    result = run_worker(
        "network", {"index": str(real) if real.exists() else None}, env=env, timeout=1800
    )
    raw["network"] = result
    return network_rows(result)


def main(argv: list[str] | None = None) -> None:
    options = parse_args(argv)
    from explorer.nlp.pipeline import choose_pipeline

    model = choose_pipeline()
    started = time.perf_counter()
    raw: dict = {"machine_at_start": machine()}
    rows: list[Row] = []
    runners = {
        "index": run_index,
        "queries": run_queries,
        "gui": run_gui,
        "dask": run_dask,
        "network": run_network,
    }
    for group in GROUPS:
        if group in options.only:
            rows += runners[group](options, model, raw)
            write_json(rows, raw, {**vars(options), "model": model})  # kept if a later group fails
    rows.sort(key=lambda row: row.group[0])
    print()
    info = raw["machine_at_start"]
    print(
        f"Entity Explorer benchmarks — {info['cpu']}, {info['cores']} cores, "
        f"{info['memory_gb']} GB, Python {info['python']}, spaCy {info['spacy']}, {model}; "
        f"load average at start {info['load_average'][0]:.2f}"
    )
    print(render(rows))
    path = write_json(rows, raw, {**vars(options), "model": model})
    print(f"\n{time.perf_counter() - started:,.0f} s; results in {path}")


if __name__ == "__main__":
    main()
