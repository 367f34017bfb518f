"""The dossier as one HTML page (Qt-free): readable offline, printable, and simple enough
for Qt's rich-text engine to lay out the same page for the PDF.

Images are named (SPREAD_IMAGE, TIMELINE_IMAGE, COMENTION_IMAGE); `image_src` says what each `src`
is: a data: URI for the self-contained HTML file, a resource name for the PDF.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from functools import partial
from itertools import groupby

from explorer.charts.data import ChartData
from explorer.charts.kinds import kind_color, kind_name
from explorer.dossier.content import Dossier, Passage
from explorer.index.queries import MentionSpan
from explorer.resolve.model import Correction
from explorer.timeline.text import burst_text, timeline_title
from explorer.wording import counted

SPREAD_IMAGE = "spread.png"
TIMELINE_IMAGE = "timeline.png"
COMENTION_IMAGE = "comentions.png"

STYLE = """
body { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; color: #1d1d1f;
       font-size: 10.5pt; line-height: 1.45; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin: 0 0 0.2em 0; }
h2 { font-size: 13pt; margin: 1.4em 0 0.4em 0; border-bottom: 1px solid #c8c8cc;
     page-break-after: avoid; }
p { margin: 0.3em 0; }
.meta { color: #5f5f66; font-size: 9pt; }
.kind { font-weight: bold; }
table { border-collapse: collapse; margin: 0.3em 0 0.6em 0; }
th { text-align: left; font-size: 9pt; color: #5f5f66; padding: 2px 10px 2px 0; }
td { padding: 2px 10px 2px 0; border-bottom: 1px solid #e5e5ea; }
td.n, th.n { text-align: right; }
h3 { font-size: 10.5pt; margin: 1em 0 0 0; page-break-after: avoid; }
.passage { margin: 0.4em 0 0.4em 1em; page-break-inside: avoid; }
.why { color: #5f5f66; font-size: 8.5pt; }
.more { font-style: italic; }
img { max-width: 100%; height: auto; }
@media print { body { margin: 0; max-width: none; } }
"""


def render_page(dossier: Dossier, image_src: Callable[[str], str], image_width: int) -> str:
    """The page; each chart `image_width` wide (CSS px for a browser, points for the PDF)."""
    src = partial(_image_tag, image_src=image_src, width=image_width)
    entity = dossier.entity
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Dossier: {_e(entity.name)}</title>",
        f'<meta name="generator" content="Entity Explorer {_e(dossier.version)}">',
        f"<style>{STYLE}</style></head><body>",
        f"<h1>{_e(entity.name)}</h1>",
        f'<p><span class="kind" style="color: {kind_color(entity.kind)}">'
        f"{_e(kind_name(entity.kind))}</span> · "
        f"{counted(dossier.mentions, 'mention')} in {counted(dossier.documents, 'document')}"
        f" · {_e(dossier.focus)}</p>",
        f'<p class="meta">{_e(dossier.corpus)} · made {_e(dossier.made)}</p>',
    ]
    if dossier.candidates:
        parts.append(
            "<p>A short name the documents do not settle: it may be "
            f"{_e(', '.join(dossier.candidates))}.</p>"
        )
    parts += _names(dossier)
    if dossier.timeline.bins:  # dated documents: when, with its bursts
        parts += _timeline(dossier, partial(_named_image, image_src=image_src, width=image_width))
    else:
        parts += _chart("Where it is mentioned", dossier.spread_chart, SPREAD_IMAGE, src)
    parts += _comentions(dossier, src)
    parts += _passages(dossier)
    parts += _corrections(dossier.corrections)
    parts += [
        "<h2>Source</h2>",
        "<table>",
        _row("Corpus", dossier.corpus),
        _row("Covers", dossier.focus),
        _row("Pipeline", dossier.pipeline or "unknown"),
        _row("Made", f"{dossier.made} with Entity Explorer {dossier.version}"),
        "</table>",
        "</body></html>",
    ]
    return "\n".join(parts)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _row(label: str, value: str) -> str:
    return f"<tr><th>{_e(label)}</th><td>{_e(value)}</td></tr>"


def _names(dossier: Dossier) -> list[str]:
    rows = "".join(
        f'<tr><td>{_e(text)}</td><td class="n">{count:,}</td></tr>'
        for text, count in dossier.aliases
    )
    return [
        "<h2>Names</h2>",
        f"<p>Written {counted(len(dossier.aliases), 'way')} in the corpus:</p>",
        f'<table><tr><th>Spelling</th><th class="n">Mentions</th></tr>{rows}</table>',
    ]


Image = Callable[[ChartData, str], str]  # the <img> of a chart, by its image's name


def _chart(heading: str, chart: ChartData, image: str, src: Image) -> list[str]:
    if not chart.bars:
        return [f"<h2>{_e(heading)}</h2>", f"<p>{_e(chart.empty)}</p>"]
    return [f"<h2>{_e(heading)}</h2>", src(chart, image)]


def _image_tag(chart: ChartData, image: str, *, image_src: Callable[[str], str], width: int) -> str:
    return f'<p><img src="{_e(image_src(image))}" width="{width}" alt="{_e(chart.title)}"></p>'


def _named_image(image: str, alt: str, *, image_src: Callable[[str], str], width: int) -> str:
    return f'<p><img src="{_e(image_src(image))}" width="{width}" alt="{_e(alt)}"></p>'


def _timeline(dossier: Dossier, image: Callable[[str, str], str]) -> list[str]:
    """The mentions over publication dates, its bursts in words, and what has no date."""
    timeline = dossier.timeline
    parts = ["<h2>When it is mentioned</h2>", image(TIMELINE_IMAGE, timeline_title(timeline))]
    line = timeline.lines[0]
    bursts = [burst_text(timeline, line, burst) for burst in line.bursts]
    if bursts:
        parts.append("<ul>" + "".join(f"<li>{_e(text)}</li>" for text in bursts) + "</ul>")
    else:
        parts.append("<p>No burst: its mentions never jump above their usual rate.</p>")
    if line.undated_mentions:
        parts.append(
            f"<p>{_e(counted(line.undated_mentions, 'mention'))} in documents without a date "
            "are in no period.</p>"
        )
    return parts


def _comentions(dossier: Dossier, src: Image) -> list[str]:
    rows = dossier.comentions
    if not rows:
        return [
            "<h2>Mentioned together</h2>",
            f"<p>Nothing shares a sentence with {_e(dossier.entity.name)}.</p>",
        ]
    body = "".join(
        f'<tr><td>{_e(r.name)}</td><td>{_e(kind_name(r.kind))}</td><td class="n">{r.count:,}'
        f'</td><td class="n">{r.documents:,}</td><td class="n">{r.score:.1f}</td></tr>'
        for r in rows
    )
    return [
        "<h2>Mentioned together</h2>",
        "<p>In the same sentence, most often first; the score (logDice, at most 14) is high "
        "when the two appear mostly together.</p>",
        '<table width="100%"><tr><th>Name</th><th>Kind</th><th class="n">Together</th>'
        f'<th class="n">Documents</th><th class="n">Score</th></tr>{body}</table>',
        src(dossier.comention_chart, COMENTION_IMAGE),
    ]


def _passages(dossier: Dossier) -> list[str]:
    """The passages under their document's title, date and path, in document order."""
    shown, total = len(dossier.passages), dossier.total_passages
    parts = ["<h2>Passages</h2>"]
    if not shown:
        return [*parts, f"<p>No passage mentions {_e(dossier.entity.name)} here.</p>"]
    parts.append(
        "<p>The first mention in each document and the passages shared with the top "
        f"co-mentions: {shown:,} of {counted(total, 'passage')}.</p>"
    )
    for _, group in groupby(dossier.passages, key=lambda item: item.passage.doc_id):
        items = list(group)
        first = items[0]
        meta = " · ".join(filter(None, [first.date or "", first.passage.path]))
        parts.append(f'<h3>{_e(first.passage.title)}</h3><p class="meta">{_e(meta)}</p>')
        parts += [_passage(item, dossier.entity.id) for item in items]
    if dossier.more_passages:
        parts.append(f'<p class="more">{dossier.more_passages:,} more in the app.</p>')
    return parts


def _passage(item: Passage, entity_id: int) -> str:
    row = item.passage
    text = _marked(row.text, row.start, [m for m in row.mentions if m.entity_id == entity_id])
    return f'<p class="passage">{text} <span class="why">({_e(item.why)})</span></p>'


def _marked(text: str, offset: int, spans: Sequence[MentionSpan]) -> str:
    """The passage escaped, with each mention of the entity in bold."""
    out, at = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        start, end = span.start - offset, span.end - offset
        if start < at or end > len(text):
            continue
        out += [_e(text[at:start]), f"<b>{_e(text[start:end])}</b>"]
        at = end
    out.append(_e(text[at:]))
    return " ".join("".join(out).split())


def _corrections(corrections: Sequence[Correction]) -> list[str]:
    parts = ["<h2>Corrections</h2>"]
    if not corrections:
        return [*parts, "<p>None: the entity is as the automatic resolution made it.</p>"]
    described = {
        "merge": "“{0}” merged into “{1}”",
        "rename": "“{0}” renamed “{1}”",
        "kind": "“{0}” made a {1}",
        "hide": "“{0}” hidden",
        "unhide": "“{0}” shown again",
        "split": "“{1}” split off “{0}”",
    }
    items = "".join(
        f"<li>{_e(described.get(c.op, c.op + ' {0}').format(*c.args))}</li>" for c in corrections
    )
    return [*parts, f"<p>Made by hand, and applied after every re-index:</p><ul>{items}</ul>"]
