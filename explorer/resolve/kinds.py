"""The kind of a name, decided by evidence over all its mentions.

spaCy labels each mention on its own, and it often labels the same name PERSON
in one sentence and ORG in the next. Here every mention votes for the kind its
label suggests, with weights for what the context says: a title before it ("Mr",
"striker") is a person, as is a full name its document goes on to call by its last
word alone ("Carolina Kluft ... Kluft took"), "oil firm" before it an organisation,
"the" before it hardly ever a person, "boss" after a city's name or "against"
before it its club, "the film" before it or "console" after it a work or a product
(and then a capitalised "The" the name keeps in mid-sentence elsewhere the work's
too: "praise on The Office"), "an" or "his" before it or "-winning" or a version
number after it a thing ("an Oscar for", "Xbox 2"), "the sale of" before it a
company, "region" or "province" after it or "the game at" before it a place, a
line-up around it a person and a bracket in a line-up a club, a list of names the
model labels alike one of their kind, "its" or "his" after it a thing or a person,
"told" before one word that is nobody's short name a medium and "in" a place,
'"...," said' before it a person (the flags in `explorer.resolve.spans`); a kind
our gazetteer confirms (a known place, a demonym) weighs double; and a label weighs
little where news seldom means it: a single word tagged PERSON that is nobody's
short name in the corpus ("Yukos", "Oscar"), since news introduces a person by their
full name (a big city's name so tagged weighs as little for the city: "the Sydney
to Hobart"), one word tagged a place that no gazetteer knows ("Freeview"), a given
name and a surname tagged ORG ("Marion Jones"), a name a bad decoding damaged.
"""

from __future__ import annotations

from collections import defaultdict
from math import isclose

from explorer.resolve.classify import (
    Route,
    has_lost_letter,
    names_a_body_in_words,
    names_a_tabled_people,
)
from explorer.resolve.demonyms import names_a_people
from explorer.resolve.gazetteer import (
    is_big_city,
    is_known_place,
    is_province,
    is_region,
    is_world_region,
)
from explorer.resolve.model import FormCount
from explorer.resolve.names import given_name_gender, is_family_name_shaped, is_given_name
from explorer.resolve.spans import (
    ACRONYM_DEFINED,
    AFTER_ARTICLE,
    AFTER_ORG_WORD,
    AFTER_TITLE,
    AT_GROUND,
    AWARDED,
    BODY_APPOSITION,
    CLUB_WORD,
    COUNTED,
    CREDITED,
    EVENT_NAMED,
    GENDER_WORD_BEFORE,
    HIS_FOLLOWS,
    IN_NAME_LIST,
    IN_PLACE,
    ITS_FOLLOWS,
    LISTED_CLUB,
    LISTED_WITH_BODIES,
    LISTED_WITH_PEOPLE,
    LISTED_WITH_PLACES,
    LOCATED,
    MAN_CUE,
    MEMBER_ROLE,
    NAMED_BY_SURNAME,
    NEAR_WORK_WORD,
    OWN_ARTICLE,
    PEOPLE_NAMED,
    PLACE_NAMED,
    PRODUCT_NAMED,
    SHORTENED_AS_PERSON,
    SPEAKER,
    SPOKEN_FOR,
    STOCK_HELD,
    TEAM_CUE,
    TOLD,
    TRADED,
    VERSIONED,
    WOMAN_CUE,
    WORK_INTRODUCED,
)
from explorer.resolve.titles import KEPT_STYLES
from explorer.resolve.words import (
    FACILITY_HEADS,
    LEGISLATURES,
    ORG_HEADS,
    PLACE_HEADS,
    TITLE_WORDS,
    is_common_word,
    singular,
)
from explorer.vocabulary import KINDS

