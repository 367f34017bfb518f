"""clean_span and mention_flags: what the indexer stores for every raw span."""

from __future__ import annotations

import pytest

from explorer.resolve import spans
from explorer.resolve.spans import (
    ACRONYM_DEFINED,
    AFTER_ARTICLE,
    AFTER_ORG_WORD,
    AFTER_TITLE,
    ALL_OF_DOCUMENT,
    ANY_OF_DOCUMENT,
    AT_GROUND,
    AWARDED,
    BODY_APPOSITION,
    CLUB_WORD,
    COUNTED,
    COUNTRY_OWNED,
    CREDITED,
    DEFINED_AFTER_NAME,
    DEFINED_AS_TERM,
    EVENT_NAMED,
    GENDER_WORD_BEFORE,
    HEAD_TITLED,
    HIS_FOLLOWS,
    IN_NAME_LIST,
    IN_PLACE,
    IN_REGION,
    ITS_FOLLOWS,
    JUDGE_TITLED,
    LINE_START,
    LISTED_CLUB,
    LOCATED,
    LOWERCASE_ELSEWHERE,
    MAN_CUE,
    MEMBER_ROLE,
    NEAR_WORK_WORD,
    OFFICE_TITLES,
    OWN_ARTICLE,
    PEOPLE_NAMED,
    PLACE_NAMED,
    PRODUCT_NAMED,
    PUBLICATION_NAMED,
    RELATIVE_NAMED,
    SPEAKER,
    SPOKEN_FOR,
    STOCK_HELD,
    SURNAME_TITLED,
    TEAM_CUE,
    TITLE_CASE_LINE,
    TOLD,
    TRADED,
    VERSIONED,
    WOMAN_CUE,
    WORK_INTRODUCED,
    clean_span,
    mention_flags,
    share_cues,
)
from explorer.resolve.words import CLUB_WORDS_AFTER, TEAM_WORDS, is_common_acronym


def test_each_flag_is_a_bit_of_its_own_and_aggregates_one_way() -> None:
    flags = {
        name: value
        for name, value in vars(spans).items()
        if name.isupper() and not name.startswith("_") and type(value) is int
    }
    bits = {name: value for name, value in flags.items() if value.bit_count() == 1}
    assert len(set(bits.values())) == len(bits)  # no two flags share a bit
    # every flag is read over a document's mentions one way: all of them, or any
    assert not ALL_OF_DOCUMENT & ANY_OF_DOCUMENT
    assert all(value & (ALL_OF_DOCUMENT | ANY_OF_DOCUMENT) for value in bits.values())


