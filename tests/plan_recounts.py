"""Spies on the kept plan (whether each later plan was counted again from it, or
brought up to date for names that came or went), and a resolution without it."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import explorer.resolve.planned as planned_module
from explorer.resolve.model import FormCount, Resolution
from explorer.resolve.recount import Kept
from explorer.resolve.resolver import resolve


def recounts(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """From now on, whether each plan was counted again from the kept one (True) or
    planned afresh (False); a plan reused for the same forms adds nothing."""
    return _spy(monkeypatch, "recounted")


def regrowths(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """From now on, whether each plan whose names came or went was brought up to date
    from the kept one (True) or planned afresh (False)."""
    return _spy(monkeypatch, "regrown")


def fresh_resolution(forms: list[FormCount], monkeypatch: pytest.MonkeyPatch) -> Resolution:
    """The resolution of `forms` with no plan kept from before."""
    with monkeypatch.context() as patch:
        patch.setattr(planned_module, "_last", [])
        return resolve(forms)


def _spy(monkeypatch: pytest.MonkeyPatch, step: str) -> list[bool]:
    """Whether each call of the kept plan's `step` found a plan (True) or not."""
    found: list[bool] = []
    real = getattr(planned_module, step)

    def spy(kept: Kept, forms: Sequence[FormCount]) -> Kept | None:
        plan = real(kept, forms)
        found.append(plan is not None)
        return plan

    monkeypatch.setattr(planned_module, step, spy)
    return found
