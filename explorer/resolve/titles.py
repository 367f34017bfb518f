"""Honorifics and titles in front of a name: "Mr Blair", "Dr Rice", "Dutch PM Mark
Rutte", "US Secretary of State Colin Powell" all name the person after the title.

The model sometimes puts the title inside the span, sometimes outside, and often
labels "Mr Blair" an organisation. `title_length` finds a leading title inside a
span so that span cleaning cuts it off; the word left in front of the name then
marks the mention as titled (`spans.AFTER_TITLE`), which is strong evidence of a
person whatever the model's label.
"""

from __future__ import annotations

import re

from explorer.resolve.demonyms import demonym_place, is_demonym
from explorer.resolve.gazetteer import country_code, is_major_place, is_region
from explorer.resolve.names import is_family_particle, is_given_name
from explorer.resolve.words import (
    EVENT_HEADS,
    FUNCTION_WORDS,
    ORG_HEADS,
    PARTY_MEMBER_WORDS,
    SITES_NAMED_AFTER,
    TITLE_WORDS,
    is_common_word,
)

# Honorifics that only ever stand before a person's name, in any label's span.
# French "M." keeps its full stop, which tells it from an initial ("M Bortolami").
HONORIFICS = frozenset("mr mrs ms miss mx dr prof rev revd mme mlle m.".split())
# Offices another label's span may begin with ("President Chirac", "Gen Pervez
# Musharraf" as ORG); "General" or "Chief" are left out there: "General Motors",
# "Chief Rabbi".
RANKS = frozenset("adm brig capt cllr col cpl det gen insp lt maj sgt supt".split())
_OFFICES = frozenset("president pm premier chancellor senator sen gov governor".split()) | RANKS
# Words that lengthen a title: "Foreign Secretary", "Secretary of State", "Chancellor
# of the Exchequer".
_MODIFIERS = frozenset(
    """
    acting assistant attorney cabinet culture defence defense deputy economy education
    energy environment exchequer executive finance first foreign former health home
    interior justice labor opposition prime shadow sports state the trade transport
    treasury vice of
    """.split()
)
# Styles that belong to how a person is named ("Lord Falconer"), cut only before a
# full name ("Sir Alex Ferguson"); royal and religious styles always stay.
_STYLES = frozenset("sir dame lord lady baroness baron".split())
KEPT_STYLES = frozenset("king queen prince princess pope emperor sheikh".split())
# Offices one person holds at a time, which news names by the title alone after a
# determiner: "the Taoiseach said", "the President", "an MEP". Not the styles that stay
# in a name ("the Sheikh" of an article on Sheikh Ahmed Yassin is him), nor a rank's
# abbreviation, which is an acronym's too ("The CPL has said").
_OFFICES_HELD = frozenset(
    """
    archbishop ayatollah bishop cardinal chancellor governor mayor mep mp msp pm premier
    president senator speaker tanaiste tánaiste taoiseach
    """.split()
)
# Of those, the offices that are nobody's surname either ("Bishop" is Julie Bishop's,
# "Chancellor" a surname too): alone, always the office ("as Taoiseach", "the PM's").
_OFFICES_ONLY = frozenset("mep mp msp pm tanaiste tánaiste taoiseach".split())
# "Of" and a name after a title's word alone: the office is the place's or the
# body's ("Bishop of Galway", "Chairperson of the Russian Accounts Chamber"), or the
# word opens a prize's name ("Coach of the Year"); no one's name. Not a style, which
# names a person, a work or a club so ("Prince of Wales", "Lord of the Rings", "Queen
# of the South").
_OF_A_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
_KEPT_WORDS = KEPT_STYLES | _STYLES
# A name after a span: the office's holder, named ("Taoiseach Enda Kenny").
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w'’\-]*)")
# The words a debate calls its members by, alone no one's name: "the hon. Lady", "the
# noble Lord", "my hon. Friend", "the hon. Gentleman", "Madam Deputy Speaker".
_ADDRESSES = frozenset("baroness dame friend gentleman lady lord madam".split())
# Offices a speaker addresses with an honorific, no name of anyone: "Mr Speaker",
# "Madam Deputy Speaker", "Mr President".
_ADDRESSED_OFFICES = frozenset(
    {"chair", "chairman", "chairwoman", "deputy speaker", "mayor", "president", "speaker"}
)
_HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(?:Mr\.?|Madam|Madame|Mister)(?: Deputy)? $")
# What stands before such a word when it addresses someone: a determiner or a courtesy.
_ADDRESS_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:the|The|my|My|your|our)|(?<!\w)(?:hon\.?|Hon\.?|honourable|noble|learned|"
    r"gallant)) $"
)
# A determiner before a word used as a common noun ("the Beatle", "another Beatle";
# "The" only at a sentence's start: "writing in The Diplomat" is a magazine's title),
# read with re.MULTILINE.
NOUN_DETERMINER = r"(?:(?<![\w.])(?:the|a|an|another|former|fellow)|(?:^|(?<=[.!?] ))The)"
# That determiner, and at most one lowercase word ("the outspoken"), right before a word.
_DETERMINED = re.compile(rf"{NOUN_DETERMINER}(?: [a-z][a-z\-]*)? $", re.MULTILINE)
# Title words that are also common given names: "Dean Smith" is not "Smith".
_GIVEN_NAMES = frozenset("dean earl duke major judge".split())
# At most this many words ("Tory leader", "Lib Dem leader") before the title word.
_MAX_LEAD = 2
_MAX_NAME_TOKENS = 4
_TOKEN = re.compile(r"\S+")
# What follows a span: a stop, or the next word ("by" of "Sgt McCabe by"); no match
# before a possessive or a dash ("Sgt Pepper's", "Sgt Pepper-style").
_WORD_AFTER = re.compile(r"(?:[,.;:!?)\]]|\s*$|\s+([a-z]+)\b)")
_WORD_BEFORE = re.compile(r"[^\W\d_][\w.\-]*")
# An office's portfolio: "Secretary of State", "Ambassador to the United Nations",
# "leader of the Liberal Democrats", at most this many capitalised words.
_PORTFOLIO_JOINS = frozenset({"of", "to"})
# A player's position that is also an adverb: a title after a side's name only.
_FORWARD = "forward"
_MAX_PORTFOLIO_WORDS = 4
# What follows an office about to be held: "President-elect", "Minister-designate".
_TO_COME = frozenset({"elect", "designate"})
# An office whose name the model often begins inside: "Secretary of [State]".
_SECRETARY_OF = re.compile(r"\bSecretar(?:y|ies) of $")
_STATE = "State"
# What a name in a list stands after: the list's comma, or a name's possessive
# ("Google's Blogger, MovableType").
_NAME_BEFORE = re.compile(r"(?:,|[A-Z][\w.\-]*['’]s) $")
_POSSESSIVE = re.compile(r"['’]s$")
# How far back a title before a name is looked for, in characters.
_TITLE_REACH = 60
# The longest abbreviated title ("capt", "supt", "insp"): a longer word before a
# full stop is a whole word.
_ABBREVIATION = 4
_CAPITALISED = re.compile(r"[A-Z][\w'’\-.]*")
# Words between an office and the place it is held in: "ambassador to [Austria]",
# "leader of the unrecognized republic of [Transnistria]", at most this many.
_PLACE_PREPOSITIONS = frozenset({"of", "to", "in"})
# An envoy or a minister is also named "for" or "on" the place ("UN Special Envoy for
# [Syria Staffan de Mistura]", "Minister for [Wales Alun Cairns]").
_BRIEF_PREPOSITIONS = frozenset({"for", "on"})
_BRIEF_OFFICES = frozenset({"envoy", "minister", "representative"})
_OFFICE_REACH = 5
# Offices held in or for a country or a place, not in a body ("director of [China
# Telecom Europe]", "Imam Shamsi Ali of the [Jamaica Muslim Center]").
_OFFICES_OF_PLACES = frozenset(
    """
    ambassador chancellor consul envoy governor king leader minister premier president
    queen
    """.split()
)
_OFFICE_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def title_length(span: str, label: str) -> int:
    """How many characters of `span` are a leading title before a name; 0 if none.

    In a PERSON span a title may follow a word or two ("Tory leader Michael Howard",
    "Dutch PM Mark Rutte"); in another label's span only an honorific or an office
    that opens it counts ("Mr Blair", "President Chirac").
    """
    tokens = list(_TOKEN.finditer(span))
    if len(tokens) > 2 and _POSSESSIVE.search(tokens[-2].group()):
        if tokens[-1].group().lower() in SITES_NAMED_AFTER:
            return 0  # "Saint Paul's Cathedral": a site named after someone, no one's name
    words = [_title_word(t.group()) for t in tokens]
    first = _first_title(words, label)
    if first is None:
        return _descriptor_length(tokens) if label == "PERSON" else _country_length(tokens)
    end = first + 1
    while end < len(words) - 1 and (
        words[end] in TITLE_WORDS or words[end] in HONORIFICS or words[end] in _MODIFIERS
    ):
        end += 1
    rest = tokens[end:]
    if not rest or len(rest) > _MAX_NAME_TOKENS:
        return 0
    if len(rest) == 1 and words[end] in _STYLES:
        return len(span)  # "Tory Treasurer Lord" of "... Lord Ashcroft": no name in it
    rank = label != "PERSON" and words[first] in RANKS
    if len(rest) < 2 and (words[first] in _STYLES or rank):
        return 0  # "Lord Falconer" stays; "Sgt Pepper" as ORG is the album's
    if words[-1] in EVENT_HEADS or words[-1] in ORG_HEADS:
        return 0  # "Premier League", "Chancellor Club": the office's word is the name's
    if not all(_CAPITALISED.fullmatch(t.group()) for t in tokens[:first] + rest):
        return 0
    return rest[0].start()


