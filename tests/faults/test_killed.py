"""Fault 1: the indexer killed with SIGKILL at several points resumes cleanly."""

from __future__ import annotations

import re
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from tests.faults.helpers import assert_whole, command, index_file, make_corpus, run_command

pytestmark = pytest.mark.slow
DOCUMENTS = 60


def _finished_sources(home: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{index_file(home)}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM sources").fetchone()[0]
        finally:
            conn.close()
    except (AssertionError, sqlite3.Error):
        return 0


def _kill_when(home: Path, corpus: Path, ready) -> None:  # noqa: ANN001
    process = command("index", corpus, home=home)
    deadline = time.monotonic() + 120
    while process.poll() is None and not ready() and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()


@pytest.mark.parametrize("point", ["starting", "after the first batch", "mid-way"])
def test_a_killed_index_resumes_without_redoing_finished_documents(
    tmp_path: Path, home: Path, point: str
) -> None:
    corpus = make_corpus(tmp_path / "corpus", DOCUMENTS)
    started = time.monotonic()
    ready = {
        "starting": lambda: time.monotonic() - started > 1.5,
        "after the first batch": lambda: _finished_sources(home) > 0,
        "mid-way": lambda: _finished_sources(home) >= DOCUMENTS // 2,
    }[point]
    _kill_when(home, corpus, ready)
    finished = _finished_sources(home)
    code, out, err = run_command("index", corpus, home=home)
    assert code == 0, err
    match = re.search(r"indexed (\d+) files?, (\d+) unchanged", out)
    assert match, out
    assert int(match.group(2)) == finished
    assert int(match.group(1)) == DOCUMENTS - finished
    assert_whole(index_file(home), documents=DOCUMENTS)


def test_killed_during_resolution_the_next_run_resolves(tmp_path: Path, home: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", 8)
    _kill_when(home, corpus, lambda: _finished_sources(home) == 8)
    code, out, err = run_command("entities", corpus, "--kind", "person", "--top", "3", home=home)
    assert code == 0, err
    assert "Kim Jong Un" in out
    assert_whole(index_file(home), documents=8)


def _children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if re.search(rf"^PPid:\s+{pid}$", text, re.MULTILINE):
            found.append(int(status.parent.name))
    return found


def _descendants(pid: int) -> list[int]:
    found = _children(pid)
    return found + [grandchild for child in found for grandchild in _descendants(child)]


def _command_line(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _workers(pid: int) -> list[int]:
    """Forked extraction workers share the indexer's command line; the other children
    (multiprocessing's fork server and resource tracker, which start the gazetteer's
    cache builder) run `python -c ...`."""
    own = _command_line(pid)
    return [child for child in _children(pid) if _command_line(child) == own]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
    except OSError:
        return False
    return state != "Z"


def test_no_process_outlives_a_killed_indexer(tmp_path: Path, home: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", DOCUMENTS)
    process = command("index", corpus, "--processes", "2", home=home)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    while len(workers) < 2 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
        workers = _workers(process.pid)
    assert len(workers) == 2, "the indexer did not start its worker processes"
    started = _descendants(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in started) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in started if _alive(pid)]
