"""Page furniture found from the corpus: a short line repeated verbatim across
documents of different titles is dropped with the names in it; the lines of one
story run by several outlets are not furniture."""

from __future__ import annotations

from pathlib import Path

from explorer.index import queries
from explorer.index.furniture import refresh_furniture
from explorer.index.indexer import index_corpus
from explorer.index.store import Store

FURNITURE = "Follow Daily Planet on Twitter and read more from Metropolis Media Group."
STORIES = {
    "harbour": "The harbour in Lisbon reopened on Monday after the storm, port officials said.",
    "budget": "Finance minister Ana Souza presented the budget to parliament in Brasilia.",
    "match": "Benfica beat Porto two-nil in front of a full stadium on Saturday night.",
    "talks": "Negotiators from Canada met their counterparts in Geneva to discuss fishing rights.",
    "court": "A judge in Oslo adjourned the trial of the former mayor until March.",
}
WIRE = "Kenyan runner Eliud Kipchoge won the Berlin Marathon, organisers said on Sunday."


def _write(folder: Path, name: str, title: str, *lines: str) -> None:
    (folder / f"{name}.txt").write_text("\n\n".join((title, *lines)) + "\n", encoding="utf-8")


def _names(store: Store) -> set[str]:
    return {row.name for row in queries.entities(store.conn)}


def test_repeated_lines_of_different_documents_are_furniture(tmp_path: Path) -> None:
    corpus = tmp_path / "news"
    corpus.mkdir()
    for name, story in STORIES.items():
        _write(corpus, name, f"News about the {name}", story, FURNITURE)
    for outlet in ("a", "b", "c"):  # one wire story, three outlets, one title
        _write(corpus, f"wire-{outlet}", "Kipchoge wins in Berlin", WIRE)
    with Store(tmp_path / "index.sqlite") as store:
        index_corpus([corpus], store)
        names = _names(store)
        assert "Metropolis Media Group" not in names
        assert {"Lisbon", "Ana Souza", "Geneva", "Eliud Kipchoge", "Berlin"} <= names
        lines = [r[0] for r in store.conn.execute("SELECT text FROM furniture_lines")]
        assert lines == [FURNITURE]

        # the line in one more document is furniture there too; once fewer than five
        # titles carry it, it is text again
        _write(corpus, "extra", "News about the weather", "Rain fell on Madrid.", FURNITURE)
        index_corpus([corpus], store)
        assert "Metropolis Media Group" not in _names(store)
        for name in ("harbour", "budget"):
            (corpus / f"{name}.txt").unlink()
        index_corpus([corpus], store)
        assert "Metropolis Media Group" in _names(store)
        assert not store.conn.execute("SELECT text FROM furniture_lines").fetchall()


def test_an_update_agrees_with_the_full_scan_on_lines_without_words(tmp_path: Path) -> None:
    # a quote opening on a bracket leaves a passage of its own ('"['), in documents of
    # five titles: the full scan and an update's check must agree on it (the full-text
    # index cannot find such a line), or the update right after a full index reads
    # those documents again
    corpus = tmp_path / "news"
    corpus.mkdir()
    for name, story in STORIES.items():
        quote = f'The {name} mattered. "[The {name}] will weigh on spending," he said.'
        _write(corpus, name, f"News about the {name}", story, quote, FURNITURE)
    with Store(tmp_path / "index.sqlite") as store:
        index_corpus([corpus], store)
        lines = [r[0] for r in store.conn.execute("SELECT text FROM furniture_lines")]
        assert lines == [FURNITURE]
        with store.transaction() as conn:
            assert refresh_furniture(conn) == 0  # nothing to read again
        assert [r[0] for r in store.conn.execute("SELECT text FROM furniture_lines")] == lines


def test_a_line_that_is_most_of_its_documents_is_their_content(tmp_path: Path) -> None:
    # six short reports under different titles, each one repeated sentence
    corpus = tmp_path / "reports"
    corpus.mkdir()
    for i in range(6):
        text = f"Chancellery report number {i}\n\nOlaf Scholz visited Paris."
        (corpus / f"{i}.txt").write_text(text, encoding="utf-8")
    with Store(tmp_path / "index.sqlite") as store:
        index_corpus([corpus], store)
        assert {"Olaf Scholz", "Paris"} <= _names(store)
        assert not store.conn.execute("SELECT text FROM furniture_lines").fetchall()


SHARE = (
    "Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine Permalink"
)


def test_a_row_run_into_the_sentences_is_furniture(tmp_path: Path) -> None:
    # a page turned into text without its line breaks: the share row runs into the
    # sentence before or after it, and a different link follows it every time
    corpus = tmp_path / "flat"
    corpus.mkdir()
    stories = {**STORIES, "weather": "Heavy rain fell on Madrid and Seville overnight."}
    links = ("2Wx5C", "2S5Uo", "2WtWT", "1JMFf", "2VtOa", "2XbQd")
    for link, (name, story) in zip(links, stories.items(), strict=True):
        glued = f"{story} {SHARE} http://dw.com/p/{link} More on this later."
        _write(corpus, name, f"News about the {name}", glued)
    with Store(tmp_path / "index.sqlite") as store:
        index_corpus([corpus], store)
        names = _names(store)
        assert "Digg" not in names and not any("Newsvine" in name for name in names)
        assert {"Lisbon", "Ana Souza", "Geneva", "Benfica", "Madrid"} <= names
        assert not store.conn.execute("SELECT text FROM furniture_lines").fetchall()
        assert store.conn.execute("SELECT count(*) FROM furniture_spans").fetchone()[0]

        # in four documents the row is text: its names come back
        for name in ("harbour", "budget", "weather"):
            (corpus / f"{name}.txt").unlink()
        index_corpus([corpus], store)
        assert "Digg" in _names(store)
        assert not store.conn.execute("SELECT count(*) FROM furniture_spans").fetchone()[0]


def test_an_index_of_before_the_span_keys_finds_the_row_when_opened(tmp_path: Path) -> None:
    corpus = tmp_path / "flat"
    corpus.mkdir()
    for i, (name, story) in enumerate({**STORIES, "rain": "Rain fell on Madrid."}.items()):
        glued = f"{story} {SHARE} http://dw.com/p/{i}Wx5C More on this later."
        _write(corpus, name, f"News about the {name}", glued)
    with Store(tmp_path / "index.sqlite") as store:
        index_corpus([corpus], store)
        store.conn.executescript(
            "DROP TABLE span_keys; DROP TABLE furniture_spans; DROP TABLE other_names; "
            "PRAGMA user_version = 6; "
            "UPDATE meta SET value = '78' WHERE key = 'resolution_version';"
        )
    with Store(tmp_path / "index.sqlite") as store:  # brought up to date when opened
        index_corpus([corpus], store)
        assert "Digg" not in _names(store)
        assert store.conn.execute("SELECT count(*) FROM span_keys").fetchone()[0]


def test_a_name_after_a_short_common_opening_is_no_furniture(tmp_path: Path) -> None:
    # six stories open alike ("Finance minister Ana Souza said"): a formula, not a row
    corpus = tmp_path / "formula"
    corpus.mkdir()
    for i, news in enumerate(("taxes", "ports", "schools", "roads", "banks", "farms")):
        text = f"Finance minister Ana Souza said {news} would change in year {i}."
        _write(corpus, news, f"Souza on {news}", text)
    with Store(tmp_path / "index.sqlite") as store:
        index_corpus([corpus], store)
        assert "Ana Souza" in _names(store)
        assert not store.conn.execute("SELECT count(*) FROM furniture_spans").fetchone()[0]
