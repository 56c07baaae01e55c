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
import re
from typing import Any, Sequence

from newsline.ingest.patterns import WIRE_AGENCY
from newsline.model import ArticleDoc, Sentence, Token
from newsline.time.model import APPROXIMATE_MODS
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


def _main_verb(tokens: Sequence[Token], first: int, last: int) -> Token | None:
    """The content verb of a sentence: the root, or a reporting root's complement verb."""
    root = _local_root(tokens, first, last)
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
    root = _local_root(tokens, first, last) or verb
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


def _actors(mentions: list[Any], entities: list[Any]) -> tuple[str, ...]:
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


_DATELINE = re.compile(lexicon.DATELINE_PATTERN)
_TIMESTAMP = re.compile(lexicon.TIMESTAMP_PATTERN)
_COMMENT = re.compile(lexicon.COMMENT_PATTERN, re.M)
_CREDIT = re.compile(lexicon.CREDIT_PATTERN)
# After a timestamp: a dateline with a place not in capitals ("ROBERT, Louisiana (Reuters) -").
_AGENCY = re.compile(r"^[^()\n]{0,60}?" + WIRE_AGENCY + r"\s*(?:--|\u2014|\u2013|-)\s*")
# A dateline closing a piece ("... NEW ORLEANS (AP) --", "DAMASCUS, March 21 (Reuters) -"):
# the report begins after it, so what precedes is header (a headline or a teaser).
_AGENCY_END = re.compile(
    r"\s*(?:[A-Z][A-Z.'\-]+(?:[ ,]+[A-Z][A-Z.'\-]+){0,4})?(?:,\s*[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?){0,2})?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*" + WIRE_AGENCY + r"\s*(?:--|\u2014|\u2013|-)\s*$"
)
# A timestamp this far into a piece still belongs to its header.
HEADER_CHARS = 400
# A chronology entry's date on its own ("April 22 -"): the parser ends a sentence at the
# dash, but the entry is the date and what follows it.
_DATE_LEAD = re.compile(lexicon.CHRONOLOGY_DATE_PATTERN + r"$")
JOIN_GAP = 2  # characters (a space or a line break) between pieces that belong together
# A header of this many words before the timestamp is a headline (with its standfirst): a
# piece of its own, often the shortest account of the day's news.
HEADLINE_WORDS = 5
_LINE = re.compile(r"[^\n]+")
# A graphic's label or a heading in capitals run into the sentence after it: four or more
# words in capitals, then a capitalised word in lower case
_CAPS_LABEL = re.compile(r"(?:[A-Z][A-Z'\u2019\-]*\s+){4,}(?=[A-Z][a-z])")


def segments(doc: ArticleDoc) -> list[tuple[Sentence, int, int]]:
    """(sentence, start, end) for every line piece of every sentence, header and dateline
    stripped, up to the reader comments.

    A line break always ends a sentence in news text (headlines, captions and datelines
    have no final stop), so a parser sentence that runs over one is cut there. Where a
    piece holds a publication timestamp near its start, what precedes it is header: a
    headline (with its standfirst) becomes a piece of its own, a byline, dateline or photo
    credit is dropped with the timestamp, and a piece that is all header is left out. A
    photo credit opening a piece is dropped too."""
    text = doc.text
    out = []
    for sent in doc.sentences:
        for m in _LINE.finditer(text, sent.start, sent.end):
            a, b = m.start(), m.end()
            if _COMMENT.search(text, a, b):
                return out
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            ts = _TIMESTAMP.search(text, a, min(b, a + HEADER_CHARS))
            if ts:
                head = text[a : ts.start()].rstrip(" ,;|-\u2013\u2014:")
                if len(head.split()) >= HEADLINE_WORDS and "|" not in head:
                    out.append((sent, a, a + len(head)))
                a = ts.end()
                while a < b and (text[a].isspace() or text[a] in "|-\u2013\u2014:"):
                    a += 1
            credit = _CREDIT.match(text, a, b)
            if credit and credit.end() < b:
                a = credit.end()
            label = _CAPS_LABEL.match(text, a, b)
            if label and sum(c.isalpha() for c in label.group(0)) >= 12:
                a = label.end()  # "NEW CAP FOR LEAKING OIL WELL In June, BP placed ..."
            d = _DATELINE.match(text[a:b]) or (_AGENCY.match(text[a:b]) if ts else None)
            if d and d.end() < b - a:
                a += d.end()
            elif d and ts:
                a = b  # nothing but header
            end = _AGENCY_END.search(text, a, b) if text[b - 1 : b] in ("-", "\u2013", "\u2014") else None
            if end:
                # keep a headline before the dateline as a piece of its own, drop the rest
                b = a + len(text[a : end.start()].rstrip(" ,;|-\u2013\u2014:."))
                if len(text[a:b].split()) < HEADLINE_WORDS:
                    b = a
            if a < b:
                out.append((sent, a, b))
    return _join_broken(text, _split_run_in_entries(text, out))


