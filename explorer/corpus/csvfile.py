"""Reader for .csv files: a header row naming the fields, then one document per row."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from explorer.corpus.assemble import ReadError
from explorer.corpus.encoding import decode_text
from explorer.corpus.model import ReadOptions, ReadResult
from explorer.corpus.records import RecordReader, field

_DELIMITERS = ",;\t|"
# The csv module refuses fields over 128 KB by default; an article's text can be longer.
_FIELD_LIMIT = 1 << 30


def read_csv(path: Path, data: bytes, options: ReadOptions) -> ReadResult:
    """Rows are keyed by their number (blank lines do not count) when they have no id;
    problems name the line where the row starts, as a text editor shows it."""
    decoded = decode_text(data)
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    rows = csv.reader(
        io.StringIO(decoded.text, newline=""), delimiter=_delimiter(decoded.text), strict=True
    )
    try:
        names = [name.strip() for name in next(rows)]
    except StopIteration:
        raise ReadError("no header row: the file is empty") from None
    except csv.Error as exc:
        raise ReadError(f"malformed header row ({exc})") from None
    if field(dict.fromkeys(names, ""), options.text_field) is None:
        raise ReadError(
            f"no '{options.text_field}' column; the columns are: "
            f"{', '.join(repr(name) for name in names)}"
        )
    records = RecordReader(path, options, decoded.warning)
    number = 0
    while True:
        line = rows.line_num + 1
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            records.problem(f"line {line}", f"malformed CSV ({exc}); row skipped")
            continue
        if not any(cell.strip() for cell in row):
            continue
        number += 1
        where = f"row {number} (line {line})"
        extra = row[len(names) :]
        if len(row) < len(names) or any(cell.strip() for cell in extra):
            records.problem(
                where, f"{len(row)} fields where the header has {len(names)}; row skipped"
            )
            continue
        records.add(dict(zip(names, row, strict=False)), where, number)
    return records.result()


def _delimiter(text: str) -> str:
    """The separator the header row uses most: comma, semicolon (European), tab or bar."""
    header = text.split("\n", 1)[0]
    counts = {delimiter: header.count(delimiter) for delimiter in _DELIMITERS}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","
