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
    """Lowercase tokens of a name without accents or dots; hyphens split tokens
    ("Kim Jong-un" -> kim/jong/un)."""
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


def names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same number of tokens, all with the same transliteration key except at most
    one long token that is one edit away ("Aleksandr" / "Aleksander")."""
    if len(a) != len(b):
        return False
    edited = False
    for x, y in zip(a, b, strict=True):
        kx, ky = token_key(x), token_key(y)
        if kx == ky:
            continue
        if edited or not _close(kx, ky):
            return False
        edited = True
    return True


def blocking_keys(tokens: tuple[str, ...]) -> list[tuple[str | int, ...]]:
    """Keys such that two names that match share at least one: the tuple of token
    keys, and for each long token i, that tuple marked i, as it is and with one
    inner letter of token i deleted (an insertion or a substitution of one letter
    meets there)."""
    keys = tuple(token_key(t) for t in tokens)
    blocks: list[tuple[str | int, ...]] = [keys]
    for i, key in enumerate(keys):
        if len(key) >= _EDIT_MIN_LENGTH:
            blocks.append((i, *keys))
            for j in range(1, len(key) - 1):
                blocks.append((i, *keys[:i], key[:j] + key[j + 1 :], *keys[i + 1 :]))
    return blocks


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


def _close(a: str, b: str) -> bool:
    """Long keys one edit apart with the same first and last letter (Mark/Mary and
    Maria/Mario stay apart)."""
    return (
        min(len(a), len(b)) >= _EDIT_MIN_LENGTH
        and a[0] == b[0]
        and a[-1] == b[-1]
        and _one_edit(a, b)
    )


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