_RUN_IN_ENTRY = re.compile(lexicon.CHRONOLOGY_RUN_IN_PATTERN)
# Words a date of the sentence itself follows.
_DATE_PREPOSITIONS = frozenset("on by until till since from of before after in to at".split())


def _split_run_in_entries(text: str, pieces: list[tuple[Sentence, int, int]]) -> list[tuple[Sentence, int, int]]:
    """A key-events box flattened into one paragraph is one entry a piece: each dated
    heading run into the entry before it ("... within days 29 December: Arab League ...")
    starts a piece of its own (a heading left alone at a piece's end joins the next one)."""
    out = []
    for sent, a, b in pieces:
        for m in _RUN_IN_ENTRY.finditer(text, a, b):
            before = text[a : m.start()].split()
            if before and before[-1].lower() in _DATE_PREPOSITIONS:
                continue  # "He said on 24 January: ..." is one sentence
            if m.start() > a:
                out.append((sent, a, m.start()))
            a = m.end()
        if a < b:
            out.append((sent, a, b))
    return out


# A piece that opens with a word in small letters goes on the piece before it: the splitter
# broke a sentence there ('... Patrick J. Leahy (D-Vt.)' | 'said yesterday at a hearing
# ...'). "iPhone" or "eBay" open sentences of their own.
_LOWER_LEAD = re.compile(r"[a-z]{2,}\b")


def _join_broken(text: str, pieces: list[tuple[Sentence, int, int]]) -> list[tuple[Sentence, int, int]]:
    """Pieces the parser or a hard line wrap broke apart, joined again: a chronology date
    standing alone ("April 22 -") with the entry after it, a piece that stops inside an
    open parenthesis ("BP's (BP." then "L) (BP." then "N) Gulf of Mexico ...", a ticker
    broken at its dot) with the pieces that close it, and a piece opening in small letters
    with the piece before it."""
    out: list[tuple[Sentence, int, int]] = []
    for sent, a, b in pieces:
        if out:
            psent, pa, pb = out[-1]
            if 0 <= a - pb <= JOIN_GAP:
                prev = text[pa:pb]
                if _DATE_LEAD.match(prev) or (prev.count("(") > prev.count(")") and ")" in text[a:b]) \
                        or _LOWER_LEAD.match(text[a:b]):
                    out[-1] = (psent, pa, b)
                    continue
        out.append((sent, a, b))
    return out


def _piece_tokens(tokens: Sequence[Token], sent: Sentence, a: int, b: int) -> tuple[int, int]:
    first = sent.token_start
    while first < sent.token_end and tokens[first].end <= a:
        first += 1
    last = first
    while last < len(tokens) and tokens[last].start < b:  # a joined piece runs on
        last += 1
    return first, last


def _local_root(tokens: Sequence[Token], first: int, last: int) -> Token | None:
    """The root of a token range: the parse root when inside, else the first token whose
    head lies outside the range (preferring verbs)."""
    best = None
    for t in tokens[first:last]:
        if t.dep == "ROOT":
            return t
        if not (first <= t.head < last) and (best is None or (t.pos in ("VERB", "AUX") and best.pos not in ("VERB", "AUX"))):
            best = t
    return best


