"""One rule for every command that opens a corpus: files it could not read are named on
stderr and the exit code is 1, whether they were read this time or found unreadable
before; a corpus with nothing readable says so, and which files are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.cli_exit import EXIT_SKIPPED
from explorer.corpus.read import READERS
from tests.e2e.cli_run import run

QUESTIONS = [
    ("entities",),
    ("entities", "--json"),
    ("comentions", "--entity", "Putin"),
    ("passages", "--entity", "Putin"),
    ("search", "Putin"),
]


@pytest.fixture()
def mixed(tmp_path: Path, seeds_copy: Path) -> Path:
    """One good article and one file that is not text."""
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    good = seeds_copy / "001_9fcd9729cfbe0e9d.txt"
    (corpus / "good.txt").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return corpus


def test_every_question_exits_1_and_names_the_unreadable_file(capsys, mixed: Path) -> None:
    for question in QUESTIONS:  # the first indexes; the others find the index up to date
        code, out, err = run(capsys, question[0], mixed, *question[1:])
        assert code == EXIT_SKIPPED, (question, err)
        assert "skipped:" in err and "image.txt: not text" in err, (question, err)
        assert out.strip(), question  # and the answer from the rest
    code, _, err = run(capsys, "index", mixed)
    assert code == EXIT_SKIPPED and "image.txt: not text" in err


def test_a_corpus_read_whole_exits_0(capsys, mixed: Path) -> None:
    (mixed / "image.txt").unlink()
    for question in QUESTIONS:
        code, _, err = run(capsys, question[0], mixed, *question[1:])
        assert code == 0 and "skipped" not in err, (question, err)


@pytest.mark.parametrize("contents", ["nothing", "an unreadable file"])
def test_a_corpus_with_nothing_readable_says_which_files_are_read(
    capsys, tmp_path: Path, contents: str
) -> None:
    corpus = tmp_path / "folder"
    corpus.mkdir()
    if contents == "an unreadable file":
        (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    read = list(READERS)
    kinds = ", ".join(read[:-1]) + f" and {read[-1]}"
    for command in ("index", "entities"):
        code, out, err = run(capsys, command, corpus)
        assert code == EXIT_SKIPPED
        assert f"{corpus} has no readable documents; the files read are {kinds}." in err
        assert "files could not" not in out + err and "1 files" not in out + err


def test_counts_are_said_in_words(capsys, mixed: Path, tmp_path: Path) -> None:
    """'1 file', '1 document', '1 correction': no '1 files', no 'file(s)'."""
    code, out, err = run(capsys, "index", mixed)
    assert code == EXIT_SKIPPED
    assert out.startswith("indexed 1 file, 0 unchanged, 0 removed, 1 skipped in ")
    assert "index: 1 document, 457 words, " in out
    run(capsys, "hide", mixed, "Ukraine")
    _, out, _ = run(capsys, "corrections", mixed, "--export", tmp_path / "mine.json")
    assert out.startswith("Wrote 1 correction to ")
    _, out, _ = run(capsys, "corrections", mixed, "--import", tmp_path / "mine.json")
    assert out.startswith("Imported 1 correction from ")
    _, out, err = run(capsys, "index", mixed)
    assert out.startswith("indexed 0 files, 2 unchanged, 0 removed, 1 skipped in ")
    assert "(s)" not in out + err
