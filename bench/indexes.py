"""The indexes the query and GUI rows read: the real 2k index and synthesised 10k/50k ones.

Indexing 50,000 BBC-sized documents with spaCy on two shared cores takes hours, so by
default the larger indexes are synthesised from the real 2k index: its document,
passage and mention rows are copied at the SQL level with new ids (and new document
keys), the full-text index fills through the schema's own triggers, and then the same
`rebuild_entity_tables` the indexer runs at the end of every pass rebuilds entities,
aliases, per-document counts and co-mentions from the copied mentions. That gives an
index of the right shape and size for query latency, index size and memory; it says
nothing about indexing throughput, and the table says so. `--real-index` indexes the
scaled text corpora instead, for a machine with hours to spare.

The BBC files carry no date, so the real index has none; the copies, synthetic
documents anyway, are given synthetic publication dates (`date_copies`) in the column
the readers fill, so that the timeline has something to count at 10k and 50k. The
2,225 real articles keep no date: they are what the timeline says it cannot place.

Indexes are cached under `bench/.cache/indexes/<fingerprint>/`, where the fingerprint
hashes the source of every package that shapes an index and of this module, so a code
change rebuilds them (`SYNTHESIS_VERSION` says when the synthesis itself changed; the
indexes of earlier versions, undated ones among them, are never reused).
`BENCH_FINGERPRINT=<folder name>` reuses an earlier set knowingly, e.g. for the GUI rows
while other code is being edited.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import random
import shutil
import sqlite3
import time
from pathlib import Path

from bench.corpora import REAL_SIZE, cache_dir, ensure_corpus, size_label

_SHAPING_PACKAGES = ("corpus", "nlp", "resolve", "index")
# 2: the copies carry synthetic publication dates. Part of the fingerprint, so an index
# synthesised before (undated) is never taken for one of this version.
SYNTHESIS_VERSION = 2
# The copies' dates: one day each, uniform over six years from the BBC articles' own
# 2004, drawn from a fixed seed in the order of the documents' ids (so the 10k index's
# copies have the same dates as the first copies of the 50k one).
DATE_SEED = 15
DATE_FIRST = dt.date(2004, 1, 1)
DATE_LAST = dt.date(2009, 12, 31)


@functools.lru_cache(maxsize=4)
def fingerprint(model: str) -> str:
    """A short hash of the code that decides what an index holds, and the pipeline's name.

    Computed once per run: a file edited while a long run goes on must not send the
    run's later steps looking for (and rebuilding) indexes under a new fingerprint.
    """
    import explorer

    pinned = os.environ.get("BENCH_FINGERPRINT")
    if pinned:  # reuse indexes built by an earlier run, knowingly, while the code moves
        return pinned
    root = Path(explorer.__file__).resolve().parent
    digest = hashlib.blake2b(f"{model} v{SYNTHESIS_VERSION}".encode(), digest_size=8)
    for package in _SHAPING_PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".json", ".txt", ".tsv", ".csv"}:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    digest.update(Path(__file__).read_bytes())  # how the larger indexes are synthesised
    return digest.hexdigest()


def index_folder(model: str) -> Path:
    """This code's folder of indexes. The first time it is asked for, the folders of
    earlier fingerprints go (about 900 MB each, and nothing reads them again), unless
    a fingerprint is pinned."""
    folder = cache_dir() / "indexes" / fingerprint(model)
    if not folder.exists() and not os.environ.get("BENCH_FINGERPRINT"):
        for earlier in folder.parent.glob("*"):
            if earlier.is_dir():
                shutil.rmtree(earlier, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def build_real_index(corpus: Path, target: Path, model: str, n_process: int = 2) -> float:
    """Index `corpus` into `target` with our indexer; returns the seconds it took."""
    from explorer.index.indexer import index_corpus
    from explorer.index.store import Store

    for leftover in target.parent.glob(target.name + "*"):
        leftover.unlink()
    target.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with Store(target) as store:
        index_corpus([corpus], store, model=model, n_process=n_process)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return time.perf_counter() - started


def adopt_base_index(store: Path, model: str) -> Path:
    """Keep a freshly measured 2k index as the base for this code's synthesised indexes."""
    target = index_folder(model) / f"bbc-{size_label(REAL_SIZE)}.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(store, target)
    return target


def ensure_index(count: int, model: str, *, real: bool = False, log=print) -> tuple[Path, str]:
    """The index of a corpus of `count` documents, and how it was made ('indexed'/'synthesised')."""
    folder = index_folder(model)
    target = folder / f"bbc-{size_label(count)}{'-real' if real else ''}.db"
    if target.exists():
        return target, "indexed" if real or count == REAL_SIZE else "synthesised"
    if count == REAL_SIZE or real:
        log(f"  building the {size_label(count)} index with the indexer ...")
        building = target.with_suffix(".building")
        seconds = build_real_index(ensure_corpus(count), building, model)
        building.rename(target)
        log(f"  ... {seconds:.0f} s")
        return target, "indexed"
    base, _ = ensure_index(REAL_SIZE, model, log=log)
    log(f"  synthesising the {size_label(count)} index from the 2k index ...")
    building = target.with_suffix(".building")
    timings = synthesise(base, building, count)
    building.rename(target)
    synthesis_note(target).write_text(json.dumps(timings))
    log(
        f"  ... copied in {timings['copy_s']:.0f} s, entity tables rebuilt in "
        f"{timings['rebuild_s']:.0f} s"
    )
    return target, "synthesised"


