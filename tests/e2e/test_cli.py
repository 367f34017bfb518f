"""The headless command on the seeds, in-process, sharing one index per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.paths import HOME_ENV
from tests.e2e.cli_run import run


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli-home")


@pytest.fixture(autouse=True)
def _fresh_home(shared_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Overrides the per-test home: these tests share one index of the seeds."""
    monkeypatch.setenv(HOME_ENV, str(shared_home))
    return shared_home


def test_index_prints_a_summary(capsys, seeds_copy: Path) -> None:
    code, out, err = run(capsys, "index", seeds_copy)
    assert code == 0, err
    assert "4 documents" in out and "en_core_web" in out


def test_entities_json_has_the_documented_fields(capsys, seeds_copy: Path) -> None:
    code, out, _ = run(capsys, "entities", seeds_copy, "--json")
    records = json.loads(out)
    assert code == 0 and records
    assert set(records[0]) == {"name", "kind", "mentions", "documents", "aliases", "candidates"}
    assert set(records[0]["aliases"][0]) == {"text", "mentions"}
    assert all(r["candidates"] == [] for r in records)  # no short name the seeds leave open
    mentions = [r["mentions"] for r in records]
    assert mentions == sorted(mentions, reverse=True)


def test_entities_filter_by_kind_top_and_focus(capsys, seeds_copy: Path) -> None:
    _, out, _ = run(capsys, "entities", seeds_copy, "--kind", "person", "--top", "3", "--json")
    people = json.loads(out)
    assert len(people) == 3 and {r["kind"] for r in people} == {"person"}
    _, out, _ = run(capsys, "entities", seeds_copy, "--json")
    everything = {r["name"]: r for r in json.loads(out)}
    _, out, _ = run(capsys, "entities", seeds_copy, "--focus", "Antony Blinken", "--json")
    focused = {r["name"]: r for r in json.loads(out)}
    assert focused["Antony Blinken"]["documents"] == 1
    assert all(r["documents"] <= 1 for r in focused.values())
    assert len(focused) < len(everything)


def test_entities_as_an_aligned_table_and_csv(capsys, seeds_copy: Path) -> None:
    _, out, _ = run(capsys, "entities", seeds_copy, "--top", "5")
    lines = out.splitlines()
    assert lines[0].split() == ["NAME", "KIND", "MENTIONS", "DOCUMENTS", "ALIASES"]
    assert len(lines) == 6 and len({line.index(line.split()[-1]) for line in lines[:1]}) == 1
    _, out, _ = run(capsys, "entities", seeds_copy, "--top", "2", "--csv")
    assert out.splitlines()[0] == "name,kind,mentions,documents,aliases"


def test_an_ambiguous_short_name_lists_its_candidates(capsys, williams_corpus: Path) -> None:
    code, out, _ = run(capsys, "entities", williams_corpus, "--json")
    records = {r["name"]: r for r in json.loads(out)}
    assert code == 0
    candidates = records["Williams"]["candidates"]
    assert {c["name"] for c in candidates} == {
        "Serena Williams",
        "Venus Williams",
        "Robbie Williams",
    }
    assert all(c["mentions"] == records[c["name"]]["mentions"] for c in candidates)
    assert records["Serena Williams"]["candidates"] == []
    # inside a focus (counted another way) the same
    _, out, _ = run(capsys, "entities", williams_corpus, "--focus", "Williams", "--json")
    assert json.loads(out)[0]["candidates"] == candidates

    _, out, _ = run(capsys, "entities", williams_corpus, "--kind", "person")
    names = [line.split("  ")[0].strip() for line in out.splitlines()[1:]]
    assert "Williams (ambiguous)" in names and "Serena Williams" in names
    _, out, _ = run(capsys, "entities", williams_corpus, "--kind", "person", "--csv")
    assert out.splitlines()[0] == "name,kind,mentions,documents,aliases"
    assert any(line.startswith("Williams,person,") for line in out.splitlines())  # data: the name


def test_comentions_of_kim_jong_un(capsys, seeds_copy: Path) -> None:
    code, out, _ = run(capsys, "comentions", seeds_copy, "--entity", "kim jong-un", "--json")
    rows = json.loads(out)
    assert code == 0 and set(rows[0]) == {"name", "kind", "count", "documents", "score"}
    top = {r["name"] for r in rows[:6]}
    assert {"Vladimir Putin", "Russia", "North Korea"} <= top
    for window in ("paragraph", "document"):
        _, out, _ = run(
            capsys, "comentions", seeds_copy, "--entity", "Putin", "--window", window, "--json"
        )
        assert json.loads(out)


def test_passages_offsets_give_back_the_mention_in_the_file(capsys, seeds_copy: Path) -> None:
    code, out, _ = run(capsys, "passages", seeds_copy, "--entity", "Putin", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) >= 15
    for row in rows:
        assert set(row) >= {"document", "path", "title", "text", "start", "end", "mention"}
        text = Path(row["path"]).read_text(encoding="utf-8")
        assert text[row["start"] : row["end"]] == row["text"]
        mention = row["mention"]
        assert text[mention["start"] : mention["end"]] == mention["text"]
        assert row["start"] <= mention["start"] < mention["end"] <= row["end"]


def test_passages_of_a_pair_mention_both(capsys, seeds_copy: Path) -> None:
    _, out, _ = run(
        capsys, "passages", seeds_copy, "--entity", "Putin", "--with", "North Korea", "--json"
    )
    rows = json.loads(out)
    assert rows and all(r["mention"] and r["with_mention"] for r in rows)


def test_search_finds_passages(capsys, seeds_copy: Path) -> None:
    code, out, _ = run(capsys, "search", seeds_copy, "birthday greetings", "--json")
    rows = json.loads(out)
    assert code == 0 and rows and "birthday greetings" in rows[0]["text"]
    code, out, _ = run(capsys, "search", seeds_copy, '"(*: NEAR(', "--json")
    assert code == 0 and json.loads(out) == []


def test_an_unknown_name_is_a_clear_message_and_exit_2(capsys, seeds_copy: Path) -> None:
    code, out, err = run(capsys, "comentions", seeds_copy, "--entity", "Nobody Atall")
    assert code == 2 and "no entity named 'Nobody Atall'" in err and not out


def test_a_missing_corpus_is_exit_2(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "entities", tmp_path / "nowhere")
    assert code == 2 and "no such file or folder" in err


def test_the_app_is_given_a_missing_corpus_to_say_so_in_its_window(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import explorer.ui.app

    opened: list[tuple[Path | None, Path | None]] = []
    monkeypatch.setattr(
        explorer.ui.app, "run", lambda corpus, fallback=None: opened.append((corpus, fallback)) or 0
    )
    assert main([str(tmp_path / "nowhere")]) == 0
    assert opened == [(tmp_path / "nowhere", Path(__file__).parents[2] / "seeds")]


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["entities"])
    assert exc.value.code == 2


def test_index_exits_1_when_a_file_was_skipped(capsys, tmp_path: Path, seeds_copy: Path) -> None:
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    (corpus / "good.txt").write_text(
        (seeds_copy / "001_9fcd9729cfbe0e9d.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (corpus / "empty.txt").write_bytes(b"")
    code, out, err = run(capsys, "index", corpus)
    assert code == 1
    assert "image.txt: not text" in err and "empty.txt: empty file" in err
    assert "indexed 1 file," in out and "1 document," in out
    assert "Traceback" not in err


def test_version_names_app_spacy_and_pipeline(capsys) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert "Entity Explorer" in out and "spaCy" in out and "en_core_web" in out
