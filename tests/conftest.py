"""Shared fixtures: every test gets its own data and config directories, and the
seeds are indexed once per test session with the real spaCy pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explorer.paths import HOME_ENV

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(autouse=True)
def _fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point data and config directories at tmp_path so no test touches the real ones."""
    home = tmp_path / "home"
    monkeypatch.setenv(HOME_ENV, str(home))
    return home


@pytest.fixture(scope="session")
def seeds_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the seeds, so tests that need the files never change the originals."""
    target = tmp_path_factory.mktemp("corpus") / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="session")
def seeds_index(seeds_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds indexed once with the real pipeline; tests open it read-only."""
    from explorer.index.indexer import index_corpus
    from explorer.index.store import Store

    path = tmp_path_factory.mktemp("index") / "seeds.sqlite"
    with Store(path) as store:
        report = index_corpus([seeds_copy], store)
    assert report.documents == 4 and not report.problems
    return path


@pytest.fixture()
def seeds_store(seeds_index: Path):
    from explorer.index.store import Store

    store = Store(seeds_index, readonly=True)
    yield store
    store.close()
