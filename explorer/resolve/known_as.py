"""Other names the corpus itself gives one thing: "the Affordable Care Act, known as
Obamacare", "Obamacare, officially known as the Affordable Care Act", "ISIL, also
known as ISIS".

News says so with two names side by side, the second after "known as" (or "dubbed",
"nicknamed", "a.k.a.") and a comma, a bracket or a dash. `known_as_pairs` reads a
document's cleaned mentions for such pairs; the index keeps them per document
(`explorer.index.other_names`), and `explorer.resolve.resolver` joins the two names
where documents enough say it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# What stands between the two names: a comma, a bracket or a dash, an adverb or
# two ("also", "popularly", "officially"), the words that give the other name, and
# a "the" or an opening quote before it. Not "called", which is more often said of
# something ("Ryan, speaking on CNN, called Trump's questions unfortunate").
_GAP = re.compile(
    r"\s*(?:,|\(|-{1,2}|–|—)\s*"
    r"(?:(?:also|popularly|widely|better|commonly|officially|formally|formerly|previously"
    r"|now|locally|often|sometimes|generally|colloquially|informally|more|most|simply)\s+){0,2}"
    r"(?:known\s+as|dubbed|nicknamed|a\.k\.a\.?|aka)\s+"
    r"(?:the\s+)?[\"“‘']?"
)
# After the second name, what makes the words a verb's ("dubbed Trump's plan a ...").
_POSSESSIVES = ("'s", "’s")
# A mention as the index gives it: its offsets, cleaned, and its label.
Mention = tuple[int, int, str]
# A name as resolution reads it: (text, label).
Pair = tuple[str, str]


def known_as_pairs(text: str, mentions: Iterable[Mention]) -> set[tuple[Pair, Pair]]:
    """The (name, other name) pairs of a document: two mentions with only a naming
    phrase between them."""
    ordered = sorted(mentions)
    pairs = set()
    for (start, end, label), (next_start, next_end, next_label) in zip(
        ordered, ordered[1:], strict=False
    ):
        if (
            start < end <= next_start
            and _GAP.fullmatch(text, end, next_start)
            and not text.startswith(_POSSESSIVES, next_end)
        ):
            pairs.add(((text[start:end], label), (text[next_start:next_end], next_label)))
    return pairs
