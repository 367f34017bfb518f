"""A watch-list with spelling variants, absent names and malformed lines, read and checked
against the seeds: the right rows, near misses, and a clear message for each bad line."""

from __future__ import annotations

from pathlib import Path

from explorer.watch.listfile import WatchListError, parse_watch_list, read_watch_list
from explorer.watch.match import check_watch_list, normalized

LIST = """\
# people to check against the leak
Kim Jong Un | Kim Jong-un | Kim Jong-Un ; person
kim jong-UN
U.S.
Vladimir Poutine
Xi Jinping
| Kim
Putin ; animal
Moscow ; country
Ushakov Yuri ; person
"""


def test_the_file_gives_one_name_a_line_and_says_which_lines_are_bad() -> None:
    watch = parse_watch_list(LIST)
    assert [(n.line, n.name, n.spellings, n.kind) for n in watch.names] == [
        (2, "Kim Jong Un", ("Kim Jong-un", "Kim Jong-Un"), "person"),
        (3, "kim jong-UN", (), None),
        (4, "U.S.", (), None),
        (5, "Vladimir Poutine", (), None),
        (6, "Xi Jinping", (), None),
        (9, "Moscow", (), "country"),
        (10, "Ushakov Yuri", (), "person"),
    ]
    assert [bad.message() for bad in watch.bad] == [
        "line 7: no name before the spellings or the kind: “| Kim”",
        "line 8: “animal” is not a kind (one of person, country, place, organization, group, "
        "event, other, date): “Putin ; animal”",
    ]


def test_csv_has_the_same_columns_with_or_without_a_header(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        'name,spellings,kind\nKim Jong Un,Kim Jong-un|Kim,person\n"Smith, John",,\n'
        "a,b,organisation\nx,y,z,w\n",
        encoding="utf-8",
    )
    watch = read_watch_list(path)
    assert [(n.name, n.spellings, n.kind) for n in watch.names] == [
        ("Kim Jong Un", ("Kim Jong-un", "Kim"), "person"),
        ("Smith, John", (), None),
        ("a", ("b",), "organization"),
    ]
    assert [(bad.line, bad.reason) for bad in watch.bad] == [
        (5, "4 columns (name, spellings, kind at most)")
    ]
    headless = parse_watch_list("Putin,,person\n", as_csv=True)
    assert [n.name for n in headless.names] == ["Putin"]


def test_a_file_that_is_no_text_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_bytes(b"\xff\xfe\x00\x81binary")
    try:
        read_watch_list(path)
    except WatchListError as exc:
        assert str(exc) == "list.txt is not a text file (UTF-8)"
    else:
        raise AssertionError("no error")


def test_spellings_share_one_normal_form() -> None:
    assert normalized("Kim Jong-Un") == normalized("kim jong un") == "kim jong un"
    assert normalized("U.S.") == normalized("US")
    assert normalized("Democratic People’s Republic") == "democratic people's republic"


def test_checked_against_the_seeds(seeds_store) -> None:
    rows = {
        row.entry.line: row for row in check_watch_list(seeds_store.conn, parse_watch_list(LIST))
    }
    kim = rows[2]
    assert kim.found and kim.entity.name == "Kim Jong Un" and kim.entity.kind == "person"
    assert kim.entity.mentions == 39 and kim.entity.documents == 4
    assert rows[3].entity.name == "Kim Jong Un"  # case and hyphen do not matter
    assert rows[4].entity.name == "United States"
    assert (rows[2].first, rows[2].last) == (None, None)  # the seeds have no dates
    poutine = rows[5]
    assert not poutine.found and poutine.near[0].entity.name == "Vladimir Putin"
    assert poutine.near_text() == "did you mean Vladimir Putin (person)?"
    assert not rows[6].found and rows[6].near == ()  # Xi Jinping: nothing close
    moscow = rows[9]  # a city, asked for as a country: not found, offered as it is
    assert not moscow.found and moscow.near_text().startswith("did you mean Moscow (place)")
    assert rows[10].near[0].entity.name == "Yuri Ushakov"  # the words in another order
