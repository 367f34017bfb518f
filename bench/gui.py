"""Row 6: the desktop app, offscreen (QT_QPA_PLATFORM=offscreen), on the bench indexes.

Each scenario runs in its own worker process with its own ENTITY_EXPLORER_HOME, which
the parent prepares beforehand (the index copied to where the app looks for it), so
that "launch" is measured from the process's creation, Python's start-up included:

- launch: the app as `explorer.ui.app.run` builds it, on the corpus the index was made
  from (the synthesised 10k index keeps the 2k corpus's files as its sources, so
  opening it finds nothing to re-index). Times to the first window shown and to the
  entity list filled; then "select an entity": for the ten most mentioned entities,
  from `state.navigate(entity=...)` until every panel's task has delivered and the
  event loop has painted the result; and the process's memory with the index open.
- search: the entity list replaced by 100,000 rows (the index's entities repeated
  with numbered names: no real index here has that many), then typing into the
  search box; timed from the keystroke to the filtered list painted, without the
  debounce interval the source deliberately waits (`SEARCH_DEBOUNCE_MS`).
- stall: the app opening a corpus it has not indexed; a 5 ms timer on the UI thread
  records the longest gap between its ticks while the indexer runs, from the window's
  first frame on screen: until then the gaps are the first show of every panel (their
  layout and first paint, launch's cost, not indexing's), reported apart.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.report import Row

SEARCH_ROWS = 100_000
TYPED = (
    "k",
    "ki",
    "kim",
    "kim j",
    "",
    "b",
    "bl",
    "bla",
    "blai",
    "blair",
    "",
    "u",
    "un",
    "uni",
    "unit",
    "united",
    "",
)
TICK_MS = 5
SELECTED = 10


def _sources_root(index: Path) -> Path:
    """The folder the index's files came from (so the app finds it up to date)."""
    import sqlite3

    with sqlite3.connect(f"{index.resolve().as_uri()}?mode=ro", uri=True) as conn:
        paths = [row[0] for row in conn.execute("SELECT path FROM sources")]
    return Path(os.path.commonpath(paths)) if len(paths) > 1 else Path(paths[0]).parent


def prepare_home(index: Path | None, corpus: Path) -> Path:
    """A fresh app home; with `index`, a copy of it where the app will look for `corpus`'s."""
    home = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    if index is not None:
        previous = os.environ.get("ENTITY_EXPLORER_HOME")
        os.environ["ENTITY_EXPLORER_HOME"] = str(home)
        try:
            from explorer.paths import index_path

            target = index_path([corpus])
        finally:
            if previous is None:
                del os.environ["ENTITY_EXPLORER_HOME"]
            else:
                os.environ["ENTITY_EXPLORER_HOME"] = previous
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(index, target)
    return home


def scenarios(
    model: str, sizes: list[str], stall_docs: int, stall_runs: int = 1
) -> list[tuple[str, dict, Path]]:
    """(name, worker args, home) for every GUI scenario; the parent runs each in a worker."""
    from bench.corpora import REAL_SIZE, cache_dir, ensure_corpus, parse_size
    from bench.index_speed import working_copy
    from bench.indexes import ensure_index

    result = []
    for label in sizes:
        index, _ = ensure_index(parse_size(label), model)
        corpus = _sources_root(index)
        result.append(
            (
                f"launch {label}",
                {"scenario": "launch", "corpus": str(corpus)},
                prepare_home(index, corpus),
            )
        )
    index, _ = ensure_index(REAL_SIZE, model)
    corpus = _sources_root(index)
    result.append(
        ("search 100k", {"scenario": "search", "corpus": str(corpus)}, prepare_home(index, corpus))
    )
    fresh = working_copy(ensure_corpus(REAL_SIZE), cache_dir() / "run" / "gui-stall", stall_docs)
    for run in range(1, stall_runs + 1):  # each from an empty home: nothing indexed or cached
        result.append(
            (
                f"stall {stall_docs} docs, run {run}",
                {"scenario": "stall", "corpus": str(fresh)},
                prepare_home(None, fresh),
            )
        )
    return result


