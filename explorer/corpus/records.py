"""Shared by the .jsonl and .csv readers: one document per record, problems per record.

A bad record never loses the good ones: it becomes a warning naming the file and the line.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from explorer.corpus.assemble import content_hash, make_document
from explorer.corpus.dates import parse_date
from explorer.corpus.language import language_code
from explorer.corpus.model import Document, Problem, ReadOptions, ReadResult

# A record's own language, under either name; it wins over the detected one.
LANGUAGE_FIELDS = ("lang", "language")
# Past this many, record problems are counted, not listed: a broken export has thousands.
MAX_LISTED_PROBLEMS = 20


def field(record: Mapping[str, object], name: str) -> object:
    """The value of field `name`, matched exactly or else ignoring case and spaces."""
    if name in record:
        return record[name]
    wanted = name.strip().casefold()
    for key, value in record.items():
        if isinstance(key, str) and key.strip().casefold() == wanted:
            return value
    return None


class RecordReader:
    """Collects the documents and problems of one file of records."""

    def __init__(self, path: Path, options: ReadOptions, warning: str | None = None) -> None:
        self.path = path
        self.options = options
        self.documents: list[Document] = []
        self.problems: list[Problem] = [Problem(path, warning, skipped=False)] if warning else []
        self._record_problems = 0
        self._keys: dict[str, str] = {}
        self._bad_dates: list[str] = []
        self._bad_languages: list[str] = []

    def problem(self, where: str, reason: str) -> None:
        """A warning about one record; the file itself is still read."""
        self._record_problems += 1
        if self._record_problems <= MAX_LISTED_PROBLEMS:
            self.problems.append(Problem(self.path, f"{where}: {reason}", skipped=False))

    def add(self, record: Mapping[str, object], where: str, number: int) -> None:
        """Turn one record into a document; `number` keys it when it has no id."""
        options = self.options
        text = field(record, options.text_field)
        if not isinstance(text, str):
            reason = "no text" if text is None else f"'{options.text_field}' is not a string"
            self.problem(where, f"{reason}; record skipped")
            return
        if not text.strip():
            self.problem(where, "empty text; record skipped")
            return
        title = _string(field(record, options.title_field))
        raw_date = field(record, options.date_field)
        date = parse_date(raw_date)
        if date is None and _string(raw_date):
            self._bad_dates.append(f"{where}: '{raw_date}'")
        record_id = _string(field(record, options.id_field)) or str(number)
        key = f"{self.path}#{record_id}"
        if key in self._keys:
            self.problem(
                where, f"id '{record_id}' was already used on {self._keys[key]}; record skipped"
            )
            return
        self._keys[key] = where
        language = self._language(record, where)
        digest = content_hash(json.dumps([text, title, date]).encode())
        self.documents.append(
            make_document(
                self.path, text, digest, key=key, title=title, date=date, language=language
            )
        )

    def _language(self, record: Mapping[str, object], where: str) -> str | None:
        """The record's own language, if it gives one this understands."""
        for name in LANGUAGE_FIELDS:
            value = _string(field(record, name))
            if value is None:
                continue
            code = language_code(value)
            if code is None:
                self._bad_languages.append(f"{where}: '{value}'")
            return code
        return None

    def result(self) -> ReadResult:
        problems = list(self.problems)
        hidden = self._record_problems - MAX_LISTED_PROBLEMS
        if hidden > 0:
            problems.append(
                Problem(self.path, f"{hidden} more records with problems", skipped=False)
            )
        if self._bad_dates:
            reason = (
                f"date not understood on {len(self._bad_dates)} record(s), left empty "
                f"(first: {self._bad_dates[0]})"
            )
            problems.append(Problem(self.path, reason, skipped=False))
        if self._bad_languages:
            reason = (
                f"language not understood on {len(self._bad_languages)} record(s), "
                f"detected from the text instead (first: {self._bad_languages[0]})"
            )
            problems.append(Problem(self.path, reason, skipped=False))
        if not self.documents:
            problems.append(
                Problem(self.path, f"no records with text in '{self.options.text_field}'")
            )
        return ReadResult(self.documents, problems)


def _string(value: object) -> str | None:
    """A field's value as text: numbers are fine (an id of 42), lists and objects are not."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        return str(value).strip() or None
    return None
