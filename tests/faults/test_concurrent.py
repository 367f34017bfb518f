"""Fault 3: two processes on one corpus (two app windows, or the app and the CLI)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from explorer.index.lock import IndexLock
from tests.faults.helpers import assert_whole, command, index_file, make_corpus, run_command

pytestmark = pytest.mark.slow


def test_two_indexers_at_once_leave_one_whole_index(tmp_path: Path, home: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", 30)
    first = command("index", corpus, home=home)
    time.sleep(0.5)
    second = command("index", corpus, home=home)
    results = [p.communicate(timeout=300) for p in (first, second)]
    codes = [first.returncode, second.returncode]
    # The second waits briefly and proceeds, or says plainly that the first is busy.
    for code, (_, err) in zip(codes, results, strict=True):
        assert code == 0 or (code == 2 and "another Entity Explorer is indexing" in err), err
    assert 0 in codes
    code, _, err = run_command("index", corpus, home=home)
    assert code == 0, err
    assert_whole(index_file(home), documents=30)


def test_a_question_while_another_process_indexes_is_answered_from_the_index(
    tmp_path: Path, home: Path
) -> None:
    corpus = make_corpus(tmp_path / "corpus", 4)
    code, _, err = run_command("index", corpus, home=home)
    assert code == 0, err
    (corpus / "new.txt").write_text("Angela Merkel visited Paris.", encoding="utf-8")
    with IndexLock(index_file(home)) as lock:  # another process is indexing
        assert lock.acquire()
        code, out, err = run_command("entities", corpus, "--top", "3", home=home)
    assert code == 0
    assert (
        "another Entity Explorer is indexing" in err and "answering from the existing index" in err
    )
    assert "Kim Jong Un" in out or "North Korea" in out
