"""The keys of the spans around a mention: the same words before (or after) a name
give the same key wherever the sentence is; too little context gives none."""

from __future__ import annotations

from explorer.index.furniture_spans import SPAN_CONTEXT, SPAN_MIN_CONTEXT, mention_keys

ROW = "Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit Permalink"


def _keys(text: str, name: str) -> tuple[int, ...]:
    start = text.index(name)
    return mention_keys(text, (0, len(text)), start, start + len(name))


def test_a_row_run_into_different_sentences_keeps_its_key_before_the_name() -> None:
    a = f"The man fled on foot. {ROW} http://dw.com/p/2Wx5C He was seen later."
    b = f"Talks resume on Monday in Brussels.- {ROW} http://dw.com/p/1JMFf"
    assert set(_keys(a, "Digg")) & set(_keys(b, "Digg"))


def test_the_words_after_a_name_key_it_too() -> None:
    tail = " is your one-stop shop for celebrity news and gossip."
    a, b = f"Read this. HuffPost Entertainment{tail}", f"HuffPost Entertainment{tail}"
    assert set(_keys(a, "HuffPost Entertainment")) & set(_keys(b, "HuffPost Entertainment"))


def test_other_words_around_a_name_give_other_keys() -> None:
    a = "Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit and more"
    b = "Facebook Twitter Google+ Whatsapp Tumblr linkedin bookmark Digg reddit and more"
    assert not set(_keys(a, "Digg")) & set(_keys(b, "Digg"))


def test_a_short_context_gives_no_key() -> None:
    # a sentence's formula ("French presidential candidate Francois Fillon said")
    # repeats across stories; under SPAN_MIN_CONTEXT characters it is no evidence
    text = "French presidential candidate Francois Fillon said so."
    assert _keys(text, "Francois Fillon") == ()
    assert len("French presidential candidate ") < SPAN_MIN_CONTEXT <= SPAN_CONTEXT


def test_the_context_stops_at_the_sentence_and_at_whole_words() -> None:
    before = "Nothing here counts at all. "
    sentence = "Officials in the northern province said on Tuesday that Lisbon agreed."
    text = before + sentence
    start = text.index("Lisbon")
    inside = mention_keys(text, (len(before), len(text)), start, start + len("Lisbon"))
    alone = mention_keys(
        sentence, (0, len(sentence)), sentence.index("Lisbon"), sentence.index("Lisbon") + 6
    )
    assert inside == alone and len(inside) == 1  # after the name: "agreed." is too short
    # the words the window cuts into are left out: other text glued before the
    # sentence's first word changes nothing
    padded = "xyz" + sentence
    s = padded.index("Lisbon")
    assert mention_keys(padded, (0, len(padded)), s, s + 6) == alone
