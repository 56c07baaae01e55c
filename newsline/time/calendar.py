"""Calendar arithmetic on TIMEX3 values: parse, shift, compare, and turn into date ranges.

A TIMEX3 value names a period at some granularity: "2018" (year), "2018-Q3" (quarter),
"2018-SU" (season), "2018-05" (month), "2018-W19" (ISO week), "2018-W19-WE" (weekend),
"2018-05-08" (day), "2018-05-08TMO" / "2018-05-08T14:30" (time), "201" (decade),
"20" (century). ``value_range`` turns any of them into (first day, last day) so values
can be compared with each other and with a publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsline.time import patterns as P

Date = dt.date

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
GRANULARITIES = ("century", "decade", "year", "half", "quarter", "season", "month", "week",
                 "day", "time", "none")

_RE_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T(.*))?$")
_RE_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_RE_YEAR = re.compile(r"^(\d{4})$")
_RE_WEEK = re.compile(r"^(\d{4})-W(\d\d?)(-WE)?$")
_RE_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_RE_HALF = re.compile(r"^(\d{4})-H([12])$")
_RE_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_RE_DECADE = re.compile(r"^(\d{3})X?$")
_RE_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


def parse_dct(value: str | None) -> Date | None:
    """The date part of a publication date / DCT string ("2018-12-16", "2018-12-16T10:00",
    "20181216"); None when absent or unreadable."""
    if not value:
        return None
    s = value.strip()
    m = re.match(r"^(\d{4})-?(\d\d)-?(\d\d)", s)
    if not m:
        return None
    try:
        return Date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def safe_date(year: int, month: int, day: int) -> Date | None:
    try:
        return Date(year, month, day)
    except ValueError:
        return None


def last_day(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (Date(year, month + 1, 1) - dt.timedelta(days=1)).day


def add_months(d: Date, n: int) -> Date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return Date(year, month, min(d.day, last_day(year, month)))


def add_years(d: Date, n: int) -> Date:
    year = d.year + n
    # Feb 29 -> Feb 28 in a common year
    return Date(year, d.month, min(d.day, last_day(year, d.month)))


# --- value strings ------------------------------------------------------------------------


def day_value(d: Date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: Date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: Date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def quarter_value(year: int, q: int) -> str:
    return f"{year:04d}-Q{q}"


def shift_quarter(year: int, q: int, n: int) -> tuple[int, int]:
    k = year * 4 + (q - 1) + n
    return k // 4, k % 4 + 1


def season_of(d: Date) -> tuple[int, str]:
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    # winter belongs to the year it starts in (Dec 2018 - Feb 2019 is 2018-WI)
    return (d.year if m == 12 else d.year - 1), "WI"


def shift(d: Date, unit: str, n: int) -> Date:
    """Move a date by n units (day/week/month/quarter/year/decade/century)."""
    if unit in ("day", "night"):
        return d + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    if unit == "fortnight":
        return d + dt.timedelta(weeks=2 * n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit in ("half",):
        return add_months(d, 6 * n)
    if unit == "year":
        return add_years(d, n)
    if unit == "decade":
        return add_years(d, 10 * n)
    if unit == "century":
        return add_years(d, 100 * n)
    if unit == "millennium":
        return add_years(d, 1000 * n)
    raise ValueError(f"unknown unit {unit!r}")


def value_at(d: Date, unit: str) -> tuple[str, str]:
    """The value naming the period of granularity ``unit`` that contains ``d``, and the
    granularity word."""
    if unit in ("day", "night", "hour", "minute", "second"):
        return day_value(d), "day"
    if unit in ("week", "fortnight"):
        return week_value(d), "week"
    if unit == "weekend":
        return week_value(d) + "-WE", "week"
    if unit == "month":
        return month_value(d.year, d.month), "month"
    if unit == "quarter":
        y, q = quarter_of(d)
        return quarter_value(y, q), "quarter"
    if unit == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}", "half"
    if unit == "season":
        y, s = season_of(d)
        return f"{y:04d}-{s}", "season"
    if unit == "year":
        return f"{d.year:04d}", "year"
    if unit == "decade":
        return f"{d.year // 10:03d}", "decade"
    if unit == "century":
        return f"{d.year // 100:02d}", "century"
    if unit == "millennium":
        return f"{d.year // 1000:01d}", "century"
    raise ValueError(f"unknown unit {unit!r}")


def granularity_of(value: str) -> str:
    """Granularity word of a TIMEX3 date value ("none" for refs and durations)."""
    if not value or value.startswith("P") or value.endswith("_REF"):
        return "none"
    if "T" in value:
        return "time"
    if _RE_DAY.match(value) or re.match(r"^\d{4}-\d\d-\d\d$", value):
        return "day"
    if re.match(r"^[\dX]{4}-W[\dX]{2}-\d$", value):
        return "day"
    if re.match(r"^[\dX]{4}-W", value):
        return "week"
    if re.match(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}$", value):
        return "day"
    if re.match(r"^[\dX]{4}-[\dX]{2}$", value):
        return "month"
    if re.match(r"^[\dX]{4}-Q", value):
        return "quarter"
    if re.match(r"^[\dX]{4}-H", value):
        return "half"
    if re.match(r"^[\dX]{4}-(SP|SU|FA|WI)$", value):
        return "season"
    if re.match(r"^[\dX]{4}$", value):
        return "year"
    if re.match(r"^\d{3}X?$", value):
        return "decade"
    if re.match(r"^\d{2}(XX)?$", value):
        return "century"
    return "none"


@dataclass(frozen=True, slots=True)
class Span:
    """A closed range of days."""

    first: Date
    last: Date

    def contains(self, d: Date) -> bool:
        return self.first <= d <= self.last

    @property
    def middle(self) -> Date:
        return self.first + (self.last - self.first) // 2


def value_range(value: str) -> Span | None:
    """The days a fully specified TIMEX3 date value covers; None for underspecified values
    (``XXXX-WXX-2``), references (``PAST_REF``) and durations."""
    if not value:
        return None
    v = value.split("T")[0] if re.match(r"^\d{4}-\d\d-\d\dT", value) else value
    try:
        m = _RE_DAY.match(v)
        if m:
            d = Date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return Span(d, d)
        m = _RE_MONTH.match(v)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            return Span(Date(y, mo, 1), Date(y, mo, last_day(y, mo)))
        m = _RE_YEAR.match(v)
        if m:
            y = int(m.group(1))
            return Span(Date(y, 1, 1), Date(y, 12, 31))
        m = _RE_WEEK.match(v)
        if m:
            y, w = int(m.group(1)), int(m.group(2))
            monday = Date.fromisocalendar(y, w, 1)
            if m.group(3):
                return Span(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
            return Span(monday, monday + dt.timedelta(days=6))
        m = _RE_QUARTER.match(v)
        if m:
            y, q = int(m.group(1)), int(m.group(2))
            first = Date(y, 3 * q - 2, 1)
            return Span(first, Date(y, 3 * q, last_day(y, 3 * q)))
        m = _RE_HALF.match(v)
        if m:
            y, h = int(m.group(1)), int(m.group(2))
            return Span(Date(y, 1, 1), Date(y, 6, 30)) if h == 1 else Span(Date(y, 7, 1), Date(y, 12, 31))
        m = _RE_SEASON.match(v)
        if m:
            y, s = int(m.group(1)), m.group(2)
            a, b = SEASON_MONTHS[s]
            if s == "WI":
                return Span(Date(y, 12, 1), Date(y + 1, 2, last_day(y + 1, 2)))
            return Span(Date(y, a, 1), Date(y, b, last_day(y, b)))
        m = _RE_DECADE.match(v)
        if m:
            y = int(m.group(1)) * 10
            return Span(Date(max(y, 1), 1, 1), Date(y + 9, 12, 31))
        m = _RE_CENTURY.match(v)
        if m:
            y = int(m.group(1)) * 100
            return Span(Date(max(y, 1), 1, 1), Date(y + 99, 12, 31))
    except ValueError:
        return None
    return None


def direction_of(value: str, dct: Date | None) -> str:
    """past / present / future of a value relative to the publication date, or none."""
    if value == "PAST_REF":
        return "past"
    if value == "FUTURE_REF":
        return "future"
    if value == "PRESENT_REF":
        return "present"
    if dct is None:
        return "none"
    span = value_range(value)
    if span is None:
        return "none"
    if span.last < dct:
        return "past"
    if span.first > dct:
        return "future"
    return "present"


# --- holidays ---------------------------------------------------------------------------


def easter(year: int) -> Date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return Date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> Date:
    """The n-th ISO weekday of a month (n = -1: the last)."""
    if n > 0:
        first = Date(year, month, 1)
        delta = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=delta + 7 * (n - 1))
    last = Date(year, month, last_day(year, month))
    delta = (last.isoweekday() - weekday) % 7
    return last - dt.timedelta(days=delta)


def holiday_date(name: str, year: int) -> Date | None:
    spec = P.HOLIDAYS.get(name)
    if spec is None:
        return None
    kind = spec[0]
    if kind == "fixed":
        return safe_date(year, spec[1], spec[2])
    if kind == "nth":
        return nth_weekday(year, spec[1], spec[2], spec[3])
    if kind == "nth_after":
        return nth_weekday(year, spec[1], spec[2], spec[3]) + dt.timedelta(days=spec[4])
    if kind == "easter":
        return easter(year) + dt.timedelta(days=spec[1])
    if kind == "election":  # first Tuesday after the first Monday of November
        return nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    return None
