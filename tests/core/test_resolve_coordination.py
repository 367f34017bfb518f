"""Names listed together: a name whose list's other names the model labels alike
gets their kind's cue, and a list a plural noun introduces its noun's kind; only
then."""

from __future__ import annotations

import pytest

from explorer.resolve.coordination import document_cues
from explorer.resolve.spans import (
    CLUB_WORD,
    LISTED_WITH_BODIES,
    LISTED_WITH_PEOPLE,
    LISTED_WITH_PLACES,
    NEAR_WORK_WORD,
    TEAM_CUE,
    TRADED,
    WORK_INTRODUCED,
    mention_flags,
)

LISTED = LISTED_WITH_PEOPLE | LISTED_WITH_BODIES | LISTED_WITH_PLACES
# What a list's head noun may give its names.
HEAD = LISTED | NEAR_WORK_WORD


def cues(text: str, *names: tuple[str, str], mask: int = LISTED) -> dict[str, int]:
    """The list cues (`mask`) of each (name, label), found in `text` in order."""
    mentions, start = [], 0
    for name, label in names:
        start = text.index(name, start)
        mentions.append((start, start + len(name), label, 0))
        start += len(name)
    flags = document_cues(text, mentions)
    return {name: f & mask for (name, _), f in zip(names, flags, strict=True)}


def test_a_name_labelled_unlike_the_rest_of_its_list_gets_their_cue() -> None:
    text = "stars Will Smith, Kevin Spacey and Keanu Reeves"
    found = cues(
        text, ("Will Smith", "PERSON"), ("Kevin Spacey", "PERSON"), ("Keanu Reeves", "ORG")
    )
    assert found == {"Will Smith": 0, "Kevin Spacey": 0, "Keanu Reeves": LISTED_WITH_PEOPLE}
    text = "deals with Nokia, Intel, Philips, Alcatel and France Telecom"
    names = [("Nokia", "ORG"), ("Intel", "ORG"), ("Philips", "ORG"), ("Alcatel", "GPE")]
    found = cues(text, *names, ("France Telecom", "ORG"))
    assert found["Alcatel"] == LISTED_WITH_BODIES and found["Nokia"] == 0
    # a country is a place whatever the model labelled it
    text = "in Lesotho, Sri Lanka, and Bangaldesh"
    found = cues(text, ("Lesotho", "PERSON"), ("Sri Lanka", "GPE"), ("Bangaldesh", "PERSON"))
    assert found == {"Lesotho": 0, "Sri Lanka": 0, "Bangaldesh": LISTED_WITH_PLACES}


def test_a_dated_list_still_lists_its_names() -> None:
    text = "Last month, Paramount, Universal and Warner Brothers agreed"
    names = [("Last month", "DATE"), ("Paramount", "ORG"), ("Universal", "PERSON")]
    found = cues(text, *names, ("Warner Brothers", "ORG"))
    assert found["Universal"] == LISTED_WITH_BODIES and found["Last month"] == 0


def test_the_cue_holds_for_the_names_other_mentions_in_the_document() -> None:
    text = "Nokia, Alcatel and France Telecom. Alcatel said"
    mentions = [(0, 5, "ORG", 0), (7, 14, "GPE", 0), (19, 33, "ORG", 0), (35, 42, "GPE", TRADED)]
    flags = document_cues(text, mentions)
    assert flags[3] == LISTED_WITH_BODIES | TRADED and flags[1] & LISTED_WITH_BODIES


