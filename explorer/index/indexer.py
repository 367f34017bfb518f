"""Index a corpus: find what changed, run the pipeline on it, store, resolve.

Only new or changed files are read (size and mtime first, the content hash only
when they differ); finished work is committed in batches, so an interrupted run
resumes where it stopped. Resolution runs at the end, from the stored mentions,
and updates the entity tables in place (explorer/index/entities.py); on request it
also runs now and then during the pass, so the entities of the documents stored
so far can be shown (explorer/index/interim.py).
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from explorer.corpus.discover import discover
from explorer.corpus.model import Problem, ReadOptions, SourceFile
from explorer.index.engines import (
    Event,
    SourceRead,
    dask_events,
    file_hash,
    local_events,
    pool_events,
)
from explorer.index.entities import rebuild_entity_tables
from explorer.index.furniture import refresh_furniture
from explorer.index.interim import InterimResolution
from explorer.index.language_pass import changed_languages, files_to_read_again
from explorer.index.languages import has_undetected, record_pipelines, stored_pipelines
from explorer.index.lock import IndexBusy, IndexLock
from explorer.index.reresolve import redo_resolution, resolution_outdated
from explorer.index.store import Store
from explorer.index.write import (
    DocumentWriter,
    StoredSource,
    forget_source,
    remember_source,
    remove_documents,
    stored_sources,
)
from explorer.resolve.gazetteer import prepare_cache

BATCH_DOCUMENTS = 200
BATCH_SECONDS = 2.0
# Below this much text, starting worker processes costs more than it saves. Measured
# on BBC articles, 2 workers against this thread: 135 KB 1.5 s vs 2.6 s with fork (the
# CLI), where a worker starts with the pipeline already loaded; from a forkserver (the
# app) each worker loads it, about 2-3 s, which 256 KB (~100 articles, ~5 s in one
# thread) repays, and the app's UI thread stops competing with spaCy for the GIL.
MULTIPROCESS_MIN_BYTES = 256_000
BATCH_SIZE = 32


@dataclass(frozen=True, slots=True)
class Progress:
    phase: str  # "scanning", "indexing", "resolving", "done"
    done: int
    total: int
    words: int
    elapsed: float
    message: str | None = None
    resolved_files: int = 0  # files of the pass an interim resolution's entities cover

    @property
    def words_per_second(self) -> float:
        return self.words / self.elapsed if self.elapsed > 0 else 0.0


@dataclass(slots=True)
class IndexReport:
    pipeline: str = ""  # the English one
    pipelines: dict[str, str] = field(default_factory=dict)  # language -> pipeline
    indexed_files: int = 0
    unchanged_files: int = 0
    removed_files: int = 0
    documents: int = 0
    words: int = 0
    seconds: float = 0.0
    full_reindex: bool = False
    cancelled: bool = False
    problems: list[Problem] = field(default_factory=list)

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.skipped]


@dataclass(slots=True)
class _Plan:
    to_index: list[SourceFile]
    removed: list[str]
    unchanged: int
    touched: list[tuple[SourceFile, StoredSource]]  # same content, new size/mtime


def _plan(store: Store, sources: Sequence[SourceFile], report: IndexReport) -> _Plan:
    stored = stored_sources(store.conn)
    present = {str(s.path) for s in sources}
    plan = _Plan([], sorted(set(stored) - present), 0, [])
    for source in sources:
        known = stored.get(str(source.path))
        if known and (known.size, known.mtime_ns) == (source.size, source.mtime_ns):
            plan.unchanged += 1
        elif known and file_hash(source.path) == known.content_hash:
            plan.touched.append((source, known))
            plan.unchanged += 1
        else:
            plan.to_index.append(source)
            continue
        if known.problem:
            report.problems.append(Problem(source.path, known.problem))
    return plan


def needs_indexing(store: Store, roots: Iterable[Path]) -> bool:
    """Whether the index is missing anything: new, changed or removed files, resolution,
    documents' languages, or a language's pipeline installed, removed or replaced."""
    sources, _ = discover(roots)
    plan = _plan(store, sources, IndexReport())
    return (
        bool(plan.to_index or plan.removed or plan.touched)
        or store.meta("resolved") != "1"
        or resolution_outdated(store.conn)
        or has_undetected(store.conn)
        or bool(changed_languages(store.conn, None, stored_pipelines(store.conn), False)[1])
    )


def index_corpus(
    roots: Iterable[Path],
    store: Store,
    *,
    model: str | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    n_process: int | None = None,
    batch_size: int = BATCH_SIZE,
    read_options: ReadOptions | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    lock_wait: float = 5.0,
    interim_resolution: bool = False,
) -> IndexReport:
    """Bring `store` up to date with the files under `roots`.

    `model` names a spaCy pipeline; by default the one the index was built with,
    else the best installed. A different pipeline than the index's means a full
    re-index (report.full_reindex). `engine` is "local" (this machine) or "dask"
    (a LocalCluster of `n_process` workers, or the cluster at `scheduler`); both
    give the same index. With `interim_resolution`, the entities of the files stored
    so far are resolved every so often during the pass (Progress.resolved_files
    says how many files they cover); the index ends the same.
    Raises IndexBusy when another process keeps indexing the same corpus for
    longer than `lock_wait` seconds.
    """
    with IndexLock(store.path) as lock:
        if not lock.acquire(wait=lock_wait):
            raise IndexBusy("another Entity Explorer is indexing this corpus right now")
        return _index_locked(
            roots,
            store,
            model=model,
            on_progress=on_progress,
            should_stop=should_stop,
            n_process=n_process,
            batch_size=batch_size,
            read_options=read_options,
            engine=engine,
            scheduler=scheduler,
            interim_resolution=interim_resolution,
        )


def _index_locked(
    roots: Iterable[Path],
    store: Store,
    *,
    model: str | None,
    on_progress: Callable[[Progress], None] | None,
    should_stop: Callable[[], bool] | None,
    n_process: int | None,
    batch_size: int,
    read_options: ReadOptions | None,
    engine: str,
    scheduler: str | None,
    interim_resolution: bool,
) -> IndexReport:
    started = time.perf_counter()
    report = IndexReport()
    notify = on_progress or (lambda _progress: None)
    stop = should_stop or (lambda: False)
    interim = InterimResolution(started) if interim_resolution else None

    def progress(phase: str, done: int, total: int, message: str | None = None) -> None:
        elapsed = time.perf_counter() - started
        covered = interim.files if interim else 0
        notify(Progress(phase, done, total, report.words, elapsed, message, covered))

    progress("scanning", 0, 0)
    sources, problems = discover(roots)
    report.problems.extend(problems)
    previous = stored_pipelines(store.conn)
    plan = _plan(store, sources, report)
    report.unchanged_files = plan.unchanged
    if plan.touched:
        with store.transaction() as conn:
            for source, known in plan.touched:
                remember_source(conn, source, known.content_hash, known.problem)

    # An index of schema 5 (the English pipeline read every document) has its documents'
    # languages detected, in the transaction that forgets those to read again.
    undetected = has_undetected(store.conn)
    required = bool(plan.to_index or model or undetected)
    pipelines, changed = changed_languages(store.conn, model, previous, required)
    report.pipelines = pipelines
    report.pipeline = pipelines.get("en", "")
    if undetected or changed:
        plan = _update_languages(
            store,
            plan,
            sources,
            undetected,
            changed,
            previous,
            report,
            lambda message: progress("scanning", 0, 0, message),
        )

    if resolution_outdated(store.conn):
        # An index of an earlier resolution: its stored mentions are cleaned again and
        # resolved below, without re-parsing a document.
        with store.transaction() as conn:
            redo_resolution(conn)

    if plan.removed:
        with store.transaction() as conn:
            for path in plan.removed:
                forget_source(conn, path)
                store.set_meta("resolved", "0")
        report.removed_files = len(plan.removed)

    if plan.to_index:
        # Resolution at the end of the pass needs the gazetteer; a missing cache file is
        # built meanwhile in a child process instead of on this thread (and the GIL) then.
        prepare_cache()
        _record_pipelines(store, pipelines)
        events = _extraction_events(
            pipelines,
            plan.to_index,
            read_options or ReadOptions(),
            stop,
            engine=engine,
            scheduler=scheduler,
            n_process=_process_count(plan.to_index, n_process),
            batch_size=batch_size,
        )
        _write_events(store, events, len(plan.to_index), report, progress, stop, interim)

    if store.meta("resolved") != "1" and not report.cancelled:
        progress("resolving", 0, 1)
        with store.transaction() as conn:
            refresh_furniture(conn)
            rebuild_entity_tables(conn, freeze=True)
            store.set_meta("resolved", "1")
    report.seconds = time.perf_counter() - started
    progress("done", report.indexed_files, len(plan.to_index))
    return report


def _update_languages(
    store: Store,
    plan: _Plan,
    sources: Sequence[SourceFile],
    undetected: bool,
    changed: set[str],
    previous: Mapping[str, str],
    report: IndexReport,
    announce: Callable[[str], None],
) -> _Plan:
    """In one transaction: the languages of the documents stored before languages were
    detected, and the files to read again forgotten (`files_to_read_again`)."""
    with store.transaction() as conn:
        again, english = files_to_read_again(
            conn,
            undetected=undetected,
            changed=changed,
            previous=previous,
            pipelines=report.pipelines,
            announce=announce,
        )
        report.full_reindex = english
        if again:
            plan = _read_again(conn, plan, sources, again, report)
        if changed and not plan.to_index:
            record_pipelines(conn, report.pipelines)
    return plan


def _read_again(
    conn: sqlite3.Connection,
    plan: _Plan,
    sources: Sequence[SourceFile],
    paths: set[str],
    report: IndexReport,
) -> _Plan:
    """`plan` with the files at `paths` read again (those still there); their rows go now,
    in the caller's transaction."""
    queued = {str(s.path) for s in plan.to_index}
    again = [s for s in sources if str(s.path) in paths and str(s.path) not in queued]
    for source in again:
        forget_source(conn, str(source.path))
    report.unchanged_files -= len(again)
    return _Plan([*plan.to_index, *again], plan.removed, plan.unchanged - len(again), plan.touched)


