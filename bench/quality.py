"""Entity quality on a real corpus we did not write: the 2,225 BBC News articles.

    .venv/bin/python -m bench.quality                # index (or reuse) the BBC corpus, report
    .venv/bin/python -m bench.quality --json         # the figures as JSON
    .venv/bin/python -m bench.quality --corpus DIR --gold FILE --top 150

Speed is measured elsewhere (bench/run.py); this measures what a journalist sees in the
entity list, against a gold file written by reading the articles
(bench/quality/gold.json): whether the spellings of one person, country or
organisation land on one entity, whether different people stay apart, whether
regions become countries. It indexes with the app's own code, into its own
`ENTITY_EXPLORER_HOME` under the bench cache, and reads the result through
`explorer.index.queries`, as the app does. It also writes two TSVs of entities
(the top N, and a seeded sample below them) with empty columns for a human verdict.

The metric functions take plain data (`Entity`, `Gold`), so tests check them
without a corpus or spaCy.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench.corpora import REAL_SIZE, cache_dir, ensure_corpus
from explorer.resolve.names import without_nickname

GOLD = Path(__file__).resolve().parent / "quality" / "gold.json"
SAMPLE_END = 3000  # the sample is drawn from ranks top+1 .. SAMPLE_END
SAMPLE_SIZE = 100
SAMPLE_SEED = 20240501
# A second sample of the same size, drawn apart from the first's rows with its own seed:
# one sample of 100 moves by a row or two at each change; two say more of the true rate.
SECOND_SEED = 20261202
# A third, drawn in session 15 when the first two had guided twelve sessions of rules:
# the rate on rows no rule was written from.
THIRD_SEED = 20261203
JUDGEMENT_COLUMNS = ("real", "right_kind", "right_name", "wrong_aliases", "split_of", "note")
# What changes the stored mentions (re-index from scratch) and what only changes how
# they are resolved (resolve again, keeping the mentions).
EXTRACTION_CODE = ("corpus", "nlp")
RESOLUTION_CODE = ("resolve", "index")

# The most each figure may be (recall has no target: higher is better).
TARGETS = {
    "split_share": 0.01,
    "wrong_kinds": 0,
    "wrong_aliases": 0,
    "furniture_left": 0,
    "shared_name_share": 0.005,
    "debris_share": 0.001,
}

_DEBRIS_CHARS = re.compile(r"[\[\]{}<>|\"“”„«»]")
_LEADING_QUOTE = re.compile(r"^['‘’`]")


def fold(text: str) -> str:
    """Case-insensitive comparison, as the app's own name lookups (COLLATE NOCASE)."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True, slots=True)
class Entity:
    id: int
    name: str
    kind: str
    mentions: int
    documents: int
    aliases: dict[str, int] = field(default_factory=dict)  # surface form -> mentions

    def names(self) -> set[str]:
        """Its display name and aliases, folded."""
        return {fold(self.name), *(fold(a) for a in self.aliases)}


@dataclass(frozen=True, slots=True)
class GoldEntity:
    name: str
    kind: str
    variants: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    not_: tuple[str, ...] = ()

    @property
    def expected(self) -> tuple[str, ...]:
        """Every surface form that should be an alias of this entity."""
        return self.variants + self.demonyms


@dataclass(frozen=True, slots=True)
class NotCountry:
    name: str
    kind: str
    country: str | None
    not_alias_of: str | None


@dataclass(frozen=True, slots=True)
class Gold:
    entities: tuple[GoldEntity, ...]
    not_countries: tuple[NotCountry, ...] = ()
    furniture: tuple[str, ...] = ()


def load_gold(path: Path) -> Gold:
    data = json.loads(path.read_text(encoding="utf-8"))
    entities = tuple(
        GoldEntity(
            e["name"],
            e["kind"],
            tuple(e.get("variants", ())),
            tuple(e.get("demonyms", ())),
            tuple(e.get("not", ())),
        )
        for section in ("people", "countries", "organizations")
        for e in data.get(section, ())
    )
    not_countries = tuple(
        NotCountry(e["name"], e["kind"], e.get("country"), e.get("not_alias_of"))
        for e in data.get("not_countries", ())
    )
    return Gold(entities, not_countries, tuple(data.get("furniture", ())))


