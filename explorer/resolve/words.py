"""What English words look like, so that names can be told from ordinary words.

Three small vocabularies: function words (closed-class words that never end a
name), person titles (a word that introduces a person's name) and a list of
common English words (SCOWL levels 10-20, in ``data/common_words.txt``),
loaded once on first use.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

# Closed-class English words (articles, pronouns, prepositions, conjunctions,
# auxiliaries) and the reporting verbs "says"/"said": words that never end a name.
# "may", "will" and "can" are left out: they are also names (Theresa May,
# George Will, Can Dündar).
FUNCTION_WORDS = frozenset(
    """
    a about above across after against ago ahead along alongside amid amidst among
    amongst an and another any are as at be because been before behind being below
    beneath beside besides between beyond both but by could despite did do does doing
    down during each either else every for from had has have having he her hers
    herself him himself his how however i if in inside into is it its itself just
    like many me might mine more most much must my myself near neither nor not now
    of off on once one only onto or other our ours ourselves out outside over own
    per rather says said shall she should since so some such than that the their
    theirs them themselves then there these they this those though through
    throughout till to too toward towards under underneath unless unlike until up
    upon us via vs was we were what whatever when whenever where whether which while
    who whom whose why with within without would yet you your yours yourself
    yourselves
    """.split()
)

# Words that put a person's name right after them ("research fellow Hong Min",
# "Professor Lim Eul-chul", "Mr Kim", "striker Thierry Henry"), and the commonest
# French ones ("le président Jacques Chirac", "la ministre ...").
TITLE_WORDS = frozenset(
    """
    actor actress adviser advisor aide ambassador analyst anchor archbishop author
    ayatollah bishop boss brother candidate capt captain cardinal ceo chairman
    chairwoman champion chancellor chief cleric cllr coach col colonel columnist
    commander commentator commissioner congressman congresswoman correspondent
    councillor councilman counsel dame dean defender deputy det detective diplomat
    director dj dr economist editor emperor envoy expert father fellow founder gen
    general goalkeeper gov governor governor-general historian imam insp inspector
    journalist judge
    justice keeper king lawmaker lawyer leader lieutenant lord lt manager mayor mep
    midfielder minister miss mla mother mp mr mrs ms msp officer official player pm
    pope premier president presenter prince princess prof professor queen rabbi
    rep reporter representative researcher scholar secretary sen senator sergeant
    sgt sheikh singer sir sister skipper spokesman spokesperson spokeswoman star
    strategist striker supt td treasurer winger writer
    athlete attorney bassist batsman billionaire bowler boxer comedian compatriot
    composer critic cyclist designer drummer entrepreneur executive flanker
    frontman golfer guitarist hooker hurdler jockey musician nominee novelist
    pianist playwright poet producer prop prosecutor pundit rapper referee
    songwriter sprinter swimmer team-mate teammate tycoon violinist wicketkeeper
    taoiseach tanaiste tánaiste
    activist administrator adventurer backbencher blogger businessman businesswoman
    campaigner chairperson chef colleague constable councilor councilwoman counselor
    dad dictator engineer film-maker filmmaker heir magnate meteorologist mogul mom
    monk mum negotiator olympian organiser organizer painter photographer pilot
    politician priest scientist skier solicitor superintendent teacher whistleblower
    winchman
    architect artist astronaut ballerina cartoonist choreographer conductor dancer
    hacker illustrator sculptor
    centre-back centre-half fly-half full-back left-back outfielder pitcher playmaker
    quarterback right-back scrum-half wing-back
    député députée maire ministre président présidente sénateur sénatrice
    """.split()
)

# The words of a party's members that news puts before one's name ("Tory Liam Fox",
# "Lib Dem Norman Baker", "Democrat Adam Schiff").
PARTY_MEMBER_WORDS = frozenset(
    "dem democrat democrats dems labour lib republican republicans tories tory".split()
)

# A person's relatives: after a possessive, before a name, they name someone as
# another's relative ("Mr Mulvaney's great-great-grandfather Matthew Mulvaney"); a
# "grand", "great-", "step" or "half-" before them and "-in-law" after them too.
RELATIVE_WORDS = frozenset(
    """
    aunt brother cousin dad daughter father husband mom mother mum nephew niece sister
    son uncle widow widower wife
    """.split()
)

# Words right before a name that say a man or a woman is named ("Mr Trump", "his
# daughter Ivanka Trump", "first lady Michelle Obama"): `explorer.resolve.people` reads
# which of two relatives a family name stands for. "chairman" is said of women too.
MEN_WORDS = frozenset(
    """
    brother businessman congressman dad father grandfather grandson husband king
    lord mr nephew prince sir son spokesman uncle widower
    """.split()
)
WOMEN_WORDS = frozenset(
    """
    actress aunt businesswoman chairwoman congresswoman dame daughter duchess
    granddaughter grandmother lady miss mom mother mrs ms mum niece princess queen sister
    spokeswoman widow wife
    """.split()
)

# The names of months and days: a date's words, not a name's ("the Seafarers' Identity
# Documents of June", "Tuesday.-Szydlo" run over a flattened paragraph break).
DATE_WORDS = frozenset(
    """
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
# The last word of a law's or a treaty's name ("Affordable Care Act", "Good Friday
# Agreement", "Kyoto Protocol", "Rome Statute", "EU Constitution"), a thing however
# the model labels it; not "Accord" ("Government of National Accord", a body) nor
# "Convention", as often a party's gathering, an event, as a treaty.
LAW_HEADS = frozenset(
    """
    act accords agreement amendment bill charter constitution directive protocol
    statute treaty
    """.split()
)
# The words after a city's or a region's name that name what was agreed or begun
# there ("the Minsk agreements", "the Oslo accords", "the Astana process", "the Lisbon
# agenda", "the Geneva Conventions"): the treaty or the process, not the place.
# Not "talks" nor "summit" (held there: the place's), nor "deal" ("a Chelsea deal").
AGREED_THERE_WORDS = frozenset(
    """
    accord accords agenda agreement agreements conventions format process protocol
    protocols treaties treaty
    """.split()
)
# How a day named after someone ends: "St Patrick's Day", "International Women's
# Day", "Presidents' Day" (a holiday, an event; "Doris Day" is a woman).
HOLIDAY_ENDING = r"['’]s? Day\b"
# The festivals and holy days news names alone, which the model labels a date where it
# knows them ("Christmas") and a person, a place or a building where it does not
# ("until about Easter" as PERSON, "its Easter recess" as FAC). Not those a firm or an
# ordinary word shares ("Carnival", "Advent", "Lent" of "lend").
HOLIDAYS = frozenset(
    {
        "easter",
        "easter sunday",
        "easter monday",
        "good friday",
        "palm sunday",
        "ash wednesday",
        "whitsun",
        "pentecost",
        "passover",
        "hanukkah",
        "chanukah",
        "yom kippur",
        "rosh hashanah",
        "sukkot",
        "purim",
        "ramadan",
        "eid",
        "eid al-fitr",
        "eid al-adha",
        "ashura",
        "diwali",
        "holi",
        "navratri",
        "nowruz",
        "vesak",
        "halloween",
        "thanksgiving",
        "hogmanay",
        "mardi gras",
        "christmas eve",
        "boxing day",
        "kwanzaa",
    }
)
# A building's or a site's word after the possessive of whom it is named after ("St
# Isaac's Cathedral", "Crumlin Children's Hospital", "St Andrew's Street").
SITES_NAMED_AFTER = frozenset(
    """
    abbey basilica cathedral chapel church college green hospital infirmary park road
    school square street university
    """.split()
)
# Lowercase words that belong to a name ("Osama bin Laden", "Charles de Gaulle",
# "Ayman al-Zawahiri", "José Ortega y Gasset").
PARTICLES = frozenset(
    "al el ul bin ibn bint abu van von de da di du der den la le dos das del ter zu y".split()
)
# The Arabic article, which news joins to a name in lowercase by a hyphen ("al-Qaeda",
# "al-Bab", "el-Sisi"): part of the name, where another lowercase word so joined is a
# prefix that makes an adjective of it ("pro-Blair", "anti-EU").
ARTICLES_OF_NAMES = frozenset({"al", "el"})