TITLE_WEIGHT = 2.0
CUE_WEIGHT = 2.0
GAZETTEER_WEIGHT = 2.0
LONE_PERSON_WEIGHT = 0.25
# The model labels nearly every acronym ORG; joined to its expansion, whose words
# say more ("Consumer Electronics Show"), the acronym's label counts for half.
ACRONYM_WEIGHT = 0.5
LONE_GROUP_WEIGHT = 0.5
UNKNOWN_PLACE_WEIGHT = 0.4
GIVEN_NAME_WEIGHT = 0.5
LOST_LETTER_WEIGHT = 0.5
_ORDER = {kind: i for i, kind in enumerate(KINDS)}
# Evidence kept beside the kinds' votes: a club's words anywhere ("Millwall boss"), and
# the votes of a ground ("the game at Murrayfield") that only count without them.
_TEAM = "team evidence"
_GROUND = "ground"
# and the documents where a member's role and name follow the name ("Fianna Fáil TD
# Niall Collins"), beside the mentions a title, a man's or a woman's word or "his" is
# said of: a name that takes members in two documents and never a person's words is
# a body's
_MEMBERS = "members evidence"
_PERSONAL = "personal evidence"
MEMBERS_MIN = 2
# A name the labels vote a body whose every document says it of someone, in this many
# mentions or more, with no body's, team's or work's cue anywhere, is a person: "Majed"
# and "Abadi", tagged ORG in stories that call them "he" or "Mr" throughout.
PERSONAL_MIN = 3
# and the documents where a name is won or nominated for ("Oscar-winning", "Brit
# nominations") beside its mentions in the plural after "the": a name won in two
# documents or more, and called a ceremony in the plural as often ("the Oscars", "the
# Brits"), is the ceremony, whatever the labels, where the words say a prize more
# often than a person; won more often, it is the prize ("Bafta-winning", "a Bafta")
_PRIZES = "prizes evidence"
_THE_PLURAL = "the plural evidence"
# and the documents where a word beside it says a work or a product ("the film", "the
# game") beside its mentions elsewhere that keep their own capitalised "The" in
# mid-sentence: a work's, a band's and a paper's names do ("praise on The Office",
# "beat The Streets", "told The Times"), and a name the corpus calls a work in one
# document is the work in the others too; the "The" beside the work word adds nothing
# ("Zhang Yimou's film The Great Wall" makes no film of the wall three articles walk)
_WORK_NAMED = "work named evidence"
_TITLED = "own article evidence"
# and the documents whose words name it as a work ("the biopic Ray", "hit song
# Jailhouse Rock"), with their mentions, beside all its mentions: a name so named in
# two documents, which hold a third of its mentions, and a person's words said of it
# less often, is the work, whatever the labels (the model calls "Ray" a person in 36
# of 37 mentions)
_WORK_INTRODUCED = "work introduced evidence"
_INTRODUCED_MENTIONS = "work introduced mentions"
_MENTIONS = "mentions"
WORK_INTRODUCED_MIN = 2
# and, for a name shaped like a person's full name (a given name first), the
# mentions in documents where a work's word stands beside it, beside the mentions
# news names as it names a person: by its last word alone later, or as who spoke.
# Such a name mentioned four times or more, a quarter of them in such documents, never
# with a title, a man's or a woman's word, and named as a person in under half as
# many mentions as a work's word stands beside, is the work the model took for one
# ("the Harry Potter films", "the BBC's Victoria Derbyshire programme"; a novel's
# reader meets "Potter" alone too). A star's name is named as a person ("the Ben
# Stiller comedy ... Stiller said"); a surname may stand beside a work's word in
# every document it is alone in ("the De Niro film"), and a Korean name's first word
# repeats its full name as a work's does ("Lee Jae-yong ... arrest Lee"), so one word
# or a name without a given name first is left to its labels
_GIVEN_WORK_NAMED = "work named given name evidence"
_NAMED_AS_PERSON = "named as a person evidence"
WORK_NAMED_MIN = 4
WORK_NAMED_SHARE = 1 / 4
WORK_OVER_PERSON_SHARE = 1 / 2
WORK_INTRODUCED_SHARE = 1 / 3
# and the mentions of a big city's name the model labels ORG, which vote a place
# (`classify`: "Aleppo", "Kaesong" as ORG), beside the documents where such a mention
# has a body's word before it, a body's staff or a plural verb after it, a body in
# apposition, a trade or a list of bodies around it ("carmaker Toyota", "Halifax chief
# economist", "Nationwide and Halifax have", "Ford, General Motors and Toyota"): in
# two documents or more, the label was right (two forms: documents whose mentions
# read alike come as one form class, counted once)
_CITY_AS_BODY = "city labelled a body"
_BODY_CUED = "city with body cues"
_BODY_CUES = AFTER_ORG_WORD | CLUB_WORD | BODY_APPOSITION | TRADED | LISTED_WITH_BODIES
BODY_CUED_MIN = 2
# and the documents where a name of several words has a body's word before it or a
# club's after it ("Scottish rock band Franz Ferdinand", "Franz Ferdinand have",
# "Nottingham Forest boss"), or a team's cue where it is a city's club ("beat Werder
# Bremen", `_names_a_city_club`): in two documents, with no person's word said of it
# anywhere (a title, a man's or a woman's word, its last word alone later, who
# spoke), a name voted a person is the band, the club or the firm
_BODY_WORDED = "body worded evidence"
BODY_WORDED_MIN = 2
# (or in one document that puts a body's word right before it: "accountancy firm
# Grant Thornton", "the band Massive Attack"; a plural verb or a club's staff after a
# name is said of a person's too, "the James Bond films have")
_ORG_WORDED = "org worded evidence"
# and the mentions of a party by its name and "party" ("the Green Party", "the ruling
# United Russia party"), which `classify` files under the name alone: the members'
# plural or adjective the model labels NORP ("Greens", "Social Democrats") and a
# name it labels GPE are the party too
_PARTY_NAMED = "party named evidence"
# and the documents where anything but its label says a body: a body's word before it,
# a member's role, staff or a plural verb after it, a body in apposition, a trade, its
# shares, a list of bodies around it, "its" after it, a spokesman for it, news told
# it. A name the model labels a body, with no such cue in any document and a work's or
# a product's word beside it in two documents or more, more than a team's cue, is the
# work or the product ("the Lord of the Rings trilogy", "the third Lord of the Rings
# film", 18 mentions tagged ORG); a name the labels vote a place, with such a cue in
# two documents or more and no place's words around it or in it anywhere, is the body
# ("RT" tagged GPE, "Hoffenheim" the club)
_BODY_SAID = "body said evidence"
_BODY_SAYING = (
    AFTER_ORG_WORD
    | MEMBER_ROLE
    | CLUB_WORD
    | BODY_APPOSITION
    | TRADED
    | STOCK_HELD
    | LISTED_CLUB
    | LISTED_WITH_BODIES
    | ITS_FOLLOWS
    | SPOKEN_FOR
    | TOLD
)
CUES_OVER_LABELS_MIN = 2
# and the documents where a place's words stand around it ("arrested in Hackney", "the
# Tora Bora region"; not "at Acme in Ohio", where a firm is too): so named in two documents or
# more, more than a team's cue marks it, with no body's cue and no work's word anywhere,
# a name the labels vote a body is the place; not a body's name in its own words nor a
# legislature's, where things are done ("in Parliament"; `_names_an_institution`)
_PLACE_SAID = "place said evidence"
# and those of its documents where the body's cue stands beside a name the tables or
# its own last word make a place (a country, a city, a world region, "St. Clair
# County", "Trafford Centre"): the cue is an organ's or a unit's of the place ("a
# spokesman for the St. Clair County sheriff's office", "HSBC's Madrid unit", "the
# Oxford factory"), and a city's own mentions labelled a body decide for it
# (`_CITY_AS_BODY`)
_PLACE_WORDED = "place worded evidence"
# and the mentions the model labels a person of a name in ordinary words alone, none
# of them a given name or a title ("Different Story", "Media Player", "Age Concern"):
# a title's words in Title case, most often a work's, are a person's name only where
# a person's word is said of it somewhere ("golfer Tiger Woods ... Woods said")
_WORDS_AS_PERSON = "ordinary words as a person"
# and the votes for a place that one word no gazetteer knows has from nothing but its
# labels, beside all its votes for a place: a name whose every vote for a place is
# such a guess, with a body's cue in one document, no place's and no person's or
# work's anywhere, is the body ("shares in Gazprom", "a spokeswoman for Blinkx";
# `_BODY_SAID` asks two documents of a place that something else says is one)
_PLACE_GUESSED = "place guessed votes"
# The keys above: evidence, not kinds.
_EVIDENCE = frozenset(
    {
        _WORDS_AS_PERSON,
        _TEAM,
        _GROUND,
        _MEMBERS,
        _PERSONAL,
        _PRIZES,
        _THE_PLURAL,
        _WORK_NAMED,
        _TITLED,
        _WORK_INTRODUCED,
        _INTRODUCED_MENTIONS,
        _CITY_AS_BODY,
        _BODY_CUED,
        _PARTY_NAMED,
        _GIVEN_WORK_NAMED,
        _NAMED_AS_PERSON,
        _BODY_WORDED,
        _ORG_WORDED,
        _BODY_SAID,
        _PLACE_SAID,
        _PLACE_WORDED,
        _PLACE_GUESSED,
    }
)
PRIZES_MIN = 2
# What says a person is meant: a title, a man's or a woman's word ("Mr", "his
# daughter", "said she"; a gendered word before the name sets one of them too), "his"
# or "her" after it, a film's credit before it ("starring").
PERSONAL_CUES = AFTER_TITLE | MAN_CUE | WOMAN_CUE | HIS_FOLLOWS | CREDITED
_SAINTS = ("St ", "St. ", "Saint ")
_ADJECTIVE_ENDINGS = ("ern", "ish", "ian")
_LISTED_KINDS = (
    (LISTED_WITH_PEOPLE, "person"),
    (LISTED_WITH_BODIES, "organization"),
    (LISTED_WITH_PLACES, "place"),
)


