"""Spies on the kept plan: whether each later plan was counted again from it, or
brought up to date for names that came or went."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import explorer.resolve.planned as planned_module
from explorer.resolve.model import FormCount
from explorer.resolve.recount import Kept


def recounts(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """From now on, whether each plan was counted again from the kept one (True) or
    planned afresh (False); a plan reused for the same forms adds nothing."""
    counted: list[bool] = []
    real = planned_module.recounted

    def spy(kept: Kept, forms: Sequence[FormCount]) -> Kept | None:
        found = real(kept, forms)
        counted.append(found is not None)
        return found

    monkeypatch.setattr(planned_module, "recounted", spy)
    return counted


def regrowths(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """From now on, whether each plan whose names came or went was brought up to date
    from the kept one (True) or planned afresh (False)."""
    grown: list[bool] = []
    real = planned_module.regrown

    def spy(kept: Kept, forms: Sequence[FormCount]) -> Kept | None:
        found = real(kept, forms)
        grown.append(found is not None)
        return found

    monkeypatch.setattr(planned_module, "regrown", spy)
    return grown
