"""Indexing throughput: our indexer against the limit (a bare `nlp.pipe`) and the naive loop.

    .venv/bin/python -m bench.index_speed                 # the 2k BBC corpus, 2 processes
    .venv/bin/python -m bench.index_speed --docs 300      # a quick subset
    .venv/bin/python -m bench.index_speed --no-naive      # skip the slow naive loop

All three read the same texts, and every throughput divides the same word count
(whitespace words of the decoded files) by its own wall time:

- indexer: `index_corpus` into a fresh store, same components, processes and batch
  size. It also discovers and reads files, stores documents, passages, mentions and
  full-text rows, resolves entities and counts co-mentions: that is the point, and
  the aim is still within 10% of the bare loop.
- limit: `nlp.pipe` over the documents' texts with the components `load_pipeline`
  keeps (senter + ner), consuming each Doc's entities and nothing else.
- naive: `spacy.load(name)` (the full default pipeline), `nlp(text)` per document,
  entities collected in a Python list, one process.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from bench.corpora import corpus_texts, count_words, ensure_corpus, parse_size
from bench.measure import folder_size, run_worker

PROCESSES = 2


def working_copy(source: Path, target: Path, docs: int | None = None) -> Path:
    """A private copy of the corpus (the edit row changes a file), optionally a spread subset."""
    shutil.rmtree(target, ignore_errors=True)
    files = sorted(source.rglob("*.txt"), key=str)
    if docs and docs < len(files):
        step = len(files) / docs
        files = [files[int(i * step)] for i in range(docs)]
    for path in files:
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, destination)
    return target


def measure_indexing(
    corpus: Path,
    work: Path,
    *,
    model: str,
    n_process: int = PROCESSES,
    batch_size: int | None = None,
    naive: bool = True,
    paragraphs: bool = True,
    rounds: int = 1,
) -> dict:
    """Rows 1–3 and the indexing memory, measured on the same texts in one run.

    The limit and the indexer run in turn, `rounds` times; the round whose ratio is
    the median gives every figure (its index is the one kept), and the ratios of all
    rounds are kept beside it. On a shared machine one pair of runs can be a tenth
    apart from the next with the same code."""
    from explorer.index.indexer import BATCH_SIZE

    batch = batch_size or BATCH_SIZE
    words = count_words(corpus_texts(corpus))
    args = {"corpus": str(corpus), "model": model, "n_process": n_process, "batch_size": batch}
    results: dict = {
        "words": words,
        "documents": len(corpus_texts(corpus)),
        "text_bytes": folder_size(corpus),
        "n_process": n_process,
        "batch_size": batch,
        "model": model,
    }
    for leftover in work.glob("index*.db*"):
        leftover.unlink()
    measured = []
    for number in range(1, rounds + 1):
        store = work / f"index-{number}.db"
        of = f" (round {number} of {rounds})" if rounds > 1 else ""
        print(f"  limit: bare nlp.pipe, {n_process} processes{of} ...", flush=True)
        pipe = run_worker("pipe", args)
        print(f"  indexer: index_corpus, {n_process} processes{of} ...", flush=True)
        ours = run_worker("indexer", {**args, "store": str(store)})
        measured.append((pipe["seconds"] / ours["seconds"], pipe, ours, store))
    results["round_ratios"] = [ratio for ratio, *_ in measured]
    _ratio, results["pipe"], results["indexer"], store = sorted(
        measured, key=lambda round_: round_[0]
    )[(rounds - 1) // 2]
    for _ratio, _pipe, _ours, other in measured:
        if other != store:
            for leftover in work.glob(f"{other.name}*"):
                leftover.unlink()
    results["index_bytes"] = folder_size(store)
    results["store"] = str(store)
    if paragraphs:
        print("  diagnostic: bare nlp.pipe over content paragraphs ...", flush=True)
        results["pipe_paragraphs"] = run_worker("pipe_paragraphs", args)
    if naive:
        print("  naive: full pipeline, nlp(text) per document, 1 process ...", flush=True)
        results["naive"] = run_worker("naive", args)
    for key in ("pipe", "indexer", "pipe_paragraphs", "naive"):
        if key in results:
            results[key]["words_per_s"] = words / results[key]["seconds"]
            results[key]["words_per_cpu_s"] = words / max(results[key]["cpu_seconds"], 1e-9)
    return results


def summary_lines(r: dict) -> list[str]:
    limit, ours = r["pipe"]["words_per_s"], r["indexer"]["words_per_s"]
    cpu_ratio = r["indexer"]["words_per_cpu_s"] / r["pipe"]["words_per_cpu_s"]
    lines = [
        f"{r['documents']} documents, {r['words']:,} words, {r['model']}, "
        f"{r['n_process']} processes, batch {r['batch_size']}",
        f"limit (bare nlp.pipe)   {limit:10,.0f} words/s",
        f"our indexer             {ours:10,.0f} words/s   ratio to limit {ours / limit:.2f} "
        f"(aim >= 0.90; in CPU seconds {cpu_ratio:.2f})",
    ]
    if len(r["round_ratios"]) > 1:
        lines.append("ratio in each round     " + ", ".join(f"{x:.2f}" for x in r["round_ratios"]))
    if "pipe_paragraphs" in r:
        para = r["pipe_paragraphs"]["words_per_s"]
        lines.append(
            f"bare pipe, paragraphs   {para:10,.0f} words/s   (diagnostic: "
            f"{para / limit:.2f} of the limit)"
        )
    if "naive" in r:
        slow = r["naive"]["words_per_s"]
        lines.append(
            f"naive nlp(text) loop    {slow:10,.0f} words/s   ours is {ours / slow:.1f}x "
            "(aim >= 3x)"
        )
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="2k", help="corpus: 2k, 10k or 50k (default 2k)")
    parser.add_argument("--docs", type=int, help="use an evenly spread subset of N documents")
    parser.add_argument("--processes", type=int, default=PROCESSES)
    parser.add_argument("--batch-size", type=int)
    parser.add_argument("--no-naive", action="store_true", help="skip the slow naive loop")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="limit and indexer runs in turn; the median round is reported",
    )
    options = parser.parse_args(argv)
    from bench.corpora import cache_dir
    from explorer.nlp.pipeline import choose_pipeline

    work = cache_dir() / "run" / "index_speed"
    corpus = working_copy(ensure_corpus(parse_size(options.size)), work / "corpus", options.docs)
    results = measure_indexing(
        corpus,
        work,
        model=choose_pipeline(),
        n_process=options.processes,
        batch_size=options.batch_size,
        naive=not options.no_naive,
        rounds=options.rounds,
    )
    print("\n".join(summary_lines(results)))


if __name__ == "__main__":
    main()