def _extraction_events(
    pipelines: Mapping[str, str],
    sources: Sequence[SourceFile],
    options: ReadOptions,
    stop: Callable[[], bool],
    *,
    engine: str,
    scheduler: str | None,
    n_process: int,
    batch_size: int,
) -> Iterator[Event]:
    """The engine's events. The pipeline is loaded here only where it runs here, or
    where forked workers inherit it loaded (the CLI); a worker started from a fork
    server or spawned, or on Dask, loads its own, and loading it here as well would
    cost this process 0.3 s holding the GIL (the app's window froze) and ~100 MB."""
    from explorer.nlp.pipeline import load_pipeline

    if engine == "dask":
        return dask_events(
            pipelines, sources, options, stop, scheduler=scheduler, n_workers=n_process
        )
    if n_process > 1:
        if multiprocessing.get_context().get_start_method() == "fork":
            load_pipeline(pipelines["en"])  # the one most documents need, loaded once
        return pool_events(
            pipelines, sources, options, stop, n_process=n_process, batch_size=batch_size
        )
    return local_events(pipelines, sources, options, stop, batch_size=batch_size)


def _record_pipelines(store: Store, pipelines: Mapping[str, str]) -> None:
    from explorer.nlp.pipeline import pipeline_info, pipelines_text

    info = pipeline_info(pipelines["en"])
    with store.transaction() as conn:
        record_pipelines(conn, pipelines)
        store.set_meta("pipeline_version", info.version)
        store.set_meta("pipelines_versions", pipelines_text(pipelines))
        store.set_meta("spacy_version", info.spacy_version)
        store.set_meta("resolved", "0")