def after_rank(text: str, start: int, end: int, label: str) -> int:
    """Where the name begins in a span of a rank's abbreviation and one word that another
    label than PERSON gave ("a smear campaign against [Sgt McCabe] orchestrated", ORG):
    after the rank, when the clause goes on past the name (a stop, or a function word
    after it: "Sgt McCabe by", "Sgt McCabe."), where a title is read; `start` for any
    other span. `title_length` keeps such a span whole, as a work's or a thing's name
    may be one ("the Sgt Pepper album", "a Sgt Pepper jacket")."""
    tokens = list(_TOKEN.finditer(text, start, end))
    if label == "PERSON" or len(tokens) != 2:
        return start
    rank, name = _title_word(tokens[0].group()), tokens[1].group()
    if rank not in RANKS or not _CAPITALISED.fullmatch(name) or is_common_word(name):
        return start
    after = _WORD_AFTER.match(text, end)
    goes_on = after is not None and (after.group(1) is None or after.group(1) in FUNCTION_WORDS)
    return tokens[1].start() if goes_on else start


def office_alone(text: str, start: int, end: int) -> bool:
    """text[start:end] is an office's title alone after a determiner ("the Taoiseach
    said", "an MEP") or an honorific ("Mr Speaker", "Mr President"), before its
    holder's name ("Taoiseach Enda Kenny", the model's two spans), or one no surname
    is ("as Taoiseach"), or a title's word before "of" and a name ("Bishop of
    Galway", "Coach of the Year"), or a word a debate addresses its members by ("the hon.
    Lady", "the noble Lord", "Madam Deputy Speaker"): a common noun for whoever holds
    it, no name; so is a rank's abbreviation alone ("[Sgt]. Shawn McGuire"). Without
    one it may be a name: "Queen" the band, "King" of Martin Luther King, "their son,
    Baron", "Bishop said" (Julie Bishop), "the CPL" (a league)."""
    word = text[start:end].lower()
    if word in RANKS and text[start:end].istitle():
        return True  # "spokesman [Sgt]. Shawn McGuire", "Det [Sgt] John Coleman"
    if word in TITLE_WORDS and word not in _KEPT_WORDS and _OF_A_NAME.match(text, end):
        return True  # "[Bishop] of Galway", "named [Coach] of the Year": an office's word
    if word in _ADDRESSES:
        return word == "madam" or bool(_ADDRESS_BEFORE.search(text, max(0, start - 12), start))
    if word in _ADDRESSED_OFFICES and _HONORIFIC_BEFORE.search(text, max(0, start - 16), start):
        return True
    if word not in _OFFICES_HELD:
        return False
    if word in _OFFICES_ONLY or _DETERMINED.search(text, max(0, start - 24), start):
        return True
    holder = _NAME_AFTER.match(text, end)  # "[Taoiseach] Enda Kenny", "[Bishop] Casey"
    return holder is not None and not is_common_word(holder.group(1))


