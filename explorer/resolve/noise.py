"""Noise: spans that are not names. Two kinds of evidence.

The text alone: no letter (a date needs a digit at least), two spaces in a
row, no capital letter, a contraction ("We'r"), a lowercase prefix
("inter-Korean"; the Arabic article of "al-Qaeda" is the name's own), digits in
a person's name, the name of a currency.

The context, for one capitalised word the gazetteer does not know: the model
often labels an ordinary word that is capitalised only because it starts a
line or stands in a Title-Case headline ("Exit", "Troops"), or that is a name
only inside a longer phrase ("State" of "Secretary of State"). Such a word is
suspicious in a document where it is a common English word at a line start, in
a headline or before a capitalised word it was cut from ("[Formula] One"), or
where its lowercase form is used as an ordinary word. The
corpus votes: a word is noise when its suspicious mentions outnumber the clean
ones, so "Apple" in one headline survives when the body of other documents
names Apple.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from explorer.resolve.model import FormCount
from explorer.resolve.spans import (
    DEFINED_AS_TERM,
    LINE_START,
    LOWERCASE_ELSEWHERE,
    RUNS_ON,
    TITLE_CASE_LINE,
)
from explorer.resolve.words import ARTICLES_OF_NAMES, CURRENCIES, GOVERNMENT_COMMON_NOUNS

# A word and a hyphen at the start: "pro-" of "pro-Blair" when it is lowercase
# (any script's lowercase: "États-Unis" starts with a capital).
_PREFIX = re.compile(r"([^\W\d_]+)-")
# A pronoun's or an auxiliary's contraction, whole or with a letter lost in a bad
# conversion ("We'r", "You'r", "Don't"): tagged a name now and then, never one.
_CONTRACTION = re.compile(
    r"(?:we|they|you|it|i|he|she|that|there|what|who|let|don|can|won|isn|aren|wasn|"
    r"weren|couldn|wouldn|shouldn|didn|doesn|haven|hasn|hadn)['’][a-z]{0,2}",
    re.IGNORECASE,
)
# More than one space inside a span: no name holds it, a photo's credit run into the
# paragraph after it does ("Getty Images  Lloyd's of London, the world's oldest").
_GAP = re.compile(r"\s\s")


def is_noise_text(text: str, label: str) -> bool:
    """The text itself shows it is not a name."""
    if label == "DATE":
        return not any(map(str.isalnum, text))
    if not any(map(str.isalpha, text)):
        return True
    if _GAP.search(text):
        return True  # two spans run together: "China Daily  Founded", a credit's
    if any(map(str.islower, text)) and not any(map(str.isupper, text)):
        return True  # scripts without case ("习近平") are not judged by it
    prefix = _PREFIX.match(text)
    if prefix and prefix.group(1).islower() and not _opens_with_article(text, prefix):
        return True
    if _CONTRACTION.fullmatch(text):
        return True
    if text.lower() in CURRENCIES:
        return True  # money is not an entity here, whatever the label ("Euros" as PERSON)
    if " ".join(text.lower().split()) in GOVERNMENT_COMMON_NOUNS:
        return True  # "the Department", "in Committee": one of many, whichever is meant
    return label == "PERSON" and any(map(str.isdigit, text))


def _opens_with_article(text: str, prefix: re.Match[str]) -> bool:
    """The prefix is the Arabic article of a capitalised name ("al-Qaeda")."""
    return prefix.group(1) in ARTICLES_OF_NAMES and text[prefix.end() : prefix.end() + 1].isupper()


def is_single_word(text: str) -> bool:
    """One capitalised word: the shape an ordinary word takes at a line start."""
    return text.isalpha() and text[0].isupper()


def is_suspicious(flags: int, common_word: bool) -> bool:
    """This document's mentions of a word (flags AND-ed over them) suggest an ordinary
    word, or a word of a longer name the model cut ("the [Supreme] Court")."""
    if flags & (LOWERCASE_ELSEWHERE | DEFINED_AS_TERM):
        return True
    return common_word and bool(flags & (LINE_START | TITLE_CASE_LINE | RUNS_ON))


class WordVotes:
    """Suspicious and clean mention counts of single words across the corpus."""

    def __init__(self) -> None:
        self._votes: dict[str, list[int]] = {}

    def add(self, text: str, flags: int, count: int, common_word: bool) -> None:
        """One document's mentions of `text` (flags AND-ed over them)."""
        votes = self._votes.get(text)
        if votes is None:
            votes = self._votes[text] = [0, 0]
        votes[0 if is_suspicious(flags, common_word) else 1] += count

    def add_forms(self, text: str, forms: Iterable[FormCount], common_word: bool) -> None:
        """The mentions of `text`, one FormCount per document."""
        for form in forms:
            self.add(text, form.flags, form.count, common_word)

    def is_noise(self, text: str) -> bool:
        votes = self._votes.get(text)
        return votes is not None and votes[0] > votes[1]
