"""JSON Lines and CSV: one document per record; bad records are named, good ones kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus_helpers import read_bytes

from explorer.corpus import records
from explorer.corpus.model import Document, ReadOptions, ReadResult

KIM = "Kim Jong Un will visit Moscow for the Victory Day parade, the Kremlin said."
PUTIN = "Putin said closer ties with North Korea would help ensure regional stability."


def warnings(result: ReadResult) -> list[str]:
    assert all(not problem.skipped for problem in result.problems)
    return [str(problem) for problem in result.problems]


def summary(document: Document) -> tuple[str, str, str | None, str]:
    return document.key.rsplit("#", 1)[1], document.title, document.date, document.text


def jsonl(*lines: object) -> str:
    return "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n"


# --- JSON Lines ------------------------------------------------------------------------------


def test_each_json_line_is_a_document_keyed_by_id_or_line(tmp_path: Path) -> None:
    data = jsonl(
        {"id": "kcna-1", "title": "Kim to visit Moscow", "date": "May 8, 2025", "text": KIM},
        "",
        {"text": PUTIN, "date": "2024-06-19T08:00:00Z", "source": "TASS"},
        {"id": 42, "text": PUTIN},
    )
    result = read_bytes(tmp_path, "feed.jsonl", data)
    assert result.problems == []
    assert [summary(d) for d in result.documents] == [
        ("kcna-1", "Kim to visit Moscow", "2025-05-08", KIM),
        ("3", PUTIN, "2024-06-19", PUTIN),
        ("42", PUTIN, None, PUTIN),
    ]
    assert result.documents[0].key == f"{tmp_path / 'feed.jsonl'}#kcna-1"
    assert all(d.path == tmp_path / "feed.jsonl" for d in result.documents)
    assert result.documents[0].paragraphs == ((0, len(KIM)),)


def test_each_record_has_its_own_hash_of_text_title_and_date(tmp_path: Path) -> None:
    data = jsonl(
        {"id": 1, "text": KIM},
        {"id": 2, "text": KIM},
        {"id": 3, "text": KIM, "title": "Other"},
        {"id": 4, "text": KIM, "date": "2025-05-08"},
    )
    hashes = [d.content_hash for d in read_bytes(tmp_path, "a.jsonl", data).documents]
    assert hashes[0] == hashes[1] and len(set(hashes)) == 3


def test_bad_json_lines_are_named_and_the_good_ones_kept(tmp_path: Path) -> None:
    data = jsonl(
        {"text": KIM},
        '{"text": "unterminated',
        "[1, 2]",
        {"text": ""},
        {"title": "No text"},
        {"text": ["a", "list"]},
        "[" * 100_000,
        {"id": "x", "text": PUTIN},
        {"id": "x", "text": KIM},
    )
    result = read_bytes(tmp_path, "feed.jsonl", data)
    assert [summary(d)[0] for d in result.documents] == ["1", "x"]
    path = tmp_path / "feed.jsonl"
    assert warnings(result) == [
        f"warning: {path}: {reason}"
        for reason in [
            "line 2: not valid JSON: Unterminated string starting at (column 10)",
            "line 3: expected a JSON object, found an array",
            "line 4: empty text; record skipped",
            "line 5: no text; record skipped",
            "line 6: 'text' is not a string; record skipped",
            "line 7: JSON nested too deeply",
            "line 9: id 'x' was already used on line 8; record skipped",
        ]
    ]


def test_other_field_names_come_from_the_options(tmp_path: Path) -> None:
    data = jsonl(
        {
            "uuid": "a1",
            "headline": "Kim to visit",
            "published": "08.05.2025",
            "body": KIM,
            "text": "not this",
        }
    )
    options = ReadOptions(
        text_field="body", title_field="headline", date_field="published", id_field="uuid"
    )
    (document,) = read_bytes(tmp_path, "feed.jsonl", data, options).documents
    assert summary(document) == ("a1", "Kim to visit", "2025-05-08", KIM)


def test_dates_that_are_not_understood_are_left_empty_with_one_warning(tmp_path: Path) -> None:
    data = jsonl({"text": KIM, "date": "someday"}, {"text": PUTIN, "date": "soon"})
    result = read_bytes(tmp_path, "feed.jsonl", data)
    assert [d.date for d in result.documents] == [None, None]
    assert warnings(result) == [
        f"warning: {tmp_path / 'feed.jsonl'}: date not understood on 2 "
        "record(s), left empty (first: line 1: 'someday')"
    ]


def test_a_flood_of_bad_records_is_summarised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(records, "MAX_LISTED_PROBLEMS", 3)
    data = jsonl({"text": KIM}, *(["not json"] * 10))
    result = read_bytes(tmp_path, "feed.jsonl", data)
    assert len(result.documents) == 1
    assert len(result.problems) == 4
    assert str(result.problems[-1]).endswith(": 7 more records with problems")


def test_a_file_without_any_good_record_is_skipped(tmp_path: Path) -> None:
    result = read_bytes(tmp_path, "feed.jsonl", jsonl("garbage", {"text": ""}))
    assert result.documents == []
    assert str(result.problems[-1]) == (
        f"skipped: {tmp_path / 'feed.jsonl'}: no records with text in 'text'"
    )


# --- CSV ------------------------------------------------------------------------------------


def test_each_csv_row_is_a_document_keyed_by_id_or_row(tmp_path: Path) -> None:
    data = (
        "ID,Title,Text,Date\r\n"
        f'a7,Kim to visit Moscow,"{KIM}",2025-05-08\r\n'
        "\r\n"
        f',,"{PUTIN}\r\nSecond line, with a ""quote"".",19 June 2024\r\n'
    )
    result = read_bytes(tmp_path, "news.csv", data)
    assert result.problems == []
    assert [summary(d) for d in result.documents] == [
        ("a7", "Kim to visit Moscow", "2025-05-08", KIM),
        ("2", result.documents[1].title, "2024-06-19", f'{PUTIN}\r\nSecond line, with a "quote".'),
    ]


def test_semicolon_separated_legacy_csv_is_read_with_an_encoding_warning(tmp_path: Path) -> None:
    text = "Le président a rencontré Kim Jong Un à Moscou mardi, selon le Kremlin."
    data = f"id;text;date\n1;{text};08.05.2025\n".encode("cp1252")
    result = read_bytes(tmp_path, "export.csv", data)
    assert [summary(d) for d in result.documents] == [("1", text, "2025-05-08", text)]
    assert warnings(result)[0].startswith(f"warning: {tmp_path / 'export.csv'}: not UTF-8")


def test_malformed_csv_rows_are_named_and_the_good_rows_kept(tmp_path: Path) -> None:
    data = (
        "id,text,date\n"
        f'1,"{KIM}",2025-05-08\n'
        f'2,"{PUTIN}",2025-05-08,surplus\n'
        "3\n"
        f'4,"{PUTIN}" with trailing text,2025-05-09\n'
        '5,"",2025-05-09\n'
        f'1,"{PUTIN}",\n'
        f'6,"{KIM}",,\n'
        '7,"never closed\n'
    )
    result = read_bytes(tmp_path, "news.csv", data)
    assert [summary(d)[0] for d in result.documents] == ["1", "6"]
    path = tmp_path / "news.csv"
    assert warnings(result) == [
        f"warning: {path}: {reason}"
        for reason in [
            "row 2 (line 3): 4 fields where the header has 3; row skipped",
            "row 3 (line 4): 1 fields where the header has 3; row skipped",
            "line 5: malformed CSV (',' expected after '\"'); row skipped",
            "row 4 (line 6): empty text; record skipped",
            "row 5 (line 7): id '1' was already used on row 1 (line 2); record skipped",
            "line 9: malformed CSV (unexpected end of data); row skipped",
        ]
    ]


def test_a_csv_without_a_text_column_is_skipped_naming_its_columns(tmp_path: Path) -> None:
    result = read_bytes(tmp_path, "people.csv", "name,country\nKim Jong Un,North Korea\n")
    (problem,) = result.problems
    assert result.documents == [] and problem.skipped
    assert problem.reason == "no 'text' column; the columns are: 'name', 'country'"


def test_a_text_column_under_another_name_comes_from_the_options(tmp_path: Path) -> None:
    data = f"headline,content\nKim to visit,{KIM.replace(',', '')}\n"
    options = ReadOptions(text_field="content", title_field="headline")
    (document,) = read_bytes(tmp_path, "news.csv", data, options).documents
    assert document.title == "Kim to visit" and document.key.endswith("news.csv#1")


def test_a_very_long_csv_field_is_read(tmp_path: Path) -> None:
    long_text = " ".join([KIM] * 3000)
    assert len(long_text) > 131_072  # the csv module's default field limit
    (document,) = read_bytes(tmp_path, "long.csv", f'text\n"{long_text}"\n').documents
    assert document.text == long_text


def test_a_csv_with_only_blank_space_is_skipped(tmp_path: Path) -> None:
    result = read_bytes(tmp_path, "blank.csv", "\n\n")
    (problem,) = result.problems
    assert problem.skipped and problem.reason.startswith("no 'text' column")