def cleaned(text: str, raw: str, label: str = "GPE", occurrence: int = 0) -> str | None:
    """Clean the `occurrence`-th span `raw` of `text` and return the text it keeps."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(raw, start + 1)
    span = clean_span(text, start, start + len(raw), label)
    return None if span is None else text[span[0] : span[1]]


def flags_of(text: str, span: str, occurrence: int = 0) -> int:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(span, start + 1)
    return mention_flags(text, start, start + len(span))


def assert_flag(
    flag: int, flagged: list[tuple[str, str]], unflagged: list[tuple[str, str]]
) -> None:
    """Each (text, span) of `flagged` has the flag, none of `unflagged` has it."""
    for text, name in flagged:
        assert flags_of(text, name) & flag, text
    for text, name in unflagged:
        assert not flags_of(text, name) & flag, text


@pytest.mark.parametrize(
    ("raw", "label", "expected"),
    [
        ("North Korea’s", "GPE", "North Korea"),  # curly possessive
        ("Britain's", "GPE", "Britain"),  # straight possessive
        ("the Soviet Union’s", "GPE", "Soviet Union"),  # article and possessive
        ("The Soviet Union", "GPE", "Soviet Union"),
        (
            "the Democratic People’s Republic of Korea",
            "ORG",
            "Democratic People’s Republic of Korea",
        ),
        ("“Kremlin,", "ORG", "Kremlin"),  # quotes and punctuation
        ("  Moscow. ", "GPE", "Moscow"),
        ("Koreans’", "NORP", "Koreans"),  # plural possessive
        ("U.S.", "GPE", "U.S."),  # an abbreviation keeps its final dot
        ("Acme Inc.", "ORG", "Acme Inc."),
        ("the 1990s", "DATE", "1990s"),
        ("1948", "DATE", "1948"),  # a date may be digits only
    ],
)
def test_clean_span_trims_furniture(raw: str, label: str, expected: str) -> None:
    assert cleaned(f"Before {raw} after.", raw, label) == expected


def test_a_region_that_bears_a_countrys_name_is_known_by_its_address() -> None:
    for text in [
        "born in Atlanta, Georgia, in 1977",
        "the US state of Georgia said",
        "Georgia, US, has a new senator",
        "Florida, Georgia and Alabama voted",
    ]:
        assert flags_of(text, "Georgia") & IN_REGION, text
    for text in [
        "President of Georgia Mikheil Saakashvili",
        "Tbilisi, Georgia, saw protests",  # the country's capital
        "Russia, Georgia and Armenia",  # countries
        "Ukraine and Georgia joined",
    ]:
        assert not flags_of(text, "Georgia") & IN_REGION, text
    assert not flags_of("the state of Texas", "Texas") & IN_REGION  # no country's name


def test_a_span_that_runs_on_past_its_name_ends_at_the_name() -> None:
    text = "MPs in the Commons on Monday voted, and in the Commons after Mr Brown spoke."
    assert cleaned(text, "Commons on Monday", "ORG") == "Commons"
    assert cleaned(text, "Commons after Mr Brown", "ORG") == "Commons"
    text = "the House of Commons, European Parliament and Senate"
    assert cleaned(text, "House of Commons, European Parliament", "ORG") == "House of Commons"
    text = "Forwards: Worsley, O'Connor, Dallaglio."
    assert cleaned(text, "Worsley, O'Connor, Dallaglio", "ORG") == "Worsley"
    # names with a preposition or a comma of their own stay whole
    for raw, label in [
        ("Bank of England", "ORG"),
        ("Stratford-upon-Avon", "GPE"),
        ("Washington, DC", "GPE"),
        ("Crouching Tiger, Hidden Dragon", "WORK_OF_ART"),
        ("Friday on My Mind", "WORK_OF_ART"),
        ("Sheffield Wednesday", "ORG"),
        ("Department for Culture, Media and Sport", "ORG"),
        ("Academy of Motion Picture, Arts and Sciences", "ORG"),
        ("Mind, Body & Soul", "ORG"),
    ]:
        assert cleaned(f"as {raw} said", raw, label) == raw, raw


def test_a_family_name_before_family_is_no_mention_of_a_member() -> None:
    for text, raw, label in [
        ("the HSE is trying to contact the McCabe family, a spokesman said", "McCabe", "ORG"),
        ("The Finucane family has argued that", "Finucane", "PERSON"),
        ("led by a member of the Castro family's inner circle", "Castro", "PERSON"),
        ("two Kennedy families met", "Kennedy", "PERSON"),
    ]:
        assert cleaned(text, raw, label) is None, text
    # a people's word, a member's name, a name with "Family" in it stay
    for text, raw, label in [
        ("a Syrian family fled", "Syrian", "NORP"),
        ("an Aurora family adopted him", "Aurora", "PERSON"),
        ("Maurice McCabe and his family", "Maurice McCabe", "PERSON"),
        ("McCabe's family said", "McCabe", "PERSON"),
        ("the Addams Family opened", "Addams Family", "WORK_OF_ART"),
        ("the Manson Family murders", "Manson Family", "ORG"),
    ]:
        assert cleaned(text, raw, label) == raw, text


def test_a_span_run_on_over_a_spaced_dash_ends_before_it() -> None:
    for text, raw, label, name in [
        (
            "DJ Norman Cook - aka Fatboy Slim - has said",
            "Norman Cook - aka",
            "PERSON",
            "Norman Cook",
        ),
        ("star Bill Cosby – moved to tears", "Bill Cosby – moved", "PERSON", "Bill Cosby"),
        ("a trip to New York — two days", "New York — two", "GPE", "New York"),
        (
            "talks on Barack Obama - Afghanistan policy",
            "Barack Obama - Afghanistan",
            "PERSON",
            "Barack Obama",
        ),
    ]:
        assert cleaned(text, raw, label) == name, raw
    # a hyphen with no space, a title's subtitle, a work's or a date's dash: the span's own
    for text, raw, label in [
        ("in Guinea-Bissau today", "Guinea-Bissau", "GPE"),
        (
            "the forum Arctic - a Territory of Dialogue opened",
            "Arctic - a Territory of Dialogue",
            "FAC",
        ),
        ("the opera Flashmob - The Opera opened", "Flashmob - The Opera", "WORK_OF_ART"),
        ("from 2014 - December, 2016", "2014 - December, 2016", "DATE"),
    ]:
        assert cleaned(text, raw, label) == raw, raw


@pytest.mark.parametrize(("raw", "label"), [("’s", "GPE"), ("the ...", "ORG"), ("2015", "GPE")])
def test_clean_span_returns_none_when_nothing_is_left(raw: str, label: str) -> None:
    assert cleaned(f"x {raw} y", raw, label) is None


def test_a_name_with_a_nickname_in_quotes_is_spanned_whole() -> None:
    text = 'the SEAL William "Ryan" Owens was killed'
    for part in ("William", "Ryan", "Owens"):
        assert cleaned(text, part, "PERSON") == 'William "Ryan" Owens', part
    text = "Korn guitarist Brian 'Head' Welch told a radio station"
    assert cleaned(text, "Welch", "PERSON") == "Brian 'Head' Welch"
    # not a headline's quoted word before a name, nor after a word no given name
    text = "Trump Mocks 'Newcomer' Trump In Speech"
    assert cleaned(text, "Trump", "PERSON", occurrence=1) == "Trump"
    assert cleaned("the film 'Ray' Charles", "Charles", "PERSON") == "Charles"


def test_a_given_name_an_editor_put_in_brackets_is_no_mention() -> None:
    # the surname after it names the person; alone, the model makes a place of it
    for text, raw, label in (
        ("a tackle by (Zinedine) Zidane had", "Zinedine", "GPE"),
        ("the plan, [Jean-Claude] Juncker said", "Jean-Claude", "ORG"),
        ("said [Jennifer] Aniston", "Jennifer", "PERSON"),
        # a city's name too, where the document gives the whole name
        ("Vladimir Putin arrived. Talks with (Vladimir) Putin began", "Vladimir", "PERSON"),
        # with the title, whatever the document holds
        ("an effort made by (Russian President Vladimir) Putin to", "Vladimir", "PERSON"),
        ("in talks with President (Vladimir) Putin and", "Vladimir", "PERSON"),
    ):
        assert cleaned(text, raw, label, text.count(raw) - 1) is None, text
    for text, raw, label in (
        ("Talks with (Vladimir) Putin began", "Vladimir", "PERSON"),  # a city, alone
        ("Joe Cole (Chelsea) Frank Lampard", "Chelsea", "ORG"),
        ("Nominees: (Canada) Saul Bellow", "Canada", "GPE"),  # a country
        ("(UN) Security Council", "UN", "ORG"),  # an acronym
        ("(Belgian) Ibrahim el-Bakraoui", "Belgian", "NORP"),  # a people
        ("(Reuters) Send Facebook", "Reuters", "ORG"),  # an ordinary word after it
        ("[Washington] DC said", "Washington", "GPE"),  # an acronym after it
        ("the film (Amelie) in", "Amelie", "WORK_OF_ART"),
        ("(Vladimir) and Putin", "Vladimir", "PERSON"),
        # a bracket of names with no title before the word
        ("(Tula, Moscow, Ryazan, Vladimir) Ivanovo", "Vladimir", "GPE"),
        ("the regions (Moscow Ryazan Vladimir) Ivanovo", "Vladimir", "GPE"),
    ):
        assert cleaned(text, raw, label) == raw, text


def test_a_known_body_cut_in_two_at_a_small_word_grows_whole() -> None:
    text = "fighters of the Islamic State of Iraq and the Levant (ISIL) said"
    whole = "Islamic State of Iraq and the Levant"
    assert cleaned(text, "Islamic State of Iraq", "ORG") == whole
    assert cleaned(text, "Levant", "PERSON") == whole
    # not a name the table does not know, nor the region on its own
    assert cleaned("trade across the Levant and the Gulf", "Levant", "LOC") == "Levant"
    assert cleaned("the Bank of England and the Treasury", "Bank of England", "ORG") == (
        "Bank of England"
    )
    # al-Qaeda's Yemeni branch, cut at "in the" into a body and a place, its first word
    # hyphened or not
    for text, first in (
        ("Fourteen Al Qaeda in the Arabian Peninsula fighters were killed", "Al Qaeda"),
        ("a leader of al-Qaeda in the Arabian Peninsula, but", "al-Qaeda"),
    ):
        whole = f"{first} in the Arabian Peninsula"
        assert cleaned(text, first, "ORG") == whole, text
        assert cleaned(text, "Arabian Peninsula", "LOC") == whole, text
    # not the peninsula itself, nor the network fighting there
    text = "in the impoverished Arabian Peninsula country"
    assert cleaned(text, "Arabian Peninsula", "LOC") == "Arabian Peninsula"
    text = "al-Qaeda fighters in the Arabian Peninsula"
    assert cleaned(text, "Arabian Peninsula", "LOC") == "Arabian Peninsula"
    # a hyphened word inside the name ("Co-operation") does not stop it
    text = "the Organisation for Economic Co-operation and Development said"
    whole = "Organisation for Economic Co-operation and Development"
    assert cleaned(text, "Development", "ORG") == whole


def test_a_bodys_name_cut_at_and_takes_back_the_word_that_shares_its_head() -> None:
    for text, raw, whole in (
        ("warned the British and Irish Lions will", "Irish Lions", "British and Irish Lions"),
        (
            "added. The Public and Commercial Services Union (PCS) will",
            "Commercial Services Union",
            "Public and Commercial Services Union",
        ),
        (
            "said the Entertainment and Leisure Software Publishers Association",
            "Leisure Software Publishers Association",
            "Entertainment and Leisure Software Publishers Association",
        ),
    ):
        assert cleaned(text, raw, "ORG") == whole, text
    # two names: a name before "and", a plural first word, a party or a plural head
    # two bodies share, a word after a name ("Pew"), a head that is no body's, or
    # another label
    for text, raw, label in (
        ("China Construction Bank and Bank of China", "Bank of China", "ORG"),
        ("deals with Siemens and Cadbury Schweppes", "Cadbury Schweppes", "ORG"),
        ("the Conservatives and Liberal Democrats", "Liberal Democrats", "ORG"),
        ("with Democratic and Republican Party leaders", "Republican Party", "ORG"),
        ("the House and Senate Intelligence Committees", "Senate Intelligence Committees", "ORG"),
        ("the Pew Internet and American Life Project", "American Life Project", "ORG"),
        ("who won the Golden and Silver Bears", "Silver Bears", "ORG"),
        ("the British and Irish Lions tour", "Irish Lions", "NORP"),
    ):
        assert cleaned(text, raw, label) == raw, text


def test_a_listings_field_label_is_no_name() -> None:
    listing = (
        "the attacker fled at its target. TARGET: Two police officers wounded in knife "
        "attack ATTACKER: Abdul Numan Haider 406 stories"
    )
    assert cleaned(listing, "ATTACKER", "ORG") is None
    assert cleaned(listing, "TARGET", "ORG") is None
    # a transcript's speaker and a dateline are names, and so is a short acronym
    assert cleaned("TRUMP: We will win. HOLT: Thank you.", "TRUMP", "PERSON") == "TRUMP"
    assert cleaned("a brown bag. BROWN: No.", "BROWN", "PERSON") == "BROWN"
    assert cleaned("who said. WHO: cases rise", "WHO", "ORG") == "WHO"
    assert cleaned("ISLAMABAD: Pakistan said on", "ISLAMABAD") == "ISLAMABAD"
    assert cleaned("the BBC: a report", "BBC", "ORG") == "BBC"


def test_a_word_a_bad_decoding_damaged_stays_whole() -> None:
    lost = "\ufffd"  # what a decoder writes for a byte it cannot read
    assert cleaned(f"said Sinn F{lost}{lost}in's leader", "Sinn F", "ORG") == (
        f"Sinn F{lost}{lost}in"
    )
    assert cleaned(f"as Beyonc{lost}{lost} was", "Beyonc", "PERSON") == f"Beyonc{lost}{lost}"
    # or on the marks themselves
    text = f"tabled by Sinn F{lost}{lost}in. Labour"
    assert cleaned(text, f"Sinn F{lost}{lost}", "PRODUCT") == f"Sinn F{lost}{lost}in"
    assert cleaned(f"a Beyonc{lost}{lost} song", f"Beyonc{lost}{lost}", "PERSON") == (
        f"Beyonc{lost}{lost}"
    )
    assert cleaned(f"Mr Mich{lost}{lost}l Martin said", "l Martin", "PERSON") == (
        f"Mich{lost}{lost}l Martin"
    )
    # the model's span ended at the damage: the name goes on
    assert cleaned(f"leader Mich{lost}{lost}l Martin has", "Mich", "PERSON") == (
        f"Mich{lost}{lost}l Martin"
    )
    assert cleaned(f"said Iarnr{lost}{lost}d {lost}{lost}ireann on", "Iarnr", "ORG") == (
        f"Iarnr{lost}{lost}d {lost}{lost}ireann"
    )
    # the given name before a person's span, which the model could not read
    text = f"Commissioner N{lost}{lost}ir{lost}{lost}n O'Sullivan said"
    assert cleaned(text, "O'Sullivan", "PERSON") == f"N{lost}{lost}ir{lost}{lost}n O'Sullivan"
    # not a word that ends a clause, a lowercase word, a title, a hyphened name's end,
    # nor before a body's name
    text = f"T{lost}{lost}naiste Frances Fitzgerald said"
    assert cleaned(text, "Frances Fitzgerald", "PERSON") == "Frances Fitzgerald"
    text = f"Oleg K-Zurm{lost}{lost}hlen Roger Beedon"
    assert cleaned(text, "Roger Beedon", "PERSON") == "Roger Beedon"
    assert cleaned(f"in the D{lost}{lost}il, Enda Kenny said", "Enda Kenny", "PERSON") == (
        "Enda Kenny"
    )
    assert cleaned(f"the caf{lost}{lost} Enda Kenny owns", "Enda Kenny", "PERSON") == ("Enda Kenny")
    assert cleaned(f"the D{lost}{lost}il Public Accounts", "Public Accounts", "ORG") == (
        "Public Accounts"
    )
    # a body's name does not run on into the next capitalised word
    assert cleaned(f"Sinn F{lost}{lost}in President Gerry Adams", "Sinn F", "ORG") == (
        f"Sinn F{lost}{lost}in"
    )
    # a mark beside a quote or a space is no letter of the name
    assert cleaned(f'e "{lost}New York is', "New York") == "New York"
    assert cleaned(f"Sinn Fein {lost} said", "Sinn Fein", "ORG") == "Sinn Fein"


def test_a_word_whose_capital_a_bad_encoding_wrote_as_a_question_mark_joins_the_name() -> None:
    # an encoder with no "É" wrote "?": the model spans the rest of the word alone
    assert cleaned("workers at Bus ?ireann said", "ireann", "ORG") == "Bus ?ireann"
    assert cleaned("The Met ?ireann forecast", "ireann", "ORG") == "Met ?ireann"
    lost = "\ufffd"
    text = f"this morning, Iarnr{lost}{lost}d ?ireann has advised"
    assert cleaned(text, f"Iarnr{lost}{lost}d", "ORG") == f"Iarnr{lost}{lost}d ?ireann"
    assert cleaned(text, "Iarnr", "GPE") == f"Iarnr{lost}{lost}d ?ireann"
    assert cleaned(text, "ireann", "ORG") == f"Iarnr{lost}{lost}d ?ireann"
    # not a dash or a quote lost the same way before a common word, or a capitalised one
    assert cleaned("Donald Trump ?said it", "Donald Trump", "PERSON") == "Donald Trump"
    assert cleaned(f"Sinn F{lost}{lost}in ?said it", "Sinn F", "ORG") == f"Sinn F{lost}{lost}in"
    assert cleaned("Donald Trump ?Putin met", "Donald Trump", "PERSON") == "Donald Trump"
    assert cleaned("the Kremlin ?he said", "Kremlin", "ORG") == "Kremlin"
    # nor a whole name before a word no list knows: only a damaged one runs on
    assert cleaned("as Trump ?tweetstormed on", "Trump", "PERSON") == "Trump"
    assert cleaned("the new Apple ?iPhone sold", "iPhone", "PRODUCT") == "iPhone"


def test_a_span_over_a_line_break_keeps_the_name() -> None:
    text = "Published\n\nVladimir Putin said\nShare"
    assert cleaned(text, "Published\n\nVladimir Putin", "PERSON") == "Published"
    text = "Kim Jong Un\nSeoul office"
    assert cleaned(text, "Kim Jong Un\nSeoul", "PERSON") == "Kim Jong Un"
    text = "Updated on\nNorth Korea"
    assert cleaned(text, "Updated on\nNorth Korea", "GPE") == "North Korea"


def test_a_span_over_a_flattened_paragraph_break_keeps_the_name() -> None:
    # a conversion that joined paragraphs with their punctuation and a dash
    text = "according to KTLA.- Medina Jr. pleaded guilty"
    assert cleaned(text, "KTLA.- Medina Jr.", "PERSON") == "Medina Jr."
    text = "on Tuesday,-Szydlo said"
    assert cleaned(text, "Tuesday,-Szydlo", "PERSON") == "Szydlo"
    text = "in the nearby Labour Party,-described as"
    assert cleaned(text, "Labour Party,-described", "ORG") == "Labour Party"
    text = "the vote on Tuesday.-The Senate passed it"
    assert cleaned(text, "Tuesday.-The Senate", "ORG") == "Senate"
    text = "a photo.- Snowden said"
    assert cleaned(text, "photo.- Snowden", "PERSON") == "Snowden"
    text = "Merkel?- Three months later"
    assert cleaned(text, "Merkel?- Three months", "PERSON") == "Merkel"
    # a date keeps its date; a piece with no name word is no name
    text = "fighting since 1984.- Turkey, the US"
    assert cleaned(text, "1984.- Turkey", "DATE") == "1984"
    assert cleaned("on September 6.-More than", "September 6.-More", "DATE") == "September 6"
    assert cleaned("on entering Earth.-Only later", "Earth.-Only", "DATE") is None
    text = "a vote on Tuesday,-24 committee members"
    assert cleaned(text, "Tuesday,-24 committee", "ORG") is None
    # a credit is no name, cut or not ("Source:-Al Jazeera News")
    text = "said Qadi.- Source:-Al Jazeera News"
    assert cleaned(text, "Source:-Al Jazeera News", "ORG") is None
    # the word such a break glued to the sentence before opens the name, which the
    # model left out; a credit so glued is still a credit
    for text, raw, label, name in (
        ("in 2014.-Roger Berkowitz said", "Berkowitz", "ORG", "Roger Berkowitz"),
        ("he said.-Lorraine McCabe told it", "McCabe", "PERSON", "Lorraine McCabe"),
        (
            "its jobs.-Cologne Institute for Economic Research said",
            "Institute for Economic Research",
            "ORG",
            "Cologne Institute for Economic Research",
        ),
        ("Source:-Al Jazeera News", "Jazeera News", "ORG", None),
        # not an ordinary word, a title, an honorific or a possessive, nor for a date
        ("in 2016.-The Senate voted", "Senate", "ORG", "Senate"),
        ("he said.-President Donald Trump said", "Donald Trump", "PERSON", "Donald Trump"),
        ("gave way.-Mr Trump said", "Trump", "PERSON", "Trump"),
        ("it was.-Labour's Jeremy Corbyn said", "Jeremy Corbyn", "PERSON", "Jeremy Corbyn"),
        ("it rose.-In November prices fell", "November", "DATE", "November"),
        ("of it.-Following Bush, the party", "Bush", "PERSON", "Bush"),
        (
            "of the Beirut,-Lebanon-based Economic Commission",
            "Economic Commission",
            "ORG",
            "Economic Commission",
        ),
        ("the poll.-Szydlo-said Poland would", "Poland", "GPE", "Poland"),
    ):
        assert cleaned(text, raw, label) == name, text
    # an initial's or an abbreviation's dot before a hyphen is no break
    assert cleaned("said J.-P. Raffarin today", "J.-P. Raffarin", "PERSON") == "J.-P. Raffarin"
    assert cleaned("the St.-Denis stadium", "St.-Denis", "GPE") == "St.-Denis"
    assert cleaned("U.S.-Mexico border", "U.S.-Mexico", "GPE") == "U.S.-Mexico"
    assert cleaned("in Guinea-Bissau, then", "Guinea-Bissau", "GPE") == "Guinea-Bissau"


@pytest.mark.parametrize(
    ("text", "raw", "label"),
    [
        ("said Qadi.- Source:-Al Jazeera News", "Qadi.- Source:-Al Jazeera News", "ORG"),
        ("according to KTLA.- Medina Jr. pleaded", "KTLA.- Medina Jr.", "PERSON"),
        ("Published\n\nVladimir Putin said", "Published\n\nVladimir Putin", "PERSON"),
        ("said Sinn F\ufffd\ufffdin's leader", "Sinn F", "ORG"),
        ("The [Islamic] State said", "Islamic", "ORG"),
        ("said Mr Tony] Blair today", "Tony] Blair", "PERSON"),
        ("on St Patrick's Day in Dublin", "St Patrick", "PERSON"),
        ("said. Comparing Haier's paths, Haier grew", "Comparing Haier", "PERSON"),
        ("leader Marine Le Pen said", "Marine Le", "PERSON"),
        ("unrest gripped French Guiana in 2008", "Guiana", "PERSON"),
        ("Speaking on RT?'s Morning Ireland", "RT", "GPE"),
        # found cleaning a news index's stored spans again (session 23)
        ("you drink on Saint Patrick's Day (which", "Saint Patrick's", "PERSON"),
        ('not found. Det Ch Insp Andy Guy said: "The', "Det Ch Insp Andy Guy", "PERSON"),
        ("posted by Gisele Bundchen (@gisele) on Feb 6", "@gisele", "PERSON"),
        ('"?RT? News (@rtenews) February 7, 2017', "@rtenews", "NORP"),
        (
            "Supreme Court Explores Whether Sex Offenders Have Free Speech Rights On Social "
            "Media\n\nWASHINGTON - Sex offenders have rights",
            "Explores Whether Sex Offenders Have Free Speech Rights",
            "PERSON",
        ),
    ],
)
def test_a_cleaned_span_cleaned_again_stays_as_it_is(text: str, raw: str, label: str) -> None:
    # an index's stored spans are cleaned again when the rules change
    start = text.index(raw)
    once = clean_span(text, start, start + len(raw), label)
    assert once is None or clean_span(text, *once, label) == once


def test_an_honorific_before_a_name_says_a_family_name() -> None:
    for text in ("said Mr Howard today", "as Mrs. Howard said", "Dr Howard wrote"):
        assert flags_of(text, "Howard") & SURNAME_TITLED, text
    # not a style that goes with a given name, nor another title
    for text in ("said Sir Howard today", "Prince Howard wrote", "leader Howard said"):
        assert not flags_of(text, "Howard") & SURNAME_TITLED, text


def test_stacked_titles_a_saints_day_and_a_handle_in_brackets() -> None:
    text = "not found. Det Ch Insp Andy Guy said"
    assert cleaned(text, "Det Ch Insp Andy Guy", "PERSON") == "Andy Guy"
    text = "you drink on Saint Patrick's Day (which"
    assert cleaned(text, "Saint Patrick's", "PERSON") == "Saint Patrick's Day"
    assert cleaned(text, "Saint Patrick's Day", "PERSON") == "Saint Patrick's Day"
    assert cleaned("posted by Gisele Bundchen (@gisele) on Feb 6", "@gisele", "PERSON") is None
    # outside a day's name a saint and a single title are read as before, and an "@"
    # after a letter is an address's, no handle
    assert cleaned("said Saint Patrick's biographer", "Saint Patrick", "PERSON") == "Saint Patrick"
    assert cleaned("Inspector Andy Guy said", "Inspector Andy Guy", "PERSON") == "Andy Guy"
    assert cleaned("wrote to jo@Acme.com and Acme Corp", "Acme Corp", "ORG") == "Acme Corp"


def test_a_members_role_and_name_after_a_span_say_a_body() -> None:
    # a person's spokesman is a person's; a role with no name after it says nothing;
    # a Title-Case headline's words are no role
    assert_flag(
        MEMBER_ROLE,
        [
            ("said Fine Gael leader Enda Kenny today", "Fine Gael"),
            ("Fianna Fáil TD Niall Collins said", "Fianna Fáil"),
            ("by Labour MPs Jess Phillips and", "Labour"),
            ("Copa Di Vino founder James Martin", "Copa Di Vino"),
        ],
        [
            ("Putin spokesman Dmitry Peskov said", "Putin"),
            ("Fine Gael leader said on", "Fine Gael"),
            ("Fine Gael Leader Enda Kenny Quits", "Fine Gael"),
        ],
    )


def test_a_dails_members_letters_after_a_name_are_a_post_nominal() -> None:
    assert cleaned("said John Deasy TD on", "John Deasy TD", "PERSON") == "John Deasy"
    assert flags_of("said John Deasy TD on", "John Deasy") & AFTER_TITLE
    # a party's TD names the party
    assert cleaned("said Fianna Fail TD on", "Fianna Fail TD", "ORG") == "Fianna Fail"


def test_a_name_before_a_days_possessive_grows_into_the_days_name() -> None:
    text = "parades on St Patrick's Day in Dublin"
    assert cleaned(text, "St Patrick", "PERSON") == "St Patrick's Day"
    assert cleaned("gifts for Valentine’s Day", "Valentine", "PERSON") == "Valentine’s Day"
    assert cleaned("shut on Presidents' Day", "Presidents", "ORG") == "Presidents' Day"
    # not a lowercase day, nor a name the day is not named after
    assert cleaned("it was St Patrick's day off", "St Patrick", "PERSON") == "St Patrick"
    assert cleaned("Trump's Daytona rally", "Trump", "PERSON") == "Trump"


def test_a_place_and_what_was_agreed_there_name_the_agreement() -> None:
    # the model spans the city alone, as a place or a body
    assert cleaned("under the Minsk agreements signed", "Minsk", "ORG") == "Minsk agreements"
    assert cleaned("before the Oslo peace accords.", "Oslo", "GPE") == "Oslo peace accords"
    assert cleaned("the Kyoto protocol on", "Kyoto", "GPE") == "Kyoto protocol"
    assert cleaned("the Astana process and", "Astana", "GPE") == "Astana process"
    assert cleaned("the Northern Ireland peace process", "Northern Ireland", "GPE") == (
        "Northern Ireland peace process"
    )
    # cleaned again, the name stays as it is
    assert cleaned("under the Minsk agreements signed", "Minsk agreements", "ORG") == (
        "Minsk agreements"
    )
    # must not grow: a country is a party to its agreement, talks are held in the
    # place, a deal may be a club's, a small town's name may be a body's acronym
    assert cleaned("the Iran agreement", "Iran", "GPE") == "Iran"
    assert cleaned("the Geneva talks on Syria", "Geneva", "GPE") == "Geneva"
    assert cleaned("a Chelsea deal", "Chelsea", "ORG") == "Chelsea"
    assert cleaned("the GOP agenda", "GOP", "ORG") == "GOP"
    assert cleaned("in Minsk, agreements were", "Minsk", "GPE") == "Minsk"


def test_a_persons_name_before_an_airports_word_is_the_airport() -> None:
    text = "diverted to John F. Kennedy International Airport and"
    assert cleaned(text, "John F. Kennedy", "PERSON") == "John F. Kennedy International Airport"
    assert cleaned(
        "rerouted to Charles de Gaulle airport, north", "Charles de Gaulle", "PERSON"
    ) == ("Charles de Gaulle airport")
    assert cleaned("landed at Ben-Gurion Airport", "Ben-Gurion", "PERSON") == "Ben-Gurion Airport"
    assert cleaned("at Ben-Gurion International Airport", "Ben-Gurion", "PERSON") == (
        "Ben-Gurion International Airport"
    )
    # cleaned again, the name stays as it is
    assert cleaned(text, "John F. Kennedy International Airport", "PERSON") == (
        "John F. Kennedy International Airport"
    )
    # must not grow: a headline's one word before a lowercase "airport", a body's
    # name, another word
    assert cleaned("alert over Kim airport murder", "Kim", "PERSON") == "Kim"
    assert cleaned("the Ryanair airport fees", "Ryanair", "ORG") == "Ryanair"
    assert cleaned("John F. Kennedy aircraft carrier", "John F. Kennedy", "PERSON") == (
        "John F. Kennedy"
    )


def test_a_gerund_opening_a_sentence_is_cut_from_the_name_after_it() -> None:
    text = "said. Comparing Haier's expansion paths, Haier, the maker, grew."
    assert cleaned(text, "Comparing Haier", "PERSON") == "Haier"
    text = "Trump spoke. Following Trump's remarks, Trump left."
    assert cleaned(text, "Following Trump", "PERSON") == "Trump"
    # not mid-sentence, nor a given name, a style or a word that is no common word
    text = "the Comparing Haier report; Haier said"
    assert cleaned(text, "Comparing Haier", "ORG") == "Comparing Haier"
    assert cleaned("Tatum said. Channing Tatum came.", "Channing Tatum", "PERSON") == (
        "Channing Tatum"
    )
    assert cleaned("Berlin said. Irving Berlin wrote.", "Irving Berlin", "PERSON") == (
        "Irving Berlin"
    )
    # a word that is no verb's, or a name the document repeats whole
    text = "Ireland votes. Morning Ireland asked Ireland's leader."
    assert cleaned(text, "Morning Ireland", "ORG") == "Morning Ireland"
    text = "He said. Rolling Stone asked Stone. Rolling Stone printed it."
    assert cleaned(text, "Rolling Stone", "ORG") == "Rolling Stone"


SEED_002 = (
    "Kim Jong-un Sends Birthday Message to Putin Amid Strengthening Ties\n\n"
    "Kim Jong Un Putin Meeting\n\n"
    "North Korean leader Kim Jong-un has extended birthday greetings to Russian President "
    "Vladimir Putin. The message followed a visit by Putin to Pyongyang."
)


def test_person_run_into_headline_words_is_cut_back_to_the_name() -> None:
    assert cleaned(SEED_002, "Putin Amid", "PERSON") == "Putin"
    assert cleaned(SEED_002, "Putin Meeting", "PERSON") == "Putin"


def test_headline_cut_is_a_general_rule() -> None:
    text = "Xi Jinping Meets Biden\n\nChinese leader Xi Jinping said on Monday that Xi would stay."
    assert cleaned(text, "Xi Jinping Meets", "PERSON") == "Xi Jinping"
    # a trailing function word is never part of a name, headline or not
    assert cleaned("He met Merkel And then left.", "Merkel And", "PERSON") == "Merkel"


def test_headline_cut_keeps_names_that_are_english_words() -> None:
    # "May" and "Sung" are English words, but the body never names the shorter form alone
    text = "Theresa May Visits Paris\n\nPrime Minister Theresa May arrived."
    assert cleaned(text, "Theresa May", "PERSON") == "Theresa May"
    text = "Kim Il Sung Statue Unveiled\n\nA statue of Kim Il-sung stands there."
    assert cleaned(text, "Kim Il Sung", "PERSON") == "Kim Il Sung"
    # a name that is not an English word is never cut, even if the first part recurs
    text = "Xi Jinping Visits Moscow\n\nXi Jinping arrived. Xi said. Xi met."
    assert cleaned(text, "Xi Jinping", "PERSON") == "Xi Jinping"


def test_a_title_case_headline_s_predicate_is_cut_back_to_the_name() -> None:
    text = "Obama Says Goodbye in Chicago Speech\n\nObama spoke to 18,000 people."
    assert cleaned(text, "Obama Says Goodbye", "PERSON") == "Obama"
    # a verb's -s form first, whatever follows it
    text = "Trump Signs Order on Immigration\n\nThe order, Trump said, is temporary."
    assert cleaned(text, "Trump Signs Order on Immigration", "PERSON") == "Trump"
    text = "Trump Taps Exxon Chief\n\nTrump named him on Tuesday."
    assert cleaned(text, "Trump Taps", "PERSON") == "Trump"
    text = "ISIS Claims Responsibility for Attack\n\nISIS, also known as ISIL, said so."
    assert cleaned(text, "ISIS Claims Responsibility", "ORG") == "ISIS"
    # a verb's -ing form; a verb the story uses in another form ("endorsed")
    text = "Comey Firing Sparks Calls\n\nMr. Comey learned of it on television."
    assert cleaned(text, "Comey Firing Sparks", "PERSON") == "Comey"
    text = "Sanders Endorses Clinton\n\nSanders formally endorsed Hillary Clinton."
    assert cleaned(text, "Sanders Endorses Clinton", "PERSON") == "Sanders"
    # a product's name in camel case is capitalised as a headline's words are
    text = "Apple Unveils iPhone X at $999\n\nApple unveiled the phone on Tuesday."
    assert cleaned(text, "Apple Unveils iPhone X", "ORG") == "Apple"


def test_a_title_case_headline_keeps_names_the_document_writes_whole() -> None:
    # the whole name in the body, a body's plural last word, a name's own "of"
    text = "New York Times Sues\n\nThe New York Times said New York was calm."
    assert cleaned(text, "New York Times", "ORG") == "New York Times"
    text = "Lehman Brothers Collapse Deepens\n\nLehman said it would file."
    assert cleaned(text, "Lehman Brothers", "ORG") == "Lehman Brothers"
    text = "House of Commons Votes\n\nThe House met."
    assert cleaned(text, "House of Commons", "ORG") == "House of Commons"
    # no headline: a sentence's words are not cut
    text = "Analysts said Obama Says Goodbye was the tour's name. Obama left."
    assert cleaned(text, "Obama Says Goodbye", "PERSON") == "Obama Says Goodbye"


def test_a_us_states_abbreviation_keeps_its_full_stop() -> None:
    text = "CUPERTINO, Calif. — Apple said"
    assert cleaned(text, "Calif.", "GPE") == "Calif."
    # an abbreviation that is a word still ends a sentence
    assert flags_of("He was ill. Format wars began.", "Format") & LINE_START


def test_an_ordinary_word_ending_an_office_is_no_name() -> None:
    assert cleaned("US Secretary of State Colin Powell said", "State", "ORG") is None
    # a place, a body, or a word outside an office's name stays
    assert cleaned("the President of France said", "France", "GPE") == "France"
    assert cleaned("the chairman of Barclays said", "Barclays", "ORG") == "Barclays"
    assert cleaned("the role of the State", "State", "ORG") == "State"


def test_an_ordinary_word_opening_a_minister_s_or_a_secretary_s_title_is_no_name() -> None:
    for text, word in (
        ("said Finance Minister Anton Siluanov", "Finance"),
        ("Deputy Interior Minister Igor Zubov", "Interior"),
        ("Home Secretary Amber Rudd said", "Home"),
        ("FOREIGN MINISTER Sergei Lavrov", "FOREIGN"),
    ):
        assert cleaned(text, word, "ORG") is None, text
    # a place's name in the title is the place's; a party before a minister in
    # lowercase, and a body's name before another word, stay
    assert cleaned("Scotland Secretary David Mundell", "Scotland", "GPE") == "Scotland"
    assert cleaned("The French Minister of the Interior", "French", "NORP") == "French"
    assert cleaned("a Labour minister said", "Labour", "ORG") == "Labour"
    assert cleaned("the Home Office said", "Home", "ORG") == "Home"
    assert cleaned("Finance Ministry officials", "Finance", "ORG") == "Finance"


@pytest.mark.parametrize(
    ("text", "words", "kept"),
    [
        # "National Security" tagged ORG in "National Security Adviser Michael Flynn":
        # what the adviser sees to, no body of its own
        ("National Security Adviser Michael Flynn resigned", "National Security", False),
        ("said Constitutional Affairs Minister Chris Leslie", "Constitutional Affairs", False),
        ("Trade and Industry Secretary Patricia Hewitt", "Trade and Industry", False),
        ("the EU Justice and Home Affairs Commissioner said", "Home Affairs", False),
        # a body's or a building's name before the title, a place's, a Secretary
        # General's body, another word after the words, or the words alone, stay
        ("Home Office Minister Tony McNulty", "Home Office", True),
        ("White House Adviser Steve Bannon", "White House", True),
        ("Northern Ireland Secretary Paul Murphy", "Northern Ireland", True),
        ("United Nations Secretary-General Ban Ki-moon", "United Nations", True),
        ("United Nations Secretary General Antonio Guterres", "United Nations", True),
        ("the National Security Council met", "National Security", True),
        ("Home Affairs spokesman Mark Oaten", "Home Affairs", True),
        ("British Airways Commissioner", "British Airways", True),
    ],
)
def test_a_portfolios_words_before_an_office_are_no_name(text: str, words: str, kept: bool) -> None:
    assert cleaned(text, words, "ORG") == (words if kept else None)


def test_a_source_credit_names_no_one_the_story_is_about() -> None:
    text = "he said.-\nSource:-Al Jazeera and news agencies\n"
    assert cleaned(text, "Source:-Al Jazeera", "ORG") is None
    assert cleaned("Chart data. Source: ONS", "ONS", "ORG") is None
    # a headline's sources, and a source in prose, stay
    assert cleaned("Sources: Trump signed off on the raid", "Trump", "PERSON") == "Trump"
    assert cleaned("a source close to Al Jazeera said", "Al Jazeera", "ORG") == "Al Jazeera"


def test_bylines_and_a_wire_storys_credits_name_no_one_the_story_is_about() -> None:
    text = "Clinton Faces Questions\n\nBy JANE DOE and JOHN ROE\n\nMrs. Clinton spoke."
    assert cleaned(text, "JANE DOE", "PERSON") is None
    assert cleaned(text, "JOHN ROE", "PERSON") is None
    text = "Putin spoke.\n(Reporting by Denis Pinchuk in Moscow; Editing by Richard Balmforth)"
    for name in ["Denis Pinchuk", "Moscow", "Richard Balmforth"]:
        assert cleaned(text, name, "PERSON") is None, name


def test_photo_and_reporting_credits_name_no_one_the_story_is_about() -> None:
    text = "Trump at a rally. (AP Photo/Evan Vucci)\nTrump spoke. Chip Somodevilla/Getty Images"
    assert cleaned(text, "Evan Vucci", "PERSON") is None
    assert cleaned(text, "Chip Somodevilla", "PERSON") is None
    text = "Trump left.\nCNN's Jake Tapper and Dana Bash contributed to this report."
    assert cleaned(text, "Jake Tapper", "PERSON") is None
    assert cleaned(text, "Dana Bash", "PERSON") is None
    # a person who contributed to something else, a body beside a slash
    text = "Obama contributed to the debate. Obama spoke."
    assert cleaned(text, "Obama", "PERSON") == "Obama"
    assert cleaned("the US/UK alliance", "UK", "GPE") == "UK"
    # two players sharing a place in a line-up, two names of a contest
    text = "Replacements: Kay, W Johnson/B Deacon, Vesty."
    assert cleaned(text, "W Johnson", "PERSON") == "W Johnson"
    assert cleaned(text, "B Deacon", "PERSON") == "B Deacon"
    assert cleaned("a Bush/Kerry game", "Bush", "PERSON") == "Bush"


def test_by_in_prose_is_no_byline() -> None:
    # a sentence opening with "By", a line ending in a full stop, "by" in a sentence
    assert cleaned("By Tuesday, Obama had left.", "Obama", "PERSON") == "Obama"
    assert cleaned("It was signed by Obama on Friday", "Obama", "PERSON") == "Obama"
    text = "Reporting by the Guardian found that Obama lied"
    assert cleaned(text, "Obama", "PERSON") == "Obama"


def test_a_social_handle_or_a_hashtag_is_no_name() -> None:
    text = "Follow us on Twitter @nytpolitics for more."
    assert cleaned(text, "Twitter @nytpolitics", "ORG") == "Twitter"
    assert cleaned("is not a #SecretaryOfState, he wrote", "SecretaryOfState", "PERSON") is None
    assert cleaned("said @BBCBreaking today", "@BBCBreaking", "ORG") is None
    # an "@" inside a word is not a handle's
    assert cleaned("the show News@Five said", "News@Five", "ORG") == "News@Five"


def test_a_web_address_is_no_name() -> None:
    text = "Digg reddit Newsvine Permalink http://dw.com/p/2Z6Sg Takata said"
    span = "Newsvine Permalink http://dw.com/p/2Z6Sg Takata"
    assert cleaned(text, span, "PERSON") == "Newsvine Permalink"
    assert (
        cleaned("see http://twitter.com/jpaceDC now", "http://twitter.com/jpaceDC", "ORG") is None
    )
    assert cleaned("visit WWW.BBC.CO.UK/news today", "WWW.BBC.CO.UK/news", "ORG") is None
    assert cleaned("(http://apne.ws/2ocOSnu) said", "http://apne.ws/2ocOSnu", "ORG") is None
    # a company named for its address is no link: no "http" nor "www." opens it
    assert cleaned("shares in Amazon.com rose", "Amazon.com", "ORG") == "Amazon.com"


def test_person_is_extended_over_an_intra_word_hyphen() -> None:
    text = "Professor Lim Eul-chul at Kyungnam University said so."
    assert cleaned(text, "Lim Eul", "PERSON") == "Lim Eul-chul"
    text = "President Moon Jae-in met him."
    assert cleaned(text, "Moon Jae", "PERSON") == "Moon Jae-in"


def test_a_person_cut_after_a_particle_grows_over_the_family_name() -> None:
    text = "Front National leader Marine Le Pen likely to win"
    assert cleaned(text, "Marine Le", "PERSON") == "Marine Le Pen"
    assert cleaned("Mrs. Le Pen to look", "Le", "PERSON") == "Le Pen"
    text = "Ursula von der Leyen said"
    assert cleaned(text, "Ursula von", "PERSON") == "Ursula von der Leyen"
    assert cleaned(text, "Ursula von der", "PERSON") == "Ursula von der Leyen"
    text = "told Jean-Yves Le Drian. Then"
    assert cleaned(text, "Jean-Yves Le", "PERSON") == "Jean-Yves Le Drian"
    # a Chinese or an Arab name may end in a word that is a particle elsewhere; a
    # particle before a lowercase word or a stop takes nothing
    assert cleaned("said Peng Bin Kept", "Peng Bin", "PERSON") == "Peng Bin"
    assert cleaned("the work of James Du Then", "James Du", "PERSON") == "James Du"
    assert cleaned("Ursula von der said", "Ursula von der", "PERSON") == "Ursula von der"
    assert cleaned("Marine Le. Pen", "Marine Le", "PERSON") == "Marine Le"
    assert cleaned("The Marine Le Pen", "Marine Le Pen", "ORG") == "Marine Le Pen"
    # a double-barrelled family name is the name's, an English word hyphened on is not
    assert cleaned("told Ms Le O'Neill-Smith today", "Le", "PERSON") == "Le O'Neill-Smith"
    text = "a Marine Le Pen-led government"
    assert cleaned(text, "Marine Le", "PERSON") == "Marine Le Pen"


def test_person_is_not_extended_over_an_english_word_or_a_capitalised_part() -> None:
    assert cleaned("The Putin-backed rebels", "Putin", "PERSON") == "Putin"
    assert cleaned("The Putin-Xi summit", "Putin", "PERSON") == "Putin"
    assert cleaned("The Russia-based firm", "Russia", "GPE") == "Russia"


def test_line_start_flag() -> None:
    text = "Exit mobile version\nShare.\n  “Troops came,” he said."
    assert flags_of(text, "Exit") & LINE_START
    assert flags_of(text, "Share") & LINE_START
    assert flags_of(text, "Troops") & LINE_START  # after indentation and a quote
    assert not flags_of(text, "mobile") & LINE_START


def test_a_sentence_start_is_a_line_start() -> None:
    # a common word is capitalised there as at a line's start; a stop that ends a short
    # form or an initial ends no sentence, nor does one before a body's word
    assert_flag(
        LINE_START,
        [
            ("Music buyers want choice. Format interoperability matters.", "Format"),
            ('He left early! "Time will tell," he said.', "Time"),
            ("Is it over? Success came late.", "Success"),
        ],
        [
            ("He met Mr. Wood at the club.", "Wood"),
            ("He went to No. 10 Downing Street.", "Downing Street"),
            ("The letter was signed J. Format for the board.", "Format"),
            ("Fans of St. Helens cheered.", "Helens"),
            ("He said so, Time magazine reported.", "Time"),  # mid-sentence
            ("He was chosen. Time magazine's Person of the Year", "Time"),
        ],
    )


def test_title_case_line_flag() -> None:
    text = (
        "Kim Jong-Un and Troops to Miss Russia’s Victory Day Amid Military Ties\n\n"
        "North Korean leader Kim Jong-un will not attend, according to the Kremlin."
    )
    assert flags_of(text, "Troops") & TITLE_CASE_LINE
    assert flags_of(text, "Kim Jong-Un") & TITLE_CASE_LINE
    assert not flags_of(text, "Kremlin") & TITLE_CASE_LINE
    assert not flags_of("Exit mobile version", "Exit") & TITLE_CASE_LINE


def test_lowercase_elsewhere_flag() -> None:
    text = "Kim and Troops to Miss Parade\n\nNorth Korea has never sent troops abroad."
    assert flags_of(text, "Troops") & LOWERCASE_ELSEWHERE
    text = "The Secretary of State said the state media lied."
    assert flags_of(text, "State") & LOWERCASE_ELSEWHERE
    # part of another word does not count; acronyms and names are not checked
    assert not flags_of("Turkey's turkeys", "Turkey") & LOWERCASE_ELSEWHERE
    assert not flags_of("WHO said who knows", "WHO") & LOWERCASE_ELSEWHERE
    assert not flags_of("Kim Jong Un and kim", "Kim Jong Un") & LOWERCASE_ELSEWHERE
    # a part of a hyphenated name is not an ordinary word
    assert not flags_of("Kim Jong-un spoke.\nUn Ho-jin too.", "Un") & LOWERCASE_ELSEWHERE
    assert flags_of("The state’s media. State TV", "State") & LOWERCASE_ELSEWHERE


def test_after_title_flag() -> None:
    text = "Senior research fellow Hong Min at the Korea Institute said."
    assert flags_of(text, "Hong Min") & AFTER_TITLE
    assert flags_of("said Dr. Lee Sung-yoon today", "Lee Sung-yoon") & AFTER_TITLE
    assert not flags_of("tanks in Hong Kong", "Hong Kong") & AFTER_TITLE
    # the trades of the arts and a hacker's title a person too
    assert flags_of("French architect Le Corbusier's foray", "Le Corbusier") & AFTER_TITLE
    assert flags_of("Canadian hacker Karim Baratov was held", "Karim Baratov") & AFTER_TITLE
    text = "the architects Foster and Partners designed it"
    assert not flags_of(text, "Foster and Partners") & AFTER_TITLE


def test_a_relatives_word_after_a_possessive_names_a_relative() -> None:
    assert_flag(
        RELATIVE_NAMED,
        [
            (
                "Mr Mulvaney's great-great-grandfather Matthew Mulvaney emigrated",
                "Matthew Mulvaney",
            ),
            ("the adventurer's son, Oskar Konyukhov, set", "Oskar Konyukhov"),
            ("he assumed the office his father, Pierre Trudeau, held", "Pierre Trudeau"),
            ("ing his son-in-law Jared Kushner and", "Jared Kushner"),
        ],
        [
            # a relative's word with no one's possessive, or another noun between
            ("the father of Matthew Mulvaney said", "Matthew Mulvaney"),
            ("her son's teacher Anne Smith said", "Anne Smith"),
            ("the son Matthew Mulvaney never had", "Matthew Mulvaney"),
        ],
    )


def test_a_players_position_titles_a_name() -> None:
    assert_flag(
        AFTER_TITLE,
        [
            ("France full-back Pepito Elhorga scored", "Pepito Elhorga"),
            ("Wales fly-half Stephen Jones kicked", "Stephen Jones"),
            # "forward" after a side's name
            ('"It was worth it." Barcelona forward Neymar.', "Neymar"),
            ("Springboks forward Alistair Hargreaves was", "Alistair Hargreaves"),
        ],
        [
            # "forward" as an adverb after a verb or a lowercase word
            ("He put forward Labour's plans", "Labour"),
            ("Looking forward Trump said", "Trump"),
            ("the deal brought forward Monday's vote", "Monday"),
        ],
    )


def test_a_title_ends_at_its_sentence_and_its_line() -> None:
    # a title word that ends a sentence or a paragraph is not before the next name
    text = "he's truly a fabulous player.\n\nEverton: Martyn, Hibbert"
    assert not flags_of(text, "Everton") & AFTER_TITLE
    assert not flags_of("said the coach. Everton were poor", "Everton") & AFTER_TITLE
    assert not flags_of("the striker\nEverton were poor", "Everton") & AFTER_TITLE
    # an abbreviated title keeps its full stop, and an apposition its comma
    assert flags_of("said Gen. Franks today", "Franks") & AFTER_TITLE
    assert flags_of("said Capt. Smith today", "Smith") & AFTER_TITLE
    assert flags_of("said Mr. Smith today", "Smith") & AFTER_TITLE
    assert flags_of("Its lawyer, Hugh Ray, said", "Hugh Ray") & AFTER_TITLE
    # a name before another title is that title's club or party, not titled itself
    assert not flags_of("Fellow Bath prop Duncan Bell will start", "Bath") & AFTER_TITLE
    assert flags_of("Fellow Bath prop Duncan Bell will start", "Duncan Bell") & AFTER_TITLE


def test_a_peoples_word_after_a_name_is_flagged() -> None:
    assert_flag(
        PEOPLE_NAMED,
        [
            ("the cause of the Carib people", "Carib"),
            ("Masai tribesmen herd cattle", "Masai"),
            ("the Rohingya minority", "Rohingya"),
        ],
        [("the Carib council", "Carib"), ("Carib Chief Charles Williams", "Carib")],
    )


def test_an_age_said_of_a_name_titles_it_as_a_person() -> None:
    assert_flag(
        AFTER_TITLE,
        [
            ("Then the 24-year-old Gambill (ranked 21st) wore", "Gambill"),
            ("the 31-year-old Kluft said", "Kluft"),
            ("a twenty-year-old Smith", "Smith"),
            ("his fiancee Annabella Holmes, 47, whom he met", "Annabella Holmes"),
        ],
        [
            # the name is a word of the noun the age is said of
            ("that the 35-year-old Cobh runner may", "Cobh"),
            ("the 19-year-old Liverpool striker", "Liverpool"),
            ("the 150-year-old firm Smiths", "Smiths"),
            # a list of versions is no age
            ("Windows XP, 98, and ME", "Windows XP"),
            ("Windows XP, 98, 2000", "Windows XP"),
        ],
    )


def test_one_of_a_people_in_apposition_titles_a_name_as_a_person() -> None:
    assert_flag(
        AFTER_TITLE,
        [
            ("hackers Belan and Karim Baratov, a Kazakh who lives in Canada.", "Karim Baratov"),
            ("the investigator Catalan, a Swede. Four", "Catalan"),
            ("Amri, a Tunisian, was shot dead", "Amri"),
            ("Samuel Amoah, a Belgian national who set up", "Samuel Amoah"),
            ("their co-conspirator, Baratov, a resident of Canada, with", "Baratov"),
            ("Li Wei, a native of Hebei, was found", "Li Wei"),
        ],
        [
            # a people's adjective before a noun is said of a thing or a body
            ("Yukos, a Russian oil firm, said", "Yukos"),
            ("Toyota, a Japanese company.", "Toyota"),
            # a people named after a name is a list, not an apposition
            ("talks between Britain, a French delegation and", "Britain"),
            ("Glasgow, a Labour stronghold, voted", "Glasgow"),
        ],
    )


def test_a_title_of_a_portfolio_is_capitalised_or_in_apposition() -> None:
    # "<title> of [the] <Portfolio> <Name>" titles the name; "chief executive of the
    # Child Support Agency" or "leader of the Liberal Democrats" names a body
    text = "his role as chief executive of the Child Support Agency."
    assert not flags_of(text, "Child Support Agency") & AFTER_TITLE
    text = "the leader of the Liberal Democrats said"
    assert not flags_of(text, "Liberal Democrats") & AFTER_TITLE
    text = "The director of the film, Vinod Pande, says"
    assert flags_of(text, "Vinod Pande") & AFTER_TITLE
    text = "Chancellor of the Exchequer Gordon Brown spoke"
    assert flags_of(text, "Gordon Brown") & AFTER_TITLE
    # a portfolio of several words, or "to" one
    text = "U.S. Ambassador to the United Nations Nikki Haley said"
    assert flags_of(text, "Nikki Haley") & AFTER_TITLE
    text = "the leader of the Liberal Democrats Charles Kennedy said"
    assert flags_of(text, "Charles Kennedy") & AFTER_TITLE
    # a place after a body is no one titled
    assert not flags_of("he went to the United Nations in New York", "New York") & AFTER_TITLE
    assert not flags_of("a spokesman for Microsoft said", "Microsoft") & AFTER_TITLE


def test_a_stadium_or_an_airport_after_a_name_says_what_it_is() -> None:
    assert flags_of("Spectators left Real Madrid's Bernabeu stadium", "Bernabeu") & AT_GROUND
    assert flags_of("tested at Heathrow and Gatwick airports", "Gatwick") & PLACE_NAMED
    assert not flags_of("Bernabeu said the stadium", "Bernabeu") & AT_GROUND


def test_a_hyphened_name_cut_after_its_link_word_is_taken_whole() -> None:
    text = "to his ornate southern retreat Mar-a-Lago, Trump is"
    assert cleaned(text, "Mar-a", "PERSON") == "Mar-a-Lago"
    assert cleaned("flights to Rostov-on-Don on Friday", "Rostov-on", "GPE") == "Rostov-on-Don"
    text = "claimed by Jaish-e-Mohammad's fighters"
    assert cleaned(text, "Jaish-e", "ORG") == "Jaish-e-Mohammad"
    # not a date's compound ("a 48-year-old-Lee" of a bad conversion), nor a name
    # whose last word is a name ("Clinton-Trump" stays as the model cut it)
    assert cleaned("the 48-year-old-Lee said", "48-year-old", "DATE") == "48-year-old"
    assert cleaned("the Clinton-Trump debate", "Clinton", "PERSON") == "Clinton"


def test_a_kind_of_show_before_a_name_is_a_work_word() -> None:
    for text, name in (
        ("Chris Morris, who created controversial TV show Brass Eye, is", "Brass Eye"),
        ("the cast of sketch show Smack The Pony, who reunited", "Smack The Pony"),
        ("His popular music show American Bandstand was", "American Bandstand"),
        ("he once appeared in TV soap Brookside", "Brookside"),
        ("a Dove soap advert", "Dove"),
    ):
        assert flags_of(text, name) & NEAR_WORK_WORD, text
    # "show" alone may be a verb
    assert not flags_of("Polls show Clinton ahead in Ohio", "Clinton") & NEAR_WORK_WORD
    assert not flags_of("Figures show Tesco gaining ground", "Tesco") & NEAR_WORK_WORD


def test_a_works_word_before_a_name_introduces_the_work_one_after_it_does_not() -> None:
    for text, name in (
        ("Oscar-nominated film biopic Ray has surpassed", "Ray"),
        ("nominated for playing Charles in the hit movie Ray - dedicated", "Ray"),
        ("The re-release of hit song Jailhouse Rock was", "Jailhouse Rock"),
        ("Closer, the Mike Nichols film, is", "Closer"),
        ("the cast of sketch show Smack The Pony, who", "Smack The Pony"),
        ("animated fable The Polar Express, starring Tom Hanks", "Polar Express"),
        ("Keanu Reeves stars in the thriller Constantine", "Constantine"),
        ("the 1960s tune Ballad of Jed Clampett", "Ballad of Jed Clampett"),
    ):
        assert flags_of(text, name) & WORK_INTRODUCED, text
    for text, name in (
        ("the sequel to the Ben Stiller comedy Meet The Parents", "Ben Stiller"),
        ("told BBC One's Breakfast with Frost programme", "Frost"),
        ("the third Harry Potter film", "Harry Potter"),
    ):
        flags = flags_of(text, name)
        assert flags & NEAR_WORK_WORD and not flags & WORK_INTRODUCED, text
    # a match is a thriller too
    assert not flags_of("a 19-5 success in an Arms Park thriller.", "Arms Park") & NEAR_WORK_WORD


_MATCH_REPORT = (
    "a late goal.\n\nHislop, Griffin, Primus, De Zeeuw, Taylor, Stone (Cisse 76), Quashie"
    " (Berkovic 83), Faye, O'Neil, Kamara (Fuller 65), Yakubu.\n\nSubs Not Used: Berger,"
    " Ashdown.\n\nCech, Paulo Ferreira, Gallas, Terry, Johnson, Duff, Makelele, Smertin"
    " (Cole 73), Lampard, Robben (Geremi 81), Drogba.\n\nRobben 79, Cole 90.\n\nGiggs 64,"
    " Rooney 68.\n"
)


def test_a_football_team_sheet_and_its_scorers_line_are_lists_of_people() -> None:
    for name in ("Makelele", "Griffin", "De Zeeuw", "Paulo Ferreira", "Cisse", "Drogba"):
        assert flags_of(_MATCH_REPORT, name) & IN_NAME_LIST, name
    assert flags_of(_MATCH_REPORT, "Rooney") & IN_NAME_LIST  # its scorers' line
    # the minute the model took into a scorer's or a substitute's name is cut
    assert cleaned(_MATCH_REPORT, "Giggs 64", "LAW") == "Giggs"
    assert cleaned(_MATCH_REPORT, "Cisse 76", "PERSON") == "Cisse"
    # not a list of bare words without a substitution, nor a product's versions, nor
    # a version's number in a sentence
    text = "Shares fell.\n\nTesco, Sainsbury, Asda, Morrisons, Boots, Next, Dixons, Argos.\n"
    assert not flags_of(text, "Tesco") & IN_NAME_LIST
    assert not flags_of("Upgrades.\n\nWindows 95, Office 97.\n", "Windows") & IN_NAME_LIST
    assert cleaned("users of Windows 95, who", "Windows 95", "PRODUCT") == "Windows 95"
    text = "under its terms (Article 1) and (Page 12) of the deal"
    assert cleaned(text, "Article 1", "LAW") == "Article 1"
    assert cleaned("Upgrades.\n\nWindows 95, Office 97.\n", "Windows 95", "PRODUCT") == (
        "Windows 95"
    )


_RUGBY_REPORT = (
    "Ireland held on in Rome.\n\n"
    "De Marigny; Mi Bergamasco, Canale, Masi, Nitoglia; Orquera, Troncon; Lo Cicero, "
    "Ongaro, Castrogiovanni; Dellape, Bortolami; Persico, Ma Bergamasco, Parisse.\n\n"
    "Perugini, Intoppa, Del Fava, Dal Maso, Griffen, Pozzebon, Robertson.\n\n"
    "Murphy, Horgan, O'Driscoll, D'Arcy, Hickie, O'Gara, Stringer, Corrigan, Byrne, "
    "Hayes, O'Kelly, O'Connell, S Easterby, Leamy, Foley.\n\n"
    "Sheahan, Horan, O'Callaghan, Miller, G Easterby, Humphreys, Dempsey.\n\n"
    "P O'Brien (New Zealand)\n"
)


def test_a_sides_line_without_its_heading_lists_people() -> None:
    # fifteen a side, two sides, each with its bench on the next line
    for name in ("Parisse", "Mi Bergamasco", "Leamy", "Easterby", "Sheahan", "Dempsey"):
        assert flags_of(_RUGBY_REPORT, name) & IN_NAME_LIST, name
    # one side is enough where its bench follows
    one = "Chelsea won.\n\n" + _RUGBY_REPORT.split("\n\n", 3)[3]
    assert flags_of(one, "Sheahan") & IN_NAME_LIST
    # not a lone line of eleven bare names, nor one followed by prose, nor a bench
    # without its side
    shops = (
        "Tesco, Sainsbury, Asda, Morrisons, Boots, Next, Dixons, Argos, Comet, Currys, Woolworths."
    )
    assert not flags_of(f"Shares fell.\n\n{shops}\n", "Comet") & IN_NAME_LIST
    text = f"Shares fell.\n\n{shops}\n\nAnalysts said the fall was, in the end, modest.\n"
    assert not flags_of(text, "Comet") & IN_NAME_LIST
    bench = "Scores.\n\nSheahan, Horan, O'Callaghan, Miller, Humphreys, Dempsey.\n"
    assert not flags_of(bench, "Sheahan") & IN_NAME_LIST


def test_what_only_a_company_has_is_said_of_a_company() -> None:
    for text, name in (
        ("Shares in Krispy Kreme sank 14%", "Krispy Kreme"),
        ("Biogen Idec shares plunged", "Biogen Idec"),
        ("Vivendi's chief executive Jean-Rene Fourtou", "Vivendi"),
        ("HSBC's Yugansk unit", "Yugansk"),
        ("a stake in Yukos", "Yukos"),
        ("Vivendi's board rejected it", "Vivendi"),
        ("Batesville's parent company, Hillenbrand", "Batesville"),
        (
            "said Michael Heilmann, chief technology officer for Vivendi Universal.",
            "Vivendi Universal",
        ),
        ("the chairman of Yingke Law Firm said", "Yingke Law Firm"),
        ("Rahul Sood, CEO at Santander Central Hispano", "Santander Central Hispano"),
        (
            "said Hannes Wittig, telecoms analyst at Dresdner Kleinwort Wasserstein",
            "Dresdner Kleinwort Wasserstein",
        ),
        ("Simon Rubinsohn, chief economist at Gerrard, said", "Gerrard"),
    ):
        assert flags_of(text, name) & STOCK_HELD, text
    # a person's own dealings, or what is done to a player
    for text, name in (
        ("Abramovich's shares in Sibneft", "Abramovich"),
        ("Chelsea's bid for Wayne Rooney", "Wayne Rooney"),
        ("the sale of Rooney to United", "Rooney"),
        ("since Mike Smith's appointment as chief executive", "Mike Smith"),
    ):
        flags = flags_of(text, name)
        assert flags & TRADED and not flags & STOCK_HELD, text
    # a person's officers are anyone's: a director's, a spokesman's, a president's
    for text, name in (
        ("the director of Vera Drake said", "Vera Drake"),
        ("a spokesman for Michael Howard said", "Michael Howard"),
        ("the president of Kenya Airways", "Kenya Airways"),
        ("Smith's school board", "Smith"),
        ("At the camp, Ngwenya shares a large tent with", "Ngwenya"),
        ("said Eric Kraus, a strategist at Moscow's Sovlink Securities", "Moscow"),
    ):
        assert not flags_of(text, name) & STOCK_HELD, text


def test_a_persons_name_cut_from_a_title_beside_a_work_word_is_the_title() -> None:
    text = "he told BBC One's Breakfast with Frost programme that"
    assert cleaned(text, "Frost", "PERSON") == "Breakfast with Frost"
    # without a work's word beside it, a person's name stays ("Lunch with Obama")
    assert cleaned("a Lunch with Obama is planned", "Obama", "PERSON") == "Obama"


def test_a_site_named_after_a_saint_or_a_people_takes_its_word_back() -> None:
    text = "tourists at St. Isaac's Cathedral in St Petersburg"
    assert cleaned(text, "St. Isaac", "GPE") == "St. Isaac's Cathedral"
    assert cleaned("mass at St Patrick's Church on", "St Patrick", "ORG") == ("St Patrick's Church")
    text = "treated at Crumlin Children's Hospital in Dublin"
    assert cleaned(text, "Crumlin Children", "ORG") == "Crumlin Children's Hospital"
    # a city's or a country's possessive is no site's name; a saint alone stays
    assert cleaned("London's Abbey Road studios", "London", "GPE") == "London"
    assert cleaned("Malaysia's University of Science", "Malaysia", "GPE") == "Malaysia"
    assert cleaned("St Patrick's legacy", "St Patrick", "PERSON") == "St Patrick"
    # cleaned again, the whole name stays whole: no title or ordinary word is cut
    text = "mass at Saint Paul's Cathedral on"
    assert cleaned(text, "Saint Paul", "PERSON") == "Saint Paul's Cathedral"
    assert cleaned(text, "Saint Paul's Cathedral", "PERSON") == "Saint Paul's Cathedral"


def test_a_name_styled_like_a_monarchs_is_taken_whole() -> None:
    text = "the third film in the Lord of the Rings trilogy"
    assert cleaned(text, "Rings", "ORG") == "Lord of the Rings"
    text = "Ellen Simonetti, known as Queen of the Sky, wrote"
    assert cleaned(text, "Sky", "ORG") == "Queen of the Sky"
    # an office's body or a place keeps its own name
    assert cleaned("the Speaker of the House said", "House", "ORG") == "House"
    assert cleaned("the King of the Netherlands visited", "Netherlands", "GPE") == "Netherlands"
    # cleaned again, the whole stays whole
    assert cleaned(text, "Queen of the Sky", "ORG") == "Queen of the Sky"


def test_a_papers_last_word_the_model_left_off_is_taken_back() -> None:
    assert cleaned("told the Chicago Tribune.- He", "Chicago", "GPE") == "Chicago Tribune"
    assert cleaned("told The Huffington Post.- The", "Huffington", "ORG") == "Huffington Post"
    assert cleaned('As the "New York Times"?put it', "New York", "GPE") == "New York Times"
    assert cleaned("the New York Times reported", "Times", "NORP") == "New York Times"
    # not without "the", nor before a longer name, nor a date's
    assert cleaned("a New York Times reporter", "New York", "GPE") == "New York"
    assert cleaned("the Washington Post Company said", "Washington", "GPE") == "Washington"
    assert cleaned("in the Sunday Times", "Sunday", "DATE") == "Sunday"
    assert cleaned("the Times said", "Times", "ORG") == "Times"


def test_a_stations_name_cut_at_its_mediums_word_is_taken_back() -> None:
    # "[BBC Radio] [Five Live]", ORG and WORK_OF_ART: both grow into the one name
    text = "he told BBC Radio Five Live. He"
    assert cleaned(text, "BBC Radio", "ORG") == "BBC Radio Five Live"
    assert cleaned(text, "Five Live", "WORK_OF_ART") == "BBC Radio Five Live"
    text = "told BBC Radio Scotland's Good Morning"
    assert cleaned(text, "BBC Radio", "ORG") == "BBC Radio Scotland"
    assert cleaned(text, "Scotland", "GPE") == "BBC Radio Scotland"
    assert cleaned("told Radio Five Live", "Five Live", "WORK_OF_ART") == "Radio Five Live"
    # cleaned again, the whole stays whole
    assert cleaned(text, "BBC Radio Scotland", "ORG") == "BBC Radio Scotland"
    # not over a day's name, a lowercase word, nor a person's back over a common noun
    assert cleaned("on Sky TV Monday night", "Sky TV", "ORG") == "Sky TV"
    assert cleaned("GEO TV President Imran Aslam said", "GEO TV", "ORG") == "GEO TV"
    assert cleaned("Capital Radio DJ Margherita Taylor", "Capital Radio", "ORG") == "Capital Radio"
    assert cleaned("a BBC TV documentary", "BBC TV", "ORG") == "BBC TV"
    assert cleaned("watch TV Brown said", "Brown", "PERSON") == "Brown"


def test_a_films_credits_after_a_name_are_a_work_word() -> None:
    for text, name in (
        ("for Garden State, which he wrote, directed and starred in.", "Garden State"),
        ("in Garden State, which he also directed.", "Garden State"),
        ("animated fable The Polar Express, starring Tom Hanks, and", "Polar Express"),
        ("No Way Out starring Kevin Costner", "No Way Out"),
        ("House of Flying Daggers, directed by Zhang Yimou,", "House of Flying Daggers"),
    ):
        assert flags_of(text, name) & NEAR_WORK_WORD, text
    for text, name in (
        ("Spielberg, who directed Jaws, said", "Spielberg"),  # he directed
        ("Smith, which he joined in 2001, said", "Smith"),  # no credit's verb
        ("a letter to Obama, which they wrote last week", "Obama"),  # the letter's
        ("Hanks, starring in it, said", "Hanks"),
    ):
        assert not flags_of(text, name) & NEAR_WORK_WORD, text


def test_a_places_kind_in_words_after_a_name_says_it_names_a_place() -> None:
    for text, name in (
        ("The Barkan industrial park exports up to 80 percent", "Barkan"),
        ("detainees of the notorious Al Moskobyia detention centre in", "Al Moskobyia"),
        ("thousands held in the Saydnaya prison near Damascus", "Saydnaya"),
        ("US missiles struck the Shayrat air base on Friday", "Shayrat"),
        ("trucks queued at the Erez crossing", "Erez"),
        ("the Zohr gas field off Egypt", "Zohr"),
        ("families in the Dadaab refugee camps", "Dadaab"),
        ("ordered to evacuate in the Bowen area, as the cyclone", "Bowen"),
        ("landfall between the towns of Bowen and Airlie Beach", "Bowen"),
        ("Avdiivka, a strategically important city under Ukrainian control,", "Avdiivka"),
        ("were arrested at Auschwitz, the former Nazi death camp, on Friday", "Auschwitz"),
        ("delays at the Flamanville nuclear plant in Normandy", "Flamanville"),
        ("the Kola nuclear power plant", "Kola"),
        ("the Drax power station", "Drax"),
    ):
        assert flags_of(text, name) & PLACE_NAMED, text
    for text, name in (
        ("the Bayernoil refinery in Vohburg", "Bayernoil"),  # its company's
        ("a new Toyota plant in Derby", "Toyota"),
        ("the terms of the Apple settlement", "Apple"),  # a court's settlement
        ("Amos Yee's prison term", "Amos Yee"),  # his, not its name
        ("Smith, the town's mayor, said", "Smith"),  # the apposition's head is the mayor
        ("Leeds, the city's biggest club, said", "Leeds"),
        ("The Trump campaign said", "Trump"),
        ("the Clinton camp said", "Clinton"),  # a camp after the name is its side's
        ("Ms Smith, the camp's director, said", "Smith"),
        ("the Port of Spain talks", "Spain"),  # a city's name, capitalised
    ):
        assert not flags_of(text, name) & PLACE_NAMED, text


def test_a_publications_word_after_a_name_says_it_names_the_paper() -> None:
    for text, name in (
        ("at which he edited its Isis magazine - and was", "Isis"),
        ("Zimbabwe's Daily News newspaper quoted", "Daily News"),
    ):
        assert flags_of(text, name) & PUBLICATION_NAMED, text
    for text, name in (
        ("Isis fighters fled", "Isis"),
        ("the magazine Isis said", "Isis"),  # the word before says it, not this cue
    ):
        assert not flags_of(text, name) & PUBLICATION_NAMED, text


def test_a_county_the_document_names_with_its_word_is_a_place_alone_too() -> None:
    # Irish news writes "Co Kerry" once and "Kerry" after, which the model tags PERSON
    for text, name in (
        ("Born in Co Kerry in 1927, he became Bishop of Kerry.", "Kerry"),
        ("County Kerry has a new academy, the first in Kerry.", "Kerry"),
        ("He lived in Co. Mayo. Mayo voted no.", "Mayo"),
        ("the Co-Clare farmer said Clare was wet", "Clare"),  # a lost space
        ("Co Tyrone farmers, and Tyrone's roads", "Tyrone"),
    ):
        assert flags_of(text, name, text.count(name) - 1) & PLACE_NAMED, text
    for text, name in (
        # no county: a building, a contest, a firm's "Co"
        ("at County Hall, Hall said", "Hall"),
        ("the County Championship, which Durham won", "Durham"),
        ("Taco Kerry and Kerry", "Kerry"),
        # a county the document does not name so: John Kerry's surname
        ("Secretary Kerry said the county would", "Kerry"),
    ):
        assert not flags_of(text, name, text.count(name) - 1) & PLACE_NAMED, text


def test_a_known_place_before_based_is_where_something_is() -> None:
    for text, name in (
        ("a Sligo-based company", "Sligo"),
        ("the Sanaa-based government", "Sanaa"),
    ):
        assert flags_of(text, name) & PLACE_NAMED, text
    for text, name in (
        ("Linux-based computers", "Linux"),  # a platform, no place the gazetteer knows
        ("Sligo Rovers won", "Sligo"),
    ):
        assert not flags_of(text, name) & PLACE_NAMED, text


def test_a_relatives_word_and_a_comma_after_a_possessive_say_a_man_or_a_woman() -> None:
    for text, name, cue in (
        ("his wife, Evgenia, said", "Evgenia", WOMAN_CUE),
        ("Trump's daughter, Ivanka said", "Ivanka", WOMAN_CUE),
        ("her son, John, was", "John", MAN_CUE),
    ):
        assert flags_of(text, name) & (cue | GENDER_WORD_BEFORE) == cue | GENDER_WORD_BEFORE, text
    for text, name in (
        ("the spokesman, Reuters said", "Reuters"),  # nobody's relative
        ("in his home, London", "London"),  # no relative's word
    ):
        assert not flags_of(text, name) & GENDER_WORD_BEFORE, text


def test_a_relatives_word_and_called_or_named_say_a_man_or_a_woman() -> None:
    for text, name, cue in (
        ("She had a 16-year-old son called Tyrone. One day", "Tyrone", MAN_CUE),
        ("a daughter named Ava was born", "Ava", WOMAN_CUE),
    ):
        assert flags_of(text, name) & (cue | GENDER_WORD_BEFORE) == cue | GENDER_WORD_BEFORE, text
    for text, name in (("a town called Tyrone", "Tyrone"), ("a band named Oasis", "Oasis")):
        assert not flags_of(text, name) & GENDER_WORD_BEFORE, text


def test_a_films_credit_before_a_name_marks_it() -> None:
    for text, name in (
        ("Mississippi Masala, starring Denzel Washington, and The Hurricane", "Denzel Washington"),
        ("The film, directed by Jean-Pierre Jeunet, received best actress", "Jean-Pierre Jeunet"),
        ("a role played by Helen Mirren on stage", "Helen Mirren"),
    ):
        assert flags_of(text, name) & CREDITED, text
        assert CREDITED & ANY_OF_DOCUMENT
    for text, name in (
        ("Sean Connery starred in it", "Sean Connery"),  # the credit after is the work's
        ("played by American actress Elle Fanning", "Elle Fanning"),  # not through a word
        ("the goal, scored by Wayne Rooney", "Wayne Rooney"),  # no film's credit
    ):
        assert not flags_of(text, name) & CREDITED, text


def test_a_preposition_of_place_and_a_larger_place_after_a_name_say_where_it_is() -> None:
    for text, name in (
        ("special forces at an airbase at Sidi Barrani in western Egypt", "Sidi Barrani"),
        ("Arnold, from Dartford in Kent, described her victory", "Dartford"),
        ("they will travel to Erl, Austria, on Jan 29.", "Erl"),
        ("The two refugees lived in Bowling Green, Kentucky, but", "Bowling Green"),
        ("airline to launch flights to Spain's Reus next month", "Reus"),
    ):
        assert flags_of(text, name) & LOCATED, text
    for text, name in (
        ("What happened to Paula in Athens this year", "Paula"),  # one speaks "to" someone
        ("And, thanks to Henson, Wales did.", "Henson"),  # the place opens a clause
        ("according to Francois Molins, Paris prosecutor, who", "Francois Molins"),
        ("Kushner complained to Gary Ginsberg, Time Warner's vice president", "Gary Ginsberg"),
        ("met Smith in London on Monday", "Smith"),  # no preposition of place before
        ("a game at Sidi Barrani in the rain", "Sidi Barrani"),  # no place after
        ("Spain's Nadal won the title", "Nadal"),  # no place of Spain's
        ("Germany's Merkel said", "Merkel"),
    ):
        assert not flags_of(text, name) & LOCATED, text


def test_a_clubs_staff_or_a_plural_verb_after_a_name_is_a_club_word() -> None:
    assert flags_of("Bolton boss Sam Allardyce", "Bolton") & CLUB_WORD
    assert flags_of("Lazio have been fined", "Lazio") & CLUB_WORD
    # "fans" and "beat" follow a singer's or a player's name too: a team cue only
    flags = flags_of("Eminem fans queued", "Eminem")
    assert flags & TEAM_CUE and not flags & CLUB_WORD
    assert not flags_of("Henman beat Federer", "Henman") & CLUB_WORD
    # a body's spokesman: "an Apacs spokeswoman", not "Blair's spokesman"
    assert flags_of("said Apacs spokeswoman Jemma Smith", "Apacs") & CLUB_WORD
    assert not flags_of("said Blair's spokesman", "Blair") & CLUB_WORD
    assert CLUB_WORDS_AFTER <= TEAM_WORDS  # a club word is a team cue too
    # a coach that carries passengers is no club's: "Bristol coach station"
    for text in ("commencing at Bristol coach station", "a Bristol coach trip"):
        assert not flags_of(text, "Bristol") & (CLUB_WORD | TEAM_CUE), text
    for text in ("the Bristol coach said", "Bristol coach Gary Johnson"):
        assert flags_of(text, "Bristol") & CLUB_WORD, text
    # a plural verb after a name that is no subject: a place where its subject is
    for text in (
        "The one-percenters gathered in Davos have been hearing",
        "its part at Davos have",
        "the delegates who came into Davos have",
        "A slew of non-fiction books about Davos have also hit the market",
        "protests across Davos have grown",
    ):
        assert not flags_of(text, "Davos") & (CLUB_WORD | TEAM_CUE), text
    assert flags_of("Since then Lazio have won", "Lazio") & CLUB_WORD
    assert flags_of("they played better than Chelsea have all season", "Chelsea") & CLUB_WORD
    # nor after a name "and" joins to a person's pronoun, plural for the pair
    assert not flags_of("he and Kuchibhotla were talking", "Kuchibhotla") & CLUB_WORD
    assert not flags_of("He and Granger are friends", "Granger") & CLUB_WORD
    # a pair of names keeps it: a club, a band or a firm is named beside another
    # ("Warrington and Wigan are", "Supergrass and Idlewild have")
    assert flags_of("Warrington and Wigan are level", "Wigan") & CLUB_WORD
    assert flags_of("Supergrass and Idlewild have toured", "Idlewild") & CLUB_WORD
    # but not a full name last in a pair or a list, whose plural the others share
    for text in (
        "Diana Ross and Tina Turner were among them",
        "Lloyd Webber and lyricist Charles Hart are nominated",
        "Natalie Portman, Tina Turner are all sitting",
    ):
        assert not flags_of(text, "Tina Turner" if "Tina" in text else "Charles Hart") & (
            CLUB_WORD
        ), text
    assert flags_of("At the Brits Franz Ferdinand have won", "Franz Ferdinand") & CLUB_WORD


def test_an_offices_word_that_opens_an_events_or_a_bodys_name_stays() -> None:
    # "Premier League", "Chancellor Club": the word is the name's, not a title
    assert cleaned("at the Premier League in", "Premier League", "ORG") == "Premier League"
    assert cleaned("before the General Election, the", "General Election", "ORG") == (
        "General Election"
    )
    assert cleaned("the Chancellor Club said", "Chancellor Club", "ORG") == "Chancellor Club"
    assert cleaned("said Premier Wen Jiabao", "Premier Wen Jiabao", "ORG") == "Wen Jiabao"
    assert cleaned("as President Chirac said", "President Chirac", "ORG") == "Chirac"
    # an abbreviated rank opens another label's span before a full name, or before one
    # word where the clause goes on past it (a stop, a function word); not before a
    # thing the name qualifies, a possessive, nor an ordinary word
    text = "for Gen Pervez Musharraf's visit"
    assert cleaned(text, "Gen Pervez Musharraf", "ORG") == "Pervez Musharraf"
    assert cleaned("had spoken to Sgt McCabe on Wednesday", "Sgt McCabe", "ORG") == "McCabe"
    assert cleaned("an apology to Sgt McCabe.", "Sgt McCabe", "ORG") == "McCabe"
    assert flags_of("an apology to Sgt McCabe.", "McCabe") & AFTER_TITLE
    assert cleaned("the Sgt Pepper album", "Sgt Pepper", "ORG") == "Sgt Pepper"
    assert cleaned("a Beatle wig and Sgt Pepper jacket", "Sgt Pepper", "ORG") == "Sgt Pepper"
    assert cleaned("Sgt Pepper's Lonely Hearts", "Sgt Pepper", "ORG") == "Sgt Pepper"
    assert cleaned("shares in Gen Motors.", "Gen Motors", "ORG") == "Gen Motors"
    # a span an earlier version cut there gets its word back when cleaned again
    assert cleaned("at the Premier League in", "League", "ORG") == "Premier League"
    assert cleaned("the League said", "League", "ORG") == "League"


def test_a_country_of_two_parts_gets_its_first_part_back() -> None:
    text = "in the Caribbean nation of Trinidad and Tobago, he read"
    assert cleaned(text, "Tobago") == "Trinidad and Tobago"
    assert cleaned("Saint Vincent and the Grenadines is", "Grenadines") == (
        "Saint Vincent and the Grenadines"
    )
    # two countries, or a person after another, stay apart
    assert cleaned("France and Germany agreed", "Germany") == "Germany"
    assert cleaned("Blair and Brown said", "Brown", "PERSON") == "Brown"


def test_a_question_mark_written_for_a_names_last_letter_stays_in_the_name() -> None:
    # RTÉ, its "É" written "?": no question mark stands before "'s" or a lowercase word
    assert cleaned("Speaking on RT?'s Morning Ireland, she", "RT", "GPE") == "RT?"
    assert cleaned("said Gerhard Schr?der today", "Gerhard Schr", "PERSON") == "Gerhard Schr?der"
    # a question mark before a sentence, or at a paragraph's end, is one, and so is a
    # title's before a lowercase word
    assert cleaned("Did you see RT? Yes", "RT", "ORG") == "RT"
    text = "Do They Know It's Christmas? is expected to sell"
    assert cleaned(text, "Christmas", "DATE") == "Christmas"
    assert cleaned("Was it RT?\nNo", "RT", "ORG") == "RT"
    assert cleaned("Who is Blair?", "Blair?", "PERSON") == "Blair"


def test_a_country_cut_in_two_at_a_space_grows_into_its_name() -> None:
    # the model tags "French" NORP and "Guiana" PERSON: the territory, not France
    text = "unrest gripped French Guiana in 2008"
    assert cleaned(text, "Guiana", "PERSON") == "French Guiana"
    assert cleaned(text, "French", "NORP") == "French Guiana"
    assert cleaned("in Equatorial Guinea today", "Guinea") == "Equatorial Guinea"
    assert cleaned("the United States said", "United", "ORG") == "United States"
    # a people's word before an office, two countries, a country named whole
    assert cleaned("said French President Hollande", "French", "NORP") == "French"
    assert cleaned("In Britain Ireland rose", "Ireland") == "Ireland"
    assert cleaned("in Guinea today", "Guinea") == "Guinea"
    assert cleaned("met South Korean officials", "South Korean", "NORP") == "South Korean"


def test_the_word_before_a_titles_own_article_says_what_it_is() -> None:
    # "the horror movie The Grudge", "the band The Streets": the model left "The" out
    assert flags_of("the horror movie The Grudge topped", "Grudge") & NEAR_WORK_WORD
    flags = flags_of("the band The Streets played", "Streets")
    assert flags & AFTER_ORG_WORD and not flags & NEAR_WORK_WORD
    # at a sentence's start "The" is the sentence's, and still an article
    flags = flags_of("It ended. The Office won", "Office")
    assert flags & AFTER_ARTICLE and not flags & NEAR_WORK_WORD
    assert flags_of("the film The Aviator won", "Aviator") & AFTER_ARTICLE


def test_a_capitalised_the_in_mid_sentence_is_the_names_own_article() -> None:
    for text in (
        "Groening heaped praise on The Office, saying",
        "films such as Finding Nemo, The Incredibles and Shrek",
        "the hit BBC comedy The Office was shown",
    ):
        assert flags_of(text, text.split("The ")[1].split()[0].strip(",")) & OWN_ARTICLE
    # not a sentence's "The", a line's, a quotation's, a headline's, nor a lowercase "the"
    for text in (
        "It ended. The Office won",
        "It ended\nThe Office won",
        'He said: "The Office won',
        "Little Britain Beats The Office At Awards",
        "the Office of the Deputy Prime Minister said",
        "The Office won",
    ):
        assert not flags_of(text, "Office") & OWN_ARTICLE, text


def test_a_word_the_document_uses_as_a_common_noun_leaves_a_full_names_front() -> None:
    text = "in the hometown of former Beatle George Harrison. The Beatle known as the quiet one"
    assert cleaned(text, "Beatle George Harrison", "PERSON") == "George Harrison"
    text = "Labour Gordon Brown said the Labour leader was right"
    assert cleaned(text, "Labour Gordon Brown", "PERSON") == "Gordon Brown"
    # not without that use, nor before a particle or a title's capital, nor a given name
    assert cleaned("Beatle George Harrison spoke", "Beatle George Harrison", "PERSON") == (
        "Beatle George Harrison"
    )
    text = "Ruud van Nistelrooy scored, the Ruud van Nistelrooy show"
    assert cleaned(text, "Ruud van Nistelrooy", "PERSON") == "Ruud van Nistelrooy"
    text = "I'm A Celebrity... Get Me Out. Celebrity Big Brother began"
    assert cleaned(text, "Celebrity Big Brother", "PERSON") == "Celebrity Big Brother"
    assert cleaned("Kim Jong Un met the Kim family", "Kim Jong Un", "PERSON") == "Kim Jong Un"


def test_a_numbers_unit_split_off_it_is_no_name() -> None:
    # the tokenizer's "6" and "GB" of "6GB", the model's PERSON on "GB"
    assert cleaned("an iPod that can hold 6GB of music", "GB", "PERSON") is None
    assert cleaned("the GB team won", "GB", "PERSON") == "GB"
    # a name glued to a number by a bad conversion stays a name
    assert cleaned("in 2004Blair said", "Blair", "PERSON") == "Blair"


@pytest.mark.parametrize(
    ("text", "era", "kept"),
    [
        # "BC" tagged ORG, "A.D." GPE: after a year or a century, or "AD" before a year
        ("the Western Han Dynasty (206 BC-AD 24) ruled", "BC", None),
        ("the Western Han Dynasty (206 BC-AD 24) ruled", "AD", None),
        ("in the 5th century BC. Barda", "BC", None),
        ("the Spring and Autumn Period (770-476 BC), when", "BC", None),
        ("which the magazine dates at 190 A.D., and", "A.D.", None),
        ("Cicero said in 52 BC: we love", "BC", None),
        # British Columbia's, a firm's or a team's letters stay names
        ("Vancouver, BC, is growing", "BC", "BC"),
        ("the BC government said", "BC", "BC"),
        ("AD Industries posted a loss", "AD", "AD"),
        ("in 2016 BC Hydro said", "BC", "BC"),
    ],
)
def test_an_eras_abbreviation_in_a_date_is_no_name(text: str, era: str, kept: str | None) -> None:
    assert cleaned(text, era, "ORG") == kept


def test_an_occupation_before_a_name_is_a_title() -> None:
    assert cleaned("Rapper Eminem has", "Rapper Eminem", "PERSON") == "Eminem"
    assert cleaned("Sprinter Kelly Holmes won", "Sprinter Kelly Holmes", "PERSON") == (
        "Kelly Holmes"
    )
    assert flags_of("said record producer Phil Spector", "Phil Spector") & AFTER_TITLE
    assert flags_of("the drummer Ringo Starr", "Ringo Starr") & AFTER_TITLE
    # a word for a maker as well as a person: one word after it is a firm
    flags = flags_of("the oil producer Yukos said", "Yukos")
    assert flags & AFTER_ORG_WORD and not flags & AFTER_TITLE


def test_a_country_run_into_a_persons_name_under_another_label_is_cut_off() -> None:
    # "ambassador to the US Sergey Kislyak" tagged ORG: the person
    for text, raw in (
        ("ambassador to the US Sergey Kislyak said", "US Sergey Kislyak"),
        ("ambassador to the U.S. Sergey Kislyak said", "U.S. Sergey Kislyak"),
    ):
        assert cleaned(text, raw, "ORG") == raw.split(None, 1)[1], text
    # a body's or a place's name that opens with its country or its people stays whole
    for raw in (
        "German Marshall Fund",
        "US Virgin Islands",
        "UK Border Agency",
        "China Daily",
        "American Life Project",
        "German Aerospace Centre",
    ):
        assert cleaned(f"the {raw} said", raw, "ORG") == raw, raw


def test_a_constituency_written_with_a_comma_is_one_span() -> None:
    # Hansard: the town and the point of the compass after a comma
    text = "the hon. Member for Nottingham, North (Mr. Allen) said"
    assert cleaned(text, "Nottingham", "GPE") == "Nottingham, North"
    assert cleaned(text, "North", "LOC") == "Nottingham, North"
    text = "my hon. Friend the Member for Coventry, South-West (Mr. Cunningham)"
    assert cleaned(text, "South-West", "LOC") == "Coventry, South-West"
    assert cleaned("the Member for St. Helens, South.", "South", "LOC") == "St. Helens, South"
    text = "the failure to regenerate Nottingham, North and come up with ways ahead"
    assert cleaned(text, "Nottingham", "GPE") == "Nottingham, North"
    # a list of points, a place before another, a nation
    assert cleaned("in Asia, Oceania, North and South America", "North", "LOC") == "North"
    assert cleaned("in Sheffield, South Yorkshire, today", "Sheffield", "GPE") == "Sheffield"
    assert cleaned("He lives in Leeds, North Yorkshire.", "Leeds", "GPE") == "Leeds"
    assert cleaned("across Wales, North and South", "Wales", "GPE") == "Wales"
    assert cleaned("rugby in Wales, North and West", "North", "LOC") == "North"


def test_a_members_seat_named_by_two_places_is_one_span() -> None:
    for text, raw, seat in (
        (
            "the Member for Hayes and Harlington (Mr. McDonnell) said",
            "Hayes",
            "Hayes and Harlington",
        ),
        ("the Member for Hayes and Harlington-that the Bill", "Hayes", "Hayes and Harlington"),
        (
            "Member for South Holland and The Deepings (Mr Hayes)",
            "South Holland",
            "South Holland and The Deepings",
        ),
        ("the MP for Orkney and Shetland, Alistair Carmichael", "Orkney", "Orkney and Shetland"),
        (
            "the Sinn Féin MLA for Fermanagh and South Tyrone said",
            "Fermanagh",
            "Fermanagh and South Tyrone",
        ),
        ("the Member for Cardiff, South and Penarth", "Cardiff", "Cardiff, South and Penarth"),
    ):
        assert cleaned(text, raw, "GPE") == seat, text
    # the span of the second place grows back to the same seat, stored once
    for text, raw, seat in (
        (
            "the Member for Hayes and Harlington (Mr. McDonnell) said",
            "Harlington",
            "Hayes and Harlington",
        ),
        (
            "Member for South Holland and The Deepings (Mr Hayes)",
            "Deepings",
            "South Holland and The Deepings",
        ),
        ("the Member for Cardiff, South and Penarth", "Penarth", "Cardiff, South and Penarth"),
        ("the Member for Cardiff, South and Penarth", "South", "Cardiff, South and Penarth"),
    ):
        assert cleaned(text, raw, "GPE") == seat, text
    # a seat of three places, or one ending in a point of the compass, from any span
    text = "the Member for Tweeddale, Ettrick and Lauderdale (Mr. Moore)"
    for raw in ("Tweeddale", "Ettrick", "Lauderdale"):
        assert cleaned(text, raw, "GPE") == "Tweeddale, Ettrick and Lauderdale", raw
    # the seat, cleaned again, stays the seat
    text = "the Member for Rutherglen and Hamilton, West (Mr. McAvoy) said"
    seat = "Rutherglen and Hamilton, West"
    assert cleaned(text, "Rutherglen", "GPE") == cleaned(text, seat, "GPE") == seat
    text = "the Member for Cities of London and Westminster (Mr. Field)"
    assert cleaned(text, "Westminster", "GPE") == "Cities of London and Westminster"
    text = "the Member for Ealing, Acton and Shepherd's Bush (Mr. Soley)"
    assert cleaned(text, "Bush", "PERSON") == "Ealing, Acton and Shepherd's Bush"
    text = "the Member for Morley and Leeds, South (Mr. Gregory)"
    for raw in ("Morley", "Leeds", "South"):
        assert cleaned(text, raw, "GPE") == "Morley and Leeds, South", raw
    # not after anything but a member's "for", nor over a member or a side
    for text in (
        "trade between Hayes and Harlington grew",
        "the Member for Hayes and Mr Smith",
        "the Member for Hayes and Members opposite",
        "the Member for Hayes and the Minister",
    ):
        assert cleaned(text, "Hayes", "GPE") == "Hayes", text
    assert cleaned("the Member for Bath and Mr Smith", "Smith", "PERSON") == "Smith"
    assert cleaned("trade between Hayes and Harlington", "Harlington", "GPE") == "Harlington"
    # two members' seats, or a member's name between a seat's places, are no one seat
    text = "the Members for Greenock and Inverclyde and for Scarborough and Whitby"
    assert cleaned(text, "Greenock", "GPE") == "Greenock and Inverclyde"
    assert cleaned(text, "Whitby", "GPE") == "Whitby"
    text = "the hon. Members for Stoke-on-Trent North (Ruth Smeeth) and Kidsgrove"
    assert cleaned(text, "Kidsgrove", "GPE") == "Kidsgrove"


def test_the_place_of_an_office_run_into_a_persons_name_is_cut_off() -> None:
    for text, raw in (
        ("former Moldova's ambassador to Austria Andrei Popov said.", "Austria Andrei Popov"),
        ("the President of Belarus Alexander Lukashenko said", "Belarus Alexander Lukashenko"),
        ("Russian Ambassador to Cairo Sergey Kirpichenko told TASS", "Cairo Sergey Kirpichenko"),
        ("Russian ambassador in Cyprus Stanislav Osadchiy told TASS", "Cyprus Stanislav Osadchiy"),
        (
            "Leader of the unrecognized republic of Transnistria Vadim Krasnoselsky said",
            "Transnistria Vadim Krasnoselsky",
        ),
        # an envoy's or a minister's place after "for" or "on"; a particle in the name
        ("UN Special Envoy for Syria Staffan de Mistura said", "Syria Staffan de Mistura"),
        ("the envoy on Syria Staffan de Mistura published", "Syria Staffan de Mistura"),
        ("Minister for Wales Alun Cairns said", "Wales Alun Cairns"),
    ):
        for label in ("PERSON", "ORG"):
            assert cleaned(text, raw, label) == raw.split(None, 1)[1], text
    # no office before the place; a given name that is a place's too; one word after
    for text, raw in (
        ("visited by Austria Andrei Popov said", "Austria Andrei Popov"),
        (
            "The harrowing evacuation of east Aleppo Zouhir Al Shimale In",
            "Aleppo Zouhir Al Shimale",
        ),
        ("the wife of Georgia May Jagger said", "Georgia May Jagger"),
        ("the ambassador to Jordan Henderson said", "Jordan Henderson"),
        ("the president of Cairo Stock Exchange said", "Cairo Stock Exchange"),
        ("managing director of China Telecom Europe.", "China Telecom Europe"),
        ("director of China Art Museum Shanghai, said", "China Art Museum Shanghai"),
        ("Imam Shamsi Ali of the Jamaica Muslim Center, who", "Jamaica Muslim Center"),
        # "for" or "on" after an office of a place that is no envoy's or minister's
        ("the campaign for Syria Staffan de Mistura", "Syria Staffan de Mistura"),
        ("the ambassador for China Southern Airlines said", "China Southern Airlines"),
        ("the envoy for China Southern Airlines said", "China Southern Airlines"),
        ("the minister on Iran Air Flight 655 said", "Iran Air Flight"),
    ):
        assert cleaned(text, raw, "PERSON") == raw, text


def test_titles_honorifics_and_verbs_are_cut_off_a_name() -> None:
    assert cleaned("He met Mr Blair today.", "Mr Blair", "ORG") == "Blair"
    assert cleaned("as said Blair today", "said Blair", "PERSON") == "Blair"
    assert cleaned("Blair said it", "Blair said", "PERSON") == "Blair"
    text = "Dutch PM Mark Rutte said"
    assert cleaned(text, "Dutch PM Mark Rutte", "PERSON") == "Mark Rutte"
    text = "US Secretary of State Colin Powell said"
    assert cleaned(text, "US Secretary of State Colin Powell", "PERSON") == "Colin Powell"
    assert flags_of(text, "Colin Powell") & AFTER_TITLE
    text = "Chancellor of the Exchequer Gordon Brown spoke"
    assert cleaned(text, "Chancellor of the Exchequer Gordon Brown", "PERSON") == "Gordon Brown"
    assert cleaned("Sir Alex Ferguson said", "Sir Alex Ferguson", "PERSON") == "Alex Ferguson"
    assert cleaned("Briton Tim Henman won", "Briton Tim Henman", "PERSON") == "Tim Henman"
    text = "Treasurer Peter Costello said"
    assert cleaned(text, "Treasurer Peter Costello", "PERSON") == "Peter Costello"
    # a span of titles and a style alone holds no name: "... Lord Ashcroft" cut short
    text = "to former Tory Treasurer Lord Ashcroft after"
    assert cleaned(text, "Tory Treasurer Lord", "PERSON") is None
    # styles that are part of the name, names that are words, and bodies stay whole
    for name, label in (
        ("Prince Charles", "PERSON"),
        ("Lord Falconer", "PERSON"),
        ("Dean Smith", "PERSON"),
        ("General Motors", "ORG"),
        ("John Major", "PERSON"),
        ("Osama bin Laden", "PERSON"),
        ("Mark Van Bommel", "PERSON"),
    ):
        assert cleaned(f"Then {name} said", name, label) == name


def test_what_a_person_is_or_where_from_is_cut_off_their_full_name() -> None:
    # the words news puts before a person's name, capitalised into the model's span
    for text, raw, name in (
        (
            "Superintendent Gareth Evans, of North Wales Police, said",
            "Superintendent Gareth Evans",
            "Gareth Evans",
        ),
        (
            "documentary. Filmmaker Jason Pollock had obtained",
            "Filmmaker Jason Pollock",
            "Jason Pollock",
        ),
        ("Film-maker Jason Pollock had obtained", "Film-maker Jason Pollock", "Jason Pollock"),
        ("Her Mom,' Says Dad Larry Birkhead", "Dad Larry Birkhead", "Larry Birkhead"),
        ("Winchman Paul Ormsby was lowered", "Winchman Paul Ormsby", "Paul Ormsby"),
        ("Team-mate Thierry Henry scored", "Team-mate Thierry Henry", "Thierry Henry"),
        ("Welshman Jimmy Watkins won", "Welshman Jimmy Watkins", "Jimmy Watkins"),
        ("Texan Lance Armstrong won", "Texan Lance Armstrong", "Lance Armstrong"),
        ("as Tory Liam Fox said", "Tory Liam Fox", "Liam Fox"),
        ("Lib Dem Norman Baker said", "Lib Dem Norman Baker", "Norman Baker"),
        ("the Lib Dem's Citizen's Pension", "Lib Dem's Citizen's Pension", "Citizen's Pension"),
    ):
        assert cleaned(text, raw, "PERSON") == name, text
    assert flags_of("said filmmaker Jason Pollock", "Jason Pollock") & AFTER_TITLE
    assert flags_of("said the actor, Tom Hanks", "Tom Hanks") & AFTER_TITLE
    assert flags_of("Its Director, Sheila Power, said", "Sheila Power") & AFTER_TITLE
    # a name that is such a word, in a list, is no title of the next
    text = "Tools such as Google's Blogger, MovableType and MSN Spaces"
    assert not flags_of(text, "MovableType") & AFTER_TITLE
    text = "Beyonce, Prince, Destiny's Child and Jill Scott"
    assert not flags_of(text, "Destiny") & AFTER_TITLE
    # people named so, given names that are such words, and a body's name stay whole
    for name, label in (
        ("Richard Painter", "PERSON"),
        ("Dana Priest", "PERSON"),
        ("Pastor Maldonado", "PERSON"),
        ("Scot Pollard", "PERSON"),
        ("Tory Burch", "PERSON"),
        ("Pilot Pen", "ORG"),
    ):
        assert cleaned(f"Then {name} said", name, label) == name, name


def test_an_office_about_to_be_held_or_left_is_a_title() -> None:
    text = "said President-elect Donald Trump on Monday"
    assert cleaned(text, "President-elect Donald Trump", "PERSON") == "Donald Trump"
    text = "said Vice President-elect Mike Pence"
    assert cleaned(text, "Vice President-elect Mike Pence", "PERSON") == "Mike Pence"
    text = "said President-elect Trump"
    assert cleaned(text, "President-elect Trump", "ORG") == "Trump"
    assert flags_of(text, "Trump") & AFTER_TITLE
    assert flags_of("said ex-President Bill Clinton", "Bill Clinton") & AFTER_TITLE
    # a hyphenated name is no title
    assert cleaned("said Jean-Claude Juncker", "Jean-Claude Juncker", "PERSON") == (
        "Jean-Claude Juncker"
    )


def test_conversion_debris_is_cut_out_of_a_span() -> None:
    assert cleaned("by Tony] Blair and", "Tony] Blair", "PERSON") == "Blair"
    assert cleaned('we can"t go', 'can"t', "ORG") is None
    text = "the Federal Bureau of Investigation (FBI) said"
    assert cleaned(text, "Federal Bureau of Investigation (FBI", "ORG") == (
        "Federal Bureau of Investigation"
    )


def test_a_headline_word_before_a_name_is_cut_when_the_name_stands_alone() -> None:
    text = "Newcomers Keane Top Chart\n\nThe band Keane said it was happy. Keane will tour."
    assert cleaned(text, "Newcomers Keane", "PERSON") == "Keane"
    text = "Will Smith Returns Home\n\nThe actor Will Smith said. Smith will tour."
    assert cleaned(text, "Will Smith", "PERSON") == "Will Smith"


def test_a_headline_verb_joins_no_two_names() -> None:
    body = "\n\nDonald Trump spoke on Monday. Brian Stelter said so. Trump did not."
    # a headline's verb before the name the story names on its own
    text = "Former UK Ambassador Slams Donald Trump's 'Gratuitous' Wiretap Lies" + body
    assert cleaned(text, "Slams Donald Trump", "PERSON") == "Donald Trump"
    text = "Ellen DeGeneres Zings Trump's Security Bungle In Spoof Ad" + body
    assert cleaned(text, "Zings Trump", "PERSON") == "Trump"
    # several ordinary words before a full name, a given name first among them
    text = "Chris Christie Will Lead Donald Trump's Effort To Combat Opioid Crisis" + body
    assert cleaned(text, "Will Lead Donald Trump", "PERSON") == "Donald Trump"
    # between two names: the first one's
    text = "CNN's Brian Stelter Slams Donald Trump For Being A 'Fox News Presidency'" + body
    assert cleaned(text, "Brian Stelter Slams Donald Trump", "PERSON") == "Brian Stelter"
    # not in prose, not a name's own word, not before a name the story never gives alone
    text = "The former ambassador Slams Donald Trump told us little" + body
    assert cleaned(text, "Slams Donald Trump", "PERSON") == "Slams Donald Trump"
    text = "President Klaus Iohannis Vetoes Amnesty Bill\n\nIohannis said no."
    assert cleaned(text, "Klaus Iohannis", "PERSON") == "Klaus Iohannis"
    # a given name that is an ordinary word's plural is no headline verb
    text = "Brooks Koepka Wins US Open By Four Shots\n\nKoepka said he was happy."
    assert cleaned(text, "Brooks Koepka", "PERSON") == "Brooks Koepka"
    # several words go from before a full name only: "Will Lead Trump" is left alone
    text = "Christie Will Lead Trump's Effort On Opioids\n\nTrump said so."
    assert cleaned(text, "Will Lead Trump", "PERSON") == "Will Lead Trump"


def test_cue_flags_for_organisations_and_articles() -> None:
    assert flags_of("the oil firm Yukos said", "Yukos") & AFTER_ORG_WORD
    assert flags_of("the Swedish pop quartet Abba have", "Abba") & AFTER_ORG_WORD  # a band
    assert not flags_of("the band's singer Chris Martin", "Chris Martin") & AFTER_ORG_WORD
    # a body's word in the plural: "technology firms Earthlink and Webroot"
    assert flags_of("by technology firms Earthlink and Webroot", "Earthlink") & AFTER_ORG_WORD
    assert flags_of("the rival companies Sony and", "Sony") & AFTER_ORG_WORD
    # not an occupation's plural: producers are people
    text = "producers Barbara Broccoli and Michael Wilson"
    assert not flags_of(text, "Barbara Broccoli") & AFTER_ORG_WORD
    # a trade bodies and people both ply, before a person's full name, is the person's
    assert not flags_of("winch operator Paul Ormsby and", "Paul Ormsby") & AFTER_ORG_WORD
    assert not flags_of("broadcaster Richard Dimbleby in", "Richard Dimbleby") & AFTER_ORG_WORD
    assert not flags_of("by film-maker Gary Winick.", "Gary Winick") & AFTER_ORG_WORD
    assert not flags_of("games maker Peter Molyneux has", "Peter Molyneux") & AFTER_ORG_WORD
    assert flags_of("network operator Vodafone said", "Vodafone") & AFTER_ORG_WORD
    # a consultancy, a distributor, a startup
    assert flags_of("the consultancy Canalys said", "Canalys") & AFTER_ORG_WORD
    assert flags_of("Japanese distributor Toho will", "Toho") & AFTER_ORG_WORD
    assert flags_of("the search startup Blinkx said", "Blinkx") & AFTER_ORG_WORD
    assert not flags_of("distributor Richard Branson said", "Richard Branson") & AFTER_ORG_WORD
    # a contractor: a body's, or a person's trade before a full name
    text = "jets built by defence contractor Lockheed Martin"
    assert flags_of(text, "Lockheed Martin") & AFTER_ORG_WORD
    text = "former NSA contractor Edward Snowden said"
    assert not flags_of(text, "Edward Snowden") & AFTER_ORG_WORD
    assert flags_of("public broadcaster NOS reports", "NOS") & AFTER_ORG_WORD
    assert flags_of("parts maker Robert Bosch.", "Robert Bosch") & AFTER_ORG_WORD  # a firm's
    # a watchdog is a body; a money lender may be a man ("the money lender Shylock")
    assert flags_of("the media watchdog Ofcom said", "Ofcom") & AFTER_ORG_WORD
    assert not flags_of("echoed the Jewish money lender Shylock in", "Shylock") & AFTER_ORG_WORD
    # a body by its trade: "Australian brewer Fosters", "UK magazine Mac Format"
    for text, name in [
        ("Australian brewer Fosters has bought", "Fosters"),
        ("deputy editor of UK magazine Mac Format, said", "Mac Format"),
        ("according to housebuilder George Wimpey", "George Wimpey"),
        ("Indian carmaker Maruti said", "Maruti"),
        ("the learning disability charity Mencap", "Mencap"),
    ]:
        assert flags_of(text, name) & AFTER_ORG_WORD, text
    # not a trade its workers share ("former miner Arthur Scargill")
    assert not flags_of("former miner Arthur Scargill", "Arthur Scargill") & AFTER_ORG_WORD
    assert flags_of("the Lib Dems said", "Lib Dems") & AFTER_ARTICLE
    assert not flags_of("said Yukos", "Yukos") & (AFTER_ORG_WORD | AFTER_ARTICLE)
    assert flags_of("Liverpool boss Rafael Benitez said", "Liverpool") & TEAM_CUE
    assert flags_of("when Newcastle beat Chelsea", "Newcastle") & TEAM_CUE
    # a match's one score before the side it was played against; not a tennis match's sets
    for text, name in (
        ("who had already qualified lost 2-1 to Porto as Mourinho", "Porto"),
        ("after a 3-0 win over Lazio on Sunday", "Lazio"),
        ("Bolton drew 1-1 with Everton", "Everton"),
    ):
        assert flags_of(text, name) & TEAM_CUE, text
    assert not flags_of("Henman lost 6-3 6-4 to Federer in", "Federer") & TEAM_CUE
    text = "England's 19-13 defeat at Lansdowne Road"
    assert not flags_of(text, "Lansdowne Road") & TEAM_CUE
    assert flags_of("as the film Vera Drake won", "Vera Drake") & NEAR_WORK_WORD
    assert flags_of("the Xbox console sold", "Xbox") & NEAR_WORK_WORD
    assert flags_of("the Bofra virus spread", "Bofra") & PRODUCT_NAMED
    assert flags_of("Honda's humanoid robot Asimo has", "Asimo") & PRODUCT_NAMED
    assert not flags_of("the film Vera Drake won", "Vera Drake") & PRODUCT_NAMED
    # a pipeline's or a missile's name before the word; a name after it is its
    # builder's as often ("Dakota Access pipelines TransCanada had tried")
    assert flags_of("to complete the Keystone pipeline, which", "Keystone") & PRODUCT_NAMED
    assert flags_of("delivering S-400 missiles to Turkey", "S-400") & PRODUCT_NAMED
    built = "Trump clears Keystone XL, Dakota Access pipelines TransCanada had tried"
    assert not flags_of(built, "TransCanada") & NEAR_WORK_WORD
    # a disease named after its finder or its place
    for text, name in (
        ("new treatments for Pompe disease and", "Pompe"),
        ("boys with Duchenne muscular dystrophy have", "Duchenne"),
        ("cases of Lyme Disease rose", "Lyme"),
        ("diagnosed with Ehlers-Danlos syndrome, which", "Ehlers-Danlos"),
        ("a boy with Asperger's syndrome who", "Asperger"),
        ("those with Crohn’s disease, the", "Crohn"),
    ):
        assert flags_of(text, name) & PRODUCT_NAMED, text
    assert not flags_of("Pompe said the disease spread", "Pompe") & PRODUCT_NAMED
    assert not flags_of("the Alzheimer's Society said", "Alzheimer") & PRODUCT_NAMED
    assert not flags_of("Parkinson's chat show, a disease", "Parkinson") & PRODUCT_NAMED
    # "software" after a determiner and the name; not a maker's noun after the word
    assert flags_of("makers of the Blogger software, in 2003", "Blogger") & PRODUCT_NAMED
    assert flags_of("added to IBM's Workplace software.", "Workplace") & PRODUCT_NAMED
    for text, name in (
        ("Produced by Bungie software, renowned", "Bungie"),
        ("a Silicon Valley software engineer said", "Silicon Valley"),
        ("talks over the sale of the Argonaut software division", "Argonaut"),
        ("the Nokia phone maker said", "Nokia"),
    ):
        assert not flags_of(text, name) & (PRODUCT_NAMED | NEAR_WORK_WORD), text
    # a product's versions and upgrades; not a person's or a place's own
    for text, name in (
        ("to replace counterfeit versions of Windows XP with legal ones", "Windows XP"),
        ("recommended that users upgrade to iTunes version 4.7.1", "iTunes"),
        ("Motorola and Apple announced a version of iTunes", "iTunes"),
    ):
        assert flags_of(text, name) & PRODUCT_NAMED, text
    for text, name in (
        ("a watered-down version of Blair's plan", "Blair"),
        ("Ukraine's version of events", "Ukraine"),
        ('The German version of "Charlie Hebdo" hit newsstands', "Charlie Hebdo"),
    ):
        assert not flags_of(text, name) & PRODUCT_NAMED, text
    # an apposition whose head is a body's word
    for text, name in [
        ("Munich Re, the world's biggest reinsurer, said", "Munich Re"),
        ("Munich Re, the world's largest reinsurance company, said", "Munich Re"),
        ("said Leeds, the Championship side.", "Leeds"),
        ("Yukos, a Russian oil giant, said", "Yukos"),
        # its head is the last word before a preposition
        ("Halifax, the biggest bank in Britain, said", "Halifax"),
        ("Halifax, the country's biggest mortgage lender, suggests", "Halifax"),
        ("Ofcom, the media watchdog, said", "Ofcom"),
        ("Sony BMG, the record label, said", "Sony BMG"),
    ]:
        assert flags_of(text, name) & BODY_APPOSITION, text
    for text, name in [
        ("Tony Blair, the Labour party leader, said", "Tony Blair"),
        ("John Smith, the head of the firm, said", "John Smith"),
        ("Peter Jackson, the film's producer, said", "Peter Jackson"),
        ("Arsenal, Chelsea and the team", "Arsenal"),  # a list, not an apposition
        ("Alexandra Tower, a spokeswoman for the North Carolina-based bank,", "Alexandra Tower"),
        ("Adam Hume, the BBC Broadcast's futurologist told the BBC News website.", "Adam Hume"),
        ("executive Sidney Taurel, the company says the article", "Sidney Taurel"),
        ("Jane Doe, the label's founder, said", "Jane Doe"),
        ("Steven Spielberg, the film producer, said", "Steven Spielberg"),
    ]:
        assert not flags_of(text, name) & BODY_APPOSITION, text
    # an apposition whose head is a work's word, and a work's kind before or after
    for text, name in [
        ("Closer, the Mike Nichols film, opened", "Closer"),
        ("Primer, a low-budget science fiction thriller movie.", "Primer"),
        ("the single Jailhouse Rock topped", "Jailhouse Rock"),
        ("the Countryfile programme", "Countryfile"),
    ]:
        assert flags_of(text, name) & NEAR_WORK_WORD, text
    for text, name in [
        ("Mike Nichols, a film director, said", "Mike Nichols"),
        ("Alan Alda, the star of the film, said", "Alan Alda"),
        ("Barbarians in an Arms Park thriller", "Arms Park"),  # a match
    ]:
        assert not flags_of(text, name) & NEAR_WORK_WORD, text
    assert not flags_of("the Abba musical opened", "Abba") & PRODUCT_NAMED  # a work
    assert not flags_of("the console Xbox", "Xbox") & PRODUCT_NAMED  # said after
    assert not flags_of("Liverpool's boss said", "Liverpool") & TEAM_CUE
    # a plural verb after a place's name is British news's team ("Newcastle have")
    assert flags_of("and Newcastle have won", "Newcastle") & TEAM_CUE
    assert flags_of("Barcelona are top", "Barcelona") & TEAM_CUE
    assert not flags_of("Newcastle has a new mayor", "Newcastle") & TEAM_CUE
    # what is done to a club, and its match
    assert flags_of("the tie against Barcelona", "Barcelona") & TEAM_CUE
    assert flags_of("Arsenal v Barcelona", "Barcelona") & TEAM_CUE
    assert flags_of("before the Barcelona game", "Barcelona") & TEAM_CUE
    assert not flags_of("she flew to Barcelona", "Barcelona") & TEAM_CUE
    assert not flags_of("a march in Barcelona", "Barcelona") & TEAM_CUE
    # a short form defined in brackets right after a name
    assert flags_of("Yuganskneftegas (Yugansk) was sold", "Yugansk", 1) & DEFINED_AFTER_NAME
    assert flags_of("the Federal Bureau of Investigation (FBI) said", "FBI") & DEFINED_AFTER_NAME
    assert not flags_of("the firm (Yukos) said", "Yukos") & DEFINED_AFTER_NAME
    assert not flags_of("Yukos (Russia's largest) said", "Russia") & DEFINED_AFTER_NAME
    # a club in brackets after a player clips no name of his
    assert not flags_of("R de Marigny (Parma); Mirco Bergamasco", "Parma") & DEFINED_AFTER_NAME
    # an acronym in Title case, as British papers write one, where the words before
    # spell it; not a word they do not spell (a member's party, a player's club)
    academy = "so the Academy of Motion Pictures Arts and Sciences (Ampas) has done it"
    assert flags_of(academy, "Ampas") & DEFINED_AFTER_NAME
    assert flags_of("the Stockholm International Peace Research Institute (Sipri)", "Sipri") & (
        DEFINED_AFTER_NAME
    )
    assert not flags_of("said Tony Blair (Labour) today", "Labour") & DEFINED_AFTER_NAME
    assert not flags_of("Ronan O'Gara (Munster), D Stringer", "Munster") & DEFINED_AFTER_NAME


def test_a_word_the_model_left_off_a_known_body_is_taken_back() -> None:
    text = "the Liberal Democrat leader said"
    assert cleaned(text, "Democrat", "NORP") == "Liberal Democrat"
    assert cleaned("the European Union said", "Union", "ORG") == "European Union"
    # a word that makes no name the table knows stays off
    assert cleaned("a Democrat senator", "Democrat", "NORP") == "Democrat"
    assert cleaned("the US Democrats won", "Democrats", "NORP") == "Democrats"
    assert cleaned("The BBC said", "BBC", "ORG") == "BBC"
    # and a word left off the end
    assert cleaned("The Islamic State claimed it", "Islamic", "NORP") == "Islamic State"
    assert cleaned("radical Islamic groups", "Islamic", "NORP") == "Islamic"
    assert cleaned("the European Commission said", "European", "NORP") == "European"


def test_a_counted_or_owned_name_is_flagged_only_as_the_head_of_its_phrase() -> None:
    counted = [
        ("She won an Oscar for the role.", "Oscar"),
        ("he plays music on his iPod.", "iPod"),
        ("Apple has sold six million iPods since", "iPods"),
        ("Sony sold two million PlayStations in Japan", "PlayStations"),
        ("an Oscar in 1973", "Oscar"),
    ]
    for text, name in counted:
        assert flags_of(text, name) & COUNTED, text
    not_counted = [
        ("a Microsoft spokesman said", "Microsoft"),  # the spokesman is counted
        ("an Apple iPod", "Apple"),  # another name follows
        ("a BBC World Service and WGBH co-production", "BBC World Service"),
        ("a member of a UKIP whose leadership", "UKIP"),
        ("number eight Imanol Harinordoquy has", "Imanol Harinordoquy"),  # a position
        ("A Titterrell, D Bell, S Borthwick", "Titterrell"),  # an initial, not "a"
        ("told her Blair was wrong", "Blair"),  # "her" is also an object
        ("his Oscar's weight", "Oscar"),
        ("the Oscar ceremony", "Oscar"),
    ]
    for text, name in not_counted:
        assert not flags_of(text, name) & COUNTED, text


def test_the_items_of_a_line_up_or_cast_list_are_flagged() -> None:
    line_up = "F Sheahan, M Horan, D O'Callaghan, E Miller, G Easterby, D Humphreys.\n"
    assert flags_of(line_up, "F Sheahan") & IN_NAME_LIST
    assert flags_of(line_up, "O'Callaghan") & IN_NAME_LIST  # the initial left off
    clubs = (
        "Dimitri Yachvili (Biarritz), Pierre Mignoni (Clermont), Yann Delaigue (Castres), "
        "Frederic Michalak (Stade Toulousain), Damien Traille (Biarritz)\n"
    )
    assert flags_of(clubs, "Yann Delaigue") & IN_NAME_LIST
    assert not flags_of(clubs, "Biarritz") & IN_NAME_LIST  # a club in brackets
    assert not flags_of(clubs, "Yann") & IN_NAME_LIST  # part of an item
    # lists of bodies or places, and prose, are not line-ups
    banks = "Banks such as Lloyds TSB, Abbey National, Royal Bank, HSBC Holdings and Barclays."
    assert not flags_of(banks, "Abbey National") & IN_NAME_LIST
    places = "France, Germany, Italy, Spain and Portugal agreed."
    assert not flags_of(places, "Germany") & IN_NAME_LIST
    prose = "Tony Blair, Gordon Brown and John Prescott met on Monday, aides said."
    assert not flags_of(prose, "Gordon Brown") & IN_NAME_LIST


def test_a_name_bought_sold_or_divided_is_flagged_as_traded() -> None:
    traded = [
        ("the sale of Yugansk as part of", "Yugansk"),
        ("a bid for Yugansk by state", "Yugansk"),
        ("Rosneft bought Yugansk last year", "Yugansk"),
        ("auction of its Yugansk division by", "Yugansk"),
        ("which sent Reynolds shares up 4.5%", "Reynolds"),
        ("it holds a stake in Yukos", "Yukos"),
        # what only a company has, after its possessive
        ("For that to happen Varig's main shareholder, the", "Varig"),
        ("Sega's chief executive said", "Sega"),
        ("saw Multiplex's construction division report", "Multiplex"),
    ]
    for text, name in traded:
        assert flags_of(text, name) & TRADED, text
    not_traded = [
        ("the people of Moscow", "Moscow"),
        ("she flew to Moscow for talks", "Moscow"),
        ("a visit for Blair to", "Blair"),
        ("the Yugansk oilfields", "Yugansk"),
        ("Blair's chief of staff said", "Blair"),
        ("Beckham's main rival", "Beckham"),
    ]
    for text, name in not_traded:
        assert not flags_of(text, name) & TRADED, text


def test_a_squad_under_a_heading_is_a_line_up_and_its_bracketed_clubs_are_clubs() -> None:
    squad = "Forwards: Nicolas Mas, Sylvain Marconnet, Olivier Milloud, William Servat.\n"
    assert flags_of(squad, "Sylvain Marconnet") & IN_NAME_LIST
    clubs = "Bruce Douglas (The Borders), Jon Dunbar (Leeds Tykes), Iain Fullarton (Saracens), "
    clubs += "Stuart Grimes (Newcastle)\n"
    assert flags_of(clubs, "Leeds Tykes") & LISTED_CLUB
    assert flags_of(clubs, "Newcastle") & LISTED_CLUB
    assert not flags_of(clubs, "Jon Dunbar") & LISTED_CLUB
    # a player's role before his bracketed club is no title of the club
    roles = "Gordon Bulloch (captain, Glasgow Rugby), David Callam (Edinburgh Rugby), "
    roles += "Bruce Douglas (The Borders), Jon Petrie (Glasgow Rugby)\n"
    assert flags_of(roles, "Glasgow Rugby") & LISTED_CLUB
    assert not flags_of(roles, "Glasgow Rugby") & AFTER_TITLE
    assert flags_of("the squad's captain Gordon Bulloch said", "Gordon Bulloch") & AFTER_TITLE
    # a role in brackets is no club; a heading alone does not make prose a list
    captain = "J Robinson (capt), M Cueto (Sale), M Tait (Newcastle), J Noon (Newcastle)\n"
    assert not flags_of(captain, "J Robinson") & LISTED_CLUB
    prose = "Note: Tony Blair met Gordon Brown on Monday, and later John Prescott.\n"
    assert not flags_of(prose, "Gordon Brown") & IN_NAME_LIST
    # bracketed names in prose are not a line-up's clubs
    aside = "The firm (Yukos) said that Rosneft (the state firm) would bid.\n"
    assert not flags_of(aside, "Yukos") & LISTED_CLUB


def test_more_cues_a_ship_a_based_firm_a_fixture_and_an_offer() -> None:
    assert flags_of("The cruise liner Crystal Harmony sailed", "Crystal Harmony") & NEAR_WORK_WORD
    assert not flags_of("a Cunard liner sailed", "Cunard") & NEAR_WORK_WORD
    # a drug: the word before its name, not after a maker's
    drug = "suspended sales of new multiple sclerosis drug Tysabri after"
    assert flags_of(drug, "Tysabri") & NEAR_WORK_WORD
    assert not flags_of("a Pfizer drug was withdrawn", "Pfizer") & NEAR_WORK_WORD
    shuttle = "The US space shuttle Endeavour has blasted off"
    assert flags_of(shuttle, "Endeavour") & NEAR_WORK_WORD
    # makers of works in the plural are people too ("film-makers Roger Michell, ...")
    makers = "Seasoned film-makers Roger Michell, Mike Leigh and others"
    assert not flags_of(makers, "Roger Michell") & AFTER_ORG_WORD
    assert flags_of("parts maker Robert Bosch said", "Robert Bosch") & AFTER_ORG_WORD
    # a warship by its class ("the Russian cruiser Varyag"), not its navy after it
    assert flags_of("honouring the Russian cruiser Varyag and", "Varyag") & NEAR_WORK_WORD
    assert flags_of("the gunboat Korietz had sunk", "Korietz") & NEAR_WORK_WORD
    assert not flags_of("a Russian Navy destroyer sailed", "Russian Navy") & NEAR_WORK_WORD
    assert flags_of("pressure on Swiss-based Xstrata to", "Xstrata") & AFTER_ORG_WORD
    assert flags_of("West Ham v Norwich", "West Ham") & TEAM_CUE
    assert flags_of("said the Xstrata offer was low", "Xstrata") & TRADED
    # an owner: of a company, or right before its owner's name, a person's title
    assert flags_of("Euronext, the owner of Liffe in London, said", "Liffe") & TRADED
    assert flags_of("Euronext, which owns Liffe in London, said", "Liffe") & TRADED
    assert not flags_of("Chelsea owner Abramovich said", "Abramovich") & TRADED
    assert not flags_of("Philippoussis doubt over Open bid", "Open") & TRADED


def test_a_line_up_is_split_outside_brackets_and_character_references() -> None:
    squad = (
        "Sylvain Marconnet (Stade Francais), Nicolas Mas (Perpignan), "
        "Fabien Pelous (Stade Toulousain, capt), Pascal Pap&#233; (Bourgoin), "
        "Gordon Bulloch (captain, Glasgow Rugby), Olivier Milloud (Bourgoin)\n"
    )
    assert flags_of(squad, "Sylvain Marconnet") & IN_NAME_LIST
    assert flags_of(squad, "Stade Toulousain") & LISTED_CLUB
    assert flags_of(squad, "Glasgow Rugby") & LISTED_CLUB
    assert not flags_of(squad, "capt") & LISTED_CLUB
    # a squad of thirty runs past a thousand characters
    long_squad = ", ".join(f"Player Number{i} (Club{i})" for i in range(40)) + "\n"
    assert flags_of(long_squad, "Player Number39") & IN_NAME_LIST


def test_a_cue_holds_for_every_mention_of_the_name_in_its_document() -> None:
    # "the film Manhunt" (labelled WORK_OF_ART) and "Manhunt" (labelled ORG) later
    mentions = [("Manhunt", NEAR_WORK_WORD), ("Manhunt", 0), ("Rockstar", AFTER_ORG_WORD)]
    mentions += [("Rockstar", 0), ("Take-Two", TRADED | LINE_START)]
    assert share_cues(mentions) == [
        NEAR_WORK_WORD,
        NEAR_WORK_WORD,
        AFTER_ORG_WORD,
        0,  # a word before one mention says less: it stays with that mention
        TRADED | LINE_START,
    ]


def test_an_acronym_defined_after_the_lowercase_words_it_abbreviates_is_a_term() -> None:
    terms = [
        ("the launch of a personal video recorder (PVR) next year", "PVR"),
        ("an initial public offering (IPO) in May", "IPO"),
        ("voice over internet protocol (VoIP) calls", "VoIP"),
        ("the use of radio frequency ID (RFID) tags", "RFID"),
        ("an Internet service provider (ISP) said", "ISP"),  # most words lowercase
    ]
    for text, name in terms:
        assert flags_of(text, name) & DEFINED_AS_TERM, text
    names = [
        ("the Crown Prosecution Service (CPS) said", "CPS"),
        ("Digital Rights Management (DRM) solutions", "DRM"),
        ("the firm (BT) said", "BT"),  # no expansion
        ("says the bank (RBS) will", "RBS"),
        ("the value of shares (BAA) rose", "BAA"),  # the words do not spell it
    ]
    for text, name in names:
        assert not flags_of(text, name) & DEFINED_AS_TERM, text


def test_an_acronym_its_document_defines_as_a_term_elsewhere_is_a_term() -> None:
    # the model tagged the acronym after the definition, not the one inside it
    text = "the use of ultra wide band (UWB) chips in phones. UWB technology grows"
    assert flags_of(text, "UWB", occurrence=1) & DEFINED_AS_TERM
    # a name's own expansion is capitalised; an acronym the document never defines
    text = "the Crown Prosecution Service (CPS) said. The CPS added"
    assert not flags_of(text, "CPS", occurrence=1) & DEFINED_AS_TERM
    assert not flags_of("UWB technology grows", "UWB") & DEFINED_AS_TERM
    # a headline before the definition; a definition an article's length away is
    # another story's (and a huge document is not searched whole)
    text = "Concern over UWB chips\n\nthe use of ultra wide band (UWB) chips in phones"
    assert flags_of(text, "UWB") & DEFINED_AS_TERM
    text = "the use of ultra wide band (UWB) chips." + " Filler words." * 2000 + " UWB"
    assert not flags_of(text, "UWB", occurrence=1) & DEFINED_AS_TERM


def test_an_acronym_english_uses_as_a_common_noun_is_a_term_unless_named_beside_a_name() -> None:
    terms = [
        ("Police released CCTV footage of the man", "CCTV"),
        ("plans to attract FDI into the region", "FDI"),
        ("a wave of DDoS attacks", "DDoS"),
        ("the first 3D film", "3D"),
        ("tested positive for THG", "THG"),
        ("new Wap phones", "Wap"),  # a paper's Title case for a common acronym
        ("three ICBMs were fired", "ICBMs"),  # its plural
        ("closed-circuit television (CCTV) cameras", "CCTV"),
        ("tankers carrying LNG to Europe", "LNG"),
        ("waiting times in A&E rose", "A&E"),
        ("patients who see their GP", "GP"),
        ("the DJ played a set", "DJ"),  # a role
        ("the party's TDs voted", "TDs"),
        ("training for PE teachers", "PE"),
        ("customers order SIM cards online", "SIM"),
        ("business use of ICT rose", "ICT"),
        ("the report (PDF) says", "PDF"),  # a link's format
        ("an FDNY EMT was hurt", "EMT"),  # a role
    ]
    for text, name in terms:
        assert flags_of(text, name) & DEFINED_AS_TERM, text
    names = [
        # the document ties the acronym to a name, in either order
        ("China Central Television (CCTV) said. Later CCTV reported", "CCTV", 1),
        ("CCTV (China Central Television) said", "CCTV", 0),
        ("Digital Rights Management (DRM) solutions", "DRM", 0),
        ("the Islamic Center of Tucson (ICT) said. Later ICT staff", "ICT", 1),
        # not a common noun: a body's acronym, or one a body shares
        ("the FBI said", "FBI", 0),
        ("NHS staff were told", "NHS", 0),
        ("the AI report on prisons", "AI", 0),
        ("GM said sales fell", "GM", 0),
    ]
    for text, name, occurrence in names:
        assert not flags_of(text, name, occurrence=occurrence) & DEFINED_AS_TERM, text


def test_an_offices_title_before_a_name_is_a_cue_of_its_own() -> None:
    for text, name, flag in (
        ("said President Obama today", "Obama", HEAD_TITLED),
        ("US President Donald Trump said", "Donald Trump", HEAD_TITLED),
        ("Prime Minister Theresa May", "Theresa May", HEAD_TITLED),
        ("by Chancellor Merkel", "Merkel", HEAD_TITLED),
        ("Mr Justice Hogan ruled", "Hogan", JUDGE_TITLED),
        ("before Judge Gorsuch", "Gorsuch", JUDGE_TITLED),
    ):
        assert flags_of(text, name) & OFFICE_TITLES == flag, text
    # a deputy's title, a ministry's subject, a title in lowercase
    for text, name in (
        ("said Vice President Pence", "Pence"),
        ("Minister for Justice Frances Fitzgerald", "Frances Fitzgerald"),
        ("the president Obama", "Obama"),
    ):
        assert not flags_of(text, name) & OFFICE_TITLES, text


def test_a_common_acronym_is_known_in_capitals_title_case_and_plural() -> None:
    for text in (
        *("CCTV", "VoIP", "Voip", "DDoS", "Wap", "Aids", "ICBMs", "CDs", "GPS", "3D", "IP"),
        *("HMO", "HMOs", "PCT", "MIU"),
        *("PhD", "PhDs", "MBA", "GCSE", "GCSEs", "NGO", "NGOs", "MPs"),
        *("DJ", "DJs", "ICT", "IoT", "MEPs", "TDs", "Sim"),
    ):
        assert is_common_acronym(text), text
    # bodies, one a body shares, two-letter Title case (a word or a name), a name, a
    # singular a place shares ("MP", Madhya Pradesh)
    for text in ("FBI", "GM", "AI", "AR", "TD", "Cd", "Ds", "Cctv Ltd", "MP"):
        assert not is_common_acronym(text), text


def test_a_name_won_or_competed_for_is_flagged_as_awarded() -> None:
    for text, name in [
        ("the Oscar-winning actress", "Oscar"),
        ("his third Oscar nomination", "Oscar"),
        ("Bafta winners include", "Bafta"),
        ("an Oscar-nominated film", "Oscar"),
        ("won three Grammy awards for", "Grammy"),
        ("a Golden Globe award for", "Golden Globe"),
    ]:
        assert flags_of(text, name) & AWARDED, text
    for text, name in [
        ("Oscar Pistorius won", "Oscar"),
        ("the Labour candidate", "Labour"),
        ("Oscar's win", "Oscar"),
    ]:
        assert not flags_of(text, name) & AWARDED, text


def test_a_version_or_sequel_number_after_a_name_is_flagged() -> None:
    for text, name in [
        ("the Xbox 2 will", "Xbox"),
        ("PCs running Windows 95.", "Windows"),
        ("Shrek 2 took $100m", "Shrek"),
    ]:
        assert flags_of(text, name) & VERSIONED, text
    for text, name in [
        ("Leeds 2 Hull 1", "Leeds"),  # a score
        ("Arsenal 2-1 Chelsea", "Arsenal"),
        ("Yukos 3.5bn", "Yukos"),  # an amount
        ("Yukos 3bn", "Yukos"),
        ("Scorers: Varga 40, Thompson 48 pen, Petrov 60.", "Thompson"),  # minutes
    ]:
        assert not flags_of(text, name) & VERSIONED, text


def test_a_work_named_after_its_subject_and_quoted_titles() -> None:
    # a first name repeated right after the full name is the film about him
    text = "for his performance as Ray Charles in Ray. Ray Charles in the biopic Ray."
    assert flags_of(text, "Ray", 1) & NEAR_WORK_WORD
    assert flags_of(text, "Ray", 3) & NEAR_WORK_WORD  # "biopic"
    assert not flags_of("Ray Charles died. Ray was 73.", "Ray", 1) & NEAR_WORK_WORD
    # a CV's label is no surname: "CEO of Honeywell Current: President of Honeywell"
    text = (
        "March 2017: CEO of Honeywell Current: President and chief operating officer of Honeywell"
    )
    assert not flags_of(text, "Honeywell", 1) & NEAR_WORK_WORD
    # a body's name that begins with its county is not a person's
    text = "We appeal to Powys Local Health Board to allow Powys people to choose."
    assert not flags_of(text, "Powys", 1) & NEAR_WORK_WORD
    assert flags_of("the film about Ray Charles Robinson, Ray, won", "Ray", 1) & NEAR_WORK_WORD
    # nor is one whose second word is an ordinary word: a product's, a body's
    text = "The Sun Grid relies on Solaris, the operating system owned by Sun. It"
    assert not flags_of(text, "Sun", 1) & NEAR_WORK_WORD
    text = "women in the Trump Corporation, in the Trump campaign, in the Trump"
    assert not flags_of(text, "Trump", 2) & NEAR_WORK_WORD
    # a title in quotes is read as without them
    assert flags_of("Universal's film 'Ray', a portrait", "Ray") & NEAR_WORK_WORD
    # a word that ends the sentence before is not beside the name
    assert not flags_of("the second book in the series. Michelle Paver lives", "Michelle Paver") & (
        NEAR_WORK_WORD
    )
    assert not flags_of("would support a Glazer bid. NM Rothschild, the bank", "NM Rothschild") & (
        TRADED
    )


def test_a_french_article_before_a_known_place_is_cut() -> None:
    for raw, label, expected in [
        ("La France", "GPE", "France"),
        ("L'Italie", "LOC", "Italie"),
        ("de Russie", "LOC", "Russie"),
        ("La Paz", "GPE", "La Paz"),  # a place named with its article keeps it
        ("Le Havre", "GPE", "Le Havre"),
        ("Le Mans", "GPE", "Le Mans"),  # the rest is no known place
        ("La Manga", "GPE", "La Manga"),  # nor a major one
        ("De Niro", "PERSON", "De Niro"),
        ("Les Miserables", "WORK_OF_ART", "Les Miserables"),
    ]:
        assert cleaned(raw, raw, label) == expected, raw


def test_french_titles_mark_a_person_and_an_initial_is_no_title() -> None:
    assert cleaned("M. Chirac a dit", "M. Chirac", "PERSON") == "Chirac"
    assert flags_of("le président Jacques Chirac a", "Jacques Chirac") & AFTER_TITLE
    assert flags_of("selon M. Chirac", "Chirac") & AFTER_TITLE
    assert cleaned("M Bortolami, S Parisse", "M Bortolami", "PERSON") == "M Bortolami"


def test_letters_after_a_persons_name_are_cut_and_make_it_a_persons() -> None:
    text = "The chairman of the Bar Council, Guy Mansfield QC has warned"
    assert cleaned(text, "Guy Mansfield QC", "ORG") == "Guy Mansfield"
    assert flags_of(text, "Guy Mansfield") & AFTER_TITLE
    text = "said Paul Boateng MP, who"
    assert cleaned(text, "Paul Boateng MP", "PERSON") == "Paul Boateng"
    assert flags_of(text, "Paul Boateng") & AFTER_TITLE
    assert cleaned("by William Haughey OBE.", "William Haughey OBE", "PERSON") == "William Haughey"
    # a party's or a seat's MP is no person's name: the party or the seat is named,
    # as a body whose members hold the office
    for text, raw, name in [
        ("a Labour MP said", "Labour MP", "Labour"),
        ("Labour MPs said", "Labour MPs", "Labour"),
        ("the Bolton West MP Ruth Kelly", "Bolton West MP", "Bolton West"),
        ("the Sinn Fein MP said", "Sinn Fein MP", "Sinn Fein"),
        ("the Fine Gael TD also told", "Fine Gael TD", "Fine Gael"),
    ]:
        for label in ("ORG", "PERSON"):
            assert cleaned(text, raw, label) == name, (raw, label)
    assert not flags_of("a Labour MP said", "Labour") & AFTER_TITLE
    assert not flags_of("the Bolton West MP said", "Bolton West") & AFTER_TITLE
    assert flags_of("the Bolton West MP said", "Bolton West") & MEMBER_ROLE
    assert flags_of("the Fine Gael TDs said", "Fine Gael") & MEMBER_ROLE
    # not a person's surname, nor a person's full name (letters that title it)
    assert not flags_of("Wright MP said", "Wright") & MEMBER_ROLE
    assert not flags_of("said Paul Boateng MP, who", "Paul Boateng") & MEMBER_ROLE
    # nor other capitals
    assert cleaned("the TD Bank said", "TD Bank", "ORG") == "TD Bank"
    assert cleaned("the Labour MPC said", "Labour MPC", "ORG") == "Labour MPC"


def test_an_irish_members_or_a_djs_letters_before_a_name_are_a_title() -> None:
    for text, raw, name in [
        ("said TD Catherine Connolly, who", "TD Catherine Connolly", "Catherine Connolly"),
        ("said MLA Stewart Dickson, who", "MLA Stewart Dickson", "Stewart Dickson"),
        ("Capital Radio DJ Margherita Taylor said", "DJ Margherita Taylor", "Margherita Taylor"),
    ]:
        assert cleaned(text, raw, "PERSON") == name, raw
        assert flags_of(text, name) & AFTER_TITLE, raw


def test_a_papers_issue_date_and_page_are_no_part_of_its_name() -> None:
    text = "the fund. (China Daily European Weekly 01/27/2017 page29)"
    assert cleaned(text, "China Daily European Weekly 01/27/2017 page29", "ORG") == (
        "China Daily European Weekly"
    )
    text = "the fund. (China Daily European Weekly 01/27/2017) page32"
    assert cleaned(text, "China Daily European Weekly 01/27/2017", "ORG") == (
        "China Daily European Weekly"
    )
    assert cleaned("the fund. (01/13/2017 page24)", "01/13/2017 page24", "ORG") is None
    # a name's own figures stay
    assert cleaned("the 9/11 Commission said", "9/11 Commission", "ORG") == "9/11 Commission"
    assert cleaned("the Apollo 11 crew", "Apollo 11", "PRODUCT") == "Apollo 11"


def test_a_place_word_after_a_name_is_flagged() -> None:
    for text, name in [
        ("into the mountains of the Tora Bora region two days ago", "Tora Bora"),
        ("bombardment of the Tora Bora caves in", "Tora Bora"),
        ("fighting in Helmand province on", "Helmand"),
        # a river, a lake, a coast, a peninsula ("on the Elbe river")
        ("plans to deepen the Elbe river for freighters", "Elbe"),
        ("a boat capsized off the Mayo coast", "Mayo"),
        ("the Sinai peninsula", "Sinai"),
        # a cave, a volcano ("the Son Doong cave", "the Bezymianny volcano")
        ("explorers of the Son Doong cave say", "Son Doong"),
        ("ash from the Bezymianny volcano rose", "Bezymianny"),
    ]:
        assert flags_of(text, name) & PLACE_NAMED, text
    for text, name in [
        ("homes in the town of Hill Top were evacuated", "Hill Top"),
        ("reports from the suburb of Hornsby that", "Hornsby"),
        ("the French port of Calais every year", "Calais"),
        ("the major oil ports of Ras Lanuf and Es Sider", "Ras Lanuf"),
        # where a thing is
        ("canyoning down the Saxeten River Gorge near Interlaken.", "Interlaken"),
        ("the Royal National Park, south-west of Sydney", "Sydney"),
        ("30km north of Baghdad", "Baghdad"),
        # a member's seat, which a debate's transcript cues a person's label for
        ("the hon. Member for Surrey Heath (Mr. Hawkins) said", "Surrey Heath"),
        ("said the Labour MP for Birkenhead", "Birkenhead"),
        ("the constituency of Barrow and Furness", "Barrow"),
    ]:
        assert flags_of(text, name) & PLACE_NAMED, text
    for text, name in [
        ("the Tora Bora attack", "Tora Bora"),
        ("fled to Tora Bora, a region", "Tora Bora"),
        ("the true state of Parmalat's finances", "Parmalat"),
        ("a stake in Alcatel", "Alcatel"),
        ("shares of Alcatel fell", "Alcatel"),
        ("the nearest Alcatel shop", "Alcatel"),
        ("a team built around Johan Cruyff and", "Johan Cruyff"),
        # a word that says no place follows ("Thames Water" is a company)
        ("bills from Thames Water rose", "Thames"),
        # a party a member sits for, and the member named after the seat
        ("Max Andersson, MEP for the Greens/European Free Alliance", "Greens"),
        ("Tony Blair, MP for Sedgefield, said", "Tony Blair"),
    ]:
        assert not flags_of(text, name) & PLACE_NAMED, text


def test_where_a_match_is_played_is_flagged_as_a_ground() -> None:
    for text, name in [
        ("the third-round game at Murrayfield has been billed", "Murrayfield"),
        ("an impressive victory over Scotland at Murrayfield.", "Murrayfield"),
        ("after a 0-0 tie at Old Trafford and", "Old Trafford"),
    ]:
        assert flags_of(text, name) & AT_GROUND, text
    for text, name in [
        ("after six years at Anfield", "Anfield"),
        ("cutting jobs at Microsoft", "Microsoft"),
        ("a game for Murrayfield", "Murrayfield"),
        # a fixture at a place is as often someone always there
        ("Conway, a fixture at CPAC for years, made the case", "CPAC"),
    ]:
        assert not flags_of(text, name) & AT_GROUND, text


def test_a_pronoun_the_span_is_the_subject_of_is_flagged() -> None:
    assert flags_of("Acpo made its call for stronger powers", "Acpo") & ITS_FOLLOWS
    assert flags_of("Energis also did its best", "Energis") & ITS_FOLLOWS
    assert flags_of("Juninho could reconsider his future", "Juninho") & HIS_FOLLOWS
    assert flags_of("Ms Hingis has ended her career", "Hingis") & HIS_FOLLOWS
    for text, name in [
        ("Paul Rhys was its chairman", "Paul Rhys"),  # a copula
        ("Branson's show throughout its run", "Branson"),  # the show's
        ("the Tory leader said his party", "Tory"),  # the leader's
        ("gave Malcolm Glazer access to its books", "Malcolm Glazer"),
        ("Vivendi and its partners", "Vivendi"),
        ("Blair said that its", "Blair"),
    ]:
        assert not flags_of(text, name) & (ITS_FOLLOWS | HIS_FOLLOWS), text


def test_a_title_or_a_pronoun_of_the_spans_own_says_a_man_or_a_woman() -> None:
    assert_flag(
        MAN_CUE,
        [
            ("Trump dubbed himself a team player", "Trump"),
            ("Juninho could reconsider his future", "Juninho"),
            ("Trump said he would", "Trump"),
            ("Obama said that he", "Obama"),
            ("Mr. Trump said", "Trump"),
            ("his son Donald Trump Jr.", "Donald Trump Jr."),
        ],
        [
            ("Ivanka Trump said she would", "Ivanka Trump"),
            ("the Tory leader said his party", "Tory"),  # the leader's
            ("Trump told her", "Trump"),
            ("Trump met May and his", "May"),  # after "and", another's
            ("Mr Yee's lawyer, Sandra Grossman, said he", "Sandra Grossman"),  # the client
            ("Police Federation chairman Jan Berry", "Jan Berry"),  # said of women too
            ("Blair said that its", "Blair"),
        ],
    )
    assert_flag(
        WOMAN_CUE,
        [
            ("Ivanka Trump said she would", "Ivanka Trump"),
            ("Merkel found herself", "Merkel"),
            ("Melania Trump told reporters she", "Melania Trump"),
            ("Ms Trump", "Trump"),
            ("his daughter Ivanka Trump", "Ivanka Trump"),
            ("first lady Michelle Obama", "Michelle Obama"),
        ],
        [
            ("Trump told her", "Trump"),  # she is someone else
            ("Hingis has ended her career", "Hingis"),  # "her" says nothing
            ("Trump dubbed himself", "Trump"),
            ("Trump met May and herself", "Trump"),
            ("Mr Trump", "Trump"),
            ("President Trump", "Trump"),  # an office says neither
        ],
    )
    # only the word before says it of the name itself, whatever its label
    assert_flag(
        GENDER_WORD_BEFORE,
        [
            ("Trump's daughter Ivanka paid a visit", "Ivanka"),
            ("Mrs Kenny said", "Kenny"),
            ("first lady Melania Trump", "Melania Trump"),
        ],
        [
            ("Scotland Yard said he was", "Scotland Yard"),
            ("Ivanka Trump said she would", "Ivanka Trump"),
            ("President Trump", "Trump"),
        ],
    )


def test_a_spokesman_for_the_span_is_flagged() -> None:
    assert_flag(
        SPOKEN_FOR,
        [
            ("Jeremy de Souza, a spokesman for Crossrail, said", "Crossrail"),
            ("said a spokeswoman at the Hypertag offices", "Hypertag"),
        ],
        [
            ("a spokesman said Crossrail would go ahead", "Crossrail"),
            ("the spokesman for transport, Crossrail's", "Crossrail"),
        ],
    )


def test_who_was_told_or_is_cited_is_flagged() -> None:
    assert_flag(
        TOLD,
        [
            ("one of the sources told Kommersant. The meeting", "Kommersant"),
            ("Lazarev told RT on Friday", "RT"),
            ("he said in an interview with Izvestia on Monday", "Izvestia"),
            ("a spokesman told the Guardian that", "Guardian"),
        ],
        [
            ("Kommersant told its readers", "Kommersant"),
            ("as RT reported on Monday", "RT"),
            ("According to Pakhomov, as many as", "Pakhomov"),
            ("he told reporters in Moscow", "Moscow"),
        ],
    )


def test_a_name_that_ends_an_in_phrase_is_flagged() -> None:
    assert_flag(
        IN_PLACE,
        [
            ("at the Championships in Coleraine. Cairns came in", "Coleraine"),
            ("the championships in Coleraine on Saturday", "Coleraine"),
            ("In Towyn, the wall collapsed", "Towyn"),
            ("the fighting in Donbass and the sanctions", "Donbass"),
            ("demonstrations had started in Daraa in mid-March", "Daraa"),
        ],
        [
            ("he bought a stake in Yukos, the oil firm", "Yukos"),
            ("he invested in Yukos in 2003", "Yukos"),
            ("she starred in Closer, the film", "Closer"),
            ("a fault in Nokia phones", "Nokia"),
            ("as Alex Amend wrote in AlterNet. Watching", "AlterNet"),
            ("its membership in Nato, the alliance", "Nato"),
            ("in Google's case", "Google"),
            ("the championships at Coleraine on Saturday", "Coleraine"),
        ],
    )


def test_who_spoke_after_a_quote_is_flagged() -> None:
    assert_flag(
        SPEAKER,
        [
            ('"It is a trend in online gaming," said Deathifier.', "Deathifier"),
            ("'We are delighted!' says Nikki Rocco, the club's secretary", "Nikki Rocco"),
            ("This, said Sloncek, should make it safer", "Sloncek"),
            ('"I didn\'t want to sit back," added Cragg.', "Cragg"),
        ],
        [
            ('"It is cheap," said Gartner analyst Martin Gilliland.', "Gartner"),  # his firm
            ("Nikki Rocco said the club was delighted.", "Nikki Rocco"),  # a body says so too
            ("The deal, said a spokesman for Fox.", "Fox"),
            ("He said Microsoft would wait.", "Microsoft"),  # no quote before
        ],
    )


def test_a_platform_or_a_broadcaster_is_where_something_was_said_its_programme_a_work() -> None:
    for text, name in (
        ("Mr Trump said on Twitter that he would", "Twitter"),
        ("She took to Facebook to complain", "Facebook"),
        ("The clip was posted on YouTube.", "YouTube"),
        ("The interview aired on CNN late on Sunday.", "CNN"),
        # speaking on a broadcaster's programme, after its possessive
        ("Speaking on RTÉ's Morning Ireland, Mr Kelleher said", "RTÉ"),
        ("appearing on BBC's Question Time, she", "BBC"),
    ):
        assert flags_of(text, name) & AFTER_ORG_WORD, text
    for text, name in (
        ("He commented on Trump's remarks", "Trump"),
        ("She appeared on Capitol Hill for the hearing", "Capitol Hill"),
        ("Speaking on Syria, he said", "Syria"),  # a topic
        ("appearing on Trump's campaign trail", "Trump"),  # a person's, no programme
        ("They met on Monday with Putin", "Putin"),
        ("He took Merkel to the airport", "Merkel"),
        # a sentence's own "On" follows nothing of its sentence, whatever "said on"
        # came before it
        ('Svetlana Petrenko said on Tuesday. "On February 4 Ukrainian', "February 4"),
        ("Mutko said on Wednesday.   On December 23, the agency", "December 23"),
    ):
        assert not flags_of(text, name) & AFTER_ORG_WORD, text
    # and the programme after the broadcaster's possessive is a work; not a country's
    # station, a broadcaster in capitals, nor a host someone tells
    programmes = {
        "Speaking on RTÉ's Morning Ireland, the minister said": "Morning Ireland",
        "Speaking on RT\ufffd's Drivetime, Des Crinion said": "Drivetime",
        "speaking on BBC Radio 4's Today programme, she said": "Today",
        "appearing on ITV's Peston on Sunday": "Peston",
    }
    assert all(flags_of(text, name) & WORK_INTRODUCED for text, name in programmes.items())
    others = {
        "Speaking on Greece's Alter Television, he said": "Alter Television",
        "appearing on Rachel Maddow's MSNBC show": "MSNBC",
        "He told CNN's Jake Tapper that": "Jake Tapper",
        "troops based on Ukraine's Crimea peninsula": "Crimea",
    }
    assert not any(flags_of(text, name) & WORK_INTRODUCED for text, name in others.items())


def test_a_language_named_as_one_is_no_mention_of_its_people() -> None:
    for text, name in (
        ('"We stand with you," Cavusoglu said in Turkish.', "Turkish"),
        ("the Russian-language magazine Hacker", "Russian"),
        ("the only English-speaking country in the EU", "English"),
        ("a translation from Chinese into English or German", "English"),
        ("now learning Mandarin at school", "Mandarin"),
        ("customers who cannot understand English.", "English"),
        ("I told my English teacher that", "English"),
        ("refers to the group by its English acronym, ISIS", "English"),
        ("you usually need to speak perfect English. But", "English"),
        ("A catalogue, in Polish and English, has been completed", "English"),
        ("no options for children to learn Bengali or English.", "English"),
        ("Khader is professor of English and dean", "English"),
        ("adult learners of English who also needed", "English"),
        ("who goes by her English name Ice", "English"),
        ("She studied English literature at the University", "English"),
        ("said in English that he would", "English"),
    ):
        assert cleaned(text, name, "LANGUAGE") is None, text
    # the people's adjective the model called a language, and the same words with
    # another label, stay
    assert (
        cleaned("suggested Russian involvement in the attack", "Russian", "LANGUAGE") == "Russian"
    )
    assert cleaned("English football fans travelled", "English", "LANGUAGE") == "English"
    assert cleaned("a fan in English football", "English", "NORP") == "English"
    # a word the name qualifies says it is the people's adjective, whatever is before
    for text in ("a fan in English football", "rivalry in Welsh and English rugby"):
        assert cleaned(text, "English", "LANGUAGE") == "English", text
    assert cleaned("the English Premier League", "English", "LANGUAGE") == "English"


def test_a_language_s_adjective_standing_as_a_noun_is_the_language() -> None:
    for text, occurrence in (
        ("busy learning English. English is now the undisputed language", 1),
        ("Around the world English is the lingua franca of millions", 0),
        ("teaching Chinese students English during his university days", 0),
        ("I spoke Arabic at home and English at school", 0),
        ("switching from her native language to a halting English, she", 0),
        ("the literal translation of English or French into Russian", 0),
    ):
        assert cleaned(text, "English", "LANGUAGE", occurrence) is None, text
    # its people ("the English are", "he is English"), a name it is part of or that
    # follows it, a noun it or the adjective coordinated with it qualifies
    for text in (
        "the English are split down the middle",
        "He is English.",
        "Mr English said he believed",
        "company EF English in Shijiazhuang",
        "PSG's English Twitter feed",
        "his English-born contemporaries",
        "both English and Welsh clubs",
        "a focus on English and south-east Asian films",
        "Chinese porcelain and English glass, the",
    ):
        assert cleaned(text, "English", "LANGUAGE") == "English", text


def test_a_word_only_a_language_takes_makes_a_people_s_adjective_its_language() -> None:
    for text in (
        "when you come to Germany as an English speaker, the first",
        '"My English vocabulary was very limited',
        "less negative connotation than the English word, it is",
        "bilingual/English learner education",
        "smaller English-language films",
    ):
        assert cleaned(text, "English", "NORP") is None, text
    # a language of the place, not the place's language
    text = "translated into a black South African language."
    assert cleaned(text, "South African", "NORP") == "South African"
    # words its people take as often, or a capital that starts a name
    for text in (
        "the English version of the show",
        "the English Test side",
        "English teachers went on strike",
        "the English Premier League",
    ):
        assert cleaned(text, "English", "NORP") == "English", text


def test_refugees_or_a_faith_s_believers_after_a_name_name_a_people() -> None:
    for text, name in (
        ("Tens of thousands of Rohingya refugees fled", "Rohingya"),
        ("attacks on Uighur Muslims in Xinjiang", "Uighur"),
        ("Coptic Christians marched", "Coptic"),
    ):
        assert flags_of(text, name) & PEOPLE_NAMED, text
    assert not flags_of("the Rohingya crisis deepened", "Rohingya") & PEOPLE_NAMED


def test_a_bill_under_debate_is_no_name() -> None:
    # Hansard capitalises whichever bill is debated, a different one in each speech
    for text in ("the Bill will", "I welcome this Bill today", "a ten-minute Bill on"):
        assert cleaned(text, "Bill", "ORG") is None, text
    assert cleaned("The Bill will be read", "Bill", "ORG") is None
    assert cleaned("all these Bills are", "Bills", "ORG") is None
    for text in ("an important and serious Bill.", "my ten-minute rule Bill on", "his Bill will"):
        assert cleaned(text, "Bill", "PERSON") is None, text
    # nor the end of a named Bill the model cut, nor Bills in the plural after any word
    assert cleaned("a shortened Finance Bill would", "Bill", "PERSON") is None
    assert cleaned("(Miscellaneous Provisions) Bill, which", "Bill", "PERSON") is None
    assert cleaned("scrutiny of Bills will", "Bills", "ORG") is None
    # a named Bill, a given name, and the ITV drama with its own "The" stay
    assert cleaned("the Finance Bill", "Finance Bill", "ORG") == "Finance Bill"
    assert cleaned("when Bill said so", "Bill", "PERSON") == "Bill"
    assert cleaned("Hillary and Bill went", "Bill", "PERSON") == "Bill"
    assert cleaned("Owens' father, his father Bill refused", "Bill", "PERSON") == "Bill"
    assert cleaned("starring in The Bill, the ITV drama", "Bill", "ORG") == "Bill"


def test_an_office_alone_after_a_determiner_is_no_name() -> None:
    """ "the Taoiseach said" names whoever holds the office, as "the president" does;
    the title before a name is cut, or no name where the model spans it alone, and a
    title word without a determiner may be a name ("Queen" the band, "King" of
    Martin Luther King, "Bishop" of Julie Bishop) unless no surname is the word
    ("Taoiseach")."""
    dropped = [
        ("questions need to be answered by the Taoiseach and the Tanaiste.", "Taoiseach", "PERSON"),
        ("The Taoiseach has met the Spanish prime minister.", "Taoiseach", "ORG"),
        ("In a sermon, the outspoken President called out", "President", "PERSON"),
        ("citing her status as an MEP. But", "MEP", "ORG"),
        ("a senior adviser to the Ayatollah, Ali Akbar Velayati", "Ayatollah", "PERSON"),
        # before its holder's name, the model's span of the title alone
        ("Taoiseach Enda Kenny has said he", "Taoiseach", "PERSON"),
        ("Speaker Paul Ryan said", "Speaker", "ORG"),
        ("Bishop Eamon Casey died", "Bishop", "PERSON"),
        # an office that is nobody's surname, whatever stands before it
        ("Taoiseach is asked when he first heard", "Taoiseach", "GPE"),
        ("his job as Taoiseach.", "Taoiseach", "PERSON"),
        # a rank's abbreviation alone, which a stop may have cut from its holder's name
        ("police spokesman Sgt. Shawn McGuire said", "Sgt", "PERSON"),
        ("Det Sgt John Coleman described the case", "Sgt", "PERSON"),
        ("as Lt said", "Lt", "ORG"),
    ]
    for text, raw, label in dropped:
        assert cleaned(text, raw, label) is None, text
    kept = [
        ("Taoiseach Enda Kenny has said he", "Taoiseach Enda Kenny", "PERSON", "Enda Kenny"),
        ("Queen guitarist Brian May said", "Queen", "ORG", "Queen"),
        ("as King said in 1963", "King", "PERSON", "King"),
        ("writing in The Diplomat, a magazine", "Diplomat", "ORG", "Diplomat"),
        ("the Star said the emails were hacked", "Star", "ORG", "Star"),
        ("a speech by the Prince of Wales", "Prince of Wales", "PERSON", "Prince of Wales"),
        # a style stays in a name: "the Sheikh" is the Sheikh Ahmed Yassin named before
        ("Later the Sheikh left, as Sheikh Ahmed Yassin had.", "Sheikh", "PERSON", "Sheikh"),
        # a surname too: "Bishop said" is Julie Bishop, unlike "Bishop Eamon Casey"
        ("Bishop said the talks", "Bishop", "ORG", "Bishop"),
        ("as Premier League clubs said", "Premier", "ORG", "Premier"),  # a common word after it
        # a rank's abbreviation is an acronym's too
        ("cash prizes are on offer. The CPL has said that", "CPL", "ORG", "CPL"),
    ]
    for text, raw, label, name in kept:
        assert cleaned(text, raw, label) == name, text


def test_a_titles_word_alone_before_of_and_a_name_is_no_name() -> None:
    """ "Bishop of Galway", "Chairperson of the Russian Accounts Chamber": the office
    is the place's or the body's, and "Coach of the Year" a prize's name the model
    cut; the word alone names no one. A style before "of" stays: it is a person's, a
    work's or a club's name ("the Prince of Wales", "Lord of the Rings", "Queen of the
    South")."""
    dropped = [
        ("Former Bishop of Galway Eamon Casey dies", "Bishop", "ORG"),
        ("elected Bishop of Llandaff. The appointment", "Bishop", "ORG"),
        ("Siluanov, Chairperson of the Russian Accounts Chamber", "Chairperson", "PERSON"),
        ("Ranieri is named Coach of the Year at the awards", "Coach", "ORG"),
        ("a concert dedicated to Defender of the Fatherland Day", "Defender", "PERSON"),
    ]
    for text, raw, label in dropped:
        assert cleaned(text, raw, label) is None, text
    kept = [
        ("as Bishop of course said", "Bishop", "PERSON", "Bishop"),  # no name after "of"
        ("Bishop said of the talks", "Bishop", "ORG", "Bishop"),
        ("a speech by the Prince of Wales", "Prince", "PERSON", "Prince"),
        ("Queen of the South won 2-0", "Queen", "ORG", "Queen"),
        ("Julie Bishop of Australia said", "Julie Bishop", "PERSON", "Julie Bishop"),
    ]
    for text, raw, label, name in kept:
        assert cleaned(text, raw, label) == name, text


def test_a_word_a_debate_addresses_its_members_by_is_no_name() -> None:
    """ "the hon. Lady", "the noble Lord", "my right hon. Friend": a speaker in a
    chamber calls a member so; alone the word names whoever is meant (in one House of
    Commons sample, 54 "Lady" were one person's alias). Before a name, or without the
    courtesy or determiner, it stays."""
    dropped = [
        ("I agree with the hon. Lady on this point.", "Lady", "PERSON"),
        ("The noble Lord has said so.", "Lord", "ORG"),
        ("as my right hon. Friend the Member for Barrow said", "Friend", "ORG"),
        ("Will the right hon. and learned Gentleman tell us", "Gentleman", "PERSON"),
        ("I thank you, Madam Deputy Speaker, for that.", "Madam", "PERSON"),
        # an office an honorific addresses, as "the Speaker" is an office alone
        ("Thank you, Mr. Speaker, for that.", "Mr. Speaker", "PERSON"),
        ("I thank you, Madam Deputy Speaker, for that.", "Deputy Speaker", "PERSON"),
        ("Thank you, Mr President.", "Mr President", "PERSON"),
        ("The Speaker has ruled on it.", "Speaker", "PERSON"),
    ]
    for text, raw, label in dropped:
        assert cleaned(text, raw, label) is None, text
    kept = [
        ("He met Lord Falconer on Monday.", "Lord Falconer", "PERSON", "Lord Falconer"),
        ("Melania and their son, Baron, live in New York.", "Baron", "PERSON", "Baron"),
        ("Mr Speaker Michael Martin said", "Mr Speaker Michael Martin", "PERSON", "Michael Martin"),
        ("the 1982 film An Officer and a Gentleman was shown", "Gentleman", "ORG", "Gentleman"),
    ]
    for text, raw, label, name in kept:
        assert cleaned(text, raw, label) == name, text


def test_a_span_begun_inside_secretary_of_state_keeps_only_the_name() -> None:
    """The model begins the span at "State": "Secretary of [State Rex Tillerson]" is
    the person, "the Secretary of [State for Health]" an office alone, no name."""
    text = "Former Secretary of State Rex Tillerson said"
    assert cleaned(text, "State Rex Tillerson", "ORG") == "Rex Tillerson"
    for text, raw in (
        ("I advised the Secretary of State for Health that", "State for Health"),
        ("the Under-Secretary of State for Education, Mr Boswell", "State for Education"),
        ("Former Secretaries of State Madeleine Albright and", "State"),
    ):
        assert cleaned(text, raw, "ORG") is None, text
    # elsewhere "State" opens names of its own
    assert cleaned("the State Department said", "State Department", "ORG") == "State Department"
    assert cleaned("laws of the State of Texas", "State of Texas") == "State of Texas"
    assert cleaned("Secretary of Defense Jim Mattis said", "Defense", "ORG") == "Defense"


def test_a_lowercase_point_of_the_compass_before_a_country_that_makes_another_place() -> None:
    """ "south [America]" is not the United States: a point of the compass in lowercase
    before a country's name or its people's is taken in where the two name another
    place, a continent's part or another country."""
    grown = [
        ("trade with south America is growing", "America", "south America"),
        ("refugees from central America and", "America", "central America"),
        ("two south American countries", "American", "south American"),
        ("talks with north Korea on", "Korea", "north Korea"),
    ]
    for text, raw, name in grown:
        assert cleaned(text, raw) == name, text
    kept = [
        ("floods in south Africa", "Africa"),  # Africa is no country
        ("fighting in northern Syria", "Syria"),  # a part of Syria
        ("strongholds in east Germany, as well as", "Germany"),  # its east, or the GDR
        ("exports to America and Europe", "America"),
    ]
    for text, raw in kept:
        assert cleaned(text, raw) == raw, text


def test_a_people_s_word_after_a_title_s_own_the_is_the_title() -> None:
    """ "writing in The New Yorker" names the magazine: a capitalised "The" in
    mid-sentence is the title's own, and the span takes it back."""
    titled = [
        ("Paul Goldberger, writing in The New Yorker, declared", "New Yorker"),
        ("Kalief's case, The New Yorker reported.", "New Yorker"),
        ("a column in The Scotsman said", "Scotsman"),
    ]
    for text, raw in titled:
        assert cleaned(text, raw, "ORG") == "The " + raw, text
    untitled = [
        ("The New Yorker magazine has made no secret", "New Yorker", "ORG"),  # the sentence's
        ("the street-smart New Yorker, chronicling", "New Yorker", "ORG"),
        ("Brexit: The British government and Brussels", "British", "ORG"),
        ("a column in The Times said", "Times", "ORG"),  # no people's word
        ("said The Dutch were", "Dutch", "NORP"),  # a people
    ]
    for text, raw, label in untitled:
        assert cleaned(text, raw, label) == raw, text


def test_a_regions_word_after_its_name_is_cut_where_the_name_alone_is_the_region() -> None:
    assert cleaned("factories in Guangdong province closed", "Guangdong province") == "Guangdong"
    assert cleaned("a flood in Sichuan Province on Monday", "Sichuan Province") == "Sichuan"
    # a city's name: the region is another place ("Moscow Region" is the oblast)
    assert cleaned("a village in Moscow Region said", "Moscow Region") == "Moscow Region"
    assert cleaned("shelling in Homs province went on", "Homs province") == "Homs province"
    # a US county's own name, capitalised; "state", whose name may be a city's too
    assert cleaned("a sheriff in Kent County said", "Kent County") == "Kent County"
    assert cleaned("voters in Washington state said", "Washington state") == "Washington state"
    # the name alone must be a region the gazetteer knows
    assert cleaned("trade in the Asia-Pacific region grew", "Asia-Pacific region") == (
        "Asia-Pacific region"
    )
    # a body named after a region, capitalised, tagged ORG: "the Khorasan Province" of ISIL
    assert cleaned("fighters in the Khorasan Province are", "Khorasan Province", "ORG") == (
        "Khorasan Province"
    )
    assert cleaned("fighters in Khorasan province are", "Khorasan province", "ORG") == "Khorasan"


def test_an_ordinary_noun_opening_a_sentence_before_a_name_is_cut() -> None:
    # a live commentary: "Penalty Sevilla." where the document says "the penalty area"
    text = "A foul by Vardy. Penalty Sevilla. Vitolo draws a foul in the penalty area."
    assert cleaned(text, "Penalty Sevilla", "PERSON") == "Sevilla"
    # a given name, a title, a name of ordinary words, a noun the document never uses
    text = "He won. Frank Lampard said it was a frank talk."
    assert cleaned(text, "Frank Lampard", "PERSON") == "Frank Lampard"
    text = "It aired. Eastern Promise returns, an eastern view."
    assert cleaned(text, "Eastern Promise", "PERSON") == "Eastern Promise"
    text = "A foul by Vardy. Penalty Sevilla. Vitolo fouled him."
    assert cleaned(text, "Penalty Sevilla", "PERSON") == "Penalty Sevilla"
    # a name the document writes more than once is a name of its own
    text = "Storm Doris hit. The storm left. Storm Doris passed."
    assert cleaned(text, "Storm Doris", "PERSON") == "Storm Doris"
    # mid-sentence, no cut
    assert cleaned("The Penalty Sevilla was given, the penalty", "Penalty Sevilla", "PERSON") == (
        "Penalty Sevilla"
    )


def test_a_word_for_an_event_after_a_name_says_it_names_one() -> None:
    assert_flag(
        EVENT_NAMED,
        [
            ("tickets for this year's Glastonbury festival will", "Glastonbury"),
            ("withdrew from the Sydney International tennis tournament", "Sydney International"),
            ("the Hillsborough disaster in 1989", "Hillsborough"),
        ],
        [
            ("leaders met at the Nato summit", "Nato"),
            ("the Labour conference in Brighton", "Labour"),
            ("a festival in Glastonbury town", "Glastonbury"),
            ("Glastonbury is a town, the festival", "Glastonbury"),
        ],
    )


def test_an_ordinary_word_opening_a_sentence_before_a_name_is_cut() -> None:
    # a verb, an adverb, a preposition the document writes in lowercase too, before a
    # name it uses alone
    text = "Rules came. Complained Pelosi at the time: it was bad. Pelosi complained."
    assert cleaned(text, "Complained Pelosi", "PERSON") == "Pelosi"
    text = "She explained. Sometimes Nicole - who asked - sometimes works, said Nicole."
    assert cleaned(text, "Sometimes Nicole", "PERSON") == "Nicole"
    text = "a timely boost.\n\nSaid Wales assistant coach Scott Johnson. He said Wales won."
    assert cleaned(text, "Said Wales", "PERSON") == "Wales"
    # must not cut: a given name, a noun the document writes after a determiner, a
    # word it never writes in lowercase, a rest it never uses alone, a name it repeats
    text = "He will go. Will Smith said so. Smith left."
    assert cleaned(text, "Will Smith", "PERSON") == "Will Smith"
    text = "He saw a tiger. Tiger Woods won. Woods said so."
    assert cleaned(text, "Tiger Woods", "PERSON") == "Tiger Woods"
    text = "He won. Complained Pelosi at the time. Pelosi left."
    assert cleaned(text, "Complained Pelosi", "PERSON") == "Complained Pelosi"
    text = "Rules came. Complained Pelosi at the time. He complained."
    assert cleaned(text, "Complained Pelosi", "PERSON") == "Complained Pelosi"
    text = "It sometimes rains. Sometimes Nicole sang. Sometimes Nicole said so."
    assert cleaned(text, "Sometimes Nicole", "PERSON") == "Sometimes Nicole"


def test_a_kinds_word_and_called_or_known_as_introduce_the_name_as_that_word_would() -> None:
    assert_flag(
        PRODUCT_NAMED,
        [
            ("Using a technology called XDR, created by Rambus", "XDR"),
            ("He designed the format called RSS in 1999", "RSS"),
            ("which uses the peer-to-peer system called BitTorrent to swap", "BitTorrent"),
            ("the latest Digital Rights Management technology known as Janus.", "Janus"),
            ("a short-range messaging application called Pictochat, and", "Pictochat"),
            ("A Windows virus called Bofra is spreading", "Bofra"),
        ],
        [
            # right before a name, a technology's word may open a relative clause
            ("the system Labour built is failing", "Labour"),
            ("a firm called Swarm Systems", "Swarm Systems"),
            ("a woman called Sacheen Littlefeather", "Sacheen Littlefeather"),
        ],
    )
    assert_flag(
        AFTER_ORG_WORD,
        [
            ("to a previously unknown firm called Baikal.", "Baikal"),
            ("attributed to a shadowy group known as Meibion Glyndwr.", "Meibion Glyndwr"),
            ("a new political party called Veritas - Latin for truth.", "Veritas"),
            ("left in a new company called Altaba. That company", "Altaba"),
        ],
        [
            # a body calls or names someone: without "a", the verb's
            ("the party called Blair a liar", "Blair"),
            ("The club named Smith captain on Monday", "Smith"),
            ("a man called Tyrone said", "Tyrone"),
        ],
    )
    assert flags_of("a Channel 4 documentary called Panorama Live.", "Panorama Live") & (
        WORK_INTRODUCED
    )


def test_a_span_inside_a_name_its_document_defines_by_an_acronym_grows_into_it() -> None:
    uspto = "filed with the US Patent and Trademark Office (USPTO) on Monday."
    assert cleaned(uspto, "Trademark Office", "ORG") == "US Patent and Trademark Office"
    assert cleaned(uspto, "US") == "US Patent and Trademark Office"
    # a small word may give its letter or none; a word in capitals gives them all
    cufi = "He helped establish Christians United for Israel (CUFI) in 2006."
    assert cleaned(cufi, "Israel") == "Christians United for Israel"
    usada = "The US Anti-Doping Agency (USADA) said. Later the US Anti-Doping Agency ruled"
    assert cleaned(usada, "Anti-Doping Agency", "ORG") == "US Anti-Doping Agency"
    # the same words elsewhere in the document, without the acronym
    assert cleaned(usada, "Anti-Doping Agency", "ORG", 1) == "US Anti-Doping Agency"
    aqap = "a compound used by Al Qaeda in the Arabian Peninsula (AQAP) in Yemen"
    assert cleaned(aqap, "Arabian Peninsula", "LOC") == "Al Qaeda in the Arabian Peninsula"
    assert cleaned("x.\n\nAthletics Kenya (AK) said", "Kenya") == "Athletics Kenya"
    assert cleaned("the Bank of England (BoE) said", "England") == "Bank of England"
    # cleaning the grown span again keeps it
    assert cleaned(uspto, "US Patent and Trademark Office", "ORG") == (
        "US Patent and Trademark Office"
    )


def test_a_span_grows_only_into_words_that_spell_the_acronym_and_open_a_name() -> None:
    # the initials do not spell the bracket: a club, an agency's credit, a party
    assert cleaned("T Shanklin (Blues), H Luscombe (Dragons)", "Shanklin", "PERSON") == ("Shanklin")
    assert cleaned("SEOUL (Reuters) - South Korea said", "SEOUL") == "SEOUL"
    assert cleaned("said Tony Blair (Labour) in a speech", "Blair", "PERSON") == "Blair"
    assert cleaned("the Bank of (BO) data", "Bank", "ORG") == "Bank"
    # a name the spelled words end, opened by a word with a capital before them
    ocha = "according to the UN Office for the Coordination of Humanitarian Affairs (OCHA)."
    assert cleaned(ocha, "UN Office", "ORG") == "UN Office"
    assert "Office" not in str(cleaned(ocha, "Humanitarian Affairs", "ORG"))
    eclac = "The United Nations' Economic Commission for Latin America (ECLA) said"
    assert cleaned(eclac, "Latin America", "LOC") == "Latin America"
    # lowercase words are no name's: a term the acronym abbreviates
    assert cleaned("a personal video recorder (PVR) from TiVo", "TiVo", "ORG") == "TiVo"
    assert not flags_of("personal video recorder (PVR)", "PVR") & ACRONYM_DEFINED
    defined = "at the US Patent and Trademark Office (USPTO)"
    assert flags_of(defined, "US Patent and Trademark Office") & ACRONYM_DEFINED
    assert not flags_of(defined, "USPTO") & ACRONYM_DEFINED


def test_a_body_one_is_involved_in_is_no_place_the_phrase_ends_with() -> None:
    assert flags_of("floods in Clondalkin, the council said", "Clondalkin") & IN_PLACE
    assert not flags_of("British scientists involved in CERN.", "CERN") & IN_PLACE


def test_a_line_up_with_two_initials_and_lowercase_particles_is_a_line_up() -> None:
    bench = "G Intoppa, S Perugini, CA del Fava, D dal Maso, P Griffen, M Barbini, KP Robertson.\n"
    assert flags_of(bench, "CA del Fava") & IN_NAME_LIST
    assert flags_of(bench, "KP Robertson") & IN_NAME_LIST
    assert flags_of(bench, "Intoppa") & IN_NAME_LIST
    # lowercase words that are no particles make no family name: prose stays prose
    prose = "He met G Brown, the del Fava family, a few friends and some colleagues.\n"
    assert not flags_of(prose, "G Brown") & IN_NAME_LIST


@pytest.mark.parametrize(
    ("text", "raw", "label", "kept"),
    [
        # the model's own number word stays ("One" is a function word elsewhere)
        ("aboard Air Force One, White House", "Air Force One", "ORG", "Air Force One"),
        # and one it leaves off is taken in
        ("aboard Air Force One, White House", "Air Force", "ORG", "Air Force One"),
        ("the BBC Two documentary", "BBC", "ORG", "BBC Two"),
        ("on BBC One's Panorama", "BBC", "ORG", "BBC One"),
        ("in Formula One racing", "Formula", "ORG", "Formula One"),
        # must not: a sentence's first word after a lost full stop, a name's next word
        ("told the BBC One of them", "BBC", "ORG", "BBC"),
        ("the RBS Six Nations", "RBS", "ORG", "RBS"),
        ("ran Windows 95 Two years ago", "Windows 95", "PRODUCT", "Windows 95"),
        # nor a person's or a place's name ("Exile in Diyarbakir One year on")
        ("Exile in Diyarbakir One year on", "Diyarbakir", "GPE", "Diyarbakir"),
        ("said Trump One day", "Trump", "PERSON", "Trump"),
        # an ordinal the model leaves off before a numbered unit's name is taken in
        ("the 9th US Circuit Court ruled", "US Circuit Court", "ORG", "9th US Circuit Court"),
        ("the 11th Marine Unit sailed", "Marine Unit", "ORG", "11th Marine Unit"),
        ("of 1st Battalion Irish Guards", "Battalion Irish", "ORG", "1st Battalion Irish"),
        ("the Ninth Circuit said", "Circuit", "ORG", "Ninth Circuit"),
        # must not: an edition's number, a party congress's, a name with no unit's word
        ("the 67th Berlin Film Festival", "Berlin Film Festival", "ORG", "Berlin Film Festival"),
        ("the 19th Congress of the party", "Congress", "ORG", "Congress"),
        ("the 18th CPC Central Committee", "CPC Central Committee", "ORG", "CPC Central Committee"),
        # nor a word that only ends like an ordinal, nor a person's name
        ("the north Circuit of Wales", "Circuit of Wales", "ORG", "Circuit of Wales"),
        ("in the 3rd Division Jones said", "Division Jones", "PERSON", "Division Jones"),
    ],
)
def test_a_number_the_model_leaves_off_a_name_is_the_names_own(
    text: str, raw: str, label: str, kept: str
) -> None:
    assert cleaned(text, raw, label) == kept


def test_a_countrys_possessive_before_a_name_is_marked() -> None:
    # a country's or a place's possessive, or "the country's"; not a person's or a
    # body's, nor none
    assert_flag(
        COUNTRY_OWNED,
        [
            ("according to a statement from Japan's Foreign Ministry.", "Foreign Ministry"),
            ("which oversees the country's Coast Guard, put out", "Coast Guard"),
            ("Kabul's Supreme Court was attacked", "Supreme Court"),
        ],
        [
            ("Trump's Supreme Court nominee", "Supreme Court"),
            ("the BBC's Panorama programme", "Panorama"),
            ("the Coast Guard said", "Coast Guard"),
        ],
    )
