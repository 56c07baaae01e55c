"""Lexicons and regular-expression fragments for temporal expressions (data, not code).

Everything the recogniser matches is spelled out here: month and weekday names, number
words, units, seasons, parts of the day, holidays, modifiers and the vague references
(``now``, ``recently``, ``the future``). ``newsline.time.recognize`` assembles the rules
from these fragments; ``newsline.time.normalize`` reads the value tables.

Names (months, weekdays, holidays) are matched case-sensitively as Capitalised or UPPER
words, so "may" and "march" in running text are never dates; the other words are matched
case-insensitively through scoped ``(?i:...)`` groups.
"""

from __future__ import annotations

import re

# --- names ------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
ABBR_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov",
               "Dec")

WEEKDAYS: dict[str, int] = {  # ISO weekday numbers
    "monday": 1, "mon": 1,
    "tuesday": 2, "tue": 2, "tues": 2,
    "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
    "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}
FULL_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ABBR_WEEKDAYS = ("Mon", "Tues", "Tue", "Wed", "Thurs", "Thur", "Thu", "Fri", "Sat", "Sun")

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "T12:00", "noon": "T12:00", "midnight": "T24:00", "mid-afternoon": "AF",
    "mid-morning": "MO", "daybreak": "MO", "dawn": "MO", "dusk": "EV", "nightfall": "EV",
    "lunchtime": "T12:00",
}

# Words that, right before a weekday, make it part of a name ("Bloody Sunday", "Super
# Tuesday"); holidays that contain a weekday are in HOLIDAYS and matched first.
WEEKDAY_NAME_PREFIXES = frozenset({
    "bloody", "black", "super", "cyber", "blue", "manic", "giving", "mad", "red", "white",
    "ash", "maundy", "holy", "shrove", "low", "pentecost", "whit", "fat", "casual",
    "freaky", "throwback", "travel", "small", "business",
})
# Capitalised words after a weekday that make it a name ("the Sunday Times").
WEEKDAY_NAME_SUFFIXES = frozenset({
    "times", "telegraph", "post", "express", "mirror", "herald", "mail", "observer",
    "independent", "tribune", "star", "sport", "people", "world", "business", "review",
    "school", "club", "league", "night", "nights", "football", "service", "services",
    "market", "edition", "magazine", "paper", "show", "program", "programme", "massacre",
    "agreement", "accord", "movement", "group",
})

# --- numbers ----------------------------------------------------------------------------

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS: dict[str, int] = {"hundred": 100, "thousand": 1000}
# Article-like quantities
ONE_WORDS = frozenset({"a", "an", "one", "single"})
VAGUE_QUANTITIES = frozenset({
    "several", "few", "a few", "some", "many", "a number of", "a couple of", "couple of",
    "a couple", "numerous", "dozens of", "hundreds of", "thousands of", "a few more",
    "the next few", "the past few", "the last few", "various", "countless", "multiple",
})
COUPLE = frozenset({"a couple of", "couple of", "a couple", "a pair of"})

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirty-first": 31, "last": -1, "final": -1,
}

# --- units ------------------------------------------------------------------------------

# unit word (singular) -> (TIMEX3 duration letter, is time-of-day unit, granularity)
UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "time"),
    "minute": ("M", True, "time"),
    "hour": ("H", True, "time"),
    "day": ("D", False, "day"),
    "night": ("D", False, "day"),
    "week": ("W", False, "week"),
    "weekend": ("WE", False, "week"),
    "fortnight": ("W", False, "week"),
    "month": ("M", False, "month"),
    "quarter": ("Q", False, "quarter"),
    "year": ("Y", False, "year"),
    "decade": ("E", False, "decade"),
    "century": ("C", False, "century"),
    "millennium": ("L", False, "millennium"),
}
UNIT_PLURALS = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day",
    "nights": "night", "weeks": "week", "weekends": "weekend", "fortnights": "fortnight",
    "months": "month", "quarters": "quarter", "years": "year", "decades": "decade",
    "centuries": "century", "millennia": "millennium", "millenniums": "millennium",
    "yrs": "year", "yr": "year", "mins": "minute", "min": "minute", "hrs": "hour",
    "hr": "hour", "secs": "second", "sec": "second",
}

