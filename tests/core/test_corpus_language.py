"""Each document's language: its record's own field, else detected from its beginning."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from corpus_helpers import only_document, read_bytes

from explorer.corpus.language import (
    DETECT_CHARS,
    UNDETERMINED,
    detect_language,
    language_code,
    language_name,
    sample,
)

MIXED = Path(__file__).resolve().parents[1] / "corpora" / "mixed"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("en_summit.txt", "en"),
        ("en_trade.txt", "en"),
        ("fr_sommet.txt", "fr"),
        ("fr_energie.txt", "fr"),
        ("fr_europe.txt", "fr"),
        ("de_nachrichten.txt", "de"),
        ("es_noticias.txt", "es"),
        ("nl_nieuws.txt", "nl"),
    ],
)
def test_a_documents_language_is_detected_when_it_is_read(
    tmp_path: Path, name: str, language: str
) -> None:
    document = only_document(read_bytes(tmp_path, name, (MIXED / name).read_bytes()))
    assert document.language == language


def test_the_seeds_are_english(tmp_path: Path) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        assert only_document(read_bytes(tmp_path, path.name, path.read_bytes())).language == "en"


def test_a_records_own_language_wins_over_detection(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "lang": "fr", "text": "Angela Merkel visited Paris on Monday with her team."},
        {"id": "b", "language": "German", "text": "The minister spoke in Berlin on Monday."},
        {"id": "c", "Lang": "pt-BR", "text": "The minister spoke in Brasilia on Monday."},
        {"id": "d", "text": "Le ministre a parlé lundi à Paris devant les députés."},
    ]
    data = "".join(json.dumps(row) + "\n" for row in rows)
    result = read_bytes(tmp_path, "rows.jsonl", data)
    assert result.problems == []
    assert [d.language for d in result.documents] == ["fr", "de", "pt", "fr"]


def test_a_language_field_not_understood_is_a_warning_and_the_text_decides(tmp_path: Path) -> None:
    data = "id,lang,text\n1,Klingon,Le ministre a parlé lundi à Paris devant les députés.\n"
    result = read_bytes(tmp_path, "rows.csv", data)
    (document,) = result.documents
    assert document.language == "fr"
    (problem,) = result.problems
    assert not problem.skipped
    assert "language not understood on 1 record(s)" in problem.reason
    assert "'Klingon'" in problem.reason


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("fr", "fr"),
        ("FR", "fr"),
        ("fr-FR", "fr"),
        ("fr_CA", "fr"),
        ("fra", "fr"),
        ("fre", "fr"),
        ("French", "fr"),
        ("français", "fr"),
        ("Deutsch", "de"),
        ("en-GB", "en"),
        ("", None),
        ("Klingon", None),
        ("xx", None),
    ],
)
def test_language_fields_are_read_as_codes(value: str, code: str | None) -> None:
    assert language_code(value) == code


def test_too_little_text_to_tell_is_undetermined() -> None:
    assert detect_language("Kim Jong Un.") == UNDETERMINED
    assert detect_language("2024-06-19 12:00") == UNDETERMINED
    assert language_name(UNDETERMINED) == "an undetermined language"
    assert language_name("de") == "German"


def test_detection_reads_a_bounded_prefix_of_the_content_paragraphs() -> None:
    furniture = "Accueil | Monde | Économie | Sport\n"
    body = "The minister spoke in Berlin on Monday about the budget. " * 200
    text = furniture + body
    paragraphs = [(len(furniture), len(text))]
    assert len(sample(text, paragraphs)) <= DETECT_CHARS
    assert not sample(text, paragraphs).startswith("Accueil")
    assert detect_language(text, paragraphs) == "en"
    # Cost does not grow with the document: a 100x longer text takes as long.
    detect_language(text, paragraphs)  # the model is loaded
    started = time.perf_counter()
    for _ in range(20):
        detect_language(text * 100, [(len(furniture), len(text) * 100)])
    assert (time.perf_counter() - started) / 20 < 0.05


def test_the_unpacked_model_is_kept_in_the_cache_folder_for_other_processes(
    _fresh_home: Path,
) -> None:
    from explorer.corpus import language

    texts = [(MIXED / name).read_text(encoding="utf-8") for name in sorted(MIXED.glob("*.txt"))]
    cache = _fresh_home / "cache"
    # what earlier versions of the model (or of this cache) left behind
    cache.mkdir(parents=True, exist_ok=True)
    (cache / "py3langid-1-2.npz").write_bytes(b"an older model, packed")
    (cache / "py3langid-3-4").mkdir()
    (cache / "py3langid-3-4" / "ptc.npy").write_bytes(b"an older model")
    language._identifier.cache_clear()
    try:
        unpacked = language._identifier()  # this home's first: unpacked, then kept
        before = [unpacked.classify(text[:300]) for text in texts]
        assert {code for code, _ in before} >= {"en", "fr"}
        (kept,) = cache.glob("py3langid-*")  # the older versions are gone
        assert kept.is_dir() and {p.name for p in kept.iterdir()} >= {"ptc.npy", "nextmove.npy"}
        language._identifier.cache_clear()
        loaded = language._identifier()  # from the files
        assert loaded is not unpacked
        assert [loaded.classify(text[:300]) for text in texts] == before
        (kept / "nextmove.npy").write_bytes(b"damaged")
        language._identifier.cache_clear()
        assert [language._identifier().classify(t[:300]) for t in texts] == before
        language._identifier.cache_clear()  # and the damaged copy was replaced
        assert [language._identifier().classify(t[:300]) for t in texts] == before
        assert (kept / "nextmove.npy").stat().st_size > 1_000_000
    finally:
        language._identifier.cache_clear()