# The small words an acronym usually skips ("Organisation for Economic Co-operation and
# Development", "Bank of England" as "BoE").
ACRONYM_SKIPPED_WORDS = frozenset("of the and for in on de du des la le".split())

# Words that put an organisation's name right after them ("oil firm Yukos",
# "search giant Google", "Premiership club Chelsea").
ORG_WORDS = frozenset(
    """
    agency airline band bank brand broadcaster business carrier chain choir club
    company conglomerate corporation developer firm giant group insurer label maker
    manufacturer network newspaper operator orchestra outfit party producer provider
    publisher quartet quintet regulator retailer side site studio subsidiary
    supplier team union website based
    automaker bookmaker brewer carmaker charity chipmaker drugmaker exchange
    housebuilder magazine steelmaker supermarket tabloid watchdog
    consultancy distributor startup contractor
    """.split()
)

# The words of ORG_WORDS that are people's trades as well ("winch operator Paul
# Ormsby", "broadcaster Richard Dimbleby", "film distributor Nansun Shi", "NSA
# contractor Edward Snowden"): before a person's full name, a person.
PEOPLES_TRADES = frozenset({"broadcaster", "contractor", "distributor", "operator"})


def singular(word: str) -> str | None:
    """The singular a lowercase word or name key may be the plural of ("tories" ->
    "tory", "firms" -> "firm"), or None."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return None


# The fewest words of a name whose inner words' number `number_free` reads.
_NUMBER_FREE_MIN_WORDS = 3


def number_free(key: str) -> str | None:
    """A name key of three words or more with every word but the last in the singular
    ("trade union congress" of "trades union congress" and "trade unions congress"),
    which spellings of one body share; None for a shorter key."""
    words = key.split()
    if len(words) < _NUMBER_FREE_MIN_WORDS:
        return None
    return " ".join([*(singular(word) or word for word in words[:-1]), words[-1]])


def names_bodies(word: str) -> bool:
    """`word` (lowercase) is a word for a body or its plural: "firm", "technology
    firms Earthlink and Webroot", "rival companies"; not the plural of an occupation
    ("producers Barbara Broccoli and Michael Wilson")."""
    if word in ORG_WORDS:
        return True
    one = singular(word)
    return one in ORG_WORDS and one not in TITLE_WORDS


# The last word of a company's name, a trade's or a legal form's ("Verizon
# Communications", "Foxconn Technology Group"), which no place's institution ends in.
COMPANY_HEADS = frozenset(
    """
    advisers advisors aerospace ag airlines airways automotive breweries brewery bros
    brothers co communications corp corporation electronics enterprises entertainment
    films foods games gmbh group holdings inc industries insurance interactive
    investments laboratories labs limited llc logistics ltd media motors networks
    partners petroleum pharma pharmaceuticals pictures plc resources securities
    software stores studios supermarkets systems technologies telecom
    """.split()
)
# The last word of an organisation's name; a known place ending in one ("Mexico
# City") stays a place.
ORG_HEADS = COMPANY_HEADS | frozenset(
    """
    albion army association athletic authority bank capital chamber city club college
    commission committee council county fc federation foundation guild institute
    league navy partnership party rangers rovers society trust union united university utd
    wanderers argyle hotspur
    express gazette herald journal mail mirror news telegraph times tribune
    sparkasse telekom
    """.split()
)
# The first word of a body's name, as ORG_HEADS are last: a company's in another
# language ("Telekom Austria", "Banco Santander", "Grupo Televisa", "Banque Misr"), an
# airline's ("Air Deccan"), a side's ("Team GB", "Team Sky") or a sports club's
# ("Atletico Madrid", "Bnei Sakhnin", "VfL Wolfsburg"); no person's name opens so.
BODY_OPENERS = frozenset(
    """
    air atletico banca banco banque bnei deportivo dinamo dynamo fc grupo groupe hapoel
    lokomotiv maccabi olympique partizan spartak sporting steaua team telecom telekom vfb
    vfl
    """.split()
)
# Lowercase words inside a name ("Bank of England", "Department for Culture, Media and
# Sport", "Stade de France").
NAME_JOINERS = frozenset("of for and the &".split()) | PARTICLES
# The last word of an event's name ("Davis Cup", "Australian Open", "Grand Slam").
EVENT_HEADS = frozenset(
    """
    awards budget championship championships classic conference cup earthquake
    election elections exhibition expo fair festival games league marathon olympics
    open premiership prix referendum sevens show slam summit tournament trophy tsunami
    """.split()
)
# The last word of a named happening news writes in capitals ("American Civil War",
# "Nanjing Massacre", "Srebrenica Genocide", "Piper Alpha Disaster"): an event's,
# singular only ("Star Wars" is a work). "March" only after a possessive ("Women's
# March"; "Fredric March" is an actor).
OCCURRENCE_HEADS = frozenset("disaster genocide massacre revolution uprising war".split())
# The first word of an institution's name in the order "Department of Health", which
# news also writes "Health Department".
# The word before "League" in a competition's name: a sport's or a rank's ("Premier
# League", "Champions League", "National Hockey League"); another league is a body
# ("Arab League", "Anti-Defamation League", "Awami League").
COMPETITION_LEAGUE_WORDS = frozenset(
    """
    baseball basketball champions cricket europa football hockey netball premier
    professional rugby soccer super
    """.split()
)
INSTITUTION_WORDS = frozenset(
    """
    department ministry office university college institute bank museum council
    commission committee agency court church academy
    """.split()
)
# The words of a state's institution's name ("Coast Guard", "Supreme Court", "Ministry
# of Justice", "Secret Service"): a story of one country speaks of its own under the
# name alone (`resolver._place_country_bodies`), as of a firm or a group it need not.
STATE_BODY_HEADS = frozenset(
    """
    administration agency army assembly authority bank bureau cabinet commission
    committee congress council court department force government guard ministry navy
    office parliament party police prosecutor senate service treasury
    """.split()
)
# A body's or an event's last word that news writes alone for the one body or event
# of its document that the word ends ("the European Commission ... the Commission",
# "the FA Cup ... the Cup"; `resolver._place_heads_alone`). Not a paper's or a
# club's: "The Times", "Rangers" are names of their own; nor "Parliament" or "Union",
# which British news writes alone for its own country's beside another's
# ("Falkirk's representative in Parliament", "our Union" in a speech on the EU).
HEADS_WRITTEN_ALONE = INSTITUTION_WORDS | frozenset(
    "army assembly authority cup federation navy trophy".split()
)
# Words of a place's or a building's name ("Isle of Man", "Line of Control", "Horn of
# Africa", "Tower of London", "Southern Highlands of New South Wales").
PLACE_HEADS = frozenset(
    """
    abbey bay borough bridge cape castle cathedral central coast county district duchy
    east eastern gulf highlands horn island islands isle isles kingdom lake line
    lowlands mount mountains north northern ocean palace park peninsula port province
    region republic river rock sea south southern square state states statue strait
    straits street territory tower vale valley west western
    """.split()
)

# Letters after a person's name: a rank, an office or an honour ("Guy Mansfield QC",
# "Paul Boateng MP", "William Haughey OBE"); written in capitals. Those of an elected
# office also follow a party's or a seat's name ("Labour MP", "Bolton West MP").
POST_NOMINALS = frozenset("CBE DBE KBE KC MBE MEP MLA MP MSP OBE QC TD".split())
ELECTED_POST_NOMINALS = frozenset("MEP MLA MP MSP TD".split())
# A role a body gives its members, before a member's name: "Fine Gael leader Enda
# Kenny", "Copa Di Vino founder James Martin" (with the elected offices' letters:
# "Labour MP Jess Phillips"). No person's name comes before one; a spokesman or an
# adviser may be a person's ("Putin spokesman Dmitry Peskov"), and so is left out.
MEMBER_ROLES = frozenset(
    """
    activist candidate chairman chairwoman councillor founder lawmaker leader
    legislator member politician president senator
    """.split()
)

# Words after a people's name ("the Carib people", "Masai tribesmen", "the Rohingya
# minority", "Rohingya refugees", "Uighur Muslims"): a group, whatever the model made
# of the name.
PEOPLE_WORDS_AFTER = frozenset(
    "minority people peoples tribe tribes tribesmen refugees muslims christians".split()
)
# A publication's word after its name ("Time magazine", "the Guardian newspaper").
PUBLICATION_WORDS = frozenset({"magazine", "newspaper"})
# Words after a name, the next or the one after ("the Glastonbury festival", "the
# Sydney International tennis tournament", "the Hillsborough disaster"), that say it
# names an event; not a summit's, a conference's or a concert's, which a body or a band
# holds ("the Nato summit", "the Labour conference", "a U2 concert").
EVENT_WORDS_AFTER = frozenset(
    "championship championships disaster festival marathon massacre tournament tragedy".split()
)
# Words after a place's name that say it is one ("the Tora Bora region", "the Swat
# valley", "Helmand province", "the Elbe river", "the Mayo coast"); no body or person
# is named so.
PLACE_WORDS_AFTER = frozenset(
    """
    airport airports area border canal cave caves coast coastline district estuary
    glacier lake mountains peninsula province region river sea strait valley volcano
    """.split()
)
# The head of an apposition that says a place: "Avdiivka, a strategically important
# city under Ukrainian control," "Auschwitz, the former Nazi death camp," (not "the
# city's mayor": the head is the mayor).
PLACE_APPOSITION_HEADS = frozenset(
    """
    camp city county district enclave island municipality neighborhood neighbourhood
    port province region suburb town village
    """.split()
)
# Words after a ground's name ("the Bernabeu stadium"): a ground, unless the corpus
# calls the name a club ("the Chelsea stadium", "Chelsea boss").
GROUND_WORDS_AFTER = frozenset("arena ground stadium".split())
# The last word of a building's or a site's name, which is named after its place
# ("Woomera Detention Centre", "Wembley Stadium"): the place is another thing.
FACILITY_HEADS = GROUND_WORDS_AFTER | frozenset(
    """
    airport bridge building castle center centre hall hospital palace park prison road
    square station street theater theatre tower
    """.split()
)
# The last words of a site's name that no body's nor person's name ends in: a place,
# whatever the label ("Trafalgar Square" as PERSON, "Imam Khomeini International
# Airport" and "Empire State Building" as ORG). A surname may be "Arena", "Park",
# "Street" or "Tower" (Bruce Arena, Nick Park, Picabo Street, John Tower), so those
# name a site only where the model calls it no person ("Trump Tower" as ORG), and so
# do the works of engineering a surname may end in too ("Three Gorges Dam", "Channel
# Tunnel", "Blacksod Lighthouse" as ORG; Jos van Dam, Adam Beach).
SITE_HEADS = frozenset("airport building square stadium".split())
SITE_HEADS_UNLESS_PERSON = frozenset(
    """
    arena park road street tower
    beach canal dam highway lighthouse motorway pier reservoir tunnel
    """.split()
)
# The last words of a building's name that no person's name ends in, whose name a body
# may be too ("Mater Hospital" as ORG): where the model calls it a person, the place
# ("Kilkenny Garda Station" as PERSON).
BUILDING_HEADS = frozenset(
    "barracks cathedral cemetery hospital mosque museum prison station".split()
)
# The last words of a residence's or a seat's name that a family name may be too
# ("Gregory House"): the place where one word that is no given name opens the name
# ("Portcullis House", "Lambeth Palace" as PERSON).
RESIDENCE_HEADS = frozenset({"house", "palace"})

# Transliterated words (Arabic, Persian, Urdu) that open an armed group's or a party's
# name before its article or link: a front, an army, free men, a movement, a party, a
# brigade, supporters, a society, a council, soldiers, a legion, forces, an
# organisation, liberation, conquest ("Jabhat al-Nusra", "Ahrar al-Sham",
# "Jamaat-ul-Ahrar", "Lashkar-e-Taiba", "Hizb ut-Tahrir"). No given name is one of
# them; without the article they may be a place's ("Lashkar Gah", "Tahrir Square").
GROUP_OPENING_WORDS = frozenset(
    """
    ahrar ansar failaq fatah fateh fath faylaq harakat hayat hizb jabhat jaish jamaah
    jamaat jamiat jaysh jemaah jund kataeb kataib lashkar liwa majlis quwat saraya sipah
    tahrir tanzim tehreek tehrik
    """.split()
)

# Currencies, singular and plural: money is not an entity here ("Euros" as PERSON).
# Left out: those that are also surnames or names' short forms (Rand, Sterling,
# Pound, Real, Won).
CURRENCIES = frozenset(
    """
    dollar dollars euro euros francs krona kronor krone kroner peso pesos rouble
    roubles ruble rubles rupee rupees shekel shekels yen yuan zloty
    """.split()
)

# A government's common nouns, which house style capitalises ("the Department", "in
# Committee", "the White Paper", "the District Court", "the U.S. Embassy", "Ministers
# refuse", a Bill's "Second Reading", "go through the Lobby"): alone, each names
# whichever of many the speaker or the story means, no one body nor one paper (not
# "Government", "Parliament", "Commission", "Supreme Court" or "High Court": a
# country's or a union's one).
GOVERNMENT_COMMON_NOUNS = frozenset(
    {
        *("department", "departments", "ministry", "ministries", "executive branch"),
        *("committee", "committees", "select committee", "select committees"),
        *("joint committee", "joint committees", "lobby", "lobbies", "division lobby"),
        *("white paper", "white papers", "green paper", "green papers"),
        *("district court", "federal district court", "u.s. district court"),
        *("court of appeals", "u.s. court of appeals", "appeals court", "circuit court"),
        *("embassy", "u.s. embassy", "us embassy", "consulate", "police department"),
        *("ministers", "first reading", "second reading", "third reading", "report stage"),
    }
)

# The head of an apposition that says a name is a body ("Munich Re, the world's biggest
# reinsurer", "Leeds, the Championship side"): words news does not end a person's
# description with.
BODY_WORDS = frozenset(
    """
    agency airline automaker bank brewer broadcaster carmaker carrier chain charity
    chipmaker club company conglomerate corporation department drugmaker firm giant
    group housebuilder insurer label lender manufacturer ministry network newspaper
    outfit party publisher regulator reinsurer retailer side station steelmaker
    subsidiary supermarket tabloid team union watchdog website
    """.split()
)

# Words after a club's name, what it has or does ("Liverpool boss", "Chelsea fans",
# "Newcastle beat"), and the plural verbs British news gives a team but never a city
# ("Newcastle have", "Barcelona are"): after a city's name, the city is the club.
TEAM_WORDS = frozenset(
    """
    are beat beats boss captain chairman clash coach defeated defender drew edged
    fans fixture forward game goalkeeper hammered have keeper manager match
    midfielder side skipper squad striker supporters thrashed v vs were winger
    """.split()
)
# The words of TEAM_WORDS that never follow a person's name: a club's staff and the
# plural verbs ("Bolton boss", "Lazio have"; but "Eminem fans", "Henman beat").
CLUB_WORDS_AFTER = frozenset(
    """
    are boss chairman coach defender goalkeeper have keeper manager midfielder side
    skipper squad striker were winger
    """.split()
)
# A body's voice after its name ("a Vodafone spokesman", "an Apacs spokeswoman"): in
# the BBC articles 210 such names are bodies, two are people.
SPOKESPEOPLE = frozenset("spokesman spokesmen spokespeople spokesperson spokeswoman".split())
# Words before a club's name, what is done to it ("against Barcelona", "Arsenal v
# Barcelona", "beat Newcastle").
TEAM_WORDS_BEFORE = frozenset("against beat beating defeated v vs".split())
# Words of a match before "at" and its ground ("the game at Murrayfield", "a draw at
# Anfield", "the sides meet at Old Trafford"; not "fixture": "a fixture at CPAC for
# years" is someone always there).
MATCH_WORDS = frozenset(
    "clash defeat draw final game goal match meet played replay tie victory win".split()
)

# What is bought, sold and owned is a company: the words before "of"/"in"/"for" and
# a name ("the sale of Yugansk", "a stake in Yukos", "a bid for Yugansk"), and
# the words after one ("its Yugansk unit", "Yukos shares").
COMPANY_WORDS_BEFORE = frozenset(
    """
    acquisition auction bid bought buy buyer buying owns ownership purchase sale sell
    selling shareholders shares sold stake takeover
    """.split()
)
# Its owners, before "of" ("the owner of Liffe"); right before a name they title a
# person ("Chelsea owner Roman Abramovich").
OWNER_WORDS = frozenset({"owner", "owners"})
# ("bid" is left out: "the Open bid", "his Oscar bid" are attempts, not offers)
COMPANY_WORDS_AFTER = frozenset(
    """
    division divisions offer shareholders shares stake subsidiary takeover unit units
    """.split()
)

# Words after a prize's name ("Oscar nominations", "Bafta winner", "three Grammy awards").
AWARD_WORDS = frozenset(
    "award awards nomination nominations nominee nominees winner winners".split()
)

# The names of faiths, which the model calls bodies or places ("converted to Islam"
# tagged ORG): a faith is its believers' group, as "Muslim" and "Christians" are.
FAITHS = frozenset(
    """
    islam christianity judaism buddhism hinduism sikhism jainism taoism shinto
    zoroastrianism catholicism protestantism
    """.split()
)

# Peoples that are no country's or region's people (those are `demonyms`), in the
# singular: ethnic and religious groups the model calls bodies, places or things
# ("Yazidis" tagged ORG, "Copts" a work, "Maori" a body, "Herero" a body). Not one a
# given name or a family name shares ("Sami", "Karen", "Maya", "Luo", "Shan"), a club,
# a firm or a car does ("Travellers", "Cherokee"), nor a place's ("Roma", Rome in
# Italian and its club; "Romani" is the people's; "Kikuyu", "Tigray", "Afar" are
# towns or regions too).
PEOPLES = frozenset(
    """
    aborigine acholi ainu alawite amazigh amhara assyrian aymara aztec baloch bashkir
    bedouin bengali berber chaldean circassian copt cree dinka druze fulani guarani
    gypsy hausa hazara herero hmong hutu igbo inuit kachin kalenjin kurd latina
    latino maasai manchu mapuche maori maronite masai mohawk nama navajo ndebele nuer
    oromo pashtun quechua romani rohingya samburu shia shiite shona sikh sindhi
    sinhalese sioux sunni tamil tatar tuareg tutsi uighur uyghur xhosa yanomami
    yazidi yezidi yoruba zhuang zulu
    """.split()
)

# Scriptures, by the name keys (`classify.name_key`) of their names in English and
# their transliterations, and their copies in the plural: a book, whatever the label
# (the model tags "Quran" GPE and "Torah" PERSON), and one book however it is spelt
# ("Koran", "Qur'an", "Quran").
SCRIPTURES = {
    key: book
    for book, keys in {
        "Quran": ("quran", "koran", "qur an", "holy quran", "holy koran", "qurans", "korans"),
        "Bible": ("bible", "holy bible", "bibles"),
        "Torah": ("torah",),
        "Talmud": ("talmud",),
        "Old Testament": ("old testament",),
        "New Testament": ("new testament",),
        "Bhagavad Gita": ("bhagavad gita",),
        "Guru Granth Sahib": ("guru granth sahib",),
        "Book of Mormon": ("book of mormon",),
    }.items()
    for key in keys
}

# Acronyms English uses as common nouns, which the model tags as bodies ("CCTV
# footage", "attract FDI", "DDoS attacks", "tested positive for THG"): technologies,
# media and formats, economic and business measures, medical and scientific terms,
# weapons, units and time zones, people's roles ("the DJ", "MEPs"), degrees, exams and
# school subjects ("a PhD", "GCSE results", "PE teachers"), kinds of body ("the NGO
# said"), and the health service's and
# housing's units ("the other PCT in my constituency", "HMO licensing"). News rarely
# spells them out, so the corpus seldom shows they are terms (`spans.DEFINED_AS_TERM`).
# Left out: those a common body or place shares (AI: Amnesty International; GM:
# General Motors; GP: a Grand Prix; PR: Puerto Rico; CT: Connecticut; AR: Arkansas;
# MS, RAM, IT), but for a plural none of them has ("MPs"; "MP" is Madhya Pradesh too;
# "TDs", the Dáil's members; "TD" is a Canadian bank too).
COMMON_ACRONYMS = frozenset(
    """
    CCTV DVD CD LCD LED HDTV IPTV DTT PVR DVR VHS PDA SMS MMS GPRS 3G 4G 5G USB WAP
    ADSL DSL ISP IP VoIP RSS SSL HTML URL PDF DRM DDoS P2P GPS RFID CGI 3D MP3 CPU GPU LTE
    GDP GNP FDI IPO VAT CEO CFO COO CTO AGM ETF LNG LPG
    DNA RNA HIV AIDS BSE CJD MRSA IVF EPO THG PTSD ADHD MRI ECG ICU STD GMO GP A&E
    ICBM WMD IED UAV
    GMT BST UTC MW GW
    LGBT LGBTQ LGBTI DIY CV PIN ATM SUV HGV
    HMO PCT MIU
    VR NGO PhD MBA MSc BSc GCSE MPs
    DJ EMT EV ICT IoT MEP MSP PE SIM TDs
    """.split()
)

# A faith's believers' adjective ("Christian", "Muslims"), and a legislature's name
# ("Congress", "Parliament"): a party named so ("Christian Party", "the Congress party"
# of India) is not known by the bare word, which names them. The legislatures, by their
# name keys (`classify.name_key`), in English and in their own languages, are bodies
# whatever the label ("the Oireachtas" tagged GPE, "the Duma" PERSON; "Duma" is a
# Syrian town's name too, which a place's label keeps).
BELIEVERS = frozenset(
    """
    christian muslim jewish hindu buddhist sikh catholic protestant islamic islamist
    evangelical orthodox
    """.split()
)
LEGISLATURES = frozenset(
    """
    congress parliament senate assembly diet althing bundesrat bundestag dail duma
    eduskunta folketing knesset majlis oireachtas riksdag seanad sejm storting
    """.split()
) | {"dail eireann", "seanad eireann", "lok sabha", "rajya sabha", "verkhovna rada"}

# Around a people's adjective that the model calls a language, the words that say it
# is one ("said in Turkish", "translated into English", "speak Mandarin", "the
# Russian-language magazine", "English-speaking countries"): no mention of the people
# nor of their country.
LANGUAGE_WORDS_BEFORE = frozenset(
    """
    in into speak speaks speaking spoke spoken learn learning learned learnt teach
    teaches teaching taught fluent understand understands understood
    """.split()
)
# After the adjective, the words only a language takes, whatever the label ("an
# English speaker", "the Arabic word for", "my English vocabulary")...
SPEECH_WORDS_AFTER = frozenset(
    """
    language languages speaking speaker speakers learner learners lessons translation
    subtitles word words vocabulary dictionary grammar proficiency fluency
    """.split()
)
# ... and those a language takes more often than its people do, where the model
# calls the adjective a language ("English test", "the Spanish version").
LANGUAGE_WORDS_AFTER = SPEECH_WORDS_AFTER | frozenset(
    """
    teacher teachers test tests class classes course courses acronym version versions
    name names literature edition editions skills
    """.split()
)
# How well a language is spoken, between a word of LANGUAGE_WORDS_BEFORE and the
# language ("speak perfect English", "spoke broken English").
LANGUAGE_ADJECTIVES = frozenset(
    "basic broken excellent fluent good halting passable perfect poor".split()
)
# Before "of" and a language: what is taught, studied or known of it ("professor of
# English", "learners of English", "a word of English").
LANGUAGE_WORDS_BEFORE_OF = frozenset(
    """
    command department faculty grasp knowledge learner learners lecturer lecturers
    professor professors student students teacher teachers word words
    """.split()
)

# Before "on", the verbs that say the name after it is where something was said or
# shown, a platform or a broadcaster ("said on Twitter", "posted on Instagram", "aired
# on CNN"); not those that also take a topic or a place ("commented on", "speaking on
# Syria", "appeared on Capitol Hill", "live on Long Island"). "took to" says so too
# ("took to Twitter").
MEDIUM_VERBS = frozenset(
    "said says wrote writes posted posts tweeted announced shared trending broadcast aired".split()
)
TOOK_TO = frozenset({"took", "take", "takes", "taking"})
# and those that say so only of a broadcaster's programme after its possessive
# ("Speaking on RTÉ's Morning Ireland", "appearing on BBC's Question Time").
PROGRAMME_VERBS = frozenset("speaking spoke appearing appeared".split())

# Verbs headlines use of what someone does to someone, rare enough in prose that the
# common words lack them ("Ambassador Slams Donald Trump's", "Ellen DeGeneres Zings
# Trump's"): in a Title-Case headline their -s and -ing forms join no name (`spans`).
HEADLINE_VERBS = frozenset(
    """
    axe berate chide clap decry denounce deride diss disparage dub dunk flay grill
    jab lambast lambaste lampoon laud nab nix oust probe pummel rap rebuff rebuke
    ridicule roast savage scold scorch shred skewer slam slate snub spar spurn taunt
    tease torch tout troll woo zing
    """.split()
)

# Words before the name of a made thing, a ship or a spacecraft ("the cruise liner
# Crystal Harmony", "the space shuttle Endeavour"), a drug ("the multiple sclerosis
# drug Tysabri") or a robot; not after it, where they name its owner or maker ("a
# Cunard liner", "a Navy ship", "a Pfizer drug").
MADE_THING_WORDS = frozenset(
    """
    anti-depressant antidepressant drug frigate liner medicine painkiller pill robot
    satellite ship shuttle spacecraft submarine tanker vaccine vessel warship yacht
    battlecruiser battleship corvette cruiser destroyer gunboat icebreaker minesweeper
    """.split()
)

# Determiners that count or own what follows ("an Oscar", "his iPod"); "her" is
# left out, since it is also an object ("told her Blair was"). Numbers count only
# plurals ("three Oscars"; "number eight Harinordoquy" is a position).
COUNTING_WORDS = frozenset("a an my your his its our their".split())
COUNTING_NUMBERS = frozenset(
    """
    two three four five six seven eight nine ten dozen hundreds thousands million
    millions billion several
    """.split()
)
# Words that end a noun phrase when they follow its head: prepositions and verbs
# ("an Oscar for", "his iPod was").
PHRASE_ENDS = frozenset(
    """
    about after against at before by during for from in into on over since through
    to under with without is was are were has had have will would could can said
    """.split()
)

# Kinds of product: after a name they say what it is ("the Bofra virus", "the Firefox
# browser"), where a work's word may name its author's work ("the Abba musical").
PRODUCT_WORDS = frozenset(
    """
    browser chip console consoles device handset handsets phone phones processor
    software virus viruses worm worms
    """.split()
)
# Kinds of hardware, after a name only: "the Keystone pipeline", "S-400 missiles" (a
# name after the word is its builder's as often: "... pipelines TransCanada had tried").
HARDWARE_WORDS = frozenset("missile missiles pipeline pipelines".split())
# Words for a product, a technology or a program before "called", "dubbed" or "known
# as" and a name ("a technology called XDR", "the format called RSS", "a virus called
# Bofra"): the name is the thing. Not right before a name, where a relative clause may
# follow ("the system Labour built", "the technology Apple uses").
TECHNOLOGY_WORDS = PRODUCT_WORDS | frozenset(
    "app application format program protocol standard system technology tool".split()
)

# Words beside the name of a product or a work ("the film Vera Drake", "Xbox console").
WORK_WORDS = PRODUCT_WORDS | frozenset(
    """
    album anthem ballad biography biopic blockbuster book cartoon comedy documentary
    drama fable film game movie musical novel opera programme remake sequel series
    single sitcom soap song soundtrack trilogy tune
    """.split()
)
# A work's word before its name only: after a name it is a match's ("the thriller
# Constantine"; "an Arms Park thriller").
WORK_WORDS_BEFORE = WORK_WORDS | {"thriller"}


@cache
def _common_words() -> frozenset[str]:
    text = files("explorer.resolve").joinpath("data/common_words.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_common_acronym(text: str) -> bool:
    """`text` is one of COMMON_ACRONYMS, in capitals, in the Title case some papers
    write one of three letters or more in ("Wap", "Aids", "Voip"), or plural ("ICBMs",
    "PDAs")."""
    form = text[:-1] if text.endswith("s") and len(text) > 2 and text[-2].isupper() else text
    if form in COMMON_ACRONYMS or text in COMMON_ACRONYMS:
        return True
    return len(form) > 2 and form.istitle() and form.upper() in _COMMON_ACRONYMS_UPPER


_COMMON_ACRONYMS_UPPER = frozenset(acronym.upper() for acronym in COMMON_ACRONYMS)


def is_common_word(word: str) -> bool:
    """True when the lowercase form of `word` is a common English word or function word."""
    low = word.lower()
    return low in FUNCTION_WORDS or low in _common_words()


@cache
def other_names_table() -> dict[str, list[str]]:
    """The commonest bodies' other names (``data/other_names.json``): full name ->
    the names that stand for it ("European Union" -> ["EU"])."""
    text = files("explorer.resolve").joinpath("data/other_names.json").read_text("utf-8")
    names: dict[str, list[str]] = json.loads(text)["names"]
    return names
