"""A region that bears a country's name, read from the rest of its document."""

from __future__ import annotations

import pytest

from explorer.resolve.coordination import document_cues
from explorer.resolve.spans import IN_REGION


def region_flags(text: str, *names: tuple[str, str]) -> list[bool]:
    """Whether each (name, label), found in `text` in order, is read as the region."""
    mentions, start = [], 0
    for name, label in names:
        start = text.index(name, start)
        mentions.append((start, start + len(name), label, 0))
        start += len(name)
    return [bool(flags & IN_REGION) for flags in document_cues(text, mentions)]


@pytest.mark.parametrize(
    ("text", "names", "region"),
    [
        # another place of the state's country, and no other country
        (
            "Inside Georgia's special election. Voters in DeKalb and Atlanta.",
            [("Georgia", "GPE"), ("Atlanta", "GPE")],
            True,
        ),
        ("Georgia and Texas sued. Georgia said", [("Georgia", "GPE"), ("Texas", "GPE")], True),
        # must not: another country named ("the Munich report: Armenia ... New Jersey")
        (
            "Georgia and Russia met; Armenia too. In New Jersey, Georgia",
            [("Georgia", "GPE"), ("Russia", "GPE"), ("Armenia", "GPE"), ("New Jersey", "GPE")],
            False,
        ),
        # nor the country's capital, which stands for its government
        ("Washington backs Georgia", [("Washington", "GPE"), ("Georgia", "GPE")], False),
        # nor no other place at all
        ("A small plane crashed in Georgia", [("Georgia", "GPE")], False),
    ],
)
def test_a_region_bearing_a_countrys_name_is_the_region_where_its_document_is_there(
    text: str, names: list[tuple[str, str]], region: bool
) -> None:
    flags = region_flags(text, *names)
    georgia = [f for (name, _), f in zip(names, flags, strict=True) if name == "Georgia"]
    assert georgia == [region] * len(georgia)
    # only the region's name is so read
    assert not any(f for (name, _), f in zip(names, flags, strict=True) if name != "Georgia")
