"""Properties of the recogniser on generated text: it never fails, offsets point into the
text, values parse, and expressions do not overlap."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsline.time import find_timexes
from newsline.time import calendar as C

WORDS = [
    "last", "next", "this", "past", "the", "a", "an", "early", "late", "mid", "earlier", "later",
    "week", "weeks", "month", "months", "year", "years", "quarter", "quarters", "day", "days",
    "weekend", "decade", "decades", "century", "summer", "winter", "fall", "spring", "morning",
    "night", "tonight", "today", "yesterday", "tomorrow", "now", "recently", "ago", "from",
    "Monday", "Tuesday", "Fridays", "Sunday", "May", "March", "June", "Jan.", "Sept.", "Feb",
    "1989", "2018", "1990s", "'90s", "17", "2", "31", "29", "1/2", "10:35", "a.m.", "p.m.",
    "noon", "midnight", "fiscal", "third", "fourth", "first", "half", "period", "year-earlier",
    "year-ago", "Christmas", "Easter", "weekend", "every", "each", "daily", "annually", "twice",
    "more", "than", "about", "nearly", "several", "few", "dozen", "two", "seventy", "thousand",
    "nineteen", "ninety-six", "of", "in", "on", "until", "since", "said", "will", "met",
    ",", ".", "-", "(", ")", "\n", "–", "’s", "'s", "EST", "Day", "Eve", "New", "Year's",
    "the", "Bloody", "Theresa", "Times", "that", "same", "following", "previous", "period",
]


def _dct(draw_date: dt.date | None) -> str | None:
    return draw_date.isoformat() if draw_date else None


texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(texts, dates)
def test_never_fails_and_offsets_are_exact(text, dct):
    tx = find_timexes(text, dct=_dct(dct))
    last_end = -1
    for t in tx:
        assert text[t.start:t.end] == t.text
        assert t.start >= last_end  # in order, no overlap
        last_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.value
        if t.type in ("DATE", "TIME") and "X" not in t.value and not t.value.endswith("_REF"):
            assert C.value_range(t.value) is not None, t


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2098, 12, 31)),
       st.sampled_from(["yesterday", "tomorrow", "last week", "next month", "last year",
                        "Tuesday", "this quarter", "next spring", "last winter", "Dec. 31",
                        "Feb. 29", "a year ago", "two weeks ago", "the weekend"]))
def test_relative_expressions_resolve_near_the_dct(dct, expr):
    tx = find_timexes(f"It happened {expr}.", dct=dct.isoformat())
    for t in tx:
        span = C.value_range(t.value)
        if span is not None:
            assert abs((span.first - dct).days) <= 800, (expr, dct, t.value)


def test_every_year_boundary_week():
    # ISO weeks of late December / early January never crash and stay ISO
    for y in range(1995, 2030):
        for m, d in ((12, 28), (12, 31), (1, 1), (1, 4)):
            dct = dt.date(y, m, d)
            (t,) = find_timexes("Markets fell last week.", dct=dct.isoformat())
            span = C.value_range(t.value)
            assert span is not None and span.first <= dct - dt.timedelta(days=1)
