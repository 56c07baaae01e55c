"""Finding temporal expressions: a table of rules (regular expressions over the text built
from ``newsline.time.patterns``), overlap resolution, filters for ordinary words that
look like dates, then normalisation in text order so anaphora see earlier expressions.

``find_timexes(text, dct=...)`` works on a plain string; the tokens and sentences of the
spaCy stage, when given, add the tense of each clause, part-of-speech filters ("May" the
modal verb, "March" the verb) and sentence indices.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Sequence

from newsline.time import calendar as C
from newsline.time import normalize as N
from newsline.time.model import Timex
from newsline.time.patterns import (
    AMPM, ARTICLE_ONE, DAYNUM, DECADE_WORDS, L, MONTH, NUMBER, NUMBER_WORD,
    ORDINAL_DAY, R, SP, S, TIMEZONE, UNIT, VAGUE_Q, WEEKDAY, YEAR2, YEAR4,
    YEAR_WORDS, alt, ci,
)
from newsline.time import patterns as P

# --- rule fragments ---------------------------------------------------------------------

REL_PRE = ci(r"this\s+past|this\s+coming|last|next|this|coming|past|previous")
POS = ci(
    r"early|earlier|late|later|mid|the\s+(?:very\s+)?(?:end|beginning|start|middle|close|first\s+half|"
    r"second\s+half|first\s+part|latter\s+part|early\s+part|later\s+part|turn)\s+of|"
    r"end\s+of|middle\s+of|beginning\s+of|start\s+of"
)
QMOD = ci(alt(P.QUANT_MODS))
REL_UNIT = ci(
    r"this\s+past|this\s+coming|the\s+coming|the\s+current|the\s+past|the\s+last|the\s+next|"
    r"the\s+previous|the\s+following|the\s+same|the\s+latest|the\s+upcoming|the\s+prior|"
    r"the\s+preceding|the\s+most\s+recent|last|next|this|coming|past|previous|current|"
    r"upcoming|latest|that|that\s+same"
)
_HALF = ci(r"half\s+an?|an?\s+half|a\s+dozen|dozen")
NUMQ = (
    rf"(?:(?:\d+|{NUMBER_WORD})(?:{SP}(?:to|or){SP}|-)(?:\d+|{NUMBER_WORD})|{NUMBER}|{ARTICLE_ONE}|"
    rf"{VAGUE_Q}|{_HALF})"
)
CLOCK = (
    rf"(?:(?P<h>(?:[01]?\d|2[0-4]))(?:[:.](?P<mi>[0-5]\d))?{S}(?P<ampm>{AMPM})"
    rf"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:]|\.\d)(?:{S}(?P<ampm2>{AMPM}))?"
    rf"|(?P<h3>1[0-2]|[1-9]|{ci('one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve')}){SP}o'clock"
    rf"|(?P<noon>{ci('noon|midnight|midday')}))"
)
HOLIDAY_NAMES = "|".join(
    sorted(
        {" ".join(w[0].upper() + w[1:] for w in k.split(" ")).replace("'S", "'s")
         for k in P.HOLIDAYS if not k.startswith("the ")},
        key=len, reverse=True,
    )
).replace(".", r"\.").replace("'", "['’]")
WEEKDAY_PLURAL = rf"(?:{'|'.join(w + 's' for w in P.FULL_WEEKDAYS)})(?![a-z])"


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern
    priority: int  # lower wins among matches of equal length
    # words one of which every match contains (lower case; "#year", "#digit", "#decade"
    # for numbers): the rule runs only in windows around them, for speed
    anchors: frozenset[str] | None = None


def _rule(name: str, pattern: str, priority: int = 5) -> Rule:
    words = ANCHORS.get(name)
    return Rule(name, re.compile(pattern), priority, frozenset(words) if words else None)


_UNITS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night",
          "nights", "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month",
          "months", "quarter", "quarters", "year", "years", "decade", "decades", "century",
          "centuries", "millennium", "millennia", "millenniums", "yr", "yrs", "min", "mins",
          "hr", "hrs", "sec", "secs"}
_PODS = {"morning", "afternoon", "evening", "night", "noon", "midnight", "midday"}
_MONTHS = set(P.MONTHS) | {"sept"}
_WEEKDAYS = set(P.WEEKDAYS)
_SEASONS = set(P.SEASONS)
ANCHORS: dict[str, set[str]] = {
    "duration": _UNITS,
    "duration_bare": _UNITS,
    "ago": {"ago", "earlier", "later", "now", "hence", "back"},
    "vague": {w for k in P.VAGUE for w in re.findall(r"[a-z]+", k)} - {"the", "at", "a", "as", "in"},
    "quarter": {"quarter", "quarters", "half", "halves", "period"},
    "the_quarter": {"quarter"},
    "century": {"century"},
    "decade": {"#decade", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
               "eighties", "nineties"},
    "year": {"#year"},
    "year_words": {"nineteen", "eighteen", "seventeen", "twenty", "thousand"},
    "pod": _PODS,
    "season": _SEASONS,
    "set": _UNITS | _PODS | _MONTHS | _WEEKDAYS | _SEASONS | {
        "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly",
        "bimonthly", "fortnightly"},
    "relunit": _UNITS,
    "pos_unit": _UNITS | {"midyear", "midmonth", "midweek"},
    "the_unit": _UNITS,
    "anaphoric": _UNITS | _PODS,
    "weekend": {"weekend"},
    "cmp_period": {"period", "quarter"},
    "year_period": {"#year"},
    "year_ago_adj": {"year"},
    "day_before": {"day", "week"},
    "date_md": _MONTHS,
    "date_dm": _MONTHS,
    "month": _MONTHS,
    "weekday": _WEEKDAYS,
    "weekday_plural": {w + "s" for w in _WEEKDAYS} | _WEEKDAYS,
    "relday": {"today", "yesterday", "tomorrow", "tonight"},
    "time": {"#digit", "noon", "midnight", "midday"},
    "date_iso": {"#year"},
    "date_slash": {"#digit"},
    "holiday": {"christmas", "year", "day", "eve", "thanksgiving", "easter", "halloween",
                "pentecost"} | _WEEKDAYS,
}
WINDOW_LEFT = 90  # characters a match may reach before its anchor
WINDOW_RIGHT = 120  # and after it (room for trailing lookaheads too)
_WORD = re.compile(r"[A-Za-z]+|\d+")
_WINDOW_END = re.compile(r"\n|[.!?;](?=\s)")


def _anchor_index(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each lower-cased word (and number class) occurs: one pass over the text."""
    idx: dict[str, list[tuple[int, int]]] = {}
    for m in _WORD.finditer(text):
        w = m.group()
        span = m.span()
        if w[0].isdigit():
            idx.setdefault("#digit", []).append(span)
            if len(w) == 4 and (w.startswith(("15", "16", "17", "18", "19", "20"))):
                idx.setdefault("#year", []).append(span)
            if w.endswith("0") and text[span[1]:span[1] + 1] in ("s", "'"):
                idx.setdefault("#decade", []).append(span)
        else:
            idx.setdefault(w.lower(), []).append(span)
    return idx


