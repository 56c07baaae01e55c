"""TIMEX3 values for recognised expressions: the publication date (DCT) as reference time,
the tense of the clause for underspecified expressions, earlier expressions for anaphora.

HeidelTime's recipe for news: "Tuesday", "in June", "Feb. 10" take their year/week from
the DCT; whether the day is the one before or after the DCT follows the tense of the
clause ("met on Monday" is behind, "will meet on Monday" ahead); "that day", "the
following year", "the quarter" refer to the last expression of that granularity.

Each rule of ``newsline.time.recognize`` has one handler here, named after it, which reads
the rule's named groups and returns a ``Norm`` (or None to reject the match).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

from newsline.time import calendar as C
from newsline.time import patterns as P

Date = dt.date


@dataclass(frozen=True, slots=True)
class Norm:
    """The normalised reading of one match."""

    type: str
    value: str
    mod: str | None = None
    anchor: str = "absolute"
    span: tuple[int, int] | None = None  # a narrower extent than the match, if any
    report_period: bool = True  # may name the period a financial report is about


# --- numbers ------------------------------------------------------------------------------

_FRACTIONS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "½": 0.5, "¼": 0.25, "¾": 0.75,
              "and a half": 0.5, "and one half": 0.5}


def parse_number(text: str) -> float | None:
    """A number written in digits or words ("17", "1,000", "twenty-four", "2 1/2",
    "a", "a couple of"); None when vague ("several", "a few")."""
    s = re.sub(r"\s+", " ", text.strip().lower())
    if not s:
        return None
    if s in P.COUPLE:
        return 2.0
    if s in P.ONE_WORDS or s == "a single":
        return 1.0
    if s in P.VAGUE_QUANTITIES:
        return None
    if s in ("half a", "half an", "a half", "an half"):
        return 0.5
    if s in ("a dozen", "dozen"):
        return 12.0
    frac = 0.0
    for f, v in _FRACTIONS.items():
        if s.endswith(f):
            frac = v
            s = s[: -len(f)].strip(" -")
            break
    if not s:
        return frac or None
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", s):
        try:
            return float(s.replace(",", "")) + frac
        except ValueError:
            return None
    total = 0
    current = 0
    seen = False
    for w in re.split(r"[\s\-]+", s):
        if w == "and":
            continue
        if w in P.NUMBER_WORDS:
            current += P.NUMBER_WORDS[w]
            seen = True
        elif w == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
            seen = True
        elif w in ("a", "an", "one"):
            current += 1
            seen = True
        else:
            return None
    return float(total + current) + frac if seen else None


def parse_ordinal(text: str) -> int | None:
    s = text.strip().lower()
    m = re.match(r"^(\d+)(?:st|nd|rd|th)?$", s)
    if m:
        return int(m.group(1))
    return P.ORDINAL_WORDS.get(s)


def parse_year(text: str) -> int | None:
    """A year in digits ("1998", "'98") or words ("nineteen ninety-six", "two thousand")."""
    s = text.strip().lower()
    if re.fullmatch(r"\d{4}", s):
        return int(s)
    if re.fullmatch(r"'\d\d", s):
        y = int(s[1:])
        return 1900 + y if y >= 30 else 2000 + y
    words = re.split(r"[\s\-]+", s)
    words = [w for w in words if w not in ("and",)]
    if not words:
        return None
    if words[0] == "two" and len(words) > 1 and words[1] == "thousand":
        rest = parse_number(" ".join(words[2:])) if len(words) > 2 else 0
        return None if rest is None else 2000 + int(rest)
    head = P.NUMBER_WORDS.get(words[0])
    if head is None:
        return None
    rest_words = words[1:]
    if rest_words and rest_words[0] == "hundred":
        rest_words = rest_words[1:]
    if rest_words and rest_words[0] in ("oh", "o"):
        rest_words = rest_words[1:]
    rest = parse_number(" ".join(rest_words)) if rest_words else 0
    if rest is None:
        return None
    return head * 100 + int(rest)


def month_number(text: str) -> int:
    return P.MONTHS[text.strip().rstrip(".").lower()]


def weekday_number(text: str) -> int:
    w = text.strip().rstrip(".").lower()
    if w not in P.WEEKDAYS and w.endswith("s"):
        w = w[:-1]  # "Fridays"
    return P.WEEKDAYS[w]


def unit_of(text: str) -> str:
    s = text.strip().lower()
    return P.UNIT_PLURALS.get(s, s)


def _fmt_num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: 17 months -> P17M, 2.5 years -> P2Y6M, 5.5 hours -> PT5H30M,
    a decade -> P10Y, vague -> PXY."""
    letter, is_time, _ = P.UNITS[unit]
    if n is None:
        if unit == "decade":
            return "PXE"
        if unit == "century":
            return "PXC"
        if unit == "weekend":
            return "PXWE"
        return f"PTX{letter}" if is_time else f"PX{letter}"
    if unit == "decade":
        n, letter = n * 10, "Y"
    elif unit == "century":
        n, letter = n * 100, "Y"
    elif unit == "millennium":
        n, letter = n * 1000, "Y"
    elif unit == "fortnight":
        n, letter = n * 2, "W"
    elif unit == "weekend":
        return f"P{_fmt_num(n * 2)}D"
    whole = int(n)
    frac = n - whole
    if frac == 0:
        return f"PT{whole}{letter}" if is_time else f"P{whole}{letter}"
    # a fraction: express it in the next smaller unit
    smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "Q": ("M", 3)}
    if is_time:
        sub = {"H": ("M", 60), "M": ("S", 60), "S": ("S", 1)}[letter]
        parts = f"{whole}{letter}" if whole else ""
        return f"PT{parts}{_fmt_num(round(frac * sub[1], 2))}{sub[0]}"
    if letter in smaller:
        sl, k = smaller[letter]
        if sl == "H":
            parts = f"P{whole}D" if whole else "P"
            return f"{parts}T{_fmt_num(round(frac * k, 2))}H"
        parts = f"{whole}{letter}" if whole else ""
        return f"P{parts}{_fmt_num(round(frac * k, 2))}{sl}"
    return f"P{_fmt_num(n)}{letter}"


# --- tense ---------------------------------------------------------------------------------

FUTURE_VERBS = frozenset({
    "plan", "expect", "schedule", "hope", "want", "intend", "aim", "prepare", "seek", "promise",
    "vow", "threaten", "propose", "pledge", "wish", "mean", "hop", "set", "slate", "due",
    "likely", "poise", "go", "agree", "decide", "try", "need", "ask", "urge", "invite",
})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "ll", "would", "'d", "could", "might",
                        "may", "should", "must", "can", "ca"})


_PAST_FUTURE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:due|scheduled|expected|set|supposed|going|"
    r"planned|planning|slated|to)\b[^.;]*$", re.I)


_FUTURE_PREP = re.compile(
    r"\b(?:until|till|as early as|as soon as|as late as|no later than|not until)\s+(?:on\s+)?$",
    re.I)


