"""Person names: normal tokens, a transliteration key, and the rule that two
spellings name the same person.

Names are compared token by token, never as whole strings: "Kim Jong Un" and
"Kim Jong Il" differ in one short token and are different people, while
"Yuri Ushakov" / "Yury Ushakov" and "Josef Stalin" / "Joseph Stalin" differ only
in how a long token was transliterated. Lowercase or hyphenated particles do not
count ("Osama bin Laden" / "Osama Bin Laden", "Ayman al-Zawahiri" / "Ayman
Zawahiri"), and a given name matches its nicknames when the rest of the name
agrees ("Bill Clinton" / "William Clinton"; the list is the `nicknames` package).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib.resources import files

from explorer.resolve.words import FUNCTION_WORDS, PARTICLES, is_common_word

# Tokens this short are syllables of East Asian names ("Un", "Il", "Kim"): equal or different.
SHORT_TOKEN = 3
# Below this length one edit changes the name (Mark/Mary, Jane/June).
_EDIT_MIN_LENGTH = 5
_VOWELS = frozenset("aeiouy")
# A consonant and a vowel that spell one sound in names: "Edward"/"Eduard" (keys
# respell "w" as "v"), "Tanja"/"Tania".
_ONE_SOUND = ({"v", "u"}, {"j", "i"})
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
# A two-letter word is as often a name's own ending ("Hutt" + "on", "Robert" + "son",
# "Sim" + "on", "Bob" + "by"): only longer words are taken for glued ones.
_SHORTEST_GLUED_WORD = 3
# Particles that join a family name: dropped when written in lowercase or joined by
# a hyphen ("bin Laden", "al-Zawahiri"); "Bin" and "Ibn" never start a given name.
_ALWAYS_PARTICLES = frozenset({"bin", "ibn", "bint"})
_LEADING_PARTICLES = frozenset("van von de der den du da di le la el".split())
# The particles that open a family name when written capitalised ("Marine Le Pen",
# "Dick Van Dyke"); "Bin", "Du", "Da" or "Das" also end Chinese, Arab and Indian
# names ("Hu Bin", "James Du").
_CAPITALISED_PARTICLES = frozenset("le la de van von der den del".split())
# A son's or a father's suffix after a family name, as a token.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# A lowercase word a hyphen joins to the end of a name, where a conversion put hyphens
# for spaces ("Donald Trump-on", "Fianna Fáil-has", "al-Sarraj-arrived") or an
# adjective was made of the name ("London-based"): `hyphen_glued`.
_GLUED_BY_HYPHEN = re.compile(r"(.*?([^\W\d_]+))-([a-z]+)")
# Shorter parts before such a word are syllables of East Asian given names ("Moon
# Jae-in", "Ban Ki-moon") or prefixes ("Co-operation"), shorter ordinary words
# syllables too ("Kim Dong-young").
_GLUED_AFTER_MIN = 5
_GLUED_WORD_MIN = 5
_PARTICLE_BEFORE = re.compile(r"(?:(?<=\s)|^)([^\W\d_]+)(?=[\s\-‐‑])")


def unaccented(text: str) -> str:
    """`text` without its accents ("Électricité" -> "Electricite"): NFKD, combining
    marks dropped; ASCII text, most names, is itself."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# A nickname in quotes between a given name and a family name: 'William "Ryan" Owens',
# "Brian 'Head' Welch".
NICKNAMED = re.compile(
    r"(?P<given>[A-Z][\w'’.\-]+) [\"“'‘](?P<nickname>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)?)"
    r"[\"”'’] (?P<family>[A-Z][\w'’\-]+)"
)


def without_nickname(text: str) -> str:
    """The name without the nickname in quotes inside it ('William "Ryan" Owens' ->
    "William Owens"): the person's name, which the nickname alone is not."""
    found = NICKNAMED.fullmatch(text)
    return text if found is None else f"{found['given']} {found['family']}"


