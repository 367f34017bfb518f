"""Entity tables updated in place after a change equal a rebuild from scratch, and
entities keep their ids. Real pipeline, on a copy of the seeds plus small files."""

from __future__ import annotations

import gc
import shutil
import sqlite3
from pathlib import Path

import pytest

import explorer.index.entities as entities_module
from explorer.index import queries
from explorer.index.correct import apply_correction, undo_correction
from explorer.index.entities import rebuild_entity_tables
from explorer.index.forms import FORM_CLASSES_FILL, mark_unresolved
from explorer.index.indexer import index_corpus
from explorer.index.store import IndexOpenError, Store
from explorer.resolve.model import Correction
from explorer.resolve.resolver import no_cyclic_gc
from tests.index_snapshot import index_snapshot

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

EXTRA = {
    "talks.txt": "Vladimir Putin met Kim Jong Un in Moscow.\n\nPutin praised Kim and Russia.",
    "berlin.txt": "Angela Merkel met Emmanuel Macron in Berlin.\n\nMerkel spoke of France.",
    "seoul.txt": "Yoon Suk Yeol of South Korea called Antony Blinken.\n\nBlinken went to Seoul.",
}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    for name, text in EXTRA.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture()
def in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """Update in place however many documents changed (a small corpus always has many)."""
    monkeypatch.setattr(entities_module, "WHOLESALE_SHARE", 1.0)


def _rebuilt(store: Store, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[tuple]]:
    """The snapshot after recounting everything from scratch, on the same store."""
    with monkeypatch.context() as patch:
        patch.setattr(entities_module, "WHOLESALE_SHARE", -1.0)
        with store.transaction() as conn:
            mark_unresolved(conn, [r[0] for r in conn.execute("SELECT id FROM documents")])
            rebuild_entity_tables(conn)
    return index_snapshot(store.conn)


def _ids(store: Store) -> dict[str, int]:
    return {r.name: r.id for r in queries.entities(store.conn, include_hidden=True)}


