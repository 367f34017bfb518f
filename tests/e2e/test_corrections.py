"""Corrections from the command line survive re-indexing, exactly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from explorer.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def entities(capsys: pytest.CaptureFixture[str], corpus: Path) -> dict[str, dict]:
    assert main(["entities", str(corpus), "--json"]) == 0
    return {r["name"]: r for r in json.loads(capsys.readouterr().out)}


def correct(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_each_correction_changes_what_entities_shows(capsys, corpus: Path) -> None:
    before = entities(capsys, corpus)
    assert "Merged" in correct(capsys, "merge", corpus, "Hong Min", "Lim Eul-chul")
    correct(capsys, "rename", corpus, "Vladimir Putin", "Vladimir V. Putin")
    correct(capsys, "kind", corpus, "Juche", "other")
    correct(capsys, "hide", corpus, "Western")
    correct(capsys, "split", corpus, "Kim Jong Un", "Kim")
    after = entities(capsys, corpus)
    assert "Hong Min" not in after
    assert (
        after["Lim Eul-chul"]["mentions"]
        == before["Lim Eul-chul"]["mentions"] + before["Hong Min"]["mentions"]
    )
    assert "Vladimir V. Putin" in after and "Vladimir Putin" not in after
    assert after["Juche"]["kind"] == "other"
    assert "Western" not in after
    assert (
        after["Kim"]["mentions"] == 17
        and after["Kim Jong Un"]["mentions"] == before["Kim Jong Un"]["mentions"] - 17
    )
    correct(capsys, "unhide", corpus, "Western")
    assert "Western" in entities(capsys, corpus)


def test_corrections_are_reapplied_exactly_after_a_reindex(
    capsys, corpus: Path, tmp_path: Path
) -> None:
    correct(capsys, "merge", corpus, "Hong Min", "Lim Eul-chul")
    correct(capsys, "rename", corpus, "Kim Jong Un", "Kim Jong-un")
    correct(capsys, "hide", corpus, "North")
    corrected = entities(capsys, corpus)
    # Edit a file: a re-index re-reads it and resolves again.
    first = sorted(corpus.glob("*.txt"))[0]
    first.write_text(
        first.read_text(encoding="utf-8") + "\n\nOne more line about Moscow and Seoul.\n",
        encoding="utf-8",
    )
    reindexed = entities(capsys, corpus)
    for name in ("Kim Jong-un", "Lim Eul-chul"):
        assert reindexed[name]["aliases"] == corrected[name]["aliases"]
    assert "North" not in reindexed and "Hong Min" not in reindexed


def test_corrections_export_and_import_between_copies(capsys, corpus: Path, tmp_path: Path) -> None:
    correct(capsys, "merge", corpus, "Hong Min", "Lim Eul-chul")
    correct(capsys, "kind", corpus, "Juche", "group")
    shared = tmp_path / "team.json"
    correct(capsys, "corrections", corpus, "--export", shared)
    other = tmp_path / "other"
    shutil.copytree(SEEDS, other)
    correct(capsys, "corrections", other, "--import", shared)
    mine, theirs = entities(capsys, corpus), entities(capsys, other)
    assert [(r["name"], r["kind"], r["mentions"]) for r in mine.values()] == [
        (r["name"], r["kind"], r["mentions"]) for r in theirs.values()
    ]


def test_a_malformed_corrections_file_is_refused_clearly(
    capsys, corpus: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    assert main(["corrections", str(corpus), "--import", str(bad)]) == 2
    assert "bad.json" in capsys.readouterr().err


def test_correcting_an_unknown_entity_is_exit_2(capsys, corpus: Path) -> None:
    assert main(["hide", str(corpus), "Nobody Atall"]) == 2
    assert "no entity named" in capsys.readouterr().err
    assert main(["split", str(corpus), "Kim Jong Un", "Putin"]) == 2
    assert "not an alias" in capsys.readouterr().err
