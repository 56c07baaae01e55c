"""The timeline layers: event mentions (per article) and timeline entries (per corpus)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsline.model import register_layer

KINDS = ("report", "background", "opinion", "other")


@dataclass(frozen=True, slots=True)
class EventMention:
    """A sentence that may report something happening, with when, who and the main verb.

    ``date`` is the date of the happening as a TIMEX3-like value ("2018-02-09", "2018-05",
    "2018") or None; ``date_source`` says where it comes from: "timex" (an expression in
    the sentence), "article" (the publication date, a fallback) or "none". ``dates`` lists
    every calendar date the sentence mentions. ``kind`` is "report" (something happened or
    was said), "background" (an earlier event recalled), "opinion" (hope, speculation,
    advice) or "other" (states, headlines, fragments).
    """

    sent: int
    start: int
    end: int
    date: str | None
    granularity: str  # day | week | month | season | quarter | year | decade | none
    date_source: str  # timex | article | none
    dates: tuple[str, ...]  # every calendar date value mentioned in the sentence
    verb: str | None  # lemma of the main (content) verb
    verb_start: int | None
    verb_end: int | None
    actors: tuple[str, ...]  # actor ids (actor stage) or entity texts
    kind: str
    timex_start: int | None = None
    timex_end: int | None = None

    @property
    def is_report(self) -> bool:
        return self.kind == "report"


@dataclass(frozen=True, slots=True)
class Citation:
    """One source sentence: the article, the character span in its text and the text."""

    article: str
    start: int
    end: int
    text: str
    published: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineSentence:
    """A selected sentence and the other sentences that report the same event (merged)."""

    article: str
    start: int
    end: int
    text: str
    published: str | None = None
    source: str | None = None
    also: tuple[Citation, ...] = ()

    @property
    def citations(self) -> tuple[Citation, ...]:
        own = Citation(self.article, self.start, self.end, self.text, self.published, self.source)
        return (own,) + self.also


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One date of the timeline: day, month or year, its sentences and its score."""

    date: str  # "2018-02-09", "2018-05" or "2018"
    granularity: str  # day | month | year
    sentences: tuple[TimelineSentence, ...]
    score: float
    sources: int = 0  # distinct articles behind the entry (its sentences and merged ones)

    @property
    def day(self) -> dt.date:
        """The first day the entry covers (for sorting and export)."""
        return parse_value(self.date)[0]


@dataclass(frozen=True, slots=True)
class Timeline:
    """The selected entries in date order, with the options that built it."""

    entries: tuple[TimelineEntry, ...]
    dates: int | None = None
    per_date: int = 2
    start: str | None = None
    end: str | None = None
    focus: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)


register_layer("events", EventMention)
register_layer("timeline", TimelineEntry)


_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")


def parse_value(value: str | None) -> tuple[dt.date, str] | None:
    """The first day and granularity of a calendar TIMEX3 value ("2018-02-09", "2018-05",
    "2018", "2018-02-09T10:00"); None for anything else (weeks, seasons, durations, refs)."""
    if not value:
        return None
    m = _VALUE.match(value)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            return dt.date(int(year), int(month), int(day)), "day"
        if month:
            return dt.date(int(year), int(month), 1), "month"
        return dt.date(int(year), 1, 1), "year"
    except ValueError:
        return None


def value_end(value: str) -> dt.date | None:
    """The last day a calendar value covers."""
    parsed = parse_value(value)
    if parsed is None:
        return None
    first, gran = parsed
    if gran == "day":
        return first
    if gran == "month":
        nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(first.year, 12, 31)
