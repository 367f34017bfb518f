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


WILLIAMS = {
    "serena.txt": "Serena Williams wins in Melbourne\n\nSerena Williams won the Australian "
    "Open final on Saturday. Serena Williams said she was proud of the win.",
    "venus.txt": "Venus Williams returns to Paris\n\nVenus Williams reached the third round "
    "of the French Open. Venus Williams played well in the heat.",
    "robbie.txt": "Robbie Williams plays London\n\nThe singer Robbie Williams played to a "
    "full stadium in London. Robbie Williams sang his old hits.",
    "williams.txt": "A hard evening\n\nWilliams said the evening had been hard. Williams "
    "will be back next year, her coach told reporters.",
}


@pytest.fixture(scope="session")
def williams_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three Williamses named in full, and a document that only ever says "Williams"."""
    corpus = tmp_path_factory.mktemp("williams") / "williams"
    corpus.mkdir()
    for name, text in WILLIAMS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


def _index_once(corpus: Path, tmp_path_factory: pytest.TempPathFactory, documents: int) -> Path:
    """A corpus indexed with the real pipeline, every document read without a problem."""
    from explorer.index.indexer import index_corpus
    from explorer.index.store import Store

    path = tmp_path_factory.mktemp("index") / f"{corpus.name}.sqlite"
    with Store(path) as store:
        report = index_corpus([corpus], store)
    assert report.documents == documents and not report.problems
    return path


@pytest.fixture(scope="session")
def williams_index(williams_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """That corpus indexed once with the real pipeline: "Williams" is left ambiguous."""
    return _index_once(williams_corpus, tmp_path_factory, len(WILLIAMS))


@pytest.fixture(scope="session")
def seeds_index(seeds_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds indexed once with the real pipeline; tests open it read-only."""
    return _index_once(seeds_copy, tmp_path_factory, 4)


@pytest.fixture()
def seeds_store(seeds_index: Path):
    from explorer.index.store import Store

    store = Store(seeds_index, readonly=True)
    yield store
    store.close()
