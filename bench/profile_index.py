"""Where the indexer's time goes: pyinstrument over `index_corpus` on a subset, one process.

    .venv/bin/python -m bench.profile_index --docs 300 [--html profile.html]

With one process spaCy runs in the profiled process, so the profile shows spaCy's
share and our own code's (reading, extraction, storing, resolution, co-mentions)
side by side; with two processes the parent's work competes with the two spaCy
workers for two cores, so whatever this shows outside spaCy costs throughput there.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.corpora import REAL_SIZE, cache_dir, ensure_corpus
from bench.index_speed import working_copy


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--html", type=Path, help="also write an HTML profile here")
    options = parser.parse_args(argv)
    from pyinstrument import Profiler

    from explorer.index.indexer import index_corpus
    from explorer.index.store import Store
    from explorer.nlp.pipeline import choose_pipeline, load_pipeline

    corpus = working_copy(ensure_corpus(REAL_SIZE), cache_dir() / "run" / "profile", options.docs)
    model = choose_pipeline()
    load_pipeline(model)
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "index.db") as store:
        profiler = Profiler(interval=0.005)
        profiler.start()
        index_corpus([corpus], store, model=model, n_process=options.processes)
        profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    if options.html:
        options.html.write_text(profiler.output_html())


if __name__ == "__main__":
    main()