# Lists whose names get no cue, each as (text, its names with their labels).
NO_CUE = [
    # two names: each label is as likely wrong as the other
    ("Siemens and Ericsson", [("Siemens", "ORG"), ("Ericsson", "GPE")]),
    # the others disagree among themselves: a list of several kinds
    (
        "Anthony Walker, Railtrack, Balfour Beatty and Network Rail",
        [
            ("Anthony Walker", "PERSON"),
            ("Railtrack", "ORG"),
            ("Balfour Beatty", "ORG"),
            ("Network Rail", "GPE"),
        ],
    ),
    # a line-up's one-word names: the model's labels of them say little
    (
        "Macken, Weaver, Onuoha, Jordan",
        [("Macken", "PERSON"), ("Weaver", "GPE"), ("Onuoha", "GPE"), ("Jordan", "GPE")],
    ),
    # a city is none of the three: its club is as often meant
    (
        "Luton, Preston and Queens Park Rangers",
        [("Luton", "GPE"), ("Preston", "GPE"), ("Queens Park Rangers", "ORG")],
    ),
    # a semicolon or a line break ends a list
    (
        "Headingley, Leeds; Leslie Gray, 43",
        [("Headingley", "GPE"), ("Leeds", "GPE"), ("Leslie Gray", "PERSON")],
    ),
    (
        "Tony Blair, Gordon Brown\nand Labour",
        [("Tony Blair", "PERSON"), ("Gordon Brown", "PERSON"), ("Labour", "ORG")],
    ),
    # words between the names: no list
    (
        "Tony Blair, Gordon Brown and the head of Labour",
        [("Tony Blair", "PERSON"), ("Gordon Brown", "PERSON"), ("Labour", "ORG")],
    ),
    # a plural noun of several kinds before a list: market players are firms,
    # services products
    ("big players such as Sony and Intel", [("Sony", "ORG"), ("Intel", "GPE")]),
    ("services such as Skype", [("Skype", "PERSON")]),
    # "places" and "markets" are a venue's, a firm's or a country's
    ("places such as Starbucks", [("Starbucks", "ORG")]),
    ("markets such as Tesco", [("Tesco", "ORG")]),
    # a verb, not a noun ("sounds like")
    ("it sounds like Blair", [("Blair", "PERSON")]),
]


@pytest.mark.parametrize(("text", "names"), NO_CUE)
def test_names_that_are_no_list_disagree_or_follow_a_noun_of_no_one_kind_get_no_cue(
    text: str, names: list[tuple[str, str]]
) -> None:
    assert set(cues(text, *names, mask=HEAD).values()) == {0}


def test_a_plural_noun_before_a_list_gives_its_names_its_kind() -> None:
    text = "films such as My Beautiful Laundrette, Billy Elliot and About A Boy"
    found = cues(text, ("My Beautiful Laundrette", "ORG"), ("Billy Elliot", "PERSON"), mask=HEAD)
    assert found == {"My Beautiful Laundrette": NEAR_WORK_WORD, "Billy Elliot": NEAR_WORK_WORD}
    text = "firms such as Google, Enfish, X1 and Apple"
    names = [("Google", "ORG"), ("Enfish", "ORG"), ("X1", "PRODUCT"), ("Apple", "ORG")]
    assert cues(text, *names, mask=HEAD)["X1"] == LISTED_WITH_BODIES
    text = "developing nations such as Lesotho, Sri Lanka"
    assert cues(text, ("Lesotho", "PERSON"), mask=HEAD)["Lesotho"] == LISTED_WITH_PLACES
    # any plural of places: "areas such as", "villages like", "neighborhoods including"
    for text, name in (
        ("stress counsellors in areas such as Towyn", "Towyn"),
        ("immigrant neighborhoods such as Rinkeby", "Rinkeby"),
        ("remote villages like Polo Paiwas", "Polo Paiwas"),
        ("counties including Wiltshire", "Wiltshire"),
    ):
        assert cues(text, (name, "ORG"), mask=HEAD)[name] == LISTED_WITH_PLACES, text
    text = "stars including Fat Joe"
    assert cues(text, ("Fat Joe", "GPE"), mask=HEAD)["Fat Joe"] == LISTED_WITH_PEOPLE
    # the list ends at its name after "and": the next name is the sentence's
    text = "firms such as Sony and Intel, Blair said"
    found = cues(text, ("Sony", "ORG"), ("Intel", "GPE"), ("Blair", "PERSON"), mask=HEAD)
    assert found == {"Sony": LISTED_WITH_BODIES, "Intel": LISTED_WITH_BODIES, "Blair": 0}