class KindVotes:
    """Weighted votes for each kind, per name key."""

    def __init__(self) -> None:
        self._votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))

    def add(self, key: str, route: Route, form: FormCount, lone: bool = False) -> None:
        """One form's mentions of the name `key`; `lone`: a single word that is no
        full name's short form."""
        votes = self._votes[key]
        n: float = form.count
        # "a Sikh man", "a Bedouin" tagged PERSON: a word of our peoples' table that is
        # nobody's short name in the corpus is one of the people, counted or not (not
        # "Baloch" where Babar Baloch goes by it)
        member = lone and route.kind == "person" and names_a_tabled_people(form.text, "NORP")
        if route.tokens and form.flags & AFTER_TITLE:
            votes["person"] += TITLE_WEIGHT * n
        elif (
            route.tokens
            and (
                form.flags & GENDER_WORD_BEFORE or (form.flags & CREDITED and len(route.tokens) > 1)
            )
            and route.kind not in ("person", "group")
            and not (route.fixed or route.gazetteer)
        ):
            # "Trump's daughter Ivanka" tagged PRODUCT: the word before says a man or a
            # woman, as a title does; so does a film's credit before a full name
            # ("starring Sean Connery" tagged ORG; not "played by Brit stars")
            votes["person"] += TITLE_WEIGHT * n
        if (
            form.flags & NAMED_BY_SURNAME
            and route.tokens
            and route.kind not in ("person", "event")
            and not (route.fixed or route.gazetteer)
        ):
            # "Carolina Kluft ... Kluft took" tagged ORG: named as news names a person
            votes["person"] += (1 + CUE_WEIGHT) * n
        if form.flags & AFTER_ORG_WORD:
            votes["organization"] += CUE_WEIGHT * n
        members = (
            form.flags & MEMBER_ROLE
            and route.kind in ("person", "other")
            and not form.flags & AFTER_TITLE
        )
        if members:
            # "Fine Gael leader Enda Kenny", "Sinn Féin TD Seán Crowe" tagged PERSON or
            # PRODUCT: no person's name, and no thing's, comes before a member's role
            # and name
            votes["organization"] += (1 + CUE_WEIGHT) * n
            votes[_MEMBERS] += 1  # a document's forms share their cues
        if form.flags & BODY_APPOSITION:
            # "Munich Re, the world's biggest reinsurer,": news defining the name
            votes["organization"] += (1 + CUE_WEIGHT) * n
        if form.flags & NEAR_WORK_WORD and not route.city:
            # "the Scorsese film" says little of the document's other "Scorsese",
            # nor "the Abba musical" of Abba: beside a name the model calls a person,
            # the cue counts once, unless a kind of product follows a word that is
            # nobody's short name ("the Bofra virus"); beside a city's, "game" is its
            # club's match ("the Barcelona game")
            once = route.kind == "person" and not (lone and form.flags & PRODUCT_NAMED)
            votes["other"] += CUE_WEIGHT * (1 if once else n)
            votes[_WORK_NAMED] += 1  # a document's forms share their cues
            if _given(route):
                votes[_GIVEN_WORK_NAMED] += n
        elif form.flags & OWN_ARTICLE:
            votes[_TITLED] += n
        if (
            form.flags & COUNTED
            and not route.gazetteer
            and route.kind != "group"
            and not member
            # "his National Security Council" is owned as a body is, not as a thing
            and not names_a_body_in_words(route.surface)
        ):
            # "an Oscar for", "his iPod": a thing, or an event ("a Grand Slam"); the
            # name's own determiner says more than a word beside it; "a Beckham" may
            # be a player like him, so beside a person's name the cue counts once,
            # unless the word is nobody's short name ("an Oscar")
            thing = "event" if route.kind == "event" else "other"
            votes[thing] += 1 if route.kind == "person" and not lone else (1 + CUE_WEIGHT) * n
        if form.flags & AWARDED and not route.gazetteer and route.kind != "group":
            # "Oscar-winning", "Oscar nominations": a prize, or an event ("Cup winners")
            thing = "event" if route.kind == "event" else "other"
            votes[thing] += CUE_WEIGHT * (1 if route.kind == "person" and not lone else n)
        if (
            (form.flags & VERSIONED or route.numbered)
            and route.kind not in ("person", "group")
            and not route.city
        ):
            # "Xbox 2", "Windows 95": a product or a work, and so is "Halo" where the
            # corpus names "Halo 2" one
            votes["other"] += CUE_WEIGHT * n
        stock = form.flags & STOCK_HELD
        if (
            form.flags & TRADED
            and not route.gazetteer
            and (route.kind != "person" or lone or stock)
        ):
            # "the sale of Yugansk", "its Yugansk unit": a company, not a place; beside
            # a word tagged PERSON that is nobody's short name ("a bid for Ansett") the
            # cue counts once, as "buying Jay-Z's label" is said of his label, but what
            # only a company has counts for any name ("shares in Krispy Kreme")
            once = route.kind == "person" and not stock
            votes["organization"] += CUE_WEIGHT * (1 if once else n)
        if form.flags & LISTED_CLUB and not route.fixed:
            # "Jon Dunbar (Leeds Tykes)": the club; a country there is its team
            votes["organization"] += (1 + CUE_WEIGHT) * n
        if (
            form.flags & PLACE_NAMED
            and not route.fixed
            and route.kind != "group"
            and not names_a_body_in_words(route.surface)
        ):
            # "the Tora Bora region", "the Tora Bora caves": a place, whatever the label
            # (not a people's word, "the Kurdish region", nor a body's name, "the
            # Southern Health and Social Care Trust area")
            votes["place"] += (1 + CUE_WEIGHT) * n
        if (
            form.flags & EVENT_NAMED
            and not route.fixed
            and route.kind != "group"
            and not is_known_place(route.surface)
            and not route.surface.isupper()
            and not (" " in route.surface and route.kind == "person")
        ):
            # "the Sydney International tennis tournament", "the Hillsborough
            # disaster": an event, once a document, as its other mentions may name
            # the place ("the Srebrenica massacre ... in Srebrenica"); not a place our
            # tables know ("the Isle of Wight festival"), a people's word ("the
            # Kurdish festival"), a body's acronym ("the NCAA tournament"), nor a
            # person's full name ("the Bob Marley festival")
            votes["event"] += 1 + CUE_WEIGHT
        if form.flags & LOCATED and route.kind == "person" and not route.fixed:
            # "an airbase at Sidi Barrani in western Egypt" tagged PERSON: where a thing
            # is, not who (a body may be "at Fudan University in Shanghai")
            votes["place"] += (1 + CUE_WEIGHT) * n
        city_as_body = (
            route.kind == "place" and form.label == "ORG" and route.city and not route.gazetteer
        )
        if city_as_body and form.flags & _BODY_CUES:
            votes[_BODY_CUED] += 1  # a document's forms share their cues
        if form.flags & PEOPLE_NAMED and not _inhabited(route, form.text):
            # "the Carib people", "Caribs" tagged ORG: a people
            votes["group"] += CUE_WEIGHT * n
        if form.flags & TEAM_CUE:
            votes[_TEAM] += n
        if (
            form.flags & (CLUB_WORD | AFTER_ORG_WORD)
            or (form.flags & TEAM_CUE and _names_a_city_club(form.text))
        ) and (" " in form.text and not form.flags & AFTER_TITLE):
            votes[_BODY_WORDED] += 1  # a document's forms share their cues
            if form.flags & AFTER_ORG_WORD:
                votes[_ORG_WORDED] += 1
        if form.flags & _BODY_SAYING:
            votes[_BODY_SAID] += 1  # a document's forms share their cues
            if _names_a_place_in_words(route):
                votes[_PLACE_WORDED] += 1
        if form.flags & (PLACE_NAMED | IN_PLACE) and not _names_an_institution(route.surface):
            votes[_PLACE_SAID] += 1  # a document's forms share their cues
        if form.flags & AWARDED:
            votes[_PRIZES] += 1  # a document's forms share their cues
        if form.flags & AFTER_ARTICLE and _plural(route.surface):
            votes[_THE_PLURAL] += n
        if form.flags & PERSONAL_CUES:
            votes[_PERSONAL] += n
        if form.flags & (NAMED_BY_SURNAME | SHORTENED_AS_PERSON | SPEAKER):
            votes[_NAMED_AS_PERSON] += n
        votes[_MENTIONS] += n
        if form.flags & WORK_INTRODUCED:
            votes[_WORK_INTRODUCED] += 1  # a document's forms share their cues
            votes[_INTRODUCED_MENTIONS] += n
        if _names_a_party(route, form.text):
            votes[_PARTY_NAMED] += n
        if form.flags & AT_GROUND and not (route.fixed or route.city) and route.kind != "event":
            # "the game at Murrayfield": a ground, unless the corpus speaks of it as a
            # club anywhere ("a draw at Millwall ... Millwall boss"); a city's name
            # there is its club's
            votes[_GROUND] += (1 + CUE_WEIGHT) * n
        if form.flags & IN_NAME_LIST and not route.gazetteer:
            # a line-up's "Y Delaigue (Castres)", whatever the model made of it
            votes["person"] += CUE_WEIGHT * n
        if (
            form.flags & HIS_FOLLOWS
            and route.tokens
            and route.kind not in ("person", "group")
            and not (route.fixed or route.gazetteer)
        ):
            # "Juninho could reconsider his" tagged ORG: a person (beside a label that
            # says so already the cue adds nothing: "Devon diva started her"; a people's,
            # "the Rohingya ... her village", is one of them, not theirs)
            votes["person"] += CUE_WEIGHT * n
        if (
            form.flags & SPEAKER
            and route.tokens
            and route.kind != "person"
            and (lone or " " in form.text)
            and not (route.fixed or route.gazetteer)
        ):
            # '"...," said Nikki Rocco.' tagged ORG: who spoke, once a document, since a
            # firm is quoted so too now and then ("said Gartner."); a word that is
            # someone's short name is left to the documents that give the full name
            votes["person"] += CUE_WEIGHT
        if form.flags & (ITS_FOLLOWS | SPOKEN_FOR) and route.kind == "person" and lone:
            # "Acpo made its call", "a spokesman for Crossrail" tagged PERSON, a word that
            # is nobody's short name: a body (a surname's "its" is more often another
            # noun's, "missed its", and a spokesman may speak for a person)
            votes["organization"] += CUE_WEIGHT * n
        if (
            form.flags & TOLD
            and not form.flags & PERSONAL_CUES
            and " " not in form.text
            and (lone or not route.tokens)
            and not (route.fixed or route.gazetteer or route.city)
        ):
            # "sources told Kommersant", "told HuffPost" tagged PERSON or PRODUCT, one word
            # that is nobody's short name: a medium, or a body that reports ("told Gartner"),
            # unless its document says a man or a woman ("told LaShay ... her"); a person's
            # surname there is theirs, whatever its label ("told Putin", "told Watts" as ORG)
            votes["organization"] += CUE_WEIGHT * n
        if (
            form.flags & IN_PLACE
            and route.kind in ("person", "organization")
            and " " not in form.text
            and (lone or not route.tokens or is_region(form.text) or is_big_city(form.text))
            and not (route.fixed or route.gazetteer or route.city or route.common_word)
            and not form.text.isupper()
        ):
            # "the championships in Coleraine on Saturday" tagged ORG, "fighting in
            # Donbass," tagged PERSON: one word that is nobody's short name, or a
            # region's or a big city's ("born in Kent", beside Stephen Kent), no
            # acronym and no ordinary word ("in Congress"): where something is
            votes["place"] += CUE_WEIGHT * n
        if not (route.gazetteer or route.city) and route.kind != "group":
            # "Nokia, Intel, Philips and Alcatel": a name listed among others the model
            # labels alike is one of their kind, whatever the model made of it
            for flag, kind in _LISTED_KINDS:
                if form.flags & flag:
                    votes[kind] += CUE_WEIGHT * n
        if has_lost_letter(form.text):
            # "Beyonc\ufffd\ufffd" tagged NORP, "Sinn F\ufffd\ufffdin" PRODUCT: the model
            # misreads a word a bad decoding damaged, so its label counts for half
            n *= LOST_LETTER_WEIGHT
        if route.kind == "person":
            if lone and is_region(form.text) and not form.flags & (TEAM_CUE | CLUB_WORD):
                # "She moved to Powys", "the Powys health board" tagged PERSON: a county's
                # name that is nobody's short name in the corpus
                votes["place"] += n * LONE_PERSON_WEIGHT
            elif (
                form.flags & AFTER_ARTICLE
                and not form.flags & NEAR_WORK_WORD
                and not (lone and is_big_city(form.text))
                and form.text.lower() not in KEPT_STYLES
            ):
                # "the Lib Dems"; in "the Bofra virus" the article is the virus's, in
                # "the Hobart docks" the docks' (a city's name that is nobody's), and
                # "the Queen", "the Pope" is the one who bears the style
                votes["organization"] += n
            elif form.flags & CLUB_WORD and " " not in form.text and not form.flags & AFTER_TITLE:
                # "Bolton boss", "Lazio have" tagged PERSON: a club (a surname counts
                # here only in documents that give no full name it stands for)
                votes["organization"] += (1 + CUE_WEIGHT) * n
            elif members:
                pass  # a body's, counted above
            elif lone and is_big_city(form.text):
                if form.flags & TEAM_CUE:
                    # "Norwich beat" tagged PERSON: the city's club
                    votes["organization"] += (1 + CUE_WEIGHT) * n
                else:
                    # "the Sydney to Hobart" tagged PERSON: a city's name that is nobody's
                    # short name in the corpus (a small town's may be a mononym: "Bono")
                    votes["place"] += n * LONE_PERSON_WEIGHT
            elif member:
                votes["group"] += n
            else:
                # a word that is nobody's short name counts for a quarter, unless only a
                # family name is so shaped ("O'Loughlin", whose full name no span holds)
                alone = lone and not is_family_name_shaped(form.text)
                weight = LONE_PERSON_WEIGHT if alone else 1.0
                votes[_WORDS_AS_PERSON if _in_ordinary_words(route) else "person"] += n * weight
        elif (
            form.flags & ACRONYM_DEFINED
            and route.kind in ("place", "group")
            and not (route.gazetteer or route.fixed or route.city)
            and not _ends_in_a_place_word(route.surface)
        ):
            # "Christians United for Israel (CUFI)", "the UK Internet Forum (UKIF)",
            # grown from the span of a place or a people in them, whose label they keep:
            # a name its document spells out for an acronym is a body's more often than
            # a place's, which the gazetteer knows ("Democratic Republic of Congo") or
            # its last word says ("Occupied Palestinian Territories (OPT)")
            votes["organization"] += n
        elif route.city and form.flags & TEAM_CUE:
            # "Liverpool boss", "Newcastle beat": the club, not the city
            votes["organization"] += (1 + CUE_WEIGHT) * n
        elif (
            route.kind == "place"
            and route.word
            and form.flags & CLUB_WORD
            and not form.flags & AFTER_ARTICLE
        ):
            # "Sociedad have", "Sociedad boss" tagged GPE: a club no gazetteer knows (not
            # "beat" or "fans", said of a singer's or a player's name too, nor where the
            # name takes "the": "the reaches of the Yangtze are")
            votes["organization"] += (1 + CUE_WEIGHT) * n
        elif (
            route.kind in ("place", "other")
            and form.flags & CLUB_WORD
            and not (route.gazetteer or route.fixed)
            and not (form.label == "LOC" and form.flags & AFTER_ARTICLE)
            and _names_a_team(form.text)
        ):
            # "the All Blacks were" tagged WORK_OF_ART, "Proteas batsman" tagged LOC: a
            # name in the plural that a plural verb or a club's staff follows is a
            # team's; not a region's, which the gazetteer may not know but news names
            # with "the" ("the Balkans are")
            votes["organization"] += (1 + CUE_WEIGHT) * n
        elif (
            route.kind == "group"
            and not route.gazetteer
            and (is_region(form.text) or is_province(form.text))
            and not names_a_people(form.text)
            and not form.text.endswith(_ADJECTIVE_ENDINGS)
        ):
            # "the states of Punjab and Goa", "Kurdistan" tagged NORP: a region's name is
            # the region; not a people's ("Kurds") nor an adjective a region goes by
            # too ("Western", "South Ossetian")
            votes["place"] += n
        elif (
            route.kind == "group"
            and not route.gazetteer
            and _names_one(form.text)
            and not names_a_tabled_people(form.text, form.label)
        ):
            # NORP is for peoples and parties, named in the plural ("Tories", "Sunnis");
            # one word in the singular that no table knows ("Symantec") says little;
            # a people's our table knows does ("the Maasai")
            votes["group"] += n * LONE_GROUP_WEIGHT
        elif route.kind == "place" and route.word and not form.flags & AFTER_ARTICLE:
            # one word the model calls a place and the gazetteer does not know: a
            # village, or as often a firm, a product or a player ("Alcatel", "Freeview"
            # and "Baros" as GPE), where the name's other labels say more; with "the"
            # it is a place as a person never is ("the West", "the Balkans"), and so it
            # is where a phrase "in" opens ends with it ("the floods in Towyn.",
            # "living in Clondalkin,"), as a firm's or a product's name seldom does
            in_place = form.flags & IN_PLACE
            votes["place"] += n * (1.0 if in_place else UNKNOWN_PLACE_WEIGHT)
            if not in_place:
                votes[_PLACE_GUESSED] += n * UNKNOWN_PLACE_WEIGHT
        elif route.kind in ("organization", "place") and not route.gazetteer and _given(route):
            # "Marion Jones", "Lionel Richie" tagged ORG: a given name and a surname,
            # the label halved, so the same name's PERSON labels and titles decide (a
            # firm named so, "Morgan Stanley", the model seldom calls a person)
            votes[route.kind] += n * GIVEN_NAME_WEIGHT
        elif (
            route.kind == "place"
            and _names_a_facility(route.surface)
            and not form.flags & NEAR_WORK_WORD
        ):
            # "Trump Tower", "Carnegie Hall" as FAC: the building's name ends in what
            # it is, where a person's name only may ("Jerry Hall", who is PERSON); not
            # a product's ("the Windows Media Center software")
            votes["place"] += n * GAZETTEER_WEIGHT
        elif (
            route.kind == "organization"
            and (is_region(form.text) or _names_a_province(form.text))
            and not form.flags & (TEAM_CUE | CLUB_WORD | AFTER_ORG_WORD)
        ):
            # "the annexation of Crimea", "polls in Uttar Pradesh" tagged ORG: a region's
            # name is the region, as where the model calls it a place; not its club
            # ("Yorkshire beat", "Lazio", a province of one word) nor a body named after
            # it ("the Texas-based firm")
            votes["place"] += n
        else:
            votes[route.kind] += n * (GAZETTEER_WEIGHT if route.gazetteer else 1.0)
            if city_as_body:
                votes[_CITY_AS_BODY] += n  # a place's votes a body's cues may take back

    def copy(self) -> KindVotes:
        """Votes to add to without changing these (a plan kept for the next build)."""
        copied = KindVotes()
        for key, votes in self._votes.items():
            copied._votes[key] = defaultdict(float, votes)
        return copied

    def recounted(self, votes: dict[str, KindVotes]) -> KindVotes:
        """These votes with those of some names counted again (`votes`, by name)."""
        copied = KindVotes()
        copied._votes.update(self._votes)  # whole entries are replaced, never changed
        for key, other in votes.items():
            if key in other._votes:
                copied._votes[key] = other._votes[key]
            else:
                copied._votes.pop(key, None)
        return copied

    def add_person(self, key: str, count: int) -> None:
        """Mentions that are a person for another reason (the short form of a full
        name given in the same document)."""
        self._votes[key]["person"] += count

    def transfer(self, key: str, kind: str, to: str) -> None:
        """Count the votes for `kind` of the name `key` for the kind `to` instead."""
        votes = self._votes[key]
        votes[to] += votes.pop(kind, 0.0)

    def scale(self, key: str, factor: float) -> None:
        """Weigh the votes already counted for `key` by `factor`."""
        for kind in self._votes.get(key, {}):
            self._votes[key][kind] *= factor

    def merge(self, into: str, key: str) -> None:
        """Count the votes of `key` for `into` (two names of one thing)."""
        if key in self._votes:
            target = self._votes[into]
            for kind, n in self._votes.pop(key).items():
                target[kind] += n

    def counted(self, key: str) -> bool:
        """Some mention of the name `key` has voted (a short name that stands for
        people has not)."""
        return bool(self._votes.get(key))

    def winner(self, key: str, person: bool = True) -> str:
        """The kind with most votes (person only if allowed); ties go to the kind
        listed first in KINDS."""
        counted = self._votes.get(key)
        if not counted:
            return "other"
        if counted.keys().isdisjoint(_EVIDENCE):  # most names: the kinds' votes alone
            return min(
                (kind for kind in counted if kind != _MENTIONS and (person or kind != "person")),
                key=lambda kind: (-counted[kind], _ORDER[kind]),
                default="other",
            )
        votes = dict(counted)
        team, ground = votes.pop(_TEAM, 0.0), votes.pop(_GROUND, 0.0)
        members, personal = votes.pop(_MEMBERS, 0.0), votes.pop(_PERSONAL, 0.0)
        prizes, the_plural = votes.pop(_PRIZES, 0.0), votes.pop(_THE_PLURAL, 0.0)
        work_named, titled = votes.pop(_WORK_NAMED, 0.0), votes.pop(_TITLED, 0.0)
        introduced, mentions = votes.pop(_WORK_INTRODUCED, 0.0), votes.pop(_MENTIONS, 0.0)
        introduced_mentions = votes.pop(_INTRODUCED_MENTIONS, 0.0)
        as_body, body_cued = votes.pop(_CITY_AS_BODY, 0.0), votes.pop(_BODY_CUED, 0.0)
        party = votes.pop(_PARTY_NAMED, 0.0)
        given_work_named = votes.pop(_GIVEN_WORK_NAMED, 0.0)
        body_worded = votes.pop(_BODY_WORDED, 0.0)
        org_worded = votes.pop(_ORG_WORDED, 0.0)
        named_as_person = votes.pop(_NAMED_AS_PERSON, 0.0)
        body_said = votes.pop(_BODY_SAID, 0.0)
        place_said = votes.pop(_PLACE_SAID, 0.0)
        place_worded = votes.pop(_PLACE_WORDED, 0.0)
        place_guessed = votes.pop(_PLACE_GUESSED, 0.0)
        words_as_person = votes.pop(_WORDS_AS_PERSON, 0.0)
        if words_as_person:
            kind = "person" if personal or named_as_person else "other"
            votes[kind] = votes.get(kind, 0.0) + words_as_person
        if body_cued >= BODY_CUED_MIN:
            # "carmaker Toyota" in two documents: its ORG labels vote a body, not the city
            votes["place"] = votes.get("place", 0.0) - as_body
            votes["organization"] = votes.get("organization", 0.0) + as_body
        if PRIZES_MIN <= prizes <= the_plural and personal < prizes:
            # "the Oscars", "the Brits"; not "the Trumps", where "Trump-nominated"
            # says less than "Mr Trump"
            return "event"
        if members >= MEMBERS_MIN and not personal:
            return "organization"  # "Fianna Fáil", tagged PERSON or PRODUCT throughout
        if (
            (introduced >= WORK_INTRODUCED_MIN or (introduced and not votes.get("person")))
            and introduced_mentions >= WORK_INTRODUCED_SHARE * mentions
            and personal < introduced
        ):
            return "other"
        if work_named and titled:
            # "the sitcom The Office" once, "praise on The Office" ten times: the work
            # (a band's or a paper's "The" with no work word says nothing: "the band
            # The Streets", "told The Times")
            votes["other"] = votes.get("other", 0.0) + (1 + CUE_WEIGHT) * titled
        if ground:
            # "the game at Villa Park" is a ground; "the game at Aston Villa ... Aston
            # Villa boss" the club's home
            home = "organization" if team else "place"
            votes[home] = votes.get(home, 0.0) + ground
        leading = min(votes, key=lambda kind: (-votes[kind], _ORDER[kind]), default=None)
        as_person = leading == "person"
        if (
            as_person
            and mentions >= WORK_NAMED_MIN
            and given_work_named >= WORK_NAMED_SHARE * mentions
            and not personal
            and named_as_person < WORK_OVER_PERSON_SHARE * given_work_named
        ):
            return "other"
        if (
            leading == "organization"
            and work_named >= CUES_OVER_LABELS_MIN
            and not body_said
            and team < work_named
            and not personal
        ):
            return "other"
        if (
            leading == "organization"
            and place_said >= CUES_OVER_LABELS_MIN
            and not (body_said or work_named or personal)
            and team < place_said
        ):
            return "place"
        guessed = bool(place_guessed) and isclose(votes.get("place", 0.0), place_guessed)
        if (
            leading == "place"
            and body_said >= (1 if guessed else CUES_OVER_LABELS_MIN)
            and not (place_said or place_worded or work_named or personal)
        ):
            return "organization"
        if (
            leading == "organization"
            and person
            and PERSONAL_MIN <= mentions <= personal
            and not (body_said or body_worded or org_worded or team or members or work_named)
        ):
            return "person"
        body = body_worded >= BODY_WORDED_MIN or org_worded
        if as_person and body and not (personal or named_as_person):
            return "organization"
        ranked = sorted(
            ((-n, _ORDER[kind], kind) for kind, n in votes.items() if person or kind != "person"),
        )
        if party and ranked and ranked[0][2] in ("group", "place"):
            # "Greens" (NORP) beside "the Green Party": the party, not its members; a
            # person's name or an event's with "party" after it is left be ("the Trump
            # party", "a Christmas party")
            return "organization"
        return ranked[0][2] if ranked else "other"


