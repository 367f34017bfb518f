"""Helpers for the fault suite: small corpora, the real command in a subprocess,
and checks that an index is whole."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def make_corpus(folder: Path, copies: int) -> Path:
    """`copies` distinct documents made from the seeds (names varied so they differ)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for i in range(copies):
        text = texts[i % len(texts)] + f"\n\nThis is copy {i} of the article, filed in Berlin.\n"
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def command(*args: object, home: Path, **kwargs: object) -> subprocess.Popen[str]:
    """The real `entity-explorer` command in a subprocess."""
    env = {**os.environ, "ENTITY_EXPLORER_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-m", "explorer", *map(str, args)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def run_command(*args: object, home: Path, timeout: float = 300) -> tuple[int, str, str]:
    process = command(*args, home=home)
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def index_file(home: Path) -> Path:
    files = list((home / "data" / "indexes").glob("*.sqlite"))
    assert len(files) == 1, files
    return files[0]


def assert_whole(path: Path, documents: int | None = None) -> None:
    """Integrity, no duplicate or orphaned rows, and every mention inside its passage."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        if documents is not None:
            assert one("SELECT count(*) FROM documents") == documents
        assert (
            one(
                "SELECT count(*) FROM (SELECT 1 FROM mentions GROUP BY doc_id, start_char, "
                "clean_end, label HAVING count(*) > 1)"
            )
            == 0
        )
        assert (
            one("SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT id FROM documents)") == 0
        )
        assert (
            one("SELECT count(*) FROM passages WHERE doc_id NOT IN (SELECT id FROM documents)") == 0
        )
        assert (
            one(
                "SELECT count(*) FROM mentions m JOIN passages p ON p.id = m.passage_id "
                "WHERE m.start_char < p.start_char OR m.end_char > p.end_char"
            )
            == 0
        )
        assert (
            one("SELECT count(*) FROM documents WHERE source NOT IN (SELECT path FROM sources)")
            == 0
        )
    finally:
        conn.close()
