"""Each document to its own language's pipeline, never another's.

`pipelines` maps a language to the pipeline chosen for it (`choose_pipelines`). A
document in a language with a pipeline is read by it; one in a language without gets
its sentences only (no entities), so it can still be searched and read; one whose
language could not be told is read by the English pipeline, as every document was
before languages were detected.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from explorer.corpus.language import DEFAULT_LANGUAGE, UNDETERMINED
from explorer.corpus.model import Document
from explorer.nlp.extract import Extraction, extract

if TYPE_CHECKING:
    from spacy.language import Language


def reading_language(language: str) -> str:
    """The language a document of `language` is read as."""
    return DEFAULT_LANGUAGE if language == UNDETERMINED else language


def has_pipeline(language: str, pipelines: Mapping[str, str]) -> bool:
    """Whether documents of `language` get entities."""
    return reading_language(language) in pipelines


def pipeline_for(language: str, pipelines: Mapping[str, str]) -> Language:
    """The loaded pipeline that reads documents of `language`: their own, or for a
    language without one, a sentencizer."""
    from explorer.nlp.pipeline import load_pipeline, sentence_pipeline

    reading = reading_language(language)
    name = pipelines.get(reading)
    return load_pipeline(name) if name else sentence_pipeline(reading)


def extract_routed(
    pipelines: Mapping[str, str], documents: Sequence[Document], *, batch_size: int = 64
) -> list[Extraction]:
    """Each language's documents through its own pipeline in one `nlp.pipe` stream;
    the extractions in the documents' order."""
    groups: dict[str, list[int]] = {}
    for number, document in enumerate(documents):
        groups.setdefault(reading_language(document.language), []).append(number)
    found: list[Extraction | None] = [None] * len(documents)
    for language, numbers in groups.items():
        nlp = pipeline_for(language, pipelines)
        group = [documents[n] for n in numbers]
        for number, extraction in zip(
            numbers, extract(nlp, group, batch_size=batch_size), strict=True
        ):
            found[number] = extraction
    return [extraction for extraction in found if extraction is not None]


def extract_streaming(
    pipelines: Mapping[str, str],
    documents: Iterable[Document],
    *,
    batch_size: int = 64,
    chunk_documents: int = 32,
) -> Iterator[Extraction]:
    """`extract_routed` over a stream, `chunk_documents` at a time, in order. A chunk
    is a second or two of spaCy's work: the writer still commits in batches of its own,
    and a new `nlp.pipe` per chunk costs nothing measurable."""
    chunk: list[Document] = []
    for document in documents:
        chunk.append(document)
        if len(chunk) >= chunk_documents:
            yield from extract_routed(pipelines, chunk, batch_size=batch_size)
            chunk = []
    if chunk:
        yield from extract_routed(pipelines, chunk, batch_size=batch_size)