# --- modifiers --------------------------------------------------------------------------

# position inside a period -> TIMEX3 mod
POSITION_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "beginning": "START", "start": "START",
    "dawn": "START", "mid": "MID", "middle": "MID", "late": "END", "later": "END",
    "end": "END", "close": "END",
}
# quantifiers in front of a duration or a point -> TIMEX3 mod
QUANT_MODS: dict[str, str] = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
    "upwards of": "MORE_THAN", "in excess of": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "shorter than": "LESS_THAN", "almost": "LESS_THAN", "nearly": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "not less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "not more than": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS",
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "an estimated": "APPROX", "or so": "APPROX", "some": "APPROX",
    "just over": "MORE_THAN", "just under": "LESS_THAN", "well over": "MORE_THAN",
    "barely": "LESS_THAN", "a little over": "MORE_THAN", "a little more than": "MORE_THAN",
    "as many as": "EQUAL_OR_LESS", "as much as": "EQUAL_OR_LESS", "only": "EQUAL_OR_LESS",
}

# --- vague references -------------------------------------------------------------------

# phrase (lower case, single spaces) -> (type, value)
VAGUE: dict[str, tuple[str, str]] = {
    "now": ("DATE", "PRESENT_REF"),
    "current": ("DATE", "PRESENT_REF"),
    "right now": ("DATE", "PRESENT_REF"),
    "just now": ("DATE", "PAST_REF"),
    "currently": ("DATE", "PRESENT_REF"),
    "presently": ("DATE", "PRESENT_REF"),
    "at present": ("DATE", "PRESENT_REF"),
    "these days": ("DATE", "PRESENT_REF"),
    "nowadays": ("DATE", "PRESENT_REF"),
    "at the moment": ("DATE", "PRESENT_REF"),
    "at this moment": ("DATE", "PRESENT_REF"),
    "at this time": ("DATE", "PRESENT_REF"),
    "at this point": ("DATE", "PRESENT_REF"),
    "the present": ("DATE", "PRESENT_REF"),
    "the present day": ("DATE", "PRESENT_REF"),
    "present-day": ("DATE", "PRESENT_REF"),
    "recently": ("DATE", "PAST_REF"),
    "more recently": ("DATE", "PAST_REF"),
    "most recently": ("DATE", "PAST_REF"),
    "until recently": ("DATE", "PAST_REF"),
    "lately": ("DATE", "PAST_REF"),
    "the past": ("DATE", "PAST_REF"),
    "in the past": ("DATE", "PAST_REF"),
    "the recent past": ("DATE", "PAST_REF"),
    "the distant past": ("DATE", "PAST_REF"),
    "at the time": ("DATE", "PAST_REF"),
    "at that time": ("DATE", "PAST_REF"),
    "the future": ("DATE", "FUTURE_REF"),
    "the near future": ("DATE", "FUTURE_REF"),
    "the immediate future": ("DATE", "FUTURE_REF"),
    "the near term": ("DATE", "FUTURE_REF"),
    "the short term": ("DATE", "FUTURE_REF"),
    "the medium term": ("DATE", "FUTURE_REF"),
    "the longer term": ("DATE", "FUTURE_REF"),
    "the short run": ("DATE", "FUTURE_REF"),
    "as soon as possible": ("DATE", "FUTURE_REF"),
    "a later date": ("DATE", "FUTURE_REF"),
    "later date": ("DATE", "FUTURE_REF"),
    "recent days": ("DATE", "PAST_REF"),
    "recent years": ("DATE", "PAST_REF"),
    "the coming days": ("DATE", "FUTURE_REF"),
    "coming days": ("DATE", "FUTURE_REF"),
    "the days ahead": ("DATE", "FUTURE_REF"),
    "the coming months": ("DATE", "FUTURE_REF"),
    "coming months": ("DATE", "FUTURE_REF"),
    "coming quarters": ("DATE", "FUTURE_REF"),
    "future quarters": ("DATE", "FUTURE_REF"),
}

