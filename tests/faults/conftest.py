"""Fixtures for the fault suite."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.faults.helpers import SEEDS


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture()
def seeds_corpus(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target
