"""The watch-list file: one name a line, more spellings after `|`, a kind after `;`.

    Kim Jong Un | Kim Jong-un | Kim Jong-Un ; person
    # a comment
    Sergei Shoigu

A `.csv` file holds the same three columns (name, spellings joined by `|`, kind), with
or without a header row. A line that cannot be read is reported with its number and
why, and the other lines are still checked: one typo must not hide a whole list.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from explorer.vocabulary import KINDS

# Spellings people write for a kind; each stands for the kind after it.
KIND_WORDS = {"organisation": "organization", "org": "organization", "people": "person"}
HEADER = ("name", "spellings", "kind")


@dataclass(frozen=True, slots=True)
class WatchName:
    """One name to look for, with the other spellings to try and the kind it must have."""

    line: int
    name: str
    spellings: tuple[str, ...] = ()
    kind: str | None = None

    def texts(self) -> tuple[str, ...]:
        return (self.name, *self.spellings)


@dataclass(frozen=True, slots=True)
class BadLine:
    line: int
    text: str
    reason: str

    def message(self) -> str:
        return f"line {self.line}: {self.reason}: “{self.text}”"


@dataclass(frozen=True, slots=True)
class WatchList:
    names: tuple[WatchName, ...]
    bad: tuple[BadLine, ...] = ()


class WatchListError(ValueError):
    """The file cannot be read as a watch-list at all; one sentence for the user."""


def read_watch_list(path: Path) -> WatchList:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise WatchListError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise WatchListError(f"{path.name} is not a text file (UTF-8)") from exc
    return parse_watch_list(text, as_csv=path.suffix.lower() == ".csv")


def parse_watch_list(text: str, *, as_csv: bool = False) -> WatchList:
    names: list[WatchName] = []
    bad: list[BadLine] = []
    for number, cells, shown in _csv_rows(text) if as_csv else _text_rows(text):
        entry = _entry(number, cells) if not isinstance(cells, str) else cells
        if isinstance(entry, str):
            bad.append(BadLine(number, shown, entry))
        else:
            names.append(entry)
    return WatchList(tuple(names), tuple(bad))


Row = tuple[int, list[str] | str, str]  # line number, [name, spellings, kind] or why not, line


def _text_rows(text: str) -> Iterator[Row]:
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        names, _, kind = stripped.partition(";")
        if ";" in kind:
            yield number, "more than one kind (one “;” a line)", stripped
            continue
        first, _, spellings = names.partition("|")
        yield number, [first, spellings, kind], stripped


def _csv_rows(text: str) -> Iterator[Row]:
    rows = csv.reader(io.StringIO(text))
    for row in rows:
        number, shown = rows.line_num, ",".join(row)
        cells = [cell.strip() for cell in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if number == 1 and tuple(cell.casefold() for cell in cells) == HEADER[: len(cells)]:
            continue
        if len(cells) > len(HEADER):
            yield number, f"{len(cells)} columns (name, spellings, kind at most)", shown
            continue
        yield number, [*cells, "", ""][:3], shown


def _entry(number: int, cells: list[str]) -> WatchName | str:
    """The line's name, or why it cannot be one."""
    name, spellings, kind_text = (cell.strip() for cell in cells)
    others = tuple(s.strip() for s in spellings.split("|") if s.strip())
    if not name:
        return "no name before the spellings or the kind"
    kind = None
    if kind_text:
        kind = KIND_WORDS.get(kind_text.casefold(), kind_text.casefold())
        if kind not in KINDS:
            return f"“{kind_text}” is not a kind (one of {', '.join(KINDS)})"
    return WatchName(number, name, tuple(dict.fromkeys(others)), kind)
