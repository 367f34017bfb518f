"""Check a watch-list against an index: which names are found, as which entity, and for
the names not found the entities spelt nearly like them ("did you mean …?").

Names are compared after a light normalisation (case, accents' composed forms, dots,
hyphens and dashes, curly apostrophes), so "Kim Jong-un", "kim jong un" and "KIM
JONG UN" find one entity and "U.S." finds "US"; near misses are scored with
rapidfuzz's WRatio over every visible name and alias.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from explorer.index import queries
from explorer.index.lookup import date_ranges, entity_texts
from explorer.index.queries import EntityRow
from explorer.index.store import Connection
from explorer.watch.listfile import WatchList, WatchName

NEAR_CUTOFF = 80  # WRatio, 0-100: below this a spelling is not offered as a near miss
NEAR_MISSES = 3
NEAR_CANDIDATES = 25  # spellings scored above the cutoff, before they are grouped by entity
# WRatio scores a short spelling found inside a long name highly ("us" in "Ushakov Yuri");
# a spelling shorter than this share of the name looked for is not a near miss.
NEAR_MIN_LENGTH = 0.6
_DASHES = re.compile(r"[-\u2010-\u2015\u2212]")


def normalized(text: str) -> str:
    """What two spellings of one name share: 'Kim Jong-Un' and 'kim jong un' alike."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace(".", "")
    return " ".join(_DASHES.sub(" ", text).split())


@dataclass(frozen=True, slots=True)
class NearMiss:
    entity: EntityRow
    text: str  # the spelling in the corpus that came close
    score: float  # 0-100; 100 when the name matched but its kind did not


@dataclass(frozen=True, slots=True)
class WatchRow:
    """One name of the list as the corpus answers it."""

    entry: WatchName
    entity: EntityRow | None = None  # the most mentioned entity the name or a spelling names
    matched: str = ""  # which of the list's spellings found it
    also: tuple[EntityRow, ...] = ()  # other entities its spellings name
    first: str | None = None  # the first and last date of the documents mentioning it
    last: str | None = None
    near: tuple[NearMiss, ...] = ()  # when not found

    @property
    def found(self) -> bool:
        return self.entity is not None

    def near_text(self) -> str:
        """'did you mean Kim Jong Un (person)?', or '' when nothing comes close."""
        names = [f"{miss.entity.name} ({miss.entity.kind})" for miss in self.near]
        if not names:
            return ""
        return "did you mean " + " or ".join(filter(None, [", ".join(names[:-1]), names[-1]])) + "?"


class _Names:
    """Every visible name and alias of the index, by normalised spelling."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.ids: dict[str, set[int]] = defaultdict(set)
        self.spelt: dict[str, str] = {}  # normalised -> one spelling as written
        for text, entity_id in entity_texts(conn):
            key = normalized(text)
            self.ids[key].add(entity_id)
            self.spelt.setdefault(key, text)
        self.keys = list(self.ids)
        self._rows: dict[int, EntityRow | None] = {}

    def row(self, entity_id: int) -> EntityRow | None:
        if entity_id not in self._rows:
            self._rows[entity_id] = queries.entity(self._conn, entity_id)
        return self._rows[entity_id]

    def rows(self, ids: set[int]) -> list[EntityRow]:
        found = [row for row in map(self.row, ids) if row is not None]
        return sorted(found, key=lambda row: (-row.mentions, row.name))


def check_watch_list(conn: Connection, watch: WatchList) -> list[WatchRow]:
    """Each name of the list, in the list's order, found or not (with near misses)."""
    names = _Names(conn)
    rows = [_check(names, entry) for entry in watch.names]
    dates = date_ranges(conn, [row.entity.id for row in rows if row.entity is not None])
    return [
        _dated(row, dates.get(row.entity.id)) if row.entity is not None else row for row in rows
    ]


def _dated(row: WatchRow, dates: tuple[str, str] | None) -> WatchRow:
    if dates is None:
        return row
    return WatchRow(row.entry, row.entity, row.matched, row.also, dates[0], dates[1], row.near)


def _check(names: _Names, entry: WatchName) -> WatchRow:
    found: dict[int, str] = {}  # entity id -> the list's spelling that names it
    for text in entry.texts():
        for entity_id in names.ids.get(normalized(text), ()):
            found.setdefault(entity_id, text)
    matches = names.rows(set(found))
    fitting = [row for row in matches if entry.kind in (None, row.kind)]
    if fitting:
        first = fitting[0]
        return WatchRow(entry, first, found[first.id], tuple(fitting[1:]))
    # The name is there but of another kind: the nearest miss there can be.
    other_kind = [NearMiss(row, row.name, 100.0) for row in matches]
    return WatchRow(entry, near=tuple((other_kind + _near(names, entry))[:NEAR_MISSES]))


def _near(names: _Names, entry: WatchName) -> list[NearMiss]:
    """The entities spelt most like any of the entry's spellings, best first."""
    best: dict[int, NearMiss] = {}
    for text in entry.texts():
        query = normalized(text)
        scored = process.extract(
            query, names.keys, scorer=fuzz.WRatio, score_cutoff=NEAR_CUTOFF, limit=NEAR_CANDIDATES
        )
        for key, score, _ in scored:
            if len(key) < NEAR_MIN_LENGTH * len(query):
                continue
            for row in names.rows(names.ids[key]):
                if entry.kind not in (None, row.kind):
                    continue
                if row.id not in best or score > best[row.id].score:
                    best[row.id] = NearMiss(row, names.spelt[key], score)
    return sorted(best.values(), key=lambda m: (-m.score, -m.entity.mentions, m.entity.name))
