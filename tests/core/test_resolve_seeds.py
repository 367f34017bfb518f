"""The seeds end to end: spaCy's raw spans (en_core_web_sm, NER per paragraph,
recorded below so the test needs no model) through clean_span, mention_flags and
resolve, to what a journalist should see."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from explorer.resolve.model import Entity, FormCount, Resolution
from explorer.resolve.resolver import resolve
from explorer.resolve.spans import clean_span, mention_flags

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
# "doc start end label" of every raw span, doc indexing the sorted seed files.
RAW_SPANS = (
    "0 0 13 GPE;0 23 34 PERSON;0 44 50 GPE;0 70 76 GPE;0 120 137 GPE;0 156 160 ORG",
    "0 188 194 LOC;0 236 242 GPE;0 246 253 GPE;0 320 333 DATE;0 335 341 GPE;0 371 382 GPE",
    "0 383 394 PERSON;0 457 463 DATE;0 464 489 EVENT;0 505 508 DATE;0 586 593 NORP",
    "0 616 620 ORG;0 622 629 NORP;0 640 654 PERSON;0 662 674 PERSON;0 685 697 NORP",
    "0 776 791 EVENT;0 828 834 GPE;0 848 859 PERSON;0 973 984 PERSON;0 1003 1009 GPE",
    "0 1013 1017 DATE;0 1019 1036 DATE;0 1067 1078 PERSON;0 1094 1099 PERSON",
    "0 1122 1126 ORG;0 1207 1213 NORP;0 1223 1230 PERSON;0 1236 1240 ORG;0 1247 1259 NORP",
    "0 1303 1316 DATE;0 1323 1330 NORP;0 1363 1370 ORG;0 1397 1406 GPE;0 1442 1446 GPE",
    "0 1451 1462 GPE;0 1483 1487 DATE;0 1572 1584 EVENT;0 1608 1625 GPE;0 1694 1710 GPE",
    "0 1788 1794 GPE;0 1799 1808 GPE;0 1815 1820 DATE;0 1841 1847 GPE;0 1890 1902 EVENT",
    "0 1914 1931 GPE;0 1934 1938 GPE;0 1940 1945 GPE;0 1947 1952 GPE;0 1954 1962 GPE",
    "0 1964 1976 GPE;0 1978 1985 GPE;0 2038 2048 DATE;0 2081 2093 GPE;0 2097 2108 EVENT",
    "0 2120 2125 DATE;0 2252 2270 GPE;0 2284 2296 GPE;0 2331 2337 GPE;0 2340 2350 FAC",
    "0 2363 2368 PERSON;0 2383 2389 GPE;0 2414 2420 DATE;0 2444 2453 DATE",
    "0 2502 2513 PERSON;0 2540 2552 NORP;0 2612 2623 PERSON;0 2710 2714 DATE",
    "0 2928 2939 PERSON;0 2961 2967 GPE;0 3161 3172 PERSON;0 3188 3199 GPE",
    "0 3243 3255 NORP;0 3268 3276 ORG;0 3282 3296 PERSON;0 3353 3364 PERSON",
    "0 3376 3387 PERSON;0 3453 3465 NORP;0 3632 3635 PERSON;0 3847 3852 PERSON",
    "0 3859 3870 PERSON;0 3926 3929 DATE;0 3935 3941 NORP;0 3982 3986 DATE",
    "0 3987 3998 PERSON;0 4027 4034 DATE;0 4167 4175 ORG;0 4186 4195 GPE;0 4215 4227 NORP",
    "0 4297 4303 GPE;0 4308 4320 NORP;0 4341 4343 GPE;0 4346 4351 PERSON;0 4357 4371 DATE",
    "0 4397 4403 GPE;0 4408 4419 GPE;0 4500 4506 GPE;0 4554 4565 GPE;0 4583 4587 DATE",
    "0 4599 4610 GPE;0 4617 4630 DATE;0 4634 4654 NORP;0 4724 4736 NORP;0 4911 4918 NORP",
    "0 4962 4974 NORP;0 4994 5001 ORG;0 5003 5046 ORG;0 5060 5077 PERSON;0 5079 5086 NORP",
    "0 5101 5112 GPE;0 5123 5130 ORG;0 5213 5224 GPE;0 5299 5305 GPE;0 5310 5314 DATE",
    "0 5319 5326 ORG;0 5371 5384 GPE;0 5470 5478 DATE;0 5484 5497 GPE;0 5566 5572 GPE",
    "0 5581 5586 LOC;0 5607 5618 GPE;0 5630 5641 GPE;0 5810 5823 NORP;0 5936 5948 NORP",
    "1 0 7 NORP;1 18 32 PERSON;1 37 49 NORP;1 65 76 PERSON;1 158 174 GPE;1 275 280 PERSON",
    "1 290 293 PERSON;1 298 311 GPE;1 347 354 GPE;1 360 364 GPE;1 378 383 ORG",
    "1 384 398 PERSON;1 407 412 PERSON;1 548 552 GPE;1 557 568 GPE;1 571 574 PERSON",
    "1 619 625 GPE;1 630 635 GPE;1 681 694 GPE;1 792 799 NORP;1 827 834 GPE",
    "1 836 841 PERSON;1 853 864 GPE;1 933 945 NORP;1 989 998 NORP;1 1026 1031 PERSON",
    "1 1044 1055 GPE;1 1062 1066 DATE;1 1073 1076 PERSON;1 1087 1098 PERSON",
    "1 1115 1126 GPE;1 1148 1189 ORG;1 1210 1214 DATE;1 1235 1241 NORP;1 1251 1263 PERSON",
    "1 1327 1330 PERSON;1 1411 1422 PERSON;1 1424 1437 GPE;1 1456 1461 ORG",
    "1 1539 1544 PERSON;1 1549 1552 PERSON;1 1705 1710 PERSON;1 1722 1733 GPE",
    "1 1778 1782 LOC;1 1814 1821 GPE;1 1827 1831 GPE;1 1846 1852 GPE;1 1912 1923 GPE",
    "1 1925 1928 PERSON;1 1967 1973 GPE;1 1978 1983 GPE;1 2114 2120 GPE;1 2125 2136 GPE",
    "1 2271 2277 GPE;1 2282 2293 GPE;1 2326 2367 ORG;1 2371 2375 DATE;1 2428 2433 PERSON",
    "1 2438 2441 PERSON;1 2447 2450 PERSON;1 2520 2525 ORG;1 2573 2586 GPE",
    "1 2605 2611 GPE;1 2647 2659 NORP;1 2704 2710 GPE;1 2729 2736 GPE;1 2797 2802 PERSON",
    "1 2814 2825 GPE;1 2882 2888 GPE;1 2893 2904 GPE;1 2947 2951 LOC;2 24 35 PERSON",
    "2 62 72 PERSON;2 108 119 PERSON;2 120 133 PERSON;2 135 147 NORP;2 155 166 PERSON",
    "2 202 209 NORP;2 220 234 PERSON;2 335 344 GPE;2 349 355 GPE;2 418 425 GPE",
    "2 454 457 PERSON;2 471 483 NORP;2 496 500 ORG;2 514 532 ORG;2 605 608 PERSON",
    "2 690 695 PERSON;2 699 708 GPE;2 829 840 GPE;2 845 851 GPE;2 877 890 PERSON",
    "2 895 906 PERSON;2 939 951 NORP;2 960 976 GPE;2 1026 1037 GPE;2 1092 1103 GPE",
    "2 1203 1209 GPE;2 1312 1329 DATE;2 1484 1495 GPE;2 1505 1511 GPE;2 1605 1612 NORP",
    "2 1624 1630 GPE;2 1645 1656 GPE;2 1717 1724 GPE;2 1731 1738 NORP;2 1788 1800 NORP",
    "2 1882 1888 GPE;2 1928 1932 GPE;2 1961 1972 GPE;2 2254 2263 DATE;2 2273 2279 GPE",
    "2 2281 2292 PERSON;2 2322 2335 GPE;2 2355 2360 PERSON;2 2431 2442 GPE",
    "2 2517 2528 GPE;3 13 24 PERSON;3 29 35 ORG;3 44 50 GPE;3 85 97 NORP;3 105 116 PERSON",
    "3 133 139 GPE;3 142 159 DATE;3 191 198 ORG;3 257 260 PERSON;3 321 332 GPE",
    "3 337 343 GPE;3 386 389 PERSON;3 474 480 GPE;3 505 512 GPE;3 518 529 DATE",
    "3 534 539 GPE;3 565 572 ORG;3 578 590 NORP;3 598 609 PERSON;3 654 660 GPE",
    "3 690 695 DATE;3 744 747 PERSON;3 784 794 FAC;3 859 865 GPE;3 881 884 PERSON",
    "3 906 919 GPE;3 1053 1059 GPE;3 1082 1089 GPE;3 1092 1104 PERSON;3 1129 1135 GPE",
    "3 1182 1185 PERSON;3 1203 1214 GPE;3 1328 1335 NORP;3 1346 1360 PERSON",
    "3 1365 1372 PERSON;3 1444 1464 DATE;3 1557 1579 DATE;3 1583 1589 GPE;3 1641 1648 GPE",
    "3 1650 1656 GPE;3 1658 1663 GPE;3 1665 1669 GPE;3 1671 1676 GPE;3 1678 1687 GPE",
    "3 1689 1698 GPE;3 1712 1719 NORP;3 1724 1737 NORP;3 1764 1776 NORP;3 1797 1803 GPE",
    "3 1806 1811 DATE;3 1839 1850 GPE;3 1927 1939 NORP;3 2018 2034 DATE;3 2051 2055 DATE",
    "3 2060 2064 DATE;3 2088 2099 PERSON;3 2197 2208 PERSON;3 2291 2303 NORP",
    "3 2325 2332 GPE;3 2341 2346 PERSON;3 2351 2363 NORP;3 2373 2381 DATE",
    "3 2412 2415 PERSON;3 2499 2506 PERSON;3 2529 2541 NORP;3 2664 2675 GPE",
    "3 2691 2702 PERSON;3 2775 2786 GPE;3 2855 2884 ORG;3 2960 2967 PERSON",
    "3 2978 2997 ORG;3 3009 3012 PERSON;3 3072 3078 GPE;3 3268 3281 GPE;3 3310 3316 GPE",
    "3 3326 3333 GPE;3 3372 3388 DATE;3 3401 3404 PERSON;3 3502 3510 GPE;3 3514 3558 ORG",
    "3 3737 3744 GPE;3 3839 3846 GPE;3 3947 3959 NORP;3 3967 3978 PERSON;3 4002 4008 GPE",
    "3 4107 4120 GPE;3 4146 4152 GPE;3 4166 4173 GPE;3 4361 4372 GPE;3 4377 4383 GPE",
    "3 4513 4525 PERSON;3 4614 4629 DATE;3 4725 4731 PERSON",
)


def seed_forms() -> list[FormCount]:
    """One FormCount per (document, cleaned text, label), as the indexer builds them."""
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    merged: dict[tuple[int, str, str], list[int]] = {}
    for raw in ";".join(RAW_SPANS).split(";"):
        doc, start, end, label = raw.split()
        text = texts[int(doc)]
        span = clean_span(text, int(start), int(end), label)
        if span is None:
            continue
        key = (int(doc), text[span[0] : span[1]], label)
        flags = mention_flags(text, *span)
        entry = merged.setdefault(key, [flags, 0])
        entry[0] &= flags
        entry[1] += 1
    return [FormCount(d, t, lab, f, c) for (d, t, lab), (f, c) in merged.items()]


@pytest.fixture(scope="module")
def forms() -> list[FormCount]:
    return seed_forms()


@pytest.fixture(scope="module")
def res(forms: list[FormCount]) -> Resolution:
    return resolve(forms)


def by_name(res: Resolution, name: str, kind: str) -> Entity:
    matches = [e for e in res.entities if e.name == name and e.kind == kind]
    assert len(matches) == 1, f"{kind} {name!r}: {[(e.name, e.kind) for e in res.entities]}"
    return matches[0]


def mentions(res: Resolution, forms: list[FormCount], entity: Entity) -> int:
    index = res.entities.index(entity)
    return sum(
        f.count
        for f in forms
        if (a := res.assignments.get((f.doc, f.text, f.label))) and a.entity == index
    )


def test_the_recorded_spans_fit_the_seed_texts() -> None:
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    assert len(texts) == 4
    first = RAW_SPANS[0].split(";")[1].split()
    assert texts[0][int(first[1]) : int(first[2])] == "Kim Jong Un"


def test_kim_jong_un_is_one_person_with_every_variant(res: Resolution, forms) -> None:
    kim = by_name(res, "Kim Jong Un", "person")
    assert kim.aliases == {"Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "Kim"}
    # with "Kim Jong Unhas" and "Kim"; not "the Kim family" (twice), the family's
    assert mentions(res, forms, kim) == 12 + 8 + 1 + 1 + 17
    for f in forms:
        if f.text == "Kim":
            assert res.entities[res.assignments[f.doc, "Kim", "PERSON"].entity] is kim


def test_the_other_kims_and_people(res: Resolution, forms) -> None:
    assert by_name(res, "Kim Jong Il", "person").aliases == {"Kim Jong Il"}
    assert by_name(res, "Kim Il Sung", "person").aliases == {"Kim Il Sung", "Kim Il-sung"}
    putin = by_name(res, "Vladimir Putin", "person")
    assert putin.aliases == {"Vladimir Putin", "Putin"}
    assert mentions(res, forms, putin) == 4 + 15 + 2  # "Putin Amid", "Putin Meeting" cut back
    ushakov = by_name(res, "Yuri Ushakov", "person")
    assert ushakov.aliases == {"Yuri Ushakov", "Yury Ushakov", "Ushakov"}
    assert by_name(res, "Josef Stalin", "person").aliases == {"Josef Stalin", "Joseph Stalin"}
    assert by_name(res, "Lim Eul-chul", "person")
    assert by_name(res, "Hong Min", "person")  # "Senior research fellow Hong Min"
    assert by_name(res, "Fatima Alavi", "person").aliases == {"Fatima Alavi", "Fatima"}


def test_countries(res: Resolution) -> None:
    assert by_name(res, "North Korea", "country").aliases == {
        "North Korea",
        "Democratic People’s Republic of Korea",
        "North Korean",
        "North Koreans",
        "North",  # "a gas pipeline between Russia and the North", in a story of North Korea
    }
    assert by_name(res, "Russia", "country").aliases == {"Russia", "Russian"}
    assert by_name(res, "United States", "country").aliases == {"U.S.", "US", "United States"}
    assert by_name(res, "Soviet Union", "country").aliases == {"Soviet Union", "USSR", "Soviet"}
    for name in ("Ukraine", "China", "South Korea", "Cuba", "Iran", "Belarus", "Palestine"):
        assert by_name(res, name, "country")
    assert by_name(res, "Germany", "country").aliases == {"Nazi Germany"}


def test_places_and_organisations(res: Resolution) -> None:
    for name, country in [
        ("Moscow", "RU"),
        ("Pyongyang", "KP"),
        ("Seoul", "KR"),
        ("Crimea", "UA"),
        ("Kaesong", "KP"),
        ("Red Square", None),
    ]:
        assert by_name(res, name, "place").country == country
    for name in ("Kremlin", "TASS", "NATO", "KCNA", "Yonhap News Agency"):
        assert by_name(res, name, "organization")


def test_no_entity_for_furniture_and_headline_words(res: Resolution) -> None:
    names = {alias for e in res.entities for alias in e.aliases}
    assert not names & {"Exit", "Troops", "State", "inter-Korean", "Putin Amid", "Putin Meeting"}
    assert (1, "Exit", "LOC") not in res.assignments


def test_glued_and_compound_forms_are_trimmed(res: Resolution) -> None:
    assert res.assignments[0, "Kim Jong Unhas", "PERSON"].trim_end == 3
    compound = res.assignments[0, "North Korean-Russian", "NORP"]
    assert compound.demonym and compound.trim_end == len("-Russian")


def test_resolution_is_deterministic_whatever_the_input_order(forms, res: Resolution) -> None:
    assert resolve(forms) == res
    shuffled = list(forms)
    random.Random(7).shuffle(shuffled)
    assert resolve(shuffled) == res
