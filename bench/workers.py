"""The measurements that run in their own process: `python -m bench.workers KIND ARGS_JSON`.

Each prints one JSON line as its result (see `bench.measure.run_worker`). All of them
load their pipeline and read their texts first, warm up on a few documents, and only
then start the clock, so that what is timed is the steady work a user waits for.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WARM_UP_TEXTS = 16


class Clock:
    """Wall time and CPU time (this process plus its reaped children) of a block.

    The machine is shared: another job on the two cores stretches wall time, but
    hardly the CPU seconds the work itself needs, so both are reported.
    """

    def __enter__(self) -> Clock:
        self.wall = time.perf_counter()
        self.cpu = _cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = _cpu() - self.cpu

    def result(self) -> dict:
        return {"seconds": self.wall, "cpu_seconds": self.cpu}


def _cpu() -> float:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _warm(nlp: object, texts: list[str]) -> None:
    for _doc in nlp.pipe(texts[:WARM_UP_TEXTS]):  # type: ignore[attr-defined]
        pass


def bare_pipe(args: dict) -> dict:
    """The limit: `nlp.pipe` over the same components and processes, nothing else."""
    from bench.corpora import corpus_texts
    from explorer.nlp.pipeline import load_pipeline

    nlp = load_pipeline(args["model"])
    texts = corpus_texts(Path(args["corpus"]))
    _warm(nlp, texts)
    mentions = 0
    with Clock() as clock:
        for doc in nlp.pipe(texts, n_process=args["n_process"], batch_size=args["batch_size"]):
            mentions += len(doc.ents)
    return {**clock.result(), "mentions": mentions, "components": list(nlp.pipe_names)}


def bare_pipe_paragraphs(args: dict) -> dict:
    """Diagnostic: the same loop over content paragraphs, the inputs our extractor feeds spaCy.

    Separates what paragraph-sized inputs cost spaCy from what our own code costs.
    """
    from explorer.corpus.discover import discover
    from explorer.corpus.read import read_source
    from explorer.nlp.pipeline import load_pipeline

    nlp = load_pipeline(args["model"])
    sources, _ = discover([Path(args["corpus"])])
    paragraphs = [
        document.text[start:end]
        for source in sources
        for document in read_source(source).documents
        for start, end in document.paragraphs
    ]
    _warm(nlp, paragraphs)
    mentions = 0
    with Clock() as clock:
        for doc in nlp.pipe(paragraphs, n_process=args["n_process"], batch_size=args["batch_size"]):
            mentions += len(doc.ents)
    return {**clock.result(), "mentions": mentions, "inputs": len(paragraphs)}


def naive(args: dict) -> dict:
    """What a user would write first: the full default pipeline, one `nlp(text)` per document."""
    import spacy

    from bench.corpora import corpus_texts

    nlp = spacy.load(args["model"])
    texts = corpus_texts(Path(args["corpus"]))
    _warm(nlp, texts)
    found: list[tuple[str, str]] = []
    with Clock() as clock:
        for text in texts:
            doc = nlp(text)
            found.extend((ent.text, ent.label_) for ent in doc.ents)
    return {**clock.result(), "mentions": len(found), "components": list(nlp.pipe_names)}


def indexer(args: dict) -> dict:
    """Our indexer into a fresh store, then the two re-index cases on the same store.

    The corpus folder is the run's own copy, so editing one document is safe.
    """
    from bench.corpora import corpus_texts
    from explorer.index.indexer import Progress, index_corpus
    from explorer.index.store import Store
    from explorer.nlp.pipeline import load_pipeline

    corpus, store_path = Path(args["corpus"]), Path(args["store"])
    model, n_process = args["model"], args["n_process"]
    nlp = load_pipeline(model)  # cached: index_corpus gets this same, warmed object
    _warm(nlp, corpus_texts(corpus)[:WARM_UP_TEXTS])
    phases: dict[str, float] = {}
    derived = _timing_derived_tables()

    def on_progress(progress: Progress) -> None:
        phases.setdefault(progress.phase, progress.elapsed)

    result: dict = {}
    with Store(store_path) as store:
        with Clock() as clock:
            report = index_corpus(
                [corpus],
                store,
                model=model,
                n_process=n_process,
                batch_size=args["batch_size"],
                on_progress=on_progress,
            )
        result.update(clock.result())
        result["phases"] = phases
        result["derived_tables_s"] = sum(derived)
        result["documents"] = report.documents
        result["indexer_words"] = report.words
        result["problems"] = [str(p) for p in report.problems]
        result.update(_reindex(store, corpus, model, nlp))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return result


def _timing_derived_tables() -> list[float]:
    """The seconds of every full recount of the derived tables (per-document counts,
    co-mentions, packed windows), which the indexer reports inside its one
    "resolving" phase: issue 3's aim is for resolution alone."""
    from explorer.index import entities

    seconds: list[float] = []
    recount = entities.rebuild_derived

    def timed(conn: object) -> None:
        started = time.perf_counter()
        recount(conn)  # type: ignore[arg-type]
        seconds.append(time.perf_counter() - started)

    entities.rebuild_derived = timed  # type: ignore[assignment]
    return seconds


