"""Event mentions: each sentence with the date of what it reports, its actors, verb and kind.

Dates come from the time stage: the ``sentence_dates`` layer when it is there (the date
of what the sentence reports, or the article date flagged as a fallback), else the
sentence's own ``timexes``, else the article's publication date. The main verb is the
parse root, or, under a reporting verb ("officials said Pyongyang backed out"), the verb
of its clausal complement. The kind (report, background, opinion, other) is read from
tense, modality and a few markers (``newsline.timeline.lexicon``); where the text does
not allow a decision the sentence is "other", never dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Iterable, Sequence

from newsline.model import ArticleDoc, Sentence, Token
from newsline.timeline import lexicon
from newsline.timeline.items import EventMention, parse_value

log = logging.getLogger(__name__)

CALENDAR_GRANULARITIES = ("day", "month", "year")
# A sentence dated this many days before its article's publication is background.
BACKGROUND_DAYS = 14


def article_date(doc: ArticleDoc) -> str | None:
    """The article's date: the dating stage's estimate when present, else the metadata."""
    item = doc.get("article_date", None)
    if isinstance(item, (tuple, list)):
        item = item[0] if item else None
    value = getattr(item, "value", None) if item is not None else None
    if value:
        return value
    pub = doc.article.meta.published
    return pub[:10] if pub else None


def _calendar(value: str | None) -> str | None:
    """A calendar value cut to day/month/year ("2018-02-09T10:00" -> "2018-02-09")."""
    parsed = parse_value(value)
    if parsed is None:
        return None
    first, gran = parsed
    if gran == "day":
        return first.isoformat()
    if gran == "month":
        return first.isoformat()[:7]
    return str(first.year)


def _by_sentence(items: Iterable[Any], sentences: Sequence[Sentence]) -> dict[int, list[Any]]:
    """Group span items by sentence index (their ``sent`` field, else by offset)."""
    out: dict[int, list[Any]] = {}
    starts = [s.start for s in sentences]
    import bisect

    for item in items:
        si = getattr(item, "sent", -1)
        if si is None or si < 0:
            k = bisect.bisect_right(starts, getattr(item, "start", 0)) - 1
            si = k if k >= 0 else 0
        out.setdefault(si, []).append(item)
    return out


def _main_verb(tokens: Sequence[Token], first: int, last: int) -> Token | None:
    """The content verb of a sentence: the root, or a reporting root's complement verb."""
    root = None
    for t in tokens[first:last]:
        if t.dep == "ROOT":
            root = t
            break
    if root is None:
        return None
    if root.lemma.lower() in lexicon.REPORTING_VERBS:
        for t in tokens[first:last]:
            if t.head == root.i and t.i != root.i and t.dep in ("ccomp", "parataxis") and t.pos in ("VERB", "AUX"):
                return t
    return root


def _kind(tokens: Sequence[Token], first: int, last: int, verb: Token | None, text: str,
          date_first: dt.date | None, published: dt.date | None) -> str:
    words = [t.lemma.lower() for t in tokens[first:last]]
    if text.rstrip().endswith("?"):
        return "opinion"
    if verb is None:
        return "other"
    deps = [t for t in tokens[first:last] if t.head == verb.i and t.i != verb.i]
    aux = [t.lemma.lower() for t in deps if t.dep in ("aux", "auxpass")]
    if any(a in lexicon.MODALS or a == "will" for a in aux) and verb.lemma.lower() not in lexicon.REPORTING_VERBS:
        return "opinion"
    root = next((t for t in tokens[first:last] if t.dep == "ROOT"), verb)
    if root.lemma.lower() in lexicon.OPINION_VERBS or verb.lemma.lower() in lexicon.OPINION_VERBS:
        return "opinion"
    past_perfect = "have" in aux and any("Tense=Past" in t.morph for t in deps if t.lemma == "have")
    if (
        past_perfect
        or any(w in lexicon.BACKGROUND_MARKERS for w in words)
        or (date_first and published and (published - date_first).days > BACKGROUND_DAYS)
    ):
        return "background"
    if verb.lemma.lower() in lexicon.STATE_VERBS and not aux:
        return "other"
    if verb.tag in ("VBD", "VBN") or "have" in aux or "Tense=Past" in verb.morph:
        return "report"
    return "other"


