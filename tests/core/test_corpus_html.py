"""HTML pages: the article's text, title and date; never the network, entities or scripts."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_helpers import only_document, read_bytes

from explorer.corpus.model import Document, ReadResult

BODY = (
    "North Korean leader Kim Jong-un has extended birthday greetings to Russian President "
    "Vladimir Putin, referring to him as his closest comrade."
)
SECOND = (
    "The message from Kim, reported by North Korean state media KCNA, emphasizes intentions "
    "to elevate bilateral relations to a new level."
)

ARTICLE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Kim Sends Birthday Message to Putin | World News Today</title>
<meta property="og:title" content="Kim Sends Birthday Message to Putin">
<meta property="article:published_time" content="2024-10-07T09:30:00+09:00">
<link rel="stylesheet" href="http://cdn.example.com/site.css">
<script src="http://cdn.example.com/tracker.js"></script>
<script>document.write("<p>Injected by a script</p>");</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/login">Connect with us</a></li></ul></nav></header>
<main><article>
<h1>Kim Sends Birthday Message to Putin</h1>
<p>{BODY}</p>
<img src="http://images.example.com/kim.jpg" alt="Kim Jong Un">
<iframe src="http://ads.example.com/banner"></iframe>
<p>{SECOND}</p>
</article></main>
<footer><p>Copyright 2024 World News Today. All rights reserved.</p>
<a href="/share">Share.</a></footer>
</body></html>
"""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any attempt to reach the network fails the test that made it."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args))
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


def read_page(tmp_path: Path, markup: str | bytes, name: str = "page.html") -> ReadResult:
    return read_bytes(tmp_path, name, markup)


def paragraphs(document: Document) -> list[str]:
    return [document.text[start:end] for start, end in document.paragraphs]


def test_an_article_gives_its_main_text_title_and_date(tmp_path: Path) -> None:
    document = only_document(read_page(tmp_path, ARTICLE))
    assert document.title == "Kim Sends Birthday Message to Putin"
    assert document.date == "2024-10-07"
    assert paragraphs(document) == ["Kim Sends Birthday Message to Putin", BODY, SECOND]
    assert document.text == f"Kim Sends Birthday Message to Putin\n\n{BODY}\n\n{SECOND}"
    for noise in (
        "Home",
        "Connect with us",
        "Copyright",
        "Injected",
        "document.write",
        "Share.",
        "tracker",
    ):
        assert noise not in document.text


def test_the_page_title_is_used_without_the_site_name(tmp_path: Path) -> None:
    markup = (
        f"<html><head><title>Putin Thanks Kim | World News Today</title></head>"
        f"<body><div><p>{BODY}</p><p>{SECOND}</p></div></body></html>"
    )
    assert only_document(read_page(tmp_path, markup)).title == "Putin Thanks Kim"


def test_without_any_title_the_headline_of_the_text_is_used(tmp_path: Path) -> None:
    markup = f"<html><body><div><p>{SECOND}</p></div></body></html>"
    document = only_document(read_page(tmp_path, markup, name="untitled.htm"))
    assert document.title == SECOND[: SECOND.rfind(" ", 0, 100)] + "…"
    assert document.date is None


def test_a_fragment_without_html_element_is_read(tmp_path: Path) -> None:
    document = only_document(read_page(tmp_path, f"<p>{BODY}</p>"))
    assert paragraphs(document) == [BODY]


def test_a_page_that_is_only_a_url_is_text_and_is_not_downloaded(tmp_path: Path) -> None:
    result = read_page(tmp_path, "http://news.example.com/kim-putin-birthday")
    assert [d.text for d in result.documents] == ["http://news.example.com/kim-putin-birthday"]


def test_external_entities_are_never_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    markup = (
        f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        f"<html><head><title>Entities</title></head><body><p>&xxe; {BODY}</p></body></html>"
    )
    result = read_page(tmp_path, markup)
    assert result.documents and all("TOP-SECRET" not in d.text for d in result.documents)


def test_a_declared_legacy_charset_is_honoured(tmp_path: Path) -> None:
    text = "Le président français a rencontré Kim Jong Un à Pyongyang, selon le communiqué."
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; '
        f'charset=windows-1252"><title>Réunion</title></head>'
        f"<body><p>{text}</p></body></html>"
    ).encode("cp1252")
    document = only_document(read_page(tmp_path, markup))
    assert paragraphs(document) == [text] and document.title == "Réunion"


@pytest.mark.parametrize(
    ("markup", "reason"),
    [
        (
            b"<html><head><title>Nothing here</title></head>"
            b"<body><script>var x;</script></body></html>",
            "no readable text on this page",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not text: this looks like a PNG image"),
        (b"", "empty file"),
    ],
)
def test_a_page_without_text_is_skipped_with_the_reason(
    tmp_path: Path, markup: bytes, reason: str
) -> None:
    result = read_page(tmp_path, markup)
    (problem,) = result.problems
    assert result.documents == [] and problem.skipped
    assert str(problem) == f"skipped: {tmp_path / 'page.html'}: {reason}"