# --- in the worker process ------------------------------------------------------------


def _since_launch() -> float:
    import psutil

    return time.time() - psutil.Process().create_time()


def _wait(app: object, until: object, timeout: float = 120.0) -> bool:
    """Run the event loop (sleeping in it, not spinning) until `until()` is true."""
    from PySide6.QtCore import QEventLoop

    deadline = time.perf_counter() + timeout
    while not until():  # type: ignore[operator]
        if time.perf_counter() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    return True


def _open(corpus: Path) -> tuple[object, object, dict]:
    """Start the app as explorer.ui.app.run does, without entering app.exec()."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from explorer.ui import app as app_module

    app_module._prefer_forkserver()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(app_module.APP_NAME)
    from explorer.ui.main_window import MainWindow

    window = MainWindow(index_in_own_process=True)  # as run() builds it
    window.show()
    marks: dict = {}
    QTimer.singleShot(0, lambda: marks.setdefault("first_window_s", _since_launch()))
    window.open_corpus([corpus])
    return app, window, marks


def launch(args: dict) -> dict:
    import psutil

    from bench.measure import descendants_pss

    app, window, marks = _open(Path(args["corpus"]))
    _wait(app, lambda: "first_window_s" in marks)
    if not _wait(app, lambda: window.entity_model.rowCount() > 0 and not window.runner.busy()):
        raise TimeoutError("the entity list was not filled within 120 s (an index to upgrade?)")
    marks["entities_listed_s"] = _since_launch()
    from explorer.app.state import EntityRef

    times, cpu = [], []
    for row in window.entity_model.rows()[: SELECTED + 1]:
        if window.state.entity is not None and window.state.entity.id == row.id:
            continue  # already selected: selecting it again changes nothing
        started, cpu_started = time.perf_counter(), time.process_time()
        window.state.navigate(entity=EntityRef(row.id, row.name, row.kind))
        _wait(app, lambda: not window.runner.busy())
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    marks["select_ms"] = [t * 1000 for t in times[:SELECTED]]
    marks["select_cpu_ms"] = [t * 1000 for t in cpu[:SELECTED]]
    marks["rss_mb"] = psutil.Process().memory_info().rss / 2**20
    # the fork server and the indexing process the app keeps between passes
    marks["helpers_mb"] = descendants_pss(psutil.Process()) / 2**20
    marks["entities"] = window.entity_model.rowCount()
    window.close()
    return marks


def search(args: dict) -> dict:
    from explorer.app import views

    app, window, _marks = _open(Path(args["corpus"]))
    _wait(app, lambda: window.entity_model.rowCount() > 0 and not window.runner.busy())
    source = window.entities
    real = source._result  # the loaded EntityList; grown here to SEARCH_ROWS rows
    rows, keys = list(real.rows), dict(real.keys)
    copy = 1
    while len(rows) < SEARCH_ROWS:
        copy += 1
        for row in real.rows[: SEARCH_ROWS - len(rows)]:
            new_id = row.id + copy * 10_000_000
            rows.append(type(row)(new_id, f"{row.name} {copy}", *_rest(row)))
            keys[new_id] = f"{keys.get(row.id, row.name.casefold())} {copy}"
    source._loaded(views.EntityList(rows, keys, real.summary, real.in_focus))
    app.processEvents()
    times, cpu = [], []
    for text in TYPED:
        started, cpu_started = time.perf_counter(), time.process_time()
        window.entity_panel.search.setText(text)
        source._debounce.stop()  # measured without the deliberate debounce wait
        source._filter()
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    window.close()
    return {"filter_ms": times, "filter_cpu_ms": cpu, "rows": len(rows)}


def _rest(row: object) -> tuple:
    return (row.kind, row.mentions, row.documents, row.country, row.hidden)  # type: ignore[attr-defined]


def stall(args: dict) -> dict:
    from PySide6.QtCore import QTimer

    app, window, _marks = _open(Path(args["corpus"]))
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    handle = window.windowHandle()
    _wait(app, lambda: handle.isExposed(), timeout=10)  # exposed: its first frame is painted
    first_show = gaps[:]
    del gaps[:]
    _wait(app, lambda: window.state.indexing, timeout=10)
    _wait(app, lambda: not window.state.indexing and not window.runner.busy(), timeout=1800)
    seconds = time.perf_counter() - started
    timer.stop()
    gaps.sort()
    window.close()
    return {
        "max_gap_ms": gaps[-1] * 1000,
        "p99_gap_ms": gaps[int(0.99 * (len(gaps) - 1))] * 1000,
        "first_show_gap_ms": max(first_show, default=0.0) * 1000,
        "ticks": len(gaps),
        "indexing_s": seconds,
        "entities": window.entity_model.rowCount(),
    }


def measure_gui(args: dict) -> dict:
    return {"launch": launch, "search": search, "stall": stall}[args["scenario"]](args)


# --- rows ---------------------------------------------------------------------------------


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def gui_rows(results: dict[str, dict]) -> list[Row]:
    rows: list[Row] = []
    stalls = {
        name: r for name, r in results.items() if name.startswith("stall") and "error" not in r
    }
    for name, r in results.items():
        if "error" in r:
            rows.append(Row("6", f"GUI {name}", None, "", note=f"not measured: {r['error']}"))
        elif name.startswith("launch"):
            label = name.split()[-1]
            rows.append(
                Row(
                    "6",
                    f"launch to first window, {label} index",
                    r["first_window_s"],
                    "s",
                    aim="< 2 s",
                    met=r["first_window_s"] < 2,
                    note=f"entity list filled at {r['entities_listed_s']:.2f} s "
                    f"({r['entities']:,} entities); from process creation",
                )
            )
            select = r["select_ms"]
            rows.append(
                Row(
                    "6",
                    f"select an entity -> all panels updated, {label}: p95",
                    _p95(select),
                    "ms",
                    aim="< 100 ms",
                    met=_p95(select) < 100,
                    note=f"median {statistics.median(select):.0f} ms (CPU "
                    f"{statistics.median(r['select_cpu_ms']):.0f} ms), max "
                    f"{max(select):.0f} ms over the {len(select)} top entities",
                )
            )
            rows.append(
                Row(
                    "5",
                    f"memory with the app open on the {label} index",
                    r["rss_mb"],
                    "MB",
                    note="RSS after launch and the selections above; the app's other "
                    f"processes (fork server, kept indexing process) {r['helpers_mb']:.0f} MB "
                    "PSS besides",
                )
            )
        elif name.startswith("search"):
            filt = r["filter_ms"]
            rows.append(
                Row(
                    "6",
                    f"search-box filtering, {r['rows']:,} entities: p95",
                    _p95(filt),
                    "ms",
                    aim="< 50 ms",
                    met=_p95(filt) < 50,
                    note=f"median {statistics.median(filt):.0f} ms (CPU "
                    f"{statistics.median(r['filter_cpu_ms']):.0f} ms), max "
                    f"{max(filt):.0f} ms over {len(filt)} keystrokes; debounce "
                    "wait excluded",
                )
            )
    if stalls:
        rows.append(_stall_row(stalls))
    return rows


def _stall_row(runs: dict[str, dict]) -> Row:
    """The longest stall of every run: the worst run is the figure, the others beside it."""
    longest = {name: r["max_gap_ms"] - TICK_MS for name, r in runs.items()}
    worst = max(longest, key=longest.__getitem__)
    r = runs[worst]
    scope = worst.split(",")[0][len("stall ") :]
    each = ", ".join(f"{value:.0f}" for value in longest.values())
    return Row(
        "6",
        f"longest event-loop stall while indexing ({scope}), worst of {len(runs)}",
        longest[worst],
        "ms",
        aim="< 100 ms",
        met=longest[worst] < 100,
        note=f"each run: {each} ms; in the worst, p99 gap {r['p99_gap_ms']:.0f} ms over "
        f"{r['ticks']:,} ticks of {TICK_MS} ms, indexing took {r['indexing_s']:.0f} s, "
        f"and before the window's first frame {r['first_show_gap_ms']:.0f} ms",
    )
