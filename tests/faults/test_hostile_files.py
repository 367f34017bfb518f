"""Fault 7: hostile files go through the real indexer: each bad one is named with a
reason, the good ones are indexed, nothing is executed or fetched."""

from __future__ import annotations

import io
import os
import socket
import zipfile
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.index import queries
from explorer.index.indexer import index_corpus
from explorer.index.store import Store

GOOD = "Angela Merkel met Emmanuel Macron in Berlin to discuss Ukraine.\n"


def _zip_bomb(path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))
    path.write_bytes(buffer.getvalue())


def _hostile_corpus(root: Path) -> Path:
    corpus = root / "hostile"
    deep = corpus.joinpath(*[f"level{i}" for i in range(40)])
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "name with spaces.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "line\nbreak.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "Москва 東京.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2048))
    _zip_bomb(corpus / "bomb.docx")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage")
    (corpus / "rows.jsonl").write_text(
        '{"id": "a", "text": "Joe Biden visited Ottawa."}\n{not json\n'
        '{"id": "c", "text": "Justin Trudeau met Rishi Sunak in London."}\n',
        encoding="utf-8",
    )
    (corpus / "page.html").write_text(
        "<html><head><title>Summit</title><script>document.write('Evil Script Person')</script>"
        "<link rel='stylesheet' href='http://example.invalid/x.css'></head><body><article>"
        "<p>Olaf Scholz welcomed Giorgia Meloni to Berlin for talks on energy and trade policy "
        "in Europe this week.</p><img src='http://example.invalid/pixel.png'></article></body></html>",
        encoding="utf-8",
    )
    os.symlink(corpus, corpus / "loop")
    return corpus


def test_hostile_files_are_named_and_the_rest_indexed(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*args, **kwargs):  # noqa: ANN001
        raise AssertionError("a document made the app open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    corpus = _hostile_corpus(tmp_path)
    code = main(["index", str(corpus)])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err
    for name in ("image.txt", "bomb.docx", "broken.pdf", "rows.jsonl"):
        assert name in err, err
    main(["entities", str(corpus), "--json"])
    names = capsys.readouterr().out
    for person in ("Angela Merkel", "Joe Biden", "Justin Trudeau", "Olaf Scholz"):
        assert person in names
    assert "Evil Script Person" not in names


@pytest.mark.slow
def test_a_50_mb_document_is_indexed_with_offsets_intact(tmp_path: Path) -> None:
    corpus = tmp_path / "big"
    corpus.mkdir()
    paragraph = (
        "Angela Merkel met Emmanuel Macron in Berlin. They spoke about Ukraine and "
        "the European Union for a long time. "
    ) * 4 + "\n\n"
    (corpus / "big.txt").write_text(
        paragraph * (50 * 1024 * 1024 // len(paragraph)), encoding="utf-8"
    )
    with Store(tmp_path / "i.sqlite") as store:
        report = index_corpus([corpus], store)
        assert report.documents == 1 and not report.problems
        text = store.conn.execute("SELECT text FROM documents").fetchone()[0]
        for start, end, mention in store.conn.execute(
            "SELECT start_char, end_char, text FROM mentions ORDER BY random() LIMIT 500"
        ):
            assert text[start:end] == mention[: end - start]
        merkel = queries.find_entities(store.conn, "Angela Merkel")[0]
        assert merkel.mentions > 100_000


@pytest.mark.slow
def test_fifty_thousand_tiny_files(tmp_path: Path) -> None:
    corpus = tmp_path / "tiny"
    for i in range(50_000):
        folder = corpus / f"{i // 1000:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i}.txt").write_text(
            f"Report {i}: Olaf Scholz visited Paris.", encoding="utf-8"
        )
    with Store(tmp_path / "i.sqlite") as store:
        report = index_corpus([corpus], store)
        assert report.documents == 50_000 and not report.problems
        scholz = queries.find_entities(store.conn, "Olaf Scholz")[0]
        assert scholz.documents == 50_000