def club_cues(text: str, *names: tuple[str, str]) -> dict[str, int]:
    """The club's cues of each (name, label), found in `text` in order, from the
    mentions' own flags and the document's."""
    mentions, start = [], 0
    for name, label in names:
        start = text.index(name, start)
        end = start + len(name)
        mentions.append((start, end, label, mention_flags(text, start, end)))
        start = end
    flags = document_cues(text, mentions)
    return {name: f & (CLUB_WORD | TEAM_CUE) for (name, _), f in zip(names, flags, strict=True)}


def test_a_plural_verb_after_a_surname_and_another_word_is_the_pairs() -> None:
    text = "Angela Merkel spoke. Merkel and Seehofer were expected to present it"
    names = [("Angela Merkel", "PERSON"), ("Merkel", "PERSON"), ("Seehofer", "PERSON")]
    assert club_cues(text, *names)["Seehofer"] == 0
    # the surname's label does not matter, nor a list before the pair
    text = "Amos Norwood died. Norwood and Williams were among them"
    names = [("Amos Norwood", "PERSON"), ("Norwood", "ORG"), ("Williams", "PERSON")]
    assert club_cues(text, *names)["Williams"] == 0
    text = "Justice Ruth Ginsburg asked. Alito, Ginsburg and Kagan were mystified"
    names = [("Ruth Ginsburg", "PERSON"), ("Alito", "PERSON"), ("Ginsburg", "PERSON")]
    assert club_cues(text, *names, ("Kagan", "PERSON"))["Kagan"] == 0


def test_a_plural_verb_after_a_pair_of_bodies_or_a_full_name_stays_a_clubs() -> None:
    # two bodies' words: each may be a club or a band
    text = "Supergrass and Idlewild have toured"
    assert club_cues(text, ("Supergrass", "PERSON"), ("Idlewild", "PERSON"))["Idlewild"]
    text = "Wigan beat Hull. Warrington and Wigan are level"
    names = [("Wigan", "ORG"), ("Hull", "GPE"), ("Warrington", "ORG"), ("Wigan", "ORG")]
    assert club_cues(text, *names)["Wigan"]
    # a full name before "and" may be a brand's ("Max Factor"), and a surname the
    # document never gives in full says nothing of a person
    text = "brands such as Max Factor and Rimmel are all part of it"
    assert club_cues(text, ("Max Factor", "PERSON"), ("Rimmel", "PERSON"))["Rimmel"]
    text = "Roger and Rafa were both coming back"
    assert club_cues(text, ("Roger", "PERSON"), ("Rafa", "PERSON"))["Rafa"]
    # a surname the document gives in full and a name it is not paired with
    text = "Angela Merkel spoke. Merkel said Lazio have won"
    names = [("Angela Merkel", "PERSON"), ("Merkel", "PERSON"), ("Lazio", "ORG")]
    assert club_cues(text, *names)["Lazio"]


def test_works_a_plural_noun_introduces_are_named_works() -> None:
    # "reality shows, such as American Idol" names it a work, as "the film Ray" does,
    # one name alone as well as a list
    for text, name, label in (
        ("the network's reality shows, such as American Idol, which", "American Idol", "ORG"),
        (
            "classic titles including Colin McRae Rally were re-released",
            "Colin McRae Rally",
            "PERSON",
        ),
        ("films like Reservoir Dogs and Pulp Fiction", "Reservoir Dogs", "ORG"),
    ):
        assert cues(text, (name, label), mask=WORK_INTRODUCED)[name] == WORK_INTRODUCED, text
    # must not: a name its possessive follows, whose work comes next; nor bodies'
    # or people's nouns
    for text, name in (
        ("titles such as Sony's Gran Turismo sold well", "Sony"),
        ("firms such as DaimlerChrysler cut jobs", "DaimlerChrysler"),
        ("stars such as Spike Lee attended", "Spike Lee"),
    ):
        assert not cues(text, (name, "ORG"), mask=WORK_INTRODUCED)[name], text
