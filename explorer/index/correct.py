"""Change the user's corrections: record, undo or replace them, rebuild the entity
tables with them, and keep the sidecar copy in step (so a damaged index never loses
them). The CLI and the desktop app both go through these functions."""

from __future__ import annotations

from explorer.index.corrections import append_correction, remove_correction, replace_corrections
from explorer.index.entities import rebuild_entity_tables
from explorer.index.recovery import write_sidecar
from explorer.index.store import Store
from explorer.resolve.model import Correction


def apply_correction(store: Store, correction: Correction) -> int:
    """Record a correction and rebuild the entity tables with it; returns its id (for undo)."""
    with store.transaction() as conn:
        correction_id = append_correction(conn, correction)
        rebuild_entity_tables(conn)
    write_sidecar(store)
    return correction_id


def undo_correction(store: Store, correction_id: int) -> None:
    """Forget one correction and rebuild the entity tables without it."""
    with store.transaction() as conn:
        remove_correction(conn, correction_id)
        rebuild_entity_tables(conn)
    write_sidecar(store)


def import_corrections(store: Store, corrections: list[Correction]) -> None:
    """Replace the index's corrections with `corrections` (a shared file) and rebuild."""
    with store.transaction() as conn:
        replace_corrections(conn, corrections)
        rebuild_entity_tables(conn)
    write_sidecar(store)
