"""Paragraphs, furniture and headlines: offsets always index the unchanged text."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from explorer.corpus.assemble import make_document
from explorer.corpus.discover import discover
from explorer.corpus.paragraphs import content_paragraphs, headline, is_furniture, split_paragraphs
from explorer.corpus.read import read_source

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


# --- splitting ------------------------------------------------------------------------------


def test_blank_lines_separate_paragraphs_with_any_line_ending() -> None:
    text = "First one.\r\n\r\nSecond one.\r\rThird one.\n\n\nFourth one."
    assert texts(text, split_paragraphs(text)) == [
        "First one.",
        "Second one.",
        "Third one.",
        "Fourth one.",
    ]


def test_single_line_breaks_separate_short_lines_of_a_scraped_page() -> None:
    text = "Share.\nExit mobile version\rConnect with us\r\nWorld"
    assert texts(text, split_paragraphs(text)) == [
        "Share.",
        "Exit mobile version",
        "Connect with us",
        "World",
    ]


def test_hard_wrapped_lines_are_one_paragraph_and_offsets_span_the_breaks() -> None:
    text = (
        "  North Korean leader Kim Jong Un has extended birthday greetings to\r\n"
        "Russian President Vladimir Putin, referring to him as his closest\r\n"
        "comrade.\r\n\r\nNext paragraph."
    )
    spans = split_paragraphs(text)
    assert texts(text, spans) == [text[2 : text.index("comrade.") + 8], "Next paragraph."]
    assert spans[0][0] == 2


def test_a_long_line_ending_a_sentence_continues_when_the_next_starts_in_lower_case() -> None:
    text = (
        "Diplomatic relations were established in 1948 between the USSR and the D.P.R.K.\n"
        "and both were close allies.\nA new sentence starts here."
    )
    assert texts(text, split_paragraphs(text)) == [
        text[: text.index("allies.") + 7],
        "A new sentence starts here.",
    ]


def test_markdown_headings_are_paragraphs_of_their_own_without_their_marks() -> None:
    text = (
        "# Kim Visits Moscow #\nThe leader of North Korea arrived in Moscow on Tuesday for a\n"
        "visit.\n## Background\nRelations date back to 1948.\n### C#\n#hashtag line"
    )
    assert texts(text, split_paragraphs(text)) == [
        "Kim Visits Moscow",
        "The leader of North Korea arrived in Moscow on Tuesday for a\nvisit.",
        "Background",
        "Relations date back to 1948.",
        "C#",
        "#hashtag line",
    ]


def test_list_items_start_paragraphs_and_rules_separate_them() -> None:
    text = (
        "- Russia and North Korea signed a pact on mutual assistance in case of\n"
        "aggression\n- Kim Jong Un thanked Putin\n---\nAfter the rule.\n==="
    )
    assert texts(text, split_paragraphs(text)) == [
        "- Russia and North Korea signed a pact on mutual assistance in case of\naggression",
        "- Kim Jong Un thanked Putin",
        "After the rule.",
    ]


def test_empty_and_blank_texts_have_no_paragraphs() -> None:
    for text in ("", "\n", " \r\n\t\r", "---\n#\n"):
        assert split_paragraphs(text) == []
        assert content_paragraphs(text) == []


# --- furniture ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Share.",
        "Exit mobile version",
        "Connect with us",
        "Loading Now",
        "Post Comment",
        "Leave a Comment",
        "Updated on",
        "Published",
        "on",
        "World",
        "By John Smith",
        "May 8, 2025",
    ],
)
def test_short_stand_alone_lines_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "He refused.",
        "Kim agreed!",
        "“We’re ready.”",
        "Kim Jong Un Putin Meeting",
        "Russia and North Korean Get Closer to Fight US?",
        "North Korea’s Dictator Kim Jong Un To Visit Russia",
    ],
)
def test_sentences_and_headlines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_furniture_is_left_out_but_the_text_is_unchanged() -> None:
    text = "Connect with us\n\nWorld\n\nKim Jong-un Sends Birthday Message to Putin\n\nShare."
    document = make_document(Path("page.txt"), text, "hash")
    assert document.text == text
    assert texts(text, list(document.paragraphs)) == ["Kim Jong-un Sends Birthday Message to Putin"]
    assert document.title == "Kim Jong-un Sends Birthday Message to Putin"


def test_a_document_of_only_short_lines_keeps_them_all() -> None:
    text = "Kim Jong Un\nVladimir Putin\nMoscow"
    assert texts(text, content_paragraphs(text)) == ["Kim Jong Un", "Vladimir Putin", "Moscow"]


def test_short_headings_the_author_marked_are_kept() -> None:
    text = "## Background\n\nRussia and North Korea have been allies since the Cold War."
    assert texts(text, content_paragraphs(text))[0] == "Background"


# --- headline -------------------------------------------------------------------------------


def test_headline_is_the_first_content_paragraph() -> None:
    text = "Loading Now\n\n# Kim to Miss Victory Day\n\nKim will not attend, the Kremlin said."
    assert headline(text, content_paragraphs(text), fallback="x") == "Kim to Miss Victory Day"


def test_a_long_first_paragraph_is_cut_at_a_word_for_the_title() -> None:
    text = "Russian President Vladimir Putin and North Korean supreme leader Kim Jong Un " * 3
    title = headline(text, content_paragraphs(text), fallback="x")
    assert title.endswith("…") and len(title) <= 101 and text.startswith(title[:-1])


def test_a_text_without_paragraphs_is_titled_by_the_fallback() -> None:
    assert headline("  \n", [], fallback="notes") == "notes"


# --- the seed articles ----------------------------------------------------------------------

SEED_CASES = {
    "000_567a987b44f15d79.txt": (
        "North Korea’s Dictator Kim Jong Un To Visit Russia",
        {"Updated on", "Leave a Comment"},
    ),
    "001_9fcd9729cfbe0e9d.txt": (
        "Russian President Vladimir Putin and North Korean supreme leader Kim Jong Un signed a "
        "mutual aid…",
        {"Share.", "Exit mobile version"},
    ),
    "002_14e54b21dfb2acc3.txt": (
        "Kim Jong-un Sends Birthday Message to Putin Amid Strengthening Ties",
        {"Connect with us", "World", "Published", "on"},
    ),
    # The source credit is a label, not text.
    "003_4f0b0953da512c93.txt": (
        "Kim Jong-Un and Troops to Miss Russia’s Victory Day Amid Military Ties",
        {"Loading Now", "Post Comment", "Original Source: asianews.network"},
    ),
}


@pytest.mark.parametrize("name", sorted(SEED_CASES))
def test_seed_articles_keep_every_real_paragraph_and_drop_the_furniture(name: str) -> None:
    title, furniture = SEED_CASES[name]
    sources, problems = discover([SEEDS / name])
    result = read_source(sources[0])
    assert not problems and not result.problems
    (document,) = result.documents
    raw = (SEEDS / name).read_text(encoding="utf-8")
    assert document.text == raw
    lines = {line.strip() for line in raw.splitlines() if line.strip()}
    assert furniture <= lines
    assert set(texts(raw, list(document.paragraphs))) == lines - furniture
    assert document.title == title


def test_all_seeds_are_found_in_their_folder() -> None:
    sources, problems = discover([SEEDS])
    assert [source.path.name for source in sources] == sorted(SEED_CASES)
    assert problems == []


# --- properties -----------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        "\r\n\r\n",
        "\r\r",
        "  ",
        "\t",
        "\x00",
        "\x07",
        "\x0b",
        "\x0c",
        "\x1c",
        "\x85",
        "\u2028",
        "\u2029",
        "\u0301",
        "e\u0301",
        "\U0001f642",
        "👩‍👩‍👧",
        "שלום עולם",
        "مرحبا بالعالم",
        "\u202e",
        "\u200b",
        "\ufeff",
        "# ",
        "## Title ##",
        "#",
        "- ",
        "1. ",
        "---",
        "Share.",
        ".",
        "”",
        "Kim Jong Un met Putin in Moscow.",
        "a long line that keeps going without ending its sentence anywhere near here",
    ]
)
TEXTS = st.lists(st.one_of(st.text(max_size=12), _PIECES), max_size=40).map("".join)
MARKS = set("#-=*_~")


def check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    previous_end = -1
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert previous_end < start
        paragraph = text[start:end]
        assert paragraph == paragraph.strip()
        assert all(line.strip() for line in paragraph.splitlines())
        previous_end = end


@settings(max_examples=400)
@given(TEXTS)
def test_paragraphs_are_in_bounds_ordered_and_disjoint(text: str) -> None:
    spans = split_paragraphs(text)
    check_spans(text, spans)
    content = content_paragraphs(text)
    check_spans(text, content)
    assert set(content) <= set(spans)
    assert bool(content) == bool(spans)


@settings(max_examples=400)
@given(TEXTS)
def test_only_whitespace_and_markdown_marks_fall_outside_paragraphs(text: str) -> None:
    inside = [False] * len(text)
    for start, end in split_paragraphs(text):
        inside[start:end] = [True] * (end - start)
    outside = {ch for ch, covered in zip(text, inside, strict=True) if not covered}
    assert all(ch.isspace() or ch in MARKS for ch in outside)


@given(TEXTS)
def test_a_document_keeps_its_text_exactly(text: str) -> None:
    document = make_document(Path("any.txt"), text, "hash")
    assert document.text == text
    check_spans(text, list(document.paragraphs))


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_a_text_file_reads_back_as_its_exact_text(text: str) -> None:
    assume(text.strip() and "\x00" not in text and not text.startswith("\ufeff"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.txt"
        path.write_bytes(text.encode("utf-8"))
        (source,), _ = discover([path])
        result = read_source(source)
    assert result.problems == []
    (document,) = result.documents
    assert document.text == text
    check_spans(text, list(document.paragraphs))
