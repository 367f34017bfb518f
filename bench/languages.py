"""What detecting each document's language costs against what spaCy costs (#17).

On BBC articles, in one process: the language identifier's one-off load, detection
(`detect_language` on the bounded prefix a reader gives it) per document, and the
English pipeline's extraction of the same documents. Prints ratios, not pass/fail.

    .venv/bin/python -m bench.languages [--articles N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench.corpora import load_articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400, help="how many (default 400)")
    args = parser.parse_args()

    from explorer.corpus import language
    from explorer.corpus.assemble import make_document
    from explorer.nlp.extract import extract
    from explorer.nlp.pipeline import choose_pipeline, load_pipeline

    articles = load_articles()
    step = max(1, len(articles) // args.articles)
    chosen = articles[::step][: args.articles]
    documents = [
        make_document(Path(f"{a.category}/{a.name}"), a.text, a.name, language="en") for a in chosen
    ]

    started = time.perf_counter()
    language._identifier()
    load = time.perf_counter() - started

    started = time.perf_counter()
    found = [language.detect_language(d.text, d.paragraphs) for d in documents]
    detection = time.perf_counter() - started

    nlp = load_pipeline(choose_pipeline())
    list(extract(nlp, documents[:5]))  # warm
    started = time.perf_counter()
    for _ in extract(nlp, documents):
        pass
    spacy_time = time.perf_counter() - started

    english = sum(code == "en" for code in found)
    n = len(documents)
    print(f"{n} BBC articles, {sum(len(d.text) for d in documents) / n:,.0f} characters each")
    print(f"detected English: {english} of {n}; others: {sorted(set(found) - {'en'})}")
    print(f"identifier load (once per process): {load:.2f} s")
    print(
        f"detection: {detection * 1000 / n:.2f} ms a document, {detection:.2f} s in all "
        f"(prefix of {language.DETECT_CHARS} characters)"
    )
    name = choose_pipeline()
    print(f"spaCy ({name}, NER and sentences): {spacy_time * 1000 / n:.1f} ms a document")
    print(f"detection / spaCy: {detection / spacy_time:.2%}")
    print(f"with the load, over these {n} documents: {(detection + load) / spacy_time:.2%}")


if __name__ == "__main__":
    main()
