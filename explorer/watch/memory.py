"""The watch-list a corpus remembers, in a small JSON file of the user's data directory.

It keeps the list's path and a copy of its text (a list moved or deleted is still
checked, from the copy), and how many mentions of each name the user has seen, so a
re-check can mark what is new since. Written atomically: a crash keeps the old file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from explorer.files import write_atomically
from explorer.paths import corpus_key, data_dir

VERSION = 1


@dataclass(frozen=True, slots=True)
class Remembered:
    path: Path  # the list file the user opened
    text: str  # its text when last read
    seen: dict[str, int] = field(default_factory=dict)  # normalised name -> mentions seen

    def with_seen(self, seen: dict[str, int]) -> Remembered:
        return replace(self, seen={**self.seen, **seen})


def memory_path(corpus: tuple[Path, ...]) -> Path:
    return data_dir() / "watch-lists" / f"{corpus_key(list(corpus))}.json"


def load(corpus: tuple[Path, ...]) -> Remembered | None:
    """The corpus's watch-list, or None when it has none (or its file is unreadable)."""
    try:
        data = json.loads(memory_path(corpus).read_text(encoding="utf-8"))
        seen = {str(key): int(value) for key, value in data["seen"].items()}
        return Remembered(Path(data["path"]), str(data["text"]), seen)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def save(corpus: tuple[Path, ...], remembered: Remembered) -> None:
    data = {
        "version": VERSION,
        "path": str(remembered.path),
        "text": remembered.text,
        "seen": remembered.seen,
    }
    write_atomically(memory_path(corpus), json.dumps(data, ensure_ascii=False, indent=1))


def forget(corpus: tuple[Path, ...]) -> None:
    memory_path(corpus).unlink(missing_ok=True)