class Tense:
    """Tense of the clause that governs a character span: "past", "future", "present",
    "near" (a plan reported in the past: either side of the DCT, whichever is nearer),
    "modal" ("could mean": ahead for a date far off, no direction for a weekday) or None.
    Uses the dependency parse when tokens are given, else cue words."""

    def __init__(self, text: str, tokens: Sequence | None = None, sentences: Sequence | None = None):
        self.text = text
        self.tokens = tuple(tokens or ())
        self.sentences = tuple(sentences or ())
        self._starts = [t.start for t in self.tokens]
        self._children: dict[int, list[int]] | None = None
        self._sent_starts = [s.start for s in self.sentences]

    def children(self, i: int) -> list[int]:
        if self._children is None:
            ch: dict[int, list[int]] = {}
            for t in self.tokens:
                if t.head != t.i:
                    ch.setdefault(t.head, []).append(t.i)
            self._children = ch
        return self._children.get(i, [])

    def __call__(self, start: int, end: int) -> str | None:
        if _FUTURE_PREP.search(self.text[max(0, start - 25):start]):
            return "future"  # "until Tuesday", "as early as Tuesday": a point ahead
        if self.tokens:
            return self._parse_tense(start, end)
        return self._cue_tense(start, end)

    # -- with a parse
    def _span_tokens(self, start: int, end: int) -> list[int]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].start < end:
            out.append(i)
            i += 1
        return out

    def _parse_tense(self, start: int, end: int) -> str | None:
        idx = self._span_tokens(start, end)
        if not idx:
            return self._cue_tense(start, end)
        inside = set(idx)
        head = next((i for i in idx if self.tokens[i].head not in inside), idx[0])
        t = self.tokens[head]
        # a date that names an event noun ("the April 20 well blowout that killed 11 workers")
        # takes the tense of the noun's own relative clause, not of the verb the noun serves
        # ("... set up to compensate victims of the April 20 blowout that killed ...")
        if t.dep in ("compound", "nmod", "npadvmod", "amod") and t.head != t.i and t.head not in inside:
            noun = self.tokens[t.head]
            while noun.dep == "compound" and noun.head != noun.i and self.tokens[noun.head].pos == "NOUN":
                noun = self.tokens[noun.head]  # "the April 20 well blowout"
            rel = next((self.tokens[c] for c in self.children(noun.i)
                        if self.tokens[c].dep == "relcl" and self.tokens[c].pos in ("VERB", "AUX")), None)
            if noun.pos == "NOUN" and rel is not None:
                tense = self._verb_tense(rel, depth=0)
                if tense is not None:
                    return tense
        for _ in range(10):
            if t.pos in ("VERB", "AUX") and t.i not in inside and t.dep not in ("amod",):
                break
            if t.head == t.i:
                break
            t = self.tokens[t.head]
        if t.pos not in ("VERB", "AUX"):
            return None
        return self._verb_tense(t, depth=0)

    def _verb_tense(self, t, depth: int) -> str | None:
        auxes = [self.tokens[c] for c in self.children(t.i)
                 if self.tokens[c].dep in ("aux", "auxpass")]
        lemmas = {a.lemma.lower() for a in auxes}
        words = {self.text[a.start:a.end].lower() for a in auxes}
        if lemmas & {"will", "shall"} or words & {"'ll", "will", "wo", "shall"}:
            return "future"
        has_to = any(a.tag == "TO" for a in auxes)
        modals = lemmas & {"would", "could", "might", "may", "should", "must", "can"}
        if modals & {"would"} or words & {"'d"}:
            return "future"
        if modals & {"should", "must"} and "have" not in lemmas:
            return "future"  # "should be in the country by Sunday": an expectation looks ahead
        if modals or t.tag == "MD":
            # "could have been sealed in May" looks back; "could mean a Christmas timeframe"
            # looks ahead for a date far off, but "could be located Wednesday" has no tense
            # to go by (``resolve_weekday`` takes the last one)
            return "past" if "have" in lemmas else "modal"
        if "going" in words or (t.lemma == "go" and t.tag == "VBG" and
                                any(self.tokens[c].tag == "TO" for c in self.children(t.i))):
            return "future"
        if has_to and (t.tag == "VB" or (t.tag == "VBN" and "be" in lemmas)):  # "to be shown"
            if t.head != t.i and depth < 3:
                h = self.tokens[t.head]
                if self._past_frame(h):
                    # "was due to start", "planned to go": after the plan, either side of now
                    return "near"
                if h.lemma.lower() in FUTURE_VERBS or h.lemma.lower() == "be":
                    return "future"
                if h.pos in ("VERB", "AUX", "ADJ"):
                    return self._verb_tense(h, depth + 1)
            return "future"
        past_aux = any("Tense=Past" in a.morph or a.tag == "VBD" for a in auxes)
        pres_aux = any("Tense=Pres" in a.morph or a.tag in ("VBZ", "VBP") for a in auxes)
        if past_aux:
            return "past"
        if t.tag == "VBD":
            return "past"
        if t.tag == "VBN":
            if pres_aux:  # "has met", "is scheduled"
                if t.lemma.lower() in ("schedule", "set", "slate", "plan", "expect", "due"):
                    return "future"
                if any(a.lemma.lower() == "have" for a in auxes):
                    return "past"
                return "present"
            if t.lemma.lower() in ("schedule", "set", "slate", "plan", "expect"):
                return "future"
            return "past"
        if t.tag == "VBG":
            if pres_aux:
                return "future"  # "is meeting on Monday"
            if t.head != t.i and depth < 3:
                h = self.tokens[t.head]
                if h.pos in ("VERB", "AUX"):
                    return self._verb_tense(h, depth + 1)
            return None
        if t.tag in ("VBZ", "VBP"):
            return "present"
        if t.tag == "VB":
            if t.head != t.i and depth < 3:
                h = self.tokens[t.head]
                if h.pos in ("VERB", "AUX"):
                    return self._verb_tense(h, depth + 1)
            return "present"
        return None

    def _past_frame(self, h) -> bool:
        """A governing verb/adjective in the past: "was due", "were expected", "planned"."""
        if h.tag == "VBD":
            return True
        for c in self.children(h.i):
            ct = self.tokens[c]
            if ct.dep in ("aux", "auxpass", "cop") and ("Tense=Past" in ct.morph or ct.tag == "VBD"):
                return True
        if h.pos == "ADJ" and h.head != h.i:
            hh = self.tokens[h.head]
            if hh.lemma.lower() == "be" and (hh.tag == "VBD" or "Tense=Past" in hh.morph):
                return True
        return False

    # -- without a parse
    def _cue_tense(self, start: int, end: int) -> str | None:
        text = self.text
        lo = max(0, start - 120)
        window = text[max(0, start - 60):start]
        if _PAST_FUTURE.search(window):
            return None
        left = text[lo:start]
        cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("; "), left.rfind("? "),
                  left.rfind("! "))
        if cut >= 0:
            left = left[cut + 1:]
        right = text[end:end + 60]
        rcut = re.search(r"[.;!?\n]", right)
        if rcut:
            right = right[: rcut.start()]
        best = None
        best_dist = 10**9
        for m in P.FUTURE_CUES.finditer(left):
            d = len(left) - m.end()
            if d < best_dist:
                best, best_dist = "future", d
        for m in P.PAST_CUES.finditer(left):
            d = len(left) - m.end()
            if d < best_dist and m.group(0).lower() not in ("last",):
                best, best_dist = "past", d
        for m in P.FUTURE_CUES.finditer(right):
            if m.start() < best_dist:
                best, best_dist = "future", m.start()
        for m in P.PAST_CUES.finditer(right):
            if m.start() < best_dist:
                best, best_dist = "past", m.start()
        return best


# --- context ---------------------------------------------------------------------------------


@dataclass
class Context:
    """What a handler may consult: the text, the DCT, the tense oracle and the last
    expressions resolved so far (for anaphora)."""

    text: str
    dct: Date | None
    tense: Callable[[int, int], str | None]
    last_day: Date | None = None
    last_quarter: tuple[int, int] | None = None
    last_quarter_pos: int = -1
    first_quarter: tuple[int, int] | None = None
    last_year: int | None = None
    last_month: tuple[int, int] | None = None
    last_week: Date | None = None
    last_pos: int = -1
    # the last year named in the text itself ("In 2017, ... on March 3") and where
    abs_year: int | None = None
    abs_year_pos: int = -1
    # the period a financial report is about: ("quarter", year, q) or ("year", year, 0)
    last_period: tuple[str, int, int] | None = None
    notes: dict = field(default_factory=dict)

    def remember(self, value: str, pos: int, anchor: str = "absolute",
                 report_period: bool = True) -> None:
        """Record a resolved value as the reference for later anaphora. Values that are
        themselves relative to a reference ("a year earlier") do not move it."""
        if anchor == "relative":
            return
        g = C.granularity_of(value)
        if anchor == "absolute" and g not in ("decade", "century", "none"):
            span0 = C.value_range(value)
            if span0 is not None:
                self.abs_year, self.abs_year_pos = span0.first.year, pos
        span = C.value_range(value)
        if span is None:
            return
        if g in ("day", "time"):
            self.last_day = span.first
            self.last_month = (span.first.year, span.first.month)
            self.last_year = span.first.year
        elif g == "week":
            self.last_week = span.first
            self.last_year = span.first.year
        elif g == "month":
            self.last_month = (span.first.year, span.first.month)
            self.last_year = span.first.year
        elif g in ("quarter", "half"):
            if g == "quarter":
                self.last_quarter = C.quarter_of(span.first)
                self.last_quarter_pos = pos
                if self.first_quarter is None and report_period and (
                        self.dct is None or self.dct.year - 1 <= self.last_quarter[0] <= self.dct.year):
                    self.first_quarter = self.last_quarter
                self.last_period = ("quarter", *self.last_quarter)
            else:
                self.last_period = ("year", span.first.year, 0)
            self.last_year = span.first.year
        elif g == "year":
            self.last_year = span.first.year
            if self.dct is None or self.dct.year - 1 <= span.first.year <= self.dct.year:
                self.last_period = ("year", span.first.year, 0)
        self.last_pos = pos

    def note_year_to_date(self) -> None:
        """"the first nine months": the report is about the year so far."""
        if self.dct is not None:
            self.last_period = ("year", self.last_year or self.dct.year, 0)

    def year_before(self) -> tuple[str, str] | None:
        """(value, anchor) of "a year earlier" in a financial report: the same period of
        the previous year; None outside such a context."""
        if self.last_period is None:
            return None
        kind, y, q = self.last_period
        if kind == "quarter":
            y, q = self.first_quarter or (y, q)
            return C.quarter_value(y - 1, q), "relative"
        if self.dct is not None:
            y = self.dct.year
        return f"{y - 1:04d}", "relative"

    def sentence_year(self, pos: int) -> int | None:
        """A year the same sentence named before ``pos`` ("In 2017, ... on March 3")."""
        if self.abs_year is None or self.abs_year_pos < 0 or pos - self.abs_year_pos > 250:
            return None
        between = self.text[self.abs_year_pos:pos]
        if re.search(r"[.!?][\"'”’)]*\s+[A-Z\"“]|\n", between):
            return None
        # only a year that opens the sentence frames all of it ("In 2017, ...")
        before = self.text[max(0, self.abs_year_pos - 40):self.abs_year_pos]
        opening = re.search(r"(?:^|[.!?][\"'”’)]*\s+|\n)([^.!?\n]*)$", before)
        if opening is None or len(opening.group(1)) > 14:
            return None
        return self.abs_year

    def ref_day(self) -> Date | None:
        return self.last_day or self.dct

    def ref_quarter(self) -> tuple[int, int] | None:
        """The quarter a report is about: the first one it names (later ones are mostly
        comparisons), else the last completed quarter before the DCT."""
        if self.first_quarter is not None:
            return self.first_quarter
        if self.dct is None:
            return None
        return C.shift_quarter(*C.quarter_of(self.dct), -1)


