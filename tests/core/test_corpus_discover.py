"""discover(): the files of a corpus, each once, and a clear problem for each bad path."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from explorer.corpus import discover as discover_module
from explorer.corpus.discover import discover
from explorer.corpus.model import Problem


def touch(path: Path, text: str = "Kim Jong Un met Vladimir Putin.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def names(sources: list) -> list[str]:
    return [source.path.name for source in sources]


def reasons(problems: list[Problem]) -> dict[str, str]:
    return {problem.path.name: problem.reason for problem in problems}


def test_supported_files_are_found_in_nested_folders_sorted(tmp_path: Path) -> None:
    for name in (
        "b/story.md",
        "a/c/page.html",
        "a/report.pdf",
        "z.txt",
        "data.csv",
        "records.jsonl",
        "memo.docx",
        "Upper.TXT",
        "photo.jpg",
        "notes",
    ):
        touch(tmp_path / name)
    sources, problems = discover([tmp_path])
    assert problems == []
    assert [str(s.path.relative_to(tmp_path)) for s in sources] == [
        "Upper.TXT",
        "a/c/page.html",
        "a/report.pdf",
        "b/story.md",
        "data.csv",
        "memo.docx",
        "records.jsonl",
        "z.txt",
    ]
    first = sources[0]
    assert first.path.is_absolute() and first.size == len("Kim Jong Un met Vladimir Putin.")
    assert first.mtime_ns == first.path.stat().st_mtime_ns


def test_hidden_files_hidden_folders_and_word_lock_files_are_ignored(tmp_path: Path) -> None:
    touch(tmp_path / ".hidden.txt")
    touch(tmp_path / ".git" / "notes.txt")
    touch(tmp_path / "~$memo.docx")
    touch(tmp_path / "kept.txt")
    assert names(discover([tmp_path])[0]) == ["kept.txt"]


def test_names_with_spaces_newlines_and_other_scripts_work(tmp_path: Path) -> None:
    wanted = [
        "Ким Чен Ын.txt",
        "김정은 방러.md",
        "كيم جونغ أون.txt",
        "two\nlines.txt",
        "  spaced  out .txt",
        "emoji 🙂.txt",
    ]
    for name in wanted:
        touch(tmp_path / "папка с пробелами" / name)
    sources, problems = discover([tmp_path])
    assert problems == [] and sorted(names(sources)) == sorted(wanted)


def test_a_link_loop_between_folders_ends_and_each_file_comes_once(tmp_path: Path) -> None:
    touch(tmp_path / "a" / "one.txt")
    touch(tmp_path / "a" / "b" / "two.txt")
    (tmp_path / "a" / "b" / "back").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "a" / "self").symlink_to(".", target_is_directory=True)
    sources, problems = discover([tmp_path])
    assert problems == [] and sorted(names(sources)) == ["one.txt", "two.txt"]


def test_a_file_linked_twice_and_overlapping_roots_give_one_source(tmp_path: Path) -> None:
    target = touch(tmp_path / "corpus" / "story.txt")
    (tmp_path / "corpus" / "alias.txt").symlink_to(target)
    sources, problems = discover([tmp_path / "corpus", target, str(tmp_path / "corpus")])
    assert problems == [] and len(sources) == 1


def test_broken_and_looping_links_are_problems_naming_them(tmp_path: Path) -> None:
    touch(tmp_path / "good.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    sources, problems = discover([tmp_path])
    assert names(sources) == ["good.txt"]
    assert reasons(problems) == {
        "broken.txt": "broken link: its target does not exist",
        "loop.txt": "link loop: the link leads back to itself",
    }


def test_deep_folders_beyond_the_recursion_limit_work(tmp_path: Path) -> None:
    folders = [tmp_path]
    for _ in range(sys.getrecursionlimit() + 100):  # mkdir(parents=True) would recurse
        folders.append(folders[-1] / "d")
        folders[-1].mkdir()
    bottom = touch(folders[-1] / "bottom.txt")
    try:
        sources, problems = discover([tmp_path])
        assert problems == [] and names(sources) == ["bottom.txt"]
    finally:  # shutil.rmtree recurses too: pytest could not clean this up
        bottom.unlink()
        for folder in reversed(folders[1:]):
            folder.rmdir()


def test_a_missing_root_is_a_problem(tmp_path: Path) -> None:
    sources, problems = discover([tmp_path / "nowhere"])
    assert sources == []
    assert [str(p) for p in problems] == [
        f"skipped: {tmp_path / 'nowhere'}: no such file or folder"
    ]


def test_a_folder_with_nothing_readable_is_a_problem(tmp_path: Path) -> None:
    touch(tmp_path / "photo.jpg")
    (tmp_path / "empty").mkdir()
    sources, problems = discover([tmp_path, tmp_path / "empty"])
    assert sources == []
    assert len(problems) == 2
    assert all(
        p.reason.startswith("nothing to read in this folder (no .csv, .docx") for p in problems
    )


def test_an_unsupported_file_given_directly_is_a_problem(tmp_path: Path) -> None:
    photo = touch(tmp_path / "photo.jpg")
    (problem,) = discover([photo])[1]
    assert problem.path == photo and problem.reason.startswith("unsupported file type '.jpg'")


def test_an_unreadable_folder_is_a_problem_and_the_rest_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    touch(tmp_path / "open" / "a.txt")
    locked = tmp_path / "locked"
    touch(locked / "b.txt")
    real_scandir = os.scandir

    def scandir(path: Path) -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(discover_module.os, "scandir", scandir)
    sources, problems = discover([tmp_path])
    assert names(sources) == ["a.txt"]
    assert [str(p) for p in problems] == [
        f"skipped: {locked}: folder cannot be opened (Permission denied)"
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_like_a_text_file_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    sources, problems = discover([tmp_path])
    assert sources == [] and reasons(problems) == {"pipe.txt": "not a regular file"}


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes")
def test_a_file_name_that_is_not_utf8_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    touch(tmp_path / "fine.txt")
    with open(os.fsencode(tmp_path) + b"/caf\xe9.txt", "w") as file:
        file.write("Kim met Putin.")
    sources, problems = discover([tmp_path])
    assert names(sources) == ["fine.txt"]
    (problem,) = problems
    assert problem.path.name == "caf\ufffd.txt"
    assert "not valid UTF-8" in problem.reason
    str(problem).encode("utf-8")  # printable
