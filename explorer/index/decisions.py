"""Keep each document's decision on a one-word name, so an update reads only the
documents it changed.

Which person a bare "Blair" stands for in a document depends on that document's
full names and on what the corpus says of the name: its spellings, its
candidates and their full names (`Plan.per_document`'s signature). While the
signature holds, a resolved document decides as before, so its decision is
kept in `short_choices` with where its mentions were placed, and resolution
reads the kept decisions gathered into a few stand-ins per name instead of every
document's forms. A name whose signature changed is decided afresh in all its
documents; a document stored, re-read or removed since loses its rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Mapping

from explorer.index.memo import Memo, StandIn, decisions_changed
from explorer.resolve.model import FormCount
from explorer.resolve.spans import AWARDED, COUNTED, NEAR_WORK_WORD

# The cues a name's kind vote counts once per document, not per mention
# (`kinds.KindVotes.add`: "the Scorsese film", "a Beckham", "Oscar-winning" beside a
# person's name): a stand-in carrying one stands for one document, or the vote
# after an update would differ from a fresh resolution's.
PER_DOCUMENT_CUES = NEAR_WORK_WORD | COUNTED | AWARDED

# (entity id or None, demonym, characters trimmed from the end), as in forms.Placement
Placement = tuple[int | None, int, int]
Pair = tuple[str, str]
Signed = Mapping[str, tuple[str, list[Pair]]]
_PAIR_SEPARATOR = "\x1f"
_TEXT_SEPARATOR = "\x1e"


def kept_decisions(
    conn: sqlite3.Connection, signed: Signed, first_number: int, memo: Memo
) -> dict[str, list[tuple[FormCount, str, Placement]]]:
    """For each name whose kept signature is the one given: its resolved documents'
    forms gathered by (text, label, flags, decision, placement) into stand-ins
    numbered from -first_number down, each with its decision and placement; a form
    with a cue counted once per document stands alone. The memo of the last
    resolution gives the names whose decisions have not changed since."""
    stored = dict(conn.execute("SELECT key, signature FROM short_keys"))
    # rows of documents stored since count once they are resolved: read those names again
    memo.drop_decisions(
        conn.execute(
            "SELECT DISTINCT text, label FROM short_choices WHERE doc_id IN unresolved_docs"
        )
    )
    found: dict[str, list[tuple[FormCount, str, Placement]]] = {}
    number = first_number
    for key, (signature, pairs) in signed.items():
        if stored.get(key) != signature:
            continue
        stand_ins = found[key] = []
        for text, label in pairs:
            groups = memo.stand_ins.get((text, label))
            if groups is None:
                groups = memo.stand_ins[text, label] = _read_stand_ins(conn, text, label)
            for flags, chosen, placement, n in groups:
                stand_ins.append((FormCount(-number, text, label, flags, n), chosen, placement))
                number += 1
    return found


def _read_stand_ins(conn: sqlite3.Connection, text: str, label: str) -> list[StandIn]:
    """A name's kept decisions in its resolved documents, grouped into stand-ins."""
    rows = conn.execute(
        "SELECT flags, chosen, entity_id, demonym, trim, sum(mentions) "
        "FROM short_choices WHERE text = ? AND label = ? "
        "AND doc_id NOT IN unresolved_docs "
        "GROUP BY flags, chosen, entity_id, demonym, trim, "
        f"CASE WHEN flags & {PER_DOCUMENT_CUES} THEN doc_id END",
        (text, label),
    )
    return [
        (flags, chosen, (entity_id, demonym, trim), n)
        for flags, chosen, entity_id, demonym, trim, n in rows
    ]


