"""Render rows for the terminal (aligned table), for programs (JSON) and spreadsheets (CSV)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Sequence
from typing import Any

Record = dict[str, Any]


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return (
            f"{value.get('text', '')} ({value.get('mentions', '')})"
            if "mentions" in value
            else str(value.get("text", ""))
        )
    return "" if value is None else " ".join(str(value).split())


def table(records: Sequence[Record], columns: Sequence[str], width: int | None = None) -> str:
    """An aligned table that fits the terminal: the last column is cut to the width left."""
    width = width or shutil.get_terminal_size((120, 24)).columns
    cells = [[_cell(r.get(c)) for c in columns] for r in records]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    fixed = sum(widths[:-1]) + 2 * (len(columns) - 1)
    widths[-1] = max(len(columns[-1]), min(widths[-1], width - fixed))
    numeric = [all(isinstance(r.get(c), int | float) for r in records) and records for c in columns]

    def line(values: Sequence[str]) -> str:
        parts = []
        for i, value in enumerate(values):
            if len(value) > widths[i]:
                value = value[: max(widths[i] - 1, 0)] + "…"
            parts.append(value.rjust(widths[i]) if numeric[i] else value.ljust(widths[i]))
        return "  ".join(parts).rstrip()

    header = line([c.upper() for c in columns])
    return "\n".join([header, *(line(row) for row in cells)])


def to_json(records: Sequence[Record]) -> str:
    return json.dumps(list(records), ensure_ascii=False, indent=2)


def to_csv(records: Sequence[Record], columns: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow(
            [
                _cell(record.get(c))
                if not isinstance(record.get(c), int | float)
                else record.get(c)
                for c in columns
            ]
        )
    return out.getvalue()
