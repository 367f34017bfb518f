"""What the app remembers between runs, in one INI file under the config directory.

Only window geometry, dock layout, the last and recent corpora, and view choices
(co-mention window, kind filter, top N, focus options) live here; the index
holds everything else. The file sits under `explorer.paths.config_dir()`, so
ENTITY_EXPLORER_HOME (the tests' temporary home) keeps the real one untouched.
Every read passes `type=`.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

from explorer.paths import config_dir

MAX_RECENT = 8

GEOMETRY = "window/geometry"
DOCK_STATE = "window/state"
LAST_CORPUS = "corpus/last"
RECENT = "corpus/recent"
WINDOW = "view/window"
KIND = "view/kind"
TOP = "view/top"
DEMONYMS = "view/includeDemonyms"
PLACES = "view/includePlaces"


def open_settings() -> QSettings:
    path = config_dir() / "entity-explorer.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def _corpus_from_json(text: str) -> tuple[Path, ...]:
    try:
        return tuple(Path(item) for item in json.loads(text))
    except (ValueError, TypeError):
        return ()


def _corpus_to_json(corpus: tuple[Path, ...]) -> str:
    return json.dumps([str(path) for path in corpus])


def last_corpus(settings: QSettings) -> tuple[Path, ...]:
    return _corpus_from_json(settings.value(LAST_CORPUS, "", type=str))


def recent_corpora(settings: QSettings) -> list[tuple[Path, ...]]:
    items = settings.value(RECENT, [], type=list)
    corpora = [_corpus_from_json(str(item)) for item in items]
    return [corpus for corpus in corpora if corpus]


def remember_corpus(settings: QSettings, corpus: tuple[Path, ...]) -> None:
    """Make `corpus` the last one opened and the first of the recent ones."""
    settings.setValue(LAST_CORPUS, _corpus_to_json(corpus))
    recent = [c for c in recent_corpora(settings) if c != corpus]
    settings.setValue(RECENT, [_corpus_to_json(c) for c in [corpus, *recent][:MAX_RECENT]])
