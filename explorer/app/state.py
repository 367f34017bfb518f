"""What the user is looking at: one shared, Qt-free state with plain change callbacks.

Widgets never call each other: a click changes the state (`update`, or
`navigate` for moves that Back/Forward walk), and every panel that shows that
part of the state reacts through the callbacks it registered with `on`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from explorer.index.focus import Focus, day_number


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An entity as the user picked it. Ids change when the entity tables are rebuilt
    (corrections, re-indexing); the name finds it again."""

    id: int
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class Location:
    """A passage the user jumped to: document, passage range, and the mentions to highlight."""

    doc_id: int
    start: int
    end: int
    marks: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Period:
    """Days of publication (YYYY-MM-DD, both included) the passages are listed for: a
    bin of the timeline, picked for the entity selected with it."""

    first: str
    last: str
    label: str  # as the timeline names it: 'in the week of 6 May 2024'


@dataclass(frozen=True, slots=True)
class View:
    """One step of Back/Forward history."""

    entity: EntityRef | None = None
    comention: EntityRef | None = None
    location: Location | None = None
    period: Period | None = None


Callback = Callable[[], None]


@dataclass(eq=False)
class ExplorerState:
    """The shared state. Read fields as attributes; change them with `update`/`navigate`
    (assigning a field directly raises: the panels would not hear of it)."""

    corpus: tuple[Path, ...] = ()
    index: Path | None = None  # the corpus's index database
    revision: int = 0  # bumped whenever the index's content changes
    indexing: bool = False  # the index is being brought up to date
    # (files, of files) of the pass whose entities the index shows while the pass runs
    partial: tuple[int, int] | None = None
    focus: tuple[EntityRef, ...] = ()
    focus_any: tuple[EntityRef, ...] = ()  # a group of which documents mention at least one
    focus_period: Period | None = None  # only the documents dated within it
    focus_language: str | None = None  # only the documents in it (a code: "fr")
    include_demonyms: bool = True
    include_places: bool = False
    kind: str = "all"
    search: str = ""
    window: str = "sentence"
    top: int = 20
    entity: EntityRef | None = None
    comention: EntityRef | None = None
    location: Location | None = None
    period: Period | None = None
    pinned: tuple[EntityRef, ...] = ()  # the timeline's lines besides the selected entity
    back: tuple[View, ...] = ()
    forward: tuple[View, ...] = ()
    _listeners: list[tuple[frozenset[str], Callback]] = field(
        default_factory=list, init=False, repr=False
    )

    def __setattr__(self, name: str, value: object) -> None:
        if name in FIELDS and name in self.__dict__:
            raise AttributeError(f"state field '{name}' changes through update()")
        object.__setattr__(self, name, value)

    def on(self, names: str | Iterable[str], callback: Callback) -> None:
        """Call `callback()` once after any update that changes one of `names`."""
        wanted = frozenset([names] if isinstance(names, str) else names)
        unknown = wanted - set(FIELDS)
        if unknown:
            raise KeyError(f"no state field {sorted(unknown)}")
        self._listeners.append((wanted, callback))

    def update(self, **changes: Any) -> None:
        """Change fields; every listener of a changed one is called once, afterwards."""
        changed = set()
        for name, value in changes.items():
            if name not in FIELDS:
                raise KeyError(f"no state field '{name}'")
            if getattr(self, name) != value:
                object.__setattr__(self, name, value)
                changed.add(name)
        if changed:
            for names, callback in list(self._listeners):
                if names & changed:
                    callback()

    # --- derived values -------------------------------------------------------------

    def focus_query(self) -> Focus:
        period = self.focus_period
        days = (day_number(period.first), day_number(period.last)) if period else None
        return Focus(
            tuple(ref.id for ref in self.focus),
            self.include_demonyms,
            self.include_places,
            tuple(ref.id for ref in self.focus_any),
            days,
            self.focus_language,
        )

    def focus_names(self) -> list[str]:
        return [ref.name for ref in self.focus]

    # --- navigation and history -----------------------------------------------------

    def _view(self) -> View:
        return View(self.entity, self.comention, self.location, self.period)

    def navigate(self, **changes: Any) -> None:
        """Move to another entity, co-mention or passage, remembering where we were. A
        period belongs to the selection it was picked with: another entity or pair drops it."""
        if ("entity" in changes or "comention" in changes) and "period" not in changes:
            changes["period"] = None
        here = self._view()
        target = View(**{name: changes.get(name, getattr(here, name)) for name in View.__slots__})
        if target == here:
            return
        self.update(**changes, back=(*self.back, here), forward=())

    def go_back(self) -> None:
        if self.back:
            view = self.back[-1]
            self.update(
                entity=view.entity,
                comention=view.comention,
                location=view.location,
                period=view.period,
                back=self.back[:-1],
                forward=(self._view(), *self.forward),
            )

    def go_forward(self) -> None:
        if self.forward:
            view = self.forward[0]
            self.update(
                entity=view.entity,
                comention=view.comention,
                location=view.location,
                period=view.period,
                back=(*self.back, self._view()),
                forward=self.forward[1:],
            )

    def focus_on(self, ref: EntityRef) -> None:
        if all(item.id != ref.id for item in self.focus):
            self.update(focus=(*self.focus, ref))

    def unfocus(self, ref: EntityRef) -> None:
        self.update(focus=tuple(item for item in self.focus if item.id != ref.id))

    def clear_focus(self) -> None:
        self.update(focus=(), focus_any=(), focus_period=None, focus_language=None)

    # --- after the entity tables were rebuilt ------------------------------------------

    def refs(self) -> list[EntityRef]:
        """Every entity the state points at, history included."""
        refs = [*self.focus, *self.focus_any, *self.pinned, self.entity, self.comention]
        for view in (*self.back, *self.forward):
            refs += [view.entity, view.comention]
        return list(dict.fromkeys(ref for ref in refs if ref is not None))

    def data_changed(self, mapping: Mapping[EntityRef, EntityRef | None] | None = None) -> None:
        """The index changed: point every reference at its entity's new id (or drop it),
        and bump the revision so every panel reloads."""
        remap = mapping or {}

        def new(ref: EntityRef | None) -> EntityRef | None:
            return remap.get(ref, ref) if ref is not None else None

        def view(item: View) -> View:
            return View(new(item.entity), new(item.comention), item.location, item.period)

        focus = tuple(dict.fromkeys(ref for ref in map(new, self.focus) if ref is not None))
        focus_any = tuple(dict.fromkeys(ref for ref in map(new, self.focus_any) if ref))
        pinned = tuple(dict.fromkeys(ref for ref in map(new, self.pinned) if ref))
        comention = new(self.comention)
        entity = new(self.entity)
        self.update(
            focus=focus,
            focus_any=focus_any,
            pinned=pinned,
            entity=entity,
            comention=comention if comention != entity else None,
            back=tuple(map(view, self.back)),
            forward=tuple(map(view, self.forward)),
            revision=self.revision + 1,
        )

    def follow(self, mapping: Mapping[EntityRef, EntityRef | None]) -> None:
        """After a pass that read no file: it may still have rebuilt the entity tables
        (a resolution of a newer version); when an entity the state points at moved, as
        `data_changed`, else nothing (the panels reloaded when the pass ended)."""
        if any(new != ref for ref, new in mapping.items()):
            self.data_changed(mapping)

    def reset_for_corpus(self, corpus: tuple[Path, ...], index: Path) -> None:
        """A different corpus: forget what pointed into the old one."""
        self.update(
            corpus=corpus,
            index=index,
            focus=(),
            focus_any=(),
            focus_period=None,
            focus_language=None,
            entity=None,
            comention=None,
            location=None,
            period=None,
            pinned=(),
            back=(),
            forward=(),
            search="",
            revision=self.revision + 1,
        )


FIELDS = tuple(item.name for item in fields(ExplorerState) if not item.name.startswith("_"))
