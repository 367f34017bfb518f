"""`entity-explorer timeline` on the seeds as a jsonl corpus, three of the four dated:
the counts per bin add up to the entity's dated mentions, the undated document is
said and placed nowhere, pictures come with their CSV, mistakes exit 2."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from explorer.paths import HOME_ENV
from tests.e2e.cli_run import run

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DATES = ["2024-05-02", "2024-05-20", "2024-07-03", None]


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("timeline-home")


@pytest.fixture(autouse=True)
def _fresh_home(shared_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Overrides the per-test home: these tests share one index of the corpus."""
    monkeypatch.setenv(HOME_ENV, str(shared_home))
    return shared_home


@pytest.fixture(scope="module")
def dated_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The four seeds as records of one jsonl file, the last without a date."""
    path = tmp_path_factory.mktemp("dated") / "seeds.jsonl"
    records = []
    for source, date in zip(sorted(SEEDS.glob("*.txt")), DATES, strict=True):
        title, _, text = source.read_text(encoding="utf-8").partition("\n")
        records.append(json.dumps({"title": title, "text": text, "date": date}))
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("unit", ["day", "week", "month"])
def test_counts_per_bin_add_up_to_the_dated_mentions(capsys, dated_corpus: Path, unit: str) -> None:
    code, out, err = run(
        capsys,
        "timeline",
        dated_corpus,
        "--entity",
        "Russia",
        "--entity",
        "Kim Jong Un",
        "--bin",
        unit,
        "--json",
    )
    assert code == 0, err
    timeline = json.loads(out)
    assert timeline["bin"] == unit and timeline["undated_documents"] == 1
    _, listed, _ = run(capsys, "entities", dated_corpus, "--json")
    totals = {row["name"]: row["mentions"] for row in json.loads(listed)}
    for line in timeline["entities"]:
        dated = sum(item["mentions"] for item in line["bins"])
        assert dated == line["dated_mentions"] > 0
        assert dated + line["undated_mentions"] == totals[line["name"]]
        days = [item["first"] for item in line["bins"]]
        assert days == sorted(days) and days[0] <= "2024-05-02" and days[-1] <= "2024-07-03"


def test_the_table_says_the_undated_documents_and_the_bursts(capsys, dated_corpus: Path) -> None:
    code, out, err = run(capsys, "timeline", dated_corpus, "--entity", "Russia", "--bin", "month")
    assert code == 0, err
    assert "May 2024" in out and "Jun 2024" in out and "Jul 2024" in out
    assert "1 document has no date." in out
    assert "Burst of Russia" in out or "No bursts." in out


def test_a_picture_comes_with_its_counts_as_csv(capsys, dated_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "russia.svg"
    code, printed, err = run(
        capsys, "timeline", dated_corpus, "--entity", "Russia", "--bin", "week", "--out", out
    )
    assert code == 0, err
    assert "1 document has no date" in printed
    svg = out.read_text(encoding="utf-8")
    assert "Mentions per week of Russia" in svg
    with out.with_suffix(".csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["first"] <= "2024-05-02" and sum(int(row["Russia"]) for row in rows) > 0
    png = tmp_path / "russia.png"
    assert run(capsys, "timeline", dated_corpus, "--entity", "Russia", "--out", png)[0] == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_mistakes_exit_2(capsys, dated_corpus: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "timeline", dated_corpus, "--entity", "Nobody Atall")
    assert code == 2 and "no entity named" in err
    code, _, err = run(
        capsys, "timeline", dated_corpus, "--entity", "Russia", "--out", tmp_path / "t.gif"
    )
    assert code == 2 and ".png or .svg" in err