@lru_cache(maxsize=200_000)
def name_tokens(text: str) -> tuple[str, ...]:
    """Lowercase tokens of a name without accents, dots, particles or a nickname in
    quotes; hyphens split tokens ("Kim Jong-un" -> kim/jong/un, "Ayman al-Zawahiri" ->
    ayman/zawahiri)."""
    text = without_nickname(text)
    folded = _PARTICLE_BEFORE.sub(_drop_particle, unaccented(text))
    tokens = tuple(t for t in _SPLIT.split(_DROP.sub("", folded.lower())) if t)
    if not tokens:  # a name that is all particles keeps them
        return tuple(t for t in _SPLIT.split(_DROP.sub("", text.lower())) if t)
    return tokens


def name_words(text: str) -> list[str]:
    """The words of a name, a son's or a father's suffix kept with the family name
    before it ("Donald Trump Jr." -> "Donald", "Trump Jr."): "Trump Jr." is the short
    name of "Donald Trump Jr.", as "Trump" is of "Donald Trump"."""
    words: list[str] = []
    for word in text.split():
        if words and word.lower().rstrip(".") in SUFFIXES:
            words[-1] = f"{words[-1]} {word}"
        else:
            words.append(word)
    return words


def is_family_particle(word: str) -> bool:
    """The word opens a family name and never ends a name: a particle in lowercase
    ("von der Leyen", "bin Laden") or a European one capitalised ("Le Pen")."""
    low = word.lower()
    return low in PARTICLES and (word.islower() or low in _CAPITALISED_PARTICLES)


def family_name(text: str) -> str:
    """A full name's family name with the particles that open it and the suffix that
    closes it: "Le Pen" of "Marine Le Pen", "von der Leyen" of "Ursula von der Leyen",
    "Trump Jr." of "Donald Trump Jr." (a name that is all family name is itself)."""
    words = name_words(text)
    first = len(words) - 1
    while first > 0 and is_family_particle(words[first - 1]):
        first -= 1
    return " ".join(words[first:])


def spelling_key(key: str) -> str:
    """A name key without its particles: "Assad" is spelt as Bashar al-Assad's family
    name is, where "Gerard" is not "Gerrard"."""
    words = key.replace("-", " ").split()
    kept = [w for w in words if w not in PARTICLES]
    return " ".join(kept or words)


