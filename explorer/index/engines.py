"""Engines turn changed source files into extractions: read, run the pipeline.

Both yield the same stream of events, in which a source's `SourceRead` comes
before its documents' extractions, so the single writer in the indexer stays the
same whatever runs the pipeline:

- `local_events`: this thread runs `nlp.pipe`, streaming (a small change: no
  worker process to start).
- `pool_events`: worker processes on this machine.
- `dask_events`: a Dask cluster (a LocalCluster by default, or a scheduler
  address), so the files must be readable by the workers.

The last two map `process_batch`, a pure function that reads and extracts one
batch of files, and send back compact extractions.

Each takes `pipelines`, a language's code to its pipeline's name: a document goes
through its own language's pipeline (explorer/nlp/routes.py), loaded where it runs.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from explorer.corpus.assemble import content_hash
from explorer.corpus.model import Document, Problem, ReadOptions, SourceFile
from explorer.corpus.read import read_source
from explorer.nlp.extract import Extraction, RawMention, Sentence, extract
from explorer.nlp.routes import extract_routed, extract_streaming, pipeline_for

DASK_BATCH_FILES = 64
POOL_BATCH_FILES = 16
# A file this large is split among the workers by paragraphs, in parts of about
# POOL_PART_CHARS characters.
POOL_SPLIT_BYTES = 4_000_000
POOL_PART_CHARS = 500_000


@dataclass(slots=True)
class SourceRead:
    """A source file was read: how many documents it gave, and what went wrong."""

    source: SourceFile
    digest: str
    documents: int
    problems: list[Problem] = field(default_factory=list)


Event = SourceRead | Extraction


def file_hash(path: Path) -> str:
    """The hash a source is remembered by ("" when it cannot be read: it is then retried)."""
    try:
        return content_hash(path.read_bytes())
    except OSError:
        return ""


def _read(source: SourceFile, options: ReadOptions) -> tuple[SourceRead, list[Document]]:
    result = read_source(source, options)
    read = SourceRead(source, result.source_hash, len(result.documents), result.problems)
    return read, result.documents


def local_events(
    pipelines: Mapping[str, str],
    sources: Sequence[SourceFile],
    options: ReadOptions,
    stop: Callable[[], bool],
    *,
    batch_size: int,
) -> Iterator[Event]:
    """Read lazily while the pipeline runs in this thread."""
    reads: deque[SourceRead] = deque()

    def documents() -> Iterator[Document]:
        for source in sources:
            if stop():
                return
            read, docs = _read(source, options)
            reads.append(read)
            yield from docs

    current = None
    for extraction in extract_streaming(pipelines, documents(), batch_size=batch_size):
        if extraction.document.path != current:
            # Announce every source read up to this document's own, in order.
            while reads:
                read = reads.popleft()
                yield read
                if read.source.path == extraction.document.path:
                    break
            current = extraction.document.path
        yield extraction
    yield from reads


def process_batch(
    sources: list[SourceFile],
    options: ReadOptions,
    pipelines: Mapping[str, str],
    batch_size: int = 64,
) -> list[Event]:
    """Read and extract a batch of files on a worker, each language's documents through
    its pipeline in one stream; a pipeline loads once per worker."""
    reads = [_read(source, options) for source in sources]
    documents = [document for _, docs in reads for document in docs]
    extractions = iter(extract_routed(pipelines, documents, batch_size=batch_size))
    events: list[Event] = []
    for read, docs in reads:
        events.append(read)
        events.extend(next(extractions) for _ in docs)
    return events


def _exit_with_parent() -> None:
    """In a worker: exit when the process that started it is gone (killed with the
    indexer, say); an idle worker would otherwise wait for work forever."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def extract_part(
    document: Document, first: int, last: int, pipelines: Mapping[str, str], batch_size: int
) -> Extraction:
    """Paragraphs [first, last) of a document, extracted on a worker: only their stretch
    of text travels, and the offsets that come back are the whole document's."""
    base, end = document.paragraphs[first][0], document.paragraphs[last - 1][1]
    part = replace(
        document,
        text=document.text[base:end],
        paragraphs=tuple((a - base, b - base) for a, b in document.paragraphs[first:last]),
    )
    nlp = pipeline_for(document.language, pipelines)
    (found,) = extract(nlp, [part], batch_size=batch_size)
    return Extraction(
        document,
        [Sentence(s.paragraph + first, s.start + base, s.end + base) for s in found.sentences],
        [RawMention(m.start + base, m.end + base, m.label) for m in found.mentions],
    )


