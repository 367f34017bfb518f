"""What an entity's menu offers for its corrections, asked without Qt."""

from __future__ import annotations

from pathlib import Path

from explorer.app.edits import CorrectionChoices, correction_choices
from explorer.app.state import EntityRef
from explorer.index import queries
from explorer.index.store import Store


class _Unattended:
    def should_stop(self) -> bool:
        return False

    def report(self, progress: object, *, force: bool = False) -> None:
        pass


def test_the_choices_are_the_other_spellings_and_the_other_entities(seeds_index: Path) -> None:
    with Store(seeds_index, readonly=True) as store:
        row = next(r for r in queries.entities(store.conn) if r.name == "Kim Jong Un")
    ref = EntityRef(row.id, row.name, row.kind)
    choices = correction_choices(_Unattended(), seeds_index, ref)
    assert "Kim Jong-un" in choices.aliases and "Kim Jong Un" not in choices.aliases
    assert "Kim Jong Il" in choices.names and "Kim Jong Un" not in choices.names
    assert correction_choices(_Unattended(), None, ref) == CorrectionChoices([], [])
