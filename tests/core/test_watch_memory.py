"""A corpus remembers its watch-list (path, a copy of its text, what was seen), and a
re-check marks the names with more mentions than the user has seen."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from explorer.watch import memory
from explorer.watch.watching import check_corpus, mark_seen, open_list


def test_new_hits_are_marked_until_seen(tmp_path: Path, seeds_index: Path) -> None:
    corpus = (tmp_path / "news",)
    listed = tmp_path / "list.txt"
    listed.write_text("Vladimir Putin\nKim Jong Un\nXi Jinping\n", encoding="utf-8")
    open_list(corpus, listed)
    conn = sqlite3.connect(seeds_index)
    try:
        first = check_corpus(corpus, conn)  # the first look: nothing is new yet
        assert first is not None and first.new == {} and len(first.rows) == 3
        # Pretend the user last saw Putin with fewer mentions (as before a re-index).
        kept = memory.load(corpus)
        assert kept is not None and kept.seen["vladimir putin"] == 21
        memory.save(corpus, kept.with_seen({"vladimir putin": 15}))
        again = check_corpus(corpus, conn)
        assert again is not None and again.new == {0: 6}
        mark_seen(corpus, [again.rows[0]])
        assert check_corpus(corpus, conn).new == {}  # type: ignore[union-attr]
    finally:
        conn.close()


def test_a_list_moved_away_is_checked_from_the_copy_kept(tmp_path: Path, seeds_index: Path) -> None:
    corpus = (tmp_path / "news",)
    listed = tmp_path / "list.txt"
    listed.write_text("Vladimir Putin\n", encoding="utf-8")
    open_list(corpus, listed)
    listed.unlink()
    with closing(sqlite3.connect(seeds_index)) as conn:
        result = check_corpus(corpus, conn)
    assert result is not None and [row.entity.name for row in result.rows] == ["Vladimir Putin"]
    assert "is gone; checked the copy kept" in result.note


def test_no_list_no_check_and_no_temporary_file_left(tmp_path: Path, seeds_index: Path) -> None:
    corpus = (tmp_path / "news",)
    with closing(sqlite3.connect(seeds_index)) as conn:
        assert check_corpus(corpus, conn) is None
    memory.save(corpus, memory.Remembered(tmp_path / "l.txt", "Putin\n"))
    assert [p.name for p in memory.memory_path(corpus).parent.iterdir()] == [
        memory.memory_path(corpus).name
    ]