# --- resolution helpers ---------------------------------------------------------------------


def g(m: re.Match, name: str) -> str | None:
    """A named group's text, or None when the rule has no such group or it did not match."""
    if name not in m.re.groupindex:
        return None
    return m.group(name)


def low(s: str | None) -> str:
    return re.sub(r"\s+", " ", s.strip().lower()) if s else ""


def rel_offset(word: str | None) -> int | None:
    w = low(word)
    if not w:
        return None
    return P.RELATIVE_WORDS.get(w)


def position_mod(word: str | None) -> str | None:
    w = low(word)
    if not w:
        return None
    w = w.replace("the ", "").replace(" of", "").replace("by ", "").strip(" -")
    for key, mod in P.POSITION_MODS.items():
        if w.startswith(key):
            return mod
    if "first half" in w or "early part" in w or "first part" in w:
        return "START"
    if "second half" in w or "latter part" in w or "later part" in w:
        return "END"
    if "turn" in w:
        return "START"
    return None


def quant_mod(word: str | None) -> str | None:
    w = low(word)
    return P.QUANT_MODS.get(w) if w else None


# tense may pick the occurrence behind (ahead) of the DCT within this many days
PAST_WINDOW_DAYS = 300
FUTURE_WINDOW_DAYS = 200


def resolve_month_day(month: int, day: int, dct: Date, tense: str | None) -> Date | None:
    """The year of "Feb. 10": behind the DCT in a past clause, ahead in a future one, when
    that occurrence lies within about half a year; else the nearest occurrence."""
    cands = [C.safe_date(dct.year + k, month, day) for k in (-1, 0, 1)]
    cands = [c for c in cands if c is not None]
    if not cands:
        return None
    if tense == "past":
        before = [c for c in cands if c <= dct]
        if before and (dct - max(before)).days <= PAST_WINDOW_DAYS:
            return max(before)
    if tense in ("future", "modal"):
        after = [c for c in cands if c >= dct]
        if after and (min(after) - dct).days <= FUTURE_WINDOW_DAYS:
            return min(after)
    return min(cands, key=lambda c: (abs((c - dct).days), c > dct))


def resolve_month(month: int, dct: Date, tense: str | None) -> int:
    """The year of a bare month name, the same way (months counted, not days)."""
    if month == dct.month:
        return dct.year
    here = dct.year * 12 + dct.month
    cands = [(y, y * 12 + month - here) for y in (dct.year - 1, dct.year, dct.year + 1)]
    if tense == "past":
        before = [c for c in cands if c[1] < 0]
        best = max(before, key=lambda c: c[1])
        if -best[1] <= 10:
            return best[0]
    if tense in ("future", "modal"):
        after = [c for c in cands if c[1] > 0]
        best = min(after, key=lambda c: c[1])
        if best[1] <= 7:
            return best[0]
    return min(cands, key=lambda c: (abs(c[1]), c[1] > 0))[0]


PRESENT_WEEKDAY = "future"
WEEKDAY_DEFAULT = "past"  # news reports what happened: a bare weekday is the last one


def resolve_weekday(wd: int, dct: Date, tense: str | None, rel: int | None) -> Date:
    cur = dct.isoweekday()
    delta = wd - cur
    if rel == 0:  # "this Friday": the same week, or the coming one in a future clause
        if tense == "future" and delta < 0:
            return dct + dt.timedelta(days=delta + 7)
        return dct + dt.timedelta(days=delta)
    if rel == -1:
        return dct + dt.timedelta(days=delta if delta < 0 else delta - 7)
    if rel == 1:
        return dct + dt.timedelta(days=delta if delta > 0 else delta + 7)
    if delta == 0:
        return dct
    if tense == "near":  # the occurrence nearest the DCT (7 days: never a tie)
        return dct + dt.timedelta(days=delta - 7 if delta > 3 else delta + 7 if delta < -3 else delta)
    direction = tense if tense in ("past", "future") else WEEKDAY_DEFAULT
    if tense == "present":
        direction = PRESENT_WEEKDAY
    if direction == "future":
        return dct + dt.timedelta(days=delta if delta > 0 else delta + 7)
    return dct + dt.timedelta(days=delta if delta < 0 else delta - 7)


def undated(kind: str, **kw) -> str:
    """An underspecified value when there is no DCT to anchor on."""
    if kind == "weekday":
        return f"XXXX-WXX-{kw['wd']}"
    if kind == "month":
        return f"XXXX-{kw['month']:02d}"
    if kind == "month_day":
        return f"XXXX-{kw['month']:02d}-{kw['day']:02d}"
    if kind == "day":
        return "XXXX-XX-XX"
    if kind == "week":
        return "XXXX-WXX"
    if kind == "quarter":
        return f"XXXX-Q{kw.get('q', 'X')}"
    if kind == "season":
        return f"XXXX-{kw['season']}"
    return "XXXX"


_UNDATED_UNITS = {"day": "XXXX-XX-XX", "night": "XXXX-XX-XX", "week": "XXXX-WXX",
                  "fortnight": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                  "quarter": "XXXX-QX", "half": "XXXX-HX", "season": "XXXX", "year": "XXXX",
                  "decade": "XXX", "century": "XX", "millennium": "X"}


def undated_unit(unit: str) -> str:
    """The underspecified value of a period of a given unit ("last week" without a DCT)."""
    return _UNDATED_UNITS.get(unit, "XXXX")


def pod_suffix(word: str | None) -> str | None:
    w = low(word)
    if not w:
        return None
    w = w.replace("mid-", "").replace("mid ", "")
    code = P.PARTS_OF_DAY.get(w)
    if code is None:
        return None
    return code if code.startswith("T") else "T" + code


# --- handlers (one per rule in recognize.RULES) --------------------------------------------


def h_date_md(m: re.Match, ctx: Context) -> Norm | None:
    month = month_number(m.group("month"))
    day = parse_ordinal(m.group("day"))
    if day is None or not 1 <= day <= 31:
        return None
    year_s = g(m, "year")
    wd_s = g(m, "wd")
    entry = _chronology_entry(ctx.text, m.start(), m.end())
    if year_s:
        y = parse_year(year_s)
        d = C.safe_date(y, month, day) if y else None
        if d is None:
            return None
        if entry:
            ctx.notes["chronology"] = d
        return Norm("DATE", C.day_value(d), anchor="absolute")
    if C.last_day(2000, month) < day:  # no such day in any year
        return None
    prev = ctx.notes.get("chronology") if entry else None
    if prev is not None:
        # a chronology ("April 20, 2010 - ... April 22 - ...") runs forward from its last
        # entry, whatever year the article itself was published in
        y = prev.year if (month, day) >= (prev.month, prev.day) else prev.year + 1
        d = C.safe_date(y, month, day)
        if d is not None:
            ctx.notes["chronology"] = d
            return Norm("DATE", C.day_value(d), anchor="relative")
    if (month, day) == (9, 11) and ctx.dct is not None and ctx.dct.year > 2001 and (
            _names_the_attacks(ctx.text, m) or _recalls_the_attacks(ctx, m)):
        return Norm("DATE", "2001-09-11", anchor="absolute")
    sy = ctx.sentence_year(m.start())
    if sy is not None:
        d = C.safe_date(sy, month, day)
        if d is not None:
            return Norm("DATE", C.day_value(d), anchor="relative")
    if ctx.dct is None:
        return Norm("DATE", undated("month_day", month=month, day=day), anchor="unresolved")
    tense = ctx.tense(m.start(), m.end())
    if wd_s:  # "Friday, Oct. 13": pick the year whose date falls on that weekday
        wd = weekday_number(wd_s)
        cands = [C.safe_date(ctx.dct.year + k, month, day) for k in (0, -1, 1)]
        for c in cands:
            if c is not None and c.isoweekday() == wd:
                return Norm("DATE", C.day_value(c), anchor="dct")
    d = resolve_month_day(month, day, ctx.dct, tense)
    if d is None:
        return None
    return Norm("DATE", C.day_value(d), anchor="tense")


h_date_dm = h_date_md