def synthesis_note(index: Path) -> Path:
    """Beside a synthesised index: how long copying and `rebuild_entity_tables` took."""
    return index.with_suffix(".timings.json")


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def _copy_rows(conn: sqlite3.Connection, table: str, shifts: dict[str, str], where: str) -> None:
    """INSERT INTO table SELECT every column, with `shifts` replacing some column expressions.

    Built from the table's own columns, so a new schema column is copied unchanged.
    """
    columns = _columns(conn, table)
    select = ", ".join(shifts.get(column, column) for column in columns)
    conn.execute(
        f"INSERT INTO {table}({', '.join(columns)}) SELECT {select} FROM {table} WHERE {where}"
    )


def synthesise(base: Path, target: Path, count: int) -> dict[str, float]:
    """Copy `base` to `target` and grow it to `count` documents; then rebuild entity tables.

    Returns the seconds of each step: the full rebuild (what a first index pays at
    this size) and the update after one document changed (what a re-index pays).
    """
    from explorer.index.entities import rebuild_entity_tables
    from explorer.index.forms import recount_form_classes
    from explorer.index.store import Store

    for leftover in target.parent.glob(target.name + "*"):
        leftover.unlink()
    shutil.copyfile(base, target)
    with Store(target) as store:
        conn = store.conn
        docs, passages, mentions = (
            int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0])
            for t in ("documents", "passages", "mentions")
        )
        present = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        originals = present
        copy = 0
        started = time.perf_counter()
        with store.transaction():
            while present < count:
                copy += 1
                take = min(originals, count - present)
                # The first `take` documents of the base, by id, get copy number `copy`.
                cutoff = int(
                    conn.execute(
                        "SELECT max(id) FROM (SELECT id FROM documents WHERE id <= ? "
                        "ORDER BY id LIMIT ?)",
                        (docs, take),
                    ).fetchone()[0]
                )
                d, p, m = copy * docs, copy * passages, copy * mentions
                _copy_rows(
                    conn,
                    "documents",
                    {
                        "id": f"id + {d}",
                        "key": f"key || '#copy{copy}'",
                        "source": f"source || '#copy{copy}'",
                    },
                    f"id <= {cutoff}",
                )
                _copy_rows(
                    conn,
                    "passages",
                    {"id": f"id + {p}", "doc_id": f"doc_id + {d}"},
                    f"doc_id <= {cutoff}",
                )
                # Unresolved, as the indexer stores them: resolution counts them in.
                _copy_rows(
                    conn,
                    "mentions",
                    {
                        "id": f"id + {m}",
                        "doc_id": f"doc_id + {d}",
                        "passage_id": f"passage_id + {p}",
                        "entity_id": "NULL",
                    },
                    f"doc_id <= {cutoff}",
                )
                # Each copy's span keys and other names, as DocumentWriter stores them: a
                # copy has its original's title, so no key of it becomes furniture by
                # being copied.
                _copy_rows(conn, "span_keys", {"doc_id": f"doc_id + {d}"}, f"doc_id <= {cutoff}")
                _copy_rows(conn, "other_names", {"doc_id": f"doc_id + {d}"}, f"doc_id <= {cutoff}")
                present += take
            dated = date_copies(conn, docs)
            # What DocumentWriter keeps for the documents it stores.
            recount_form_classes(conn)
            conn.execute(f"INSERT INTO unresolved_docs SELECT id FROM documents WHERE id > {docs}")
            store.set_meta("synthesised", f"{originals} documents copied to {present}")
            store.set_meta(
                "synthetic_dates",
                f"{dated} copies dated {DATE_FIRST}..{DATE_LAST} (seed {DATE_SEED}); "
                f"the {originals} originals have no date",
            )
        copied = time.perf_counter()
        with store.transaction():
            rebuild_entity_tables(conn)
            store.set_meta("resolved", "1")
        rebuilt = time.perf_counter()
        update_s = _time_one_document_update(store)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"copy_s": copied - started, "rebuild_s": rebuilt - copied, "update_s": update_s}


def date_copies(conn: sqlite3.Connection, last_original: int) -> int:
    """Give every document after `last_original` (the copies) a synthetic publication
    date, YYYY-MM-DD as the readers store one; returns how many were dated.

    The originals, the real BBC articles, keep theirs: none. A day is drawn for each
    copy in id order from `DATE_SEED`, uniformly from `DATE_FIRST` to `DATE_LAST`.
    """
    draw = random.Random(DATE_SEED)
    days = (DATE_LAST - DATE_FIRST).days + 1
    ids = [
        row[0]
        for row in conn.execute(
            "SELECT id FROM documents WHERE id > ? ORDER BY id", (last_original,)
        )
    ]
    conn.executemany(
        "UPDATE documents SET date = ? WHERE id = ?",
        ((str(DATE_FIRST + dt.timedelta(days=draw.randrange(days))), doc) for doc in ids),
    )
    return len(ids)


