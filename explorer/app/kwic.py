"""Passages as keyword-in-context rows (the passage list's), and where a row leads."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.app.state import Location
from explorer.index.queries import MentionSpan, PassageRow


@dataclass(frozen=True, slots=True)
class Kwic:
    """A passage cut around its key mention, for the keyword-in-context list."""

    passage: PassageRow
    left: str
    key: MentionSpan | None
    right: str
    left_marks: tuple[tuple[int, int, str], ...]
    right_marks: tuple[tuple[int, int, str], ...]


def kwic(passage: PassageRow, entity_id: int) -> Kwic:
    """Split a passage at the first mention of `entity_id`; other mentions become marks."""
    text = passage.text.replace("\n", " ").replace("\r", " ").replace("\t", " ")
    spans = sorted(passage.mentions, key=lambda m: m.start)
    key = next((m for m in spans if m.entity_id == entity_id), spans[0] if spans else None)
    if key is None:
        return Kwic(passage, text, None, "", (), ())
    cut, end = key.start - passage.start, key.end - passage.start
    left_marks = tuple(
        (m.start - passage.start, m.end - passage.start, m.kind)
        for m in spans
        if m is not key and m.end - passage.start <= cut
    )
    right_marks = tuple(
        (m.start - passage.start - end, m.end - passage.start - end, m.kind)
        for m in spans
        if m is not key and m.start - passage.start >= end
    )
    return Kwic(passage, text[:cut], key, text[end:], left_marks, right_marks)


def location_of(row: Kwic) -> Location:
    """Where a passage row leads: its sentence, with its highlighted mentions marked."""
    passage = row.passage
    marks = tuple((m.start, m.end) for m in passage.mentions)
    return Location(passage.doc_id, passage.start, passage.end, marks)
