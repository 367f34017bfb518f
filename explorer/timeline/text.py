"""A timeline in words and rows: what the command prints, the CSV beside a picture,
and the sentences the panel shows (bursts in tooltips, the undated documents)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from explorer.timeline.bins import Bin, Unit
from explorer.timeline.build import Line, Timeline
from explorer.timeline.bursts import Burst
from explorer.wording import counted


def undated_text(documents: int) -> str:
    """'212 documents have no date', or nothing when every document has one."""
    if not documents:
        return ""
    return f"{counted(documents, 'document')} {'has' if documents == 1 else 'have'} no date"


def day_text(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%b %Y')}"


def period_text(first: dt.date, last: dt.date) -> str:
    """'3 May 2024', or '3 May 2024 – 9 Jun 2024'."""
    return day_text(first) if first == last else f"{day_text(first)} – {day_text(last)}"


def bin_text(item: Bin, unit: Unit) -> str:
    return item.first.strftime("%b %Y") if unit == "month" else period_text(item.first, item.last)


def period_phrase(item: Bin, unit: Unit) -> str:
    """'on 6 May 2024', 'in the week of 6 May 2024', 'in May 2024'."""
    if unit == "month":
        return f"in {item.first.strftime('%B %Y')}"
    if unit == "week":
        return f"in the week of {day_text(item.first)}"
    return f"on {day_text(item.first)}"


def burst_text(timeline: Timeline, line: Line, burst: Burst) -> str:
    """'Burst of Russia: 3 May 2024 – 9 Jun 2024, 41 mentions, strength 16.9'."""
    mentions = sum(line.counts[burst.first : burst.last + 1])
    return (
        f"Burst of {line.name}: {period_text(*timeline.period(burst))}, "
        f"{counted(mentions, 'mention')}, strength {burst.strength:g}"
    )


def timeline_record(timeline: Timeline) -> dict[str, Any]:
    """Everything the timeline holds, for JSON."""
    return {
        "bin": timeline.unit,
        "undated_documents": timeline.undated_documents,
        "entities": [
            {
                "name": line.name,
                "dated_mentions": line.dated_mentions,
                "undated_mentions": line.undated_mentions,
                "bins": [
                    {"first": b.first.isoformat(), "last": b.last.isoformat(), "mentions": n}
                    for b, n in zip(timeline.bins, line.counts, strict=True)
                ],
                "bursts": [
                    {
                        "first": timeline.period(burst)[0].isoformat(),
                        "last": timeline.period(burst)[1].isoformat(),
                        "mentions": sum(line.counts[burst.first : burst.last + 1]),
                        "strength": burst.strength,
                    }
                    for burst in line.bursts
                ],
            }
            for line in timeline.lines
        ],
    }


def timeline_csv(timeline: Timeline) -> str:
    """One row a bin: its first and last day, then each entity's mentions in it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["first", "last", *(line.name for line in timeline.lines)])
    for i, item in enumerate(timeline.bins):
        writer.writerow(
            [
                item.first.isoformat(),
                item.last.isoformat(),
                *(ln.counts[i] for ln in timeline.lines),
            ]
        )
    return out.getvalue()


def timeline_title(timeline: Timeline) -> str:
    """'Mentions per week of Russia and Ukraine'."""
    names = [line.name for line in timeline.lines]
    named = " and ".join(filter(None, [", ".join(names[:-1]), *names[-1:]]))
    return f"Mentions per {timeline.unit} of {named}"


def timeline_subtitle(timeline: Timeline, focus: str) -> str:
    """What the counts cover and what they leave out: 'Whole corpus · 212 documents
    have no date'."""
    return " · ".join(filter(None, [focus, undated_text(timeline.undated_documents)]))
