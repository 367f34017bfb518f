"""`entity-explorer watch`: the rows, the messages on stderr and the exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from explorer.paths import HOME_ENV
from tests.e2e.cli_run import run


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("watch-home")


@pytest.fixture(autouse=True)
def _fresh_home(shared_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Overrides the per-test home: these tests share one index of the seeds."""
    monkeypatch.setenv(HOME_ENV, str(shared_home))
    return shared_home


def write(tmp_path: Path, text: str, name: str = "list.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_all_found_exits_0(capsys, tmp_path: Path, seeds_copy: Path) -> None:
    listed = write(tmp_path, "Putin\nKim Jong-un | Kim ; person\nU.S.\n")
    code, out, err = run(capsys, "watch", seeds_copy, "--list", listed)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["NAME", "ENTITY", "MENTIONS", "DOCUMENTS", "NOTE"]
    assert "Vladimir Putin (person)" in lines[1] and "United States (country)" in lines[3]


def test_names_not_found_exit_1_and_are_listed(capsys, tmp_path: Path, seeds_copy: Path) -> None:
    listed = write(tmp_path, "Putin\nVladimir Poutine\nXi Jinping\n")
    code, out, err = run(capsys, "watch", seeds_copy, "--list", listed, "--json")
    assert code == 1
    records = {r["name"]: r for r in json.loads(out)}
    assert records["Putin"]["found"] and records["Putin"]["entity"] == "Vladimir Putin"
    assert records["Vladimir Poutine"]["near_misses"][0]["name"] == "Vladimir Putin"
    assert not records["Xi Jinping"]["found"] and records["Xi Jinping"]["near_misses"] == []
    assert "2 of 3 names not found: Vladimir Poutine (did you mean Vladimir Putin" in err
    assert "Xi Jinping." in err


def test_a_malformed_line_is_named_and_exits_1(capsys, tmp_path: Path, seeds_copy: Path) -> None:
    listed = write(tmp_path, "Putin\nRussia ; nation\n")
    code, out, err = run(capsys, "watch", seeds_copy, "--list", listed, "--csv")
    assert code == 1
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["name"] for r in rows] == ["Putin"] and rows[0]["found"] == "True"
    assert f"{listed}: line 2: “nation” is not a kind" in err


def test_a_list_that_cannot_be_used_exits_2(capsys, tmp_path: Path, seeds_copy: Path) -> None:
    code, _, err = run(capsys, "watch", seeds_copy, "--list", tmp_path / "missing.txt")
    assert code == 2 and "cannot read" in err
    empty = write(tmp_path, "# nothing yet\n")
    code, _, err = run(capsys, "watch", seeds_copy, "--list", empty)
    assert code == 2 and "no name to look for" in err