# What follows "September 11" when it names the 2001 attacks, and what precedes it then.
_NINE_ELEVEN = re.compile(
    r"(?:\s*(?:'s|’s))?\s+(?:terror\w*|attacks?|hijack\w*|victims?|victim's|families|family|commission|"
    r"memorial|museum|responders?|survivors?|era|generation|fund|anniversary|plot|mastermind|widows?|"
    r"was about|changed)\b",
    re.I,
)
_NINE_ELEVEN_BEFORE = re.compile(r"\b(?:(?:attacks?|terror\w*|hijackings?)\s+(?:of|on)|about)\s+$", re.I)
# A preposition right before the date makes it a day ("on 11 September families gathered"); with
# "the" between, the date names something ("before the September 11 attacks")
_DAY_PREPOSITION = re.compile(r"\b(?:on|by|until|till|before|from)\s+$", re.I)
_SINCE = re.compile(r"\bsince\s+$", re.I)
_TERROR = re.compile(r"\b(?:terror\w*|al[- ]Qa[ei]da|plots?|hijack\w*|attacks?|extremis\w*)\b", re.I)


def _names_the_attacks(text: str, m: re.Match) -> bool:
    """ "September 11 families", "the Sept. 11 attacks", "September 11 was about ...", "the
    attacks of Sept. 11", "things you cannot say about September 11": the name of the 2001
    attacks, not the 11th of September nearest the article; but "on 11 September families
    gathered" is a day."""
    before = text[max(0, m.start() - 24) : m.start()]
    if _NINE_ELEVEN_BEFORE.search(before):
        return True
    if _SINCE.search(before):
        # "al-Qaida plots disrupted since September 11": the attacks, where the sentence
        # speaks of terror
        a, b = text.rfind(".", 0, m.start()) + 1, text.find(".", m.end())
        return _TERROR.search(text[a : b if b >= 0 else len(text)]) is not None
    return _NINE_ELEVEN.match(text, m.end()) is not None and not _DAY_PREPOSITION.search(before)

_AFTER = re.compile(r"\bafter\s+$", re.I)
_BEFORE = re.compile(r"\bbefore\s+$", re.I)


def _recalls_the_attacks(ctx: Context, m: re.Match) -> bool:
    """ "But after September 11, its US publisher suppressed it" in an article of April
    2005: a writer would call the last 11 September, seven months back, "last September";
    "after" a bare 11 September looking back more than two months is the attacks, as is
    "before 11 September" in a sentence that speaks of terror ("meetings occurred between
    al-Qaeda representatives and nuclear scientists before 11 September"). ("Sales have
    fallen since September 11" stays the last one: "since" is how a writer counts from a
    recent day.)"""
    before = ctx.text[max(0, m.start() - 24) : m.start()]
    if _BEFORE.search(before):
        a, b = ctx.text.rfind(".", 0, m.start()) + 1, ctx.text.find(".", m.end())
        return _TERROR.search(ctx.text[a : b if b >= 0 else len(ctx.text)]) is not None
    if not _AFTER.search(before) or ctx.tense(m.start(), m.end()) in ("future", "near", "modal"):
        return False
    dct = ctx.dct
    last = C.safe_date(dct.year if (dct.month, dct.day) >= (9, 11) else dct.year - 1, 9, 11)
    return last is not None and (dct - last).days > 60


# After a chronology entry's date: an optional year, then the dash or colon before the event.
_ENTRY_AFTER = re.compile(r"(?:,?\s+\d{4})?\s*(?:-|:|\u2013|\u2014)\s")


def _chronology_entry(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) opens a line as a chronology entry ("April 22 - The
    rig sinks", "* 3 May: ...")."""
    line = text.rfind("\n", 0, start) + 1
    if len(text[line:start].strip(" \t*\u2022-")) > 0:
        return False
    return _ENTRY_AFTER.match(text, end) is not None


def h_date_iso(m: re.Match, ctx: Context) -> Norm | None:
    y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    date = C.safe_date(y, mo, d)
    if date is None:
        return None
    hh, mi = g(m, "hh"), g(m, "mi")
    if hh is not None:
        return Norm("TIME", f"{date.isoformat()}T{int(hh):02d}:{mi}", anchor="absolute")
    return Norm("DATE", date.isoformat(), anchor="absolute")


def h_date_slash(m: re.Match, ctx: Context) -> Norm | None:
    a, b, ys = int(m.group("a")), int(m.group("b")), m.group("y")
    y = int(ys)
    if len(ys) == 2:
        y = 1900 + y if y >= 30 else 2000 + y
    # US order month/day unless impossible
    month, day = (a, b) if a <= 12 else (b, a)
    date = C.safe_date(y, month, day)
    if date is None:
        return None
    return Norm("DATE", date.isoformat(), anchor="absolute")


def h_month(m: re.Match, ctx: Context) -> Norm | None:
    month = month_number(m.group("month"))
    mod = position_mod(g(m, "pos"))
    rel = rel_offset(g(m, "rel"))
    year_s, yrel = g(m, "year"), g(m, "yrel")
    if year_s:
        y = parse_year(year_s)
        if y is None:
            return None
        return Norm("DATE", C.month_value(y, month), mod=mod, anchor="absolute")
    if ctx.dct is None:
        return Norm("DATE", undated("month", month=month), mod=mod, anchor="unresolved")
    dct = ctx.dct
    if yrel:
        off = rel_offset(yrel)
        base = dct.year
        if low(yrel) in ("that", "the same"):
            base = ctx.last_year or dct.year
            off = 0
        elif low(yrel) in ("the following", "the previous"):
            base = ctx.last_year or dct.year
        return Norm("DATE", C.month_value(base + (off or 0), month), mod=mod, anchor="dct")
    sy = ctx.sentence_year(m.start())
    if sy is not None and rel is None:
        return Norm("DATE", C.month_value(sy, month), mod=mod, anchor="relative")
    if rel is not None and low(g(m, "rel")) not in ("this",):
        # "last May": the latest May before the DCT month; "next May" the first after
        if rel < 0:
            # "last May" is the latest May before this month; said in June, it is the May
            # of the year before (the one just ended would be "last month")
            y = dct.year if month < dct.month - 1 else dct.year - 1
        else:
            y = dct.year if month > dct.month else dct.year + 1
        return Norm("DATE", C.month_value(y, month), mod=mod, anchor="dct")
    if low(g(m, "rel")) == "this":
        tense = ctx.tense(m.start(), m.end())
        y = dct.year
        if tense == "future" and month < dct.month:
            y += 1
        return Norm("DATE", C.month_value(y, month), mod=mod, anchor="dct")
    tense = ctx.tense(m.start(), m.end())
    y = resolve_month(month, dct, tense)
    return Norm("DATE", C.month_value(y, month), mod=mod, anchor="tense")


def h_weekday(m: re.Match, ctx: Context) -> Norm | None:
    norm = _weekday(m, ctx)
    if norm is not None and low(g(m, "pos")) in ("earlier", "later") and not g(m, "rel"):
        # "Earlier Friday": TimeML leaves the adverb out
        return Norm(norm.type, norm.value, None, norm.anchor, (m.start("wd"), m.end()))
    return norm


def _weekday(m: re.Match, ctx: Context) -> Norm | None:
    wd = weekday_number(m.group("wd"))
    pos = position_mod(g(m, "pos"))
    rel_s = low(g(m, "rel"))
    pod = pod_suffix(g(m, "pod"))
    if ctx.dct is None and rel_s not in ("that", "the same", "the following", "the previous", "the preceding"):
        v = undated("weekday", wd=wd)
        return Norm("TIME" if pod else "DATE", v + (pod or ""), mod=pos, anchor="unresolved")
    if rel_s in ("the following", "the next"):
        ref = ctx.ref_day()
        if ref is None:
            return None
        delta = (wd - ref.isoweekday()) % 7 or 7
        d = ref + dt.timedelta(days=delta)
        anchor = "relative"
    elif rel_s in ("the previous", "the preceding", "the prior"):
        ref = ctx.ref_day()
        if ref is None:
            return None
        delta = (ref.isoweekday() - wd) % 7 or 7
        d = ref - dt.timedelta(days=delta)
        anchor = "relative"
    elif rel_s in ("that", "the same"):
        ref = ctx.ref_day()
        if ref is None:
            return None
        d = resolve_weekday(wd, ref, ctx.tense(m.start(), m.end()), None)
        anchor = "relative"
    else:
        rel = rel_offset(rel_s) if rel_s else None
        tense = ctx.tense(m.start(), m.end())
        if rel is None and re.match(r"^['’]s\b", ctx.text[m.end():m.end() + 3]):
            tense = "past"  # "Wednesday's ruling": an event already reported
        d = resolve_weekday(wd, ctx.dct, tense, rel)
        anchor = "dct" if rel is not None else "tense"
    # "Friday night/morning": TimeBank mostly dates it to the day; "Friday evening" it
    # marks as a time of that day
    if pod in ("TEV", "TAF"):
        return Norm("TIME", C.day_value(d) + pod, mod=pos, anchor=anchor)
    return Norm("DATE", C.day_value(d), mod=pos, anchor=anchor)


def h_weekday_plural(m: re.Match, ctx: Context) -> Norm | None:
    wd = weekday_number(m.group("wd"))
    pod = pod_suffix(re.sub(r"s$", "", low(g(m, "pod")))) if g(m, "pod") else None
    return Norm("SET", f"XXXX-WXX-{wd}" + (pod or ""), anchor="none")


def h_relday(m: re.Match, ctx: Context) -> Norm | None:
    rd = low(m.group("rd"))
    pos_s = low(g(m, "pos"))
    pod = pod_suffix(g(m, "pod"))
    if pos_s in ("mid-afternoon", "mid-morning", "mid afternoon", "mid morning"):
        pod = pod_suffix(pos_s)
        mod = "MID"
    else:
        mod = position_mod(pos_s)
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
               "the day before yesterday": -2, "the day after tomorrow": 2}
    off = offsets.get(rd)
    if off is None:
        return None
    if rd == "tonight":
        pod = "TNI"
    if ctx.dct is None:
        return Norm("TIME" if pod else "DATE", "XXXX-XX-XX" + (pod or ""), mod=mod,
                    anchor="unresolved")
    d = ctx.dct + dt.timedelta(days=off)
    if pod:
        return Norm("TIME", C.day_value(d) + pod, mod=mod, anchor="dct")
    return Norm("DATE", C.day_value(d), mod=mod, anchor="dct")


