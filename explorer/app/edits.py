"""Corrections, off the UI thread: what an entity's menu can offer (its other spellings,
the names to merge it into), recording one correction (or undoing it), rebuilding the
entity tables, and finding the entities the user was looking at again. Module-level
functions, Qt-free, run by the window's task runner; the first argument is a TaskControl."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from explorer.app.control import TaskControl
from explorer.app.state import EntityRef
from explorer.app.views import reader
from explorer.index import queries
from explorer.index.store import Connection, Store
from explorer.resolve.model import Correction

# Merge targets an entity's menu offers: the most-mentioned entities.
MERGE_CHOICES = 500


@dataclass(frozen=True, slots=True)
class CorrectionChoices:
    """What the corrections of one entity can offer."""

    aliases: list[str]  # its other spellings (Split alias), not its name however cased
    names: list[str]  # the entities it may be merged into, most mentioned first


def correction_choices(
    control: TaskControl, index: Path | None, ref: EntityRef
) -> CorrectionChoices:
    """For an entity's menu: its other spellings and the names to offer as merge targets."""
    store = reader(index)
    if store is None:
        return CorrectionChoices([], [])
    with closing(store):
        aliases = [text for text, _n in queries.aliases(store.conn, ref.id)]
        names = [
            row.name
            for row in queries.entities(store.conn, limit=MERGE_CHOICES)
            if row.id != ref.id
        ]
    own = ref.name.casefold()
    return CorrectionChoices([alias for alias in aliases if alias.casefold() != own], names)


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
