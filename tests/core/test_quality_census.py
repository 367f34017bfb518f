"""The census of committed verdicts (bench/census.py) counts a verdict only where the
entity it read is still the same: no corpus, no spaCy."""

from __future__ import annotations

import csv
from pathlib import Path

from bench.census import census, judged_files, render, verdicts
from bench.quality import JUDGEMENT_COLUMNS, Entity, aliases_column

HEADER = ["rank", "name", "kind", "mentions", "documents", "aliases", *JUDGEMENT_COLUMNS]


def entity(name: str, kind: str = "person", aliases: dict[str, int] | None = None) -> Entity:
    aliases = aliases or {name: 3}
    return Entity(0, name, kind, sum(aliases.values()), 1, aliases)


def judged(path: Path, rows: list[tuple[Entity, str, str]]) -> Path:
    """A judged TSV of (entity as it was read, real, right kind)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(HEADER)
        for e, real, kind in rows:
            writer.writerow(
                [
                    "9",
                    e.name,
                    e.kind,
                    e.mentions,
                    1,
                    aliases_column(e),
                    real,
                    kind,
                    "y",
                    "",
                    "",
                    ".",
                ]
            )
    return path


def test_a_verdict_holds_only_for_the_entity_it_read(tmp_path: Path) -> None:
    blair = entity("Tony Blair", aliases={"Tony Blair": 6, "Blair": 4})
    leeds = entity("Leeds", "place")
    laura = entity("Laura Ashley")
    old = judged(
        tmp_path / "old.tsv",
        [
            (blair, "y", "y"),
            (leeds, "n", "n"),  # the city and its clubs
            (entity("Laura Ashley"), "y", "n"),  # the firm, read as a person
            (entity("Tysabri", "place"), "y", "n"),
        ],
    )
    new = judged(tmp_path / "new.tsv", [(leeds, "y", "y")])  # read again later
    now = [
        entity("top one"),
        blair,  # unchanged: its verdict holds
        leeds,  # the later file's verdict
        entity("Laura Ashley", aliases={"Laura Ashley": 3, "Ashley": 1}),  # grew: read again
        entity("Tysabri", "other"),  # its kind changed: read again
        laura,  # past the range
    ]
    result = census(now, verdicts([old, new]), first=2, last=5)
    assert (result.size, result.covered, result.real, result.right_kind) == (4, 2, 2, 2)
    assert [(rank, e.name) for rank, e in result.unjudged] == [(4, "Laura Ashley"), (5, "Tysabri")]
    assert result.wrong == ()  # Leeds read again and found right
    assert "a committed verdict holds for 2 (50.0%)" in render(result, 2, 5)
    assert "real 2 (100.0%), right kind 2 (100.0%)" in render(result, 2, 5)


def test_two_entities_of_one_name_and_kind_keep_their_own_verdicts(tmp_path: Path) -> None:
    chelsea = entity("Blues", "organization", {"Blues": 19})
    band = entity("Blues", "organization", {"Blues": 2, "Blue": 1})
    read = judged(tmp_path / "a.tsv", [(chelsea, "n", "y"), (band, "y", "y")])
    result = census([chelsea, band], verdicts([read]), 1, 2)
    assert (result.covered, result.real) == (2, 1)


def test_rows_without_a_verdict_are_no_verdict(tmp_path: Path) -> None:
    seek = entity("Seek")
    read = judged(tmp_path / "a.tsv", [(seek, "n", "n")])
    todo = judged(tmp_path / "b.tsv", [(seek, "TODO", "")])
    judged_rows = verdicts([read, todo])
    assert judged_rows["Seek", "person", "Seek (3)"]["real"] == "n"
    assert [(rank, e.name) for rank, e, _ in census([seek], judged_rows, 1, 1).wrong] == [
        (1, "Seek")
    ]


def test_fresh_samples_and_census_readings_are_read_in_order_after_the_committed_files(
    tmp_path: Path,
) -> None:
    fresh, read = tmp_path / "fresh", tmp_path / "census"
    fresh.mkdir()
    read.mkdir()
    for name in ("seed10-bbc.tsv", "seed9-bbc.tsv", "seed9-news.tsv"):
        (fresh / name).write_text("")
    for name in ("v424-bbc.tsv", "v99-bbc.tsv"):
        (read / name).write_text("")
    (tmp_path / "top150.tsv").write_text("")
    (tmp_path / "third151-3000.tsv").write_text("")
    names = [path.name for path in judged_files("bbc", tmp_path)]
    assert names == [
        "top150.tsv",
        "third151-3000.tsv",
        "seed9-bbc.tsv",
        "seed10-bbc.tsv",
        "v99-bbc.tsv",
        "v424-bbc.tsv",
    ]
