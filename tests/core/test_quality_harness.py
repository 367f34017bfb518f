"""The entity-quality harness (bench/quality.py) measures what it says, on hand-made
entities: no corpus, no spaCy."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from bench.quality import (
    Entity,
    Gold,
    GoldEntity,
    NotCountry,
    is_debris,
    load_gold,
    measure,
    met,
    write_tsv,
    write_tsvs,
)

BLAIR = Entity(1, "Tony Blair", "person", 100, 40, {"Tony Blair": 60, "Blair": 40})
BROWN = Entity(2, "Gordon Brown", "person", 50, 20, {"Gordon Brown": 30, "Brown": 20})
# A split: "Mr Brown" resolved on its own entity.
BROWN_SPLIT = Entity(3, "Brown", "person", 10, 5, {"Brown": 10})
# The right holder of a shared surname: not a split.
WES = Entity(4, "Wes Brown", "person", 4, 3, {"Wes Brown": 3, "Brown": 1})
UK = Entity(
    5,
    "United Kingdom",
    "country",
    200,
    90,
    {"UK": 120, "Britain": 60, "British": 15, "Scotland": 5},
)
SCOTLAND = Entity(6, "Scotland", "place", 30, 20, {"Scotland": 30})

GOLD = Gold(
    entities=(
        GoldEntity("Tony Blair", "person", ("Tony Blair", "Blair", "Mr Blair")),
        GoldEntity("Gordon Brown", "person", ("Gordon Brown", "Brown"), not_=("Wes Brown",)),
        GoldEntity("United Kingdom", "country", ("UK", "Britain"), ("British",), ("Scotland",)),
    ),
    not_countries=(NotCountry("Scotland", "place", "GB", "United Kingdom"),),
    furniture=("Subs Not Used",),
)


def test_variants_never_seen_do_not_count_and_all_seen_are_on_main() -> None:
    figures = measure([BLAIR, BROWN, WES, UK, SCOTLAND], GOLD)
    # "Mr Blair" is in no entity's aliases: neither a hit nor a miss.
    assert figures.variants_unseen == 1
    assert figures.variants_seen == 7
    assert figures.variant_recall == 1.0
    assert figures.misses == []


def test_a_split_counts_its_mentions_and_the_named_other_does_not() -> None:
    figures = measure([BLAIR, BROWN, BROWN_SPLIT, WES, UK, SCOTLAND], GOLD)
    # Gordon Brown's variants: 30 + 20 on him, 10 on the split "Brown"; Wes Brown's one
    # "Brown" is his own and left out of both sides.
    brown = next(s for s in figures.splits if s.gold == "Gordon Brown")
    assert (brown.elsewhere, brown.total) == (10, 60)
    assert figures.split_elsewhere == 10
    assert figures.split_total == 100 + 60 + 195
    assert figures.split_share == 10 / 355


def test_the_main_entity_is_the_most_mentioned_carrier_of_the_name() -> None:
    # "Gordon Brown" appears only as an alias of a bigger, wrongly named entity.
    merged = Entity(7, "Brown", "organization", 500, 50, {"Gordon Brown": 30, "Brown": 470})
    figures = measure([BLAIR, merged, UK], GOLD)
    assert "Gordon Brown: organization, expected person (Brown)" in figures.wrong_kinds
    assert figures.variant_recall == 1.0


def test_a_miss_names_where_the_variant_went() -> None:
    figures = measure([BLAIR, BROWN, BROWN_SPLIT, UK], GOLD)
    assert figures.variant_recall == 1.0  # "Brown" is also on Gordon Brown
    alone = Entity(2, "Gordon Brown", "person", 30, 20, {"Gordon Brown": 30})
    figures = measure([BLAIR, alone, BROWN_SPLIT, UK], GOLD)
    assert [(m.gold, m.variant, m.held_by) for m in figures.misses] == [
        ("Gordon Brown", "Brown", "Brown (person)")
    ]


def test_wrong_aliases_are_found_for_not_strings_and_non_countries() -> None:
    figures = measure([BLAIR, BROWN, WES, UK, SCOTLAND], GOLD)
    # Named twice (the UK's "not", and a non-country), counted once.
    assert figures.wrong_aliases == ["'Scotland' is an alias of United Kingdom (country)"]
    uk_without_not = Gold(GOLD.entities[:2], GOLD.not_countries)
    figures = measure([BLAIR, BROWN, UK, SCOTLAND], uk_without_not)
    assert figures.wrong_aliases == ["'Scotland' is an alias of the country United Kingdom"]
    figures = measure([BLAIR, BROWN, WES, UK, SCOTLAND], GOLD)
    assert figures.wrong_kinds == []  # Scotland's own entity is a place
    figures = measure([BLAIR, BROWN, UK], GOLD)  # Scotland only as the UK's alias
    assert figures.wrong_kinds == []  # counted once, as a wrong alias
    as_country = Entity(6, "Scotland", "country", 30, 20, {"Scotland": 30})
    clean_uk = Entity(5, "United Kingdom", "country", 195, 90, {"UK": 120, "Britain": 75})
    figures = measure([clean_uk, as_country], GOLD)
    assert figures.wrong_aliases == ["'Scotland' is the country Scotland"]
    assert figures.wrong_kinds == ["Scotland: country, expected place"]


def test_furniture_left_is_any_entity_carrying_it() -> None:
    label = Entity(8, "Subs Not Used", "organization", 12, 6, {"Subs Not Used": 12})
    figures = measure([BLAIR, label], GOLD)
    assert figures.furniture_left == ["'Subs Not Used' in Subs Not Used (organization)"]
    assert not met(figures)["furniture_left"]


def test_display_name_sharing_counts_the_smaller_namesakes() -> None:
    other = Entity(9, "tony blair", "organization", 5, 2, {"Tony Blair": 5})
    third = Entity(10, "Tony Blair", "place", 3, 1, {"Tony Blair": 3})
    figures = measure([BLAIR, other, third, UK], GOLD)
    assert figures.shared_name_mentions == 8
    assert figures.all_mentions == 100 + 5 + 3 + 200
    assert figures.shared_name_share == 8 / 308
    assert len(figures.shared_names) == 1


def test_debris() -> None:
    assert is_debris('can"t Stop')
    assert is_debris("[Joss Stone")
    assert is_debris("Howard Webb (South")
    assert is_debris("'Poll Idols")
    assert is_debris("Tony|Blair")
    assert not is_debris("Brian O'Driscoll")
    assert not is_debris("Howard Webb (South Yorkshire)")
    assert not is_debris('Lewis "Scooter" Libby')  # a nickname, as news writes it
    assert is_debris('Lewis "Scooter Libby')
    figures = measure([BLAIR, Entity(11, "{Blair", "person", 1, 1)], GOLD)
    assert figures.debris == ["{Blair"]
    assert figures.debris_share == 0.5


def test_the_gold_file_loads_and_is_consistent() -> None:
    gold = load_gold(Path(__file__).resolve().parents[2] / "bench" / "quality" / "gold.json")
    kinds = {e.kind for e in gold.entities}
    assert kinds == {"person", "country", "organization"}
    assert sum(e.kind == "person" for e in gold.entities) >= 40
    assert sum(e.kind == "country" for e in gold.entities) >= 25
    assert sum(e.kind == "organization" for e in gold.entities) >= 20
    assert len(gold.not_countries) >= 15
    for entry in gold.entities:
        folded = {v.casefold() for v in entry.expected}
        assert not folded & {n.casefold() for n in entry.not_}, entry.name
    names = [e.name for e in gold.entities]
    assert len(names) == len(set(names))


def test_judged_tsvs_are_never_overwritten(tmp_path: Path) -> None:
    entities = [Entity(i, f"E{i}", "person", 1000 - i, 1, {f"E{i}": 1}) for i in range(500)]
    first = write_tsvs(entities, tmp_path, 150)
    assert [p.name for p in first] == [
        "top150.tsv",
        "sample151-3000.tsv",
        "second151-3000.tsv",
        "third151-3000.tsv",
    ]
    samples = []
    for path in first[1:]:
        with path.open(encoding="utf-8") as handle:
            samples.append(list(csv.DictReader(handle, delimiter="\t")))
    for sample in samples:
        assert len(sample) == 100
        assert all(151 <= int(row["rank"]) <= 500 for row in sample)
    # each sample is drawn apart from those before it
    names = [{row["name"] for row in sample} for sample in samples]
    assert not names[0] & names[1] and not names[2] & (names[0] | names[1])
    assert write_tsvs(entities, tmp_path, 150) == first  # unjudged: overwritten in place
    rows = first[0].read_text(encoding="utf-8").splitlines()
    rows[1] = rows[1] + "yes"  # a verdict in the last column
    first[0].write_text("\n".join(rows) + "\n", encoding="utf-8")
    again = write_tsv(first[0], [["1", "x", "person", "1", "1", "", "", "", "", "", "", ""]])
    assert again.name == "top150.new.tsv"
    assert first[0].read_text(encoding="utf-8").splitlines()[1].endswith("yes")


def test_the_sample_keeps_its_entities_when_ranks_move(tmp_path: Path) -> None:
    def sampled(entities: list[Entity], folder: Path) -> set[str]:
        folder.mkdir()
        path = write_tsvs(entities, folder, 150)[1]
        with path.open(encoding="utf-8") as handle:
            return {row["name"] for row in csv.DictReader(handle, delimiter="\t")}

    entities = [Entity(i, f"E{i}", "person", 1000 - i, 1, {f"E{i}": 1}) for i in range(600)]
    before = sampled(entities, tmp_path / "a")
    # one new entity at the top shifts every rank by one
    moved = [Entity(999, "New", "person", 5000, 1, {"New": 1}), *entities]
    after = sampled(moved, tmp_path / "b")
    assert len(before) == len(after) == 100
    assert len(before ^ after) <= 2  # at most the one pushed across rank 150 and its stand-in


def test_json_figures_are_plain_data() -> None:
    from bench.quality import as_json

    data = as_json(measure([BLAIR, BROWN, BROWN_SPLIT, WES, UK, SCOTLAND], GOLD))
    json.dumps(data)
    assert data["wrong_aliases"] == 1
    assert data["met"]["split_share"] is False
