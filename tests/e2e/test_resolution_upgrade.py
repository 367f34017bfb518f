"""An index made by an earlier version of resolution is cleaned and resolved again
when opened, from its stored mentions (no document is parsed again), and the
user's corrections survive exactly. One seeds article alone resolves its bare
"Kim" to the person it introduces."""

from __future__ import annotations

import shutil
from pathlib import Path

from explorer.index import queries
from explorer.index.correct import apply_correction
from explorer.index.indexer import index_corpus, needs_indexing
from explorer.index.store import Store
from explorer.resolve.model import Correction

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _names(store: Store) -> dict[str, queries.EntityRow]:
    return {row.name: row for row in queries.entities(store.conn)}


def test_an_index_of_an_earlier_resolution_is_resolved_again_without_parsing(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    path = tmp_path / "index.sqlite"
    with Store(path) as store:
        index_corpus([corpus], store)
        apply_correction(store, Correction("rename", ("Yuri Ushakov", "Yury V. Ushakov")))
        expected = {(r.name, r.kind, r.mentions) for r in _names(store).values()}
        # what an earlier version stored: a title inside a person's span, no version
        doc_id, start, end = store.conn.execute(
            "SELECT m.doc_id, m.start_char, m.clean_end FROM mentions AS m "
            "JOIN documents AS d ON d.id = m.doc_id WHERE m.text = 'Vladimir Putin' "
            "AND substr(d.text, m.start_char - 9, 10) = 'President ' LIMIT 1"
        ).fetchone()
        with store.transaction() as conn:
            conn.execute(
                "UPDATE mentions SET start_char = ?, text = 'President Vladimir Putin' "
                "WHERE doc_id = ? AND start_char = ?",
                (start - 10, doc_id, start),
            )
            conn.execute("DELETE FROM meta WHERE key = 'resolution_version'")
    with Store(path) as store:
        assert needs_indexing(store, [corpus])
        report = index_corpus([corpus], store)
        assert report.indexed_files == 0  # nothing parsed again
        assert not store.conn.execute(
            "SELECT 1 FROM mentions WHERE text = 'President Vladimir Putin'"
        ).fetchone()
        assert {(r.name, r.kind, r.mentions) for r in _names(store).values()} == expected
        assert "Yury V. Ushakov" in _names(store)  # the correction, exactly as before
        assert not needs_indexing(store, [corpus])


def test_one_article_alone_resolves_kim_to_the_person_it_introduces(tmp_path: Path) -> None:
    corpus = tmp_path / "one"
    corpus.mkdir()
    shutil.copy(SEEDS / "001_9fcd9729cfbe0e9d.txt", corpus)
    with Store(tmp_path / "one.sqlite") as store:
        index_corpus([corpus], store)
        entities = _names(store)
        kim = entities["Kim Jong Un"]
        aliases = dict(queries.aliases(store.conn, kim.id))
        # every bare "Kim" that names a person: six; the article's two "the Kim
        # family" are the family's, no mention of him
        assert aliases.get("Kim", 0) == 6
        assert "Kim" not in dict(queries.aliases(store.conn, entities["Kim Il Sung"].id))


def test_an_index_of_before_the_other_names_gains_them_when_opened(tmp_path: Path) -> None:
    corpus = tmp_path / "health"
    corpus.mkdir()
    for name, lead in (("vote", "Republicans failed to repeal"), ("prices", "Insurers watched")):
        story = f"{lead} the Affordable Care Act, known as Obamacare, on Friday."
        (corpus / f"{name}.txt").write_text(f"Health law {name}\n\n{story}\n", encoding="utf-8")
    path = tmp_path / "index.sqlite"
    with Store(path) as store:
        index_corpus([corpus], store)
        joined = {(r.name, r.mentions) for r in _names(store).values()}
        assert ("Affordable Care Act", 4) in joined
        # what schema 7 held: no other names, and an earlier resolution
        store.conn.executescript(
            "DROP TABLE other_names; PRAGMA user_version = 7; "
            "UPDATE meta SET value = '87' WHERE key = 'resolution_version';"
        )
    with Store(path) as store:
        report = index_corpus([corpus], store)
        assert report.indexed_files == 0  # nothing parsed again
        assert store.conn.execute("SELECT count(*) FROM other_names").fetchone()[0] == 2
        assert {(r.name, r.mentions) for r in _names(store).values()} == joined