def h_pod(m: re.Match, ctx: Context) -> Norm | None:
    rel = low(m.group("rel"))
    pod = pod_suffix(m.group("pod"))
    mod = position_mod(g(m, "pos"))
    if pod is None:
        return None
    if rel == "mid":
        base, anchor, mod = ctx.ref_day(), "dct", "MID"
    elif rel in ("this", "tonight"):
        base, anchor = ctx.dct, "dct"
    elif rel == "last":
        if low(m.group("pod")) == "night" or low(m.group("pod")) == "evening":
            base, anchor = (ctx.dct - dt.timedelta(days=1)) if ctx.dct else None, "dct"
        else:
            return None  # "last morning" is not said
    elif rel in ("that", "the same", "the"):
        base, anchor = ctx.ref_day(), "relative"
    elif rel in ("the next", "the following"):
        ref = ctx.ref_day()
        base, anchor = (ref + dt.timedelta(days=1)) if ref else None, "relative"
    elif rel in ("the previous", "the preceding"):
        ref = ctx.ref_day()
        base, anchor = (ref - dt.timedelta(days=1)) if ref else None, "relative"
    else:
        return None
    if base is None:
        return Norm("TIME", "XXXX-XX-XX" + pod, mod=mod, anchor="unresolved")
    return Norm("TIME", C.day_value(base) + pod, mod=mod, anchor=anchor)


def _clock(m: re.Match) -> tuple[int, int] | None:
    noon = low(g(m, "noon"))
    if noon:
        return {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[noon]
    h = g(m, "h") or g(m, "h2")
    mi = g(m, "mi") or g(m, "mi2")
    ampm = low(g(m, "ampm") or g(m, "ampm2"))
    if h is None:
        h3 = g(m, "h3")
        if h3 is None:
            return None
        n = parse_number(h3)
        if n is None:
            return None
        hour = int(n)
    else:
        hour = int(h)
    minute = int(mi) if mi else 0
    pod2 = low(g(m, "pod2"))
    if ampm.startswith("p") or pod2 in ("afternoon", "evening"):
        if hour < 12:
            hour += 12
    elif ampm.startswith("a") or pod2 == "morning":
        if hour == 12:
            hour = 0
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    return hour, minute


def h_time(m: re.Match, ctx: Context) -> Norm | None:
    hm = _clock(m)
    if hm is None:
        return None
    hour, minute = hm
    mod = "APPROX" if g(m, "approx") else None
    base: Date | None = None
    anchor = "dct"
    if g(m, "month"):
        month = month_number(m.group("month"))
        day = parse_ordinal(m.group("day"))
        if g(m, "year"):
            base = C.safe_date(int(m.group("year")), month, day)
            anchor = "absolute"
        elif ctx.dct is not None:
            base = resolve_month_day(month, day, ctx.dct, ctx.tense(m.start(), m.end()))
    elif g(m, "wd"):
        if ctx.dct is not None:
            base = resolve_weekday(weekday_number(m.group("wd")), ctx.dct,
                                   ctx.tense(m.start(), m.end()), None)
    elif g(m, "rd"):
        if ctx.dct is not None:
            off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[low(m.group("rd"))]
            base = ctx.dct + dt.timedelta(days=off)
    else:
        # a bare clock time belongs to the day the story was last talking about
        base = ctx.last_day or ctx.dct
        anchor = "relative" if ctx.last_day else "dct"
    hhmm = f"T{hour:02d}:{minute:02d}"
    if base is None:
        return Norm("TIME", "XXXX-XX-XX" + hhmm, mod=mod, anchor="unresolved")
    return Norm("TIME", C.day_value(base) + hhmm, mod=mod, anchor=anchor)


def h_year(m: re.Match, ctx: Context) -> Norm | None:
    y = parse_year(m.group("year"))
    if y is None:
        return None
    mod = position_mod(g(m, "pos"))
    after = low(g(m, "after"))
    if after:
        mod = "ON_OR_AFTER" if ("later" in after or "beyond" in after or "onward" in after) else "ON_OR_BEFORE"
    y2 = g(m, "year2")
    if y2 and g(m, "fy"):
        # "fiscal 1989-90": the fiscal year ending in the second year
        pass
    return Norm("DATE", f"{y:04d}", mod=mod, anchor="absolute")


def h_year_words(m: re.Match, ctx: Context) -> Norm | None:
    y = parse_year(m.group("yw"))
    if y is None or not 1000 <= y <= 2100:
        return None
    return Norm("DATE", f"{y:04d}", anchor="absolute")


def h_decade(m: re.Match, ctx: Context) -> Norm | None:
    dec = low(m.group("dec")).replace("'", "")
    mod = position_mod(g(m, "pos"))
    if dec in P.DECADE_WORD_VALUES:
        d = P.DECADE_WORD_VALUES[dec]
        century = 19
        if ctx.dct is not None and ctx.dct.year >= 2000 and d <= (ctx.dct.year % 100) // 10:
            century = 20
        return Norm("DATE", f"{century}{d}", mod=mod, anchor="dct")
    mm = re.match(r"^(\d{2,4})s$", dec)
    if not mm:
        return None
    digits = mm.group(1)
    if len(digits) == 4:
        # TimeBank writes "the 1990s" as 199 and a bare "1990s" as 199X
        return Norm("DATE", digits[:3] if g(m, "the") else digits[:3] + "X", mod=mod,
                    anchor="absolute")
    if not (g(m, "the") or m.group(0).lstrip().startswith("'") or "'" in m.group("dec")):
        return None  # "in her 20s" is an age
    d = int(digits[0])
    century = 19
    if ctx.dct is not None and ctx.dct.year >= 2000 and d <= (ctx.dct.year % 100) // 10:
        century = 20
    return Norm("DATE", f"{century}{d}", mod=mod, anchor="dct")


def h_century(m: re.Match, ctx: Context) -> Norm | None:
    n = parse_ordinal(m.group("cent"))
    if n is None or not 1 <= n <= 30:
        return None
    return Norm("DATE", f"{n - 1:02d}", mod=position_mod(g(m, "pos")), anchor="absolute")


UNIT_GRAN = {"week": "week", "weekend": "weekend", "month": "month", "quarter": "quarter",
             "year": "year", "decade": "decade", "century": "century", "half": "half",
             "season": "season", "day": "day", "fortnight": "week"}


def h_relunit(m: re.Match, ctx: Context) -> Norm | None:
    norm = _relunit(m, ctx)
    if norm is not None and norm.span is None and low(g(m, "pos")) in ("earlier", "later") \
            and unit_of(m.group("unit")) == "week":
        # "earlier this week": TimeBank marks "this week" alone
        return Norm(norm.type, norm.value, norm.mod, norm.anchor, (m.start("rel"), m.end()))
    return norm


def _relunit(m: re.Match, ctx: Context) -> Norm | None:
    rel_s = low(m.group("rel"))
    unit = unit_of(m.group("unit"))
    if unit not in UNIT_GRAN:
        return None
    mod = position_mod(g(m, "pos"))
    # "the past decade": a duration ending now; but "the past year" is last year (TimeBank)
    if rel_s in ("the past", "the last", "the next", "the coming") and not g(m, "pos"):
        if unit in ("decade", "century"):
            return Norm("DURATION", duration_value(1, unit), anchor="none")
    if rel_s in ("that", "the same", "the following", "the previous", "the preceding", "the prior"):
        return _anaphoric_unit(m, ctx, rel_s, unit, mod)
    if rel_s == "the next" and unit in ("month", "year") and ctx.tense(m.start(), m.end()) == "past":
        # "In September, the staff director was fired. The next month, a staffer announced ...":
        # told in the past, the month after the story's last one, not after the article's
        return _anaphoric_unit(m, ctx, rel_s, unit, mod)
    off = rel_offset(rel_s)
    if off is None:
        return None
    if ctx.dct is None:
        return Norm("DATE", undated_unit(unit), mod=mod, anchor="unresolved")
    dct = ctx.dct
    if unit == "quarter":
        y, q = C.quarter_of(dct)
        if rel_s in ("the latest", "latest", "the most recent", "most recent"):
            y, q = C.shift_quarter(y, q, -1)
        else:
            y, q = C.shift_quarter(y, q, off)
        return Norm("DATE", C.quarter_value(y, q), mod=mod, anchor="dct")
    if unit == "half":
        h = 1 if dct.month <= 6 else 2
        k = dct.year * 2 + h - 1 + off
        return Norm("DATE", f"{k // 2:04d}-H{k % 2 + 1}", mod=mod, anchor="dct")
    if unit == "season":
        y, s = C.season_of(C.shift(dct, "month", 3 * off))
        return Norm("DATE", f"{y:04d}-{s}", mod=mod, anchor="dct")
    if unit == "weekend":
        base = dct
        if off == 0:
            tense = ctx.tense(m.start(), m.end())
            if dct.isoweekday() <= 5 and tense == "past":
                base = dct - dt.timedelta(days=7)
        else:
            base = C.shift(dct, "week", off)
        return Norm("DATE", C.week_value(base) + "-WE", mod=mod, anchor="dct")
    if unit == "day":
        return None
    d = C.shift(dct, unit, off)
    value, _ = C.value_at(d, unit)
    return Norm("DATE", value, mod=mod, anchor="dct")


def _anaphoric_unit(m: re.Match, ctx: Context, rel_s: str, unit: str, mod: str | None) -> Norm | None:
    off = {"that": 0, "the same": 0, "that same": 0, "the very same": 0, "the following": 1,
           "the next": 1, "the previous": -1, "the preceding": -1, "the prior": -1}.get(rel_s)
    if off is None:
        return None
    ref: Date | None
    if unit in ("day", "night"):
        ref = ctx.ref_day()
    elif unit in ("week", "weekend"):
        ref = ctx.last_week or ctx.ref_day()
    elif unit == "month":
        ref = Date(*ctx.last_month, 1) if ctx.last_month else ctx.dct
    elif unit == "quarter":
        q = ctx.ref_quarter()
        ref = Date(q[0], 3 * q[1] - 2, 1) if q else None
    elif unit in ("year", "decade", "century", "half", "season"):
        ref = Date(ctx.last_year, 6, 1) if ctx.last_year else ctx.dct
        if ctx.last_day and ctx.last_year == ctx.last_day.year:
            ref = ctx.last_day
    else:
        ref = ctx.ref_day()
    if ref is None:
        return Norm("DATE", undated_unit(unit), mod=mod, anchor="unresolved")
    d = C.shift(ref, unit if unit not in ("season",) else "year", off)
    value, _ = C.value_at(d, unit if unit != "night" else "day")
    return Norm("DATE", value, mod=mod, anchor="relative")


def h_anaphoric(m: re.Match, ctx: Context) -> Norm | None:
    rel_s = low(m.group("rel"))
    unit_s = low(m.group("unit"))
    mod = position_mod(g(m, "pos"))
    pod = pod_suffix(unit_s)
    if pod:
        ref = ctx.ref_day()
        off = {"that": 0, "that same": 0, "the same": 0, "the next": 1, "the following": 1,
               "the previous": -1, "the preceding": -1, "the prior": -1}.get(rel_s)
        if off is None:
            return None
        if ref is None:
            return Norm("TIME", "XXXX-XX-XX" + pod, mod=mod, anchor="unresolved")
        return Norm("TIME", C.day_value(ref + dt.timedelta(days=off)) + pod, mod=mod,
                    anchor="relative")
    return _anaphoric_unit(m, ctx, rel_s, unit_of(unit_s), mod)


def h_day_before(m: re.Match, ctx: Context) -> Norm | None:
    unit = unit_of(m.group("unit"))
    off = -1 if low(m.group("dir")) in ("before", "earlier") else 1
    ref = ctx.ref_day() if unit == "day" else (ctx.last_week or ctx.ref_day())
    if ref is None:
        return Norm("DATE", undated_unit(unit), anchor="unresolved")
    value, _ = C.value_at(C.shift(ref, unit, off), unit)
    return Norm("DATE", value, anchor="relative")


def h_pos_unit(m: re.Match, ctx: Context) -> Norm | None:
    unit = unit_of(g(m, "unit") or g(m, "unit2") or g(m, "unit3") or "")
    mid = low(g(m, "mid"))
    if mid:
        unit = unit_of(re.sub(r"^mid-?", "", mid))
        mod = "MID"
    else:
        mod = position_mod(g(m, "pos") or g(m, "pos2") or g(m, "pos3"))
    if unit not in ("year", "month", "week", "decade", "century", "quarter"):
        return None
    if ctx.dct is None:
        return Norm("DATE", undated_unit(unit), mod=mod, anchor="unresolved")
    if unit == "year" and mod == "END" and (g(m, "unit2") or g(m, "unit3")):
        # "by year-end": December 31 of this year ("since year-end": of the last one)
        y = ctx.dct.year
        if re.search(r"\bsince\s+$", ctx.text[max(0, m.start() - 8):m.start()], re.I):
            y -= 1
        return Norm("DATE", f"{y:04d}-12-31", anchor="dct")
    if unit == "quarter":
        q = ctx.ref_quarter() or C.quarter_of(ctx.dct)
        return Norm("DATE", C.quarter_value(*q), mod=mod, anchor="relative")
    value, _ = C.value_at(ctx.dct, unit)
    return Norm("DATE", value, mod=mod, anchor="dct")


QUARTER_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
               "4th": 4}


