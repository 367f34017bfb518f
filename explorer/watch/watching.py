"""A corpus's remembered watch-list checked against its index, with what is new since
the user last looked: the window's Watch-list panel asks this after every re-index."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from explorer.index.store import Connection
from explorer.watch import memory
from explorer.watch.listfile import BadLine, WatchListError, parse_watch_list, read_watch_list
from explorer.watch.match import WatchRow, check_watch_list, normalized


@dataclass(frozen=True, slots=True)
class WatchResult:
    path: Path
    rows: tuple[WatchRow, ...]
    bad: tuple[BadLine, ...]
    new: dict[int, int] = field(default_factory=dict)  # row number -> mentions new since seen
    note: str = ""  # why the list was read from the copy kept, when it was


def seen_key(row: WatchRow) -> str:
    return normalized(row.entry.name)


def open_list(corpus: tuple[Path, ...], path: Path) -> None:
    """Make `path` the corpus's watch-list; raises WatchListError when it cannot be read."""
    read_watch_list(path)  # says why an unreadable file is no watch-list
    memory.save(corpus, memory.Remembered(path, path.read_text(encoding="utf-8-sig")))


def check_corpus(corpus: tuple[Path, ...], conn: Connection) -> WatchResult | None:
    """Check the corpus's watch-list (None when it has none). The list is read again
    from its file (so edits count), else from the copy kept. A name checked for the first
    time sets what was seen; a name with more mentions than seen is marked new, until
    `mark_seen`; a name with fewer counts from there."""
    remembered = memory.load(corpus)
    if remembered is None:
        return None
    as_csv = remembered.path.suffix.lower() == ".csv"
    note = ""
    try:
        watch = read_watch_list(remembered.path)
        text = remembered.path.read_text(encoding="utf-8-sig")
    except (WatchListError, OSError, UnicodeDecodeError) as exc:
        watch, text = parse_watch_list(remembered.text, as_csv=as_csv), remembered.text
        note = f"{exc}; checked the copy kept when it was last read"
        if not remembered.path.exists():
            note = f"{remembered.path} is gone; checked the copy kept when it was last read"
    rows = check_watch_list(conn, watch)
    seen = dict(remembered.seen)
    new: dict[int, int] = {}
    for number, row in enumerate(rows):
        mentions = row.entity.mentions if row.entity else 0
        before = seen.setdefault(seen_key(row), mentions)
        if mentions > before:
            new[number] = mentions - before
        elif mentions < before:  # fewer now (a file removed, a correction): new counts from here
            seen[seen_key(row)] = mentions
    if seen != remembered.seen or text != remembered.text:
        memory.save(corpus, memory.Remembered(remembered.path, text, seen))
    return WatchResult(remembered.path, tuple(rows), watch.bad, new, note)


def mark_seen(corpus: tuple[Path, ...], rows: list[WatchRow]) -> None:
    """The user has seen these rows as they are now: they are no longer new."""
    remembered = memory.load(corpus)
    if remembered is not None:
        seen = {seen_key(row): row.entity.mentions if row.entity else 0 for row in rows}
        memory.save(corpus, remembered.with_seen(seen))