# --- holidays ---------------------------------------------------------------------------

# name -> ("fixed", month, day) | ("nth", month, iso weekday, n) (n = -1: last) | ("easter", offset)
HOLIDAYS: dict[str, tuple] = {
    "christmas": ("fixed", 12, 25),
    "christmas day": ("fixed", 12, 25),
    "christmas eve": ("fixed", 12, 24),
    "boxing day": ("fixed", 12, 26),
    "new year's day": ("fixed", 1, 1),
    "new year's eve": ("fixed", 12, 31),
    "new year's": ("fixed", 1, 1),
    "independence day": ("fixed", 7, 4),
    "the fourth of july": ("fixed", 7, 4),
    "valentine's day": ("fixed", 2, 14),
    "halloween": ("fixed", 10, 31),
    "veterans day": ("fixed", 11, 11),
    "veterans' day": ("fixed", 11, 11),
    "armistice day": ("fixed", 11, 11),
    "remembrance day": ("fixed", 11, 11),
    "bastille day": ("fixed", 7, 14),
    "may day": ("fixed", 5, 1),
    "st. patrick's day": ("fixed", 3, 17),
    "thanksgiving": ("nth", 11, 4, 4),
    "thanksgiving day": ("nth", 11, 4, 4),
    "labor day": ("nth", 9, 1, 1),
    "memorial day": ("nth", 5, 1, -1),
    "martin luther king day": ("nth", 1, 1, 3),
    "presidents day": ("nth", 2, 1, 3),
    "presidents' day": ("nth", 2, 1, 3),
    "columbus day": ("nth", 10, 1, 2),
    "mother's day": ("nth", 5, 7, 2),
    "mothering sunday": ("easter", -21),  # the British Mother's Day, three weeks before Easter
    "father's day": ("nth", 6, 7, 3),
    "election day": ("election",),
    "black friday": ("nth_after", 11, 4, 4, 1),
    "cyber monday": ("nth_after", 11, 4, 4, 4),
    "easter": ("easter", 0),
    "easter sunday": ("easter", 0),
    "easter monday": ("easter", 1),
    "good friday": ("easter", -2),
    "palm sunday": ("easter", -7),
    "ash wednesday": ("easter", -46),
    "pentecost": ("easter", 49),
}
HOLIDAY_WEEKENDS = frozenset({"easter weekend", "thanksgiving weekend", "labor day weekend",
                              "memorial day weekend", "christmas weekend"})

# --- regex helpers ----------------------------------------------------------------------


def _names(words) -> str:
    """Capitalised or UPPER forms of names, longest first."""
    forms = set()
    for w in words:
        forms.add(w[0].upper() + w[1:].lower())
        forms.add(w.upper())
    return "|".join(sorted(forms, key=len, reverse=True))


def ci(pattern: str) -> str:
    """A case-insensitive group."""
    return f"(?i:{pattern})"


def alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Word edges: not inside a word, hyphens count as word-internal on the left.
L = r"(?<![\w\-/$£€.])"
L_SOFT = r"(?<![\w$£€])"
R = r"(?![\w])"
R_NOHYPH = r"(?![\w\-])"
WS = r"[ \t]+(?:\n[ \t]*)?|\n[ \t]*"  # one space or line break, not a blank line
S = r"(?:[ \t]*\n?[ \t]*)"  # optional space
SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # required space within a paragraph

MONTH_FULL = _names(FULL_MONTHS)
MONTH_ABBR = _names(ABBR_MONTHS)
# "Sept." / "Sept" / "September"; May needs no period.
MONTH = rf"(?:(?:{MONTH_FULL})(?![a-z])|(?:{MONTH_ABBR})(?:\.|(?![A-Za-z])))"
WEEKDAY_FULL = _names(FULL_WEEKDAYS)
WEEKDAY_ABBR = _names(ABBR_WEEKDAYS)
WEEKDAY = rf"(?:(?:{WEEKDAY_FULL})(?![a-z])|(?:{WEEKDAY_ABBR})\.)"