def _quarter_year(m: re.Match, ctx: Context) -> tuple[int | None, str]:
    """The year a quarter belongs to, from the text ("of 1990", "next year's") or the DCT."""
    for name in ("year", "yposs_y", "yposs_fy", "year_pre"):
        s = g(m, name)
        if s:
            return parse_year(s), "absolute"
    yrel = low(g(m, "yrel") or g(m, "yposs"))
    if yrel:
        if ctx.dct is None:
            return None, "unresolved"
        w = yrel.split()[0] if yrel.split() else ""
        if w in ("this",):
            return ctx.dct.year, "dct"
        if w == "last":
            return ctx.dct.year - 1, "dct"
        if w == "next":
            return ctx.dct.year + 1, "dct"
        if yrel in ("the same", "that", "the same year"):
            return (ctx.last_year or ctx.dct.year), "relative"
        if yrel.startswith("the previous"):
            return (ctx.last_year or ctx.dct.year) - 1, "relative"
    if g(m, "ythe"):
        return (ctx.last_year or (ctx.dct.year if ctx.dct else None)), "relative"
    return None, ""


def h_quarter(m: re.Match, ctx: Context) -> Norm | None:
    norm = _quarter(m, ctx)
    if norm is None or norm.span is not None:
        return norm
    det = low(g(m, "det"))
    hyphen = "-" in ctx.text[m.end("ord"):m.start("q")]
    if det and (det != "the" or hyphen):
        # "its fourth quarter", "a third-quarter loss": only the quarter itself
        span = (m.start("fiscal") if g(m, "fiscal") else m.start("ord"), m.end())
        return Norm(norm.type, norm.value, norm.mod, norm.anchor, span)
    return norm


def _quarter(m: re.Match, ctx: Context) -> Norm | None:
    ord_s = low(g(m, "ord"))
    qword = low(m.group("q"))
    plural = qword in ("quarters", "halves")
    year, anchor = _quarter_year(m, ctx)
    dct = ctx.dct
    if qword in ("half", "halves"):
        n = QUARTER_ORD.get(ord_s)
        if n not in (1, 2):
            if ord_s in ("first",):
                n = 1
            elif ord_s in ("second", "last", "final", "latter"):
                n = 2
            else:
                return None
        if plural:
            return Norm("SET", f"XXXX-H{n}", anchor="none")
        if year is None:
            if dct is None:
                return Norm("DATE", f"XXXX-H{n}", anchor="unresolved")
            year = dct.year
            anchor = "dct"
        return Norm("DATE", f"{year:04d}-H{n}", anchor=anchor)
    n = QUARTER_ORD.get(ord_s)
    if plural:
        if n:
            return Norm("SET", f"XXXX-Q{n}", anchor="none")
        return None
    if qword == "period" and ord_s not in ("latest", "year-earlier", "year-ago", "same",
                                           "comparable", "prior-year", "year-before",
                                           "most recent", "first", "second", "third", "fourth"):
        return None
    if n:
        if qword == "period":
            return None
        if year is None:
            if dct is None:
                return Norm("DATE", f"XXXX-Q{n}", anchor="unresolved")
            year = dct.year
            cy, cq = C.quarter_of(dct)
            tense = ctx.tense(m.start(), m.end())
            if tense == "past" and n > cq:
                year -= 1
            anchor = "dct"
        return Norm("DATE", C.quarter_value(year, n), anchor=anchor)
    # relative quarters
    ref = ctx.ref_quarter()
    if ref is None:
        return Norm("DATE", "XXXX-QX", anchor="unresolved")
    if ord_s in ("latest", "last", "past", "previous", "most recent", "final"):
        if dct is not None:  # the last completed quarter
            y, q = C.shift_quarter(*C.quarter_of(dct), -1)
        else:
            y, q = ref
        return Norm("DATE", C.quarter_value(y, q), anchor="dct")
    if ord_s in ("current", "this"):
        if dct is None:
            return None
        return Norm("DATE", C.quarter_value(*C.quarter_of(dct)), anchor="dct")
    if ord_s in ("next", "coming"):
        if dct is None:
            return None
        return Norm("DATE", C.quarter_value(*C.shift_quarter(*C.quarter_of(dct), 1)), anchor="dct")
    if ord_s in ("year-earlier", "year-ago", "prior-year", "year-before", "comparable"):
        y, q = ref
        return Norm("DATE", C.quarter_value(y - 1, q), anchor="relative")
    if ord_s == "same":
        y, q = ref
        if year is not None:
            return Norm("DATE", C.quarter_value(year, q), anchor=anchor or "relative")
        return Norm("DATE", C.quarter_value(y - 1, q), anchor="relative")
    if ord_s == "fiscal":
        return Norm("DATE", C.quarter_value(*ref), anchor="relative")
    return None