class Lookup:
    """Entities by folded name or alias, and the mentions each holds of a surface form."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities = list(entities)
        self.by_id = {e.id: e for e in self.entities}
        self.by_text: dict[str, list[Entity]] = defaultdict(list)
        self.held: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        for entity in self.entities:
            for text in entity.names():
                self.by_text[text].append(entity)
            for alias, count in entity.aliases.items():
                self.held[fold(alias)][entity.id] += count

    def having(self, text: str) -> list[Entity]:
        """Entities whose display name or an alias is `text`, most mentioned first."""
        return sorted(self.by_text.get(fold(text), ()), key=lambda e: (-e.mentions, e.id))

    def main(self, name: str) -> Entity | None:
        """The entity a gold name stands for: the most mentioned one that carries it."""
        found = self.having(name)
        return found[0] if found else None

    def excluded(self, gold: GoldEntity) -> set[int]:
        """Entities that are the gold entity's named others ("not"): their share of a
        shared surface form (Wes Brown's "Brown") is right, not a split."""
        return {e.id for text in gold.not_ for e in self.having(text) if fold(e.name) == fold(text)}


@dataclass(slots=True)
class Miss:
    gold: str
    variant: str
    held_by: str  # the entity holding most of its mentions, "name (kind)"


@dataclass(slots=True)
class Split:
    gold: str
    share: float
    elsewhere: int
    total: int
    others: list[str]  # "name (kind): mentions", the largest first


@dataclass(slots=True)
class Figures:
    gold_entities: int = 0
    not_found: list[str] = field(default_factory=list)
    variants_seen: int = 0
    variants_on_main: int = 0
    variants_unseen: int = 0
    misses: list[Miss] = field(default_factory=list)
    split_elsewhere: int = 0
    split_total: int = 0
    splits: list[Split] = field(default_factory=list)
    wrong_kinds: list[str] = field(default_factory=list)
    wrong_aliases: list[str] = field(default_factory=list)
    furniture_left: list[str] = field(default_factory=list)
    shared_name_mentions: int = 0
    all_mentions: int = 0
    shared_names: list[str] = field(default_factory=list)
    entities: int = 0
    debris: list[str] = field(default_factory=list)

    @property
    def variant_recall(self) -> float | None:
        return self.variants_on_main / self.variants_seen if self.variants_seen else None

    @property
    def split_share(self) -> float | None:
        return self.split_elsewhere / self.split_total if self.split_total else None

    @property
    def shared_name_share(self) -> float | None:
        return self.shared_name_mentions / self.all_mentions if self.all_mentions else None

    @property
    def debris_share(self) -> float | None:
        return len(self.debris) / self.entities if self.entities else None


def _label(entity: Entity) -> str:
    return f"{entity.name} ({entity.kind})"


def variant_recall(lookup: Lookup, gold: Iterable[GoldEntity], figures: Figures) -> None:
    """Of the gold variants the index holds at all (as any entity's name or alias),
    how many are on the gold entity's main entity."""
    for entry in gold:
        main = lookup.main(entry.name)
        if main is None:
            figures.not_found.append(entry.name)
        on_main = main.names() if main else set()
        for variant in entry.expected:
            holders = lookup.having(variant)
            if not holders:
                figures.variants_unseen += 1
                continue
            figures.variants_seen += 1
            if fold(variant) in on_main:
                figures.variants_on_main += 1
                continue
            held = lookup.held.get(fold(variant))
            holder = lookup.by_id[max(held, key=held.__getitem__)] if held else holders[0]
            figures.misses.append(Miss(entry.name, variant, _label(holder)))


def split_share(lookup: Lookup, gold: Iterable[GoldEntity], figures: Figures) -> None:
    """Mentions of gold variants held by entities other than the main one (and other than
    the entry's named others), over all mentions of those variants."""
    names = lookup.by_id
    for entry in gold:
        main = lookup.main(entry.name)
        if main is None:
            continue
        skip = lookup.excluded(entry) - {main.id}
        elsewhere: dict[int, int] = defaultdict(int)
        total = 0
        for variant in dict.fromkeys(fold(v) for v in entry.expected):
            for entity_id, count in lookup.held.get(variant, {}).items():
                if entity_id in skip:
                    continue
                total += count
                if entity_id != main.id:
                    elsewhere[entity_id] += count
        moved = sum(elsewhere.values())
        figures.split_elsewhere += moved
        figures.split_total += total
        if moved:
            others = sorted(elsewhere.items(), key=lambda item: -item[1])
            figures.splits.append(
                Split(
                    entry.name,
                    moved / total,
                    moved,
                    total,
                    [f"{_label(names[i])}: {n}" for i, n in others[:4]],
                )
            )
    figures.splits.sort(key=lambda s: (-s.elsewhere, s.gold))


def wrong_kinds(lookup: Lookup, gold: Gold, figures: Figures) -> None:
    """Gold entities whose main entity has another kind; and non-countries whose own
    entity (by display name) has another kind. A non-country held only as a country's
    alias is a wrong alias, counted there once."""
    for entry in gold.entities:
        main = lookup.main(entry.name)
        if main is not None and main.kind != entry.kind:
            figures.wrong_kinds.append(
                f"{entry.name}: {main.kind}, expected {entry.kind} ({main.name})"
            )
    for place in gold.not_countries:
        named = [e for e in lookup.having(place.name) if fold(e.name) == fold(place.name)]
        if named and named[0].kind != place.kind:
            figures.wrong_kinds.append(f"{place.name}: {named[0].kind}, expected {place.kind}")


def wrong_aliases(lookup: Lookup, gold: Gold, figures: Figures) -> None:
    """ "Not" strings carried by the main entity; non-countries that are a country or
    an alias of one. A string on an entity counts once, whichever list names it."""
    seen: set[tuple[str, int]] = set()

    def found(text: str, entity: Entity, message: str) -> None:
        if (fold(text), entity.id) not in seen:
            seen.add((fold(text), entity.id))
            figures.wrong_aliases.append(message)

    for entry in gold.entities:
        main = lookup.main(entry.name)
        if main is None:
            continue
        for text in entry.not_:
            if fold(text) in main.names():
                found(text, main, f"{text!r} is an alias of {_label(main)}")
    for place in gold.not_countries:
        for entity in lookup.having(place.name):
            if entity.kind == "country":
                how = "is" if fold(entity.name) == fold(place.name) else "is an alias of"
                found(place.name, entity, f"{place.name!r} {how} the country {entity.name}")


def furniture_left(lookup: Lookup, gold: Gold, figures: Figures) -> None:
    for text in gold.furniture:
        for entity in lookup.having(text):
            figures.furniture_left.append(f"{text!r} in {_label(entity)}")


def shared_names(entities: list[Entity], figures: Figures) -> None:
    """Mentions held by entities that share a display name with a larger one: the
    user sees two "Brown"s and cannot tell which is which."""
    groups: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        groups[fold(entity.name)].append(entity)
    figures.all_mentions += sum(e.mentions for e in entities)
    worst: list[tuple[int, str]] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda e: (-e.mentions, e.id))
        smaller = sum(e.mentions for e in group[1:])
        figures.shared_name_mentions += smaller
        kinds = ", ".join(f"{e.kind} {e.mentions}" for e in group[:5])
        worst.append((smaller, f"{group[0].name} ×{len(group)} ({kinds})"))
    figures.shared_names = [text for _, text in sorted(worst, key=lambda w: (-w[0], w[1]))]


