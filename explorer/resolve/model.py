"""The records that go into and come out of entity resolution."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class FormCount(NamedTuple):
    """One surface form in one document: how often the model labelled `text` as `label`.

    `flags` combines the `explorer.resolve.spans` flags of every occurrence: a
    suspicion of noise holds only if it holds for all of them, a cue to the kind
    if it holds for any (`spans.ALL_OF_DOCUMENT`, `spans.ANY_OF_DOCUMENT`).
    `first` is the offset of the first occurrence in its document (0 when the form
    stands for many documents). A named tuple because a corpus has hundreds of
    thousands, built on every resolution.
    """

    doc: int
    text: str
    label: str
    flags: int
    # A field named count hides tuple.count, which nothing calls on a form class;
    # mypy reports any such field as an incompatible override.
    count: int  # type: ignore[assignment]
    first: int = 0


@dataclass(frozen=True, slots=True)
class Correction:
    """One user correction, replayed in order after every automatic resolution.

    op is one of merge(name, into), rename(name, new_name), kind(name, kind),
    hide(name), unhide(name), split(name, alias). Names match an entity's
    display name or any of its aliases, case-insensitively.
    """

    op: str
    args: tuple[str, ...]


@dataclass(slots=True)
class Entity:
    name: str
    kind: str
    # ISO 3166 alpha-2 (or our own code) of a country, or a place's country
    country: str | None = None
    hidden: bool = False
    aliases: set[str] = field(default_factory=set)
    # A short name the corpus does not settle ("Blair" where no full name is given
    # and several people carry it): the people it may stand for, most mentioned first.
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where the mentions of one FormCount go: `entity` indexes Resolution.entities.

    `trim_end` characters are cut from the end of each such mention (a name glued to
    the next word: "Kim Jong Unhas" -> "Kim Jong Un").
    """

    entity: int
    demonym: bool = False
    trim_end: int = 0


@dataclass(slots=True)
class Resolution:
    entities: list[Entity]
    # keyed by (doc, text, label); a FormCount with no entry is noise and is dropped
    assignments: dict[tuple[int, str, str], Assignment]
    # corrections that named nothing (after a re-index the entity may be gone): reported, kept
    unmatched: list[Correction] = field(default_factory=list)
