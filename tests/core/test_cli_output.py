"""The command's words and passage tables, on text chosen to be awkward."""

from __future__ import annotations

from explorer.cli_output import BOLD, listed, passage_table, query_spans


def test_listed_names() -> None:
    assert listed(["a"]) == "a" and listed(["a", "b", "c"]) == "a, b and c"


def test_search_words_are_found_as_full_text_search_finds_them() -> None:
    text = "Kim Jong-un met Mr. Müller; KIM JONG UN, not Kimberley, spoke."
    spans = query_spans(text, "kim jong mueller muller")
    assert [text[s:e] for s, e in spans] == ["Kim Jong", "Müller", "KIM JONG"]
    assert query_spans(text, '"(*: NEAR(') == [] and query_spans(text, "") == []


def test_a_match_across_a_line_break_stays_bold_on_both_lines_only() -> None:
    text = "word " * 12 + "Vladimir Putin said so."
    start = text.index("Vladimir")
    table = passage_table(
        [("A title far longer than the column it is given", text, [(start, start + 14)])],
        width=70,
        bold=True,
    )
    lines = table.splitlines()
    on, off = BOLD
    assert lines[0].startswith("TITLE") and len(lines) >= 3
    for line in lines[1:]:
        assert line.count(on) == line.count(off)  # every line closes what it opens
        assert len(line.replace(on, "").replace(off, "")) <= 70
    assert lines[1].startswith("A title far longer than the…")
    joined = " ".join(line[30:] for line in lines[1:]).replace(on, "").replace(off, "")
    assert joined == " ".join(text.split())


def test_a_passage_keeps_its_own_stars_and_private_characters_apart_from_marks() -> None:
    text = "A * star and a \ue000 stray mark near Putin."
    start = text.index("Putin")
    (_, row) = passage_table([("t", text, [(start, start + 5)])], width=200).splitlines()
    assert row.endswith("A * star and a \ufffd stray mark near *Putin*.")