# a four-digit number followed by a time zone or "local time" is a clock time ("1815 GMT",
# "1653 local time"), not a year, after a date too ("19 JANUARY, 1815 GMT")
NOT_CLOCK = rf"(?!\s*(?:{ci('local time|hours|hrs|GMT|UTC')}|{TIMEZONE})\b)"


RULES: tuple[Rule, ...] = (
    _rule("time",
          rf"{L}(?:(?P<approx>{ci('about|around|approximately|roughly')}){SP})?{CLOCK}"
          rf"(?:{SP}{ci('in')}{SP}{ci('the')}{SP}(?P<pod2>{ci('morning|afternoon|evening')}))?"
          rf"(?:{S}\(?(?P<tz>{TIMEZONE})\)?)?"
          rf"(?:,?{SP}(?:(?P<wd>{WEEKDAY})|(?P<rd>{ci('today|yesterday|tomorrow|tonight')})"
          rf"|(?P<month>{MONTH}){SP}(?P<day>{DAYNUM})(?:,?{SP}(?P<year>{YEAR4}{NOT_CLOCK}))?))?{R}", 2),
    _rule("date_md",
          rf"{L}(?:(?P<rel>{REL_PRE}){SP})?(?:(?P<wd>{WEEKDAY}),?{SP})?(?P<month>{MONTH}){SP}"
          rf"(?P<day>{DAYNUM}|{ORDINAL_DAY})(?!{S}(?:%|percent|-\d|:\d))"
          rf"(?:,?{SP}(?P<year>{YEAR4}{NOT_CLOCK}|{YEAR_WORDS}))?{R}", 1),
    _rule("date_dm",
          rf"{L}(?:(?P<wd>{WEEKDAY}),?{SP})?(?:(?P<the>{ci('the')}){SP})?"
          rf"(?P<day>{DAYNUM}|{ORDINAL_DAY})(?:{SP}{ci('of')})?{SP}(?P<month>{MONTH})"
          rf"(?:,?{SP}(?P<year>{YEAR4}{NOT_CLOCK}))?{R}", 1),
    _rule("date_iso",
          rf"{L}(?P<y>{YEAR4})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
          rf"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::\d\d)?)?(?![\d\-])", 1),
    _rule("date_slash",
          rf"{L}(?P<a>[01]?\d|[12]\d|3[01])/(?P<b>[0-3]?\d)/(?P<y>\d{{4}}|\d\d)(?![\d/])", 3),
    _rule("month",
          rf"{L}(?:(?P<pos>{POS})(?:{SP}|-))?(?:(?P<rel>{REL_PRE}){SP})?(?P<month>{MONTH})"
          rf"(?:(?:,?{SP}(?:{ci('of')}{SP})?|{SP}{ci('in')}{SP})(?:(?P<year>{YEAR4}{NOT_CLOCK}|{YEAR2}|{YEAR_WORDS})"
          rf"|(?P<yrel>{ci('this|last|next|that|the same|the following|the previous')}){SP}{ci('year')}))?{R}", 4),
    _rule("weekday",
          rf"{L}(?:(?P<pos>{ci('early|earlier|late|later')}){SP})?"
          rf"(?:(?P<rel>{REL_PRE}|{ci('the following|the previous|the preceding|that|the same')}){SP})?"
          rf"(?P<wd>{WEEKDAY})(?:{SP}(?P<pod>{ci('morning|afternoon|evening|night')}))?{R}", 4),
    _rule("weekday_plural",
          rf"{L}(?P<wd>{WEEKDAY_PLURAL}|(?:{P._names(P.FULL_WEEKDAYS)})(?={SP}{ci('nights|mornings|evenings|afternoons')}))"
          rf"(?:{SP}(?P<pod>{ci('nights|mornings|evenings|afternoons')}))?{R}", 4),
    _rule("relday",
          rf"{L}(?:(?P<pos>{ci('early|earlier|late|later|mid-afternoon|mid-morning|mid afternoon|mid morning')}){SP})?"
          rf"(?P<rd>{ci('the day before yesterday|the day after tomorrow|today|yesterday|tomorrow|tonight')})"
          rf"(?:{SP}(?P<pod>{ci('morning|afternoon|evening|night')}))?{R}", 3),
    _rule("pod",
          rf"{L}(?:(?P<pos>{ci('early|earlier|late|later')}){SP}(?:{ci('in')}{SP})?)?"
          rf"(?P<rel>{ci('this|last|that|the same|the next|the following|the previous|the preceding|mid')})(?:{SP}|-)"
          rf"(?P<pod>{ci('morning|afternoon|evening|night')}){R}", 5),
    _rule("year",
          rf"{L}(?:(?P<pos>{POS})(?:{SP}|-))?"
          rf"(?:(?P<fy>{ci('fiscal year|financial year|calendar year|model year|school year|the fiscal year|the year|fiscal|calendar|financial')}){SP})?"
          rf"(?P<year>{YEAR4})(?:[-/](?P<year2>\d\d)(?![\d\-]))?"
          rf"(?P<after>{SP}{ci('or later|and beyond|or earlier|onwards|onward')})?{NOT_CLOCK}"
          rf"(?!{S}(?:%|{ci('percent|per cent')}\b)|[\-.,]\d|\s*(?:-|\s)?{ci('mile|foot|feet|meters?|metres?|yards?|pounds?|tons?|acres?|km|kg|cc|hp|people|shares|members|troops|soldiers|employees|workers|votes|points|cars|units|jobs|homes|dollars|barrels')}\b)"
          rf"{R}", 6),
    _rule("year_words",
          rf"{L}(?:(?P<the>{ci('the year')}){SP})?(?P<yw>{YEAR_WORDS}){R}", 7),
    _rule("decade",
          rf"{L}(?:(?P<the>{ci('the')}){SP})?(?:(?P<pos>{ci('early|mid|late')})(?:{SP}|-))?"
          rf"(?P<dec>(?:1[5-9]|20)\d0'?s|'\d0s|\d0s|{DECADE_WORDS}){R}", 5),
    _rule("century",
          rf"{L}(?:{ci('the')}{SP})?(?:(?P<pos>{ci('early|mid|late')})(?:{SP}|-))?"
          rf"(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_DAY}){SP}{ci('century')}{R}", 5),
    _rule("relunit",
          rf"{L}(?:(?P<pos>{POS}){SP})?(?P<rel>{REL_UNIT}){SP}"
          rf"(?:(?P<fiscal>{ci('fiscal|financial|calendar')}){SP})?"
          rf"(?P<unit>{ci('weekend|week|month|quarter|year|decade|century|half')}){R}(?!-)", 4),
    _rule("pos_unit",
          rf"{L}(?:(?P<pos>{POS}){SP}(?:{ci('in')}{SP})?{ci('the')}{SP}(?P<unit>{ci('year|month|week|decade|century|quarter')})"
          rf"|(?P<unit2>{ci('year|month|week|quarter')})[\s\-]?(?P<pos2>{ci('end|start')})"
          rf"|(?P<unit3>{ci('year|month|week')})['’]s{SP}(?P<pos3>{ci('end|start|beginning')})"
          rf"|(?P<mid>{ci('mid-?year|mid-?month|mid-?week')})){R}", 4),
    _rule("quarter",
          rf"{L}(?:(?P<det>{ci('the|its|this|that|a')}){SP}"
          rf"|(?P<yposs>{ci('this|last|next')}{SP}{ci('year')})['’]s{SP}"
          rf"|(?P<yposs_y>{YEAR4})['’]s{SP}|{ci('fiscal')}{SP}(?P<yposs_fy>{YEAR4})['’]s{SP}"
          rf"|(?P<det2>{ci('the')}){SP}(?P<year_pre>{YEAR4}){SP})?"
          rf"(?:(?P<fiscal>{ci('fiscal|calendar')})[\s\-]+)?"
          rf"(?P<ord>{ci('first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|past|previous|next|same|year-earlier|year-ago|comparable|prior-year|year-before|coming|most recent|fiscal')})"
          rf"(?:[ \t]+|-)(?:(?P<fiscal2>{ci('fiscal')})[\s\-]+)?(?P<q>{ci('quarters|quarter|halves|half|period')})"
          rf"(?:{SP}(?:{ci('of|in')}){SP}(?:(?P<yfisc>{ci('fiscal')}){SP})?(?:(?P<year>{YEAR4})"
          rf"|(?P<yrel>{ci('this|last|next|the previous|the same|that')}){SP}{ci('year')}"
          rf"|(?P<ythe>{ci('the year')})))?{R}(?!-|{SP}{ci('of')}\b)", 3),
    _rule("the_quarter",
          rf"{L}(?P<det>{ci('the|this|that')}){SP}(?P<q>{ci('quarter')}){R}"
          rf"(?!{SP}{ci('of|century|mile|miles|point|points|million|billion|trillion|inch|pound|percent|cent|final|finals')}\b|-)", 6),
    _rule("year_period",
          rf"{L}{ci('the')}{SP}(?P<year>{YEAR4}){SP}(?P<q>{ci('period|quarter|fiscal year|year')}){R}", 3),
    _rule("cmp_period",
          rf"{L}(?:(?:(?P<det>{ci('the')}){SP})?(?:(?P<adj>{ci('corresponding|comparable|same|year-ago|year-earlier')}){SP})?"
          rf"(?P<q>{ci('period|quarter')}){SP}(?:{ci('of')}{SP})?(?P<rel>{ci('last year|a year ago|a year earlier|the previous year|the prior year|a year before')})"
          rf"|(?P<rel2>{ci('last year|the previous year|the prior year')})['’]s{SP}(?P<q2>{ci('quarter|period')})){R}", 2),
    _rule("year_ago_adj",
          rf"{L}(?:(?P<det>{ci('the')}){SP})?(?P<ya>{ci('year-earlier|year-ago|year earlier|prior-year|year-before|year-previous')})"
          rf"(?:{SP}(?P<q>{ci('quarter|period|nine months|six months|three months|first half|second half|first quarter|second quarter|third quarter|fourth quarter|month|year')}))?{R}", 3),
    _rule("season",
          rf"{L}(?:(?P<pos>{POS})(?:{SP}|-))?"
          rf"(?:(?P<rel>{ci('this past|this coming|the coming|the past|last|next|this|coming|past|the|that|the same|the following|the previous')}){SP})?"
          rf"(?P<season>{ci('spring|summer|fall|autumn|winter')})"
          rf"(?:{SP}(?:{ci('of')}{SP})?(?P<year>{YEAR4}{NOT_CLOCK}|{YEAR_WORDS}))?{R}", 5),
    _rule("ago",
          rf"{L}(?:(?P<qmod>{QMOD}){SP})?(?:(?P<num>{NUMBER}|{ARTICLE_ONE}|{VAGUE_Q})[\s\-]+)?"
          rf"(?P<unit>{UNIT})(?:{SP}(?P<orso>{ci('or so|and a half')}))?{SP}"
          rf"(?P<dir>{ci('ago|earlier|later|from now|hence|back')}){R}", 3),
    _rule("duration",
          rf"{L}(?:(?P<qmod>{QMOD}){SP})?"
          rf"(?:(?P<det>{ci('the|an?|another|each of the|all|the entire|the whole|the full|the first|the last|the past|the next')}){SP})?"
          rf"(?:(?P<rel>{ci('past|last|next|first|coming|previous|final|following|latest|remaining|initial|additional|further|entire|whole|full|same|preceding|prior|ensuing|subsequent|succeeding')}){SP})?"
          rf"(?P<num>{NUMQ})(?:[ \t]+|-)"
          rf"(?:(?P<more>{ci('more|additional|further|straight|consecutive|full|long|whole|trading|business|working|calendar|fiscal|school|extra|successive|separate|short|long|solid|previous')})(?:[ \t]+|-))?"
          rf"(?P<unit>{UNIT})(?P<adj>-(?:long|old|plus))?"
          rf"(?:{SP}(?P<orso>{ci('or so|or more|or longer|and a half|or less')}))?"
          rf"(?:{SP}(?P<period>{ci('period|span|stretch|term')}))?{R}", 5),
    _rule("duration_bare",
          rf"{L}(?:(?P<pre>{ci('for|over|in|within|after|took|takes|lasted|spent|many|of')}){SP})?"
          rf"(?P<ext>(?:(?P<rel>{ci('the past|the last|the next|the coming|recent|coming|past')}){SP})?"
          rf"(?P<unit>{ci('years|months|weeks|days|hours|decades|centuries|minutes|quarters')})(?P<adj>-long)?){R}"
          rf"(?!{SP}{ci('ago|earlier|later|old')}\b)", 7),
    _rule("set",
          rf"{L}(?:(?P<every>{ci('every|each|per|an?')}){SP}(?:(?P<other>{ci('other|single')}){SP})?"
          rf"(?:(?P<num>{NUMBER}){SP})?"
          rf"(?P<unit>{UNIT}|{WEEKDAY}|{MONTH}|{ci('spring|summer|fall|autumn|winter|morning|afternoon|evening|night')})"
          rf"|(?P<adv>{ci('daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly|fortnightly')}))"
          rf"{R}(?!-)", 2),
    _rule("vague",
          rf"{L}(?:(?P<pre>{ci('in|at|for|into|of|until|from|by')}){SP})?(?P<v>{ci(alt(k for k in P.VAGUE))}){R}", 6),
    _rule("holiday",
          rf"{L}(?:(?P<rel>{ci('last|this|next|this past|this coming')}){SP})?(?P<hol>{HOLIDAY_NAMES})(?![a-z])"
          rf"(?:(?P<we>{SP}{ci('weekend')})|(?P<wk>{SP}{ci('week')}))?"
          rf"(?:,?{SP}(?:{ci('of')}{SP})?(?P<year>{YEAR4}{NOT_CLOCK}))?{R}", 2),  # "Labor Day of 1936"
    _rule("the_unit",
          rf"{L}(?P<det>{ci('the')}){SP}(?:(?P<adj>{ci('full|fiscal|financial|calendar|entire|whole')}){SP})?(?P<unit>{ci('year|week|month')})"
          rf"(?P<ended>{SP}{ci('ended|ending|that ended|which ended|to date|through')})?{R}"
          rf"(?![\-]|{SP}{ci('before|after|earlier|ago|later|in which|when')}\b)", 7),
    _rule("weekend",
          rf"{L}(?P<det>{ci('the|this|that')}){SP}{ci('weekend')}{R}", 6),
    _rule("anaphoric",
          rf"{L}(?:(?P<pos>{ci('early|earlier|late|later')}){SP}(?:(?:{ci('in|on|that')}){SP})?)?"
          rf"(?P<rel>{ci('that same|that|the same|the next|the following|the previous|the preceding|the prior|the very same')}){SP}"
          rf"(?P<unit>{ci('day|morning|afternoon|evening|night|week|weekend|month|year')}){R}(?!-)", 5),
    _rule("day_before",
          rf"{L}(?:{ci('the')}){SP}(?P<unit>{ci('day|week')}){SP}(?P<dir>{ci('before|after|earlier')})"
          rf"(?=\s*[,.;)])", 6),
)
RULES_BY_NAME = {r.name: r for r in RULES}

