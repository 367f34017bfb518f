"""A region that bears a country's name, read from the rest of its document.

"Georgia" is a country and a US state. An address says which ("Atlanta, Georgia":
`spans.IN_REGION`); so does a document that names other places of the region's
country and no other country: a story of the special election in Georgia's 6th
district names Atlanta and DeKalb, one of Georgia the country names Russia or
Abkhazia. The capital of the region's country says nothing, as foreign news names it
for its government ("Washington").
"""

from __future__ import annotations

from collections.abc import Sequence

from explorer.resolve.gazetteer import country_code, is_capital, place_country, region_elsewhere
from explorer.resolve.spans import IN_REGION

_PLACE_LABELS = frozenset({"GPE", "LOC"})


def region_cues(text: str, mentions: Sequence[tuple[int, int, str, int]]) -> list[int]:
    """IN_REGION for each mention, given as (start, end, label, flags), of a region
    that bears a country's name in a document that names another place of the
    region's country, not its capital, and no other country; 0 for the others."""
    texts = [text[start:end] for start, end, _, _ in mentions]
    regions = {name: code for name in set(texts) if (code := region_elsewhere(name))}
    if not regions:
        return [0] * len(mentions)
    places = {
        name
        for name, (_, _, label, _) in zip(texts, mentions, strict=True)
        if label in _PLACE_LABELS
    }
    cued = set()
    for region, code in regions.items():
        others = places - {region}
        inside = any(place_country(p) == code and not is_capital(p, code) for p in others)
        abroad = any(country_code(p) not in (None, code) for p in others)
        if inside and not abroad:
            cued.add(region)
    return [IN_REGION if name in cued else 0 for name in texts]
