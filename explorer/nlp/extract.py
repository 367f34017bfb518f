"""Run the pipeline over documents and yield their sentences and raw mentions.

Each content paragraph is one spaCy input, so sentences never cross paragraph
boundaries and furniture is never read; over-long paragraphs are cut into
chunks at a whitespace, with offsets kept relative to the document text.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from explorer.corpus.model import Document

if TYPE_CHECKING:
    from spacy.language import Language

# Numbers, money, percentages, ordinals, quantities and times are not entities here.
KEPT_LABELS = frozenset(
    {
        "PERSON",
        "NORP",
        "FAC",
        "ORG",
        "GPE",
        "LOC",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
        "DATE",
        "MISC",
    }
)
# Most other languages' pipelines (French, German, Spanish, ...) label as WikiNER does:
# PER, ORG, LOC and MISC. PER is stored as the PERSON the resolver knows; LOC (places,
# countries among them) is one of its place labels already, read as GPE is; MISC
# (nationalities, events, works, the rest) is a label it has no kind for, so it gets
# the low-confidence kind "other", which the corpus's vote over the name's other
# mentions may change. English pipelines have none of these but LOC, which they use
# as the resolver does.
LABEL_NAMES = {"PER": "PERSON"}
MAX_CHUNK_CHARS = 100_000


# Named tuples, not dataclasses: worker processes send hundreds of thousands of them
# back, and a frozen dataclass unpickles through a Python __setstate__ each (measured:
# 167 ms of the receiving process's GIL for one batch of 16 articles).
class Sentence(NamedTuple):
    paragraph: int
    start: int
    end: int


class RawMention(NamedTuple):
    start: int
    end: int
    label: str


@dataclass(slots=True)
class Extraction:
    """What the pipeline found in one document; offsets index `document.text`."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[RawMention] = field(default_factory=list)

    @property
    def words(self) -> int:
        text = self.document.text
        return sum(len(text[s:e].split()) for s, e in self.document.paragraphs)


def chunks(
    text: str, start: int, end: int, max_chars: int = MAX_CHUNK_CHARS
) -> Iterator[tuple[int, int]]:
    """Cut [start, end) into pieces of at most `max_chars`, just after a line break,
    full stop or space where possible."""
    while end - start > max_chars:
        limit = start + max_chars
        line_break = text.rfind("\n", start, limit)
        full_stop = text.rfind(". ", start, limit - 1)
        cut = max(
            line_break + 1 if line_break >= 0 else -1, full_stop + 2 if full_stop >= 0 else -1
        )
        if cut <= start:
            space = text.rfind(" ", start, limit)
            cut = space + 1 if space >= 0 else limit
        if cut <= start:
            cut = limit
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def extract(
    nlp: Language,
    documents: Iterable[Document],
    *,
    batch_size: int = 64,
) -> Iterator[Extraction]:
    """Yield one Extraction per document, in input order, as soon as it is complete."""
    pending: deque[tuple[int, Extraction]] = deque()

    def inputs() -> Iterator[tuple[str, tuple[int, int, int]]]:
        for number, document in enumerate(documents):
            pending.append((number, Extraction(document)))
            text = document.text
            for paragraph, (p_start, p_end) in enumerate(document.paragraphs):
                for c_start, c_end in chunks(text, p_start, p_end):
                    yield text[c_start:c_end], (number, paragraph, c_start)

    results = nlp.pipe(inputs(), as_tuples=True, batch_size=batch_size)
    for doc, (number, paragraph, offset) in results:
        while pending[0][0] < number:
            yield pending.popleft()[1]
        extraction = pending[0][1]
        for sent in doc.sents:
            start, end = _strip(doc.text, sent.start_char, sent.end_char)
            if end > start:
                extraction.sentences.append(Sentence(paragraph, offset + start, offset + end))
        for ent in doc.ents:
            label = LABEL_NAMES.get(ent.label_, ent.label_)
            if label in KEPT_LABELS:
                extraction.mentions.append(
                    RawMention(offset + ent.start_char, offset + ent.end_char, label)
                )
    while pending:
        yield pending.popleft()[1]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