# Words that may precede a month or weekday name without making it part of a name.
_FUNCTION_BEFORE_NAME = frozenset({
    "on", "by", "since", "until", "till", "last", "next", "this", "that", "early", "late",
    "and", "or", "of", "in", "from", "through", "to", "before", "after", "during", "each",
    "every", "said", "says", "the", "a", "mid", "between", "for", "at", "as", "than", "but",
    "also", "earlier", "later", "until", "till", "around", "about", "past", "coming", "then",
    "but", "only", "again", "nor", "yet", "so", "when", "while", "since", "late", "early",
    "announced", "reported", "told", "with", "into", "over", "within", "starting", "beginning",
    "ending", "effective", "dated", "dateline",
})
_NAME_CONTEXT_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "NORP",
                                  "LAW", "GPE", "LOC"})
_TEMPORAL_WORDS = frozenset(
    list(P.MONTHS) + list(P.WEEKDAYS) + ["today", "yesterday", "tomorrow", "tonight", "noon",
                                         "midnight", "morning", "evening", "night", "afternoon"]
)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    rule: Rule
    match: re.Match


def _windows(rule: Rule, text: str, index: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Merged text windows around the anchor words of a rule."""
    spans = sorted(sp for w in rule.anchors if w in index for sp in index[w])
    n = len(text)
    out: list[list[int]] = []
    for a, b in spans:
        s = max(0, a - WINDOW_LEFT)
        if out and b + WINDOW_RIGHT <= out[-1][1]:
            continue
        # end the window at a sentence end, so no lookahead sees a cut word
        e = min(n, b + WINDOW_RIGHT)
        stop = _WINDOW_END.search(text, e, min(n, e + 300))
        e = stop.end() if stop else min(n, e + 300)
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _matches(rule: Rule, text: str, index: dict[str, list[tuple[int, int]]]):
    if rule.anchors is None:
        yield from rule.regex.finditer(text)
        return
    for s, e in _windows(rule, text, index):
        yield from rule.regex.finditer(text, s, e)


def _scan(text: str) -> list[_Cand]:
    cands = []
    index = _anchor_index(text)
    for rule in RULES:
        for m in _matches(rule, text, index):
            s, e = m.span()
            # strip whitespace the pattern may have eaten at the edges
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                cands.append(_Cand(s, e, rule, m))
    return cands


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates: longest first, then rule priority, then leftmost."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.rule.priority, c.start))
    taken: list[tuple[int, int]] = []
    chosen: list[_Cand] = []
    for c in cands:
        i = bisect.bisect_left(taken, (c.start, -1))
        clash = False
        for j in (i - 1, i):
            if 0 <= j < len(taken):
                s, e = taken[j]
                if s < c.end and c.start < e:
                    clash = True
                    break
        if not clash:
            bisect.insort(taken, (c.start, c.end))
            chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


class _Tokens:
    """Character-offset access to tokens and entities (all optional)."""

    def __init__(self, tokens: Sequence | None, entities: Sequence | None):
        self.tokens = tuple(tokens or ())
        self.starts = [t.start for t in self.tokens]
        self.entities = tuple(entities or ())
        self.ent_starts = [e.start for e in self.entities]

    def at(self, start: int, end: int) -> list:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].start < end:
            out.append(self.tokens[i])
            i += 1
        return out

    def entity_over(self, start: int, end: int):
        i = bisect.bisect_right(self.ent_starts, start) - 1
        for j in (i, i + 1):
            if 0 <= j < len(self.entities):
                e = self.entities[j]
                if e.start <= start and end <= e.end and (e.start, e.end) != (start, end):
                    return e
        return None


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.\-]*)[ \t]*$")
_WORD_AFTER = re.compile(r"^[ \t]*([A-Za-z][\w'’\-]*)")


def _is_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"“:;(—–-`'‘"


def _name_like(text: str, c: _Cand, tok: _Tokens) -> bool:
    """Is a bare month/weekday name part of a proper name or an ordinary word?"""
    word = text[c.start:c.end]
    first = word.split()[0].rstrip(".,")
    lw = first.lower().rstrip(".")
    # part-of-speech evidence
    if tok.tokens:
        ts = tok.at(c.start, c.end)
        if ts:
            t0 = ts[0]
            if lw in ("may", "march") and (t0.tag == "MD" or t0.pos in ("VERB", "AUX")):
                return True
            if lw == "may" and t0.tag == "MD":
                return True
        ent = tok.entity_over(c.start, c.end)
        if ent is not None and ent.label in _NAME_CONTEXT_LABELS:
            return True
    # lexical evidence
    before = text[max(0, c.start - 40):c.start]
    wb = _WORD_BEFORE.search(before)
    after = text[c.end:c.end + 40]
    wa = _WORD_AFTER.search(after)
    prev = wb.group(1) if wb else ""
    nxt = wa.group(1) if wa else ""
    if lw in P.WEEKDAYS:
        if prev.lower() in P.WEEKDAY_NAME_PREFIXES and prev[:1].isupper():
            return True
        if nxt and nxt[:1].isupper() and nxt.lower() in P.WEEKDAY_NAME_SUFFIXES:
            return True
    if lw == "may" and not tok.tokens:
        # "May" the modal: followed by a lower-case verb-like word
        if nxt and nxt[:1].islower() and nxt.lower() not in _FUNCTION_BEFORE_NAME and \
                nxt.lower() not in ("is", "was", "has", "had", "will", "saw", "brought"):
            return True
    if lw == "march" and prev.lower() not in _FUNCTION_BEFORE_NAME and nxt and \
            nxt[:1].islower() and nxt.lower() in (
            "on", "through", "into", "to", "toward", "towards", "past", "in", "with", "against",
            "across", "down", "up", "along", "from", "for"):
        # "March on Washington", "march through" -- a verb or the noun, unless a date follows
        if not re.match(r"^[ \t]*(?:on|in)[ \t]+\d", after):
            return True
    initial = _is_sentence_start(text, c.start - len(wb.group(0))) if wb else True
    if lw in P.MONTHS:
        initial = False  # "Theresa May": a month name is not a sentence adverb
    if lw in P.WEEKDAYS:
        return False  # "The World Court Friday rejected": AP style, not a name
    if re.match(r"^[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]", after):
        return True  # "the March of Dimes
    if prev and prev[:1].isupper() and not initial \
            and prev.lower().rstrip(".") not in _FUNCTION_BEFORE_NAME \
            and prev.lower().rstrip(".") not in _TEMPORAL_WORDS and not prev[:1].isdigit():
        # "Theresa May", "Bloody Sunday": a capitalised word right before
        if not re.search(r"[,.;:]\s*$", before):
            return True
    return False


_TITLE_CASE_RULES = frozenset({"relunit", "relday", "pod", "vague", "the_unit", "time",
                               "duration", "duration_bare", "set", "anaphoric", "weekend"})


# A live page stamps each entry with the clock time: "1358 US President Barack Obama will
# make a statement ...", "... for treatment 1541 President Barack Obama says ...". Three or
# more lines opening with an HHMM number make a text such a page; there, an HHMM number that
# opens a line, or stands before a capitalised word (not after "in", "since", ...), is a
# stamp, not a year.
_STAMP_LINE = re.compile(r"(?m)^[ \t]*((?:[01]\d|2[0-3])[0-5]\d)[ \t]+(?=[A-Z`\"“‘'])")
_STAMP_INLINE = re.compile(r"(?<![\w,.$£€#/-])((?:[01]\d|2[0-3])[0-5]\d)[ \t]+(?=[A-Z])")
_YEAR_LEADS = frozenset(
    "in of since by from until till before after during the early late mid and or to through between "
    "around circa year years summer spring autumn fall winter".split())
LIVE_STAMP_LINES = 3


def live_stamps(text: str) -> set[int]:
    """Start offsets of the clock-time stamps of a live page (empty for other texts)."""
    heads = {m.start(1) for m in _STAMP_LINE.finditer(text)}
    if len(heads) < LIVE_STAMP_LINES:
        return set()
    for m in _STAMP_INLINE.finditer(text):
        before = text[max(0, m.start(1) - 20):m.start(1)].split()
        if not before or before[-1].lower() not in _YEAR_LEADS:
            heads.add(m.start(1))
    return heads


# Words a title in capitals has and a name does not ("Do They Know It's Christmas").
_TITLE_FUNCTION_WORDS = frozenset(
    "a an do does did it's it’s is was be i you he she we they before after my your our".split()
)


def _keep(text: str, c: _Cand, tok: _Tokens) -> bool:
    """Filters that need context beyond the match."""
    name = c.rule.name
    m = c.match
    if name in _TITLE_CASE_RULES and not text[c.start].isalpha() and not _is_sentence_start(text, c.start):
        words = [w for w in re.split(r"[\s\-]+", text[c.start:c.end]) if w[:1].isalpha()]
        if words and all(w[0].isupper() for w in words):
            return False  # "60 Minutes": a title
    if name in _TITLE_CASE_RULES and text[c.start].isupper() and not text[c.start:c.end].isupper():
        # "ABC's \"This Week\"", "High Noon": capitalised mid-sentence, a title
        before = text[max(0, c.start - 3):c.start]
        after = text[c.end:c.end + 3]
        quoted_title = before.endswith(("\"", "“", "``")) and (
            after[:1] in ("\"", "”", "'") or after[:2] in (",\"", ",”", ",'"))
        if not _is_sentence_start(text, c.start) or quoted_title:
            words = [w for w in re.split(r"[\s\-]+", text[c.start:c.end]) if w[:1].isalpha()]
            if all(w[0].isupper() for w in words) or not _is_sentence_start(text, c.start):
                return False
    if name == "duration":
        if (m.group("adj") or "").lower() == "-old" or \
                re.match(r"^[ \t]*(?:-[ \t]*)?old\b", text[c.end:c.end + 8], re.I):
            return False  # an age, not a duration
    if name in ("month", "weekday"):
        bare = not any(m.group(k) for k in ("pos", "rel", "year", "yrel", "pod")
                       if k in m.re.groupindex)
        if bare and _name_like(text, c, tok):
            return False
        if name == "month" and bare:
            word = text[c.start:c.end]
            if word.lower() in ("may", "march") and tok.tokens:
                ts = tok.at(c.start, c.end)
                if ts and (ts[0].tag == "MD" or ts[0].pos == "VERB"):
                    return False
            # an abbreviation alone ("Mar", "Jun", "Sept") is too ambiguous
            if not word.endswith(".") and word.lower() in ("mar", "jun", "jul", "jan", "apr", "sep",
                                                          "sept", "oct", "nov", "dec", "aug", "feb"):
                return False
    if name == "date_dm" and m.group("day").isalpha() and not m.group("the"):
        return False
    if name == "holiday" and not m.group("rel") and not m.group("year"):
        # the end of a title in capitals: "the recording of Do They Know It's Christmas"
        # ("Bush Spends Quiet Christmas at Camp David", a headline, has no small word before)
        words = re.findall(r"[A-Za-z'’]+|[.!?;:\"“”\n]", text[max(0, c.start - 80):c.start])
        run = 0
        while run < len(words) and words[-1 - run][:1].isupper():
            run += 1
        if run >= 3 and run < len(words) and words[-1 - run][:1].islower() \
                and any(w.lower() in _TITLE_FUNCTION_WORDS for w in words[len(words) - run:]):
            return False  # (not "... met President Barack Obama Christmas morning": no name has "It's")
    if name == "season" and m.group("season")[0].isupper() and not m.group("season").isupper() \
            and not _is_sentence_start(text, m.start("season")):
        return False  # "the Winter Olympics", "the Arab Spring": seasons are lower case
    if name == "season" and not (m.group("rel") or m.group("year") or m.group("pos")):
        before = text[max(0, c.start - 20):c.start].lower()
        if not re.search(r"\b(?:in|during|since|until|by|through|over|this|last|next|early|late|until)\s+$", before):
            return False
        if text[c.start:c.end].lower() in ("fall", "spring"):
            return False
    if name == "season" and (m.group("rel") or "").lower() == "the" and not m.group("year"):
        after = text[c.end:c.end + 4].lower()
        if after.startswith(" of") or text[c.start:c.end].lower().endswith(("fall", "spring")) \
                and not re.search(r"\b(?:in|during|since|until|by|through|over)\s+$",
                                  text[max(0, c.start - 12):c.start].lower()):
            return False
    if name == "year":
        before = text[max(0, c.start - 12):c.start]
        # a number's label ("No. 1995", "Flight 2012", "$1999") or digits ("3,2004"), not
        # a sentence's end or a list's comma ("... a coup. 2004 brought", "1995, 2004")
        if re.search(r"(?:(?:No\.|#|\$|£|€|Flight|flight|Route|route|Boeing|Airbus|Room|room|"
                     r"Suite|suite|Highway|highway|page|p\.|Resolution|resolution|Channel|channel|"
                     r"\()[ \t]*|\d[,.])$", before) and not m.group("fy") and not m.group("pos"):
            return False
        if tok.tokens and not m.group("fy") and not m.group("pos"):
            ts = tok.at(m.start("year"), m.end("year"))
            if ts:
                t0 = ts[0]
                attributive = re.search(r"\b(?:the|its|his|her|their|our)\s+$",
                                        text[max(0, c.start - 8):c.start], re.I)
                if t0.dep == "nummod" and 0 <= t0.head < len(tok.tokens) and not attributive:
                    head = tok.tokens[t0.head]
                    if head.tag in ("NNS", "NNPS") and head.lemma.lower() not in (
                            "year", "season", "election", "olympic", "game", "level", "figure",
                            "result", "price", "earning", "sale"):
                        return False
    if name == "vague":
        v = m.group("v").lower()
        if v in ("now",):
            after = text[c.end:c.end + 12].lower()
            if re.match(r"^\s+that\b", after) and False:
                return False
        if v in ("earlier", "shortly", "eventually", "presently"):
            # only as a sentence adverb ("Earlier, ...", "... earlier.")
            after = text[m.end("v"):m.end("v") + 2]
            if v == "earlier":
                if not (re.match(r"^[,.;]", after) or _is_sentence_start(text, m.start("v"))):
                    return False
        if v in ("the present",):
            after = text[m.end("v"):m.end("v") + 10].lower()
            if re.match(r"^\s+(?:day|time|case|system|study|situation)", after):
                return False
        if v in ("at the time", "at that time", "at the same time", "at this time",
                 "at present", "at the moment", "at this moment", "at this point"):
            pass
    return True


def _sentence_of(sentences: Sequence, starts: list[int], pos: int) -> int:
    if not sentences:
        return -1
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return 0
    return sentences[i].i if hasattr(sentences[i], "i") else i


def _trim_extent(text: str, rule: str, s: int, e: int, m: re.Match) -> tuple[int, int]:
    """TimeML extent conventions: no leading preposition, no sentence-final period of
    an abbreviation ("at 10 p.m." -> "10 p.m" at the end of a sentence is kept whole)."""
    seg = text[s:e]
    lead = re.match(r"^(?:in|at|for|into|of|until|from|by)\s+", seg, re.I)
    if lead and rule in ("vague",):
        s += lead.end()
    # "p.m." / "a.m." at the end of a sentence: the period closes the sentence too
    if rule == "time" and text[e - 1:e] == "." and re.search(r"[ap]\.\s?m\.$", text[s:e], re.I):
        after = text[e:e + 3]
        if after == "" or re.match(r"^\s*(?:\n|$)|^\s+[A-Z\"“]", after):
            e -= 1
    return s, e


def find_timexes(
    text: str,
    *,
    dct: str | None,
    tokens: Sequence | None = None,
    sentences: Sequence | None = None,
    entities: Sequence | None = None,
) -> list[Timex]:
    """Every temporal expression in ``text`` with its TIMEX3 value, in text order.

    ``dct`` is the reference date ("2018-12-16", time part ignored) or None: then the
    expressions that need it get underspecified values ("XXXX-WXX-2") and anchor
    "unresolved". ``tokens``/``sentences``/``entities`` are the spaCy layers (optional).
    """
    dct_date = C.parse_dct(dct)
    tok = _Tokens(tokens, entities)
    tense = N.Tense(text, tokens, sentences)
    ctx = N.Context(text=text, dct=dct_date, tense=tense)
    sent_starts = [s.start for s in (sentences or ())]
    out: list[Timex] = []
    # a candidate that its own filter or handler rejects must not block a shorter one
    probe = N.Context(text=text, dct=dct_date, tense=lambda s, e: None)
    stamps = live_stamps(text)
    valid = [c for c in _scan(text)
             if c.rule.name in N.HANDLERS and _keep(text, c, tok)
             and not (c.rule.name == "year" and c.start in stamps)
             and N.HANDLERS[c.rule.name](c.match, probe) is not None]
    for c in _select(valid):
        handler = N.HANDLERS[c.rule.name]
        norm = handler(c.match, ctx)
        if norm is None:
            continue
        s, e = norm.span if norm.span else (c.start, c.end)
        s, e = _trim_extent(text, c.rule.name, s, e, c.match)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        value = norm.value
        gran = C.granularity_of(value) if norm.type in ("DATE", "TIME") else "none"
        direction = C.direction_of(value, dct_date) if norm.type in ("DATE", "TIME") else "none"
        if norm.type == "DURATION":
            lowtext = text[s:e].lower()
            if re.search(r"\b(?:past|last|previous|recent|preceding)\b", lowtext):
                direction = "past"
            elif re.search(r"\b(?:next|coming|following|upcoming)\b", lowtext):
                direction = "future"
        if norm.type in ("DATE", "TIME") and norm.anchor != "unresolved":
            ctx.remember(value, s, norm.anchor, norm.report_period)
        elif norm.type == "DURATION" and value in ("P9M", "P6M", "P1Y") and \
                re.search(r"\b(?:first|nine|six|the year|fiscal)\b", text[s:e], re.I):
            ctx.note_year_to_date()
        out.append(
            Timex(
                start=s,
                end=e,
                text=text[s:e],
                type=norm.type,
                value=value,
                granularity=gran,
                direction=direction,
                anchor=norm.anchor,
                sent=_sentence_of(sentences or (), sent_starts, s),
                mod=norm.mod,
                rule=c.rule.name,
            )
        )
    return out
