"""The timeline corpus stage and the library function behind ``newsline timeline``."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from typing import Any, Iterable, Sequence

from newsline.errors import NewslineError
from newsline.model import Corpus, item_to_json
from newsline.pipeline import Stage
from newsline.timeline.events import add_events
from newsline.timeline.items import Timeline, TimelineEntry
from newsline.timeline.select import DEFAULT_OPTIONS, SelectOptions, build_timeline_from_units, collect_units, _focus_terms

log = logging.getLogger(__name__)


def _as_date(value: str | dt.date | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise NewslineError("E060", name=name, value=value) from exc


def build_timeline(
    corpus: Corpus,
    *,
    dates: int | None = None,
    per_date: int = 2,
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
    focus: str | Sequence[str] | None = None,
    coarse: bool = True,
    options: SelectOptions = DEFAULT_OPTIONS,
) -> Timeline:
    """The timeline of a corpus: the ``dates`` most important dates (default: up to
    ``options.max_dates``) within ``start``..``end``, ``per_date`` sentences each, favouring
    sentences about the ``focus`` (query words or actor names). Month- and year-level
    events appear as such when ``coarse``. Documents need sentences and tokens; event
    mentions are computed for documents without an ``events`` layer."""
    if per_date < 1:
        raise NewslineError("E060", name="per_date", value=per_date)
    if dates is not None and dates < 1:
        raise NewslineError("E060", name="dates", value=dates)
    first, last = _as_date(start, "start"), _as_date(end, "end")
    terms = _focus_terms(focus)
    units = collect_units(corpus, focus=terms)
    return build_timeline_from_units(
        units, dates=dates, per_date=per_date, start=first, end=last, focus=terms,
        coarse=coarse, options=options,
    )


def _run(corpus: Corpus, *, dates: int | None, per_date: int, options: SelectOptions) -> Corpus:
    # every run recomputes the events: a stored layer may be stale (the article re-analysed,
    # or its estimated date moved with the articles added since)
    docs = tuple(add_events(d) for d in corpus.docs)
    corpus = corpus.with_docs(docs)
    tl = build_timeline(corpus, dates=dates, per_date=per_date, options=options)
    return corpus.with_layers(timeline=tl.entries)


def timeline_stage(
    *, dates: int | None = None, per_date: int = 2, options: SelectOptions = DEFAULT_OPTIONS
) -> Stage:
    """Corpus stage: doc layer ``events`` and corpus layer ``timeline`` (TimelineEntry)."""
    return Stage.corpus(
        "timeline",
        functools.partial(_run, dates=dates, per_date=per_date, options=options),
        requires={"sentences", "tokens", "timexes", "sentence_dates"},
        provides={"events", "timeline"},
    )


def entry_json(entry: TimelineEntry) -> dict[str, Any]:
    return item_to_json(entry)


def story_section(corpus: Corpus) -> list[dict[str, Any]]:
    """The timeline section of ``story.json``: entries with their cited sentences."""
    entries: Iterable[TimelineEntry] = corpus.get("timeline", ())
    return [entry_json(e) for e in entries]