def _reindex(store: object, corpus: Path, model: str, nlp: object) -> dict:
    """Re-index with the app's automatic process count (one process for a small change)."""
    from explorer.index.indexer import index_corpus

    started = time.perf_counter()
    index_corpus([corpus], store, model=model)  # type: ignore[arg-type]
    unchanged = time.perf_counter() - started

    files = sorted(corpus.rglob("*.txt"), key=str)
    edited = files[len(files) // 2]
    original = edited.read_bytes()
    addition = (
        "\n\nThe report was discussed in London by Tony Blair and Gordon Brown, "
        "who met officials from the European Commission.\n"
    )
    edited.write_bytes(original + addition.encode("utf-8"))
    started = time.perf_counter()
    report = index_corpus([corpus], store, model=model)  # type: ignore[arg-type]
    after_edit = time.perf_counter() - started

    text = edited.read_text(encoding="utf-8", errors="replace")
    started = time.perf_counter()
    for _doc in nlp.pipe([p for p in text.split("\n\n") if p.strip()]):  # type: ignore[attr-defined]
        pass
    one_document = time.perf_counter() - started
    edited.write_bytes(original)  # leave the index as the pristine corpus's (the query base)
    index_corpus([corpus], store, model=model)  # type: ignore[arg-type]
    return {
        "reindex_unchanged_s": unchanged,
        "reindex_edit_s": after_edit,
        "reindex_edit_files": report.indexed_files,
        "one_document_nlp_s": one_document,
        "edited": str(edited.relative_to(corpus)),
    }


def queries(args: dict) -> dict:
    """Query latencies on one store (see bench.queries); also the memory of an open index."""
    from bench.queries import measure_queries

    return measure_queries(Path(args["store"]), quick=args.get("quick", False))


def gui(args: dict) -> dict:
    """The GUI rows, offscreen (see bench.gui)."""
    from bench.gui import measure_gui

    return measure_gui(args)


def network(args: dict) -> dict:
    """Row 7: the network's layout times and the UI's longest stall (see bench.network)."""
    from bench.network import measure_network

    return measure_network(args)


def engine(args: dict) -> dict:
    """One engine (local or dask) indexing the corpus into a fresh store, nothing else."""
    from explorer.index.indexer import index_corpus
    from explorer.index.store import Store
    from explorer.nlp.pipeline import load_pipeline

    load_pipeline(args["model"])  # the local engine's model, loaded before the clock as for Dask
    with Store(Path(args["store"])) as store, Clock() as clock:
        report = index_corpus(
            [Path(args["corpus"])],
            store,
            model=args["model"],
            engine=args["engine"],
            n_process=args["n_process"],
        )
    return {**clock.result(), "documents": report.documents, "words": report.words}


KINDS: dict[str, Callable[[dict], dict]] = {
    "pipe": bare_pipe,
    "pipe_paragraphs": bare_pipe_paragraphs,
    "naive": naive,
    "indexer": indexer,
    "engine": engine,
    "queries": queries,
    "gui": gui,
    "network": network,
}


def main() -> None:
    kind, raw = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "{}"
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        import os

        os.environ.setdefault("ENTITY_EXPLORER_HOME", home)
        result = KINDS[kind](json.loads(raw))
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