def _names_a_place_in_words(route: Route) -> bool:
    """A country's, a city's or a world region's name, or one ending in a place's or a
    building's word ("St. Clair County", "Trafford Centre")."""
    text = route.surface
    return (
        route.fixed
        or route.city
        or is_world_region(text)
        or _ends_in_a_place_word(text)
        or _names_a_facility(text)
    )


def _names_an_institution(text: str) -> bool:
    """A body's name in its own words ("Nankai University") or a legislature's, where
    things are done ("in Parliament", "in Congress"): no place, whatever is said in it."""
    return names_a_body_in_words(text) or text.rsplit(None, 1)[-1].lower() in LEGISLATURES


def _ends_in_a_place_word(text: str) -> bool:
    """The name's last word, or its singular, is a place's ("Territories", "Region")."""
    last = text.rsplit(None, 1)[-1].lower()
    return (singular(last) or last) in PLACE_HEADS


def _plural(text: str) -> bool:
    """The name's last word is a plural ("Oscars", "Golden Globes")."""
    last = text.rsplit(None, 1)[-1]
    return last[:1].isupper() and singular(last.lower()) is not None


def _names_a_party(route: Route, text: str) -> bool:
    """A body's name that ends in "party", which its key leaves out ("Green Party" is
    filed under "green")."""
    return (
        route.kind == "organization"
        and text.rsplit(None, 1)[-1].lower() == "party"
        and not route.key.endswith("party")
    )


