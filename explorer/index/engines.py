"""Engines turn changed source files into extractions: read, run the pipeline.

Both yield the same stream of events, in which a source's `SourceRead` comes
before its documents' extractions, so the single writer in the indexer stays the
same whatever runs the pipeline:

- `local_events`: this machine, `nlp.pipe` with worker processes, streaming.
- `dask_events`: a Dask cluster (a LocalCluster by default, or a scheduler
  address); each task reads and extracts one batch of files with
  `process_batch`, a pure function, so the files must be readable by the workers.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.corpus.assemble import content_hash
from explorer.corpus.model import Document, Problem, ReadOptions, SourceFile
from explorer.corpus.read import read_source
from explorer.nlp.extract import Extraction, extract

if TYPE_CHECKING:
    from spacy.language import Language

DASK_BATCH_FILES = 64


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
    nlp: Language,
    sources: Sequence[SourceFile],
    options: ReadOptions,
    stop: Callable[[], bool],
    *,
    n_process: int,
    batch_size: int,
) -> Iterator[Event]:
    """Read lazily while the pipeline runs, so reading overlaps with spaCy's workers."""
    reads: deque[SourceRead] = deque()

    def documents() -> Iterator[Document]:
        for source in sources:
            if stop():
                return
            read, docs = _read(source, options)
            reads.append(read)
            yield from docs

    current = None
    for extraction in extract(nlp, documents(), n_process=n_process, batch_size=batch_size):
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


def process_batch(sources: list[SourceFile], options: ReadOptions, model: str) -> list[Event]:
    """Read and extract a batch of files on a worker; the pipeline loads once per worker."""
    from explorer.nlp.pipeline import load_pipeline

    nlp = load_pipeline(model)
    events: list[Event] = []
    for source in sources:
        read, docs = _read(source, options)
        events.append(read)
        events.extend(extract(nlp, docs))
    return events


def dask_events(
    model: str,
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
        futures = client.map(process_batch, batches, options=options, model=model, pure=False)
        for future in as_completed(futures):
            if stop():
                client.cancel(futures)
                return
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