def _actors(doc: ArticleDoc, sent: Sentence, mentions: list[Any], entities: list[Any]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    if mentions:
        for m in mentions:
            aid = getattr(m, "actor_id", None) or getattr(m, "actor", None)
            if aid:
                seen.setdefault(str(aid), None)
    else:
        for e in entities:
            if e.label in lexicon.ACTOR_LABELS:
                seen.setdefault(e.text, None)
    return tuple(seen)


def event_mentions(doc: ArticleDoc) -> tuple[EventMention, ...]:
    """An event mention for every sentence of an analysed document (see the module doc)."""
    sentences = doc.sentences
    tokens = doc.tokens
    text = doc.text
    pub_value = article_date(doc)
    pub_parsed = parse_value(pub_value)
    published = pub_parsed[0] if pub_parsed and pub_parsed[1] == "day" else None
    timexes = _by_sentence(
        (t for t in doc.get("timexes", ()) if getattr(t, "type", "DATE") in ("DATE", "TIME")), sentences
    )
    sdates = {getattr(s, "sent", -1): s for s in doc.get("sentence_dates", ())}
    actor_layer = _by_sentence(doc.get("actor_mentions", ()), sentences) if doc.has("actor_mentions") else {}
    entities = _by_sentence(doc.entities, sentences)
    out = []
    for sent in sentences:
        own = sorted(timexes.get(sent.i, ()), key=lambda t: t.start)
        values = []
        for t in own:
            v = _calendar(getattr(t, "value", None))
            if v and v not in values:
                values.append(v)
        date, gran, source, tx = None, "none", "none", (None, None)
        sd = sdates.get(sent.i)
        if sd is not None and getattr(sd, "value", None):
            v = _calendar(sd.value)
            if v:
                date = v
                gran = parse_value(v)[1]
                from_timex = getattr(sd, "from_timex", getattr(sd, "source", "") == "timex")
                source = "timex" if from_timex else "article"
                tx = (getattr(sd, "timex_start", None), getattr(sd, "timex_end", None))
        if date is None and own:
            # the most specific calendar expression of the sentence
            best = None
            for t in own:
                v = _calendar(getattr(t, "value", None))
                if v is None:
                    continue
                rank = CALENDAR_GRANULARITIES.index(parse_value(v)[1])
                if best is None or rank < best[0]:
                    best = (rank, v, t)
            if best is not None:
                date, gran, source, tx = best[1], parse_value(best[1])[1], "timex", (best[2].start, best[2].end)
        if date is None and pub_value:
            date = _calendar(pub_value)
            if date:
                gran, source = parse_value(date)[1], "article"
        verb = _main_verb(tokens, sent.token_start, sent.token_end)
        dparsed = parse_value(date) if source == "timex" else None
        kind = _kind(
            tokens, sent.token_start, sent.token_end, verb, text[sent.start : sent.end],
            dparsed[0] if dparsed else None, published,
        )
        out.append(
            EventMention(
                sent=sent.i,
                start=sent.start,
                end=sent.end,
                date=date,
                granularity=gran,
                date_source=source,
                dates=tuple(values),
                verb=verb.lemma.lower() if verb is not None else None,
                verb_start=verb.start if verb is not None else None,
                verb_end=verb.end if verb is not None else None,
                actors=_actors(doc, sent, actor_layer.get(sent.i, []), entities.get(sent.i, [])),
                kind=kind,
                timex_start=tx[0],
                timex_end=tx[1],
            )
        )
    return tuple(out)


def add_events(doc: ArticleDoc) -> ArticleDoc:
    return doc.with_layers(events=event_mentions(doc))