def after_secretary_of(text: str, start: int, end: int) -> int:
    """Where the name begins in a span the model began inside an office's title,
    after "Secretary of" ("Secretary of [State Rex Tillerson]"): after "State", or
    `end` where only the office is left ("the Secretary of [State for Health]",
    "Secretaries of [State]"); `start` for any other span."""
    if not text.startswith(_STATE, start) or not _SECRETARY_OF.search(
        text, max(0, start - _TITLE_REACH), start
    ):
        return start
    rest = start + len(_STATE)
    if rest == end or text.startswith(" for ", rest):
        return end
    return rest + 1 if text.startswith(" ", rest) else start


def office_opening_name(text: str, start: int, end: int) -> int:
    """Where a body's or an event's name begins when an office's word opens it and
    an earlier cleaning took it for a title: "Premier [League]" is "Premier League"
    (indexes stored before `title_length` knew)."""
    span = text[start:end]
    if span.lower() not in EVENT_HEADS and span.lower() not in ORG_HEADS:
        return start
    before = _OFFICE_BEFORE.search(text, max(0, start - _TITLE_REACH), start)
    return before.start() if before and before.group(1).lower() in _OFFICES else start


def _first_title(words: list[str], label: str) -> int | None:
    """The index of the word that makes the lead a title, or None."""
    for i, word in enumerate(words[: _MAX_LEAD + 1]):
        if word in KEPT_STYLES or (i == 0 and word in _GIVEN_NAMES):
            return None
        if word in HONORIFICS or word in _STYLES or (i == 0 and word in _OFFICES):
            return i
        if label != "PERSON":
            return None
        if word in TITLE_WORDS:
            return i
    return None


