"""The committed verdicts that still hold, over every entity of ranks 151-3000.

    .venv/bin/python -m bench.census INDEX --corpus bbc    # bench/quality's BBC files
    .venv/bin/python -m bench.census INDEX --corpus news   # the news articles' files
    .venv/bin/python -m bench.census INDEX --corpus bbc --unjudged   # and what is unread
    .venv/bin/python -m bench.census INDEX --corpus bbc --wrong      # and what is wrong

Each fresh sample (`bench/quality/fresh`) judges 100 names that no committed file had
judged, at the version of its session; after some seventy of them nearly every name
of ranks 151-3000 has been read at some version. The pooled samples mix verdicts on
entities that later rules changed. An entity whose name, kind and aliases (as the
TSVs write them, counts and all) are what a committed row judged is the entity that
row read, so its verdict holds now; over all such entities of the range, the shares
real and of the right kind are the range's own figures at this version, and how many
of the range they cover says how far to trust them. The entities with no verdict that
holds are the ones to read next (`--unjudged`); those judged wrong, with their notes,
are what is left to mend (`--wrong`).
"""

from __future__ import annotations

import argparse
import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bench.quality import GOLD, SAMPLE_END, Entity, aliases_column, read_entities

QUALITY = GOLD.parent
# The committed files of each corpus, read in this order: a later verdict on the same
# entity (name, kind and aliases) replaces an earlier one.
_COMMITTED = ("top150.tsv", "sample151-3000.tsv", "second151-3000.tsv", "third151-3000.tsv")
_FOLDERS = {"bbc": ".", "news": "news-articles"}  # under bench/quality
_NUMBER = re.compile(r"(?:seed|v)(\d+)-")
FIRST_RANK = 151


@dataclass(frozen=True, slots=True)
class Census:
    covered: int  # entities of the range with a verdict that holds
    real: int
    right_kind: int
    unjudged: tuple[tuple[int, Entity], ...]  # (rank, entity) with none
    wrong: tuple[tuple[int, Entity, str], ...]  # (rank, entity, note) not real or not its kind

    @property
    def size(self) -> int:
        """The entities of the range."""
        return self.covered + len(self.unjudged)

    def share(self, count: int) -> float:
        return count / self.covered if self.covered else 0.0


def judged_files(corpus: str, quality: Path = QUALITY) -> list[Path]:
    """A corpus's committed judged files, oldest verdicts first: the top 150 and the
    three samples, the fresh samples by seed (seed 9 before seed 10), then the
    census's own readings by version (`census/v424-bbc.tsv`: the entities of the range
    no verdict held for at that version, read to complete it)."""
    folder = quality / _FOLDERS[corpus]
    fresh = sorted((quality / "fresh").glob(f"seed*-{corpus}.tsv"), key=_number)
    read = sorted((quality / "census").glob(f"v*-{corpus}.tsv"), key=_number)
    return [folder / name for name in _COMMITTED if (folder / name).exists()] + fresh + read


def _number(path: Path) -> int:
    """The seed or the version a judged file's name carries."""
    found = _NUMBER.match(path.name)
    return int(found.group(1)) if found else 0


Verdicts = dict[tuple[str, str, str], dict[str, str]]


def verdicts(paths: Iterable[Path]) -> Verdicts:
    """The last row judged of each entity read in these files, read in order: by its
    name, kind and aliases column (two entities may share a name and a kind)."""
    latest: Verdicts = {}
    for path in paths:
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row.get("real") in ("y", "n"):
                    latest[row["name"], row["kind"], row["aliases"]] = row
    return latest


def census(
    entities: list[Entity],
    judged: Verdicts,
    first: int = FIRST_RANK,
    last: int = SAMPLE_END,
) -> Census:
    """The verdicts that hold over ranks `first`..`last` of `entities` (ranked)."""
    covered = real = right_kind = 0
    unjudged = []
    wrong = []
    for rank, entity in enumerate(entities[first - 1 : last], start=first):
        row = judged.get((entity.name, entity.kind, aliases_column(entity)))
        if row is None:
            unjudged.append((rank, entity))
            continue
        covered += 1
        real += row["real"] == "y"
        right_kind += row["right_kind"] == "y"
        if row["real"] != "y" or row["right_kind"] != "y":
            wrong.append((rank, entity, row["note"]))
    return Census(covered, real, right_kind, tuple(unjudged), tuple(wrong))


def render(result: Census, first: int = FIRST_RANK, last: int = SAMPLE_END) -> str:
    lines = [
        f"ranks {first}-{last}: {result.size:,} entities; a committed verdict holds for "
        f"{result.covered:,} ({result.covered / result.size:.1%})"
        if result.size
        else f"ranks {first}-{last}: no entities",
        f"real {result.real:,} ({result.share(result.real):.1%}), "
        f"right kind {result.right_kind:,} ({result.share(result.right_kind):.1%})",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path, help="an index file (a home's data/indexes/*.sqlite)")
    parser.add_argument("--corpus", choices=sorted(_FOLDERS), required=True)
    parser.add_argument("--unjudged", action="store_true", help="list the entities with none")
    parser.add_argument("--wrong", action="store_true", help="list those judged wrong")
    args = parser.parse_args(argv)
    result = census(read_entities(args.index), verdicts(judged_files(args.corpus)))
    print(render(result))
    if args.unjudged:
        for rank, entity in result.unjudged:
            print(f"{rank}\t{entity.name}\t{entity.kind}\t{entity.mentions}")
    if args.wrong:
        for rank, entity, note in result.wrong:
            print(f"{rank}\t{entity.name}\t{entity.kind}\t{entity.mentions}\t{note}")


if __name__ == "__main__":
    main()
