from __future__ import annotations

import pytest

from explorer.icons import UnknownIconError, icon, icon_names


def test_every_icon_loads(qapp) -> None:
    assert "folder-open" in icon_names()
    for name in icon_names():
        assert not icon(name).isNull(), name


def test_unknown_icon_raises(qapp) -> None:
    with pytest.raises(UnknownIconError):
        icon("no-such-icon")
