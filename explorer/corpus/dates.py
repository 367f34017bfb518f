"""Normalise dates from metadata and records to ISO `YYYY-MM-DD`, so they sort and filter.

A small parser for the forms news data uses: ISO (`2025-05-08`, `2025-05-08T10:00Z`,
`2025/05/08`, `20250508`), day-first numeric dates (`08.05.2025`, `08-05-2025`), English
month names (`May 8, 2025`, `8 May 2025`, `Thu, 08 May 2025 10:00:00 GMT`) and `08/05/2025`
only when the day cannot be mistaken for the month. Anything else is not a date.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_ISO = re.compile(r"(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:t|$)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)")
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_MONTH = re.compile(rf"(?<!\d)(\d{{1,2}}){_ORDINAL}\.?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{{4}})\b")
_MONTH_DAY = re.compile(rf"\b([a-z]+)\.?\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})\b")


def parse_date(value: object) -> str | None:
    """`value` as `YYYY-MM-DD`, or None when it is not a date this parser understands."""
    if isinstance(value, dt.date):  # also datetime
        return value.isoformat()[:10]
    if not isinstance(value, str):
        return None
    text = " ".join(value.split()).lower()
    if match := _ISO.search(text):
        return _iso(match[1], match[3], match[4])
    if match := _COMPACT.match(text):
        return _iso(match[1], match[2], match[3])
    if match := _DAY_MONTH.search(text):
        return _iso(match[3], _month(match[2]), match[1])
    if match := _MONTH_DAY.search(text):
        return _iso(match[3], _month(match[1]), match[2])
    if match := _NUMERIC.search(text):
        first, separator, second, year = match.groups()
        if separator != "/" or int(first) > 12 or first == second:
            return _iso(year, second, first)
        if int(second) > 12:  # 05/28/2025 can only be American, month first
            return _iso(year, first, second)
    return None


def _month(word: str) -> int | None:
    """1-12 for an English month name or its abbreviation of three letters or more."""
    if len(word) < 3:
        return None
    for number, name in enumerate(_MONTHS, 1):
        if name.startswith(word):
            return number
    return None


def _iso(year: str, month: str | int | None, day: str) -> str | None:
    if month is None:
        return None
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
