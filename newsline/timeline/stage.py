"""The timeline corpus stage and the library function behind ``newsline timeline``."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from typing import Any, Iterable, Sequence

from newsline.errors import NewslineError
from newsline.model import Corpus, item_to_json
from newsline.pipeline import Stage
from newsline.timeline.events import add_events
from newsline.timeline.items import Timeline, TimelineEntry
from newsline.timeline.select import DEFAULT_OPTIONS, SelectOptions, build_timeline_from_units, collect_units, _focus_terms

log = logging.getLogger(__name__)


def _as_date(value: str | dt.date | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise NewslineError("E060", name=name, value=value) from exc


def build_timeline(
    corpus: Corpus,
    *,
    dates: int | None = None,
    per_date: int = 2,
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
    focus: str | Sequence[str] | None = None,
    coarse: bool = True,
    options: SelectOptions = DEFAULT_OPTIONS,
) -> Timeline:
    """The timeline of a corpus: the ``dates`` most important dates (default: up to
    ``options.max_dates``) within ``start``..``end``, ``per_date`` sentences each, favouring
    sentences about the ``focus`` (query words or actor names; when None, the story's own
    actors, ``story_focus``). Month- and year-level events appear as such when ``coarse``.
    Documents need sentences and tokens; event mentions are computed for documents without
    an ``events`` layer."""
    if per_date < 1:
        raise NewslineError("E060", name="per_date", value=per_date)
    if dates is not None and dates < 1:
        raise NewslineError("E060", name="dates", value=dates)
    first, last = _as_date(start, "start"), _as_date(end, "end")
    terms = _focus_terms(focus) if focus is not None else story_focus(corpus)
    units = collect_units(corpus, focus=terms)
    return build_timeline_from_units(
        units, dates=dates, per_date=per_date, start=first, end=last, focus=terms,
        coarse=coarse, options=options,
    )


# A pile this large may hold articles of other stories (a wire's feed of the day), and an
# actor named by at least this share of its articles is what the story is about.
STORY_MIN_ARTICLES = 10
STORY_ACTOR_SHARE = 0.5
STORY_TOP_SHARE = 0.8  # ... and in nearly as many as the most widely named actor


def story_focus(corpus: Corpus) -> tuple[str, ...]:
    """The story's own actors as focus terms, for a pile asked for no focus: each person,
    organisation or country named in at least half of its articles (ten or more) and in at
    least 0.8 times as many as the most widely named one (not an outlet that publishes the
    pile), by its name and the names it goes by ("Syria", "Syrian", "Damascus"; no lower-case alias such
    as "government", nor one of under three letters that would match a word). Sentences of
    articles about something else (a wire's reports of another country the same day) then
    weigh less, and a day only they name is no date of the story. Empty for a smaller pile
    or one no actor spans."""
    n = len(corpus.docs)
    if n < STORY_MIN_ARTICLES:
        return ()
    # the outlets that publish the pile are named in it as sources, not as its subject
    press = {(d.article.meta.source or "").lower() for d in corpus.docs} | {
        (d.article.meta.publisher or "").lower() for d in corpus.docs}
    actors = [a for a in corpus.get("actors", ())
              if a.named and a.type in ("person", "organisation", "country") and a.name.lower() not in press]
    top = max((len(a.articles) for a in actors), default=0)
    terms: list[str] = []
    for a in actors:
        if len(a.articles) < max(STORY_ACTOR_SHARE * n, STORY_TOP_SHARE * top):
            continue
        for form in [a.name] + [alias for alias, _ in a.aliases]:
            if len(form) >= 3 and _a_name(form):
                terms.append(" ".join(form.split()).lower())
    return tuple(dict.fromkeys(terms))


_NAME_PARTICLES = frozenset("of the and al bin ibn de del la le van von der du da".split())
# Words a sentence's first place capitalises that name no one in particular.
_GENERIC = frozenset("government administration regime state country president minister".split())


def _a_name(form: str) -> bool:
    """A name as written ("Bashar al-Assad", "United States of America"), not a description
    an actor goes by ("Syrian government", "Assad's regime", "Government")."""
    words = form.replace("’", "'").split()
    if len(words) == 1 and words[0].lower() in _GENERIC:
        return False
    return all((w[:1].isupper() or w.lower() in _NAME_PARTICLES or w.lower().startswith("al-")) and "'" not in w
               for w in words)


def _run(corpus: Corpus, *, dates: int | None, per_date: int, options: SelectOptions) -> Corpus:
    # every run recomputes the events: a stored layer may be stale (the article re-analysed,
    # or its estimated date moved with the articles added since)
    docs = tuple(add_events(d) for d in corpus.docs)
    corpus = corpus.with_docs(docs)
    tl = build_timeline(corpus, dates=dates, per_date=per_date, options=options)
    return corpus.with_layers(timeline=tl.entries)


def timeline_stage(
    *, dates: int | None = None, per_date: int = 2, options: SelectOptions = DEFAULT_OPTIONS
) -> Stage:
    """Corpus stage: doc layer ``events`` and corpus layer ``timeline`` (TimelineEntry)."""
    return Stage.corpus(
        "timeline",
        functools.partial(_run, dates=dates, per_date=per_date, options=options),
        requires={"sentences", "tokens", "timexes", "sentence_dates"},
        provides={"events", "timeline"},
    )


def entry_json(entry: TimelineEntry) -> dict[str, Any]:
    return item_to_json(entry)


def story_section(corpus: Corpus) -> list[dict[str, Any]]:
    """The timeline section of ``story.json``: entries with their cited sentences."""
    entries: Iterable[TimelineEntry] = corpus.get("timeline", ())
    return [entry_json(e) for e in entries]
