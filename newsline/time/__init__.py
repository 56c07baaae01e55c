"""Time: temporal expressions (TIMEX3) with normalised values, article and sentence dates."""

from newsline.time.model import ArticleDate, SentenceDate, Timex
from newsline.time.recognize import find_timexes

__all__ = ["ArticleDate", "SentenceDate", "Timex", "find_timexes"]