def h_the_quarter(m: re.Match, ctx: Context) -> Norm | None:
    ref = ctx.ref_quarter()
    if ref is None:
        return Norm("DATE", "XXXX-QX", anchor="unresolved")
    det = low(g(m, "det"))
    if det == "this" and ctx.dct is not None:
        return Norm("DATE", C.quarter_value(*C.quarter_of(ctx.dct)), anchor="dct")
    return Norm("DATE", C.quarter_value(*ref), anchor="relative")


def h_year_period(m: re.Match, ctx: Context) -> Norm | None:
    y = parse_year(m.group("year"))
    ref = ctx.ref_quarter()
    if y is None:
        return None
    q = low(m.group("q"))
    if q == "quarter" or (q == "period" and ctx.last_period and ctx.last_period[0] == "quarter"):
        if ref is not None:
            return Norm("DATE", C.quarter_value(y, ref[1]), anchor="relative")
    return Norm("DATE", f"{y:04d}", anchor="absolute")


def h_cmp_period(m: re.Match, ctx: Context) -> Norm | None:
    """"the corresponding period last year", "last year's quarter": the report's period,
    a year back."""
    if ctx.dct is None:
        return Norm("DATE", "XXXX", anchor="unresolved")
    ref = ctx.ref_quarter()
    q = low(g(m, "q") or g(m, "q2"))
    if ref is not None and (q == "quarter" or (ctx.last_period and ctx.last_period[0] == "quarter")):
        return Norm("DATE", C.quarter_value(ref[0] - 1, ref[1]), anchor="relative")
    return Norm("DATE", f"{ctx.dct.year - 1:04d}", anchor="relative")


def h_year_ago_adj(m: re.Match, ctx: Context) -> Norm | None:
    q = low(g(m, "q"))
    if q in ("nine months", "six months", "three months"):
        n = {"nine months": 9, "six months": 6, "three months": 3}[q]
        return Norm("DURATION", f"P{n}M", anchor="none")
    ref = ctx.ref_quarter()
    span = None if q else m.span("ya")
    if q in ("first half", "second half"):
        y = (ctx.last_year or (ctx.dct.year if ctx.dct else None))
        if y is None:
            return None
        return Norm("DATE", f"{y - 1:04d}-H{1 if q.startswith('first') else 2}", anchor="relative")
    if q in ("year",):
        if ctx.dct is None:
            return None
        return Norm("DATE", f"{(ctx.last_year or ctx.dct.year) - 1:04d}", anchor="relative")
    if not q or q == "period":
        yb = ctx.year_before()
        if yb is not None:
            return Norm("DATE", yb[0], anchor=yb[1], span=span)
    if ref is None:
        return Norm("DATE", "XXXX", anchor="unresolved", span=span)
    if q.endswith("quarter") and q.split()[0] in QUARTER_ORD:
        return Norm("DATE", C.quarter_value(ref[0] - 1, QUARTER_ORD[q.split()[0]]), anchor="relative")
    if q in ("month",) and ctx.last_month:
        y, mo = ctx.last_month
        return Norm("DATE", C.month_value(y - 1, mo), anchor="relative", span=span)
    return Norm("DATE", C.quarter_value(ref[0] - 1, ref[1]), anchor="relative", span=span)


def h_season(m: re.Match, ctx: Context) -> Norm | None:
    season = P.SEASONS[low(m.group("season"))]
    rel_s = low(g(m, "rel"))
    mod = position_mod(g(m, "pos"))
    year_s = g(m, "year")
    if year_s:
        y = parse_year(year_s)
        if y is None:
            return None
        return Norm("DATE", f"{y:04d}-{season}", mod=mod, anchor="absolute")
    if ctx.dct is None:
        return Norm("DATE", undated("season", season=season), mod=mod, anchor="unresolved")
    dct = ctx.dct
    cy, cs = C.season_of(dct)
    order = ["WI", "SP", "SU", "FA"]
    # position of a season of year y on a linear scale (winter y starts in Dec of y)
    def idx(y: int, s: str) -> int:
        return y * 4 + {"SP": 0, "SU": 1, "FA": 2, "WI": 3}[s]
    cur = idx(cy, cs)
    cands = [(y, season) for y in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1)]
    off = rel_offset(rel_s) if rel_s not in ("the", "that", "the same") else None
    tense = ctx.tense(m.start(), m.end())
    if rel_s in ("this past",) or off == -1:
        pick = max((c for c in cands if idx(*c) < cur), key=lambda c: idx(*c))
        anchor = "dct"
    elif off == 1:
        pick = min((c for c in cands if idx(*c) > cur), key=lambda c: idx(*c))
        anchor = "dct"
    elif rel_s == "this":  # "this summer": the one of the DCT's year
        y = dct.year - 1 if (season == "WI" and dct.month <= 2) else dct.year
        pick = (y, season)
        anchor = "dct"
    else:
        if tense == "past":
            pool = [c for c in cands if idx(*c) <= cur]
        elif tense == "future":
            pool = [c for c in cands if idx(*c) >= cur]
        else:
            pool = cands
        pick = min(pool or cands, key=lambda c: (abs(idx(*c) - cur), idx(*c) > cur))
        anchor = "tense"
    del order
    return Norm("DATE", f"{pick[0]:04d}-{pick[1]}", mod=mod, anchor=anchor)


def h_ago(m: re.Match, ctx: Context) -> Norm | None:
    unit = unit_of(m.group("unit"))
    num_s = g(m, "num")
    n = parse_number(num_s) if num_s else None
    direction = low(m.group("dir"))
    mod = quant_mod(g(m, "qmod"))
    if g(m, "orso"):
        mod = "APPROX"
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    if low(g(m, "orso")) == "and a half" and n is not None:
        n += 0.5
    if direction == "later":
        # "three days later": TimeML marks the duration, "later" is a signal
        if n is None and not num_s:
            return None
        return Norm("DURATION", duration_value(n, unit), mod=mod, anchor="none",
                    span=(m.start(), m.start("dir")))
    if n is None:
        return Norm("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", mod=mod, anchor="dct")
    if unit in ("second", "minute", "hour"):
        if ctx.dct is None:
            return Norm("TIME", "XXXX-XX-XXTXX:XX", mod=mod, anchor="unresolved")
        return Norm("DATE", C.day_value(ctx.dct), mod=mod, anchor="dct")
    anchor_on_ref = direction in ("earlier", "later", "before", "after")
    if unit == "year" and n == 1 and sign < 0 and ctx.last_period is not None:
        # financial reports: "a year ago" is the same period of the previous year
        value, anchor = ctx.year_before()
        return Norm("DATE", value, mod=mod, anchor=anchor)
    if unit in ("decade", "century", "millennium") and ctx.dct is not None:
        years = {"decade": 10, "century": 100, "millennium": 1000}[unit] * n
        year = ctx.dct.year + sign * int(years)
        if year < 1:
            return Norm("DATE", "PAST_REF", mod=mod, anchor="dct")  # "31 centuries ago": before the calendar's years
        return Norm("DATE", f"{year:04d}", mod=mod, anchor="dct")
    base = ctx.dct
    anchor = "dct"
    if anchor_on_ref and ctx.last_day is not None and ctx.last_pos >= 0 and \
            m.start() - ctx.last_pos < 300 and unit in ("day", "night", "week"):
        base, anchor = ctx.last_day, "relative"
    if base is None:
        return Norm("DATE", undated_unit(unit), mod=mod, anchor="unresolved")
    if not float(n).is_integer():
        # "two and a half years ago": months
        if unit == "year":
            d = C.shift(base, "month", int(round(sign * n * 12)))
            return Norm("DATE", C.month_value(d.year, d.month), mod=mod, anchor=anchor)
        n = round(n)
    d = C.shift(base, unit, int(sign * n))
    value, _ = C.value_at(d, unit if unit != "night" else "day")
    return Norm("DATE", value, mod=mod, anchor=anchor)


