"""Clean a raw NER span and describe where it stands in its document.

The model's spans carry furniture: "the", "’s", quotes, a line break into the
next paragraph, a headline word glued to a name ("Putin Amid"), a name cut at a
hyphen ("Lim Eul" of "Lim Eul-chul"), a title ("Mr Blair"), a verb ("said
Blair"), debris of a bad HTML conversion ("Tony] Blair", `can"t`). `clean_span`
fixes the offsets; `mention_flags` records the context the noise and kind rules
need, cheaply, because the indexer calls both for every mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache

from explorer.resolve.demonyms import (
    demonym_country,
    demonym_place,
    is_demonym_place,
    names_a_people,
)
from explorer.resolve.gazetteer import (
    US_STATE_ABBREVIATIONS,
    counties_named,
    country_code,
    is_big_city,
    is_city,
    is_known_place,
    is_major_place,
    is_region,
    lookup_key,
    names_an_agreement,
    place_country,
    region_elsewhere,
    territory_code,
)
from explorer.resolve.names import NICKNAMED, is_family_particle, is_given_name, unaccented
from explorer.resolve.tail_patterns import TailPattern
from explorer.resolve.titles import (
    HONORIFICS,
    NOUN_DETERMINER,
    RANKS,
    after_office_place,
    after_rank,
    after_secretary_of,
    follows_title,
    office_alone,
    office_opening_name,
    title_length,
)
from explorer.resolve.words import (
    ACRONYM_SKIPPED_WORDS,
    AGREED_THERE_WORDS,
    AWARD_WORDS,
    BODY_WORDS,
    BUILDING_HEADS,
    CLUB_WORDS_AFTER,
    COMPANY_WORDS_AFTER,
    COMPANY_WORDS_BEFORE,
    COUNTING_NUMBERS,
    COUNTING_WORDS,
    DATE_WORDS,
    ELECTED_POST_NOMINALS,
    EVENT_WORDS_AFTER,
    FUNCTION_WORDS,
    GROUND_WORDS_AFTER,
    HARDWARE_WORDS,
    HEADLINE_VERBS,
    HOLIDAY_ENDING,
    INSTITUTION_WORDS,
    LANGUAGE_ADJECTIVES,
    LANGUAGE_WORDS_AFTER,
    LANGUAGE_WORDS_BEFORE,
    LANGUAGE_WORDS_BEFORE_OF,
    MADE_THING_WORDS,
    MATCH_WORDS,
    MEDIUM_VERBS,
    MEMBER_ROLES,
    MEN_WORDS,
    NAME_JOINERS,
    ORG_HEADS,
    ORG_WORDS,
    OWNER_WORDS,
    PARTICLES,
    PEOPLE_WORDS_AFTER,
    PEOPLES_TRADES,
    PHRASE_ENDS,
    PLACE_APPOSITION_HEADS,
    PLACE_WORDS_AFTER,
    POST_NOMINALS,
    PRODUCT_WORDS,
    PROGRAMME_VERBS,
    PUBLICATION_WORDS,
    RELATIVE_WORDS,
    RESIDENCE_HEADS,
    SITES_NAMED_AFTER,
    SPEECH_WORDS_AFTER,
    SPOKESPEOPLE,
    TEAM_WORDS,
    TEAM_WORDS_BEFORE,
    TECHNOLOGY_WORDS,
    TITLE_WORDS,
    TOOK_TO,
    WOMEN_WORDS,
    WORK_WORDS,
    WORK_WORDS_BEFORE,
    is_common_acronym,
    is_common_word,
    names_bodies,
    other_names_table,
    singular,
)
from explorer.resolve.work_titles import TITLE_LABELS, title_around

# The span starts its line or its sentence (only whitespace, quotes or bullets
# between): a common word is capitalised there ("Format wars could confuse users").
LINE_START = 1
# The span's line is a Title-Case headline ("Kim Jong-Un and Troops to Miss ...").
TITLE_CASE_LINE = 2
# The span is one capitalised word whose lowercase form is used as an ordinary
# word elsewhere in the document ("Troops" ... "North Korean troops").
LOWERCASE_ELSEWHERE = 4
# The word before the span is a person title ("research fellow Hong Min", "Mr Kim"),
# or letters after a full name are ("Guy Mansfield QC"), or an age is said of it ("the
# 24-year-old Gambill", "Annabella Holmes, 47,").
AFTER_TITLE = 8
# The word before the span names a kind of organisation ("oil firm Yukos"; not a
# trade people ply too before a person's full name: "winch operator Paul Ormsby").
AFTER_ORG_WORD = 16
# "the" stands before the span ("the Lib Dems"): rarely a person's name.
AFTER_ARTICLE = 32
# The mention stands in a line the corpus repeats as page furniture
# (explorer/index/furniture.py sets it, corpus-wide; mention_flags never does).
FURNITURE = 64
# The span is one capitalised word and a capitalised word follows it, outside it: the
# model may have cut a longer name ("the [Supreme] Court", "[Formula] One").
RUNS_ON = 137438953472
# Someone's relative's word and a possessive stand before the span ("Mr Mulvaney's
# great-great-grandfather Matthew Mulvaney", "his son, Oskar Konyukhov"): a person
# named as another's relative, which the document may never name otherwise.
RELATIVE_NAMED = 8796093022208
# The same of any mention of the form in the document ("his mother Marlene ...
# Marlene said"): a private person, whom a one-word name in a document that gives no
# full name does not make the corpus's best-known bearer of the word.
RELATIVE_MENTIONED = 562949953421312
# A later mention in the document gives the span's last word alone, labelled PERSON
# ("Alastair Cook ... Cook said"), an ordinary word or not: less than NAMED_BY_SURNAME,
# which leaves ordinary words out since a body's name shortens so too ("Sale Sharks
# ... Sharks"), but enough to say a name is no work's (`explorer.resolve.surnames`).
SHORTENED_AS_PERSON = 17592186044416
# An honorific that goes with a family name stands before the span ("Mr Howard", "Ms
# Emin", "Dr Fox"): the one word is a family name, not a given name ("Mr Howard" is
# Michael Howard, not Howard Flight), as a style's may be ("Sir Elton", "Prince Harry").
SURNAME_TITLED = 35184372088832
# An office's title stands before the span: a head of state's or government's
# ("President Obama", "Prime Minister May", "Chancellor Merkel"; not "Vice President
# Pence") or a judge's ("Judge Gorsuch", "Mr Justice Hogan"; not "Minister for
# Justice Frances Fitzgerald"): of the people who bear the name, one the corpus so
# titles (`explorer.resolve.people`), not the first lady a document introduces.
HEAD_TITLED = 70368744177664
JUDGE_TITLED = 140737488355328
# The span is a name its document defines by an acronym in brackets ("Christians United
# for Israel (CUFI)"), grown perhaps from the span of a place in it: the model's label
# may be that place's.
ACRONYM_DEFINED = 281474976710656
OFFICE_TITLES = HEAD_TITLED | JUDGE_TITLED
# Flags that hold for a document's mentions of a form when they hold for all of them
# (suspicions of noise, a relative named in passing); the others hold when they hold
# for any (cues to the kind).
ALL_OF_DOCUMENT = (
    LINE_START | TITLE_CASE_LINE | LOWERCASE_ELSEWHERE | FURNITURE | RUNS_ON | RELATIVE_NAMED
)
# A word beside the span names a product or a work ("the film Vera Drake", "Xbox
# console", "the game Halo"), the word before it a made thing ("the liner Crystal
# Harmony", "the drug Tysabri"), or the span repeats the first word of a full name
# just before it in the sentence ("Ray Charles in Ray"): a work named after its subject.
NEAR_WORK_WORD = 128
# A word beside the span is what a club has or does ("Liverpool boss", "Newcastle
# beat", "against Barcelona"): a city so named is its club.
TEAM_CUE = 256
# The span stands alone in brackets right after a name: the short form news defines
# there ("Yuganskneftegas (Yugansk)", "the Federal Bureau of Investigation (FBI)"; not
# a line-up's club, "R de Marigny (Parma)").
DEFINED_AFTER_NAME = 512
# The name is counted or owned, as a thing is and a person, body or place is not:
# "an Oscar for", "his iPod.", "three Oscars and", the name itself the head of the
# phrase ("a Microsoft spokesman" is not: the spokesman is counted).
COUNTED = 1024
# The span is one item of a line-up or cast list, a line of at least four names
# like "F Sheahan, M Horan, D O'Callaghan" or "Yann Delaigue (Castres), ...": people.
IN_NAME_LIST = 2048
# The name is bought, sold, owned or divided: "the sale of Yugansk", "a bid for
# Yugansk", "its Yugansk unit": a company, whatever the model made of it.
TRADED = 4096
# The span is an acronym defined in brackets after the lowercase words it abbreviates
# ("a personal video recorder (PVR)", "radio frequency ID (RFID)"): a term, not a
# name. A name's own expansion is capitalised ("the Crown Prosecution Service (CPS)").
DEFINED_AS_TERM = 16384
# The name is won or competed for: "Oscar-winning", "Oscar nominations", "Bafta
# nominee": a prize (or an event: "Cup winners").
AWARDED = 32768
# A version or sequel number follows the name the model cut it from ("Xbox 2",
# "Windows 95", "Shrek 2"): a product or a work, unless it is someone's or a place's.
VERSIONED = 65536
# The span is a club in brackets after a name in a line-up ("Jon Dunbar (Leeds
# Tykes)", "Fletcher (West Ham)"): the club, not its town.
LISTED_CLUB = 8192
# The word after the span is a kind of product ("the Bofra virus", "the Firefox
# browser"), or the word before it a kind of made thing ("humanoid robot Asimo", "the
# drug Tysabri"): the name is the thing's, even where nothing else is known of it.
PRODUCT_NAMED = 131072
# An apposition after the span says it is a body: "Munich Re, the world's biggest
# reinsurer, said", "Leeds, the Championship side,".
BODY_APPOSITION = 262144
# The document goes on to call the name by its last word alone, as news does a
# person by surname ("Carolina Kluft ... Kluft took"): `explorer.resolve.surnames`.
NAMED_BY_SURNAME = 524288
# The span is a region that bears a country's name, and its address says so: "the
# state of Georgia", "Atlanta, Georgia", "Georgia, US" (explorer.resolve.gazetteer's
# region_elsewhere); the document's other mentions of it follow.
IN_REGION = 1048576
# A word beside the span says it names a place: "the Tora Bora region", "the
# Tora Bora caves", "Helmand province", "the Barkan industrial park", "the town of
# Hill Top", "Avdiivka, a strategically important city", whatever the model made of it.
PLACE_NAMED = 2097152
# A word after the span says it names an event: "the Glastonbury festival", "the
# Sydney International tennis tournament", "the Hillsborough disaster"
# (`words.EVENT_WORDS_AFTER`). The cue stays with its mention: "the Srebrenica
# massacre ... in Srebrenica" names the town too.
EVENT_NAMED = 1125899906842624
# A publication's word follows the span: "he edited its Isis magazine", "Zimbabwe's
# Daily News newspaper" name the paper, whatever other body the name stands for
# elsewhere (`explorer.resolve.resolver`). The cue stays with its mention.
PUBLICATION_NAMED = 2251799813685248
# The span is where a match is played: "the game at Murrayfield", "Scotland at
# Murrayfield", "the Bernabeu stadium" (a ground, unless a city's name: "the draw at
# Liverpool" is its club's).
AT_GROUND = 4194304
# The word after the span is one a club's or a body's name takes and a person's
# never does: its staff, its spokesman or a plural verb ("Bolton boss", "Lazio have",
# "an Apacs spokeswoman"), not "fans" or "beat", which follow a singer's or a
# player's name too.
CLUB_WORD = 8388608
# The span is a name in a list whose other names the model labels alike, people,
# bodies or places ("Will Smith, Kevin Spacey and Keanu Reeves", "Nokia, Intel,
# Philips and Alcatel"): a thing of their kind (explorer.resolve.coordination).
LISTED_WITH_PEOPLE = 16777216
LISTED_WITH_BODIES = 33554432
LISTED_WITH_PLACES = 67108864
# The span is the subject of a clause that goes on to "its" or to "his"/"her": "Acpo
# made its call", "Energis also did its", "Juninho could reconsider his" — a thing,
# or a person, whatever the label.
ITS_FOLLOWS = 134217728
HIS_FOLLOWS = 268435456
# The span names who spoke, after a quote and "said" and before the clause ends:
# '"...," said Deathifier.' News inverts the attribution for a person; a body's words
# come as "X said" or "said a spokesman for X".
SPEAKER = 536870912
# A body's voice stands before the span: "a spokesman for Crossrail", "a spokeswoman
# at Hypertag" (a person's too: "a spokesman for Michael Howard").
SPOKEN_FOR = 1073741824
# A word for a people follows the span: "the Carib people", "Masai tribesmen" (a
# group, whatever the label).
PEOPLE_NAMED = 2147483648
# A word beside the span says a man or a woman is named: a title or a relation
# before it ("Mr Trump", "his daughter Ivanka Trump"), or a pronoun of its own after
# it ("Trump dubbed himself", "Trump said he", "Ivanka Trump said she").
# `explorer.resolve.people` reads which of two relatives a family name stands for.
# "her" says nothing: in "Trump told her" she is someone else.
MAN_CUE = 4294967296
WOMAN_CUE = 8589934592
# The word before the span says a man or a woman, as MAN_CUE or WOMAN_CUE says: a
# person, whatever the label ("Trump's daughter Ivanka" tagged PRODUCT); a pronoun
# after a name says less ("Scotland Yard said he").
GENDER_WORD_BEFORE = 34359738368
# A film's or a show's credit stands right before the span: "starring Denzel
# Washington", "directed by Jean-Pierre Jeunet", "played by": a person, whatever the
# label (kinds read it of a full name the gazetteer does not know: in "played by
# American actress Elle Fanning" it marks "American").
CREDITED = 4503599627370496
# A role a body gives its members follows the span, then a name: "Fine Gael leader
# Enda Kenny", "Fianna Fáil TD Niall Collins" (a body, or a place: "Dublin TD").
MEMBER_ROLE = 17179869184
# A capitalised "The" in mid-sentence stands before the span, outside it: the name's
# own article, as a work's, a band's or a paper's is ("praise on The Office", "beat The
# Streets"); at a sentence's start, or in a Title-Case headline, any "The" is capitalised.
OWN_ARTICLE = 68719476736
# The words around the span say where it is, in a larger place a gazetteer knows: "an
# airbase at Sidi Barrani in western Egypt", "from Dartford in Kent", "flights to Erl,
# Austria,", "flights to Spain's Reus". No one is "at" a person "in" a place; a body
# may be ("at Fudan University in Shanghai"), so `explorer.resolve.kinds` reads the
# cue beside a label that says a person only, and the cue stays with its mention:
# "Jackel China, in Dongguan" tagged PERSON is not the place that "at Jackel China in
# Guangdong" tagged ORG would make it.
LOCATED = 274877906944
# The span is who was told: "sources told Kommersant", "Churkin said in an interview
# with Izvestia" — a medium as often as a person, whom news would have named in full
# ("according to" is said of a person's surname as often: "According to Pakhomov,").
# The cue stays with its mention: "told" is said of anyone now and then.
TOLD = 549755813888
# The span ends a phrase that "in" opens: "the championships in Coleraine on
# Saturday", "the floods in Towyn.", "fighting in Donbass," — where something is, as a
# body or a show seldom is (a stake, a job or a role "in" one is left out).
IN_PLACE = 1099511627776
# The words around the span name it as a work, not beside it: a work's word before it
# ("the biopic Ray", "hit song Jailhouse Rock", "the TV show Brass Eye"), as the head
# of its apposition ("Closer, the Mike Nichols film,") or its credits after it ("Polar
# Express, starring"); not after it, where a creator's or a star's name stands too
# ("the Ben Stiller comedy", "Breakfast with Frost programme").
WORK_INTRODUCED = 2199023255552
# Of TRADED, what is said of a company alone, never of a person's own dealings: "shares
# in Krispy Kreme", "Biogen Idec shares", "Vivendi's chief executive", "its Yugansk
# unit" (not "a bid for Rooney", "the sale of Rooney", "Glazer's takeover").
STOCK_HELD = 4398046511104
# A country's or a place's possessive stands right before the span: "Japan's Foreign
# Ministry", "the country's Coast Guard" — that country's body, whatever country
# the rest of its document names most (`explorer.resolve.resolver`).
COUNTRY_OWNED = 9007199254740992
ANY_OF_DOCUMENT = (
    AFTER_TITLE
    | COUNTRY_OWNED
    | RELATIVE_MENTIONED
    | AFTER_ORG_WORD
    | AFTER_ARTICLE
    | NEAR_WORK_WORD
    | TEAM_CUE
    | DEFINED_AFTER_NAME
    | COUNTED
    | IN_NAME_LIST
    | TRADED
    | LISTED_CLUB
    | DEFINED_AS_TERM
    | AWARDED
    | VERSIONED
    | PRODUCT_NAMED
    | BODY_APPOSITION
    | NAMED_BY_SURNAME
    | SHORTENED_AS_PERSON
    | SURNAME_TITLED
    | HEAD_TITLED
    | JUDGE_TITLED
    | IN_REGION
    | PLACE_NAMED
    | EVENT_NAMED
    | PUBLICATION_NAMED
    | LOCATED
    | AT_GROUND
    | CLUB_WORD
    | LISTED_WITH_PEOPLE
    | LISTED_WITH_BODIES
    | LISTED_WITH_PLACES
    | ITS_FOLLOWS
    | HIS_FOLLOWS
    | SPEAKER
    | SPOKEN_FOR
    | PEOPLE_NAMED
    | MAN_CUE
    | WOMAN_CUE
    | MEMBER_ROLE
    | GENDER_WORD_BEFORE
    | CREDITED
    | OWN_ARTICLE
    | TOLD
    | IN_PLACE
    | WORK_INTRODUCED
    | STOCK_HELD
    | ACRONYM_DEFINED
)

# Cues that hold for a name throughout its document, whatever label the model gave
# each mention: "the Bofra virus" (PRODUCT) says what "Bofra" (ORG) is two lines on.
# A word before the name ("film-maker Morgan Spurlock", "the Lib Dems") says less,
# and stays with its own mention.
SHARED_CUES = (
    NEAR_WORK_WORD
    | TEAM_CUE
    | COUNTED
    | TRADED
    | STOCK_HELD
    | IN_NAME_LIST
    | LISTED_CLUB
    | DEFINED_AS_TERM
    | AWARDED
    | PRODUCT_NAMED
    | BODY_APPOSITION
    | IN_REGION
    | PLACE_NAMED
    | AT_GROUND
    | CLUB_WORD
    | LISTED_WITH_PEOPLE
    | LISTED_WITH_BODIES
    | LISTED_WITH_PLACES
    | ITS_FOLLOWS
    | HIS_FOLLOWS
    | SPOKEN_FOR
    | PEOPLE_NAMED
    | MAN_CUE
    | WOMAN_CUE
    | MEMBER_ROLE
    | GENDER_WORD_BEFORE
)

_LINE_BREAKS = "\n\r\u2028\u2029"
_LINE_LEAD = " \t\"'“”‘’«»*•·-–—#>"
_APOSTROPHES = "'’"
_OPENING_QUOTES = "'‘\"“"
# Words after a region's name for what it is (`_cut_region_word`): lowercase, and
# those a region's name also writes capitalised ("Sichuan Province"). Not "state":
# "Washington state" is no Washington, the capital.
_REGION_TITLES = frozenset("governorate oblast prefecture province region".split())
_REGION_WORDS = _REGION_TITLES | {"county"}
# A capitalised word of lowercase letters right after a span, one space between
# (`RUNS_ON`; "[Labour] MP" is an abbreviation, no longer name run on).
_CAPITALISED_NEXT = re.compile(r" [A-Z][a-z]+\b")
_BILL_WORDS = frozenset({"Bill", "Bills"})
_NAMES_SOMEONE = RELATIVE_WORDS | TITLE_WORDS
_BILL_REACH = 30
_NAMED_BEFORE = re.compile(r"(?:(?<![\w'’\-])(?!The\b)[A-Z][\w'’\-]*|\))[ \t]$")
_DEBATED = re.compile(
    rf"(?:{NOUN_DETERMINER}|(?<![\w.])(?:this|that|these|those|my|his|her|our|their))"
    r"(?: [a-z][a-z\-]*){0,4} $",
    re.MULTILINE,
)
_FIELD_LABEL_MIN = 5
# What a decoder writes for a byte it cannot read, and a next word that opens with it
# or a capitalised one (`_mend_damaged_word`).
# A paragraph break a conversion flattened into its punctuation and a dash: "...in
# the Sahel region.- Interview", "Josh Sutter,-a representative".
_FLATTENED_BREAK = re.compile(r"[.,;:!?][\"”’']?-+[ \t]*")
# A capitalised word such a break glued to the sentence before it, right before a
# span: the tokeniser read "2014.-Roger" as one word, so the model's span leaves the
# word out ("...in 2014.-Roger [Berkowitz]", "Source:-Al [Jazeera News]").
_GLUED_WORD_BEFORE = re.compile(r"[.,;:!?][\"”’']?-+([A-Z][\w'’]*(?:-[A-Z][\w'’]*)*)[ \t]$")
_GLUED_REACH = 40
# An office's title right before a name (HEAD_TITLED, JUDGE_TITLED).
_HEAD_TITLE_BEFORE = TailPattern(
    r"(?<!Vice )(?<!Vice-)\b(?:President|Prime Minister|PM|Premier|Chancellor)[ \t]+$",
    ("President", "Minister", "PM", "Premier", "Chancellor"),
)
_JUDGE_TITLE_BEFORE = TailPattern(
    r"(?<!of )(?<!for )\b(?:Judge|Justice)[ \t]+$", ("Judge", "Justice")
)
_OFFICE_TITLE_REACH = 24
_MEMBER_ROLE_AFTER = re.compile(
    rf"[ \t]+(?:{'|'.join(sorted(MEMBER_ROLES | ELECTED_POST_NOMINALS))})s?[ \t]+[A-Z][a-z]"
)
_HOLIDAY_AFTER = re.compile(HOLIDAY_ENDING)
# What was agreed or begun in a place, after its name ("[Minsk] agreements", "[Oslo]
# peace accords"): see `gazetteer.names_an_agreement`.
_AGREED_AFTER = re.compile(
    rf" (?:[Pp]eace )?(?:{'|'.join(sorted(AGREED_THERE_WORDS))})\b", re.IGNORECASE
)
_HOLIDAY_AT_END = re.compile(HOLIDAY_ENDING + "$")
# A "?" a bad encoding wrote for a name's last letter: no question mark stands before
# "'s" or a letter ("RT?'s Morning Ireland", RTÉ's); a title's may before any other
# word ("Do They Know It's Christmas? is", "Who is Sylvia? by"), and "?-" is a
# flattened paragraph break's.
_LOST_LAST_LETTER = re.compile(r"\?+(?:[^\W\d_]+|(?=['’]s\b))")
_GERUND_MIN = 6
_INITIAL = re.compile(r"[^\W\d_]\.")
_REPLACEMENT = "\ufffd"
_DAMAGED_NEXT_WORD = re.compile(r" \ufffd+[^\W\d_][\w\ufffd]*")
# A word whose first letter a bad encoding wrote as "?" ("Bus ?ireann", Bus Éireann):
# only where the letters after it are all lowercase and make no common word, since a
# dash or a quote lost the same way stands before ordinary words ("Trump ?said", "?the").
_LOST_FIRST_LETTER = re.compile(r" \?([^\W\d_][\w\ufffd]*)")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![^\s\"“‘'])[A-Z][\w\ufffd]* $")
_NEXT_NAME_WORD = re.compile(r" [A-Z][a-z][\w\ufffd'’\-]*")
# A capitalised word with a letter a bad decoding lost, right before a span: a given
# name the model could not read ("N\ufffd\ufffdir\ufffd\ufffdn O'Sullivan").
_DAMAGED_REACH = 30
_REPLACEMENT_RUN = re.compile("\ufffd+")
_DAMAGED_WORD_BEFORE = re.compile(r"(?<![^\s\"“‘'])[A-Z][^\W\d_]*\ufffd[\w\ufffd]* $")
_ARTICLE = re.compile(r"(?:the|The|THE)\s+")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_SPAN_WORD = re.compile(r"\S+")
_STEM_MIN = 3
# Punctuation a word of running text may carry ("Grid.", "Charles,").
_WORD_PUNCTUATION = ".,;:!?'\"’”)"
# A word on its own, not part of a hyphenated compound ("un" of "Jong-un").
_PLAIN_WORD = re.compile(r"(?<![\w\-'’])[^\W\d_]+(?![\w\-])")
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]")
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_HYPHEN_TAIL = re.compile(r"-([^\W\d_]+)")
# A name of hyphened words whose last is a short lowercase link ("Mar-a", "Rostov-on",
# "Jaish-e"), and the capitalised word the model cut off after it.
_ENDS_IN_LINK = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*-[a-z]{1,5}")
_LINKED_PART = re.compile(r"-[A-Z][^\W\d_]*")
# The next word, capitalised parts joined by a hyphen kept ("O'Neill-Smith"), a
# lowercase one left to `_extend_over_hyphen` ("Le Pen-led" is no name's).
_FOLLOWING_WORD = re.compile(r" ([^\W\d_][\w'’]*(?:-[A-Z][\w'’]*)*)")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# What names a member by a seat: "the MP for", "the hon. Member for", "TD for".
_SEAT_FOR = r"\b(?:Members?|MPs?|MEPs?|MSPs?|MLAs?|TDs?) for "
# A place's word and "of" before a name: "the town of Hill Top", "the port of Calais"
# (not "state": "the true state of Parmalat's finances"); a member's seat: "the MP for
# Sedgefield", "the hon. Member for Surrey Heath" (not "MEP for the Greens", a party).
_PLACE_OF = TailPattern(
    r"\b(?:boroughs?|city|cities|constituency|constituencies|county|counties|districts?|"
    r"islands?|ports?|provinces?|regions?|suburbs?|towns?|villages?) of (?:the )?$"
    rf"|{_SEAT_FOR}$"
    # "near Interlaken", "south-west of Sydney": where a thing is ("built around Johan
    # Cruyff" is no place)
    r"|\b(?:near|(?:north|south|east|west)(?:-?(?:east|west))? of) $",
    ("of", "the", "for", "near"),
)
# What only a company has, after its possessive: "Varig's main shareholder", "Sega's
# chief executive", "Multiplex's construction division".
_COMPANY_OWNS = re.compile(
    r"['’]s (?:[a-z\-]+ ){0,2}(?P<held>shareholders?|shares|subsidiar(?:y|ies)|divisions?"
    r"|units?|chief executive|profits?|takeover)\b"
)
# What only a company has, after its name or its possessive ("Biogen Idec shares",
# "Vivendi's chief executive"; a person's "shares" are his: "Abramovich's shares"), and
# before it ("shares in Krispy Kreme").
_STOCK_AFTER = frozenset(
    "division divisions shareholders shares subsidiaries subsidiary unit units".split()
)
_STOCK_OWNED = (_STOCK_AFTER - {"shares"}) | {"chief executive", "profit", "profits"}
_STOCK_BEFORE = re.compile(r"\b(?:shares|shareholders|stock|a stake|stakes?) in $", re.IGNORECASE)
# A match's one score before the side it was played against: "lost 2-1 to Porto", "a
# 3-0 win over Lazio", "drew 1-1 with Everton"; not a tennis match's sets ("lost 6-3
# 6-4 to Federer": the score before "to" follows another), nor where it was played
# ("a 19-13 defeat at Lansdowne Road", a ground).
_SCORED_AGAINST = TailPattern(
    r"\b(?:lost|won|drew|beaten|(?:win|victory|defeat|draw|loss|triumph)s?) "
    r"\d{1,2}-\d{1,2} (?:to|against|over|by|with) $"
    r"|(?<![\d-] )\b\d{1,2}-\d{1,2} (?:win|victory|defeat|draw|loss|triumph) "
    r"(?:over|against|to|by|with) $",
    ("to", "against", "over", "by", "with"),
)
_SCORED_REACH = 40
# "shares" as a verb: what a person does ("Ngwenya shares a large tent").
_SHARES_AS_VERB = re.compile(
    r" shares (?:a|an|the|his|her|their|its|our|this|that|these|those|some)\b"
)
# A company's organs and officers: right after its possessive ("Vivendi's board",
# "Batesville's parent company") and before it ("chief technology officer for Vivendi
# Universal", "the chairman of Yingke Law"); a person has none of them (a president's,
# a director's or a spokesman's is anyone's: "director of Vera Drake", "spokesman for
# Michael Howard").
_ORGAN_AFTER = re.compile(
    r"['’]s (?:board|parent company|chief (?:financial|operating|technology) officer)\b"
)
_OFFICER_BEFORE = TailPattern(
    r"\b(?i:chief executive|chief (?:financial|operating|technology) officer|CEO|chairman"
    r"|chairwoman|managing director) (?:of|at|for) $",
    ("of", "at", "for"),
)
# A market's analysts work for a firm: "telecoms analyst at Dresdner Kleinwort
# Wasserstein", "chief economist at Gerrard", "an economist with MM Warburg"; not a
# place's firm, "a strategist at Moscow's Sovlink Securities".
_ANALYST_BEFORE = TailPattern(
    r"\b(?:analysts?|economists?|strategists?) (?:at|with) $", ("at", "with")
)
_OWNED_AFTER = ("'s", "’s", "-based")
# A pronoun one or two words after the span, which is then the subject it stands for,
# unless a word between ends the subject: a preposition or a conjunction, a copula
# ("Paul Rhys was its chairman"), a title or a club's staff ("Tory leader said his").
_PRONOUN_AFTER = re.compile(r" ((?:[a-z]+ ){1,2})(its|his|her)\b")
# A man's or a woman's own pronoun after the subject: "Trump dubbed himself", "Trump
# said he", "she told reporters she"; "his" is read by `_PRONOUN_AFTER`.
_REFLEXIVE_AFTER = re.compile(r" ((?:[a-z]+ ){1,2})(himself|herself)\b")
# Not after a name in apposition: in "Mr Yee's lawyer, Sandra Grossman, said he" the
# pronoun is her client's.
_SAID_PRONOUN_AFTER = re.compile(
    r" (?:said|says|added|told reporters|wrote|tweeted|insisted|admitted)(?: that)? (he|she)\b"
)
# An age, said as news says a person's: "the 24-year-old Gambill", "Annabella Holmes,
# 47, whom" (not a list of versions: "Windows XP, 98, and ME", "XP, 98, 2000").
_AGE_BEFORE = TailPattern(
    r"(?<![\w-])(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old[ \t]$", ("-year-old",)
)
_AGE_AFTER = re.compile(r",[ ]\d{1,2},[ ](?!and\b|or\b)(?=[a-z])")
_AGE_REACH = 24
# A person's apposition without a title: one of a people, or who lives where ("Karim
# Baratov, a Kazakh who lives in Canada", "Catalan, a Swede.", "Baratov, a resident
# of Canada,"); not a people's adjective before a noun ("Yukos, a Russian oil firm").
_ONE_OF_A_PEOPLE_AFTER = re.compile(
    r",[ ]an?[ ](?:(?:former|young|fellow|naturalised)[ ])?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?=[,.;]|[ ](?:who|national|citizen)\b)"
)
_RESIDENT_AFTER = re.compile(r",[ ]an?[ ](?:resident|native)[ ]of\b")
# A quote's attribution before a span: '," said ', '!" says ', '..., added '.
_SPEAKER_BEFORE = TailPattern(
    r"(?:[,!?][\"”’']?|[\"”’'])\s+(?:said|says|added)\s$", ("said", "says", "added")
)
_CLAUSE_ENDS = ".,;!?"
_SPOKESPERSON_BEFORE = TailPattern(
    r"\bspokes(?:man|men|woman|women|person|people) (?:for|from|at) (?:the )?$",
    ("for", "from", "at", "the"),
)
# Words before "in" that make what follows a body, a medium or a work, not a place:
# "a stake in Yukos", "jobs in Rover", "membership in Nato", "wrote in AlterNet",
# "starred in Closer", "involved in CERN".
_IN_NOT_A_PLACE = frozenset(
    """
    appear appeared appears article articles column columns editorial holding holdings
    interest interests interview invest invested investing investment investments
    involved involvement job
    jobs member members membership piece published role roles share shares stake stakes
    star starred starring stars wrote writes writing written
    """.split()
)
# What may follow a place's name that ends an "in" phrase: a stop, a clause's next
# preposition, conjunction or verb, or a word of time ("in Coleraine on Saturday").
_PHRASE_ENDS_AFTER = re.compile(
    r"(?:[,.;:!?)]|[ \t]*(?:\n|$)|[ \t]+(?:on|at|in|and|or|but|for|since|where|which|who|"
    r"when|to|from|with|after|before|during|until|by|over|near|last|this|next|earlier|"
    r"today|yesterday|is|was|are|were|has|have|had|will)\b)"
)
_TOLD_BEFORE = TailPattern(
    r"\b(?:told|interview (?:with|to|for)) (?:the )?$", ("told", "with", "to", "for", "the")
)
# Whose relative a word before a name says ("his wife, Evgenia").
_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})
# A man's or a woman's word and "called" or "named" right before a span.
_NAMED_BEFORE_SPAN = TailPattern(
    r"(?<![\w'’])([a-z]+)[ \t]+(?:called|named)[ \t]+$", ("called", "named")
)
_RELATIVE_BEFORE = TailPattern(r"(?<![\w'’])([^\W\d_]+(?:['’]s)?)[ \t]+([a-z]+),[ \t]+$", (",",))
_RELATIVE_REACH = 60
# A relative's word after a possessive, right before the span, a comma allowed (the
# pronoun capitalised where it opens the sentence: "His mother, Marlene, wept").
# Someone's, before what is theirs: "Mr Mulvaney's", "his", "her", "their".
_OWNED_BY = r"(?:['’]s|\b(?:his|her|their))"
_RELATIVE_NAMED_BEFORE = re.compile(
    rf"(?:{_OWNED_BY}|\b(?:His|Her|Their))[ \t]+(?:late[ \t]+)?"
    rf"(?:(?:great-)*(?:grand|step-?|half-)?"
    rf"(?:{'|'.join(sorted(RELATIVE_WORDS))})(?:-in-law)?),?[ \t]+$"
)
# What the text before a relative-named span ends in: the pattern is searched only then.
_RELATIVE_ENDINGS = (*RELATIVE_WORDS, "-in-law")
# A programme's name after a broadcaster's possessive: "RTÉ's Morning Ireland".
_PROGRAMME_AFTER = re.compile(r"['’]s[ \t]+[A-Z]")
_PRONOUN_GAP_STOPS = (
    frozenset(
        """
        about after against and are as at be been before being between but by during
        for from in into is like of on or over since than that through to under was
        were while whilst with without
        """.split()
    )
    | TITLE_WORDS
    | CLUB_WORDS_AFTER
)
# A kind of product named in two words ("the Windows operating system").
_PRODUCT_PHRASE = re.compile(r"[ \t]+operating systems?\b")
# A disease named after its finder or its place: "Pompe disease", "Duchenne muscular
# dystrophy", "Lyme disease", "Asperger's syndrome" name the disease, a thing, not the
# person or the town.
_DISEASE_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:disease|syndrome|muscular[ \t]+dystrophy)\b", re.I)
# A maker's noun after a product's word: the name before them is the maker's ("a
# Silicon Valley software engineer", "the Argonaut software division", "the Nokia
# phone maker"), not the product's.
_MAKER_AFTER = re.compile(
    r"[ \t]+[a-z]+[ \t]+(?:business|businesses|companies|company|developers?|division|"
    r"engineers?|firms?|giants?|groups?|industry|makers?|manufacturers?|publishers?|"
    r"units?|vendors?)\b"
)
# "software" is a mass noun: after a name alone it is a maker's ("Bungie software"),
# after a determiner or a possessive and the name, a product's ("the Blogger
# software", "IBM's Workplace software").
_MASS_PRODUCT_WORDS = frozenset({"software"})
_DETERMINED_BEFORE = re.compile(rf"(?:{_OWNED_BY}|\b(?:the|its))[ \t]+$")
# A product's versions and upgrades: "counterfeit versions of Windows XP", "upgrade to
# iTunes version 4.7.1"; not a person's or a place's own ("a version of Blair's
# plan", "Ukraine's version of events").
_VERSIONS_OF = TailPattern(
    r"\b(?:versions? of|upgrades? (?:to|for)) (?:the )?$", ("of", "to", "for", "the")
)
_VERSION_NUMBER = re.compile(r" version \d")
_VERSIONS_REACH = 24
# The word a maker makes, before "maker" ("film-maker", "games maker").
_MADE_BEFORE = re.compile(r"([^\W\d_]+)[ -]$")
# A kind's word and a naming phrase before a name: "a firm called Swarm Systems", "a
# technology known as Janus", "the peer-to-peer system called BitTorrent". The words
# between an article and the kind's word are its modifiers ("a new political party
# called Veritas").
_NAMED_BY_KIND = TailPattern(
    r"(?:\b(?P<article>an?|another)[ \t]+(?:[\w'-]+[ \t]+){0,3}?)?\b(?P<kind>[a-z][a-z-]*)"
    r"[ \t]+(?:(?P<verb>called|dubbed|named)|known[ \t]+as)[ \t]+$",
    ("called", "dubbed", "named", "as"),
)
_NAMED_BY_KIND_REACH = 80
# A kind of show before a name ("the TV show Brass Eye", "sketch show Smack The Pony"):
# a work, where "show" alone may be a verb ("polls show Clinton ahead").
_SHOW_BEFORE = TailPattern(
    r"\b(?:TV|chat|comedy|cookery|cult|game|music|news|quiz|radio|reality|sketch|talk"
    r"|television) shows? $",
    ("show", "shows"),
)
# A broadcaster's possessive after "speaking on" or "appearing on" before a name: the
# name is its programme ("Speaking on RTÉ's Morning Ireland", "appearing on ITV's
# Peston"; `_on_a_medium` reads the broadcaster).
_PROGRAMME_OF_MEDIUM = TailPattern(
    rf"\b(?i:{'|'.join(sorted(PROGRAMME_VERBS))})[ \t]+on[ \t]+"
    r"(?P<medium>[A-Z][^\s'’]*(?:[ \t][A-Z0-9][^\s'’]*){0,3})['’]s[ \t]+$",
    ("'s", "’s"),
)
_PROGRAMME_REACH = 60
# A film's or a show's credits after its name ("Garden State, which he wrote, directed
# and starred in", "Polar Express, starring Tom Hanks", "House of Flying Daggers,
# directed by"): no person's, body's or place's name takes them ("Hanks, starring in
# it" is the actor; "a letter to Obama, which they wrote" the letter).
_CREDITS_AFTER = re.compile(
    r",?[ \t]+(?:(?:co-)?starring(?![ \t]+(?:in|as|role)\b)|directed[ \t]+by)\b"
    r"|,[ \t]+which[ \t]+(?:he|she|they)[ \t]+(?:also[ \t]+)?(?:co-)?"
    r"(?:directed|starred[ \t]+in|wrote(?:,|[ \t]+and)[ \t]+(?:directed|starred))\b"
)
# A credit before a name: who stars in, directs, writes, narrates or plays in a work
# ("a film starring Sean Connery", "directed by Jean-Pierre Jeunet").
_CREDIT_REACH = 20
_CREDIT_BEFORE = TailPattern(
    r"\b(?:(?:co-)?starring|(?:(?:co-)?(?:directed|written)|narrated|voiced|played) by) $",
    ("starring", "by"),
)
# A place's kind after its name, in words a body's name does not take ("the Barkan
# industrial park", "the Saydnaya prison", "the Erez crossing", "the Tabqa dam", "the
# Flamanville nuclear plant"; not "refinery", which follows its company's name as
# often, nor "settlement", nor "plant" alone: "a Toyota plant").
_EVENT_AFTER = re.compile(rf"[ \t]+(?:[a-z]+[ \t]+)?(?:{'|'.join(sorted(EVENT_WORDS_AFTER))})\b")
_PLACE_PHRASE = re.compile(
    r"[ \t]+(?:industrial (?:area|estate|park|zone)|refugee camp|detention (?:camp|centre|center)"
    r"|(?:air|army|military|naval) base|airbase|border crossing|crossing|(?:gas|oil) ?field"
    r"|prison|dam|reservoir|(?:nuclear|atomic) (?:power )?(?:plant|station)|power station)s?\b"
)
# An era's abbreviation, and what comes before it in a date: a year ("206 BC", "770-476
# BC"), a century or a millennium ("the 5th century BC"); "AD" and "A.D." come before
# the year too ("AD 24").
_ERAS = frozenset({"BC", "BCE", "AD", "CE", "B.C.", "A.D.", "B.C", "A.D"})
_ERAS_BEFORE_YEAR = frozenset({"AD", "A.D."})
_ERA_AFTER = re.compile(r"(?:\d|\b(?:century|millennium))[ \t]?$")
_ERA_REACH = 12
_YEAR_AFTER = re.compile(r"[ \t]?\d")
# A capitalised word after the letters: a name's ("in 2016 BC Hydro said").
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
# A capitalised word, then an opening bracket, right before a span.
_DEFINED = re.compile(r"(?<!\w)[A-Z][\w.'’\-]*[ ]?\($")
# A word used as a common noun: after a determiner (`titles.NOUN_DETERMINER`: "the
# Beatle known as", "another Beatle."; "I'm A Celebrity..." is a title) and before a
# lowercase word that is no particle ("the Stade de France") or punctuation.
_NOUN_ENDS = rf"(?= (?!(?:{'|'.join(sorted(PARTICLES))})\b)[a-z]|[,;:!?)'\"’]|\.(?!\.)|$)"
_UNIT_MAX_LETTERS = 3
# A paper's issue date written in figures, and its page, after its name: "(China Daily
# European Weekly 01/27/2017 page29)".
_ISSUE_DATE = re.compile(r"[ \t]+(?:\d{1,2}/\d{1,2}/\d{2,4}(?:[ \t]+page[ \t]?\d+)?|page\d+)$")
# The words before a country's second part: "Trinidad and ", "Saint Vincent and the ".
_COUNTRY_FIRST_PART = re.compile(r"(?<![\w'’])(?:[A-Z][\w.]*\s){1,3}and (?:the )?$")
# A capitalised word and one space right before a span.
_WORD_BEFORE_SPAN = re.compile(r"[A-Z][^\W\d_]*[ ](?=$)")
_WORD_AFTER_SPAN = re.compile(r" [A-Z][^\W\d_]*\b")
# The words after and before a span that `_grow_to_known_name` tries, a hyphen or an
# apostrophe inside one ("al-Qaeda", "Qa'ida").
_NEXT_WORDS = re.compile(r"[ ][^\W\d_]+(?:[-'’][^\W\d_]+)*")
_PREVIOUS_WORDS = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:[-'’][^\W\d_]+)*[ ]$")
_GROW_WORDS = 7
# A point of the compass in lowercase right before a span (`_grow_to_compass_place`);
# not "east" or "west", which split Germany and Jerusalem as often as they name them.
_COMPASS_BEFORE = re.compile(r"(?<![\w-])(north|south|central|latin) $")
_COMPASS_REACH = 8
# A constituency's point of the compass after its town and a comma, alone: not before
# another capitalised word ("South Yorkshire") nor in a list of points ("North and
# South America").
_CONSTITUENCY_POINTS = frozenset(
    f"{a}{j}{b}" for a in ("North", "South") for j in " -" for b in ("East", "West")
) | frozenset({"North", "South", "East", "West", "Central"})
_CONSTITUENCY_POINT = re.compile(
    r", ((?:North|South)(?:[- ](?:East|West))?|East|West|Central)\b"
    r"(?![ -]?[A-Z])(?! (?:and|or) (?:North|South|East|West|Central)\b)"
)
# The town before it: at most three capitalised words in reach.
_TOWN_WORDS = re.compile(r"[A-Z][\w.'’\-]*")
_TOWN_REACH = 40
_TOWN_MAX_WORDS = 3
# A member's seat: what `_SEAT_FOR` opens, and the second place of a seat named by
# two ("the Member for [Hayes] and Harlington (Mr McDonnell)", "MP for
# Orkney and Shetland", "Member for South Holland and The Deepings"): one seat, since
# a member sits for one.
_SEAT_BEFORE = TailPattern(f"{_SEAT_FOR}$", ("for",))
_SEAT_REACH = 16
_SEAT_PLACE = r"(?:The )?[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*\.?(?: [A-Z][\w'’]*(?:-[A-Z][\w'’]*)*){0,2}"
_SEAT_AND = re.compile(rf"(?:, {_SEAT_PLACE})* and {_SEAT_PLACE}(?![\w'’]|-[A-Z])")
# What opens a member's seat, and what joins its places: a span of a later place grows
# back to the whole seat ("Member for Hayes and [Harlington]").
_SEAT_OPENS = re.compile(_SEAT_FOR)
_SEAT_JOINTS = re.compile(r", | and ")
# A seat's first place: capitalised words and the small words of a town's name
# ("Cities of London", "Stoke-on-Trent North"); no member's name in brackets.
_SEAT_FIRST_PLACE = re.compile(r"[A-Z][\w'’.-]*(?: (?:of|upon|on|the|[A-Z][\w'’.-]*))*")
_SEAT_OPENING_REACH = 60
# The words a debate names its members and sides by, which no seat's name holds.
_HOUSE_WORDS = frozenset(
    "friend friends gentleman government house lady member members opposition".split()
)
_LONGEST_WORD = 30
_OFFICE_OF = re.compile(r"\b([A-Z][a-z]+) of (?:the )?$")
# Offices and bodies of a government named by what they see to ("Secretary of State",
# "Department of Energy"); "Lord of the Rings" and "chief executive of Sky" are not.
_GOVERNMENT_OFFICES = frozenset(
    {"secretary", "undersecretary", "minister", "ministry", "department"}
)
# A minister's or a secretary's title after the portfolio's word, capitalised as a
# title is ("Finance Minister", "Press Secretary"; not "a Labour minister").
_OFFICE_AFTER = re.compile(r"[ \t]+(?:Minister|Secretary|MINISTER|SECRETARY)(?![\w-])")
# An office's title after a portfolio of several words, capitalised as a title is
# ("National Security Adviser", "EU Justice and Home Affairs Commissioner"; not a
# Secretary-General, whose body comes before: "United Nations Secretary General").
_PORTFOLIO_TITLE_AFTER = re.compile(
    r"[ \t]+(?:Minister|Secretary|Adviser|Advisor|Commissioner|MINISTER|SECRETARY)"
    r"(?![\w-]|[ \t]+General)"
)
_BODY_OR_BUILDING_HEADS = ORG_HEADS | INSTITUTION_WORDS | BUILDING_HEADS | RESIDENCE_HEADS
_ABBREVIATIONS = frozenset({"jr.", "sr.", "inc.", "ltd.", "co.", "corp.", "st.", "bros."})
# Short forms written with a stop that no sentence ends at: "Mr. Wood", "Gen. Myers",
# "St. Helens", "No. 10".
_STOPPED_SHORT_FORMS = (
    HONORIFICS
    | RANKS
    | {form.rstrip(".") for form in _ABBREVIATIONS}
    | frozenset("gov no rep sen v vs".split())
)
_TOKEN_BEFORE = re.compile(r"[^\s.!?]+$")
# A headline is short; longer lines are prose and are not examined word by word.
_HEADLINE_MAX_CHARS = 200
_HEADLINE_MIN_WORDS = 2
# Several headline words go from the front of a name only before a full name.
_FULL_NAME_WORDS = 2
# An apposition: a comma, an article and at most six words closed by punctuation
# ("..., the world's biggest reinsurer, said"); a verb before it ends a clause instead
# ("Sidney Taurel, the company says the article").
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+((?:[\w'’\-]+\s+){0,5}[\w'’\-]+)[,.;:)]")
# Where a span runs on past its name: a preposition before a day, a month or a
# person's honorific; in a name's span (not a work's: "Crouching Tiger, Hidden
# Dragon"), a comma before another capitalised name.
_RUN_ON = re.compile(
    r" (?:on|after|before|since|until|in|at|by|from|to|with) (?=(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|"
    r"September|October|November|December|Mr|Mrs|Ms|Dr|Sir)\b)"
)
_NEXT_NAME = re.compile(r", (?=[A-Z][a-z'’])")
# "Culture, Media and Sport": a comma before "and" lists a name's own words.
_LISTED_IN_NAME = re.compile(r" (?:and|&) ")
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
# "coach" of a bus after a name, not a club's: "Bristol coach station", "a London
# coach trip", "the Dublin coach operator".
_COACH_TRAVEL = re.compile(
    r" coach(?:es)? (?:companies|company|crash|drivers?|firms?|holidays?|journeys?"
    r"|operators?|parks?|parties|party|passengers?|services?|stations?|stops?|tours?"
    r"|travel|trips?)\b"
)
# "family" after a family name: the family's, not a member's ("the McCabe family").
_FAMILY_AFTER = re.compile(r" famil(?:y|ies)\b")
# A dash with a space either side, which no name holds ("Guinea-Bissau" has none).
_SPACED_DASH = re.compile(r" [-\u2013\u2014] ")
# Around a region's name: "state of", "Atlanta, " before it, ", US" after it.
_STATE_OF = re.compile(r"\b[Ss]tate of $")
# Where a thing is (`LOCATED`): a preposition of place before the span, and after it
# "in" and a place, or a comma, a place and the clause's end ("to Erl, Austria, on";
# not "according to Molins, Paris prosecutor", nor "to Henson, Wales did"). "to"
# only before the comma: one speaks "to Merkel in Berlin".
_WHERE_BEFORE = re.compile(r"\b(?:at|in|near|outside|from|to) $")
_COUNTRY_OWNS = TailPattern(
    r"(?<![\w.])([A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})['’]s $", ("'s", "’s")
)
_A_COUNTRYS = TailPattern(r"\b(?:country|nation)['’]s $", ("'s", "’s"))
_DIRECTION = r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central) "
_IN_PLACE_AFTER = re.compile(
    rf" in (?:the )?(?:{_DIRECTION})?([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){{0,2}})(?!['’\w])"
)
_COMMA_PLACE_AFTER = re.compile(r", ([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2})(?=[,.;:)]|$)")
_PLACE_BEFORE = re.compile(r"([A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,2}), $")
_PLACE_AFTER = re.compile(r", ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})")
# A version or sequel number right after a name the model cut it from ("Xbox 2",
# "Windows 95", "Shrek 2"); not a score ("Leeds 2 Hull 1"), a time, a decimal or a range.
_VERSION = re.compile(r" \d{1,4}(?![\w\-:/%]|[.,]\d)(?! [A-Z(])")
# A scorer and the minute ("Varga 40,", "Thompson 48 pen"): two on a line make it a
# match report's, where numbers after names are minutes.
_SCORER = re.compile(r"[A-Z][\w'’\-]+ \d{1,3}(?: pen| og)?[,.;)]")
_SCORERS_MIN = 2
# How far back a full name may stand for its first word to be repeated in its clause.
_SAME_CLAUSE_CHARS = 60
_CLAUSE_END = re.compile(r"[.!?;\n]")
# A French article or "de" at the start of a span: "La ", "L'", "de ", "du ", "des ".
_FRENCH_ARTICLE = re.compile(r"(?:[Ll][ae]s?|[Dd][eu]|[Dd]es|[Aa]ux?|[Ee]n) |[LlDd]['’]")
# An acronym's shape: "PVR", "RFID", "VoIP", "DDoS", "P2P".
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]{1,7}")
# An acronym in brackets right after the name it abbreviates: "the US Patent and
# Trademark Office (USPTO)", "World Anti-Doping Agency (Wada)".
_BRACKETED_ACRONYM = re.compile(r" \(([A-Z][A-Za-z.]{1,9})\)")
# A word of such a name, and the small words an acronym skips.
_ACRONYM_SKIPS = ACRONYM_SKIPPED_WORDS | {"&"}
_NAME_WORD = re.compile(r"[A-Z][\w'’.\-]*|" + "|".join(map(re.escape, sorted(_ACRONYM_SKIPS))))
_DEFINED_NAME_REACH = 40
_DEFINED_NAME_MAX_WORDS = 12
_DEFINED_NAME_MAX_CHARS = _DEFINED_NAME_MAX_WORDS * (_DEFINED_NAME_REACH + 1)
# How far from an acronym its definition is looked for: a news article's length.
_DEFINITION_REACH = 5_000
_LIST_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+and\s+")
# "&#233;" or "&eacute;" just before a separator: the ";" ends the reference
_CHARACTER_REFERENCE = re.compile(r"&#?\w{1,8};\s*$")
# A line-up's or cast list's items: separated by commas, semicolons or "and", each one
# or two initials and a family name ("D O'Callaghan", "KP Robertson"), which particles
# in lowercase may open ("D dal Maso", "CA del Fava"), or two or three names ("Yann
# Delaigue"), perhaps a club or role in brackets ("(Castres)", "(capt)").
_LISTED_PERSON = re.compile(
    r"(?P<name>(?:(?P<initial>(?:[A-Z]\.?){1,2})|[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)"
    r"(?: (?P<family>(?:(?:da|dal|de|del|della|der|di|du|van|von) )*"
    r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?)))(?P<note> \([^()]{1,30}\))?"
)
# A list's heading: "Forwards:", "Replacements:", "France:".
_LIST_HEADING = re.compile(r"[A-Z][\w ]{0,30}:\s*")
_NAME_LIST_MIN = 4
_NAME_LIST_SHARE = 0.75
# A squad of 30 with clubs runs to about 1,500 characters.
_NAME_LIST_MAX_CHARS = 3000
# A football team sheet's items: a player's name, often the family name alone, and
# the substitute who came on for him and the minute ("Stone (Cisse 76)", "Paulo
# Ferreira"); a team of eleven, at least eight of them named so, and a substitution
# say a team sheet, as a list of bare capitalised words alone does not.
_TEAM_SHEET_PLAYER = re.compile(
    r"(?P<name>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})"
    r"(?: \((?P<substitute>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?) \d{1,3}\))?"
)
_TEAM_SHEET_MIN = 8
# A side's line without its heading ("Murphy, Horgan, O'Driscoll, ..., Foley."): as
# many items as a football (11) or a rugby union (15) side has, three in four of them
# a player's name, the family name alone or after an initial ("S Easterby", "Mi
# Bergamasco"); a list of bare capitalised words so long is a side's only where its
# document gives two sides or the side's bench follows on the next line (the
# corpora's lines of eleven or fifteen companies, countries or towns come alone).
_SIDE_SIZES = frozenset({11, 15})
_SIDE_PLAYER = re.compile(
    r"(?P<name>(?:(?P<initial>[A-Z][a-z]?\.?) )?(?P<family>[A-Z][\w'’\-]+"
    r"(?: [A-Z][\w'’\-]+)?))(?: \([^()]{1,30}\))?"
)
# A match report's scorers' line, and nothing else on it: "Robben 79, Cole 90."
_SCORERS_LINE = re.compile(
    r"(?:[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)? \d{1,3}(?: pen| og)?(?:, |; | and |\.?$))+"
)
_SCORER_NAME = re.compile(r"([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?) \d{1,3}")
# A substitution on a team sheet: "(Cisse 76)". A document with a team sheet is a
# match report, whose short lines of names and numbers are scorers ("Windows 95,
# Office 97." is not, nor "(Article 1)" a substitution).
_SUBSTITUTION = re.compile(r"\([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)? \d{1,3}\)")
# A paper's last word after its name, which the model leaves off now and then ("the
# [New York] Times", "The [Huffington] Post"), and "the" before a paper's name.
_MASTHEADS = (
    "Chronicle|Courier|Examiner|Gazette|Globe|Herald|Inquirer|Journal|Observer|Post|"
    "Telegraph|Times|Tribune"
)
# A station's medium's word ending a span, a capitalised word or a number after it,
# at most three of them, and the name the words before it give (`_grow_to_station`).
_STATION_END = re.compile(r"(?<![\w\-])(?:Radio|TV|Television)$")
_STATION_WORD = re.compile(r" ([A-Z][A-Za-z]*|\d+)(?![\w\-])")
_STATION_WORDS = 3
_STATION_NAME = re.compile(r"(?:[A-Z][A-Za-z]*|\d+)(?: (?:[A-Z][A-Za-z]*|\d+)){0,2}")
_STATION_BEFORE = TailPattern(
    r"(?<![\w'’\-])(?:(?:[A-Z][\w&]*[ \t]){1,2}(?:Radio|TV|Television)|Radio)[ \t]$",
    ("Radio", "TV", "Television"),
)
_MASTHEAD_AFTER = re.compile(rf" (?:{_MASTHEADS})\b(?![ \t]*[A-Z])")
_MASTHEAD_WORD = re.compile(_MASTHEADS)
_THE_BEFORE = re.compile(r"(?<![\w])[Tt]he [\"“'‘\ufffd]*$")
_NAME_BEFORE_MASTHEAD = re.compile(
    r"(?<![\w])[Tt]he [\"“'‘\ufffd]*([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}) $"
)
# A building's or a site's word after a saint's possessive, or a people's ("St
# Isaac's Cathedral", "St Andrew's Street", "Crumlin Children's Hospital", "Queen's
# University"), which the model leaves off its name: the span of the saint alone
# would be the saint, a person (not "London's Abbey Road", "Malaysia's University").
_SITE_AFTER_POSSESSIVE = re.compile(
    rf"['’]s (?:{'|'.join(sorted(w.capitalize() for w in SITES_NAMED_AFTER))})\b"
)
# An airport's word after the name of the person it is named after ("[John F.
# Kennedy] International Airport", "[Charles de Gaulle] airport"), which the model
# leaves off: the airport, a place. Lowercase only after a name of two words or more
# ("Kim airport murder" is a headline's Kim).
_AIRPORT_AFTER = re.compile(
    r" (?P<named>(?:International )?Airport)\b| (?:international )?airport\b"
)
_SITE_OWNER = re.compile(
    r"(?:St\.?|Saint) [A-Z][\w'’\-]+|(?:[A-Z][\w'’\-]+ )*(?:Children|Women|Queen|King)"
)
# An editor's bracket that opens on a title before a given name: "(Russian President
# Vladimir) Putin".
_TITLE_IN_BRACKET = re.compile(r"(?:[A-Z][\w'’.\-]* )+")
_TITLE_IN_BRACKET_REACH = 40
# A monarch's or a peer's style opening a name whose last word the model spanned alone
# ("Lord of the [Rings]", "Queen of the [Sky]").
_STYLED_OPENING = re.compile(
    r"(?<![\w])(?:Emperor|Empress|King|Lady|Lord|Prince|Princess|Queen) of the $"
)
_STYLED_OPENING_REACH = 20
# How far before and after a span a name with a nickname in quotes is looked for.
_NICKNAMED_REACH = 40
# A minute after a name on a scorers' line or in a substitution: "[Giggs 64]".
_MINUTE_AFTER = re.compile(r" \d{1,3}$")
_LINE_OF = re.compile(r"[^\n\r]+")
# Left behind by a bad conversion to text: never part of a name.
_DEBRIS = re.compile(r'[()\[\]{}<>|"“”„]')
# The word after a language's name, joined by a hyphen or not ("Russian-language").
_LANGUAGE_AFTER = re.compile(r"[-‐‑ ]?(\w+)")
# The plural verbs a club's name takes as its subject ("Lazio have", "Chelsea are").
_PLURAL_VERBS = frozenset("are have were".split())
# Words before a name that make it no subject: "gathered in Davos have", "books about
# Vilnius have" (not "than" nor "like": "better than Chelsea have").
_PREPOSITIONS = frozenset(
    """
    about across among around at behind beyond by despite for from in inside into near
    of on outside over through to towards under via with within without
    """.split()
)
# Pronouns that stand for a person, one "and" may join to a name.
_PAIRING = frozenset({"and", "&"})
_PERSONAL_PRONOUNS = frozenset("he she i we you him her me us".split())
# Before a people's adjective, the words that make it its people or one of them: "the
# English are", "he is English", "as English as".
_PEOPLE_BEFORE = frozenset(
    "the these those is was are were be been being become became feel felt as".split()
)
# A social handle, a hashtag or a web address: page furniture, never a name's word.
_HANDLE_SIGNS = "@#"
# Not after a word's letter, a dot or "&" ("jo@example.com", "C#", "&#39;"): after a
# space, a bracket or a quote ("Garda Info (@gardainfo)").
_HANDLE = re.compile(r"(?<![\w.&])[@#]\w|(?<![\w.])(?i:https?://|www\.)\w")


# A byline: a short line that opens with "By" and ends in no full stop ("By JANE DOE
# and JOHN ROE", "By Jane Doe, CNN"); a wire story's credits ("(Reporting by Denis
# Pinchuk; Editing by Richard Balmforth)"): who wrote the story, not whom it is about.
_BYLINE = re.compile(r"[ \t]*(?:By|BY)\s")
_BYLINE_MAX_CHARS = 100
# A photo's credit joins its agency and its photographer with a slash ("AP Photo/Evan
# Vucci", "Chip Somodevilla/Getty Images"); a reporter's credit says what they gave.
_PHOTO_AGENCY = r"(?:[A-Z]{2,}|(?:[A-Z]\w* )?(?:Photos?|Images|Pictures))"
_CREDIT_BEFORE_SLASH = TailPattern(rf"\b{_PHOTO_AGENCY}/ ?$", ("/",))
_CREDIT_AFTER_SLASH = re.compile(rf" ?/ ?{_PHOTO_AGENCY}\b")
_CONTRIBUTED = re.compile(
    r"[^.!?\n]{0,150}?\bcontributed (?:to this (?:report|story|article)|reporting)\b"
)
_CREDIT = re.compile(
    r"(?:^|[(;])[ \t]*(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|research|"
    r"translation|translated|graphics|photos?)\s+by)\s+"
    r"(?:(?:[A-Z][\w.'’\-]*|and|in|&)[ \t,]*){0,12}$",
    re.MULTILINE,
)


# A credit's label, in the span ("[Source:-Al Jazeera]", a page turned into text with
# its space lost) or just before it; "Sources: Trump signed off" is a headline's.
_SOURCE_LABEL = "Source:"
_SOURCE_BEFORE = re.compile(r"(?<![\w-])Source:[\s\-‐‑]*$")


def clean_span(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """The offsets of the name inside text[start:end], or None when no name is left.
    What it keeps, cleaned again, stays as it is: an index is cleaned again from its
    stored spans when the rules change (explorer.index.reresolve)."""
    start, end = _cut_at_flattened_break(text, start, end, label)
    if start >= end:
        return None
    start = _extend_over_glued_word(text, start, label)
    if label != "DATE" and (_is_split_unit(text, start, end) or _is_era(text, start, end)):
        return None
    if label != "DATE" and (_in_byline(text, start, end) or _in_office(text, start, end)):
        return None
    if label == "PERSON" and _in_credit(text, start, end):
        return None
    if text.startswith(_SOURCE_LABEL, start) or _SOURCE_BEFORE.search(
        text, max(0, start - 12), start
    ):
        return None  # a story's or a chart's credit, "Source: Al Jazeera and news agencies"
    if label == "LANGUAGE" and _spoken(text, start, end):
        return None
    if _inserted_given_name(text, start, end):
        return None
    if label != "PERSON" and _labels_a_field(text, start, end):
        return None
    if label == "NORP" and _speech_follows(text, end):
        return None
    start, end = _cut_at_line_break(text, start, end, label)
    start, end = _cut_debris(text, start, end, label)
    start, end = _mend_damaged_word(text, start, end, label)
    end = _cut_social_handle(text, start, end)
    start, end = _trim(text, start, end)
    if label != "DATE" and start < end:
        start, end = _cut_lowercase_ends(text, start, end)
        end = _cut_run_on(text, start, end, label)
        end = _cut_issue_date(text, start, end)
        end = _cut_minute(text, start, end)
        end = _cut_region_word(text, start, end, label)
        start = after_secretary_of(text, start, end)
        start = after_office_place(text, start, end)
        start = after_rank(text, start, end, label)
        if not _names_a_day(text, start, end):
            # stacked titles ("Det Ch Insp Andy Guy") are cut one after another
            while start < end and (cut := title_length(text[start:end], label)):
                start += cut
        start, end = _trim(text, start, end)
    if start < end:
        start = _cut_french_article(text, start, end)
    if label in ("NORP", "ORG") and start < end:
        start = _extend_to_known_name(text, start, end)
        end = _extend_over_known_name(text, start, end)
    if label in _NUMBERED_LABELS and start < end:
        end = _extend_over_number_word(text, start, end)
    if label in _UNIT_LABELS and start < end:
        start = _extend_to_unit_ordinal(text, start, end)
    if label == "ORG" and start < end:
        start = _grow_over_shared_head(text, start, end)
    if start < end:
        start, end = _grow_to_known_name(text, start, end)
    if label != "DATE" and start < end:
        start, end = _grow_to_masthead(text, start, end)
        start, end = _grow_to_station(text, start, end, label)
    if start < end:
        start = office_opening_name(text, start, end)
        start = _extend_to_country(text, start, end)
        start = _grow_to_compass_place(text, start)
        start, end = _grow_to_country(text, start, end)
        start, end = _grow_to_constituency(text, start, end)
    if start < end:
        end = _cut_post_nominal(text, start, end)
    if label in ("PERSON", "ORG") and start < end:
        end = _cut_headline_words(text, start, end)
    if label in ("PERSON", "ORG") and start < end:
        start = _cut_opening_gerund(text, start, end)
    if label == "PERSON" and start < end:
        start = _cut_headline_lead(text, start, end)
        start = _cut_common_noun_lead(text, start, end)
        start = _cut_sentence_word(text, start, end)
    if label == "PERSON" and start < end:
        end = _extend_over_family_name(text, start, end)
        end = _extend_over_hyphen(text, end)
    if label != "DATE" and start < end:
        end = _extend_over_linked_part(text, start, end)
    if (label in TITLE_LABELS or label == "PERSON") and start < end:
        title = title_around(text, start, end)
        if (
            title is not None
            and not _is_title_case_line(text, *title)
            and (label != "PERSON" or _beside_work_word(text, *title))
        ):
            start, end = title
    if label != "DATE" and start < end:
        start, end = _grow_to_nicknamed(text, start, end)
        start = _grow_to_styled_name(text, start, end)
    if label != "DATE" and start < end:
        start, end = _grow_to_defined_name(text, start, end)
    # a cut may leave punctuation at an end ("Jerry Springer -" of "... - The Opera")
    start, end = _trim(text, start, end)
    wanted = str.isalnum if label == "DATE" else str.isalpha
    if start >= end or not any(wanted(c) for c in text[start:end]):
        return None
    if label != "DATE" and office_alone(text, start, end):
        return None
    if _bill_alone(text, start, end):
        return None
    if label in ("PERSON", "ORG") and _names_a_family(text, start, end):
        return None
    if label == "ORG":
        start = _extend_to_title_article(text, start, end)
    holiday = _HOLIDAY_AFTER.match(text, end)
    site = _SITE_AFTER_POSSESSIVE.match(text, end)
    agreed = _AGREED_AFTER.match(text, end)
    airport = _AIRPORT_AFTER.match(text, end) if label == "PERSON" else None
    if agreed is not None and names_an_agreement(text[start : agreed.end()]):
        end = agreed.end()  # "[Minsk] agreements": the treaty, not the city
    elif airport is not None and (airport["named"] or " " in text[start:end]):
        end = airport.end()  # "[Charles de Gaulle] airport": the airport
    elif holiday is not None:
        end = holiday.end()  # "[St Patrick]'s Day", "[Valentine]'s Day": the day's name
    elif site is not None and _SITE_OWNER.fullmatch(text, start, end):
        end = site.end()  # "[St Isaac]'s Cathedral", "[Crumlin Children]'s Hospital"
    elif text[end - 1].isalpha() and (lost := _LOST_LAST_LETTER.match(text, end)):
        end = lost.end()  # "[RT]?'s Morning Ireland": RTÉ, not RT
    return start, end


def _names_a_family(text: str, start: int, end: int) -> bool:
    """The span is one family name before "family" ("the McCabe family said", "the
    Castro family"): the family, none of its members, whom the document names
    elsewhere if it speaks of one. Not a people's word ("a Syrian family"), which
    other labels carry, nor a big city's or a region's name, where the family lives
    ("an Aurora family", "Tijuana families"), nor a name with "Family" in it ("the Addams
    Family")."""
    word = text[start:end]
    if not (word.isalpha() and word[:1].isupper()) or _FAMILY_AFTER.match(text, end) is None:
        return False
    return not (is_big_city(word) or is_region(word))


def _bill_alone(text: str, start: int, end: int) -> bool:
    """The span is "Bill" or "Bills" alone where it names no one: after a determiner
    and at most four lowercase words, as a debate capitalises whichever bill it debates
    ("the Bill", "this Bill", "an important and serious Bill", "my ten-minute rule
    Bill", a different one in each speech), after the words of a Bill's name
    the model left out ("the Finance [Bill]", "(Miscellaneous Provisions) [Bill]"), or
    in the plural after any word ("all Bills"); a given name takes none of them ("when
    Bill said"), nor does the ITV drama its own "The" in mid-sentence."""
    word = text[start:end]
    if word not in _BILL_WORDS:
        return False
    reach = max(0, start - _BILL_REACH)
    debated = _DEBATED.search(text, reach, start)
    if debated is not None and not _NAMES_SOMEONE.intersection(debated.group().split()):
        return True  # not "his father Bill", "the former president Bill"
    if _NAMED_BEFORE.search(text, reach, start):
        return True
    return word == "Bills" and text[reach:start].rstrip()[-1:].isalpha()


def _inserted_given_name(text: str, start: int, end: int) -> bool:
    """The span is a given name an editor put in brackets before a surname the quote
    gave alone ("talks with President (Vladimir) Putin", "[Jennifer] Aniston"), with
    the title too ("(Russian President Vladimir) Putin"): the surname after it names
    the person, and the word alone would be a name of its own (the model tags
    "(Zinedine) Zidane"'s given name GPE). A place's name without a title only where
    the document writes the whole name too ("Vladimir Putin"). Not a country, a
    people or an acronym in brackets ("(Canada) Saul Bellow", "(UN) Security
    Council"), nor before an ordinary word or an acronym ("(Reuters) Send",
    "[Washington] DC")."""
    if start == 0 or end >= len(text) or text[end] not in ")]":
        return False
    opening = "(" if text[end] == ")" else "["
    # "President (Vladimir) Putin", "(Russian President Vladimir) Putin": the title
    # says whose name it is
    titled = text[start - 1] == opening and follows_title(text, start - 1)
    if text[start - 1] != opening:
        bracket = text.rfind(opening, max(0, start - _TITLE_IN_BRACKET_REACH), start)
        titled = (
            bracket >= 0
            and _TITLE_IN_BRACKET.fullmatch(text, bracket + 1, start) is not None
            and follows_title(text, start)
        )
        if not titled:
            return False
    name = text[start:end]
    after = _NEXT_WORD.match(text, end + 1)
    if after is None or (
        not titled and is_known_place(name) and f"{name} {after.group(1)}" not in text
    ):
        return False  # "Joe Cole (Chelsea) Frank Lampard"; not "(Vladimir) Putin"
    return (
        after.group(1).istitle()
        and not is_common_word(after.group(1))
        and _WORD.fullmatch(name) is not None
        and name.istitle()
        and country_code(name) is None
        and not (demonym_country(name) or demonym_place(name) or names_a_people(name))
    )


def _names_a_day(text: str, start: int, end: int) -> bool:
    """The span is, or with "'s Day" after it becomes, a day's name, whose saint is
    part of it ("Saint Patrick's Day", "St Valentine's Day")."""
    return bool(_HOLIDAY_AFTER.match(text, end) or _HOLIDAY_AT_END.search(text, start, end))


def _labels_a_field(text: str, start: int, end: int) -> bool:
    """The span is a listing's field label: one capitalised word of five letters or
    more before a colon, a word its document also writes in lowercase ("the attacker
    fled ... TARGET: Two police officers wounded ATTACKER: Abdul Numan Haider"). A
    name before a colon is a transcript's speaker ("TRUMP:", "BROWN:", which the
    caller leaves to a person's label) or a dateline ("ISLAMABAD:"); an acronym is
    often an ordinary word too ("WHO:", "US:")."""
    word = text[start:end]
    return (
        len(word) >= _FIELD_LABEL_MIN
        and word.isalpha()
        and word.isupper()
        and text.startswith(":", end)
        and word.lower() in _lowercase_words(text)
    )


def _spoken(text: str, start: int, end: int) -> bool:
    """The words around a language name the language, not its people ("said in
    Turkish", "English-speaking", "speak perfect English", "professor of English",
    "in Polish and English", "English is the lingua franca")."""
    after = _LANGUAGE_AFTER.match(text, end)
    if after is not None and after.group(1).lower() in LANGUAGE_WORDS_AFTER:
        return True
    if _modifies_a_noun(text, end):
        return False
    return _spoken_after(text, start) or _stands_as_a_noun(text, start, end)


def _speech_follows(text: str, end: int) -> bool:
    """A word only a language takes follows the adjective, in lowercase: "an English
    speaker", "the Arabic word for", "Spanish-language films" (not "the English Test
    side", nor "a South African language", "European languages": of the place)."""
    after = _LANGUAGE_AFTER.match(text, end)
    if after is None or after.group(1) not in SPEECH_WORDS_AFTER:
        return False
    return not after.group(1).startswith("language") or text[end] in "-‐‑"


def _stands_as_a_noun(text: str, start: int, end: int) -> bool:
    """The language's adjective is a noun of its own, qualifying nothing, as a
    people's adjective is only for its language: "English is the lingua franca",
    "Arabic at home and English at school", "a halting English,", "translation of
    English or French into Russian". Not "the English are", which is its people, nor
    "he is English", "Mr English", "EF English", "English Premier League", nor "English
    and Welsh clubs", where the other adjective qualifies a noun."""
    previous = _previous_word(text, start)
    if previous.endswith(".") and len(previous) > 4:
        previous = ""  # the sentence before ends there: "learning English. English is"
    if previous.lower() in _PEOPLE_BEFORE or previous[:1].isupper():
        return False
    following = _next_word(text, end)
    if following[:1].isupper() or (following == "" and text.startswith("-", end)):
        return False
    if following in ("and", "or"):
        # the other adjective says what both do: "English or French into Russian",
        # not "English and Welsh clubs"; nor "Russian and south-east Asian films",
        # where a lowercase word may start the noun phrase
        other = _NEXT_WORD.match(text, end)
        assert other is not None
        second = _NEXT_WORD.match(text, other.end())
        if second is None or not second.group(1)[:1].isupper():
            return False
        return not _modifies_a_noun(text, second.end())
    return True


def _modifies_a_noun(text: str, end: int) -> bool:
    """An ordinary lowercase word follows the name, which it qualifies ("in English
    football", "in Welsh and English rugby"); not a function word or an adverb
    ("in English, with", "learners of English who", "speak English well")."""
    following = _next_word(text, end)
    return (
        following[:1].islower()
        and following not in FUNCTION_WORDS
        and following != "well"
        and not following.endswith("ly")
    )


def _spoken_after(text: str, start: int) -> bool:
    """The words before text[start:] say a language follows."""
    previous = _previous_word(text, start).lower()
    if previous in LANGUAGE_WORDS_BEFORE:
        return True
    if previous in LANGUAGE_ADJECTIVES:
        return _earlier_word(text, start).lower() in LANGUAGE_WORDS_BEFORE
    if previous == "of":
        return _earlier_word(text, start).lower() in LANGUAGE_WORDS_BEFORE_OF
    if previous in ("and", "or"):  # "in Polish and English": the first one's words
        begin, end = _previous_word_bounds(text, _previous_word_bounds(text, start)[0])
        return text[begin:end][:1].isupper() and _spoken_after(text, begin)
    return False


def _is_split_unit(text: str, start: int, end: int) -> bool:
    """The span is a number's unit the tokenizer split off it: "6[GB]", "30[GB]
    version" (a longer word glued to a number, "2004Blair", is a name)."""
    return (
        0 < start
        and end - start <= _UNIT_MAX_LETTERS
        and text[start - 1].isdigit()
        and text[start:end].isalpha()
    )


def _is_era(text: str, start: int, end: int) -> bool:
    """The span is an era's abbreviation after a year or a century ("206 BC", "the
    5th century BC", "190 A.D.") or AD before a year ("AD 24"): part of a date, not
    British Columbia's "BC" nor a firm's "AD" ("in 2016 BC Hydro said")."""
    era = text[start:end]
    if era not in _ERAS:
        return False
    if era in _ERAS_BEFORE_YEAR and _YEAR_AFTER.match(text, end) is not None:
        return True
    dated = _ERA_AFTER.search(text, max(0, start - _ERA_REACH), start) is not None
    return dated and _NAME_GOES_ON.match(text, end) is None


def mention_flags(text: str, start: int, end: int) -> int:
    """The context bits (LINE_START, TITLE_CASE_LINE, ...) of one cleaned mention."""
    flags = 0
    lead = _lead(text, start)
    next_word = _next_word(text, end)
    following = next_word.lower()
    # "Time magazine's Person of the Year" opens a sentence with a name: a body's word
    # after it says so
    if (
        lead == 0
        or text[lead - 1] in _LINE_BREAKS
        or (_ends_a_sentence(text, lead) and not names_bodies(following))
    ):
        flags |= LINE_START
    if _is_title_case_line(text, start, end):
        flags |= TITLE_CASE_LINE
    word = text[start:end]
    if word.isalpha() and word[0].isupper() and word[1:].islower() and len(word) > 1:
        if word.lower() in _lowercase_words(text):
            flags |= LOWERCASE_ELSEWHERE
        if _CAPITALISED_NEXT.match(text, end):
            flags |= RUNS_ON
    # a title in quotes is read as without them ("the film 'Ray'")
    quoted = start > 0 and text[start - 1] in _OPENING_QUOTES
    before = start - 1 if quoted else start
    previous_word = _previous_word(text, before)
    # a word that ends a sentence ("... the series. Blair said") is not beside the name
    previous = "" if previous_word.endswith(".") else previous_word.lower()
    named_as = _named_by_kind(text, before)
    introducing = named_as or (
        _word_before_title_article(text, before) if previous_word == "The" else previous
    )
    if previous_word == "The" and not flags & TITLE_CASE_LINE and _within_a_sentence(text, before):
        flags |= OWN_ARTICLE
    # "Fellow Bath prop Duncan Bell": a title before a name that another title follows
    # is that next name's
    titled = (
        (follows_title(text, start) and following not in TITLE_WORDS)
        or _post_nominal_follows(text, start, end)
        or _aged(text, before, end, following)
        or _one_of_a_people(text, end)
    )
    if titled and previous in ORG_WORDS and " " not in text[start:end]:
        titled = False  # "oil producer Yukos"; "record producer Phil Spector" is titled
    if previous_word.lower() in HONORIFICS or previous_word.lower().rstrip(".") in HONORIFICS:
        flags |= SURNAME_TITLED
    if _HEAD_TITLE_BEFORE.search(text, max(0, before - _OFFICE_TITLE_REACH), before):
        flags |= HEAD_TITLED
    if _JUDGE_TITLE_BEFORE.search(text, max(0, before - _OFFICE_TITLE_REACH), before):
        flags |= JUDGE_TITLED
    if titled:
        flags |= AFTER_TITLE
    elif (
        names_bodies(introducing) and not _plies_a_trade(text, start, end, before, introducing)
    ) or _on_a_medium(text, before, end, previous):
        flags |= AFTER_ORG_WORD
    elif previous == "the":
        flags |= AFTER_ARTICLE
    # a plural verb after the name says a club only of its subject: "Lazio have", not
    # "gathered in Davos have been hearing", whose subject is before the "in", nor "he
    # and Kuchibhotla were", plural for a person and the one named, nor "Diana Ross and
    # Tina Turner were", "Lloyd Webber and lyricist Charles Hart are", a full name the
    # last of a pair (two bodies' single words may be: "Supergrass and Idlewild have")
    subject = following not in _PLURAL_VERBS or not (
        previous in _PREPOSITIONS
        or _joined_to_a_pronoun(text, before, previous)
        or (" " in text[start:end] and _ends_a_pair(text, before, previous))
    )
    # "Bristol coach station", "a London coach trip": a bus, no club's coach
    staff = subject and _COACH_TRAVEL.match(text, end) is None
    if (
        (following in TEAM_WORDS and staff)
        or previous in TEAM_WORDS_BEFORE
        or _SCORED_AGAINST.search(text, max(0, before - _SCORED_REACH), before)
    ):
        flags |= TEAM_CUE
    if (following in CLUB_WORDS_AFTER and staff) or following in SPOKESPEOPLE:
        flags |= CLUB_WORD
    if _MEMBER_ROLE_AFTER.match(text, end) or (
        not titled and " " in text[start:end] and _elected_office(next_word)
    ):
        flags |= MEMBER_ROLE
    # a product's word after the name counts where it names the product ("the Firefox
    # browser"), not its maker ("the Argonaut software division")
    product_word = following in PRODUCT_WORDS or following in HARDWARE_WORDS
    named_product = product_word and _names_the_product(text, before, end, following)
    product = (
        named_product
        or _PRODUCT_PHRASE.match(text, end) is not None
        or _DISEASE_AFTER.match(text, end) is not None
        or introducing in MADE_THING_WORDS
        or named_as in TECHNOLOGY_WORDS
        or _versioned_product(text, before, end)
    )
    head = _apposition_head(text, end)
    introduced = (
        introducing in WORK_WORDS_BEFORE
        or head in WORK_WORDS
        or _SHOW_BEFORE.search(text, max(0, before - 24), before) is not None
        or _CREDITS_AFTER.match(text, end) is not None
        or _programme_of_medium(text, start, end, before)
    )
    if introduced:
        flags |= WORK_INTRODUCED
    work_word = following in WORK_WORDS and (named_product or not product_word)
    if introduced or work_word or product or _repeats_a_first_name(text, start, end):
        flags |= NEAR_WORK_WORD
        if product:
            flags |= PRODUCT_NAMED
    if _is_defined_name(text, start, end):
        flags |= ACRONYM_DEFINED
    if _owned_by_a_country(text, before):
        flags |= COUNTRY_OWNED
    if _VERSION.match(text, end) and not _in_scorers_line(text, start, end):
        flags |= VERSIONED
    if _defined_after_name(text, start, end):
        flags |= DEFINED_AFTER_NAME
    if following in AWARD_WORDS or text.startswith(("-winning", "-nominated"), end):
        flags |= AWARDED
    if _defines_a_term(text, start, end) or _defined_as_term_nearby(text, start, end):
        flags |= DEFINED_AS_TERM
    if _is_counted(previous_word, text, start, end):
        flags |= COUNTED
    owns = _COMPANY_OWNS.match(text, end)
    organ = (
        _ORGAN_AFTER.match(text, end)
        or _OFFICER_BEFORE.search(text, max(0, before - 32), before)
        or (
            _ANALYST_BEFORE.search(text, max(0, before - 16), before)
            and not text.startswith(_OWNED_AFTER, end)
        )
    )
    held_after = following in COMPANY_WORDS_AFTER and not _SHARES_AS_VERB.match(text, end)
    if held_after or owns or organ or _is_traded(text, before, previous, previous_word):
        flags |= TRADED
        if (
            organ
            or (held_after and following in _STOCK_AFTER)
            # right after its possessive: "Rank's chief executive", not "Smith's
            # appointment as chief executive"
            or (owns is not None and owns["held"] in _STOCK_OWNED and owns.start("held") == end + 3)
            or _STOCK_BEFORE.search(text, max(0, before - 20), before)
        ):
            flags |= STOCK_HELD
    if head in BODY_WORDS:
        flags |= BODY_APPOSITION
    if _addressed_as_region(text, start, end):
        flags |= IN_REGION
    if (
        following in PLACE_WORDS_AFTER
        or head in PLACE_APPOSITION_HEADS
        or _PLACE_PHRASE.match(text, end)
        or _PLACE_OF.search(text, max(0, start - 30), before)
        or text[start:end] in counties_named(text)
        or (text.startswith("-based", end) and is_known_place(text[start:end]))
    ):
        flags |= PLACE_NAMED
    if _EVENT_AFTER.match(text, end):
        flags |= EVENT_NAMED
    if following in PUBLICATION_WORDS:
        flags |= PUBLICATION_NAMED
    if _located(text, start, before, end, previous):
        flags |= LOCATED
    if following in PEOPLE_WORDS_AFTER:
        flags |= PEOPLE_NAMED
    if (previous == "at" and _after_a_match(text, before)) or following in GROUND_WORDS_AFTER:
        flags |= AT_GROUND
    if _named_as_a_relative(text, before):
        flags |= RELATIVE_NAMED | RELATIVE_MENTIONED
    gender_before = (
        _gender_before(previous_word)
        or _gender_in_apposition(text, before)
        or _gender_of_the_named(text, before)
    )
    if gender_before:
        flags |= gender_before | GENDER_WORD_BEFORE
    if _CREDIT_BEFORE.search(text, max(0, before - _CREDIT_REACH), before):
        flags |= CREDITED
    flags |= _pronoun_flags(text, end)
    if _SPEAKER_BEFORE.search(text, max(0, before - 12), before) and (
        end == len(text) or text[end] in _CLAUSE_ENDS
    ):
        flags |= SPEAKER
    if _SPOKESPERSON_BEFORE.search(text, max(0, before - 30), before):
        flags |= SPOKEN_FOR
    if _TOLD_BEFORE.search(text, max(0, before - 30), before):
        flags |= TOLD
    if previous == "in" and _ends_an_in_phrase(text, before, end):
        flags |= IN_PLACE
    flags |= _name_list_flags(text, start, end)
    if flags & LISTED_CLUB:
        # "Gordon Bulloch (captain, Glasgow Rugby)": the title is the player's
        flags &= ~AFTER_TITLE
    return flags


def _lead(text: str, start: int) -> int:
    """Where the whitespace, quotes and bullets before a span begin."""
    while start > 0 and text[start - 1] in _LINE_LEAD:
        start -= 1
    return start


def _opens_a_sentence(text: str, start: int) -> bool:
    """A line or a sentence begins where the span does (past quotes and bullets)."""
    lead = _lead(text, start)
    return lead == 0 or text[lead - 1] in _LINE_BREAKS or _ends_a_sentence(text, lead)


def _ends_a_sentence(text: str, lead: int) -> bool:
    """A sentence ends right before `lead`, where the spaces and quotes before a span
    begin: "... users. Format wars", not "Mr. Wood", "No. 10" nor "J. Format"."""
    if lead < 2 or text[lead - 1] not in ".!?":
        return False
    token = _TOKEN_BEFORE.search(text, max(0, lead - 16), lead - 1)
    if token is None:
        return True
    word = token.group(0)
    return not (len(word) == 1 and word.isupper()) and word.lower() not in _STOPPED_SHORT_FORMS


def share_cues(mentions: Sequence[tuple[str, int]]) -> list[int]:
    """The flags of one document's mentions, given as (text, flags), each with the
    SHARED_CUES of every mention of the same text in the document."""
    cues: dict[str, int] = {}
    for text, flags in mentions:
        cues[text] = cues.get(text, 0) | (flags & SHARED_CUES)
    return [flags | cues[text] for text, flags in mentions]


def _addressed_as_region(text: str, start: int, end: int) -> bool:
    """The span names a region that bears a country's name, and the words around it
    place it in the region's country: "state of" before it, a place of that country
    and a comma before it ("Atlanta, Georgia"), or a comma and that country after it
    ("Georgia, US")."""
    country = region_elsewhere(text[start:end])
    if country is None:
        return False
    if _STATE_OF.search(text, max(0, start - 10), start):
        return True
    before = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    if before and place_country(before.group(1)) == country:
        return True
    after = _PLACE_AFTER.match(text, end)
    return bool(after and country_code(after.group(1)) == country)


def _owned_by_a_country(text: str, before: int) -> bool:
    """A country's or a known place's possessive, or "the country's", right before
    the span (`COUNTRY_OWNED`); `before` is where the words before it end."""
    if _A_COUNTRYS.search(text, max(0, before - 12), before):
        return True
    owner = _COUNTRY_OWNS.search(text, max(0, before - 40), before)
    if owner is None:
        return False
    name = owner.group(1)
    return country_code(name) is not None or is_known_place(name)


def _located(text: str, start: int, before: int, end: int, previous: str) -> bool:
    """A preposition of place before the span and a place the gazetteer knows after
    it, or the possessive of the country the gazetteer places the name in before it
    ("Spain's Reus"; "Japan's Toyota" tagged ORG is the carmaker, which `kinds`
    leaves be) (`LOCATED`); `before` is where the words before it end, past an
    opening quote."""
    owner = _COUNTRY_OWNS.search(text, max(0, before - 40), before)
    if owner is not None and (code := country_code(owner.group(1))) is not None:
        if place_country(text[start:end]) == code:
            return True
    if not _WHERE_BEFORE.search(text, max(0, before - 8), before):
        return False
    inside = _IN_PLACE_AFTER.match(text, end) if previous != "to" else None
    found = inside or _COMMA_PLACE_AFTER.match(text, end)
    return found is not None and is_known_place(found.group(1))


def _ends_an_in_phrase(text: str, before: int, end: int) -> bool:
    """The span after "in" ends its phrase, and no stake, job or role is "in" it
    (`IN_PLACE`); `before` is where the words before the span end."""
    if not _PHRASE_ENDS_AFTER.match(text, end):
        return False
    return _earlier_word(text, before).lower() not in _IN_NOT_A_PLACE


def _joined_to_a_pronoun(text: str, before: int, previous: str) -> bool:
    """ "And" or "or" joins the span to a personal pronoun before it ("he and
    Kuchibhotla", "she or Garner"); `before` is where the words before it end."""
    return previous in ("and", "or") and _earlier_word(text, before).lower() in _PERSONAL_PRONOUNS


def _ends_a_pair(text: str, before: int, previous: str) -> bool:
    """ "And" stands before the span, or one word before it ("and Texan", "and
    lyricist"), or a list's comma ("Natalie Portman, Octavia Spencer are"); `before`
    is where the words before it end."""
    if previous in _PAIRING or text[max(0, before - 2) : before].rstrip().endswith(","):
        return True
    return _earlier_word(text, before).lower() in _PAIRING


def _apposition_head(text: str, end: int) -> str:
    """The head of an apposition after the span ("Munich Re, the world's biggest
    reinsurer," -> "reinsurer"; "Closer, the Mike Nichols film," -> "film"), or "":
    its last word before any preposition ("a spokeswoman for the bank", "the man
    behind the games group": the spokeswoman, the man)."""
    if not text.startswith(",", end):
        return ""
    apposition = _APPOSITION.match(text, end)
    if apposition is None:
        return ""
    words = apposition.group(1).split()
    for i, word in enumerate(words):
        if word in _PREPOSITIONS:
            words = words[:i]
            break
    return words[-1] if words else ""


def _gender_before(previous_word: str) -> int:
    """MAN_CUE or WOMAN_CUE when the word before the span says a man or a woman:
    "Mr. Trump", "daughter Ivanka Trump", "first lady Melania Trump"."""
    word = previous_word.rstrip(".").lower()
    if word in MEN_WORDS:
        return MAN_CUE
    return WOMAN_CUE if word in WOMEN_WORDS else 0


def _gender_in_apposition(text: str, before: int) -> int:
    """MAN_CUE or WOMAN_CUE when a relative's word and a comma stand before the span,
    after a possessive: "his wife, Evgenia", "Trump's daughter, Ivanka" (not "the
    spokesman, Reuters said": no one's spokesman)."""
    found = _RELATIVE_BEFORE.search(text, max(0, before - _RELATIVE_REACH), before)
    if found is None:
        return 0
    owner = found.group(1).lower()
    if owner in _POSSESSIVES or owner.endswith(("'s", "’s")):
        return _gender_before(found.group(2))
    return 0


def _gender_of_the_named(text: str, before: int) -> int:
    """MAN_CUE or WOMAN_CUE when a man's or a woman's word and "called" or "named"
    stand before the span: "a 16-year-old son called Tyrone", "a daughter named Ava"
    (not "a town called Tyrone")."""
    found = _NAMED_BEFORE_SPAN.search(text, max(0, before - _RELATIVE_REACH), before)
    return 0 if found is None else _gender_before(found.group(1))


def _pronoun_flags(text: str, end: int) -> int:
    """ITS_FOLLOWS or HIS_FOLLOWS when the span is the subject a pronoun after it
    stands for ("Acpo made its call"), MAN_CUE or WOMAN_CUE when that pronoun is a
    man's or a woman's ("his", "herself", "said she"), else 0."""
    flags = 0
    match = _PRONOUN_AFTER.match(text, end)
    if match is not None and not _PRONOUN_GAP_STOPS.intersection(match.group(1).split()):
        flags = ITS_FOLLOWS if match.group(2) == "its" else HIS_FOLLOWS
        if match.group(2) == "his":
            flags |= MAN_CUE
    reflexive = _REFLEXIVE_AFTER.match(text, end)
    if reflexive is not None and not _PRONOUN_GAP_STOPS.intersection(reflexive.group(1).split()):
        flags |= MAN_CUE if reflexive.group(2) == "himself" else WOMAN_CUE
    said = _SAID_PRONOUN_AFTER.match(text, end)
    if said is not None:
        flags |= MAN_CUE if said.group(1) == "he" else WOMAN_CUE
    return flags


def _repeats_a_first_name(text: str, start: int, end: int) -> bool:
    """The span is one word that begins a full name shortly before it in the same
    sentence: "soul star Ray Charles in Ray", "the Ray Charles biopic Ray". News does
    not call a person by the first name it has just given in full: this is the title
    of a work about them. The full name has a person's shape, two or three capitalised
    words: "Powys Local Health Board ... Powys people" is a body and its county."""
    word = text[start:end]
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False
    clause = _CLAUSE_END.split(text[max(0, start - _SAME_CLAUSE_CHARS) : start])[-1]
    found = clause.find(word + " ")
    while found >= 0:
        if (found == 0 or not clause[found - 1].isalnum()) and _person_shaped(clause[found:]):
            return True
        found = clause.find(word + " ", found + 1)
    return False


def _person_shaped(words: str) -> bool:
    """`words` begin with a person's full name: two or three capitalised words, the
    run ended by a lowercase word or punctuation, the second no ordinary word ("The
    Sun Grid ... owned by Sun", "the Trump Corporation"). A word before a colon is a
    label's, not a name's ("CEO of Honeywell Current: President of Honeywell")."""
    run = 0
    for word in words.split(maxsplit=4)[:4]:
        if not word[:1].isupper() or word.endswith(":"):
            break
        if run == 1 and is_common_word(word.strip(_WORD_PUNCTUATION)):
            return False
        run += 1
        if not word[-1].isalnum():
            break
    return 2 <= run <= 3


def _aged(text: str, before: int, end: int, following: str) -> bool:
    """An age is said of the name, as of a person: in apposition ("Annabella Holmes,
    47,"), or right before a name that ends its phrase ("the 24-year-old Gambill
    (ranked 21st)", "the 31-year-old Kluft said"; not "the 35-year-old Cobh runner",
    where the name is a word of the noun the age is said of)."""
    if _AGE_AFTER.match(text, end):
        return True
    return _AGE_BEFORE.search(text, max(0, before - _AGE_REACH), before) is not None and (
        not following or following in FUNCTION_WORDS
    )


def _named_as_a_relative(text: str, before: int) -> bool:
    """A relative's word after a possessive stands right before the span ("his son,
    Oskar Konyukhov"); the pattern is searched only where the text before ends in
    such a word, as it does before few names."""
    tail = text[max(0, before - _RELATIVE_REACH) : before].rstrip(" \t,").lower()
    return tail.endswith(_RELATIVE_ENDINGS) and (
        _RELATIVE_NAMED_BEFORE.search(text, max(0, before - _RELATIVE_REACH), before) is not None
    )


def _one_of_a_people(text: str, end: int) -> bool:
    """The name's apposition calls it one of a people or a place's resident, as news
    calls a person ("Zaida Catalan, a Swede.", "Baratov, a resident of Canada")."""
    if _RESIDENT_AFTER.match(text, end):
        return True
    one = _ONE_OF_A_PEOPLE_AFTER.match(text, end)
    return one is not None and names_a_people(one.group(1))


def _in_scorers_line(text: str, start: int, end: int) -> bool:
    """The span's line lists names with minutes, as a match report's scorers: "Varga
    40, Thompson 48 pen, Petrov 60"."""
    line = _line_around(text, start, end, _NAME_LIST_MAX_CHARS)
    return line is not None and len(_SCORER.findall(text, *line)) >= _SCORERS_MIN


def _defines_a_term(text: str, start: int, end: int) -> bool:
    """The span is an acronym in brackets right after the words it abbreviates, most
    of them lowercase: "personal video recorder (PVR)", "Internet service provider
    (ISP)"."""
    if text[start - 2 : start] != " (" or not text.startswith(")", end):
        return False
    acronym = text[start:end]
    letters = [c.upper() for c in acronym if c.isalpha()]
    if not _ACRONYM.fullmatch(acronym) or sum(c.isupper() for c in acronym) < 2:
        return False
    words = _WORD.findall(text, max(0, start - 120), start - 2)
    initials: list[str] = []
    lowercase = taken = 0
    for word in reversed(words):
        parts = [part for part in word.split("-") if part]
        initials[:0] = [
            letter for part in parts for letter in (part if part.isupper() else part[0])
        ]
        taken += 1
        lowercase += word.islower()
        if len(initials) >= len(letters):
            break
    spelled = "".join(initials).upper()
    return spelled == "".join(letters) and 2 * lowercase > taken


def _defined_as_term_nearby(text: str, start: int, end: int) -> bool:
    """The acronym is defined as a term near it, where the model did not tag the
    definition ("Concern over RFID tags ... the use of radio frequency ID (RFID) tags
    ... RFID technology"), or is a common noun of COMMON_ACRONYMS ("CCTV footage")
    that no bracket near it ties to a name. Near: within an article's length either
    side, so that a huge document is not searched whole for each of its acronyms."""
    acronym = text[start:end]
    if is_common_acronym(acronym):
        return not _bracketed_with_name_nearby(text, start, end)
    if sum(c.isupper() for c in acronym) < 2 or not _ACRONYM.fullmatch(acronym):
        return False  # "Berlin" is no acronym: not looked for in brackets
    found = text.find(f" ({acronym})", max(0, start - _DEFINITION_REACH), end + _DEFINITION_REACH)
    return found >= 0 and _defines_a_term(text, found + 2, found + 2 + len(acronym))


def _bracketed_with_name_nearby(text: str, start: int, end: int) -> bool:
    """Near the acronym, a name and the acronym stand together, one in brackets after
    the other: "China Central Television (CCTV)", "CCTV (China Central Television)",
    where the name need not spell the acronym out; not words that define it as a term
    ("radio frequency ID (RFID)")."""
    acronym = text[start:end]
    low, high = max(0, start - _DEFINITION_REACH), end + _DEFINITION_REACH
    before_name = re.compile(rf"(?<!\w){re.escape(acronym)}\s+\([A-Z]")
    if before_name.search(text, low, high):
        return True
    after_name = re.compile(rf"[A-Z][\w'’\-]*\s+\(({re.escape(acronym)})\)")
    return any(
        not _defines_a_term(text, found.start(1), found.end(1))
        for found in after_name.finditer(text, low, high)
    )


def _is_traded(text: str, before: int, previous: str, previous_word: str) -> bool:
    """The word before the name (`previous`, lowercase; `previous_word` as written,
    ending at `before`), or before its "of", "in" or "for", is what is done to a
    company: "bought Yugansk", "the sale of Yugansk", "a stake in Yukos", "the owner
    of Liffe"."""
    if previous in COMPANY_WORDS_BEFORE:
        return True
    if previous not in ("of", "in", "for"):
        return False
    word = _previous_word(text, before - len(previous_word) - 1).lower()
    return word in COMPANY_WORDS_BEFORE or (previous == "of" and word in OWNER_WORDS)


def _versioned_product(text: str, before: int, end: int) -> bool:
    """The span is a product that has versions: "versions of Windows XP", "upgrade to
    iTunes", "iTunes version 4.7.1" (not before a possessive, whose noun has them, nor
    a language's version, a paper's edition)."""
    if text.startswith(("'s", "’s"), end):
        return False
    versions = _VERSIONS_OF.search(text, max(0, before - _VERSIONS_REACH), before)
    if versions is not None:
        # "the German version of Charlie Hebdo": a paper's or a broadcaster's edition
        return not demonym_country(_previous_word(text, versions.start()).rstrip(" "))
    return _VERSION_NUMBER.match(text, end) is not None


def _is_counted(determiner: str, text: str, start: int, end: int) -> bool:
    """`determiner` counts or owns the span, which heads its phrase: "an Oscar for",
    "his iPod.", "three Oscars"; a number only before a plural ("number eight
    Imanol Harinordoquy" is a position)."""
    plural = text[start:end].endswith("s")
    if determiner not in COUNTING_WORDS and not (determiner in COUNTING_NUMBERS and plural):
        return False
    rest = text[end : end + 1]
    if not rest or rest in ".,;:!?)\"”’'\n":
        return not text.startswith(("'s", "’s"), end)
    # a preposition or a verb ends the phrase; "and" may go on to its noun ("a BBC
    # World Service and WGBH co-production"), "whose" describes a body
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1) in PHRASE_ENDS


def _name_list_flags(text: str, start: int, end: int) -> int:
    """IN_NAME_LIST when the span's line is a list of at least four people's names,
    as line-ups and cast lists give them, and the span is one whole item of it;
    LISTED_CLUB when it is a club in brackets after one of them."""
    line = _line_around(text, start, end, _NAME_LIST_MAX_CHARS)
    if line is None:
        return 0
    if _SCORERS_LINE.fullmatch(text[line[0] : line[1]].strip()) and _is_match_report(text):
        return IN_NAME_LIST if text[start:end] in _scorers(text[line[0] : line[1]]) else 0
    people, clubs = _name_list(text[line[0] : line[1]])
    name = text[start:end]
    if not people:
        people = _team_lines(text).get(text[line[0] : line[1]].strip(), frozenset())
    return (IN_NAME_LIST if name in people else 0) | (LISTED_CLUB if name in clubs else 0)


@lru_cache(maxsize=16)
def _team_lines(text: str) -> dict[str, frozenset[str]]:
    """The document's sides' lines and their benches' lines without their headings,
    each with its players' names (an initial's family name also alone: the model
    often leaves it off)."""
    lines = [line.strip() for line in _LINE_BREAK.split(text) if line.strip()]
    sides: dict[int, list[re.Match[str]]] = {}
    for i, line in enumerate(lines):
        # a cheap test first: a side's line holds ten separators at least
        if line.count(",") + line.count(";") < min(_SIDE_SIZES) - 1:
            continue
        players, items = _players(line)
        if items in _SIDE_SIZES and len(players) >= _NAME_LIST_SHARE * items:
            sides[i] = players
    found: dict[str, frozenset[str]] = {}
    for i, players in sides.items():
        bench, items = _players(lines[i + 1]) if i + 1 < len(lines) else ([], 0)
        benched = len(bench) >= max(_NAME_LIST_MIN, _NAME_LIST_SHARE * items)
        if benched or len(sides) > 1:
            found[lines[i]] = _names_of(players)
        if benched:
            found[lines[i + 1]] = _names_of(bench)
    return found


def _players(line: str) -> tuple[list[re.Match[str]], int]:
    """The items of a list line shaped as a player's name, and how many items it has."""
    items = _list_items(line.rstrip("."))
    return [found for item in items if (found := _SIDE_PLAYER.fullmatch(item))], len(items)


def _names_of(players: list[re.Match[str]]) -> frozenset[str]:
    """The players' names, and the family names of those named with an initial."""
    return frozenset(found["name"] for found in players) | frozenset(
        found["family"] for found in players if found["initial"]
    )


_NO_LIST: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


def _list_items(body: str) -> list[str]:
    """The items of a list line: split at commas, semicolons and "and" outside
    brackets ("Fabien Pelous (Stade Toulousain, capt)" is one item) and outside a
    character reference left in the text ("Pap&#233;")."""
    if "(" not in body and "&" not in body:  # most lines: every separator splits
        return [item.strip() for item in _LIST_SEPARATOR.split(body)]
    items: list[str] = []
    depth = start = scanned = 0
    for match in _LIST_SEPARATOR.finditer(body):
        depth += body.count("(", scanned, match.start()) - body.count(")", scanned, match.start())
        scanned = match.start()
        if depth > 0 or _CHARACTER_REFERENCE.search(body, start, match.end()):
            continue
        items.append(body[start : match.start()].strip())
        start = match.end()
    items.append(body[start:].strip())
    return items


@lru_cache(maxsize=16)
def _name_list(line: str) -> tuple[frozenset[str], frozenset[str]]:
    """The people and the clubs of a line-up or cast list line (empty for any other
    line): at least four items shaped as people's names, three in four of its
    items, with a heading ("Forwards:") or half of them with an initial or a club
    or role in brackets, as a list of bare names ("Lloyds TSB, Abbey National, ...")
    may be of anything."""
    if line.count(",") + line.count(";") < _NAME_LIST_MIN - 1:
        return _NO_LIST
    sheet = _team_sheet(line)
    if sheet:
        return sheet, frozenset()
    heading = _LIST_HEADING.match(line)
    body = line[heading.end() if heading else 0 :].strip().rstrip(".")
    items = _list_items(body)
    shaped = [match for item in items if (match := _LISTED_PERSON.fullmatch(item))]
    marked = sum(bool(match.group("initial") or match.group("note")) for match in shaped)
    if len(shaped) < max(_NAME_LIST_MIN, _NAME_LIST_SHARE * len(items)):
        return _NO_LIST
    if not heading and 2 * marked < len(shaped):
        return _NO_LIST
    people = {match.group("name") for match in shaped}
    # the model often leaves the initial off: "Titterrell" of "A Titterrell"
    people.update(match.group("family") for match in shaped if match.group("initial"))
    # "(Stade Toulousain, capt)": the capitalised parts of a bracket
    clubs = {
        part
        for match in shaped
        for part in (p.strip() for p in (match.group("note") or "").strip(" ()").split(","))
        if part[:1].isupper()
    }
    return frozenset(people), frozenset(clubs)


@lru_cache(maxsize=4)
def _is_match_report(text: str) -> bool:
    """The document gives a football team sheet with its substitutions."""
    return any(
        _team_sheet(line)
        for line in {text[m.start() : m.end()] for m in _LINE_OF.finditer(text)}
        if _SUBSTITUTION.search(line)
    )


def _scorers(line: str) -> frozenset[str]:
    """The players a match report's scorers' line names ("Robben 79, Cole 90.")."""
    return frozenset(found[1] for found in _SCORER_NAME.finditer(line))


def _team_sheet(line: str) -> frozenset[str]:
    """The players of a football team sheet line, and the substitutes in its brackets
    ("Hislop, Griffin, ..., Stone (Cisse 76), ..., Yakubu."); empty for any other line."""
    items = _list_items(line.strip().rstrip("."))
    if len(items) < _TEAM_SHEET_MIN:
        return frozenset()
    players = [found for item in items if (found := _TEAM_SHEET_PLAYER.fullmatch(item))]
    substitutes = {found["substitute"] for found in players if found["substitute"]}
    if not substitutes or len(players) < _NAME_LIST_SHARE * len(items):
        return frozenset()
    return frozenset(found["name"] for found in players) | substitutes


def _defined_after_name(text: str, start: int, end: int) -> bool:
    """The span stands alone in brackets right after a name and is its short form: an
    acronym ("the Federal Bureau of Investigation (FBI)"), one in Title case that the
    words before spell ("the Academy of Motion Picture Arts and Sciences (Ampas)", as
    British papers write them), or the first letters of the word before
    ("Yuganskneftegas (Yugansk)"); not a line-up's club after a player ("R de Marigny
    (Parma)"), which would clip any name it begins ("Parmalat")."""
    if not text.startswith(")", end):
        return False
    defined = _DEFINED.search(text, max(start - 40, 0), start)
    if defined is None:
        return False
    short = text[start:end]
    if sum(map(str.isupper, short)) > 1:
        return True
    word = defined.group().rstrip(" (")
    name_end = defined.start() + len(word)
    if short.istitle() and _expansion_start(text, name_end, short) is not None:
        return True
    return len(word) >= len(short) + 3 and word.lower().startswith(short.lower())


def _cut_minute(text: str, start: int, end: int) -> int:
    """The end of a player's name before the minute a substitution or a match report's
    scorers' line writes after it ("(Kezman 74)", "Giggs 64, Rooney 68."), which the
    model took into the name; not a version's number ("Windows 95, Office 97.")."""
    minute = _MINUTE_AFTER.search(text, start, end)
    if minute is None or " " not in text[start:end] or not _is_match_report(text):
        return end
    if text.startswith(")", end) and text[start - 1 : start] == "(":
        return minute.start()  # "Stone (Cisse 76)"
    line = _line_around(text, start, end, _HEADLINE_MAX_CHARS)
    scorers = line is not None and _SCORERS_LINE.fullmatch(text[line[0] : line[1]].strip())
    return minute.start() if scorers else end


def _names_the_product(text: str, before: int, end: int, following: str) -> bool:
    """A product's word after the span says the span is the product's name: no
    maker's noun after the word, and a mass noun only after a determiner."""
    if _MAKER_AFTER.match(text, end):
        return False
    return following not in _MASS_PRODUCT_WORDS or (
        _DETERMINED_BEFORE.search(text, max(0, before - 12), before) is not None
    )


def plural_verb_follows(text: str, end: int) -> bool:
    """ "Are", "have" or "were" right after a span: a club's cue where the name is its
    subject alone ("Lazio have")."""
    return _next_word(text, end) in _PLURAL_VERBS


def _next_word(text: str, end: int) -> str:
    """The word right after a span ("boss" of "Liverpool boss"), or ""; not across a
    possessive or punctuation."""
    match = _NEXT_WORD.match(text, end)
    return match.group(1) if match else ""


def _in_office(text: str, start: int, end: int) -> bool:
    """The span is an ordinary word that opens or ends an office's name, which names
    no body nor place of its own: "Secretary of [State]", "Minister of [Defence]",
    "[Finance] Minister", "[Interior] Secretary" ("President of [France]",
    "[Scotland] Secretary" and "[French] Minister" name the country); or a
    portfolio's ordinary words before an office's title ("[National Security]
    Adviser", "[Constitutional Affairs] Minister", "[Trade and Industry] Secretary";
    not "[Home Office] Minister", "[Northern Ireland] Secretary")."""
    word = text[start:end]
    if " " in word:
        return _PORTFOLIO_TITLE_AFTER.match(text, end) is not None and _names_a_portfolio(word)
    if not word.isalpha() or not is_common_word(word) or is_known_place(word):
        return False
    if _OFFICE_AFTER.match(text, end):
        return not names_a_people(word)  # "the French Minister of the Interior": France's
    office = _OFFICE_OF.search(text, max(0, start - 30), start)
    return office is not None and office.group(1).lower() in _GOVERNMENT_OFFICES


def _names_a_portfolio(words: str) -> bool:
    """Ordinary words, none a place's or a people's, that end in no body's or
    building's head: what a minister sees to, not a body of its own."""
    tokens = words.split()
    return (
        all(token.isalpha() and is_common_word(token) for token in tokens)
        and not any(is_known_place(token) or names_a_people(token) for token in tokens)
        and tokens[-1].lower() not in _BODY_OR_BUILDING_HEADS
        and not is_known_place(words)
    )


def _in_byline(text: str, start: int, end: int) -> bool:
    """The span stands in a byline or in a wire story's credits."""
    line = _line_around(text, start, end, _BYLINE_MAX_CHARS)
    if line is not None:
        line_start, line_end = line
        if _BYLINE.match(text, line_start) and not text[line_start:line_end].rstrip().endswith("."):
            return True
    line_start = max(text.rfind("\n", 0, start) + 1, start - 200)
    before = text[line_start:start]
    # every credit has its "by" ("Reporting by"): most lines before a name have none
    return "by" in before.lower() and _CREDIT.search(before) is not None


def _in_credit(text: str, start: int, end: int) -> bool:
    """The person took the story's photo or helped report it: "(AP Photo/Evan
    Vucci)", "Chip Somodevilla/Getty Images", "CNN's Jake Tapper contributed to this
    report."."""
    return (
        _CREDIT_BEFORE_SLASH.search(text, max(0, start - 40), start) is not None
        or _CREDIT_AFTER_SLASH.match(text, end) is not None
        or _CONTRIBUTED.match(text, end) is not None
    )


def _cut_social_handle(text: str, start: int, end: int) -> int:
    """End the span before a social handle, a hashtag or a web address ("Twitter
    @nytpolitics", "Newsvine Permalink http://dw.com/p/2Z6Sg"); a span that is one
    ("#SecretaryOfState", "@BBCBreaking", "http://twitter.com/jpaceDC") keeps nothing."""
    if start > 0 and text[start - 1] in _HANDLE_SIGNS:
        return start
    handle = _HANDLE.search(text, start, end)
    return end if handle is None else handle.start()


def _cut_debris(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Keep one piece of a span that holds conversion debris: for a person the last
    piece with a capital (the family name of "Tony] Blair"), otherwise the longest.
    A quote inside a word (`can"t`) makes the whole word debris."""
    if _DEBRIS.search(text, start, end) is None:
        return start, end
    pieces = []
    piece_start = start
    for match in _DEBRIS.finditer(text, start, end):
        hole_start, hole_end = match.start(), match.end()
        if (
            0 < hole_start
            and hole_end < len(text)
            and text[hole_start - 1].isalpha()
            and text[hole_end].isalpha()
        ):
            while hole_start > start and not text[hole_start - 1].isspace():
                hole_start -= 1
            while hole_end < end and not text[hole_end].isspace():
                hole_end += 1
        if hole_start >= piece_start:
            pieces.append((piece_start, hole_start))
        piece_start = max(piece_start, hole_end)
    pieces.append((piece_start, end))
    named = [(a, b) for a, b in pieces if any(c.isupper() for c in text[a:b])]
    if not named:
        return start, start
    if label == "PERSON":
        return named[-1]
    return max(named, key=lambda p: p[1] - p[0])


def _cut_lowercase_ends(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop ordinary lowercase words the model ran into a name at either end:
    "said Blair", "Blair said", "Labour and" — but not a particle ("bin Laden")."""
    while True:
        space = text.find(" ", start, end)
        if space < 0:
            break
        first = text[start:space]
        if not (first.isalpha() and first.islower()) or first in PARTICLES:
            break
        start = space + 1
    while True:
        space = text.rfind(" ", start, end)
        if space < 0:
            break
        last = text[space + 1 : end]
        if not (last.isalpha() and last.islower() and last in FUNCTION_WORDS):
            break
        end = space
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def _cut_region_word(text: str, start: int, end: int, label: str) -> int:
    """The end of a region's name before the word for what it is: "[Guangdong]
    province", "[Sichuan] Province", "[Helmand] province" are the regions the
    gazetteer knows by the name alone. Not a city's ("Moscow Region" is the oblast,
    not the city), nor a name of its own with the word in capitals ("Kent County",
    in Michigan; "Khorasan Province" tagged ORG, a wing of Islamic State)."""
    space = text.rfind(" ", start, end)
    if space < 0:
        return end
    word = text[space + 1 : end]
    titled = word.istitle() and word.lower() in _REGION_TITLES and label != "ORG"
    if word not in _REGION_WORDS and not titled:
        return end
    name = text[start:space]
    if is_known_place(name) and not is_city(name) and country_code(name) is None:
        return space
    return end


def _cut_run_on(text: str, start: int, end: int, label: str) -> int:
    """The end of a name the model ran on into a time, another person or another name:
    "Commons on Monday", "Commons after Mr Brown", "House of Commons, European
    Parliament" end at the first name's last word; "Department for Culture, Media and
    Sport" is one name. So does one it ran on over a dash with a space either side,
    into what is said of it or into another name ("Norman Cook - aka Fatboy Slim",
    "Barack Obama - Afghanistan"), unless the words after the dash open with a
    lowercase word and go on capitalised, a title's subtitle ("Arctic - a Territory
    of Dialogue")."""
    run_on = _RUN_ON.search(text, start, end)
    if run_on:
        end = run_on.start()
    if label in _NAME_LABELS:
        next_name = _NEXT_NAME.search(text, start, end)
        if next_name and not _LISTED_IN_NAME.search(text, next_name.end(), end):
            end = next_name.start()
        dash = _SPACED_DASH.search(text, start, end)
        if dash and any(c.isupper() for c in text[start : dash.start()]):
            after = text[dash.end() : end]
            if not (after[:1].islower() and any(c.isupper() for c in after)):
                end = dash.start()
    return end


def _cut_issue_date(text: str, start: int, end: int) -> int:
    """The end of a paper's name before the issue's date and page that a credit line
    writes after it ("China Daily European Weekly 01/27/2017 page29"): each issue's
    made a name of its own."""
    dated = _ISSUE_DATE.search(text, start, end)
    return end if dated is None else dated.start()


def _cut_at_line_break(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Keep one line of a span that ran over a line break: for a person the first
    line with a capital letter, otherwise the line that looks most like a name."""
    span = text[start:end]
    if not any(c in span for c in _LINE_BREAKS):
        return start, end
    pieces = [
        (start + line.start(), start + line.end())
        for line in _LINE.finditer(span)
        if any(c.isupper() for c in line.group())
    ]
    if not pieces:
        return start, start
    if label == "PERSON":
        return pieces[0]
    return _likeliest_name(text, pieces)


def _cut_at_flattened_break(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Keep one piece of a span the model ran over a flattened paragraph break
    ("KTLA.- Medina Jr.", "Tuesday,-Szydlo", "Labour Party,-described"): the piece
    most like a name, with a capitalised word that is no common word and no date's,
    then the most capitalised, then the longest; for a date the piece with a number
    or a date's word. None such, the span is none ("on Tuesday,-24 committee"). An
    initial's or an abbreviation's dot is no break ("J.-P. Raffarin", "St.-Denis")."""
    pieces = []
    piece_start = start
    for joint in _FLATTENED_BREAK.finditer(text, start, end):
        dot = joint.start() + 1
        if text[joint.start()] == "." and (
            _is_abbreviation_end(text, piece_start, dot)
            or _INITIAL.fullmatch(text[piece_start:dot].rsplit(None, 1)[-1])
        ):
            continue
        pieces.append((piece_start, joint.start()))
        piece_start = joint.end()
    if not pieces:
        return start, end
    pieces.append((piece_start, end))
    if label == "DATE":
        dated = [p for p in pieces if _is_dated(text[p[0] : p[1]])]
        return max(dated, key=lambda p: p[1] - p[0]) if dated else (start, start)
    named = [p for p in pieces if _has_a_name_word(text[p[0] : p[1]])]
    if not named:
        return start, start
    return _likeliest_name(text, named)


def _extend_over_glued_word(text: str, start: int, label: str) -> int:
    """The span starts at the capitalised word a flattened break glued to the sentence
    before it ("2014.-Roger Berkowitz", "Source:-Al Jazeera News", "said.-Lorraine
    McCabe"), where that word may open a name: not a common word, a title, an
    honorific, a possessive or a verb's "-ing" form ("2016.-The Senate",
    "said.-President Donald Trump", "it.-Labour's Jeremy Corbyn", "-Following Bush"),
    nor a word a hyphen joins to a lowercase one ("-Lebanon-based", "-Szydlo-said
    Poland"); a date's span keeps its own start."""
    if label == "DATE":
        return start
    glued = _GLUED_WORD_BEFORE.search(text, max(0, start - _GLUED_REACH), start)
    if glued is None:
        return start
    word = glued.group(1)
    folded = word.lower().rstrip(".")
    if (
        is_common_word(word)
        or folded in TITLE_WORDS
        or folded in HONORIFICS
        or word.endswith(("'s", "’s"))
        or (_is_verbs_ing(word) and not is_given_name(word))
    ):
        return start
    return glued.start(1)


def _likeliest_name(text: str, pieces: list[tuple[int, int]]) -> tuple[int, int]:
    """The piece of a span that looks most like a name: the most capitalised, then
    the longest."""
    return max(pieces, key=lambda p: (_capitalised_share(text[p[0] : p[1]]), p[1] - p[0]))


def _is_dated(piece: str) -> bool:
    return any(c.isdigit() for c in piece) or any(
        word.lower() in DATE_WORDS for word in _WORD.findall(piece)
    )


def _has_a_name_word(piece: str) -> bool:
    """A capitalised word that is no common word and no date's."""
    return any(
        word[0].isupper() and not is_common_word(word) and word.lower() not in DATE_WORDS
        for word in _WORD.findall(piece)
    )


def _capitalised_share(piece: str) -> float:
    words = _WORD.findall(piece)
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def _mend_damaged_word(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """A word whose accented letter a bad decoding replaced (U+FFFD) stays whole: the
    model cuts "Sinn F" from "Sinn F\ufffd\ufffdin" and "Beyonc" from "Beyonc\ufffd".
    The span runs on over the replacement characters and the letters after them, and
    back over those before it, where the word goes on (not after a quote: '"\ufffdNew
    York'). The model's span ended at the damage, so the name may go on: over a next
    word that opens damaged ("Iarnr\ufffd\ufffdd \ufffd\ufffdireann"), and for a
    person's one word over the capitalised word after it, the family name
    ("Mich\ufffd\ufffdl Martin"); and a person's name back over a damaged word before it,
    the given name the model left out ("N\ufffd\ufffdir\ufffd\ufffdn O'Sullivan"). An
    encoder with no such letter wrote "?" for it, which the model reads as no letter:
    the rest of the word ("Bus ?[ireann]") takes back the "?" and the capitalised word
    before it, and a name runs on over such a word after it ("[Iarnr\ufffd\ufffdd]
    ?ireann")."""
    cut_before = start < end and text[end - 1].isalpha() and text.startswith(_REPLACEMENT, end)
    # or on the marks themselves: "Sinn F\ufffd\ufffd" of "Sinn F\ufffd\ufffdin's"
    cut_after = text[end - 1 : end] == _REPLACEMENT and text[end : end + 1].isalpha()
    if start < end and (cut_before or cut_after):
        while end < len(text) and (text[end] == _REPLACEMENT or text[end].isalpha()):
            end += 1
        end = _over_damaged_words(text, end)
        family = _NEXT_NAME_WORD.match(text, end)
        if label == "PERSON" and " " not in text[start:end] and family is not None:
            end = family.end()
    elif _REPLACEMENT in text[start:end]:
        # "[Iarnr\ufffd\ufffdd] ?ireann": a name damaged so loses its capitals so too
        end = _over_damaged_words(text, end, lost_only=True)
    if start < end and start >= 2 and _lost_word(text, start - 2) is not None:
        # "Bus ?[ireann]": the word and the capitalised one before it
        start -= 1
        if before := _CAPITALISED_WORD_BEFORE.search(text, max(0, start - _DAMAGED_REACH), start):
            start = before.start()
        end = _over_damaged_words(text, end)
    elif start > 0 and text[start - 1] == _REPLACEMENT and start < end and text[start].isalpha():
        begin = start - 1
        while begin > 0 and text[begin - 1] == _REPLACEMENT:
            begin -= 1
        if begin > 0 and text[begin - 1].isalpha():
            while begin > 0 and text[begin - 1].isalpha():
                begin -= 1
            start = begin
    elif label == "PERSON" and start < end and text[start].isupper():
        given = _DAMAGED_WORD_BEFORE.search(text, max(0, start - _DAMAGED_REACH), start)
        if given is not None and not _damaged_title(given.group().strip()):
            start = given.start()
    return start, end


def _over_damaged_words(text: str, end: int, lost_only: bool = False) -> int:
    """Where the name goes on past `end` over words a bad decoding damaged at their
    start ("Iarnr\ufffd\ufffdd \ufffd\ufffdireann", "Bus ?ireann"); with `lost_only`,
    only over those that lost their first letter as "?"."""
    while True:
        damaged = None if lost_only else _DAMAGED_NEXT_WORD.match(text, end)
        if (damaged := damaged or _lost_word(text, end)) is None:
            return end
        end = damaged.end()


def _lost_word(text: str, at: int) -> re.Match[str] | None:
    """The word at `at` (after its space) lost its capital as "?" (`_LOST_FIRST_LETTER`):
    its letters left are all in lowercase ("?iPhone" is a lost quote's) and make no
    common word."""
    lost = _LOST_FIRST_LETTER.match(text, at)
    if lost is None or not lost.group(1).islower() or is_common_word(lost.group(1)):
        return None
    return lost


def _damaged_title(word: str) -> bool:
    """A title whose accented letter a bad decoding lost ("T\ufffd\ufffdnaiste"): the
    word with any one letter for its marks is a title."""
    shape = re.compile(_REPLACEMENT_RUN.sub(".?", re.escape(unaccented(word).lower())))
    return any(shape.fullmatch(unaccented(title)) for title in TITLE_WORDS)


def _in_name(char: str) -> bool:
    """A character a name may begin or end with: a letter or digit, or the mark of a
    letter lost to a bad decoding."""
    return char.isalnum() or char == _REPLACEMENT


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding whitespace and punctuation, a leading "the" and a trailing
    possessive, until nothing changes."""
    while start < end:
        before = (start, end)
        if end - start >= 2 and text[end - 1] in "sS" and text[end - 2] in _APOSTROPHES:
            end -= 2
        while start < end and not _in_name(text[start]):
            start += 1
        article = _ARTICLE.match(text, start, end)
        if article and article.end() < end:
            start = article.end()
        while (
            start < end
            and not _in_name(text[end - 1])
            and not _is_abbreviation_end(text, start, end)
        ):
            end -= 1
        if (start, end) == before:
            break
    return start, end


def _is_abbreviation_end(text: str, start: int, end: int) -> bool:
    """A final "." that belongs to the name: "U.S.", "Jr.", "Inc."."""
    if text[end - 1] != ".":
        return False
    token = text[start:end].rsplit(None, 1)[-1]
    return (
        "." in token[:-1].strip(".")
        or token.lower() in _ABBREVIATIONS
        or token in US_STATE_ABBREVIATIONS  # "CUPERTINO, Calif."
    )


def _extend_over_family_name(text: str, start: int, end: int) -> int:
    """Take in the family name the model left off after its particles ("Marine Le" +
    "Pen", "Ursula von" + "der Leyen"): no name ends in one."""
    grown = end
    last = text[start:end].rsplit(None, 1)[-1]
    while is_family_particle(last):
        word = _FOLLOWING_WORD.match(text, grown)
        if word is None:
            break
        grown, last = word.end(), word.group(1)
        if last[0].isupper() and not is_family_particle(last):
            return grown
    return end


def _extend_over_hyphen(text: str, end: int) -> int:
    """Extend a name the tokenizer cut at an intra-word hyphen ("Lim Eul" + "-chul"),
    but not over an English word ("Putin-backed")."""
    if not text[end - 1].isalpha():
        return end
    tail = _HYPHEN_TAIL.match(text, end)
    if tail is None:
        return end
    word = tail.group(1)
    if not word.islower() or (len(word) > 2 and is_common_word(word)):
        return end
    return tail.end()


def _extend_over_linked_part(text: str, start: int, end: int) -> int:
    """Take in the capitalised part the model cut off a hyphened name after its link
    word: "[Mar-a]-Lago", "[Rostov-on]-Don", "[Jaish-e]-Mohammad"."""
    if _ENDS_IN_LINK.fullmatch(text, start, end) is None:
        return end
    part = _LINKED_PART.match(text, end)
    return end if part is None else part.end()


def _cut_post_nominal(text: str, start: int, end: int) -> int:
    """Cut the letters after a person's name ("Guy Mansfield QC", "Paul Boateng MP"),
    and an elected office's after a party's or a seat's ("Labour MPs", "Fine Gael
    TD", "Bolton West MP": the party and the seat are named, `MEMBER_ROLE`)."""
    space = text.rfind(" ", start, end)
    if space <= start:
        return end
    name, letters = text[start:space], text[space + 1 : end]
    if _titles_a_person(name, letters) or _elected_office(letters):
        return space
    return end


def _elected_office(letters: str) -> bool:
    """An elected office's letters, one holder's or several's: "MP", "TDs"."""
    return letters.removesuffix("s") in ELECTED_POST_NOMINALS


def _post_nominal_follows(text: str, start: int, end: int) -> bool:
    """Letters after the span make it a person's full name: "Guy Mansfield QC"."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and _titles_a_person(text[start:end], after.group(1))


def _titles_a_person(name: str, letters: str) -> bool:
    """`letters` after `name` say it is a person's: an honour or "QC" after two words
    or more; an elected office's letters only after a given name ("Paul Boateng MP",
    not "Labour MP")."""
    words = name.split()
    if letters not in POST_NOMINALS or len(words) < 2:
        return False
    return letters not in ELECTED_POST_NOMINALS or is_given_name(words[0])


def _cut_headline_words(text: str, start: int, end: int) -> int:
    """Cut capitalised headline words the model ran into a name: "Putin Amid",
    "Putin Meeting" in "Message to Putin Amid ..." / "Kim Jong Un Putin Meeting",
    "Obama Says Goodbye", "Trump Signs Order on Immigration". A trailing function word
    always goes (not "One", a name's own number: "Air Force One"); in a Title-Case
    headline, the words after the longest part that the document names on its own go
    when they are all ordinary words, or when the first is a verb's -s or -ing form
    ("Says", "Taps", "Firing"); never a body's last word ("Brothers", "Pictures")."""
    while True:
        head_end = text.rfind(" ", start, end)
        if head_end <= start or not text[head_end + 1 : end][:1].isupper():
            break
        low = text[head_end + 1 : end].lower()
        if len(low) < 3 or low not in FUNCTION_WORDS or low == "one":
            break  # "Air Force One": a name's own number
        end = head_end
        while end > start and text[end - 1].isspace():
            end -= 1
    words = list(_SPAN_WORD.finditer(text, start, end))
    if len(words) < 2 or not _is_title_case_line(text, start, end):
        return end
    if _said_in_prose(text, text[start:end]):
        return end  # "The New York Times" in the body: the headline's "New York Times" too
    for cut in range(len(words) - 1, 0, -1):
        cut_words = [w.group() for w in words[cut:]]
        if not cut_words[0][:1].isupper() or cut_words[0].lower() in NAME_JOINERS:
            continue  # "House [of Commons]": a name's own joining word
        if not all(w in FUNCTION_WORDS or any(map(str.isupper, w)) for w in cut_words):
            continue
        if any(w.lower() in ORG_HEADS for w in cut_words):
            continue  # "Lehman [Brothers]": a body's last word
        ordinary = all(_is_headline_word(w, text) for w in cut_words)
        if not (ordinary or _is_headline_verb(cut_words[0], text)):
            continue
        head = words[cut - 1].end()
        if _stands_alone(text, text[start:head]):
            return head
    return end


def _said_in_prose(text: str, name: str) -> bool:
    """The document writes `name` whole outside a Title-Case line."""
    found = text.find(name)
    while found != -1:
        if not _is_title_case_line(text, found, found + len(name)):
            return True
        found = text.find(name, found + 1)
    return False


def _is_headline_word(word: str, text: str) -> bool:
    """An ordinary English word, or one the document uses in lowercase in any of its
    forms ("Endorses" where the story says "endorsed")."""
    low = word.lower()
    return is_common_word(low) or _stem(low) in _lowercase_stems(text)


def _is_headline_verb(word: str, text: str) -> bool:
    """A verb's -s or -ing form ("Says", "Taps", "Endorses", "Firing", "Slams"), or a
    plural ("Protests"): an ordinary word's, a headline verb's, or one the document
    uses in lowercase."""
    low = word.lower()
    if len(low) < 4 or not low.endswith(("s", "ing")) or low in FUNCTION_WORDS:
        return False
    return (
        _is_headline_word(word, text)
        or any(map(is_common_word, _stems(low)))
        or _is_headline_verb_form(low)
    )


def _is_headline_verb_form(low: str) -> bool:
    """The -s or -ing form of one of HEADLINE_VERBS ("slams", "zings", "scorches")."""
    return any(stem in HEADLINE_VERBS for stem in _stems(low))


def _stems(word: str) -> list[str]:
    """The words an inflected form may come from ("denies" -> "deny", "firing" ->
    "fire", "fir")."""
    if word.endswith("ies"):
        return [word[:-3] + "y"]
    if word.endswith("ing"):
        return [word[:-3], word[:-3] + "e"]
    if word.endswith("es"):
        return [word[:-1], word[:-2]]
    return [word[:-1]] if word.endswith("s") else []


def _stem(word: str) -> str:
    """A crude stem that a word's forms share ("endorses", "endorsed", "endorse")."""
    for suffix in ("ing", "ies", "ed", "es", "s", "e", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= _STEM_MIN:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=4)
def _lowercase_stems(text: str) -> frozenset[str]:
    """The stems of the words a document uses in lowercase, found once per document."""
    return frozenset(map(_stem, _lowercase_words(text)))


def _cut_french_article(text: str, start: int, end: int) -> int:
    """Cut a French article or "de" the model ran into a place's name: "La France",
    "L'Italie", "de Russie", "du Japon"; only before a country or a city of a million,
    and not from a place named with it: "Le Mans", "De Niro", "La Paz" and "La
    Manga" keep theirs."""
    article = _FRENCH_ARTICLE.match(text, start, end)
    if (
        article is None
        or is_known_place(text[start:end])  # "La Paz", "Le Havre"
        or not is_major_place(text[article.end() : end])
    ):
        return start
    return article.end()


def _extend_to_known_name(text: str, start: int, end: int) -> int:
    """Take back a capitalised word the model left off the front of a body's name
    that the table of other names knows ("Liberal" of "Liberal Democrat", "European"
    of "European Union")."""
    before = _WORD_BEFORE_SPAN.search(text, max(0, start - 40), start)
    if before is None or before.group().strip().lower() in FUNCTION_WORDS:
        return start  # "The BBC" is the BBC
    key = lookup_key(text[before.start() : end])
    names = _known_names()
    return before.start() if key in names or key + "s" in names else start


def _grow_over_shared_head(text: str, start: int, end: int) -> int:
    """Take in the first of two words that share the body's name's last word, where
    the model cut the name at "and": "the [Public and] Commercial Services Union",
    "the [British and] Irish Lions". The first word opens the phrase (not "China
    Construction Bank and Bank of China") and is a common word or a people's, as the
    name's first word is (not "Siemens and Cadbury Schweppes"); the name ends in a
    body's word, or in a side's plural after a people's word. Not "Party", which two
    parties share ("Democratic and Republican Party leaders"), nor a plural body's
    word, two bodies ("House and Senate Intelligence Committees")."""
    found = _SHARED_HEAD_BEFORE.search(text, max(0, start - 40), start)
    words = text[start:end].split()
    if found is None or len(words) < 2:
        return start
    first, opening, last = found["word"], words[0], words[-1]
    if singular(first.lower()) is not None:
        return start  # "Conservatives and Liberal Democrats": two names
    people = names_a_people(first) and names_a_people(opening)
    common = is_common_word(first) and is_common_word(opening)
    body = last.lower() in ORG_HEADS and last.lower() != "party"
    side = people and last[1:].islower() and singular(last.lower()) is not None
    return found.start("word") if (people or common) and (body or side) else start


_SHARED_HEAD_BEFORE = TailPattern(
    r"(?:^|[.:;!?\"“”(\n]\s*|\b(?:[a-z]+|The) )(?P<word>[A-Z][a-z]+) and (?=$)", ("and",)
)


# A number word right after a name, the name's own ("Air Force One", "BBC Two",
# "Formula One", "League One"): not before a capitalised word ("the Six Nations"), a
# digit or "of" ("... the BBC. One of them"); only after a body's or a thing's name,
# as a place's seldom ends so and a heading that ends in one often runs into a
# sentence that opens with a number ("Exile in Diyarbakir One year on, ...").
_NUMBERED_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
_NUMBER_NAME_AFTER = re.compile(
    r" (?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)(?=$|[^\w\s-]|\s+(?!of\b)[a-z])"
)


def _extend_over_number_word(text: str, start: int, end: int) -> int:
    """Take in the number word that ends a body's, a place's or a thing's name, which
    the model leaves off ("the [BBC] Two documentary")."""
    if text[end - 1 : end].isdigit():
        return end
    after = _NUMBER_NAME_AFTER.match(text, end)
    return end if after is None else after.end()


# An ordinal before a court's circuit, a military unit or a district, which the model
# leaves off ("the 9th [U.S. Circuit Court of Appeals]", "the 11th [Marine Expeditionary
# Unit]", "the 1st [Battalion Irish Guards]"): the number tells one from its
# siblings, as an edition's number does not ("the 67th Berlin International Film
# Festival", "the 19th Congress" of a party, "the 59th Grammy" awards).
_UNIT_LABELS = frozenset({"ORG", "FAC"})
_NUMBERED_UNIT_WORDS = frozenset(
    """
    airborne armored armoured army battalion brigade cavalry circuit corps district
    division fleet infantry precinct regiment squadron unit
    """.split()
)
_ORDINAL_BEFORE = TailPattern(
    r"(?<![\w\-])(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh"
    r"|Eighth|Ninth|Tenth|Eleventh|Twelfth)[ \t]$",
    ("st", "nd", "rd", "th"),
)


def _extend_to_unit_ordinal(text: str, start: int, end: int) -> int:
    """Take in the ordinal before a numbered unit's name (`_NUMBERED_UNIT_WORDS`)."""
    if not any(word.lower() in _NUMBERED_UNIT_WORDS for word in text[start:end].split()):
        return start
    ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 12), start)
    return start if ordinal is None else ordinal.start()


def _extend_over_known_name(text: str, start: int, end: int) -> int:
    """Take in a capitalised word the model left off the end of a body's name that
    the table of other names knows ("Islamic" of "The Islamic State claimed")."""
    after = _WORD_AFTER_SPAN.match(text, end)
    if after is None:
        return end
    return after.end() if lookup_key(text[start : after.end()]) in _known_names() else end


def _grow_to_known_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the words on either side that make the span a body's name the table of
    other names knows, where the model cut it in two at a small word: "[Islamic State
    of Iraq] and the [Levant]", both spans growing into the one name (stored once).
    Only a run of two words or more: one word more is `_extend_to_known_name`'s and
    `_extend_over_known_name`'s, which read the label."""
    names = _known_names()
    key = lookup_key(text[start:end])
    found = (start, end)
    if key in _known_parts(0):
        for after in _words_after(text, end):
            if lookup_key(text[start:after]) in names:
                found = (start, after)
    if found != (start, end):
        key = lookup_key(text[found[0] : found[1]])
    if key in _known_parts(-1):
        for before in _words_before(text, found[0]):
            if lookup_key(text[before : found[1]]) in names:
                found = (before, found[1])
    return found


def _grow_to_defined_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the rest of a name the document defines by an acronym, where the model
    cut it at a small word or a country's name ("Al Qaeda in the [Arabian Peninsula]
    (AQAP)", "the US [Patent] and [Trademark Office] (USPTO)", "Christians United for
    [Israel] (CUFI)"), wherever the document writes the name: every span inside it
    grows into the one name (stored once)."""
    spans = _defined_names(text)
    # only a name that starts at most a name's length before the span can hold it
    first = bisect_left(spans, (start - _DEFINED_NAME_MAX_CHARS, 0))
    for name_start, name_end in spans[first : bisect_right(spans, (start, len(text)))]:
        if end <= name_end:
            return name_start, name_end
    return start, end


def _is_defined_name(text: str, start: int, end: int) -> bool:
    """text[start:end] is a name its document defines by an acronym."""
    spans = _defined_names(text)
    at = bisect_left(spans, (start, end))
    return at < len(spans) and spans[at] == (start, end)


@lru_cache(maxsize=4)
def _defined_names(text: str) -> tuple[tuple[int, int], ...]:
    """Where the document writes the names it defines by an acronym in brackets right
    after them, in order: the words whose initials spell the acronym, wherever they
    stand."""
    names = set()
    for bracket in _BRACKETED_ACRONYM.finditer(text):
        acronym = bracket.group(1)
        if sum(c.isupper() for c in acronym) >= 2:
            begin = _expansion_start(text, bracket.start(), acronym)
            if begin is not None:
                names.add(text[begin : bracket.start()])
    found = []
    for name in names:
        for written in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not _continues_a_name(text, written.start()):
                found.append(written.span())
    return tuple(sorted(found))


def _continues_a_name(text: str, begin: int) -> bool:
    """A word with a capital, other than an article, stands just before `begin`, or
    something glued to it: the words from `begin` may end a longer name the model
    spans from there ("United Nations' Economic Commission for Latin America and the
    Caribbean (ECLAC)", "the UN Office for the Coordination of Humanitarian Affairs
    (OCHA)", "the-UN Office ...")."""
    before = text[max(0, begin - _DEFINED_NAME_REACH) : begin]
    if before[-1:] not in ("", " ", "\t", "\n"):
        return True  # glued to what comes before it: "the-UN Office ..."
    words = before.split()
    word = words[-1] if words and before[-1:] in (" ", "\t") else ""
    return any(c.isupper() for c in word) and word not in ("The", "A", "An")


def _expansion_start(text: str, end: int, acronym: str) -> int | None:
    """Where the fewest words before `end` whose initials spell the acronym begin
    ("Office for the Coordination of Humanitarian Affairs" of "OCHA"; a word in
    capitals gives all its letters, "US Anti-Doping Agency" of "USADA"; a small word
    may give its first or none, "Christians United for Israel" of "CUFI"), or None:
    a name of two words or more, of capitalised words and the small words acronyms
    skip, opening with a capitalised one."""
    wanted = "".join(c for c in acronym if c.isalpha()).upper()
    spellings = {""}
    begin = word_end = end
    for taken in range(1, _DEFINED_NAME_MAX_WORDS + 1):
        if taken > 1:
            if begin < 2 or text[begin - 1] != " ":
                return None
            word_end = begin - 1
        word_start = word_end
        while (
            word_start > max(0, word_end - _DEFINED_NAME_REACH)
            and not text[word_start - 1].isspace()
        ):
            word_start -= 1
        word = text[word_start:word_end]
        if not word or _NAME_WORD.fullmatch(word) is None:
            return None
        begin = word_start
        if word in _ACRONYM_SKIPS and taken == 1:
            return None  # no name ends in a small word
        if word in _ACRONYM_SKIPS:
            letter = word[0].upper() if word[0].isalpha() else ""
            spellings |= {letter + spelled for spelled in spellings}
        else:
            spellings = {_initials_of(word) + spelled for spelled in spellings}
            if wanted in spellings and taken > 1:
                return begin
        spellings = {spelled for spelled in spellings if wanted.endswith(spelled)}
        if not spellings:
            return None
    return None


def _initials_of(word: str) -> str:
    """A capitalised word's letters in an acronym: its parts' first letters, all of a
    part in capitals ("Anti-Doping" AD, "U.S." US, "Kurdistan's" K)."""
    letters = ""
    for part in word.split("-"):
        bare = part.replace(".", "")
        if bare[:1].isupper():
            letters += bare if bare.isupper() else bare[0]
    return letters.upper()


@cache
def _known_parts(end: int) -> frozenset[str]:
    """The runs of words that open (`end` 0) or close (-1) a name of the table of other
    names, two words or more short of it."""
    parts = set()
    for name in _known_names():
        words = name.split()
        for size in range(1, len(words) - 1):
            parts.add(" ".join(words[:size] if end == 0 else words[-size:]))
    return frozenset(parts)


def _words_after(text: str, end: int) -> list[int]:
    """Where the second to the seventh word after `end` end, each one space apart."""
    ends: list[int] = []
    while len(ends) < _GROW_WORDS and (word := _NEXT_WORDS.match(text, end)) is not None:
        end = word.end()
        ends.append(end)
    return ends[1:]


def _words_before(text: str, start: int) -> list[int]:
    """Where the second to the seventh word before `start` begin, each one space apart."""
    begins: list[int] = []
    while len(begins) < _GROW_WORDS and (
        word := _PREVIOUS_WORDS.search(text, max(0, start - _LONGEST_WORD), start)
    ):
        start = word.start()
        begins.append(start)
    return begins[1:]


def _beside_work_word(text: str, start: int, end: int) -> bool:
    """A work's word stands right before or after text[start:end] ("BBC One's
    Breakfast with Frost programme", "the film Girl with a Pearl Earring"): a title
    with a person's name in it is the work's ("Breakfast with [Frost]"), where alone a
    title's shape is no proof ("Lunch with Obama" may be a meeting)."""
    before = _previous_word(text, start).lower()
    return before in WORK_WORDS or _next_word(text, end).lower() in WORK_WORDS


def _grow_to_styled_name(text: str, start: int, end: int) -> int:
    """Where a name styled like a monarch's or a peer's begins, when the model spanned
    only its last word, an ordinary one: "Lord of the [Rings]", "Queen of the [Sky]"
    (a blogger's pen name), whose word alone would be another name's (Sky, the
    broadcaster); not a place's ("King of the Netherlands") nor a body's ("Speaker of
    the [House]", an office's, keeps the House)."""
    word = text[start:end]
    if not (word.isalpha() and word.istitle() and is_common_word(word)) or is_known_place(word):
        return start
    styled = _STYLED_OPENING.search(text, max(0, start - _STYLED_OPENING_REACH), start)
    return start if styled is None else styled.start()


def _grow_to_nicknamed(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole name where the span is a part of a given name, a nickname in quotes
    and a family name ('William "Ryan" Owens', "Brian 'Head' Welch"): the model spans
    the family name or the nickname alone, and "Ryan" would be Paul Ryan's, "Owens"
    the document's other Owens. Only after a given name the nickname list knows (not a
    headline's "Mocks 'Newcomer' Trump"); the parts' spans are then stored once."""
    reach = max(0, start - _NICKNAMED_REACH)
    for found in NICKNAMED.finditer(text, reach, min(len(text), end + _NICKNAMED_REACH)):
        if found.start() <= start and end <= found.end():
            whole = found.start() == 0 or not text[found.start() - 1].isalnum()
            ends = found.end() == len(text) or not text[found.end()].isalnum()
            if whole and ends and is_given_name(found["given"]):
                return found.start(), found.end()
    return start, end


def _grow_to_masthead(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the paper's word the model left off a paper's name after "the" ("the
    [New York] Times", "told The [Huffington] Post"), or the words before it where the
    model spanned that word alone ("the New York [Times]"); both spans are then the one
    name, stored once. Not without "the" ("New York Times reporter" is spanned whole
    as often as not, and "[Sunday] Times" is a date's)."""
    after = _MASTHEAD_AFTER.match(text, end)
    if after is not None and _THE_BEFORE.search(text, max(0, start - 6), start):
        return start, after.end()
    if _MASTHEAD_WORD.fullmatch(text, start, end):
        before = _NAME_BEFORE_MASTHEAD.search(text, max(0, start - 60), start)
        if before is not None:
            return before.start(1), end
    return start, end


def _grow_to_station(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Take in a station's name the model cut at its medium's word: a span that ends
    in "Radio" or "TV" runs on over the capitalised words after it ("[BBC Radio] Five
    Live", "[BBC Radio] Scotland's"), and one those words open takes the words back
    ("BBC Radio [Five Live]", tagged a work): both spans are then the one name, stored
    once. Not over a day's or a month's name ("Sky TV Monday"), a title or a person's
    name (`_station_word`), nor a person's name back over a common noun ("watch TV
    [Brown] said")."""
    if _STATION_END.search(text, start, end):
        grown = end
        for _ in range(_STATION_WORDS):
            word = _STATION_WORD.match(text, grown)
            if word is None or not _station_word(text, word):
                break
            grown = word.end()
        return start, grown
    before = _STATION_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and label != "PERSON" and _STATION_NAME.fullmatch(text, start, end):
        return before.start(), end
    return start, end


def _station_word(text: str, word: re.Match[str]) -> bool:
    """A word a station's name may go on with: not a day's or a month's, nor a title
    or a given name the nickname list knows with a family name after it ("GEO TV
    President Imran Aslam", "Capital Radio DJ Margherita Taylor"; "AAJ Television
    Imran Aslam" runs on)."""
    found = word.group(1)
    if found.lower() in DATE_WORDS or found.lower() in TITLE_WORDS:
        return False
    return not (is_given_name(found) and _STATION_WORD.match(text, word.end()))


def _extend_to_country(text: str, start: int, end: int) -> int:
    """Take back the first part of a country of two parts that the model left off:
    "Trinidad and [Tobago]", "Bosnia and [Herzegovina]"."""
    if not text.endswith("and ", max(0, start - 4), start) and not text.endswith(
        "and the ", max(0, start - 8), start
    ):
        return start
    first = _COUNTRY_FIRST_PART.search(text, max(0, start - 40), start)
    if first is None or country_code(text[first.start() : end]) is None:
        return start
    return first.start()


def _grow_to_compass_place(text: str, start: int) -> int:
    """Take in a point of the compass written in lowercase before a country's name or
    its people's where the two name another place: "south [America]" and "central
    [America]" are not the United States, "south [American]" no American, "north
    [Korea]" North Korea; not "south [Africa]" (Africa is no country) nor "northern
    [Syria]", a part of Syria, nor "east [Germany]", today as often its east as the
    state of before 1990."""
    before = _COMPASS_BEFORE.search(text, max(0, start - _COMPASS_REACH), start)
    word = _WORD.match(text, start)
    if before is None or word is None:
        return start
    name = word.group()
    if not (country_code(name) or demonym_country(name)):
        return start
    whole = f"{before.group(1).capitalize()} {name}"
    another_place = (
        country_code(whole)
        or is_known_place(whole)
        or is_demonym_place(whole)
        or demonym_place(whole)
        or demonym_country(whole)
    )
    return before.start() if another_place else start


def _grow_to_constituency(text: str, start: int, end: int) -> tuple[int, int]:
    """A town and a point of the compass after a comma name a constituency as Hansard
    writes them ("the hon. Member for Nottingham, North (Mr. Allen)", "Coventry,
    South-West"): the model's span of either grows to both, stored once. Not a list
    ("Asia, Oceania, North and South America"), a place before another ("Sheffield,
    South Yorkshire") nor a nation ("Wales, North"). A member's seat named by several
    places grows to all of them, from any of its spans ("the Member for [Hayes] and
    Harlington", "the Member for Hayes and [Harlington]", "Morley and [Leeds], South")."""
    start, end = _grow_to_point(text, start, end)
    if _SEAT_BEFORE.search(text, max(0, start - _SEAT_REACH), start):
        return start, _seat_end(text, start, end)
    return _seat_around(text, start, end) or (start, end)


def _seat_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The member's seat a span of a later place of it stands in ("Member for Hayes and
    [Harlington]", "Member for Cities of London and [Westminster]"), or None."""
    opened = list(_SEAT_OPENS.finditer(text, max(0, start - _SEAT_OPENING_REACH), start))
    if not opened:
        return None
    first = opened[-1].end()
    joint = _SEAT_JOINTS.search(text, first, start)
    if joint is None or not _SEAT_FIRST_PLACE.fullmatch(text, first, joint.start()):
        return None
    seat = _seat_end(text, first, joint.start())
    return (first, seat) if seat >= end else None


def _grow_to_point(text: str, start: int, end: int) -> tuple[int, int]:
    """A town and the point of the compass after it and a comma, from the span of
    either (`_grow_to_constituency`)."""
    point = _CONSTITUENCY_POINT.match(text, end)
    if point is not None and _names_a_town(text[start:end]):
        return start, point.end()
    if text[start:end] not in _CONSTITUENCY_POINTS or not text.endswith(", ", 0, start):
        return start, end
    if _CONSTITUENCY_POINT.match(text, start - 2) is None:
        return start, end  # "North and South America"
    words = list(_TOWN_WORDS.finditer(text, max(0, start - _TOWN_REACH), start - 2))
    for first in range(max(0, len(words) - _TOWN_MAX_WORDS), len(words)):
        town = words[first].start()
        if text[town : start - 2] == " ".join(w.group() for w in words[first:]) and (
            _names_a_town(text[town : start - 2])
        ):
            return town, end
    return start, end


def _seat_end(text: str, start: int, end: int) -> int:
    """The end of a member's seat the span opens, past the other places of a seat named
    by several, and a point of the compass after the last ("Member for [Hayes] and
    Harlington", "Member for [Tweeddale], Ettrick and Lauderdale", "Member for
    [Morley] and Leeds, South")."""
    if not _SEAT_BEFORE.search(text, max(0, start - _SEAT_REACH), start):
        return end
    seat = _SEAT_AND.match(text, end)
    if seat is not None:
        words = [word.strip(".,").lower() for word in seat.group().split()]
        if any(word in HONORIFICS or word in TITLE_WORDS or word in _HOUSE_WORDS for word in words):
            return end  # "the Member for Bath and Mr Smith", "and Members opposite"
        end = seat.end()
    point = _CONSTITUENCY_POINT.match(text, end)
    return end if point is None else point.end()


def _names_a_town(name: str) -> bool:
    """A city, or a region no nation's, the gazetteer knows by this name."""
    return is_city(name) or (is_region(name) and not is_major_place(name))


def _grow_to_country(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the capitalised word before or after the span that makes it another
    country's or territory's name, or one where it was none: "French [Guiana]" and
    "[French] Guiana" are French Guiana (not France, nor a person), "Equatorial
    [Guinea]" is not Guinea."""
    code = _country_or_territory(text[start:end])
    before = _WORD_BEFORE_SPAN.search(text, max(0, start - _LONGEST_WORD), start)
    if before is not None and _another_country(text[before.start() : end], code):
        return before.start(), end
    after = _WORD_AFTER_SPAN.match(text, end)
    if after is not None and _another_country(text[start : after.end()], code):
        return start, after.end()
    return start, end


def _country_or_territory(name: str) -> str | None:
    return country_code(name) or territory_code(name)


def _another_country(name: str, code: str | None) -> bool:
    """`name` is a country's or a territory's name, not the one `code` stands for."""
    return _country_or_territory(name) not in (None, code)


def _extend_to_title_article(text: str, start: int, end: int) -> int:
    """Take back a title's own "The" in mid-sentence before a people's word the model
    calls a body: "writing in The [New Yorker]", "Rikers, The [New Yorker] reported"
    name the magazine, not New Yorkers (`classify` reads "The New Yorker" so). At a
    sentence's start the article may be the sentence's ("The [Dutch] government")."""
    article = start - len("The ")
    if article < 2 or not text.startswith("The ", article) or not names_a_people(text[start:end]):
        return start
    before = text[article - 2 : article]
    return article if before[1] == " " and (before[0] == "," or before[0].islower()) else start


@cache
def _known_names() -> frozenset[str]:
    """The name keys of the table of other names: its full names and their other names."""
    return frozenset(
        lookup_key(name) for full, others in other_names_table().items() for name in (full, *others)
    )


def _cut_headline_lead(text: str, start: int, end: int) -> int:
    """Cut the headline words the model ran into the front of a name in a Title-Case
    line, when the document names the rest on its own: an ordinary word or a
    headline verb ("Newcomers Keane Top Chart", "Ambassador Slams Donald Trump's"),
    or several before a full name ("Christie Will Lead Donald Trump's"); never a
    given name alone ("Will Smith Returns") nor a style ("Prince Charles")."""
    words = list(_SPAN_WORD.finditer(text, start, end))
    if len(words) < 2 or words[0].group().lower() in TITLE_WORDS:
        return start
    titled = None  # the line is read once, and only for a lead that may go
    for cut in range(1, len(words)):
        lead = [w.group() for w in words[:cut]]
        if not all(is_common_word(w) or _is_headline_verb_form(w.lower()) for w in lead):
            return start
        rest = len(words) - cut
        if (cut == 1 and is_given_name(lead[0])) or (cut > 1 and rest < _FULL_NAME_WORDS):
            continue
        if titled is None:
            titled = _is_title_case_line(text, start, end)
        if not titled:
            return start
        head = words[cut].start()
        if _stands_alone(text, text[head:end]):
            return head
    return start


def _cut_opening_gerund(text: str, start: int, end: int) -> int:
    """Cut the verb's "-ing" form that opens a sentence from the name after it:
    "Comparing Haier's expansion", "Following Trump's remarks", said once, where the
    document names the rest on its own elsewhere; never a given name or a style
    ("Irving Berlin", "King Abdullah"), a word that is no verb's ("Morning Ireland",
    "Spring River Farms"), nor a name the document repeats whole ("Rolling Stone")."""
    space = text.find(" ", start, end)
    if space < 0:
        return start
    first, rest = text[start:space], text[space + 1 : end].strip()
    if not (
        rest
        and first[0].isupper()
        and first[1:].islower()
        and _is_verbs_ing(first)
        and not is_given_name(first)
        and first.lower() not in TITLE_WORDS
        and text.count(text[start:end]) == 1
    ):
        return start
    elsewhere = text[:start] + " " * (end - start) + text[end:]
    opens = _opens_a_sentence(text, start)
    return space + 1 if opens and _stands_alone(elsewhere, rest) else start


def _is_verbs_ing(word: str) -> bool:
    """A common word that is a verb's "-ing" form: "Comparing", "Following",
    "Citing" (of "cite"), "Running" (of "run"); not "Morning" or "Spring"."""
    low = word.lower()
    if len(low) < _GERUND_MIN or not low.endswith("ing") or not is_common_word(low):
        return False
    stems = _stems(low)
    stem = low[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])  # "running"
    return any(len(s) >= _STEM_MIN and is_common_word(s) for s in stems)


def _cut_common_noun_lead(text: str, start: int, end: int) -> int:
    """Cut a word the document uses as a common noun from the front of a full name:
    "former Beatle George Harrison" where it says "the Beatle known as the Silent
    One", "Tory Liam Fox" where it says "the Tory leader"; never a given name or a
    style ("King Abdullah"), and never to less than two words."""
    words = text[start:end].split()
    first = words[0]
    if len(words) < 3 or not first.isalpha() or not first[0].isupper():
        return start
    if first.lower() in TITLE_WORDS or is_given_name(first):
        return start
    alone = re.compile(rf"{NOUN_DETERMINER} {re.escape(first)}{_NOUN_ENDS}", re.MULTILINE)
    if any(m.start() < start or m.start() > end for m in alone.finditer(text)):
        return start + len(first) + 1
    return start


def _cut_sentence_word(text: str, start: int, end: int) -> int:
    """Cut an ordinary word that opens a sentence from the name after it (never a
    given name or a title, "Frank Lampard", "King Abdullah", nor in a name the
    document writes more than once, "Storm Doris", "Hotel Rwanda"): a noun the
    document uses in lowercase after a determiner, before no ordinary word (a live
    commentary's "Penalty Sevilla." beside "the penalty area"; not "Eastern
    Promise"), or any other word the document writes in lowercase where it names the
    rest on its own ("Complained Pelosi at the time", "Sometimes Nicole - who", "Said
    Wales assistant coach"; not a noun, which may be a name's too: "a tiger ... Tiger
    Woods won")."""
    space = text.find(" ", start, end)
    if space < 0:
        return start
    first, rest = text[start:space], text[space + 1 : end]
    if not (first.isalpha() and first.istitle() and is_common_word(first.lower())):
        return start
    if first.lower() in TITLE_WORDS or is_given_name(first) or not _opens_a_sentence(text, start):
        return start
    whole = re.compile(rf"(?<!\w){re.escape(text[start:end])}(?!\w)")
    if sum(1 for _ in whole.finditer(text)) > 1:
        return start
    word = first.lower()
    if re.search(rf"(?<![\w.])(?:the|a|an) {word}\b", text):  # a noun
        ordinary = any(is_common_word(w.lower()) for w in rest.split())
        return start if ordinary else space + 1
    elsewhere = text[:start] + " " * (end - start) + text[end:]
    if re.search(rf"(?<![\w'’\-]){word}(?![\w'’\-])", elsewhere) is None:
        return start
    if re.search(rf"{NOUN_DETERMINER} {word}\b", elsewhere, re.MULTILINE) is not None:
        return start
    return space + 1 if _stands_alone(elsewhere, rest) else start


def _stands_alone(text: str, name: str) -> bool:
    """`name` occurs in the document as a whole word not followed by another
    capitalised word ("Putin said", not "Putin Amid" nor "Kim Il-sung")."""
    found = text.find(name)
    while found != -1:
        after = found + len(name)
        if not (found and _is_word_char(text[found - 1])) and not _name_goes_on(text, after):
            return True
        found = text.find(name, found + 1)
    return False


def _name_goes_on(text: str, pos: int) -> bool:
    if pos < len(text) and _is_word_char(text[pos]):
        return True
    gap = pos
    while gap < len(text) and text[gap] in " \t":
        gap += 1
    return pos < gap < len(text) and text[gap].isupper()


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "-_"


def _line_around(text: str, start: int, end: int, max_chars: int) -> tuple[int, int] | None:
    """The bounds of the line holding text[start:end], or None when it is longer than
    `max_chars` (looked for no further than that either side)."""
    reach = max(0, start - max_chars)
    line_start = max(text.rfind("\n", reach, start), text.rfind("\r", reach, start)) + 1
    if line_start == 0 and reach > 0:
        return None
    limit = min(len(text), line_start + max_chars + 1)
    line_break = _LINE_BREAK.search(text, end, limit)
    line_end = line_break.start() if line_break else limit
    return None if line_end - line_start > max_chars else (line_start, line_end)


def _is_title_case_line(text: str, start: int, end: int) -> bool:
    """The line around text[start:end] is a short line whose content words are all
    capitalised (function words may not be). Looks no further than a headline's length."""
    line = _line_around(text, start, end, _HEADLINE_MAX_CHARS)
    if line is None:
        return False
    line_start, line_end = line
    content = 0
    for match in _WORD.finditer(text, line_start, line_end):
        word = match.group()
        if not any(map(str.isupper, word)):  # "iPhone" is capitalised as a name is
            if word.lower() not in FUNCTION_WORDS:
                return False
            continue
        content += 1
    return content >= _HEADLINE_MIN_WORDS


@lru_cache(maxsize=4)
def _lowercase_words(text: str) -> frozenset[str]:
    """The words a document uses in lowercase, found once per document (the indexer
    asks for every mention of a document in turn)."""
    return frozenset(word for word in _PLAIN_WORD.findall(text) if word.islower())


def _after_a_match(text: str, before: int) -> bool:
    """The words before "at" are a match's or a place's team: "the game at",
    "Scotland at", "a 0-0 tie at"."""
    word = _earlier_word(text, before)
    return word.lower() in MATCH_WORDS or (word[:1].isupper() and is_known_place(word))


def _named_by_kind(text: str, before: int) -> str:
    """The kind's word a naming phrase puts before the span ("a firm called", "a
    technology known as"), lowercase, or "". A body may call or name someone ("the party
    called Blair a liar", "the club named Smith captain"), so a body's word counts only
    after "a", "an" or "another", or before "known as", which says no such thing."""
    naming = _NAMED_BY_KIND.search(text, max(0, before - _NAMED_BY_KIND_REACH), before)
    if naming is None:
        return ""
    kind = naming.group("kind")
    if names_bodies(kind) and naming.group("verb") and not naming.group("article"):
        return ""
    return kind


def _word_before_title_article(text: str, before: int) -> str:
    """The lowercase word before a title's own "The" in mid-sentence ("the sitcom The
    Office", "the band The Streets"): it says what the name is. At a sentence's start
    the article is the sentence's, and there is none."""
    earlier = _previous_word(text, text.rfind("The", 0, before))
    return earlier if earlier[:1].islower() and not earlier.endswith(".") else ""


def _within_a_sentence(text: str, before: int) -> bool:
    """The "The" just before `before` follows a word, a number or a comma of its
    sentence ("on The Office", "Nemo, The Incredibles"), not a sentence's end, a line
    break or an opening quote."""
    end = text.rfind("The", 0, before)
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    return end > 0 and (text[end - 1].isalnum() or text[end - 1] in ",;")


def _plies_a_trade(text: str, start: int, end: int, before: int, introducing: str) -> bool:
    """A person's full name after a trade that bodies and people both ply, or its
    plural: "winch operator Paul Ormsby", "broadcaster Richard Dimbleby", a maker of
    works ("film-maker Gary Winick", "games maker Peter Molyneux", "film-makers Roger
    Michell, Mike Leigh"; not "parts maker Robert Bosch", a firm named after its
    founder)."""
    words = text[start:end].split()
    if len(words) < 2 or not is_given_name(words[0]):
        return False
    trade = singular(introducing) or introducing  # "film-makers Roger Michell, ..."
    if trade in PEOPLES_TRADES:
        return True
    if trade != "maker":
        return False
    maker = text.rfind("maker", 0, before)
    made = _MADE_BEFORE.search(text, max(0, maker - 24), maker)
    return made is not None and (
        made[1].lower() in WORK_WORDS or singular(made[1].lower()) in WORK_WORDS
    )


def _programme_of_medium(text: str, start: int, end: int, before: int) -> bool:
    """The span is a broadcaster's programme someone spoke or appeared on
    (`_PROGRAMME_OF_MEDIUM`); not where the possessive is a place's ("speaking on
    Greece's Alter Television", a station), nor an acronym's ("appearing on Rachel
    Maddow's MSNBC show", a broadcaster)."""
    found = _PROGRAMME_OF_MEDIUM.search(text, max(0, before - _PROGRAMME_REACH), before)
    return (
        found is not None and not is_known_place(found["medium"]) and not text[start:end].isupper()
    )


def _on_a_medium(text: str, before: int, end: int, previous: str) -> bool:
    """Something was said or shown on the name, a platform or a broadcaster ("said on
    Twitter", "took to Facebook", "Speaking on RTÉ's Morning Ireland")."""
    if previous not in ("on", "to"):
        return False
    earlier = _earlier_word(text, before).lower()
    if previous == "on" and earlier in PROGRAMME_VERBS:
        return _PROGRAMME_AFTER.match(text, end) is not None
    return earlier in (MEDIUM_VERBS if previous == "on" else TOOK_TO)


def _previous_word(text: str, pos: int) -> str:
    begin, end = _previous_word_bounds(text, pos)
    return text[begin:end]


def _earlier_word(text: str, pos: int) -> str:
    """The word before the word that ends at `pos` in its sentence ("said" of "said on
    Twitter", "he" of "he and Kuchibhotla"; none in "Wandsworth. At Heathrow"): what a
    preposition or a conjunction before a name follows."""
    word = _previous_word(text, _previous_word_bounds(text, pos)[0])
    return "" if word.endswith(".") else word


def _previous_word_bounds(text: str, pos: int) -> tuple[int, int]:
    """Where the word before `pos` begins and ends, past the spaces before `pos`."""
    end = pos
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    begin = end
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    return begin, end
