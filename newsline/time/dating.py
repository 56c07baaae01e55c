"""Dating articles and sentences.

An article's date is its metadata date when it has one. When it has none, it is
estimated from evidence, each piece kept as a line of text:
- a dateline: a full date (day and year) at the very top of the text;
- bounds from the text: an event told in the past tense happened before publication
  ("arrested in October 2015" -> published after it), one told in the future lies after
  it ("the summit on June 12, 2019" -> published before it);
- the publication dates of other articles of the corpus that report the same events
  (TF-IDF similarity of their content words and names), weighted by similarity.
The estimate carries a confidence and a granularity that says how precise it is (a month
when the neighbours agree within weeks, a year when they spread more). Below a confidence
floor the article stays undated, says so, and is never given the ingest date. When an
estimate is kept, the relative expressions of the article ("last week", "Tuesday") are
resolved again against it and no finer than it.

Each sentence is then dated by its own most specific expression, else by the article's
date (flagged), else not at all.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import replace
from typing import Sequence

from newsline.model import ArticleDoc, Corpus
from newsline.time import calendar as C
from newsline.time import normalize as N
from newsline.time import patterns as P
from newsline.time.model import ArticleDate, SentenceDate, Timex
from newsline.time.recognize import find_timexes

Date = dt.date

CONFIDENCE_FLOOR = 0.35
MIN_SIMILARITY = 0.03  # below this an article does not report the same events
STANDOUT_LIFT = 1.4  # a neighbour this many times the average similarity reports the same events
TOP_NEIGHBOURS = 5
GRAN_ORDER = {"time": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "season": 4, "half": 5,
              "year": 6, "decade": 7, "century": 8, "none": 9}

_STOP = frozenset("""
a an the and or but of in on at to for from by with about as into over after before than
that this these those is are was were be been being has have had do does did will would
can could should may might must not no yes it its he she they them his her their our we
you your i me my said says say told also more most other some any all such who whom which
what when where why how there here then now just only very mr mrs ms dr new one two three
year years week weeks month months day days time people state states official officials
""".split())


# --- evidence from the text ---------------------------------------------------------------


_DATELINE_PREFIX = re.compile(
    r"^\s*(?:(?:published|updated|posted|dated|last updated|first published)\b[:\s]*(?:on\s+)?"
    r"|[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+)*(?:,[ \t]*[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*)*)*,[ \t]*"
    r"|[\W_]*)$", re.I)
_DATELINE_SUFFIX = re.compile(r"^\s*(?:$|[(\u2014\u2013\-_:|/,]|\d{1,2}[:.]\d\d)")


def _dateline(doc: ArticleDoc, timexes: Sequence[Timex]) -> tuple[Date, str] | None:
    """A full date (day and year) that opens the text or stands on one of its first
    lines ("December 16, 2018", "WASHINGTON, March 3, 2019 -", "Published May 4, 2018")."""
    text = doc.text
    limit = sum(len(x) + 1 for x in text[:400].split("\n")[:4])
    for t in timexes:
        if t.start >= limit:
            break
        if t.anchor != "absolute" or t.type not in ("DATE", "TIME") or t.granularity not in ("day", "time"):
            continue
        line_start = text.rfind("\n", 0, t.start) + 1
        line_end = text.find("\n", t.end)
        line_end = len(text) if line_end < 0 else line_end
        prefix, suffix = text[line_start:t.start], text[t.end:line_end]
        if _DATELINE_PREFIX.match(prefix) and _DATELINE_SUFFIX.match(suffix):
            span = C.value_range(t.value)
            if span is not None:
                return span.first, f"dateline {t.text!r}"
    return None


def _bounds(doc: ArticleDoc, timexes: Sequence[Timex]) -> tuple[Date | None, Date | None, list[str]]:
    """(not before, not after, evidence) from absolute expressions and their tense."""
    tense = N.Tense(doc.text, doc.tokens, doc.sentences)
    lower: tuple[Date, str] | None = None
    upper: tuple[Date, str] | None = None
    for t in timexes:
        if t.anchor != "absolute" or t.type not in ("DATE", "TIME"):
            continue
        span = C.value_range(t.value)
        if span is None or span.first.year < 1000:
            continue
        tn = tense(t.start, t.end)
        if tn == "future":
            if upper is None or span.last < upper[0]:
                upper = (span.last, f"future event {t.text!r}: published before {span.last}")
        else:
            # told as past or as a fact: the period has at least begun
            if lower is None or span.first > lower[0]:
                lower = (span.first, f"mentions {t.text!r}: published after {span.first}")
    ev = [x[1] for x in (lower, upper) if x is not None]
    if lower and upper and upper[0] < lower[0]:
        upper = None  # contradictory: trust the past
    return (lower[0] if lower else None), (upper[0] if upper else None), ev


# --- evidence from the corpus ----------------------------------------------------------------


def _terms(doc: ArticleDoc) -> Counter:
    """Content words and names of an article (lemmas of nouns/proper nouns, entity texts)."""
    c: Counter = Counter()
    toks = doc.tokens
    if toks:
        for t in toks:
            if t.pos in ("NOUN", "PROPN") and len(t.lemma) > 2:
                w = t.lemma.lower()
                if w not in _STOP and w.isalpha():
                    c[w] += 1
        for e in doc.entities:
            if e.label in ("PERSON", "ORG", "GPE", "NORP", "EVENT", "FAC", "LOC", "LAW"):
                c["ent:" + re.sub(r"\W+", " ", e.text.lower()).strip()] += 2
    else:
        for w in re.findall(r"[A-Za-z][a-z]{3,}", doc.text):
            w = w.lower()
            if w not in _STOP:
                c[w] += 1
    return c


def _tfidf(term_counts: list[Counter]) -> list[dict[str, float]]:
    n = len(term_counts)
    df: Counter = Counter()
    for c in term_counts:
        df.update(c.keys())
    vecs = []
    for c in term_counts:
        v = {w: (1 + math.log(k)) * math.log((1 + n) / (1 + df[w])) for w, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items() if x > 0})
    return vecs


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def _neighbours(i: int, vecs: list[dict[str, float]], dated: dict[int, Date]
                ) -> tuple[list[tuple[float, Date, int]], float]:
    """The dated articles most similar to article i (above the corpus average) and that
    average: in a corpus about one story every article is a little similar to every other,
    so what counts is how much one stands out."""
    sims = [(_cos(vecs[i], vecs[j]), d, j) for j, d in dated.items() if j != i]
    if not sims:
        return [], 0.0
    mean = sum(s for s, _, _ in sims) / len(sims)
    keep = [x for x in sims if x[0] >= MIN_SIMILARITY and (x[0] >= mean or len(sims) == 1)]
    keep.sort(key=lambda x: -x[0])
    return keep[:TOP_NEIGHBOURS], mean


def _weighted_median(points: list[tuple[float, Date]]) -> Date:
    points = sorted(points, key=lambda p: p[1])
    total = sum(w for w, _ in points)
    acc = 0.0
    for w, d in points:
        acc += w
        if acc >= total / 2:
            return d
    return points[-1][1]


# --- the estimate --------------------------------------------------------------------------


def _format(d: Date, gran: str) -> str:
    if gran == "day":
        return d.isoformat()
    if gran == "week":
        return C.week_value(d)
    if gran == "month":
        return C.month_value(d.year, d.month)
    return f"{d.year:04d}"


def estimate_date(
    doc: ArticleDoc,
    timexes: Sequence[Timex],
    neighbours: Sequence[tuple[float, Date, str]] = (),
    *,
    mean_similarity: float = 0.0,
    floor: float = CONFIDENCE_FLOOR,
) -> tuple[ArticleDate, Date | None]:
    """An article date estimated from the text and from dated neighbours
    ``(similarity, date, article id)`` (``mean_similarity``: the article's average
    similarity to all dated articles); returns the ArticleDate and the reference day to
    resolve relative expressions against (None when it stays undated)."""
    evidence: list[str] = []
    dl = _dateline(doc, timexes)
    if dl is not None:
        d, why = dl
        return ArticleDate(d.isoformat(), "day", 0.9, "estimate", (why,)), d
    lower, upper, bound_ev = _bounds(doc, timexes)
    est: Date | None = None
    conf = 0.0
    gran = "none"
    if neighbours:
        top_sim, top_date, top_id = neighbours[0]
        lift = top_sim / mean_similarity if mean_similarity > 0 else 1.0
        if lift >= STANDOUT_LIFT:
            # one article reports these events much more closely than the rest
            est, gran = top_date, "month"
            conf = min(0.8, 0.3 + 0.3 * (lift - 1))
            evidence.append(f"article {top_id} published {top_date.isoformat()} reports the same "
                            f"events (similarity {top_sim:.2f}, {lift:.1f}x the corpus average)")
        else:
            pts = [(s, d) for s, d, _ in neighbours]
            est = _weighted_median(pts)
            total = sum(w for w, _ in pts)
            spread = sum(w * abs((d - est).days) for w, d in pts) / total
            gran = "month" if spread <= 45 else "year"
            conf = 0.45 if spread <= 45 else 0.3
            for s_, d, aid in neighbours[:3]:
                evidence.append(f"article {aid} published {d.isoformat()} reports related events "
                                f"(similarity {s_:.2f})")
            if gran == "year":
                evidence.append(f"those dates spread over {spread:.0f} days: year only")
    if est is not None:
        if lower is not None and est < lower:
            evidence.append(f"moved to {lower} (the text mentions it as past)")
            est = lower
            conf *= 0.8
        elif lower is not None and (est - lower).days <= 366:
            conf += 0.1  # the text agrees: it reports things of the estimated year
        if upper is not None and est > upper:
            evidence.append(f"moved to {upper} (the text mentions it as future)")
            est = upper
            conf *= 0.8
        evidence.extend(bound_ev)
    elif lower is not None:
        # only a lower bound: the article is not older than what it reports
        est = lower
        conf = 0.2
        gran = "year"
        evidence.extend(bound_ev)
    conf = round(min(conf, 0.85), 2)
    if est is None or conf < floor:
        note = "undated: no metadata date and too little evidence"
        if est is not None:
            note += f" (best guess {_format(est, gran)}, confidence {conf:.2f} < {floor})"
        return ArticleDate(None, "none", conf, "none", tuple(evidence), note), None
    return ArticleDate(_format(est, gran), gran, conf, "estimate", tuple(evidence)), est


def _names_its_month(t: Timex) -> bool:
    """A month-level expression whose words name the month ("in June", "last March"):
    only its year is inferred from the reference date."""
    return t.granularity == "month" and any(w.rstrip(".") in P.MONTHS for w in re.findall(r"[a-z.]+", t.text.lower()))


def coarsen(timexes: Sequence[Timex], gran: str, year: int | None = None) -> tuple[Timex, ...]:
    """Relative expressions resolved against an estimated date are no more precise than
    the estimate: "Tuesday" against a month-level estimate becomes that month, anchored
    "coarsened" (it says no more than the article's own date, and near the edge of the
    estimate it can even name the neighbouring month, so it dates nothing by itself). A
    month the text names ("since the summit in June") keeps its month when it was resolved
    into the estimated ``year``, anchored "estimated": the text gives the month, the
    estimate the year."""
    out = []
    limit = GRAN_ORDER.get(gran, 9)
    for t in timexes:
        if t.anchor in ("dct", "tense") and t.type in ("DATE", "TIME") \
                and GRAN_ORDER.get(t.granularity, 9) < limit:
            span = C.value_range(t.value)
            if year is not None and span is not None and gran == "year" and _names_its_month(t) \
                    and span.first.year == year:
                out.append(replace(t, anchor="estimated"))
                continue
            if span is not None:
                unit = gran if gran in ("week", "month", "year") else "year"
                value, g = C.value_at(span.first, unit)
                t = replace(t, type="DATE", value=value, granularity=g, anchor="coarsened")
        out.append(t)
    return tuple(out)


# --- sentences -------------------------------------------------------------------------------


def sentence_dates(doc: ArticleDoc, timexes: Sequence[Timex], article: ArticleDate) -> tuple[SentenceDate, ...]:
    """One SentenceDate per sentence: its most specific dated expression, else the
    article's date (``from_timex`` False), else none. A coarsened expression is the
    article's date again and does not count as the sentence's own."""
    by_sent: dict[int, list[Timex]] = {}
    for t in timexes:
        if t.type in ("DATE", "TIME") and t.anchor != "coarsened" and C.value_range(t.value) is not None:
            by_sent.setdefault(t.sent, []).append(t)
    out = []
    for i, s in enumerate(doc.sentences):
        idx = s.i if hasattr(s, "i") else i
        own = by_sent.get(idx, [])
        if own:
            best = min(own, key=lambda t: (GRAN_ORDER.get(t.granularity, 9), t.start))
            out.append(SentenceDate(idx, s.start, s.end, best.value, best.granularity, True,
                                    "timex", best.start, best.end))
        elif article.value:
            out.append(SentenceDate(idx, s.start, s.end, article.value, article.granularity,
                                    False, "article"))
        else:
            out.append(SentenceDate(idx, s.start, s.end, None, "none", False, "none"))
    return tuple(out)


# --- the corpus --------------------------------------------------------------------------------


def metadata_date(doc: ArticleDoc) -> ArticleDate | None:
    pub = doc.article.meta.published
    d = C.parse_dct(pub)
    if d is None:
        return None
    src = doc.article.meta.field_source("published") or "metadata"
    return ArticleDate(d.isoformat(), "day", 1.0, "metadata", (f"published {pub} ({src})",))


def date_corpus(corpus: Corpus, *, floor: float = CONFIDENCE_FLOOR) -> Corpus:
    """Give every article an ``article_date`` and ``sentence_dates``; estimate the date of
    articles without one (re-resolving their relative expressions)."""
    docs = list(corpus.docs)
    meta = [metadata_date(d) for d in docs]
    dated = {i: C.parse_dct(m.value) for i, m in enumerate(meta) if m is not None}
    vecs = _tfidf([_terms(d) for d in docs]) if len(dated) < len(docs) else []
    out = []
    for i, doc in enumerate(docs):
        timexes = tuple(doc.get("timexes", ()))
        if meta[i] is not None:
            ad = meta[i]
        else:
            near, mean = _neighbours(i, vecs, dated)
            nb = [(s, d, docs[j].id) for s, d, j in near]
            ad, ref = estimate_date(doc, timexes, nb, mean_similarity=mean, floor=floor)
            if ref is not None:
                timexes = tuple(find_timexes(doc.text, dct=ref.isoformat(), tokens=doc.tokens,
                                             sentences=doc.sentences, entities=doc.entities))
                timexes = coarsen(timexes, ad.granularity, ref.year)
        out.append(doc.with_layers(timexes=timexes, article_date=(ad,),
                                   sentence_dates=sentence_dates(doc, timexes, ad)))
    return corpus.with_docs(tuple(out))
