"""Where the app keeps its files when ENTITY_EXPLORER_HOME says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.paths import HOME_ENV, config_dir, data_dir


def test_a_relative_home_is_made_absolute(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # the index's SQLite URI needs an absolute path: a relative home crashed every command
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(HOME_ENV, "home")
    assert data_dir() == tmp_path / "home" / "data"
    assert config_dir() == tmp_path / "home" / "config"