def _elsewhen(t: Any, article: tuple[dt.date, str] | None) -> bool:
    """A coarsened expression two or more of the article date's units away from it ("over
    the Easter weekend", March, in an article dated only to May): the piece tells of another
    time than the article's, though not precisely which. An adjacent unit says nothing (the
    estimate's edge: "Saturday" before a May estimate's first day is April)."""
    if article is None or article[1] not in ("month", "year"):
        return False
    parsed = parse_value(getattr(t, "value", None))
    if parsed is None:
        return False
    first, ref = parsed[0], article[0]
    if article[1] == "year":
        return abs(first.year - ref.year) >= 2
    return abs((first.year - ref.year) * 12 + first.month - ref.month) >= 2


def event_mentions(doc: ArticleDoc) -> tuple[EventMention, ...]:
    """An event mention for every sentence (line piece) of an analysed document."""
    tokens = doc.tokens
    text = doc.text
    pub_value = article_date(doc)
    pub_parsed = parse_value(pub_value)
    published = pub_parsed[0] if pub_parsed and pub_parsed[1] == "day" else None
    all_timexes = [t for t in doc.get("timexes", ()) if getattr(t, "type", "DATE") in ("DATE", "TIME")]
    # an approximate expression ("roughly 10 days ago", "more than a month ago") names no
    # calendar date an event could be placed at
    approx = {t.start for t in all_timexes if getattr(t, "mod", None) in APPROXIMATE_MODS}
    # a coarsened expression ("Tuesday" in an article dated only to its month) repeats the
    # article's date: it is no evidence that the piece names that date itself
    timexes = sorted(
        (t for t in all_timexes if getattr(t, "anchor", "") != "coarsened" and t.start not in approx),
        key=lambda t: t.start,
    )
    coarsened = [t for t in all_timexes if getattr(t, "anchor", "") == "coarsened"]
    sdates = {getattr(s, "sent", -1): s for s in doc.get("sentence_dates", ())}
    actor_items = sorted(doc.get("actor_mentions", ()), key=lambda m: m.start)
    entities = doc.entities
    out = []
    for sent, a, b in segments(doc):
        own = [t for t in timexes if a <= t.start < b]
        elsewhen = any(_elsewhen(t, pub_parsed) for t in coarsened if a <= t.start < b)
        values = []
        for t in own:
            v = _calendar(getattr(t, "value", None))
            if v and v not in values:
                values.append(v)
        date, gran, source, tx = None, "none", "none", (None, None)
        sd = sdates.get(sent.i)
        if sd is not None and getattr(sd, "value", None):
            v = _calendar(sd.value)
            from_timex = bool(getattr(sd, "from_timex", getattr(sd, "source", "") == "timex"))
            t_start = getattr(sd, "timex_start", None)
            inside = t_start is not None and a <= t_start < b
            if from_timex and t_start in approx:
                v = None
            if v and not from_timex and elsewhen:
                v = None  # the article's date, but the piece tells of another time
            if v and (inside or not from_timex or not own):
                date = v
                gran = parse_value(v)[1]
                source = "timex" if from_timex and inside else "article"
                tx = (getattr(sd, "timex_start", None), getattr(sd, "timex_end", None)) if inside else (None, None)
                if source == "article" and own:
                    date = None  # the piece's own expressions decide below
        if date is None and own:
            # the most specific calendar expression of the piece
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
        if date is None and pub_value and not elsewhen:
            date = _calendar(pub_value)
            if date:
                gran, source = parse_value(date)[1], "article"
        first, last = _piece_tokens(tokens, sent, a, b)
        verb = _main_verb(tokens, first, last)
        dparsed = parse_value(date) if source == "timex" else None
        kind = _kind(tokens, first, last, verb, text[a:b], dparsed[0] if dparsed else None, published)
        ments = [m for m in actor_items if a <= m.start < b]
        ents = [e for e in entities if a <= e.start < b]
        out.append(
            EventMention(
                sent=sent.i,
                start=a,
                end=b,
                date=date,
                granularity=gran,
                date_source=source,
                dates=tuple(values),
                verb=verb.lemma.lower() if verb is not None else None,
                verb_start=verb.start if verb is not None else None,
                verb_end=verb.end if verb is not None else None,
                actors=_actors(ments, ents),
                kind=kind,
                timex_start=tx[0],
                timex_end=tx[1],
            )
        )
    return tuple(out)


def add_events(doc: ArticleDoc) -> ArticleDoc:
    return doc.with_layers(events=event_mentions(doc))
