"""Word lists the timeline stage uses to tell event reports from background and opinion."""

from __future__ import annotations

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
    r"(?:\((?:AP|Reuters|AFP|UPI|CNN|Xinhua|dpa|Bloomberg)\)\s*(?:--|\u2014|\u2013|-)"
    r"|--|\u2014|\u2013)\s+)"
)
