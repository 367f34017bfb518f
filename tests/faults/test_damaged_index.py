"""Fault 2: a corrupt or foreign index is moved aside (never deleted), rebuilt, and
the user's corrections come back from the sidecar file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.faults.helpers import assert_whole, index_file, run_command


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00\x01garbage, not a database\xff" * 4096)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _foreign(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos(name) VALUES ('holiday.jpg')")
    conn.commit()
    conn.close()


def _scribbled(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 8192):  # every page but the header's
        data[offset : offset + 512] = b"\xde\xad\xbe\xef" * 128
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage",
    [_garbage, _truncated, _foreign, _scribbled],
    ids=["garbage", "truncated", "foreign", "scribbled"],
)
def test_a_damaged_index_is_moved_aside_rebuilt_and_corrections_restored(
    seeds_corpus: Path, home: Path, damage
) -> None:  # noqa: ANN001
    code, _, err = run_command("merge", seeds_corpus, "Hong Min", "Lim Eul-chul", home=home)
    assert code == 0, err
    path = index_file(home)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    damage(path)
    damaged_bytes = path.read_bytes()

    code, out, err = run_command("entities", seeds_corpus, "--kind", "person", "--json", home=home)

    assert code == 0, err
    assert "could not be read" in err and "moved to" in err and "1 correction" in err
    assert len(err.strip().splitlines()) == 1, err
    moved = list(path.parent.glob(f"{path.name}.damaged-*"))
    assert [m.read_bytes() for m in moved if not m.name.endswith(("-wal", "-shm"))] == [
        damaged_bytes
    ]
    names = {r["name"] for r in json.loads(out)}
    assert "Lim Eul-chul" in names and "Hong Min" not in names
    assert_whole(path, documents=4)