def is_debris(name: str) -> bool:
    """Brackets, pipes and double quotes have no place in a name, but around a nickname
    between a given name and a family name ('Lewis "Scooter" Libby'); nor does an
    unbalanced parenthesis or a leading quote ('Poll Idols)."""
    return bool(
        _DEBRIS_CHARS.search(without_nickname(name))
        or name.count("(") != name.count(")")
        or _LEADING_QUOTE.search(name)
    )


def debris(entities: list[Entity], figures: Figures) -> None:
    figures.entities += len(entities)
    figures.debris += [e.name for e in entities if is_debris(e.name)]


def measure(entities: list[Entity], gold: Gold) -> Figures:
    """Every figure, from the index's entities and the gold."""
    lookup = Lookup(entities)
    figures = Figures(gold_entities=len(gold.entities))
    variant_recall(lookup, gold.entities, figures)
    split_share(lookup, gold.entities, figures)
    wrong_kinds(lookup, gold, figures)
    wrong_aliases(lookup, gold, figures)
    furniture_left(lookup, gold, figures)
    shared_names(entities, figures)
    debris(entities, figures)
    return figures


# --- the index -------------------------------------------------------------------------


def code_digest(packages: tuple[str, ...]) -> str:
    """A hash of the source of these explorer packages: when it changes, the index is stale."""
    import explorer

    root = Path(explorer.__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=8)
    for package in packages:
        for path in sorted((root / package).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".json", ".txt", ".tsv", ".csv"}:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_index(corpus: Path, log: Callable[[str], None]) -> Path:
    """The corpus indexed by the app's code under the bench's own home, reused while
    that code is unchanged: new extraction code re-indexes from scratch, new
    resolution code resolves the stored mentions again (index_corpus does the rest,
    incrementally, and resumes an interrupted pass)."""
    os.environ["ENTITY_EXPLORER_HOME"] = str(cache_dir() / "quality" / "home")
    from explorer.index.indexer import Progress, index_corpus
    from explorer.index.reresolve import redo_resolution
    from explorer.index.store import Store
    from explorer.paths import index_path

    path = index_path([corpus])
    stamp = path.with_name(path.name + ".code.json")
    code = {"extraction": code_digest(EXTRACTION_CODE), "resolution": code_digest(RESOLUTION_CODE)}
    try:
        known = json.loads(stamp.read_text())
    except (OSError, ValueError):
        known = None
    if path.exists() and (known is None or known.get("extraction") != code["extraction"]):
        log("  the extraction code changed (or is unknown): indexing from scratch")
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()
        known = None
    shown: set[str] = set()

    def progress(p: Progress) -> None:
        step = f"{p.phase} {p.done // 500}" if p.phase == "indexing" else p.phase
        if step not in shown and p.phase != "scanning":
            shown.add(step)
            log(f"  {p.phase}: {p.done}/{p.total} files, {p.elapsed:.0f} s")

    with Store(path) as store:
        if known is not None and known.get("resolution") != code["resolution"]:
            log("  the resolution code changed: cleaning and resolving the stored mentions again")
            with store.transaction() as conn:
                redo_resolution(conn)
        stamp.write_text(json.dumps(code))  # what the mentions and the next resolution match
        report = index_corpus([corpus], store, on_progress=progress)
    if report.cancelled:
        raise RuntimeError("indexing was cancelled")
    return path


