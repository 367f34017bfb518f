"""Reader for .jsonl files: one JSON object per line, one document per object."""

from __future__ import annotations

import json
from pathlib import Path

from explorer.corpus.encoding import decode_text
from explorer.corpus.model import ReadOptions, ReadResult
from explorer.corpus.records import RecordReader


def read_jsonl(path: Path, data: bytes, options: ReadOptions) -> ReadResult:
    """A record without an id is keyed by its line number, which a user can find in the file."""
    decoded = decode_text(data)
    records = RecordReader(path, options, decoded.warning)
    # Only "\n" ends a record: JSON strings may hold U+2028 and other line separators.
    for number, line in enumerate(decoded.text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            records.problem(where, f"not valid JSON: {exc.msg} (column {exc.colno})")
            continue
        except RecursionError:
            records.problem(where, "JSON nested too deeply")
            continue
        if not isinstance(value, dict):
            records.problem(where, f"expected a JSON object, found {_kind(value)}")
            continue
        records.add(value, where, number)
    return records.result()


def _kind(value: object) -> str:
    names = {
        list: "an array",
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "true or false",
    }
    return names.get(type(value), "null")
