"""Fault 8: text that stresses offsets. Whatever the characters — combining marks,
emoji, right-to-left scripts, CRLF and lone CR, NUL and other controls — every
stored mention's offsets give back its text, in the file and in the index, and
every passage contains its mentions."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.corpus.encoding import DecodeError, decode_text
from explorer.index.indexer import index_corpus
from explorer.index.store import Store

NAMES = [
    "Angela Merkel",
    "Emmanuel Macron",
    "Kim Jong-un",
    "North Korea",
    "Москва",
    "الرياض",
    "Zoë Ångström",
    "東京",
]
PIECES = [
    "\u0301",
    "\u200d",
    "👩‍👩‍👧",
    "🇺🇦",
    "\u202e",
    "\r\n",
    "\r",
    "\n",
    "\x00",
    "\x07",
    "\u2028",
    "\ufeff",
    " ",
    ". ",
]
NOISE = st.lists(
    st.one_of(st.characters(codec="utf-8", exclude_categories=("Cs",)), st.sampled_from(PIECES)),
    max_size=40,
).map("".join)
SENTENCE = st.builds(
    lambda a, name, b: f"{a} {name} visited {b}. ", NOISE, st.sampled_from(NAMES), NOISE
)
TEXT = st.lists(st.one_of(SENTENCE, NOISE), min_size=1, max_size=12).map("".join)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXT)
def test_offsets_survive_any_text(tmp_path: Path, text: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    path = corpus / "doc.txt"
    path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    index = tmp_path / "i.sqlite"
    with Store(index) as store:
        index_corpus([corpus], store)
        rows = store.conn.execute(
            "SELECT d.text, m.start_char, m.end_char, m.text, p.start_char, p.end_char, p.text "
            "FROM mentions m JOIN documents d ON d.id = m.doc_id "
            "JOIN passages p ON p.id = m.passage_id"
        ).fetchall()
        passages = store.conn.execute(
            "SELECT d.text, p.start_char, p.end_char, p.text FROM passages p "
            "JOIN documents d ON d.id = p.doc_id"
        ).fetchall()
    try:
        decoded = decode_text(path.read_bytes()).text
    except DecodeError:  # NUL-heavy text is refused as binary: then nothing is stored
        decoded = None
        assert not rows and not passages
    for doc_text, start, end, mention, p_start, p_end, _ in rows:
        assert doc_text == decoded
        assert doc_text[start:end] == mention[: end - start] and end > start
        assert p_start <= start and end <= p_end
    for doc_text, start, end, passage in passages:
        assert doc_text[start:end] == passage
    path.unlink()
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{index}{suffix}").unlink(missing_ok=True)