def read_entities(path: Path) -> list[Entity]:
    """Every visible entity but dates, with its aliases, through the app's queries."""
    from explorer.index import queries
    from explorer.index.store import Store

    with Store(path, readonly=True) as store:
        rows = queries.entities(store.conn, kinds=queries.DEFAULT_KINDS)
        return [
            Entity(
                r.id,
                r.name,
                r.kind,
                r.mentions,
                r.documents,
                dict(queries.aliases(store.conn, r.id)),
            )
            for r in rows
        ]


# --- the TSVs for a human verdict ------------------------------------------------------


def aliases_column(entity: Entity) -> str:
    """The entity's ten commonest aliases with their mentions, as the TSVs write them."""
    top = sorted(entity.aliases.items(), key=lambda item: (-item[1], item[0]))[:10]
    return "; ".join(f"{text} ({count})" for text, count in top)


def _tsv_rows(ranked: list[tuple[int, Entity]]) -> list[list[str]]:
    return [
        [
            str(rank),
            e.name,
            e.kind,
            str(e.mentions),
            str(e.documents),
            aliases_column(e),
            *[""] * len(JUDGEMENT_COLUMNS),
        ]
        for rank, e in ranked
    ]


def _judged(path: Path) -> bool:
    """The file exists and someone has filled in a verdict column."""
    if not path.exists():
        return False
    with path.open(newline="", encoding="utf-8") as handle:
        return any(
            any((row.get(c) or "").strip() for c in JUDGEMENT_COLUMNS)
            for row in csv.DictReader(handle, delimiter="\t")
        )


def write_tsv(path: Path, rows: list[list[str]]) -> Path:
    """Write `rows`; beside an already judged file (`.new.tsv`), never over it."""
    if _judged(path):
        path = path.with_suffix(".new.tsv")
    header = ["rank", "name", "kind", "mentions", "documents", "aliases", *JUDGEMENT_COLUMNS]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_tsvs(entities: list[Entity], folder: Path, top: int) -> list[Path]:
    """The top `top` entities by mentions, and three seeded samples of ranks top+1..3000,
    each drawn apart from the rows of those before it.

    The sample is the entities whose seeded hash of their name is smallest, not the
    entities at drawn ranks: a change to resolution that moves ranks by one would
    otherwise redraw most of the sample, and every row would need judging again.
    """
    ranked = list(enumerate(entities, start=1))
    below = ranked[top:SAMPLE_END]
    paths = [write_tsv(folder / f"top{top}.tsv", _tsv_rows(ranked[:top]))]
    drawn: set[int] = set()
    for prefix, seed in (("sample", SAMPLE_SEED), ("second", SECOND_SEED), ("third", THIRD_SEED)):
        sample = _sample([item for item in below if id(item[1]) not in drawn], seed)
        drawn.update(id(entity) for _, entity in sample)
        paths.append(write_tsv(folder / f"{prefix}{top + 1}-{SAMPLE_END}.tsv", _tsv_rows(sample)))
    return paths


