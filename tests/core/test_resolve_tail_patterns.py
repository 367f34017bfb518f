"""An end-anchored pattern's pre-check skips only windows the pattern cannot match."""

from __future__ import annotations

import re

import pytest

from explorer.resolve.tail_patterns import TailPattern

_PATTERN = r"\b(?P<kind>[a-z]+)[ \t]+(?:called|known[ \t]+as)[ \t]+$"
_NAMED = TailPattern(_PATTERN, ("called", "as"))
_PLAIN = re.compile(_PATTERN)


@pytest.mark.parametrize(
    "window",
    [
        "a firm called ",
        "a firm called \t  ",
        "a technology known as ",
        # `$` matches before a final newline too, and so must the pre-check
        "a firm called \n",
        "a firm called    \n",
    ],
)
def test_a_window_ending_in_an_ending_finds_what_the_pattern_finds(window: str) -> None:
    text = window + "Swarm"
    found = _NAMED.search(text, 0, len(window))
    assert found is not None
    assert found.group("kind") == _PLAIN.search(text, 0, len(window)).group("kind")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "window",
    [
        "he said ",
        "the recalled ",  # "called" inside a word: the pattern itself declines it
        "a firm called\n\n",  # two newlines: `$` no longer matches before the last
        "a firm called, ",
        "",
    ],
)
def test_other_windows_match_neither(window: str) -> None:
    text = window + "Swarm"
    assert _NAMED.search(text, 0, len(window)) is None
    assert _PLAIN.search(text, 0, len(window)) is None


def test_the_window_is_the_one_searched() -> None:
    text = "a firm called Swarm, and then Bob"
    # the window before "Bob" ends in "then ": "called" earlier is out of its reach
    assert _NAMED.search(text, 0, text.index("Bob")) is None
    assert _NAMED.search(text, 0, text.index("Swarm")) is not None
