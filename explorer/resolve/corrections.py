"""The user's corrections: replayed in order after every automatic resolution,
and shared between team members as a small versioned JSON file.

A correction names entities by display name or alias, case-insensitively, so it
still applies after a re-index renumbers everything; one that names nothing is
reported in Resolution.unmatched and kept. Replaying the same corrections on the
same forms gives the same result.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from explorer.resolve.model import Assignment, Correction, Entity, Resolution
from explorer.vocabulary import KINDS

FORMAT = "entity-explorer-corrections"
VERSION = 1
# op -> names of its arguments
OPS = {
    "merge": ("name", "into"),
    "rename": ("name", "new_name"),
    "kind": ("name", "kind"),
    "hide": ("name",),
    "unhide": ("name",),
    "split": ("name", "alias"),
}

FormKey = tuple[int, str, str]


def validate(correction: Correction) -> None:
    """Raise ValueError saying what is wrong with one correction."""
    if correction.op not in OPS:
        raise ValueError(f"unknown correction {correction.op!r}; expected one of {sorted(OPS)}")
    expected = OPS[correction.op]
    if len(correction.args) != len(expected):
        raise ValueError(
            f"{correction.op} takes {len(expected)} argument(s) ({', '.join(expected)}), "
            f"got {len(correction.args)}"
        )
    for name, arg in zip(expected, correction.args, strict=True):
        if not isinstance(arg, str) or not arg.strip():
            raise ValueError(f"{correction.op}: {name} must be a non-empty string, got {arg!r}")
    if correction.op == "kind" and correction.args[1] not in KINDS:
        raise ValueError(f"kind: {correction.args[1]!r} is not one of {list(KINDS)}")


def corrections_to_json(corrections: Sequence[Correction]) -> str:
    """The shareable file's text."""
    for correction in corrections:
        validate(correction)
    items = [{"op": c.op, "args": list(c.args)} for c in corrections]
    document = {"format": FORMAT, "version": VERSION, "corrections": items}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def corrections_from_json(text: str) -> list[Correction]:
    """Parse a shared file; ValueError with a clear message when it is malformed."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"corrections file is not valid JSON: {error}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f"not a corrections file: expected an object with format {FORMAT!r}")
    if document.get("version") != VERSION:
        raise ValueError(
            f"unsupported corrections file version {document.get('version')!r}; "
            f"this version reads {VERSION}"
        )
    items = document.get("corrections")
    if not isinstance(items, list):
        raise ValueError("corrections file: 'corrections' must be a list")
    corrections = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("args"), list):
            raise ValueError(f"correction {number}: expected an object with 'op' and 'args' list")
        correction = Correction(str(item.get("op")), tuple(item["args"]))
        try:
            validate(correction)
        except ValueError as error:
            raise ValueError(f"correction {number}: {error}") from None
        corrections.append(correction)
    return corrections


def apply_corrections(
    entities: list[Entity],
    alias_counts: list[Counter[str]],
    assignments: dict[FormKey, Assignment],
    corrections: Sequence[Correction],
) -> Resolution:
    """Replay `corrections` on an automatic resolution (alias_counts[i]: how often
    each alias of entities[i] occurs)."""
    if not corrections:
        return Resolution(entities, assignments)
    editor = _Editor(entities, alias_counts, assignments)
    unmatched = [c for c in corrections if not editor.apply(c)]
    return editor.result(unmatched)


class _Editor:
    """The entities under correction. Merged entities are redirected, split forms
    overridden; assignments are rewritten once, at the end, only if needed."""

    def __init__(
        self,
        entities: list[Entity],
        alias_counts: list[Counter[str]],
        assignments: dict[FormKey, Assignment],
    ) -> None:
        self.entities = entities
        self.counts = alias_counts
        self.assignments = assignments
        self.target = list(range(len(entities)))  # merged entity -> the one it went into
        self.moved: dict[FormKey, int] = {}  # split form -> its new entity
        self.changed = False
        self.names: dict[str, list[int]] = {}
        for i, entity in enumerate(entities):
            self._index(i, entity.name, *entity.aliases)
        self._forms_by_alias: dict[str, list[FormKey]] | None = None

    def apply(self, correction: Correction) -> bool:
        """Apply one correction; False when it names nothing (or is invalid)."""
        try:
            validate(correction)
        except ValueError:
            return False
        op, args = correction.op, correction.args
        found = self.find(args[0])
        if found is None:
            return False
        entity = self.entities[found]
        if op == "merge":
            into = self.find(args[1])
            if into is None:
                return False
            if into != found:
                self._merge(found, into)
        elif op == "rename":
            entity.name = args[1]
            self._index(found, args[1])
        elif op == "kind":
            entity.kind = args[1]
        elif op in ("hide", "unhide"):
            entity.hidden = op == "hide"
        elif op == "split":
            return self._split(found, args[1])
        return True

    def find(self, name: str) -> int | None:
        """The entity with this display name, else with this alias (case-insensitive);
        among several, the most mentioned."""
        low = name.casefold()
        best: tuple[int, int, int] | None = None
        for i in self.names.get(low, ()):
            if self.target[i] != i:  # merged away
                continue
            entity = self.entities[i]
            if entity.name.casefold() == low:
                rank = 0
            elif any(alias.casefold() == low for alias in entity.aliases):
                rank = 1
            else:
                continue
            candidate = (rank, -self.counts[i].total(), i)
            best = candidate if best is None else min(best, candidate)
        return None if best is None else best[2]

    def _merge(self, source: int, into: int) -> None:
        self.target[source] = into
        self.changed = True
        self.entities[into].aliases |= self.entities[source].aliases
        self.counts[into] = self.counts[into] + self.counts[source]
        self._index(into, *self.entities[source].aliases)

    def _split(self, found: int, alias: str) -> bool:
        """Move the forms of one alias out of an entity into a new one of the same kind."""
        entity = self.entities[found]
        low = alias.casefold()
        taken = {a for a in entity.aliases if a.casefold() == low}
        if not taken or taken == entity.aliases:
            return False
        counts = Counter({a: self.counts[found][a] for a in taken})
        new = len(self.entities)
        name = min(counts.items(), key=lambda c: (-c[1], c[0]))[0]
        self.entities.append(Entity(name, entity.kind, entity.country, aliases=taken))
        self.counts.append(counts)
        self.target.append(new)
        entity.aliases -= taken
        self.counts[found] = self.counts[found] - counts
        if entity.name in taken:
            entity.name = min(entity.aliases, key=lambda a: (-self.counts[found][a], a))
        self._index(new, *taken)
        for key in self._forms_of(low):
            if self._entity_of(key) == found:
                self.moved[key] = new
        self.changed = True
        return True

    def _forms_of(self, alias: str) -> list[FormKey]:
        """The forms whose (trimmed) text is this alias, indexed on first use."""
        if self._forms_by_alias is None:
            self._forms_by_alias = {}
            for key, assignment in self.assignments.items():
                text = key[1][: len(key[1]) - assignment.trim_end].casefold()
                self._forms_by_alias.setdefault(text, []).append(key)
        return self._forms_by_alias.get(alias, [])

    def _entity_of(self, key: FormKey) -> int:
        """The entity a form belongs to now, after merges and splits."""
        entity = self.moved.get(key, self.assignments[key].entity)
        while self.target[entity] != entity:
            entity = self.target[entity]
        return entity

    def _index(self, entity: int, *names: str) -> None:
        for name in names:
            ids = self.names.setdefault(name.casefold(), [])
            if entity not in ids:
                ids.append(entity)

    def result(self, unmatched: list[Correction]) -> Resolution:
        """The corrected resolution; assignments are renumbered only after a merge or split."""
        alive = [i for i, target in enumerate(self.target) if target == i]
        entities = [self.entities[i] for i in alive]
        if not self.changed:
            return Resolution(entities, self.assignments, unmatched)
        renumber = {old: new for new, old in enumerate(alive)}
        shared: dict[tuple[int, bool, int], Assignment] = {}
        assignments = {}
        for key, assignment in self.assignments.items():
            entity = renumber[self._entity_of(key)]
            if entity == assignment.entity:
                assignments[key] = assignment
                continue
            value = (entity, assignment.demonym, assignment.trim_end)
            assignments[key] = shared.get(value) or shared.setdefault(value, Assignment(*value))
        return Resolution(entities, assignments, unmatched)
