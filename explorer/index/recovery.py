"""Open an index, and recover from a damaged one without losing the user's work.

A corrupt or foreign file is moved aside (never deleted) and a fresh index is
made in its place; the user's corrections come back from the sidecar file kept
beside every index, which is rewritten atomically after each change.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from explorer.index.corrections import load_corrections, replace_corrections
from explorer.index.store import IndexOpenError, Store
from explorer.resolve.corrections import corrections_from_json, corrections_to_json


def sidecar_path(index_path: Path) -> Path:
    return Path(f"{index_path}.corrections.json")


def write_sidecar(store: Store) -> None:
    """Save the corrections next to the index: write a temporary file, then rename."""
    target = sidecar_path(store.path)
    data = corrections_to_json(load_corrections(store.conn))
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _move_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    moved = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            part.replace(Path(f"{moved}{suffix}"))
    return moved


def _restore_corrections(store: Store) -> int:
    sidecar = sidecar_path(store.path)
    if not sidecar.exists():
        return 0
    try:
        corrections = corrections_from_json(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    with store.transaction() as conn:
        replace_corrections(conn, corrections)
    return len(corrections)


def recover(path: Path, reason: str) -> tuple[Store, str]:
    """Move the damaged index aside, start a new one, bring the corrections back."""
    moved = _move_aside(path)
    store = Store(path)
    restored = _restore_corrections(store)
    message = (
        f"The index could not be read ({reason}); it was moved to {moved.name} and is being rebuilt"
    )
    message += f", with your {restored} correction(s)." if restored else "."
    return store, message


def open_index(path: Path) -> tuple[Store, str | None]:
    """The index at `path`, and a sentence for the user when it had to be rebuilt.

    Raises IndexOpenError when the cause is not the file itself (permissions, a
    newer version's index), so nothing is moved for those.
    """
    try:
        return Store(path), None
    except IndexOpenError as exc:
        if not exc.damaged:
            raise
        return recover(path, str(exc.__cause__ or exc))


def is_damage(exc: BaseException) -> bool:
    """Whether an error met while using an index means its file is damaged."""
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)
