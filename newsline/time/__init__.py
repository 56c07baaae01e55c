"""Time: temporal expressions (TIMEX3) with normalised values, article and sentence dates.

``find_timexes(text, dct=...)`` works on a plain string; ``time_stage()`` and
``dating_stage()`` are the pipeline stages (layers ``timexes``, ``article_date``,
``sentence_dates``).
"""

from newsline.time.dating import date_corpus, estimate_date, sentence_dates
from newsline.time.model import ArticleDate, SentenceDate, Timex
from newsline.time.recognize import find_timexes
from newsline.time.stage import dating_stage, format_times, story_section, tag_times, time_stage

__all__ = [
    "ArticleDate",
    "SentenceDate",
    "Timex",
    "date_corpus",
    "dating_stage",
    "estimate_date",
    "find_timexes",
    "format_times",
    "sentence_dates",
    "story_section",
    "tag_times",
    "time_stage",
]