def follows_title(text: str, start: int) -> bool:
    """A title ends right before text[start:]: "Mr Kim", "research fellow Hong Min",
    "Secretary of State Colin Powell", "Chancellor of the Exchequer Gordon Brown"."""
    found = list(_WORD_BEFORE.finditer(text, max(0, start - _TITLE_REACH), start))
    if not found or _ends_sentence(found[-1].group()) or "\n" in text[found[-1].end() : start]:
        return False  # "... a fabulous player.\n\nEverton: Martyn, Hibbert"
    last = _title_word(found[-1].group())
    if last == _FORWARD:
        # "Barcelona forward Neymar", "Springboks forward Alistair Hargreaves": a
        # side's position after its name; not an adverb after a verb ("put forward
        # Labour's plan", "Moving forward Trump")
        side = found[-2].group() if len(found) > 1 else ""
        return side[:1].isupper() and not side.endswith(("ing", "ed"))
    if last in TITLE_WORDS or last in HONORIFICS:
        # "the actor, Tom Hanks", "Its Director, Sheila Power"; not a name that is such
        # a word in a list before it: "Google's Blogger, MovableType", "Beyonce,
        # Prince, Destiny's Child"
        return not (
            found[-1].group()[0].isupper()
            and "," in text[found[-1].end() : start]
            and _NAME_BEFORE.search(
                text, max(0, found[-1].start() - _TITLE_REACH), found[-1].start()
            )
            is not None
        )
    # "<title> of|to [the] <Portfolio>", or an apposition: "the director of the film,
    # Vinod Pande", "Ambassador to the United Nations Nikki Haley"; "chief executive of
    # the [Child Support Agency]" names the body
    if text[found[-1].end() : start] == ", ":
        portfolio = 1
    else:
        portfolio = 0
        while portfolio < min(_MAX_PORTFOLIO_WORDS, len(found) - 1) and (
            found[-1 - portfolio].group()[0].isupper()
        ):
            portfolio += 1
        if not portfolio:
            return False
    # the two words before the portfolio, or before its "the"
    rest = [_title_word(m.group()) for m in found[-portfolio - 3 : -portfolio]]
    if rest and rest[-1] == "the":
        rest = rest[:-1]
    return len(rest) >= 2 and rest[-1] in _PORTFOLIO_JOINS and rest[-2] in TITLE_WORDS


def _ends_sentence(word: str) -> bool:
    """A full stop after a whole word ends its sentence ("the player."); after an
    honorific or an abbreviated title ("Mr.", "Gen.", "Capt.") it is part of it."""
    if not word.endswith(".") or word == "M.":
        return False
    bare = word.rstrip(".").lower()
    return bare not in HONORIFICS and not (bare in TITLE_WORDS and len(bare) <= _ABBREVIATION)


def _title_word(token: str) -> str:
    """A token as the title tables spell it: lowercase, no full stop, but "M." (the
    French "Monsieur") keeps it; of a hyphenated one, itself where the tables hold it
    ("film-maker", "team-mate"), else the office it names ("ex-President",
    "vice-president", "President-elect": "president")."""
    if token == "M.":
        return "m."
    whole = token.rstrip(".").lower()
    if whole in TITLE_WORDS:
        return whole
    head, _, word = whole.rpartition("-")
    if head and word in _TO_COME:
        head, _, word = head.rpartition("-")
    return word or head