def _parts(document: Document) -> list[tuple[int, int]]:
    """Runs of whole paragraphs of about POOL_PART_CHARS each, covering the document."""
    parts, first, size = [], 0, 0
    for number, (start, end) in enumerate(document.paragraphs):
        size += end - start
        if size >= POOL_PART_CHARS:
            parts.append((first, number + 1))
            first, size = number + 1, 0
    if first < len(document.paragraphs):
        parts.append((first, len(document.paragraphs)))
    return parts


def pool_events(
    pipelines: Mapping[str, str],
    sources: Sequence[SourceFile],
    options: ReadOptions,
    stop: Callable[[], bool],
    *,
    n_process: int,
    batch_size: int,
) -> Iterator[Event]:
    """`process_batch` over batches of files in `n_process` worker processes, results
    in file order, a few batches in flight (so stopping is quick and memory bounded).

    spaCy's own `n_process` sends every Doc back whole: deserialising them and walking
    their sentences here took CPU from the workers on a two-core machine. The start
    method is the process default (the app sets "forkserver": it has threads).
    A file of POOL_SPLIT_BYTES or more is read here and its documents' paragraphs
    are shared among the workers (`extract_part`): one worker would otherwise read
    it alone. Those files come first; the writer does not need file order.
    """
    large = [s for s in sources if s.size >= POOL_SPLIT_BYTES]
    rest = [s for s in sources if s.size < POOL_SPLIT_BYTES]
    size = POOL_BATCH_FILES
    batches = [list(rest[i : i + size]) for i in range(0, len(rest), size)]
    pool = ProcessPoolExecutor(
        max_workers=n_process,
        mp_context=multiprocessing.get_context(),
        initializer=_exit_with_parent,
    )
    try:
        for source in large:
            read, documents = _read(source, options)
            yield read
            for document in documents:
                if stop():
                    return
                parts = [
                    pool.submit(extract_part, document, first, last, pipelines, batch_size)
                    for first, last in _parts(document)
                ]
                whole = Extraction(document)
                for part in parts:
                    found = part.result()
                    whole.sentences.extend(found.sentences)
                    whole.mentions.extend(found.mentions)
                yield whole
        waiting = iter(batches)
        running = deque(
            pool.submit(process_batch, batch, options, pipelines, batch_size)
            for batch in islice(waiting, 2 * n_process)
        )
        while running:
            if stop():
                return
            events = running.popleft().result()
            following = next(waiting, None)
            if following is not None:
                running.append(
                    pool.submit(process_batch, following, options, pipelines, batch_size)
                )
            yield from events
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def dask_events(
    pipelines: Mapping[str, str],
    sources: Sequence[SourceFile],
    options: ReadOptions,
    stop: Callable[[], bool],
    *,
    scheduler: str | None = None,
    n_workers: int = 2,
    batch_files: int = DASK_BATCH_FILES,
) -> Iterator[Event]:
    """Map `process_batch` over batches of files on Dask; yield results as batches finish."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise RuntimeError(
            "the dask engine needs Dask: pip install 'entity-explorer[dask]'"
        ) from exc
    cluster = (
        None
        if scheduler
        else LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
    )
    client = Client(scheduler or cluster)
    try:
        batches = [list(sources[i : i + batch_files]) for i in range(0, len(sources), batch_files)]
        futures = client.map(
            process_batch, batches, options=options, pipelines=dict(pipelines), pure=False
        )
        for future in as_completed(futures):
            if stop():
                client.cancel(futures)
                return
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
