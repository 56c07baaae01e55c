"""TEMPORARY stand-in for ``newsline.time.find_timexes`` until the time stage lands.

Only used by benchmarks/tls.py when ``newsline.time`` has no ``find_timexes``: explicit
day and month dates ("April 20", "20 April 2010", "April 2010"), weekdays, "yesterday",
"today". Delete once the time stage is in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        ["jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
         "aug august", "sep sept september", "oct october", "nov november", "dec december"]
    )
    for m in names.split()
}
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MD = re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
_DM = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}\b(?:,?\s+(\d{{4}}))?", re.I)
_MY = re.compile(rf"\b{_MON}\s+(?:of\s+)?(\d{{4}})\b", re.I)
_WD = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_REL = re.compile(r"\b(yesterday|today|tonight|last night)\b", re.I)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass(frozen=True, slots=True)
class StandinTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    granularity: str
    sent: int = -1


def _year_for(month: int, day: int, dct: dt.date) -> int:
    best = None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - dct).days) < abs((best - dct).days):
            best = d
    return best.year if best else dct.year


def find_timexes(text, *, dct=None, tokens=None, sentences=None):
    dct_date = dt.date.fromisoformat(dct[:10]) if isinstance(dct, str) else dct
    out = []
    taken = []

    def add(m, value, gran):
        if any(m.start() < e and s < m.end() for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        out.append(StandinTimex(m.start(), m.end(), m.group(0), "DATE", value, gran))

    for rx, order in ((_MD, "md"), (_DM, "dm")):
        for m in rx.finditer(text):
            mon = _MONTHS[m.group(1 if order == "md" else 2).lower()[:3]]
            day = int(m.group(2 if order == "md" else 1))
            year = m.group(3)
            if order == "md" and m.group(1).lower() == "may" and not year and not re.match(r"\s+\d{1,2}\b", text[m.start() + 3 :]):
                continue
            if year:
                y = int(year)
            elif dct_date:
                y = _year_for(mon, day, dct_date)
            else:
                continue
            try:
                d = dt.date(y, mon, day)
            except ValueError:
                continue
            add(m, d.isoformat(), "day")
    for m in _MY.finditer(text):
        mon = _MONTHS[m.group(1).lower()[:3]]
        add(m, f"{int(m.group(2)):04d}-{mon:02d}", "month")
    if dct_date:
        for m in _WD.finditer(text):
            wd = _WEEKDAYS.index(m.group(1).lower())
            back = (dct_date.weekday() - wd) % 7
            add(m, (dct_date - dt.timedelta(days=back)).isoformat(), "day")
        for m in _REL.finditer(text):
            w = m.group(1).lower()
            d = dct_date - dt.timedelta(days=1) if w in ("yesterday", "last night") else dct_date
            add(m, d.isoformat(), "day")
    out.sort(key=lambda t: t.start)
    if sentences:
        import bisect

        starts = [s.start for s in sentences]
        out = [
            StandinTimex(t.start, t.end, t.text, t.type, t.value, t.granularity,
                         max(0, bisect.bisect_right(starts, t.start) - 1))
            for t in out
        ]
    return out