def _country_length(tokens: list[re.Match[str]]) -> int:
    """A country's code run into a person's full name in another label's span:
    "ambassador to the [US Sergey Kislyak]". The rest opens with a given name or holds
    no ordinary word, and is no body's or event's name ("US Virgin Islands", "UK
    Border Agency", "US Steel"). A people's word is left alone here: "American Life
    Project" and "German Aerospace Centre" are bodies, and the given names a nickname
    list knows are too few to tell a person's name from a body's."""
    if len(tokens) < 3:
        return 0
    lead, rest = tokens[0].group(), [t.group() for t in tokens[1:]]
    if not (lead.replace(".", "").isupper() and country_code(lead)):
        return 0
    return tokens[1].start() if _names_a_person(rest) else 0


def _names_a_person(words: list[str]) -> bool:
    """Capitalised words, but for a family name's particles inside ("Staffan de
    Mistura"), that open with a given name or hold no ordinary word, and name no body
    or event ("Virgin Islands", "Border Agency", "Steel")."""
    inner = [word for word in words[1:-1] if not is_family_particle(word)]
    name = [words[0], *inner, words[-1]]
    if not is_given_name(words[0]) and any(is_common_word(word) for word in name):
        return False
    last = words[-1].lower()
    if last in ORG_HEADS or last in EVENT_HEADS or len(words) > _MAX_NAME_TOKENS:
        return False
    return all(_CAPITALISED.fullmatch(word) for word in name)


def after_office_place(text: str, start: int, end: int) -> int:
    """Where the name begins in a span that opens with the place of an office named
    before it ("ambassador to [Austria Andrei Popov]", "President of [Belarus
    Alexander Lukashenko]", "leader of the unrecognized republic of [Transnistria
    Vadim Krasnoselsky]"): after the place, when a person's name of two words or
    more follows it; `start` for any other span. A place's name that is a given
    name too opens a name ("the wife of [Georgia May Jagger]"); an office of a body
    is held in none ("managing director of [China Telecom Europe]")."""
    tokens = list(_TOKEN.finditer(text, start, end))
    if len(tokens) < 3:
        return start
    place = tokens[0].group()
    if is_given_name(place) or not (
        country_code(place) or is_major_place(place) or is_region(place)
    ):
        return start
    rest = [t.group() for t in tokens[1:]]
    if not _names_a_person(rest) or not _office_held_in(text, start):
        return start
    return tokens[1].start()


def _office_held_in(text: str, start: int) -> bool:
    """The words before text[start:] are an office held in a place and "of", "to" or
    "in", or an envoy's or a minister's and "for" or "on", within a few words and one
    sentence ("Russian Ambassador to ", "leader of the unrecognized republic of ",
    "UN Special Envoy for ")."""
    reach = max(0, start - _TITLE_REACH)
    line = text.rfind("\n", reach, start) + 1  # the words of the span's line only
    found = [m.group() for m in _WORD_BEFORE.finditer(text, max(reach, line), start)]
    if found and found[-1] == "the":
        found.pop()
    if not found:
        return False
    if found[-1] in _PLACE_PREPOSITIONS:
        offices = _OFFICES_OF_PLACES
    elif found[-1] in _BRIEF_PREPOSITIONS:
        offices = _BRIEF_OFFICES
    else:
        return False
    for word in reversed(found[-1 - _OFFICE_REACH : -1]):
        if _ends_sentence(word):
            return False
        if _title_word(word) in offices:
            return True
    return False


def _descriptor_length(tokens: list[re.Match[str]]) -> int:
    """A nationality, a region's or a city's people, a party's member or an ordinary
    word run into a full name: "Briton Tim Henman", "Welshman Jimmy Watkins", "Tory
    Liam Fox", "Lib Dem Norman Baker"; "Classy Henman Wins" is not. Only before two or
    more name words, and never a given name ("Mark Van Bommel", "Will Smith") but a
    party's word that is one too ("Tory")."""
    cut = 0
    while cut < _MAX_LEAD and len(tokens) - cut > 2:
        word = tokens[cut].group()
        if not _CAPITALISED.fullmatch(word):
            break
        if not _party_word(word) and (
            is_given_name(word)
            or not (is_demonym(word) or demonym_place(word) or is_common_word(word))
        ):
            break
        cut += 1
    if cut == 0 or not all(_CAPITALISED.fullmatch(t.group()) for t in tokens[cut:]):
        return 0
    if _party_word(tokens[cut].group()):
        return 0  # "Lib Dem MPs": the party's name would be cut in two
    return tokens[cut].start()


def _party_word(token: str) -> bool:
    """A party member's word, possessive or not ("Dem", "Dem's")."""
    return _POSSESSIVE.sub("", token).lower() in PARTY_MEMBER_WORDS
