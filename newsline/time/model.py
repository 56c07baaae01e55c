"""The time layers: temporal expressions, the article's date and each sentence's date."""

from __future__ import annotations

from dataclasses import dataclass

from newsline.model import register_layer

# TIMEX3 mods of an expression that only approximates its date ("roughly 10 days ago",
# "more than a month ago"): no calendar date to place an event or a statement at.
APPROXIMATE_MODS = frozenset({"APPROX", "MORE_THAN", "LESS_THAN"})

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 temporal expression found in the text and its normalised value.

    ``value`` is a TIMEX3 value ("2018-12-11", "2018-W50", "P10Y", "PAST_REF",
    "XXXX-WXX-2" when it could not be anchored). ``anchor`` says what the value rests on:
    "absolute" (the text gives it all), "dct" (the publication date), "tense" (the
    publication date and the tense of the clause), "relative" (an earlier expression),
    "none" (durations, sets, vague references), "unresolved" (needed a date we lack),
    "estimated" (a month the text names, its year from the article's estimated date) or
    "coarsened" (resolved against an estimated article date and cut to its precision).
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    granularity: str  # century|decade|year|half|quarter|season|month|week|day|time|none
    direction: str  # past | present | future | none (relative to the publication date)
    anchor: str
    sent: int = -1  # sentence index, -1 when sentences were not given
    mod: str | None = None  # TIMEX3 mod: START, END, MID, APPROX, MORE_THAN, ...
    rule: str = ""  # the rule that found it


@dataclass(frozen=True, slots=True)
class ArticleDate:
    """When an article was published: from its metadata, or estimated from the text.

    ``value`` is None when the article stays undated (the estimate fell below the
    confidence floor); ``note`` then says so. ``evidence`` lists what the estimate
    rests on, most weighty first.
    """

    value: str | None  # "2018-05-08", "2018-05", "2018" or None
    granularity: str  # day | week | month | year | none
    confidence: float  # 0..1; 1.0 for a metadata date
    source: str  # "metadata" | "estimate" | "none"
    evidence: tuple[str, ...] = ()
    note: str = ""

    @property
    def dated(self) -> bool:
        return self.value is not None


@dataclass(frozen=True, slots=True)
class SentenceDate:
    """The date of what a sentence reports: its own temporal expression, else the article
    date (``from_timex`` False), else nothing (``value`` None)."""

    sent: int
    start: int
    end: int
    value: str | None
    granularity: str
    from_timex: bool
    source: str  # "timex" | "article" | "none"
    timex_start: int | None = None  # the expression the date comes from
    timex_end: int | None = None


register_layer("timexes", Timex)
register_layer("article_date", ArticleDate)
register_layer("sentence_dates", SentenceDate)