_UNIT_SING = alt([u for u in UNITS])
_UNIT_PL = alt(UNIT_PLURALS)
UNIT = ci(rf"(?:{_UNIT_PL}|{_UNIT_SING})")
UNIT_SING = ci(rf"(?:{_UNIT_SING})")
UNIT_PLURAL = ci(rf"(?:{_UNIT_PL})")

_NUMW = alt(NUMBER_WORDS)
NUMBER_WORD = ci(
    rf"(?:(?:{_NUMW})(?:[\s\-]+(?:{_NUMW}))?(?:[\s\-]+(?:hundred|thousand)(?:[\s\-]+(?:and[\s\-]+)?(?:{_NUMW})(?:[\s\-]+(?:{_NUMW}))?)?)?)"
)
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
FRACTION = r"(?:[ \-](?:1/2|1/4|3/4|and a half|and one half)|½|¼|¾)"
NUMBER = rf"(?:(?:{DIGITS}|{NUMBER_WORD}){FRACTION}?)"
ARTICLE_ONE = ci(r"(?:an?|one|a single)")
VAGUE_Q = ci(r"(?:a few|a couple of|a couple|couple of|a pair of|several|few|many|some|a number of|numerous|dozens of|hundreds of|a few more)")

ORDINAL_DAY = ci(
    r"(?:thirty-first|thirtieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    r"twentieth|nineteenth|eighteenth|seventeenth|sixteenth|fifteenth|fourteenth|thirteenth|"
    r"twelfth|eleventh|tenth|ninth|eighth|seventh|sixth|fifth|fourth|third|second|first)"
)
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)(?![\d])"
YEAR2 = r"'\d\d(?!\d)"

# "nineteen ninety-six", "two thousand", "two thousand and one"
YEAR_WORDS = ci(
    r"(?:(?:nineteen|eighteen|seventeen|twenty)[\s\-]+(?:hundred[\s\-]+(?:and[\s\-]+)?)?"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:oh|o)[\s\-]+(?:one|two|three|four|five|six|seven|eight|nine))"
    r"|two[\s\-]+thousand(?:[\s\-]+(?:and[\s\-]+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s\-]+(?:one|two|three|four|five|six|seven|eight|nine))?))?)"
)
DECADE_WORDS = ci(r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)")
DECADE_WORD_VALUES = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                      "seventies": 7, "eighties": 8, "nineties": 9}

TIMEZONE = r"(?:E[SD]T|C[SD]T|M[SD]T|P[SD]T|GMT|UTC|BST|CET|CEST|JST|KST|ET|PT|CT|MT|Z)"
AMPM = ci(r"(?:a\.\s?m\.?|p\.\s?m\.?|am|pm)(?![a-z])")

RELATIVE_WORDS = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1, "this": 0,
    "current": 0, "present": 0, "next": 1, "coming": 1, "following": 1, "upcoming": 1,
    "the coming": 1, "this coming": 1, "this past": -1, "the past": -1, "the last": -1,
    "the previous": -1, "the next": 1, "the following": 1, "the current": 0, "the same": 0,
    "same": 0, "the upcoming": 1, "the preceding": -1, "the prior": -1, "that": 0,
    "the latest": -1, "latest": -1, "the most recent": -1, "most recent": -1,
    "the present": 0, "the final": 0, "final": 0,
}

# "said Tuesday", "will meet Monday": verbs that mark future tense without a parse
FUTURE_CUES = re.compile(
    r"\b(?:will|won't|shall|'ll|going to|gonna|is to|are to|plans? to|planning to|planned|"
    r"scheduled|expected to|expects to|due to|set to|intends? to|aims? to|would|is meeting|"
    r"are meeting|upcoming|next)\b",
    re.I,
)
PAST_CUES = re.compile(
    r"\b(?:was|were|had|did|said|told|announced|met|came|went|left|held|reported|"
    r"last|ago|earlier|already|\w+ed)\b",
    re.I,
)
