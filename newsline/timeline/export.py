"""Timeline exports: TimelineJS JSON (for the TimelineJS viewer) and CSV (one row per sentence)."""

from __future__ import annotations

import csv
import html
import io
from typing import Any, Iterable

from newsline.timeline.items import Timeline, TimelineEntry, parse_value

CSV_COLUMNS = (
    "date", "granularity", "score", "sources", "sentence", "article", "start", "end",
    "published", "outlet", "merged_citations",
)


def _entries(timeline: Timeline | Iterable[TimelineEntry]) -> list[TimelineEntry]:
    return list(timeline.entries if isinstance(timeline, Timeline) else timeline)


def _tljs_date(value: str) -> dict[str, str]:
    parsed = parse_value(value)
    if parsed is None:
        return {"year": value[:4]}
    first, gran = parsed
    out = {"year": str(first.year)}
    if gran in ("month", "day"):
        out["month"] = str(first.month)
    if gran == "day":
        out["day"] = str(first.day)
    return out


def to_timelinejs(timeline: Timeline | Iterable[TimelineEntry], *, title: str = "Timeline") -> dict[str, Any]:
    """The TimelineJS 3 JSON object: one slide per entry, its sentences as paragraphs,
    each ending with its citations (article id and character span). Month- and
    year-level entries keep their granularity (TimelineJS shows them as such)."""
    events = []
    for e in _entries(timeline):
        paras = []
        for s in e.sentences:
            cites = ", ".join(f"{c.article}:{c.start}-{c.end}" for c in s.citations)
            paras.append(f"<p>{html.escape(s.text)} <small>[{html.escape(cites)}]</small></p>")
        headline = e.sentences[0].text if e.sentences else e.date
        if len(headline) > 90:
            headline = headline[:87].rsplit(" ", 1)[0] + "..."
        events.append(
            {
                "start_date": _tljs_date(e.date),
                "text": {"headline": html.escape(headline), "text": "".join(paras)},
                "group": e.granularity if e.granularity != "day" else None,
                "unique_id": f"entry-{e.date}",
            }
        )
        if events[-1]["group"] is None:
            del events[-1]["group"]
    return {"title": {"text": {"headline": html.escape(title), "text": ""}}, "events": events}


def to_csv(timeline: Timeline | Iterable[TimelineEntry]) -> str:
    """CSV text, one row per selected sentence, with its citation and merged citations."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for e in _entries(timeline):
        for s in e.sentences:
            merged = ";".join(f"{c.article}:{c.start}-{c.end}" for c in s.also)
            w.writerow(
                [e.date, e.granularity, e.score, e.sources, s.text, s.article, s.start, s.end,
                 s.published or "", s.source or "", merged]
            )
    return buf.getvalue()


def to_text(timeline: Timeline | Iterable[TimelineEntry]) -> str:
    """Plain text in the tilse timeline format (date line, sentences, dashed separator)."""
    chunks = []
    for e in _entries(timeline):
        chunks.append(e.date + "\n" + "\n".join(s.text for s in e.sentences) + "\n")
    return ("-" * 32 + "\n").join(chunks)
