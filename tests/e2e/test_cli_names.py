"""A name several entities share (here a person and an organisation both called
"Vladimir Putin") is not chosen between silently: the most mentioned is used, stderr says
so and lists the others with their kinds, and --kind chooses another."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.e2e.cli_run import run

SHARED = "Vladimir Putin"


@pytest.fixture()
def corpus(capsys, tmp_path: Path, seeds_copy: Path) -> Path:
    """The seeds, with the news agency TASS given the president's name."""
    corpus = shutil.copytree(seeds_copy, tmp_path / "seeds")
    code, _, err = run(capsys, "rename", corpus, "TASS", SHARED)
    assert code == 0, err
    return corpus


def mentions(out: str) -> set[str]:
    return {row["mention"]["text"] for row in json.loads(out)}


def test_the_most_mentioned_is_used_and_the_others_are_listed(capsys, corpus: Path) -> None:
    code, out, err = run(capsys, "passages", corpus, "--entity", SHARED.lower(), "--json")
    assert code == 0 and mentions(out) <= {"Putin", "Vladimir Putin"}
    assert f"'{SHARED.lower()}' matches 2 entities; using {SHARED} (person, " in err
    assert f"not {SHARED} (organization, 3 mentions); --kind organization chooses another" in err


def test_kind_chooses_among_them(capsys, corpus: Path) -> None:
    code, out, err = run(
        capsys, "passages", corpus, "--entity", SHARED, "--kind", "organization", "--json"
    )
    assert code == 0 and mentions(out) == {"TASS"} and not err
    code, out, err = run(
        capsys, "comentions", corpus, "--entity", SHARED, "--kind", "organization", "--json"
    )
    assert code == 0 and "Yuri Ushakov" in {row["name"] for row in json.loads(out)}
    assert not err


def test_a_name_of_one_entity_says_nothing(capsys, corpus: Path) -> None:
    code, _, err = run(capsys, "passages", corpus, "--entity", "Putin", "--kind", "country")
    assert code == 0 and not err  # --kind only chooses between entities that share a name


def test_a_correction_says_which_entity_it_changes(capsys, corpus: Path) -> None:
    code, _, err = run(capsys, "hide", corpus, SHARED)
    assert code == 0
    assert f"using {SHARED} (person, " in err and "rename it first to correct another" in err
    _, out, _ = run(capsys, "entities", corpus, "--json")
    assert {(row["name"], row["kind"]) for row in json.loads(out) if row["name"] == SHARED} == {
        (SHARED, "organization")
    }