def h_duration(m: re.Match, ctx: Context) -> Norm | None:
    unit = unit_of(m.group("unit"))
    num_s = low(g(m, "num"))
    if unit not in P.UNITS:
        return None
    mod = quant_mod(g(m, "qmod"))
    orso = low(g(m, "orso"))
    if orso in ("or so",):
        mod = "APPROX"
    elif orso in ("or more", "or longer"):
        mod = "EQUAL_OR_MORE"
    elif orso == "or less":
        mod = "EQUAL_OR_LESS"
    if re.search(r"\s(?:to|or|-|and)\s", num_s) or re.search(r"\d\s*-\s*\d", num_s):
        n = None  # a range: "12 to 18 months"
    else:
        n = parse_number(num_s)
        if n is None and num_s and num_s not in P.VAGUE_QUANTITIES and \
                not any(num_s.endswith(v) for v in ("few", "several", "many", "couple")):
            return None
    if orso == "and a half" and n is not None:
        n += 0.5
    det = low(g(m, "det"))
    # "a second" / "a quarter of" are not durations
    if unit == "second" and (num_s in P.ONE_WORDS or re.fullmatch(r"(?:1[5-9]|20)\d\d", num_s)):
        return None  # "a second summit", "the 1988 second quarter
    rest = ctx.text[m.end():m.end() + 4].lower()
    if unit == "quarter" and rest.startswith(" of"):
        return None
    if num_s in P.ONE_WORDS and re.search(r"\b(?:on|one|the same)\s+$", ctx.text[max(0, m.start() - 9):m.start()], re.I) \
            and re.match(r"^\s+(?:when|that|where|in which|on which)\b", ctx.text[m.end():m.end() + 12], re.I):
        return None  # "on a day when ...": a point, not a length
    value = duration_value(n, unit)
    start = m.start()
    qmod_s = low(g(m, "qmod"))
    if qmod_s in _LOOSE_QMODS or (qmod_s == "over" and det == "the"):
        # "about five hours", "within a week", "over the past four months": the
        # quantifier stays outside the expression (TimeML)
        start = m.start("det") if det else (m.start("rel") if g(m, "rel") else m.start("num"))
    joint = ctx.text[m.end("num"):m.start("unit")]
    unit_word = low(m.group("unit"))
    adjectival = "-" in joint or (n is not None and n > 1 and unit_word == unit and
                                  not unit_word.endswith("s") and det in ("a", "an"))
    if det in ("a", "an", "the") and adjectival and not g(m, "period"):
        # "a five-year plan", "a three hour drive": the adjective alone is the expression
        start = m.start("rel") if g(m, "rel") else m.start("num")
    span = (start, m.end()) if start != m.start() else None
    return Norm("DURATION", value, mod=mod, anchor="none", span=span)


_LOOSE_QMODS = frozenset({"about", "around", "roughly", "approximately", "only", "barely",
                          "within", "just", "some", "an estimated", "just over", "just under"})


def h_duration_bare(m: re.Match, ctx: Context) -> Norm | None:
    pre = low(g(m, "pre"))
    rel = low(g(m, "rel"))
    adj = g(m, "adj")
    if not (pre or rel or adj):
        return None
    unit = unit_of(m.group("unit"))
    if unit not in P.UNITS:
        return None
    if rel == "recent" and unit in ("day", "year"):
        return Norm("DATE", "PAST_REF", anchor="none", span=m.span("ext"))
    if rel in ("coming", "the coming") and unit in ("day", "month", "quarter"):
        return Norm("DATE", "FUTURE_REF", anchor="none", span=m.span("ext"))
    return Norm("DURATION", duration_value(None, unit), anchor="none", span=m.span("ext"))


SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
               "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
               "bimonthly": "P2M", "biannually": "P6M", "semiannually": "P6M",
               "semi-annually": "P6M", "quarterly": "P3M", "fortnightly": "P2W"}


def h_set(m: re.Match, ctx: Context) -> Norm | None:
    adv = low(g(m, "adv"))
    if adv:
        return Norm("SET", SET_ADVERBS[adv], anchor="none")
    every = low(g(m, "every"))
    target = g(m, "unit") or ""
    tl = low(target)
    if every in ("a", "an"):
        before = ctx.text[max(0, m.start() - 30):m.start()].lower()
        if not re.search(r"(?:times|twice|once|thrice|\d|percent|%|dollars?|cents?|million|billion|"
                         r"hours?|miles|pounds|euros|yen|points?|tons?|barrels|units|people|"
                         r"visitors|cases|shares|year|month|week|day)\s*$", before):
            return None
    n = parse_number(g(m, "num")) if g(m, "num") else 1
    if low(g(m, "other")) == "other":
        n = 2
    if n is None:
        n = 1
    if tl.rstrip(".") in P.WEEKDAYS:
        return Norm("SET", f"XXXX-WXX-{weekday_number(target)}", anchor="none")
    if tl.rstrip(".") in P.MONTHS:
        return Norm("SET", f"XXXX-{month_number(target):02d}", anchor="none")
    if tl in P.SEASONS:
        return Norm("SET", f"XXXX-{P.SEASONS[tl]}", anchor="none")
    if tl in ("morning", "afternoon", "evening", "night"):
        return Norm("SET", "XXXX-XX-XX" + pod_suffix(tl), anchor="none")
    unit = unit_of(tl)
    if unit not in P.UNITS:
        return None
    return Norm("SET", duration_value(n, unit), anchor="none")


def h_vague(m: re.Match, ctx: Context) -> Norm | None:
    phrase = low(m.group("v"))
    if phrase not in P.VAGUE:
        return None
    typ, value = P.VAGUE[phrase]
    ext = m.span("v")
    return Norm(typ, value, anchor="none", span=ext)


def h_holiday(m: re.Match, ctx: Context) -> Norm | None:
    name = low(m.group("hol"))
    rel = rel_offset(g(m, "rel"))
    year_s = g(m, "year")
    we = g(m, "we")
    wk = g(m, "wk")
    if year_s:
        y = parse_year(year_s)
        anchor = "absolute"
    elif ctx.dct is None:
        return Norm("DATE", "XXXX", anchor="unresolved")
    else:
        dct = ctx.dct
        this_year = C.holiday_date(name, dct.year)
        if this_year is None:
            return None
        tense = ctx.tense(m.start(), m.end())
        if rel == -1:
            y = dct.year if this_year < dct else dct.year - 1
        elif rel == 1:
            y = dct.year if this_year > dct else dct.year + 1
        elif tense == "past":
            y = dct.year if this_year <= dct else dct.year - 1
        elif tense in ("future", "modal"):
            y = dct.year if this_year >= dct else dct.year + 1
        else:
            cands = [C.holiday_date(name, dct.year + k) for k in (-1, 0, 1)]
            best = min((c for c in cands if c), key=lambda c: abs((c - dct).days))
            y = best.year
        anchor = "dct"
    d = C.holiday_date(name, y) if y else None
    if d is None:
        return None
    if we:
        return Norm("DATE", C.week_value(d) + "-WE", anchor=anchor)
    if wk:
        return Norm("DATE", C.week_value(d), anchor=anchor)
    return Norm("DATE", C.day_value(d), anchor=anchor)


def h_the_unit(m: re.Match, ctx: Context) -> Norm | None:
    """"the year" / "the week" / "the month": a period of the report ("for the year ended
    Sept. 30" is a duration) or the current/last-mentioned one."""
    unit = low(m.group("unit"))
    if g(m, "ended"):
        return Norm("DURATION", duration_value(1, unit), anchor="none", span=m.span("unit") and
                    (m.start("det"), m.end("unit")))
    if ctx.dct is None:
        return Norm("DATE", undated_unit(unit), anchor="unresolved")
    if unit == "year":
        y = ctx.last_year if (ctx.last_year and ctx.last_pos >= 0 and m.start() - ctx.last_pos < 400) \
            else ctx.dct.year
        return Norm("DATE", f"{y:04d}", anchor="relative" if y != ctx.dct.year else "dct")
    if unit == "week":
        base = ctx.last_week or ctx.dct
        return Norm("DATE", C.week_value(base), anchor="dct")
    base = Date(*ctx.last_month, 1) if ctx.last_month else ctx.dct
    return Norm("DATE", C.month_value(base.year, base.month), anchor="dct")


def h_weekend(m: re.Match, ctx: Context) -> Norm | None:
    if ctx.dct is None:
        return Norm("DATE", "XXXX-WXX-WE", anchor="unresolved")
    dct = ctx.dct
    tense = ctx.tense(m.start(), m.end())
    wd = dct.isoweekday()
    if wd >= 6:
        base = dct
    elif tense == "future":
        base = dct
    elif tense == "past" or wd <= 2:
        base = dct - dt.timedelta(days=7)
    else:
        base = dct
    return Norm("DATE", C.week_value(base) + "-WE", anchor="tense")


HANDLERS: dict[str, Callable[[re.Match, Context], Norm | None]] = {
    name[2:]: fn for name, fn in list(globals().items()) if name.startswith("h_") and callable(fn)
}
