"""The shared state of what the user is looking at, without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.app.state import FIELDS, EntityRef, ExplorerState, Location

A, B, C = EntityRef(1, "A", "person"), EntityRef(2, "B", "country"), EntityRef(3, "C", "place")


def test_state_notifies_once_per_update() -> None:
    state = ExplorerState()
    calls: list[str] = []
    state.on(("entity", "comention"), lambda: calls.append("x"))
    state.update(entity=A, comention=B)
    state.update(entity=A)
    assert calls == ["x"]
    with pytest.raises(KeyError):
        state.update(nothing=1)


def test_history_walks_back_and_forward() -> None:
    state = ExplorerState()
    state.navigate(entity=A)
    state.navigate(entity=B)
    state.navigate(location=Location(1, 0, 5))
    state.go_back()
    assert (state.entity, state.location) == (B, None)
    state.go_back()
    assert state.entity == A
    state.go_forward()
    state.go_forward()
    assert state.location == Location(1, 0, 5) and not state.forward


def test_data_changed_follows_renumbered_entities() -> None:
    state = ExplorerState()
    state.update(focus=(A, C))
    state.navigate(entity=B)
    moved = EntityRef(20, "B", "country")
    state.data_changed({B: moved, C: None})
    assert state.entity == moved and state.focus == (A,)
    assert state.revision == 1


def test_reset_for_corpus_forgets_the_old_one(tmp_path: Path) -> None:
    state = ExplorerState()
    state.navigate(entity=A)
    state.reset_for_corpus((tmp_path,), tmp_path / "i.sqlite")
    assert state.entity is None and not state.back and state.corpus == (tmp_path,)


def test_fields_are_declared_and_change_only_through_update() -> None:
    state = ExplorerState()
    assert "entity" in FIELDS and "back" in FIELDS and "_listeners" not in FIELDS
    assert state.kind == "all" and state.window == "sentence" and state.top == 20
    with pytest.raises(AttributeError):
        state.entity = A
    with pytest.raises(AttributeError):
        _ = state.no_such_field  # type: ignore[attr-defined]
    with pytest.raises(KeyError):
        state.on("no_such_field", lambda: None)


def test_a_language_narrows_the_focus_and_goes_with_it() -> None:
    state = ExplorerState()
    calls: list[str] = []
    state.on("focus_language", lambda: calls.append("language"))
    state.update(focus=(A,), focus_language="fr")
    assert state.focus_query().language == "fr" and state.focus_query().entities == (1,)
    state.navigate(entity=B)
    state.go_back()  # history walks the selection, not the focus
    assert state.focus_language == "fr"
    state.clear_focus()
    assert state.focus_language is None and not state.focus_query()
    state.update(focus_language="de")
    state.reset_for_corpus((Path("x"),), Path("x.sqlite"))
    assert state.focus_language is None and calls == ["language"] * 4


def test_following_a_pass_reloads_only_when_an_entity_moved() -> None:
    state = ExplorerState()
    state.navigate(entity=A)
    state.follow({A: A})
    assert state.revision == 0
    moved = EntityRef(10, "A", "person")
    state.follow({A: moved})
    assert state.entity == moved and state.revision == 1