def keep_decisions(
    conn: sqlite3.Connection,
    signed: Signed,
    fresh_keys: Collection[str],
    decided: list[tuple[FormCount, str, Placement]],
    memo: Memo,
) -> None:
    """Record the signatures resolution decided under, drop the rows of the names
    decided afresh (`fresh_keys`) or no longer decided per document, and keep the
    decisions taken now with their placement."""
    stored = {
        key: (sig, pairs)
        for key, sig, pairs in conn.execute("SELECT key, signature, pairs FROM short_keys")
    }
    gone = [key for key in stored if key not in signed or key in fresh_keys]
    dropped = [pair for key in gone for pair in _decode(stored[key][1])]
    conn.executemany("DELETE FROM short_choices WHERE text = ? AND label = ?", dropped)
    memo.drop_decisions(dropped)
    memo.drop_decisions((form.text, form.label) for form, _, _ in decided)
    # only the signatures that changed: a thousand names keep theirs through an edit
    conn.executemany(
        "DELETE FROM short_keys WHERE key = ?", [(key,) for key in stored if key not in signed]
    )
    rows = [(key, signature, _encode(pairs)) for key, (signature, pairs) in signed.items()]
    conn.executemany(
        "INSERT OR REPLACE INTO short_keys(key, signature, pairs) VALUES (?, ?, ?)",
        [row for row in rows if stored.get(row[0]) != row[1:]],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO short_choices"
        "(doc_id, text, label, flags, mentions, chosen, entity_id, demonym, trim) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (form.doc, form.text, form.label, form.flags, form.count, chosen, *placement)
            for form, chosen, placement in decided
        ],
    )


def stage_moved_decisions(
    conn: sqlite3.Connection,
    moved: list[tuple[str, str, int, str, int | None, int, int, int | None, int, int]],
) -> None:
    """Add to temp.moved the documents of the kept stand-ins whose placement
    changed: (text, label, flags, decision, old placement, new placement)."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS moved_decisions (text TEXT, label TEXT, "
        "flags INTEGER, chosen TEXT, old_entity INTEGER, old_demonym INTEGER, "
        "old_trim INTEGER, entity_id INTEGER, demonym INTEGER, trim INTEGER)"
    )
    conn.execute("DELETE FROM temp.moved_decisions")
    conn.executemany(
        "INSERT INTO temp.moved_decisions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", moved
    )
    conn.execute(
        "INSERT OR IGNORE INTO temp.moved SELECT s.doc_id, s.text, s.label, "
        "d.entity_id, d.demonym, d.trim FROM temp.moved_decisions AS d "
        "CROSS JOIN short_choices AS s ON s.text = d.text AND s.label = d.label "
        "AND s.flags = d.flags AND s.chosen = d.chosen AND s.entity_id IS d.old_entity "
        "AND s.demonym = d.old_demonym AND s.trim = d.old_trim "
        "WHERE s.doc_id NOT IN unresolved_docs"
    )
    conn.execute("DELETE FROM temp.moved_decisions")


def follow_moves(conn: sqlite3.Connection, memo: Memo) -> None:
    """Give the kept decisions of the forms in temp.moved their new placement."""
    if memo.stand_ins:  # none at a first index: then no need to list the moved names
        memo.drop_decisions(conn.execute("SELECT DISTINCT text, label FROM temp.moved"))
    conn.execute(
        "UPDATE short_choices SET entity_id = f.entity_id, demonym = f.demonym, "
        "trim = f.trim FROM temp.moved AS f WHERE short_choices.doc_id = f.doc_id "
        "AND short_choices.text = f.text AND short_choices.label = f.label "
        "AND short_choices.doc_id IN (SELECT doc_id FROM temp.moved)"  # not a scan of all
    )


def forget_documents(conn: sqlite3.Connection, doc_ids: Iterable[int]) -> None:
    """Drop the decisions of documents stored again, re-read or removed."""
    doc_ids = list(doc_ids)
    decisions_changed(
        conn,
        (  # read only if this connection's memo is to be kept
            pair
            for doc_id in doc_ids
            for pair in conn.execute(
                "SELECT DISTINCT text, label FROM short_choices WHERE doc_id = ?", (doc_id,)
            )
        ),
    )
    conn.executemany("DELETE FROM short_choices WHERE doc_id = ?", ((d,) for d in doc_ids))


def forget_all(conn: sqlite3.Connection) -> None:
    """Drop every kept decision (the mentions are to be placed afresh)."""
    decisions_changed(conn, None)
    conn.execute("DELETE FROM short_choices")
    conn.execute("DELETE FROM short_keys")


def _encode(pairs: list[Pair]) -> str:
    return _PAIR_SEPARATOR.join(f"{text}{_TEXT_SEPARATOR}{label}" for text, label in pairs)


def _decode(encoded: str) -> list[Pair]:
    pairs = []
    for item in encoded.split(_PAIR_SEPARATOR) if encoded else ():
        text, label = item.split(_TEXT_SEPARATOR)
        pairs.append((text, label))
    return pairs