def _drop_particle(match: re.Match[str]) -> str:
    """A particle goes when it is written in lowercase, joined by a hyphen, or
    capitalised inside a name ("Robert De Niro"); at the start only "Bin", the
    European particles and "El" do ("Van Persie", "De Niro", "El Guerrouj" of Hicham
    El Guerrouj), never "Al", a given name in English ("Al Gore")."""
    word = match.group(1)
    low = word.lower()
    if low not in PARTICLES:
        return word
    followed_by_hyphen = match.string[match.end() : match.end() + 1] not in ("", " ", "\t")
    inside = match.start() > 0
    if (
        low in _ALWAYS_PARTICLES
        or word.islower()
        or followed_by_hyphen
        or inside
        or low in _LEADING_PARTICLES
    ):
        return ""
    return word


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
    one: a long token one edit away ("Aleksandr" / "Aleksander"), or a first token
    that is a nickname of the other ("Bill" / "William")."""
    if len(a) != len(b):
        return False
    edited = False
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        kx, ky = token_key(x), token_key(y)
        if kx == ky:
            continue
        given = i == 0 and len(a) > 1
        spelt = _close(kx, ky) and not (given and _another_given_name(kx, ky))
        if edited or not (spelt or (given and is_nickname(x, y))):
            return False
        edited = True
    return True


def same_spelling(a: str, b: str) -> bool:
    """Two tokens are one spelling: the same transliteration key, or long keys one
    edit apart."""
    ka, kb = token_key(a), token_key(b)
    return ka == kb or _close(ka, kb)


def is_nickname(a: str, b: str) -> bool:
    """One given name is a listed nickname of the other ("bill" / "william"), unless
    the list pairs two names that people bear as names of their own (_OWN_NAMES)."""
    table = _nickname_table()
    listed = b in table.get(a, ()) or a in table.get(b, ())
    return listed and frozenset((a, b)) not in _OWN_NAMES


# An Irish family name's prefix before its capitalised stem ("O'Loughlin",
# "O’Brien"): a shape only a family name takes; a plural is a family's or a band's
# ("the O'Jays").
_PREFIXED_FAMILY_NAME = re.compile(r"O['’][A-Z][a-z]+(?<!s)")


def is_family_name_shaped(word: str) -> bool:
    """The word has a shape only a family name has ("O'Loughlin"), so a label PERSON
    on it says a person even where the corpus gives no full name it stands for."""
    return _PREFIXED_FAMILY_NAME.fullmatch(word) is not None


def is_given_name(word: str) -> bool:
    """The word is a given name the nickname list knows ("Mark", "Will", "Bill")."""
    low = word.lower()
    table = _nickname_table()
    return low in table or low in _nicknames()


# Pairs the nickname list gives that name different people in news: another
# language's form of a name (Ian, Ivan and John; Miguel and Michael), a woman's name
# and a man's (Andrea and Andy), a name reached only through a third (Bill's Robert
# and Fred, Robert's Rupert, Jon's John and Jonathan), a nickname now a name of its
# own (Jack, the actor Jack Nicholson beside General John Nicholson).
_OWN_NAMES = frozenset(
    frozenset(pair)
    for pair in (
        ("ian", "john"),
        ("ivan", "john"),
        ("jack", "john"),
        ("john", "jonathan"),
        ("miguel", "michael"),
        ("andrea", "andy"),
        ("bill", "robert"),
        ("billy", "robert"),
        ("bill", "fred"),
        ("robert", "rupert"),
    )
)


@cache
def _nicknames() -> frozenset[str]:
    return frozenset().union(*_nickname_table().values())


@cache
def _nickname_table() -> dict[str, frozenset[str]]:
    from nicknames import NickNamer

    return {name: frozenset(nicks) for name, nicks in NickNamer().nickname_lookup.items()}


def given_name_gender(token: str) -> str | None:
    """ "m" or "f" where common usage gives a given name (a lowercase name token) one
    gender (``data/given_names.txt``), else None: the word is then a given name, which
    the nickname list may not know ("camilla")."""
    return _given_name_genders().get(token)


@cache
def _given_name_genders() -> dict[str, str]:
    text = files("explorer.resolve").joinpath("data/given_names.txt").read_text("utf-8")
    return dict(line.split() for line in text.splitlines() if line and not line.startswith("#"))


def blocking_keys(tokens: tuple[str, ...]) -> list[tuple[str | int, ...]]:
    """Keys such that two names that match share at least one: the tuple of token
    keys; the tokens after the first (where nicknames meet); and for each long token
    i, the tuple marked i, as it is and with one inner letter of token i deleted (an
    insertion or a substitution of one letter meets there)."""
    keys = tuple(token_key(t) for t in tokens)
    blocks: list[tuple[str | int, ...]] = [keys]
    if len(keys) > 1:
        blocks.append(("given", *keys[1:]))
    for i, key in enumerate(keys):
        if len(key) >= _EDIT_MIN_LENGTH:
            blocks.append((i, *keys))
            for j in range(1, len(key) - 1):
                blocks.append((i, *keys[:i], key[:j] + key[j + 1 :], *keys[i + 1 :]))
    return blocks


def hyphen_glued(text: str) -> int:
    """The length of a word and the hyphen that glue it to the end of a name, or 0: a
    function word ("Trump-on", "Kraftwerk-as"; one of two letters only after a part of
    five letters or more: "Moon Jae-in" is whole), or an ordinary word of five letters
    or more after a part as long ("Brexit-talks"); not after a part that is an ordinary
    word itself, which makes a compound of the two ("Check-in", "Cross-border",
    "Long-term"), unless a name comes before it ("Donald Trump-on")."""
    if "-" not in text:
        return 0  # most names, at no regular expression's cost
    glued = _GLUED_BY_HYPHEN.fullmatch(text)
    if glued is None:
        return 0
    name, part, word = glued.groups()
    if len(part) < 3 or not part[0].isupper():
        return 0  # nor after a lowercase word: "runner-up"
    if name == part and is_common_word(part):
        return 0
    if len(word) < 2:
        return 0  # a link of a name's ("Mar-a-Lago", "Tehreek-i-Insaf"), cut
    if word in FUNCTION_WORDS:
        long_enough = len(word) > 2 or len(part) >= _GLUED_AFTER_MIN
    else:
        ordinary = len(word) >= _GLUED_WORD_MIN and is_common_word(word)
        long_enough = ordinary and len(part) >= _GLUED_AFTER_MIN
    return len(word) + 1 if long_enough else 0


def glued_words(text: str) -> list[int]:
    """Lengths of the lowercase function words that could be glued to the end of a
    name's last token ("Kim Jong Unhas" -> [3] for "has"), longest first."""
    last = text.rsplit(None, 1)[-1]
    sizes = []
    for size in range(min(len(last) - 2, _LONGEST_FUNCTION_WORD), _SHORTEST_GLUED_WORD - 1, -1):
        tail = last[-size:]
        if tail.islower() and tail in FUNCTION_WORDS and last[-size - 1].isalpha():
            sizes.append(size)
    return sizes


