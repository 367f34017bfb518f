"""What the document cues cost: `document_cues` over every document of an index, as
the indexer runs them on each document it stores, from the mentions the index holds.

    .venv/bin/python -m bench.cues INDEX [--repeat 5]

It prints the median of the repeats. To compare two versions of the cues, run this
file as a script with `PYTHONPATH` set to each checkout in turn, on one index,
alternating: `PYTHONPATH=../old .venv/bin/python bench/cues.py INDEX` (it imports
nothing else of the bench, so an older checkout without it works).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections import defaultdict
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args(argv)
    from explorer.resolve.coordination import document_cues

    conn = sqlite3.connect(f"file:{options.index}?mode=ro", uri=True)
    texts = dict(conn.execute("SELECT id, text FROM documents"))
    mentions: dict[int, list[tuple[int, int, str, int]]] = defaultdict(list)
    rows = conn.execute(
        "SELECT doc_id, start_char, clean_end, label, flags FROM mentions "
        "ORDER BY doc_id, start_char"
    )
    for doc, start, end, label, flags in rows:
        mentions[doc].append((start, end, label, flags))
    seconds = []
    for _ in range(options.repeat):
        started = time.perf_counter()
        for doc, found in mentions.items():
            document_cues(texts[doc], found)
        seconds.append(time.perf_counter() - started)
    count = sum(map(len, mentions.values()))
    print(
        f"{count} mentions in {len(mentions)} documents: median {statistics.median(seconds):.3f} s"
        f" ({', '.join(f'{s:.3f}' for s in seconds)})"
    )


if __name__ == "__main__":
    main()
