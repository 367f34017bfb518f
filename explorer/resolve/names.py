"""Person names: normal tokens, a transliteration key, and the rule that two
spellings name the same person.

Names are compared token by token, never as whole strings: "Kim Jong Un" and
"Kim Jong Il" differ in one short token and are different people, while
"Yuri Ushakov" / "Yury Ushakov" and "Josef Stalin" / "Joseph Stalin" differ only
in how a long token was transliterated.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from explorer.resolve.words import FUNCTION_WORDS

# Tokens this short are syllables of East Asian names ("Un", "Il", "Kim"): equal or different.
SHORT_TOKEN = 3
# Below this length one edit changes the name (Mark/Mary, Jane/June).
_EDIT_MIN_LENGTH = 5
_SPLIT = re.compile(r"[\s\-‐‑‒–—_/]+")
_DROP = re.compile(r"[.'’`\u02bc]")
# Spelling rules, applied in order, that map transliteration variants onto one key.
_RULES = (
    ("sch", "sh"),
    ("tch", "ch"),
    ("ph", "f"),
    ("kh", "h"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("ck", "k"),
    ("cz", "ch"),
    ("x", "ks"),
    ("q", "k"),
    ("w", "v"),
    ("ou", "u"),
)
_SOFT_C = re.compile(r"c(?=[eiy])")
_HARD_C = re.compile(r"c(?!h)")
_DOUBLE = re.compile(r"(.)\1+")
_LONGEST_FUNCTION_WORD = max(map(len, FUNCTION_WORDS))


@lru_cache(maxsize=200_000)
def name_tokens(text: str) -> tuple[str, ...]:
    """Lowercase ASCII tokens of a name; hyphens split tokens ("Kim Jong-un" -> kim/jong/un)."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return tuple(t for t in _SPLIT.split(_DROP.sub("", folded)) if t)


@lru_cache(maxsize=200_000)
def token_key(token: str) -> str:
    """A transliteration key: short tokens as they are, longer ones respelled so that
    Yuri/Yury, Josef/Joseph, Aleksei/Alexey, Zelensky/Zelenskyy get one key."""
    if len(token) <= SHORT_TOKEN:
        return token
    key = token
    for old, new in _RULES:
        key = key.replace(old, new)
    key = _HARD_C.sub("k", _SOFT_C.sub("s", key))
    key = key[0] + key[1:].replace("y", "i")
    return _DOUBLE.sub(r"\1", key)


def tokens_match(a: str, b: str) -> bool:
    """Two name tokens are one spelling: short ones exactly, longer ones by
    transliteration key or one edit that keeps the first and last letter."""
    if a == b:
        return True
    if len(a) <= SHORT_TOKEN or len(b) <= SHORT_TOKEN:
        return False
    ka, kb = token_key(a), token_key(b)
    if ka == kb:
        return True
    return (
        min(len(ka), len(kb)) >= _EDIT_MIN_LENGTH
        and ka[0] == kb[0]
        and ka[-1] == kb[-1]
        and _one_edit(ka, kb)
    )


def names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same number of tokens and every token matches its counterpart."""
    return len(a) == len(b) and all(tokens_match(x, y) for x, y in zip(a, b, strict=True))


def bucket_key(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Names that can match share this key (token count and first letter of each
    token's key), so only names within one bucket are compared."""
    return tuple(token_key(t)[0] for t in tokens)


def glued_words(text: str) -> list[int]:
    """Lengths of the lowercase function words that could be glued to the end of a
    name's last token ("Kim Jong Unhas" -> [3] for "has"), longest first."""
    last = text.rsplit(None, 1)[-1]
    sizes = []
    for size in range(min(len(last) - 2, _LONGEST_FUNCTION_WORD), 1, -1):
        tail = last[-size:]
        if tail.islower() and tail in FUNCTION_WORDS and last[-size - 1].isalpha():
            sizes.append(size)
    return sizes


def _one_edit(a: str, b: str) -> bool:
    """Levenshtein distance of exactly one (the strings differ)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]