def _names_a_facility(text: str) -> bool:
    """Two words or more, the last a building's or a site's ("Trump Tower")."""
    words = text.split()
    return len(words) > 1 and words[-1].lower() in FACILITY_HEADS


def _inhabited(route: Route, text: str) -> bool:
    """A place's name, whatever the label: "people" after it are its inhabitants
    ("Liverpool people", "Powys people" tagged PERSON)."""
    return route.fixed or route.gazetteer or route.city or is_region(text) or is_big_city(text)


def _names_a_team(text: str) -> bool:
    """A capitalised name whose last word is in the plural ("Proteas", "All Blacks"),
    no people's ("Danes" as PRODUCT, which the demonyms' labels leave out)."""
    last = text.rsplit(None, 1)[-1]
    plural = last[:1].isupper() and last[1:].islower() and last.endswith("s") and len(last) > 3
    return plural and not names_a_people(text)


def _names_a_city_club(text: str) -> bool:
    """A name of several words ending in a big city's and opening with no given name,
    a club's ("Werder Bremen", "Hertha Berlin"), whose team's cues ("beat Werder
    Bremen", "a 3-2 victory over") say the body as a club's staff does; not a
    person's whose surname is a city's ("Lindsay Davenport beat")."""
    words = text.split()
    return len(words) > 1 and is_big_city(words[-1]) and not is_given_name(words[0])


