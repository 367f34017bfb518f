"""Dates from metadata and records become ISO days, or nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from explorer.corpus.dates import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-05-08", "2025-05-08"),
        ("2025-5-8", "2025-05-08"),
        ("2025-05-08T10:30:00+09:00", "2025-05-08"),
        ("2025-05-08 10:30", "2025-05-08"),
        ("2025/05/08", "2025-05-08"),
        ("20250508", "2025-05-08"),
        ("08.05.2025", "2025-05-08"),
        ("8-5-2025", "2025-05-08"),
        ("28/05/2025", "2025-05-28"),
        ("05/28/2025", "2025-05-28"),
        ("05/05/2025", "2025-05-05"),
        ("May 8, 2025", "2025-05-08"),
        ("Sept. 8th, 2025", "2025-09-08"),
        ("8 May 2025", "2025-05-08"),
        ("8th of December 2024", "2024-12-08"),
        ("Thu, 08 May 2025 10:00:00 GMT", "2025-05-08"),
        ("  Published on\nJanuary 9, 2015 ", "2015-01-09"),
        (dt.datetime(2024, 6, 19, 23, 59), "2024-06-19"),
        (dt.date(2024, 6, 19), "2024-06-19"),
    ],
)
def test_understood_dates_become_iso_days(value: object, expected: str) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "someday",
        "May 2025",
        "2025",
        "05/06/2025",
        "2025-02-30",
        "31.13.2025",
        "Mayday 8, 2025",
        20250508,
        ["2025-05-08"],
    ],
)
def test_anything_else_is_not_a_date(value: object) -> None:
    assert parse_date(value) is None