def _process_count(to_index: Sequence[SourceFile], requested: int | None) -> int:
    if requested:
        return max(1, requested)
    if sum(s.size for s in to_index) < MULTIPROCESS_MIN_BYTES:
        return 1
    return max(1, min(2, os.cpu_count() or 1))


def _write_events(
    store: Store,
    events: Iterator[Event],
    total: int,
    report: IndexReport,
    progress: Callable[[str, int, int], None],
    stop: Callable[[], bool],
    interim: InterimResolution | None,
) -> None:
    """The single writer: store what the engine yields, committing in batches.

    A source is remembered (so it is not read again) only in the transaction that
    stores its last document; an interrupted run redoes just the unfinished ones.
    An interim resolution that is due runs in a batch's transaction, before its
    commit; the progress sent after the commit carries the files it covers.
    """
    remaining: dict[str, tuple[SourceRead, int]] = {}
    done_files = 0
    batch_started = time.perf_counter()
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    writer = DocumentWriter(conn)
    try:
        for event in events:
            if isinstance(event, SourceRead):
                key = str(event.source.path)
                report.problems.extend(event.problems)
                remove_documents(conn, key)
                if event.documents:
                    remaining[key] = (event, event.documents)
                    continue
                reason = next((p.reason for p in event.problems if p.skipped), "nothing to read")
                remember_source(conn, event.source, event.digest, reason)
                done_files += 1
                progress("indexing", done_files, total)
                continue
            key = str(event.document.path)
            report.words += writer.write(key, event)
            report.documents += 1
            read, left = remaining[key]
            if left > 1:
                remaining[key] = (read, left - 1)
            else:
                del remaining[key]
                remember_source(conn, read.source, read.digest)
                report.indexed_files += 1
                done_files += 1
                progress("indexing", done_files, total)
            if stop():
                report.cancelled = True
                break
            if (
                report.documents % BATCH_DOCUMENTS == 0
                or time.perf_counter() - batch_started > BATCH_SECONDS
            ):
                resolving = interim if interim and done_files < total and interim.due() else None
                if resolving:
                    resolving.run(conn, done_files)
                conn.execute("COMMIT")
                if resolving:
                    progress("indexing", done_files, total)
                batch_started = time.perf_counter()
                conn.execute("BEGIN IMMEDIATE")
                writer = DocumentWriter(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        close = getattr(events, "close", None)
        if close:
            close()
    report.cancelled = report.cancelled or stop()
    progress("indexing", done_files, total)