def _sample(ranked: list[tuple[int, Entity]], seed: int) -> list[tuple[int, Entity]]:
    """The SAMPLE_SIZE entities of `ranked` first in the seed's order, by rank."""
    chosen = sorted(ranked, key=lambda item: _draw(item[1], seed))[:SAMPLE_SIZE]
    return sorted(chosen, key=lambda item: item[0])


def _draw(entity: Entity, seed: int) -> str:
    """A seeded, stable random order of entities: a hash of the kind and name."""
    key = f"{seed}|{entity.kind}|{entity.name}".encode()
    return hashlib.blake2b(key, digest_size=8).hexdigest()


# --- report ----------------------------------------------------------------------------


def values(figures: Figures) -> dict[str, float | int | None]:
    """The figures that have a target, by the targets' names."""
    f = figures
    return {
        "split_share": f.split_share,
        "wrong_kinds": len(f.wrong_kinds),
        "wrong_aliases": len(f.wrong_aliases),
        "furniture_left": len(f.furniture_left),
        "shared_name_share": f.shared_name_share,
        "debris_share": f.debris_share,
    }


def met(figures: Figures) -> dict[str, bool]:
    return {
        name: value is not None and value <= TARGETS[name]
        for name, value in values(figures).items()
    }


def as_json(figures: Figures) -> dict[str, object]:
    data: dict[str, object] = {"variant_recall": figures.variant_recall, **values(figures)}
    data["targets"] = TARGETS
    data["met"] = met(figures)
    data["details"] = asdict(figures)
    return data


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.2%}"


def render(figures: Figures, shown: int = 15) -> str:
    f = figures
    verdict = {name: "met" if ok else "MISSED" for name, ok in met(f).items()}
    lines = [
        f"gold entities: {f.gold_entities} ({len(f.not_found)} not found in the index: "
        f"{', '.join(f.not_found) or '-'})",
        f"variant recall        {_pct(f.variant_recall):>8}  ({f.variants_on_main} of "
        f"{f.variants_seen} variants the index holds; {f.variants_unseen} never seen)  "
        "target: higher is better",
        f"split share           {_pct(f.split_share):>8}  ({f.split_elsewhere} of "
        f"{f.split_total} mentions)  target ≤ 1%  {verdict['split_share']}",
        f"wrong kinds           {len(f.wrong_kinds):>8}  target 0  {verdict['wrong_kinds']}",
        f"wrong aliases         {len(f.wrong_aliases):>8}  target 0  {verdict['wrong_aliases']}",
        f"furniture left        {len(f.furniture_left):>8}  target 0  {verdict['furniture_left']}",
        f"display-name sharing  {_pct(f.shared_name_share):>8}  ({f.shared_name_mentions} of "
        f"{f.all_mentions} mentions)  target ≤ 0.5%  {verdict['shared_name_share']}",
        f"debris                {_pct(f.debris_share):>8}  ({len(f.debris)} of {f.entities} "
        f"entities)  target ≤ 0.1%  {verdict['debris_share']}",
    ]

    def section(title: str, items: list[str]) -> None:
        if items:
            lines.append(f"\n{title} ({len(items)}):")
            lines.extend(f"  {item}" for item in items[:shown])
            if len(items) > shown:
                lines.append(f"  ... {len(items) - shown} more (--json lists them all)")

    section("recall misses", [f"{m.gold}: {m.variant!r} is on {m.held_by}" for m in f.misses])
    section(
        "worst splits",
        [
            f"{s.gold}: {s.share:.0%} ({s.elsewhere}/{s.total}) on {'; '.join(s.others)}"
            for s in f.splits
        ],
    )
    section("wrong kinds", f.wrong_kinds)
    section("wrong aliases", f.wrong_aliases)
    section("furniture left", f.furniture_left)
    section("display names shared", f.shared_names)
    section("debris", f.debris)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a folder to index (default: the BBC corpus)")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--top", type=int, default=150, help="entities in the top TSV")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    corpus = (args.corpus or ensure_corpus(REAL_SIZE)).resolve()
    log(f"corpus {corpus}")
    index = ensure_index(corpus, log)
    entities = read_entities(index)
    figures = measure(entities, load_gold(args.gold))
    for path in write_tsvs(entities, args.gold.resolve().parent, args.top):
        log(f"wrote {path}")
    print(
        json.dumps(as_json(figures), indent=1, ensure_ascii=False) if args.json else render(figures)
    )


if __name__ == "__main__":
    main()