def _time_one_document_update(store: object) -> float:
    """The resolution pass after one document changed: what a re-index pays at this size
    besides the document itself (the furniture check and resolution, as the indexer
    runs them). Its mentions are unassigned as if just re-read."""
    from explorer.index.forms import mark_unresolved

    conn = store.conn  # type: ignore[attr-defined]
    doc = int(conn.execute("SELECT max(doc_id) FROM mentions").fetchone()[0])
    with store.transaction():  # type: ignore[attr-defined]
        mark_unresolved(conn, [doc])
    return _time_resolution(store)


def _time_resolution(store: object) -> float:
    """Wall seconds of the pass the indexer runs after storing changed documents: the
    furniture check and resolution."""
    from explorer.index.entities import rebuild_entity_tables
    from explorer.index.furniture import refresh_furniture

    started = time.perf_counter()
    with store.transaction():  # type: ignore[attr-defined]
        refresh_furniture(store.conn)  # type: ignore[attr-defined]
        rebuild_entity_tables(store.conn)  # type: ignore[attr-defined]
    return time.perf_counter() - started


# What an edit does to the document's mentions, update after update: "count" drops one
# mention of a person's full name and puts it back (counts change, no name comes or
# goes), "name" adds a mention of a name the corpus does not have and takes it away.
EDITS = ("same", "count", "name")
_NEW_NAME = "Zebedee Quarrington-Vale"


def _time_one_document_edit(store: object, step: int, edit: str, rows: list[list]) -> float:
    """The resolution pass after the document's mention rows (`rows`, as read before
    the first edit) were rewritten and counted as `edit` says for this step, as the
    indexer stores a re-read document."""
    from explorer.index.forms import count_document_forms, uncount_documents

    conn = store.conn  # type: ignore[attr-defined]
    columns = [row[1] for row in conn.execute("PRAGMA table_info(mentions)")]
    text_at, label_at, flags_at = (columns.index(c) for c in ("text", "label", "flags"))
    doc = rows[0][columns.index("doc_id")]
    edited = [list(r) for r in rows]
    if edit == "count" and step % 2 == 0:
        edited.remove(next(r for r in edited if r[label_at] == "PERSON" and " " in r[text_at]))
    if edit == "name" and step % 2 == 0:
        extra = list(edited[0])
        extra[0] = int(conn.execute("SELECT max(id) + 1 FROM mentions").fetchone()[0])
        extra[text_at], extra[label_at], extra[flags_at] = _NEW_NAME, "PERSON", 0
        edited.append(extra)
    for row in edited:
        row[columns.index("entity_id")] = None
    with store.transaction():  # type: ignore[attr-defined]
        uncount_documents(conn, [doc])
        conn.execute("DELETE FROM mentions WHERE doc_id = ?", (doc,))
        marks = ", ".join("?" * len(columns))
        conn.executemany(f"INSERT INTO mentions VALUES ({marks})", edited)
        count_document_forms(conn, doc, ((r[text_at], r[label_at], r[flags_at]) for r in edited))
    return _time_resolution(store)


def time_updates(index: Path, repeat: int, edit: str = "same") -> list[tuple[float, float]]:
    """`repeat` updates in this process on a copy of `index`, the same document each
    time, unchanged (`_time_one_document_update`) or edited (`_time_one_document_edit`):
    the wall seconds of each resolution pass and the CPU seconds of the whole call
    (rewriting the document too, a few ms; on a shared machine steadier than wall
    time). The first pays the process's cold caches; repeated updates are what an open
    window pays."""
    import tempfile

    from explorer.index.store import Store

    with tempfile.TemporaryDirectory(dir=index.parent) as folder:
        copy = Path(folder) / index.name
        shutil.copyfile(index, copy)
        times = []
        with Store(copy) as store:
            doc = store.conn.execute("SELECT max(doc_id) FROM mentions").fetchone()[0]
            rows = [
                list(r)
                for r in store.conn.execute(
                    "SELECT * FROM mentions WHERE doc_id = ? ORDER BY id", (doc,)
                )
            ]
            for step in range(repeat):
                cpu = time.process_time()
                if edit == "same":
                    wall = _time_one_document_update(store)
                else:
                    wall = _time_one_document_edit(store, step, edit, rows)
                times.append((wall, time.process_time() - cpu))
        return times


if __name__ == "__main__":  # python -m bench.indexes INDEX [REPEAT [same|count|name]]
    import statistics
    import sys

    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    edit = sys.argv[3] if len(sys.argv) > 3 else "same"
    if edit not in EDITS:
        sys.exit(f"edit must be one of {', '.join(EDITS)}")
    measured = time_updates(Path(sys.argv[1]), repeat, edit)
    for name, values in (("wall", [w for w, _ in measured]), ("cpu", [c for _, c in measured])):
        later = values[1:] or values
        print(
            f"{name} {' '.join(f'{v:.2f}' for v in values)} "
            f"median after the first {statistics.median(later):.2f} s"
        )
