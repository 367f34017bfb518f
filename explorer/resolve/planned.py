"""The plan of a corpus's forms, kept for the next resolution of the same forms.

After an edit that changes no name's mentions (a typo fixed, a paragraph without
names added, a document stored again as it was) the form classes are the same as
the last resolution's, and so is everything the plan decides from them: the
sinks, the joins, the votes, the people's clusters and short names, 0.5 s of an
update at 50k documents. The plan is a function of the forms alone, so the last
one is reused whenever the forms compare equal to the last call's (a C-level
comparison of a few milliseconds), as a working copy the build may change. An
edit that changed only how often names the corpus has are mentioned gets the last
plan counted again for those names (`recount`), and one that added names touching
no other, or took such a name's last mention away, gets them taken in or out of it
(`regrow`). What is kept, about 25 MB at 50k documents, stays for the life of the
process (the app's indexing process keeps it between passes).
"""

from __future__ import annotations

from collections.abc import Sequence

from explorer.resolve.classify import classify
from explorer.resolve.model import FormCount
from explorer.resolve.plan import Pair, Plan, Sink
from explorer.resolve.recount import Kept, recounted
from explorer.resolve.regrow import regrown
from explorer.resolve.spans import FURNITURE

# The last forms planned and their plan, as planned: one corpus at a time is updated.
_last: list[Kept] = []


def planned(forms: Sequence[FormCount]) -> Plan:
    """A working copy of the plan of these forms: the last one's when the forms are
    the same as the last call's, counted again when only their counts changed or
    brought up to date when only names touching no other came or went, else a new
    one's."""
    last = _last[0] if _last else None  # this call's own, whatever another thread keeps
    kept = last if last is not None and last.forms == forms else None
    if kept is None:
        kept = (recounted(last, forms) or regrown(last, forms)) if last is not None else None
        if kept is None:
            kept = Kept(forms, Plan(_sinks(forms)))
        _last[:] = [kept]
    return kept.plan.working_copy()


def _sinks(forms: Sequence[FormCount]) -> dict[Pair, Sink]:
    """Each (text, label)'s route and forms, work done once per distinct pair."""
    sinks: dict[Pair, Sink] = {}
    for form in forms:
        if form.flags & FURNITURE:
            continue  # every mention of it in its document is in page furniture
        pair = (form.text, form.label)
        sink = sinks.get(pair)
        if sink is None:
            route = classify(form.text, form.label)
            if route is None:
                continue
            sink = sinks[pair] = Sink(route)
        sink.forms.append(form)
    return sinks
