"""What detecting each document's language costs against what spaCy costs, and what
routing a mixed corpus through a pipeline per language costs against the bare
pipelines on the same documents (#17).

On BBC articles, in one process: the language identifier's one-off load, detection
(`detect_language` on the bounded prefix a reader gives it) per document, and the
English pipeline's extraction of the same documents. Then a mixed corpus: the BBC
articles, as many French documents (the mixed test corpus's French articles and
spaCy's French example sentences, cycled) and a tenth as many German, Spanish and
Dutch ones (no pipeline: sentences only), read by `extract_streaming` as an index
pass does, against each language's bare `nlp.pipe` over the same texts (the
others' sentence splitter included). Prints ratios, not pass/fail.

    .venv/bin/python -m bench.languages [--articles N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.corpora import load_articles

if TYPE_CHECKING:
    from explorer.corpus.model import Document

MIXED = Path(__file__).resolve().parent.parent / "tests" / "corpora" / "mixed"


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
    _mixed_throughput(documents)


def _mixed_throughput(english: list[Document]) -> None:
    """The mixed corpus read as an index pass reads it, against the bare pipelines."""
    from spacy.lang.fr.examples import sentences as french_examples

    from explorer.corpus.assemble import make_document
    from explorer.nlp.pipeline import choose_pipelines
    from explorer.nlp.routes import extract_streaming, pipeline_for

    own = {p.stem: p.read_text("utf-8") for p in MIXED.glob("*.txt")}
    french_texts = [t for name, t in own.items() if name.startswith("fr_")]
    french_texts.append("\n\n".join(french_examples))
    others = [(name[:2], t) for name, t in own.items() if name[:2] in ("de", "es", "nl")]
    documents = list(english)
    for i in range(len(english)):
        text = french_texts[i % len(french_texts)]
        documents.append(make_document(Path(f"fr/{i}.txt"), text, f"fr{i}", language="fr"))
    for i in range(max(1, len(english) // 10)):
        code, text = others[i % len(others)]
        documents.append(make_document(Path(f"{code}/{i}.txt"), text, f"{code}{i}", language=code))
    pipelines = choose_pipelines()
    if "fr" not in pipelines:
        print("mixed corpus: no French pipeline installed (pip install 'entity-explorer[fr]')")
        return
    by_language: dict[str, list[str]] = {}
    for document in documents:
        by_language.setdefault(document.language, []).append(document.text)
    for language in by_language:  # loaded and warmed outside the timings
        list(pipeline_for(language, pipelines).pipe(by_language[language][:3]))

    started = time.perf_counter()
    for language, texts in by_language.items():
        for _ in pipeline_for(language, pipelines).pipe(texts, batch_size=64):
            pass
    bare = time.perf_counter() - started
    started = time.perf_counter()
    for _ in extract_streaming(pipelines, documents):
        pass
    routed = time.perf_counter() - started

    counts = ", ".join(f"{len(t)} {code}" for code, t in by_language.items())
    print(f"mixed corpus: {len(documents)} documents ({counts})")
    print(f"bare pipelines, each language's nlp.pipe: {len(documents) / bare:.1f} documents/s")
    print(f"routed as an index pass reads them: {len(documents) / routed:.1f} documents/s")
    print(f"routed / bare time: {routed / bare:.2f}")


if __name__ == "__main__":
    main()