def _close(a: str, b: str) -> bool:
    """Long keys one edit apart with the same first and last letter (Mark/Mary and
    Maria/Mario stay apart), the edit no vowel written for a consonant: on keys that
    respell "ph" and "y", that is another name (Murray/Murphy, Wilders/Villiers), but
    for the letters that are both ("Edward"/"Eduard", "Tanja"/"Tania")."""
    return (
        min(len(a), len(b)) >= _EDIT_MIN_LENGTH
        and a[0] == b[0]
        and a[-1] == b[-1]
        and _one_edit(a, b)
        and not _vowel_for_consonant(a, b)
    )


def _vowel_for_consonant(a: str, b: str) -> bool:
    """Keys of one length that differ in one letter, a vowel in one and a consonant
    in the other, not a pair written for one sound ("v"/"u", "j"/"i"; "h"/"i" after
    "s", Malay's "sy" for "sh": "Aisyah"/"Aishah"), nor a letter a bad decoding lost
    ("Ciar\ufffd\ufffdn")."""
    if len(a) != len(b):
        return False
    i, x, y = next((i, x, y) for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
    if not (x.isalpha() and y.isalpha()):
        return False
    vowels = (unaccented(x) in _VOWELS, unaccented(y) in _VOWELS)
    one_sound = {x, y} in _ONE_SOUND or ({x, y} == {"h", "i"} and a[i - 1] == "s")
    return vowels[0] != vowels[1] and not one_sound


def _another_given_name(a: str, b: str) -> bool:
    """Two given names' keys, one edit apart, where the longer adds a consonant
    before its last letter, a vowel: another name ("Ivanka" of "Ivana", "Marina" of
    "Maria"), not a spelling or a slip ("Aleksander" of "Aleksandr", "Sarah" of
    "Sara", "Michail" of "Mikhail", "Edinson" and "Edison")."""
    if len(b) != len(a) + 1:
        a, b = b, a
    return (
        len(b) == len(a) + 1
        and b[:-2] == a[:-1]
        and b[-1] == a[-1]
        and b[-1] in _VOWELS
        and b[-2] not in _VOWELS
        and b[-2] != "h"
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
