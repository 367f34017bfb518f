"""Corrections, off the UI thread: record one (or undo it), rebuild the entity tables,
and find the entities the user was looking at again. Module-level functions, Qt-free,
run by the window's task runner; the first argument is a TaskControl."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

from explorer.app.control import TaskControl
from explorer.app.state import EntityRef
from explorer.app.views import reader
from explorer.index import queries
from explorer.index.store import Connection, Store
from explorer.resolve.model import Correction


def remap(conn: Connection, refs: Sequence[EntityRef]) -> dict[EntityRef, EntityRef | None]:
    """Find each referenced entity again after the entity tables were rebuilt: the entity
    now carrying its name (or alias) and kind, else any entity with that name, else None."""
    mapping: dict[EntityRef, EntityRef | None] = {}
    for ref in refs:
        found = [row for row in queries.find_entities(conn, ref.name) if not row.hidden]
        same_kind = [row for row in found if row.kind == ref.kind]
        best = (same_kind or found)[0] if found else None
        mapping[ref] = EntityRef(best.id, best.name, best.kind) if best else None
    return mapping


def remap_refs(
    control: TaskControl, index: Path | None, refs: Sequence[EntityRef]
) -> dict[EntityRef, EntityRef | None]:
    store = reader(index)
    if store is None:
        return {}
    with closing(store):
        return remap(store.conn, refs)


def apply_correction(
    control: TaskControl, index: Path, correction: Correction, refs: Sequence[EntityRef]
) -> tuple[int, dict[EntityRef, EntityRef | None]]:
    """Record a correction, rebuild the entity tables, and find the user's entities again."""
    from explorer.index.correct import apply_correction as apply

    with closing(Store(index)) as store:
        correction_id = apply(store, correction)
        return correction_id, remap(store.conn, refs)


def undo_correction(
    control: TaskControl, index: Path, correction_id: int, refs: Sequence[EntityRef]
) -> dict[EntityRef, EntityRef | None]:
    from explorer.index.correct import undo_correction as undo

    with closing(Store(index)) as store:
        undo(store, correction_id)
        return remap(store.conn, refs)
