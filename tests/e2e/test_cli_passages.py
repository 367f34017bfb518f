"""`passages` and `search` as a reader sees them: each passage in full, wrapped to the
terminal, its match marked, the title short; a list cut at --top says so; a reader that
stops reading (`| head`) ends the command quietly."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli_exit import EXIT_BROKEN_PIPE
from explorer.cli_output import TITLE_WIDTH
from explorer.paths import HOME_ENV
from tests.e2e.cli_run import run

WIDTH = 80


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli-passages-home")


@pytest.fixture(autouse=True)
def _fresh_home(shared_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """These tests share one index of the seeds, and a terminal WIDTH columns wide."""
    monkeypatch.setenv(HOME_ENV, str(shared_home))
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    return shared_home


def blocks(table: str) -> list[tuple[str, str]]:
    """(title, passage) per row of a passage table: a row starts where the title column
    is filled, and its passage goes on in the lines below."""
    header, *lines = table.splitlines()
    column = header.index("PASSAGE")
    rows: list[tuple[str, list[str]]] = []
    for line in lines:
        if line[:column].strip():
            rows.append((line[:column].strip(), []))
        rows[-1][1].append(line[column:])
    return [(title, " ".join(parts)) for title, parts in rows]


def test_passages_are_shown_whole_with_the_match_marked(capsys, seeds_copy: Path) -> None:
    _, out, _ = run(capsys, "passages", seeds_copy, "--entity", "Putin", "--json")
    passages = json.loads(out)
    code, out, _ = run(capsys, "passages", seeds_copy, "--entity", "Putin")
    assert code == 0
    assert all(len(line) <= WIDTH for line in out.splitlines())
    shown = blocks(out)
    assert len(shown) == len(passages)
    for (title, text), passage in zip(shown, passages, strict=True):
        assert text.replace("*", "") == " ".join(passage["text"].split())  # nothing cut
        assert "*Putin*" in text or "*Vladimir Putin*" in text
        assert len(title) <= TITLE_WIDTH and passage["title"].startswith(title.rstrip("…"))


def test_a_pair_marks_both_entities(capsys, seeds_copy: Path) -> None:
    code, out, _ = run(capsys, "passages", seeds_copy, "--entity", "Putin", "--with", "Kim Jong Un")
    assert code == 0 and blocks(out)
    for _, text in blocks(out):
        assert "Putin*" in text and "*Kim" in text


def test_search_marks_the_words_found_and_says_when_it_stops(capsys, seeds_copy: Path) -> None:
    _, out, _ = run(capsys, "search", seeds_copy, "kim jong", "--top", "1000", "--json")
    total = len(json.loads(out))
    assert total > 3
    code, out, err = run(capsys, "search", seeds_copy, "kim jong", "--top", "3")
    assert code == 0 and len(blocks(out)) == 3
    assert all("*Kim Jong*" in text for _, text in blocks(out))
    assert f"3 of {total} passages shown; --top N shows more." in err
    _, out, err = run(capsys, "search", seeds_copy, "birthday greetings")
    assert "*birthday greetings*" in out and "shown" not in err  # all of them are


def test_passages_cut_at_top_say_how_many_there_are(capsys, seeds_copy: Path) -> None:
    _, out, _ = run(capsys, "passages", seeds_copy, "--entity", "Putin", "--json")
    total = len(json.loads(out))
    _, out, err = run(capsys, "passages", seeds_copy, "--entity", "Putin", "--top", "2", "--json")
    assert len(json.loads(out)) == 2  # the JSON on stdout stays JSON
    assert f"2 of {total} passages shown" in err


def _command(home: Path, *args: object, **kwargs: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, HOME_ENV: str(home), "COLUMNS": str(WIDTH)}
    env.pop("NO_COLOR", None)
    return subprocess.Popen(
        [sys.executable, "-m", "explorer", *map(str, args)],
        env=env,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def test_on_a_terminal_the_match_is_bold(shared_home: Path, seeds_copy: Path) -> None:
    controller, terminal = pty.openpty()
    process = _command(
        shared_home, "passages", seeds_copy, "--entity", "Putin", "--top", "3", stdout=terminal
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal's other end closed: the command is done
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    assert process.wait(timeout=120) == 0, process.stderr.read()
    text = shown.decode()
    assert "\033[1mPutin\033[22m" in text or "\033[1mVladimir Putin\033[22m" in text
    assert "*Putin*" not in text


def test_a_reader_that_stops_reading_ends_it_quietly(shared_home: Path, seeds_copy: Path) -> None:
    """`passages ... | head`: the pipe is closed before the command writes to it."""
    reader, writer = os.pipe()
    os.close(reader)
    process = _command(shared_home, "passages", seeds_copy, "--entity", "Putin", stdout=writer)
    os.close(writer)
    _, err = process.communicate(timeout=120)
    assert process.returncode == EXIT_BROKEN_PIPE
    assert b"Traceback" not in err and b"BrokenPipe" not in err and not err.strip(), err