def _in_ordinary_words(route: Route) -> bool:
    """A name of two words or more, each an ordinary English word in Title case, the
    first no given name and no title, the last no body's ("Strong Medicine"; not "Will
    Young", "Lord Bridges", "Spike Lee", "the Senate Intelligence Committees")."""
    words = route.surface.split()
    first = words[0].lower()
    return (
        len(words) > 1
        and all(word.istitle() and word.isalpha() and is_common_word(word) for word in words)
        and first not in TITLE_WORDS
        and not (is_given_name(first) or given_name_gender(first))
        and (singular(last := words[-1].lower()) or last) not in ORG_HEADS
        and not names_a_body_in_words(route.surface)
    )


def _given(route: Route) -> bool:
    """The name is shaped like a person's and opens with a given name ("Marion Jones")."""
    return len(route.tokens) > 1 and is_given_name(route.surface.split()[0])


def _names_a_province(text: str) -> bool:
    """A province's name of several words ("Uttar Pradesh"), not a saint's, which a
    church, a school or a hospital bears as often ("St Luke's Health System")."""
    return " " in text and not text.startswith(_SAINTS) and is_province(text)


def _names_one(text: str) -> bool:
    """One word, not in the plural nor a compound ("African-American"), or one whose
    capitals are not a people's ("iTunes", "TiVo"): the shape of a firm's or a work's
    name."""
    if " " in text or "-" in text:
        return False
    return not text.endswith(("s", "S")) or not (text[:1].isupper() and text[1:].islower())
