from __future__ import annotations

from pathlib import Path

from explorer.corpus.assemble import make_document
from explorer.nlp.extract import KEPT_LABELS, chunks, extract
from explorer.nlp.pipeline import choose_pipeline, load_pipeline

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _documents():
    return [
        make_document(p, p.read_text(encoding="utf-8"), "h") for p in sorted(SEEDS.glob("*.txt"))
    ]


def test_chunks_cut_long_text_at_whitespace_and_cover_it_exactly() -> None:
    text = "word " * 1000
    pieces = list(chunks(text, 0, len(text), max_chars=97))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(e - s <= 97 for s, e in pieces)
    assert all(text[e - 1] == " " for s, e in pieces[:-1])


def test_offsets_give_back_the_mention_and_sentences_stay_in_paragraphs() -> None:
    nlp = load_pipeline(choose_pipeline())
    for extraction in extract(nlp, _documents()):
        doc = extraction.document
        assert extraction.sentences and extraction.mentions
        for sentence in extraction.sentences:
            p_start, p_end = doc.paragraphs[sentence.paragraph]
            assert p_start <= sentence.start < sentence.end <= p_end
            assert (
                doc.text[sentence.start : sentence.end].strip()
                == doc.text[sentence.start : sentence.end]
            )
        for mention in extraction.mentions:
            assert mention.label in KEPT_LABELS
            assert doc.text[mention.start : mention.end].strip()


def test_numbers_money_and_percentages_are_not_mentions() -> None:
    nlp = load_pipeline(choose_pipeline())
    labels = {m.label for e in extract(nlp, _documents()) for m in e.mentions}
    assert not labels & {"CARDINAL", "MONEY", "PERCENT", "ORDINAL", "QUANTITY", "TIME"}
    assert "DATE" in labels


def test_entities_agree_with_the_full_default_pipeline() -> None:
    """The fast configuration must find what the full pipeline finds (≥ 99.9% of mentions)."""
    import spacy

    full = spacy.load(choose_pipeline())
    fast = load_pipeline(choose_pipeline())
    documents = _documents()
    expected, got = set(), set()
    for doc in documents:
        for p_start, p_end in doc.paragraphs:
            for ent in full(doc.text[p_start:p_end]).ents:
                if ent.label_ in KEPT_LABELS:
                    expected.add(
                        (doc.key, p_start + ent.start_char, p_start + ent.end_char, ent.label_)
                    )
    for extraction in extract(fast, documents):
        got |= {(extraction.document.key, m.start, m.end, m.label) for m in extraction.mentions}
    agreement = len(expected & got) / len(expected | got)
    assert agreement >= 0.999, sorted(expected ^ got)[:10]


def test_a_document_without_paragraphs_still_comes_out() -> None:
    nlp = load_pipeline(choose_pipeline())
    empty = make_document(Path("empty.txt"), "   ", "h")
    out = list(extract(nlp, [empty, *_documents()[:1], empty]))
    assert [len(e.mentions) > 0 for e in out] == [False, True, False]
