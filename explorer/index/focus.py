"""The focus: the documents that mention every focused entity (and, when a group is
focused as "any of these", at least one of the group), when a period is focused,
that are dated within it, and when a language is, that are written in it.

Expressed as SQL over `entity_documents`, so every query can restrict itself to
the focused part of the corpus without reading documents.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Focus:
    """Entities the user filtered on. A country can also match by its demonym
    mentions ("Russian") and, when asked, by mentions of its places ("Moscow").
    `any_of` is a group of which a document must mention at least one (a watch-list's
    names); demonyms count for it as for the others, places do not."""

    entities: tuple[int, ...] = ()
    include_demonyms: bool = True
    include_places: bool = False
    any_of: tuple[int, ...] = ()
    # Days of publication, both included, as YYYYMMDD numbers (`day_number`): only the
    # documents dated within them. Numbers, as every other focus parameter is one.
    period: tuple[int, int] | None = None
    # Only the documents in this language (a code: "fr"; "und" for the undetermined).
    language: str | None = None

    def __bool__(self) -> bool:
        return bool(self.entities or self.any_of or self.period or self.language)


NO_FOCUS = Focus()


def day_number(day: str) -> int:
    """'2025-04-07' (or a longer ISO date) as 20250407, as a focused period holds it."""
    return int(day[:10].replace("-", ""))


def focus_documents_sql(focus: Focus) -> tuple[str, list[int | str]]:
    """SQL selecting the doc_id of every focused document, and its parameters."""
    parts: list[str] = []
    params: list[int | str] = []
    count_column = "mentions" if focus.include_demonyms else "name_mentions"
    for entity_id in focus.entities:
        members = "entity_id = ?"
        params.append(entity_id)
        if focus.include_places:
            members = (
                "(entity_id = ? OR entity_id IN (SELECT p.id FROM entities AS p "
                "JOIN entities AS c ON c.id = ? WHERE c.kind = 'country' "
                "AND p.kind = 'place' AND p.country = c.country))"
            )
            params.append(entity_id)
        parts.append(f"SELECT doc_id FROM entity_documents WHERE {members} AND {count_column} > 0")
    if focus.any_of:
        marks = ",".join("?" * len(focus.any_of))
        parts.append(
            "SELECT DISTINCT doc_id FROM entity_documents "
            f"WHERE entity_id IN ({marks}) AND {count_column} > 0"
        )
        params.extend(focus.any_of)
    if focus.period:
        # A document without a date is in no period.
        parts.append(
            "SELECT id AS doc_id FROM documents INDEXED BY documents_dates "
            "WHERE CAST(replace(substr(date, 1, 10), '-', '') AS INTEGER) BETWEEN ? AND ?"
        )
        params.extend(focus.period)
    if focus.language:
        parts.append(
            "SELECT id AS doc_id FROM documents INDEXED BY documents_language WHERE language = ?"
        )
        params.append(focus.language)
    return " INTERSECT ".join(parts), params
