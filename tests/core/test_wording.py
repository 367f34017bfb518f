"""Counted nouns, the one way every layer says a count."""

from __future__ import annotations

from explorer.wording import counted


def test_a_count_agrees_with_its_noun() -> None:
    assert [counted(n, "file") for n in (0, 1, 2, 1234)] == [
        "0 files",
        "1 file",
        "2 files",
        "1,234 files",
    ]
    assert counted(1, "entity") == "1 entity" and counted(3, "entity") == "3 entities"
    assert counted(2, "day") == "2 days" and counted(1, "time") == "1 time"