@pytest.mark.usefixtures("in_place")
def test_edits_additions_and_removals_update_in_place_as_a_fresh_index_would(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        with (corpus / "talks.txt").open("a", encoding="utf-8") as f:
            f.write("\n\nSergei Lavrov and Kim Jong Un spoke of Ukraine and China.")
        (corpus / "berlin.txt").unlink()
        (corpus / "kyiv.txt").write_text(
            "Volodymyr Zelensky thanked Antony Blinken in Kyiv.\n\nUkraine and Russia.",
            encoding="utf-8",
        )
        report = index_corpus([corpus], store)
        assert (report.indexed_files, report.removed_files) == (2, 1)
        _form_classes_hold(store.conn)
        updated = index_snapshot(store.conn)
    with Store(tmp_path / "fresh.sqlite") as fresh, monkeypatch.context() as patch:
        patch.setattr(entities_module, "WHOLESALE_SHARE", -1.0)
        index_corpus([corpus], fresh)
        expected = index_snapshot(fresh.conn)
    assert updated == expected
    names = {row[0] for row in updated["entities"]}
    assert {"Sergei Lavrov", "Volodymyr Zelensky"} <= names and "Angela Merkel" not in names


@pytest.mark.usefixtures("in_place")
def test_corrections_and_their_undo_update_in_place_as_a_rebuild_would(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        steps = [
            Correction("merge", ("Kim Il Sung", "Kim Jong Un")),
            Correction("kind", ("Cold War", "date")),  # leaves the co-mention windows
            Correction("hide", ("Moscow",)),
            Correction("split", ("Vladimir Putin", "Putin")),
            Correction("rename", ("Russia", "Russian Federation")),
        ]
        applied = [apply_correction(store, step) for step in steps]
        after_all = index_snapshot(store.conn)
        assert after_all == _rebuilt(store, monkeypatch)
        assert "Russian Federation" in {row[0] for row in after_all["entities"]}
        for correction_id in reversed(applied):
            undo_correction(store, correction_id)
        undone = index_snapshot(store.conn)
        assert undone == _rebuilt(store, monkeypatch)
        assert "Kim Il Sung" in {row[0] for row in undone["entities"]}


@pytest.mark.usefixtures("in_place")
def test_entities_keep_their_ids_across_a_reindex_and_a_correction(
    corpus: Path, tmp_path: Path
) -> None:
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        before = _ids(store)
        (corpus / "seoul.txt").write_text(
            "Kim Jong Un and Vladimir Putin met again in Pyongyang.", encoding="utf-8"
        )
        index_corpus([corpus], store)
        apply_correction(store, Correction("rename", ("Kim Jong Un", "Kim Jong-un")))
        after = _ids(store)
    assert after["Kim Jong-un"] == before["Kim Jong Un"]
    for name in ("North Korea", "Vladimir Putin", "Russia", "Pyongyang"):
        assert after[name] == before[name]


@pytest.mark.usefixtures("in_place")
def test_the_id_of_an_entity_that_went_is_never_given_to_another(
    corpus: Path, tmp_path: Path
) -> None:
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        gone = _ids(store)["Angela Merkel"]
        (corpus / "berlin.txt").unlink()
        index_corpus([corpus], store)
        (corpus / "paris.txt").write_text("Jean Castex met Olaf Scholz in Paris.", encoding="utf-8")
        index_corpus([corpus], store)
        ids = _ids(store)
    assert gone not in ids.values() and "Olaf Scholz" in ids


def _entity_of(conn: sqlite3.Connection, file: str, text: str) -> set[str]:
    """The entities the mentions of `text` in the document `file` are placed on."""
    rows = conn.execute(
        "SELECT DISTINCT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "JOIN documents d ON d.id = m.doc_id WHERE d.path LIKE ? AND m.text = ?",
        (f"%{file}", text),
    )
    return {name for (name,) in rows}


@pytest.mark.usefixtures("in_place")
def test_the_north_of_a_divided_country_updates_in_place_as_a_fresh_index_would(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "North" is George North's short name too: its documents' decisions are kept,
    # and one that says the country must be kept as such when another document changes
    (corpus / "rugby.txt").write_text(
        "George North scored twice for Wales. North said he was delighted with the win.",
        encoding="utf-8",
    )
    (corpus / "korea.txt").write_text(
        "North Korea fired a missile on Sunday.\n\nThe North said the test had worked, "
        "and Japan protested. South Korea put its army on alert.",
        encoding="utf-8",
    )
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        assert _entity_of(store.conn, "korea.txt", "North") == {"North Korea"}
        assert _entity_of(store.conn, "rugby.txt", "North") == {"George North"}
        with (corpus / "talks.txt").open("a", encoding="utf-8") as f:
            f.write("\n\nSergei Lavrov and Kim Jong Un spoke of Ukraine and China.")
        index_corpus([corpus], store)
        assert _entity_of(store.conn, "korea.txt", "North") == {"North Korea"}
        with (corpus / "korea.txt").open("a", encoding="utf-8") as f:
            f.write("\n\nThe North fired another one.")
        index_corpus([corpus], store)
        updated = index_snapshot(store.conn)
        assert _entity_of(store.conn, "korea.txt", "North") == {"North Korea"}
    with Store(tmp_path / "fresh.sqlite") as fresh, monkeypatch.context() as patch:
        patch.setattr(entities_module, "WHOLESALE_SHARE", -1.0)
        index_corpus([corpus], fresh)
        expected = index_snapshot(fresh.conn)
    assert updated == expected


def _form_classes_hold(conn: sqlite3.Connection) -> None:
    """form_classes equals a recount of the mentions, and every class not mixed holds
    the placement of all its documents' mentions."""
    stored = sorted(conn.execute("SELECT text, label, flags, mentions FROM form_classes"))
    conn.execute("CREATE TEMP TABLE recount AS SELECT * FROM form_classes WHERE 0")
    conn.execute(FORM_CLASSES_FILL.replace("INTO form_classes", "INTO temp.recount"))
    recounted = conn.execute(
        "SELECT text, label, flags, mentions, entity_id, demonym, trim, mixed FROM temp.recount"
    ).fetchall()
    conn.execute("DROP TABLE temp.recount")
    assert stored == sorted(r[:4] for r in recounted)
    placed = {r[:3]: r[4:7] for r in conn.execute("SELECT * FROM form_classes WHERE NOT mixed")}
    for text, label, flags, _, *placement, mixed in recounted:
        if (text, label, flags) in placed:
            assert not mixed and placed[text, label, flags] == tuple(placement), text
    assert conn.execute("SELECT count(*) FROM unresolved_docs").fetchone()[0] == 0


@pytest.mark.usefixtures("in_place")
def test_short_names_follow_the_full_names_that_come_and_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One 'Blair' stands for one full name, then for two (per document), then for
    the other alone: each step's in-place update equals a fresh index."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = {
        "a.txt": "Prime Minister Tony Blair met officials in London.\n\nBlair said little.",
        "b.txt": "Blair arrived in Paris on Monday for talks with the French president.",
        "c.txt": "Cherie Blair spoke in Leeds.\n\nCherie Blair and her lawyers said Blair won.",
    }
    steps = [("a.txt", "b.txt"), ("c.txt",), ("-a.txt",)]
    with Store(tmp_path / "i.sqlite") as store:
        for number, step in enumerate(steps):
            for name in step:
                if name.startswith("-"):
                    (corpus / name[1:]).unlink()
                else:
                    (corpus / name).write_text(texts[name], encoding="utf-8")
            index_corpus([corpus], store)
            _form_classes_hold(store.conn)
            with Store(tmp_path / f"fresh{number}.sqlite") as fresh:
                index_corpus([corpus], fresh)
                assert index_snapshot(store.conn) == index_snapshot(fresh.conn)
        names = {n for (n,) in store.conn.execute("SELECT name FROM entities")}
        assert "Cherie Blair" in names and "Tony Blair" not in names


@pytest.mark.usefixtures("in_place")
def test_an_edit_reads_only_its_document_while_the_names_it_touches_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where 'Blair' is decided per document, editing one document decides it there
    only: the others' kept decisions stand, and the result equals a fresh index."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = {
        "a.txt": "Prime Minister Tony Blair met officials in London.\n\nBlair said little.",
        "b.txt": "Cherie Blair spoke in Leeds.\n\nCherie Blair and her lawyers said Blair won.",
        "c.txt": "Blair arrived in Paris on Monday for talks with the French president.",
    }
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
    asked: list[tuple[frozenset[tuple[str, str]], bool]] = []
    real = entities_module.document_forms

    def spy(conn: sqlite3.Connection, pairs, fresh_only: bool = False):  # type: ignore[no-untyped-def]
        asked.append((frozenset(pairs), fresh_only))
        return real(conn, pairs, fresh_only)

    monkeypatch.setattr(entities_module, "document_forms", spy)
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        kept = store.conn.execute("SELECT count(*) FROM short_choices").fetchone()[0]
        assert kept >= 3  # the three documents' "Blair"
        asked.clear()
        (corpus / "c.txt").write_text(texts["c.txt"] + "\n\nBlair left on Tuesday.", "utf-8")
        index_corpus([corpus], store)
        blair = [fresh_only for pairs, fresh_only in asked if ("Blair", "PERSON") in pairs]
        assert blair and all(blair)  # only the edited document's forms were read
        with Store(tmp_path / "fresh.sqlite") as fresh:
            index_corpus([corpus], fresh)
            assert index_snapshot(store.conn) == index_snapshot(fresh.conn)


def test_an_index_of_schema_2_gains_form_classes_and_packed_arrays_and_loses_scores(
    corpus: Path, tmp_path: Path
) -> None:
    path = tmp_path / "i.sqlite"
    with Store(path) as store:
        index_corpus([corpus], store)
        before = sorted(store.conn.execute("SELECT text, label, flags, mentions FROM form_classes"))
        packed = store.conn.execute("SELECT * FROM document_entities ORDER BY doc_id").fetchall()
        store.conn.executescript(
            "DROP TABLE form_classes; DROP TABLE unresolved_docs; DROP INDEX mentions_text; "
            "DROP TABLE document_entities; "
            "ALTER TABLE comentions ADD COLUMN score REAL NOT NULL DEFAULT 0; "
            "ALTER TABLE entities DROP COLUMN candidates; DROP TABLE furniture_lines; "
            "DROP TABLE short_choices; DROP TABLE short_keys; "
            "DROP INDEX documents_language; ALTER TABLE documents DROP COLUMN language; "
            "DROP TABLE span_keys; DROP TABLE furniture_spans; DROP TABLE other_names; "
            "PRAGMA user_version = 2;"
        )
    with pytest.raises(IndexOpenError, match="being brought up to this version") as refused:
        Store(path, readonly=True)  # a reader waits for the writer to migrate
    assert refused.value.outdated and not refused.value.damaged
    with Store(path) as store:
        assert (
            sorted(store.conn.execute("SELECT text, label, flags, mentions FROM form_classes"))
            == before
        )
        _form_classes_hold(store.conn)
        assert store.conn.execute("SELECT * FROM document_entities ORDER BY doc_id").fetchall() == (
            packed
        )
        columns = {r[1] for r in store.conn.execute("PRAGMA table_info(comentions)")}
        assert "score" not in columns
        (corpus / "talks.txt").write_text("Putin met Kim Jong Un in Pyongyang.", encoding="utf-8")
        index_corpus([corpus], store)
        _form_classes_hold(store.conn)


def test_a_wholesale_resolution_leaves_the_mentions_indexes_as_the_schema_has_them(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first index moves every mention and builds the indexes on their entities
    again afterwards (`_move_mentions`): they must come back, the same."""
    indexes = (
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mentions' "
        "ORDER BY name"
    )
    with Store(tmp_path / "empty.sqlite") as empty:
        defined = empty.conn.execute(indexes).fetchall()
    monkeypatch.setattr(entities_module, "WHOLESALE_SHARE", -1.0)
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        assert store.conn.execute(indexes).fetchall() == defined
        assert any("mentions_entity" in name for name, _ in defined)
        plan = store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT doc_id FROM mentions WHERE entity_id = 1"
        ).fetchall()
        assert any("mentions_entity" in row[-1] for row in plan)
        placed = store.conn.execute(
            "SELECT count(*) FROM mentions WHERE entity_id IS NOT NULL"
        ).fetchone()[0]
        assert placed > 0


def test_the_indexers_resolution_freezes_what_it_keeps_a_correction_does_not(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The indexing process keeps the memo for its next pass: out of the collector's
    reach, as the pipeline is. The window's process (corrections) freezes nothing."""
    import explorer.index.correct as correct_module
    import explorer.index.indexer as indexer_module

    asked: list[bool] = []

    def recorded(conn: sqlite3.Connection, *, freeze: bool = False) -> None:
        asked.append(freeze)
        rebuild_entity_tables(conn, freeze=freeze)

    monkeypatch.setattr(indexer_module, "rebuild_entity_tables", recorded)
    monkeypatch.setattr(correct_module, "rebuild_entity_tables", recorded)
    with Store(tmp_path / "i.sqlite") as store:
        index_corpus([corpus], store)
        assert asked == [True]
        apply_correction(store, Correction("hide", ("Moscow",)))
        assert asked == [True, False]


def test_freezing_puts_what_resolution_leaves_out_of_the_collectors_reach() -> None:
    before = gc.get_freeze_count()
    with no_cyclic_gc():
        left = [[i] for i in range(5000)]
    assert gc.get_freeze_count() <= before + 100 and gc.isenabled()
    with no_cyclic_gc(freeze=True):
        left = [[i] for i in range(5000)]
    assert gc.get_freeze_count() >= before + 5000 and gc.isenabled()
    assert len(left) == 5000
