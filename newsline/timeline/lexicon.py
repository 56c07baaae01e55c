"""Word lists the timeline stage uses to tell event reports from background and opinion."""

from __future__ import annotations

from newsline.ingest.patterns import COMMENT_SIGNATURE_PATTERN, WIRE_AGENCY

# Verbs that introduce what someone said: the event is in their clausal complement.
REPORTING_VERBS = frozenset(
    """say tell announce report state add claim confirm deny warn insist explain note
    declare accuse urge reveal admit write tweet suggest argue allege acknowledge
    disclose indicate predict promise vow pledge threaten""".split()
)

# Verbs and auxiliaries that mark a sentence as opinion, hope or speculation.
OPINION_VERBS = frozenset(
    """think believe hope fear expect want feel seem appear wish doubt suspect guess
    reckon suppose wonder""".split()
)
MODALS = frozenset("should must might could would may ought".split())

# Words that mark a sentence as background: what happened before the news of the day.
BACKGROUND_MARKERS = frozenset(
    """since ago earlier previously formerly once already before last""".split()
)

# Main verbs that describe a state rather than something happening.
STATE_VERBS = frozenset("be have remain seem appear include contain consist".split())

# Entity labels that stand for actors when the actor stage has not run.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})

# A wire-style dateline opening a sentence: "NEW ORLEANS --", "AMMAN | Fri Apr 22, 2011
# 7:12pm EDT AMMAN (Reuters) -", "LONDON (AP) --". Stripped from the cited span.
DATELINE_PATTERN = (
    r"^(?:[A-Z][A-Z.'\-]+(?:[ ,]+[A-Z][A-Z.'\-]+){0,4}\s*"
    r"(?:\|[^|()\n]{0,60}?(?=[A-Z]{3,}|\())?"
    r"(?:[A-Z][A-Z.'\-]*(?:[ ,]+[A-Z][A-Z.'\-]+){0,4}\s*)?"
    r"(?:,\s*[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?){0,2}\s*)?"  # the state: "VENICE, La. (AP) --"
    r"(?:" + WIRE_AGENCY + r"\s*(?:--|\u2014|\u2013|-)"
    r"|--|\u2014|\u2013)\s+)"
)

# A publication timestamp inside the text (a date with a clock time: "Thursday 29 April
# 2010 09.28 BST", "Friday, April 30, 2010; 3:59 PM", "Sat May 8, 2010 5:29 pm EDT"): what
# precedes it on its line is header (headline, standfirst, byline, photo credit).
_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
TIMESTAMP_PATTERN = (
    _WEEKDAY
    + r"(?:\d{1,2}\s+" + _MONTH + r",?\s+(?:\d\d)?\d\d|" + _MONTH + r"\s+\d{1,2},?\s+\d{4})"
    r"\s*(?:[;,|]|-|\u2013|\u2014)?\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?|\s*[AP]M)?"
    r"(?:\s+(?:[A-Z]{2,4}T|GMT|UTC|ET|CET))?\b"
)

# Reader comments below an article: a comment signature ("Posted by: name | date",
# "Report abuse", "At 11:45 pm on 13 Jan 2010, name wrote:"). The text from the first one
# on is not the article's.
COMMENT_PATTERN = COMMENT_SIGNATURE_PATTERN  # the cleaner's, for texts that were not cleaned

# A photo credit opening a piece ("Photograph: Gerald Herbert/AP", "Photograph: Mandel
# Ngan/AFP/Getty Images"): the report follows it.
CREDIT_PATTERN = (
    r"(?:Photograph|Photo|Picture|Illustration)s?\s?:\s*(?:[^\s\\/]+\s){0,3}?[^\s\\/]+"
    r"(?:\\?/[^\s\\/]+(?:\s(?:Images|Features|Pictures|Press))?)+\s+"
)

# A chronology entry's date: "April 28 -", "Sept. 7:", "20 March 2012 —", at a piece's start.
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# ... and one run into the entry before it on the same line, a key-events box flattened into
# one paragraph ("... fanning out to troubled cities within days 29 December: Arab League
# ..."): the date, its colon, and a capital (or nothing) after it, with a word before it.
CHRONOLOGY_RUN_IN_PATTERN = (
    r"(?<=[a-z,;)])\s+(?=(?:" + _MONTH_NAME + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+" + _MONTH_NAME + r")"
    r"(?:,?\s+\d{4})?:(?:\s+[A-Z\"\u201c]|\s*$))"
)
CHRONOLOGY_DATE_PATTERN = (
    r"^\W{0,3}" + _WEEKDAY + r"(?:" + _MONTH_NAME + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+" + _MONTH_NAME + r")"
    r"(?:,?\s+\d{4})?\s*(?:-|:|\u2013|\u2014)"
)
