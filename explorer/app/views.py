"""What the panels show, asked off the UI thread: module-level functions, Qt-free.

The window's task runner calls them (`explorer/ui/sources.py` and the other sources).
Each opens its own Store (SQLite connections never cross threads), asks the
explorer.index query functions, and returns plain rows. None of them touches a
widget. The first argument is a TaskControl (`explorer.app.control`).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from explorer.app.control import TaskControl
from explorer.app.state import Location
from explorer.charts.data import MAX_DOCUMENT_BARS
from explorer.index import queries
from explorer.index.focus import Focus
from explorer.index.store import IndexOpenError, Store
from explorer.index.timeline import period_passage_keys

# Passages listed for one entity; beyond this the list says there are more.
MAX_PASSAGES = 5_000
# Passages read whole per request: the first page comes with the list, later ones as
# the list is scrolled (only their ids are known before).
PASSAGE_PAGE = 200


def reader(index: Path | None) -> Store | None:
    """A read-only connection for this thread, or None when the corpus has no usable index
    yet (none; a damaged one that the indexing task is moving aside and rebuilding; an
    earlier version's that it is upgrading)."""
    if index is None or not index.exists():
        return None
    try:
        return Store(index, readonly=True)
    except IndexOpenError as exc:
        if exc.damaged or exc.outdated:
            return None
        raise


@dataclass(frozen=True, slots=True)
class EntityList:
    rows: list[queries.EntityRow]
    keys: dict[int, str]  # entity id -> casefolded name and aliases, for the search box
    summary: queries.CorpusSummary | None
    in_focus: int | None = None  # documents in the focus, when there is one


def load_entities(
    control: TaskControl, index: Path | None, kinds: Sequence[str] | None, focus: Focus
) -> EntityList:
    store = reader(index)
    if store is None:
        return EntityList([], {}, None)
    with closing(store):
        try:
            summary = queries.corpus_summary(store.conn)
        except Exception:  # noqa: BLE001 - an index still being created has no meta yet
            return EntityList([], {}, None)
        rows = queries.entities(store.conn, kinds=kinds, focus=focus)
        keys = {} if control.should_stop() else queries.search_keys(store.conn)
        in_focus = queries.count_documents(store.conn, focus) if focus else None
        return EntityList(rows, keys, summary, in_focus)


def load_comentions(
    control: TaskControl, index: Path | None, entity_id: int, window: str, focus: Focus
) -> list[queries.CoMentionRow]:
    store = reader(index)
    if store is None:
        return []
    with closing(store):
        return queries.co_mentions(store.conn, entity_id, window=window, focus=focus)


@dataclass(frozen=True, slots=True)
class PassageList:
    rows: list[queries.PassageRow]  # the first page
    passage_ids: list[int]  # every passage listed (at most MAX_PASSAGES), in order
    more: bool  # there are passages beyond MAX_PASSAGES
    entity_ids: list[int]  # whose mentions each row highlights
    aliases: list[str]  # how the entity is written


def load_passages(
    control: TaskControl,
    index: Path | None,
    entity_id: int,
    with_entity: int | None,
    focus: Focus,
    period: tuple[str, str] | None = None,
) -> PassageList:
    """The passages of an entity, of a pair, or of an entity in a period (first and
    last day) of the timeline."""
    store = reader(index)
    if store is None:
        return PassageList([], [], False, [], [])
    wanted = [entity_id] if with_entity is None else [entity_id, with_entity]
    with closing(store):
        if period is not None:
            keys = period_passage_keys(
                store.conn, entity_id, *period, focus=focus, limit=MAX_PASSAGES + 1
            )
        else:
            keys = queries.passage_keys(
                store.conn, entity_id, with_entity=with_entity, focus=focus, limit=MAX_PASSAGES + 1
            )
        ids = [passage for _, passage in keys[:MAX_PASSAGES]]
        rows = queries.passages_at(store.conn, ids[:PASSAGE_PAGE], wanted)
        names = [text for text, _count in queries.aliases(store.conn, entity_id)]
    return PassageList(rows, ids, len(keys) > MAX_PASSAGES, wanted, names)


def load_passage_page(
    control: TaskControl, index: Path | None, passage_ids: list[int], entity_ids: list[int]
) -> list[queries.PassageRow]:
    store = reader(index)
    if store is None:
        return []
    with closing(store):
        return queries.passages_at(store.conn, passage_ids, entity_ids)


def load_distribution(
    control: TaskControl, index: Path | None, entity_id: int, focus: Focus
) -> queries.Spread | None:
    store = reader(index)
    if store is None:
        return None
    with closing(store):
        return queries.spread(store.conn, entity_id, focus=focus, top=MAX_DOCUMENT_BARS)


@dataclass(frozen=True, slots=True)
class OpenDocument:
    document: queries.DocumentText
    names: dict[int, str]  # entity id -> display name, for every entity mentioned in it


def marked(
    document: OpenDocument | None, location: Location | None, entity_id: int | None
) -> Location | None:
    """What the document view highlights: the location's marks, or, for a location
    without a passage (a chart bar's document), the selected entity's first mention."""
    if document is None or location is None or location.marks or entity_id is None:
        return location
    mentions = document.document.mentions
    first = next((m for m in mentions if m.entity_id == entity_id), None)
    if first is None:
        return location
    return Location(location.doc_id, first.start, first.end, ((first.start, first.end),))


def load_document(control: TaskControl, index: Path | None, doc_id: int) -> OpenDocument | None:
    store = reader(index)
    if store is None:
        return None
    with closing(store):
        document = queries.document(store.conn, doc_id)
        if document is None:
            return None
        names = queries.entity_names(store.conn, {m.entity_id for m in document.mentions})
    return OpenDocument(document, names)


def versions(control: TaskControl) -> list[tuple[str, str]]:
    """For Help → About (finding the spaCy pipeline imports spaCy: not on the UI thread)."""
    from explorer.versions import version_lines

    return version_lines()
