"""Selection: rank the story's dates, then pick for each the sentences that best tell it.

Dates (after Datewise, news-tls, without its trained regression): a day is important when
many articles name it explicitly in a sentence, more when they do so days or a week and
more after it (a milestone is still recalled later, a busy day is not), and, less, when
many articles were published on it or the day after. Month- and year-level mentions compete as such
(marked) rather than being pinned to a false day.

Sentences of a date: every sentence that names the date, plus the opening sentences of
the articles published on it or just after (news reports the day's event first). Each
candidate is scored by its TF-IDF cosine to the centroid of the date's candidates (what
most sources say about that day), weighted by how much it reads like a report of an
event and by the focus; the best are taken greedily, skipping near-duplicates of what is
already in the timeline, each next one of a date discounted by its likeness to those already
picked for it (its k sentences tell k things of the day: on T17 dev, AR-1 0.1201 -> 0.1248),
and every one by its likeness, beyond the story's shared words, to what the timeline's more
important dates already tell (what is new that day: 0.1248 -> 0.1264). Near-duplicates from
other articles are merged into the chosen sentence as further citations
(``newsline.timeline.merge``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

from newsline.model import Corpus
from newsline.timeline import lexicon
from newsline.timeline.events import article_date, event_mentions
from newsline.timeline.items import (
    EventMention,
    Timeline,
    TimelineEntry,
    TimelineSentence,
    parse_value,
    value_end,
)
from newsline.timeline.merge import citations_for, similar_pairs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SelectOptions:
    """The tunables of date ranking and sentence selection (defaults shipped here)."""

    mention_weight: float = 1.0  # per article that names the day in a sentence
    later_weight: float = 1.0  # ... again when published days after it (looking back)
    later_days: int = 2
    long_later_weight: float = 1.0  # ... and again when published a week or more after it:
    long_later_days: int = 7  # an event still recalled later is a milestone of the story
    background_days: int = 30  # ... but a day from before the story began (by more than this
    # or the pile's own span of publication) is recalled in every mention by definition:
    # "the attacks of Sept. 11, 2001" in a 2008 pile is background, not a milestone
    background_share: float = 0.1  # with no start date asked for, a date wholly before that
    # horizon is shown only when at least this share of the articles name it: "the 2004 Asian
    # tsunami" named in passing by four of 74 Haiti articles is no date of the story
    source_weight: float = 0.0  # per distinct outlet among them
    pub_weight: float = 0.3  # per article published on the day
    next_day_weight: float = 0.5  # per article published the day after (reports of it)
    off_focus_mention: float = 1.0  # a mention in a sentence that misses the focus
    focus_dates: bool = False  # count only focus sentences when ranking dates (else a
    # date needs one focus sentence and its rank counts every mention)
    coarse_weight: float = 0.5  # month/year mentions count this much of a day mention
    lead_sentences: int = 5  # opening sentences of an article that speak for its date
    lead_days: int = 1  # ... for articles published up to this many days after
    min_words: int = 6
    max_words: int = 80
    duplicate_cosine: float = 0.5  # above this, two sentences say the same thing
    kind_weight: tuple[tuple[str, float], ...] = (
        ("report", 1.0),
        ("background", 1.0),
        ("other", 0.85),
        ("opinion", 0.6),
    )
    explicit_bonus: float = 1.2  # a sentence that names the date itself
    focus_miss: float = 0.3  # weight of a sentence that misses every focus term
    support_weight: float = 0.3  # boost per log(1 + other articles saying the same)
    support_cosine: float = 0.2
    length_penalty: float = 0.0  # weight (norm/words)**penalty for sentences over norm words
    length_norm: int = 25
    actor_weight: float = 0.05  # boost per actor named (up to five): who did what
    quote_weight: float = 1.0  # weight of a sentence with quotation marks (a statement)
    max_dates: int = 20  # when the caller does not say how many dates
    date_diversity: float = 1.0  # a date's next sentence: its score times, for each sentence
    # already picked for the date, 1 - this x their TF-IDF cosine (a date's k sentences
    # tell k different things of the day, not one thing k times)
    timeline_diversity: float = 0.6  # a date's candidates (dates taken most important first):
    # score times 1 - this x their likeness to the closest sentence the timeline already
    # tells, so an entry says what is new that day rather than the story's background again
    diversity_floor: float = 0.15  # ... likeness being the TF-IDF cosine above this, rescaled
    # to 0..1: below it two sentences share only the story's own words ("Pompeo", "North Korea")
    chrono_weight: float = 2.0  # weight of a chronology entry ("April 28 - The Coast Guard
    # says ..."): an editor's one-line statement of the day's event, a timeline entry already


DEFAULT_OPTIONS = SelectOptions()


# A piece naming this many different dates is a listing, not the report of an event.
LISTING_DATES = 5
# A piece with no verb and fewer words than this is a stamp, a label or a heading.
STAMP_WORDS = 8


@dataclass
class Unit:
    """One sentence with what selection needs to know about it."""

    article: str
    published: dt.date | None
    outlet: str | None
    mention: EventMention
    start: int  # where its text begins (after a list's bullet)
    text: str
    position: int  # index of the sentence (line piece) in its article
    words: int
    focus: bool = True
    told: bool = True  # may be a timeline's sentence (not a listing of many dates)
    row: int = -1  # index in the unit list (and the TF-IDF matrix)
    day_dates: tuple[dt.date, ...] = ()  # day-level dates it names
    coarse_dates: tuple[str, ...] = ()  # its month/year value, when that is its own date


_WORD = re.compile(r"\w+")
# a chronology entry: its date, a dash or colon, the event
_CHRONO = re.compile(lexicon.CHRONOLOGY_DATE_PATTERN + r"\s*\w")
_QUOTE = re.compile("[\"\u201c\u201d]|``|''")
# a pull quote's marks as a web page spells them out ("... End Quote Samer Hama resident One
# activist there ..."): the quote is repeated from the text, and the sentence runs a caption
# into the next one
_PULL_QUOTE = re.compile(r"\b(?:Start|End) Quote\b")
# a list's bullet before a piece: a dash, a dot or a star and a space; or a live blog's clock
# stamp ("12.11 pm: More on the blame game ...")
_BULLET = re.compile(
    r"\s*(?:(?:[-\u2013\u2014\u2022*\u00b7]\s+)+"
    r"|\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|ET|EDT|EST|CDT|CST)?\s*:\s+)(?=\S)",
    re.I,
)
# a piece that trails off ("... a federal board's efforts to make safety reco ...", a page's
# teaser of another story), that begins in the middle of a sentence (", told members of the
# House ...", a caption's tail) or that asks ("Will the cap hold?"): no statement of an event
_BROKEN = re.compile(r"(?:\.\.\.|\u2026)\s*$|^[,;:)\]]|\?[\"\u201d\u2019']?\s*$")
# a photo's caption: a person's place in the picture between commas ("Silvio Berlusconi, right,
# gestures as he arrives ...") or an agency's photo credit in parentheses ("(AP Photo/Charles
# Platiau, Pool)"): it tells what a picture shows, not what happened
_CAPTION = re.compile(
    r",\s+(?:far\s+|second\s+from\s+|top\s+|bottom\s+|upper\s+|lower\s+)?"
    r"(?:left|right|center|centre|rear|front|foreground|background)\s*,"
    r"|\((?:AP|AFP|Reuters|Getty|EPA|Bloomberg)\s*(?:Photo|Images)?\s*\\?/"
    # or a wire photo's own closing, the weekday and the full date with no "on" ("Thad Allen
    # listens to questions ... in Washington, Tuesday, July 20, 2010."): prose names the weekday
    # or the date
    r"|(?<!\b[Oo]n )\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2},\s+\d{4}(?:,\s+in\s+[A-Z][\w.]*(?:[ ,]+[A-Z][\w.]*){0,3})?\.?\s*$"
    # or its opening: "In this image taken from video provided by BP PLC ...", "In this Jan. 12
    # photo, ...", "This aerial photo shows ..."
    # (a date may head it: "May 29: This image made from video released by BP shows ...")
    r"|^(?:[A-Z][a-z]{2,8}\.? \d{1,2}: )?In this (?:[\w.,-]+ ){0,4}?(?:image|photo|photograph|picture|frame grab|video grab)\b"
    r"|^(?:[A-Z][a-z]{2,8}\.? \d{1,2}: )?This (?:[\w-]+ ){0,3}?(?:image|photo|photograph|picture|frame grab|video grab) "
    r"(?:provided|released|taken|shows|showing|obtained|made|from)\b"
    # or a wire's credit closing it: "... during a House hearing on Capitol Hill in Washington (Reuters)."
    r"|\((?:AP|AFP|Reuters|EPA|Getty Images)\)\.?\s*$"
    # or a gallery's caption headed by its date, what the picture shows seen in it: "April 29: Oil
    # from the massive spill can be seen as a dark blue swirl advancing toward the coast."
    r"|^[A-Z][a-z]{2,8}\.? \d{1,2}\s?: .{0,200}?\b(?:is|are|can be|being)\s+(?:seen|pictured|shown)\b"
)


def _focus_terms(focus: Iterable[str] | str | None) -> tuple[str, ...]:
    """The focus as lower-case terms: a string is split at commas ("Kim Jong Un, sanctions")."""
    if not focus:
        return ()
    if isinstance(focus, str):
        focus = focus.split(",")
    return tuple(" ".join(t.split()).lower() for t in focus if t and t.strip())


def _word_re(word: str) -> str:
    """A focus word as a whole word, its plural or singular too ("protest" / "protests")."""
    stem = word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
    return r"(?<!\w)" + re.escape(stem) + r"(?:s|es)?(?!\w)"


def _matches(unit: Unit, terms: Sequence[str], lowered: str) -> bool:
    """A sentence is about the focus when it has one of the terms: the phrase, an actor of
    that name, or every word of a several-word term ("Syria protests")."""
    for term in terms:
        if re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", lowered):
            return True
        if any(term == a.lower() or term in a.lower().split() for a in unit.mention.actors):
            return True
        words = term.split()
        if len(words) > 1 and all(re.search(_word_re(w), lowered) for w in words):
            return True
    return False


def collect_units(corpus: Corpus, *, focus: Sequence[str] = ()) -> list[Unit]:
    """Every sentence of the corpus as a Unit (events layer, computed when missing)."""
    units = []
    for doc in corpus.docs:
        events = doc.get("events", None)
        if events is None:
            events = event_mentions(doc)
        pub = parse_value(article_date(doc))
        published = pub[0] if pub and pub[1] == "day" else None
        outlet = doc.article.meta.source or doc.article.meta.publisher
        tokens = doc.get("tokens", ())
        # where the parse puts verbs: without a parse every sentence may have one
        verb_at = [t.start for t in tokens if t.pos in ("VERB", "AUX")]
        token_at = [t.start for t in tokens]
        for position, m in enumerate(events):
            raw = doc.text[m.start : m.end]
            bullet = _BULLET.match(raw)  # "- There's been a lot of talk ...": the mark is no word of it
            start = m.start + (bullet.end() if bullet else 0)
            text = doc.text[start : m.end].strip()
            if not text or _PULL_QUOTE.search(text):
                continue
            day_dates, coarse = [], []
            for v in m.dates:
                parsed = parse_value(v)
                if parsed is None:
                    continue
                if parsed[1] == "day":
                    day_dates.append(parsed[0])
                elif v == m.date:
                    # a month or year speaks for the sentence only as its own date (the
                    # most specific it names): "Biegun will meet ... the group the two
                    # set up last month" says nothing of last month's events
                    coarse.append(v)
            u = Unit(
                article=doc.id,
                published=published,
                outlet=outlet,
                mention=m,
                start=start,
                text=" ".join(text.split()),
                position=position,
                words=len(_WORD.findall(text)),
                day_dates=tuple(dict.fromkeys(day_dates)),
                coarse_dates=tuple(dict.fromkeys(coarse)),
                # a schedule or a listing run into a line ("Venice, August 29 - September 8
                # ... Berlin, February 8 - 18 ..."): its dates count, but it tells no event,
                # nor does a short line with no verb (a page's stamp, "19 JANUARY, 2200 GMT,
                # PORT-AU-PRINCE") or a photo's caption
                told=len(set(m.dates)) < LISTING_DATES and not _CAPTION.search(text) and not _BROKEN.search(text)
                and (not tokens or len(_WORD.findall(text)) >= STAMP_WORDS or _has(verb_at, m.start, m.end))
                and not _imperative(tokens, token_at, m),
            )
            if focus:
                u.focus = _matches(u, focus, u.text.lower())
            units.append(u)
    return units


# what may come before an instruction's verb: a time of day and its dash ("9 a.m. - Enjoy ...")
_TIME_OF_DAY = frozenset({"a.m.", "p.m.", "am", "pm", "noon", "midnight"})


def _imperative(tokens: Sequence, token_at: list[int], m: EventMention) -> bool:
    """An instruction to the reader ("9 a.m. - Enjoy a breakfast at ...", "Take out federal
    student loans ..."): the piece's main verb is its root in the bare form, with no subject
    or auxiliary, and nothing but a time of day comes before it. It tells no event."""
    if m.verb_start is None:
        return False
    k = bisect.bisect_left(token_at, m.verb_start)
    if k >= len(tokens) or tokens[k].start != m.verb_start:
        return False
    verb = tokens[k]
    if verb.tag != "VB" or verb.dep != "ROOT":
        return False
    lo, hi = bisect.bisect_left(token_at, m.start), bisect.bisect_left(token_at, m.end)
    for t in tokens[lo:hi]:
        if t.head == verb.i and t.i != verb.i and t.dep in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"):
            return False
    return all(t.pos in ("NUM", "PUNCT", "SYM", "SPACE", "X") or t.lemma.lower() in _TIME_OF_DAY
               for t in tokens[lo:k])


def _has(offsets: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets has one in [start, end)."""
    k = bisect.bisect_left(offsets, start)
    return k < len(offsets) and offsets[k] < end


def _count(weights: dict[str, float], article: str, w: float) -> None:
    """An article counts once per date, with the best weight of its mentions."""
    if w > weights.get(article, 0.0):
        weights[article] = w


def _in_range(first: dt.date, last: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or last >= start) and (end is None or first <= end)


def rank_dates(
    units: Sequence[Unit],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    coarse: bool = True,
    focus: bool = False,
    options: SelectOptions = DEFAULT_OPTIONS,
) -> list[tuple[str, float]]:
    """Candidate dates (values) with their scores, best first."""
    mentions: dict[str, dict[str, float]] = defaultdict(dict)  # value -> article -> weight
    later: dict[str, dict[str, float]] = defaultdict(dict)
    long_later: dict[str, dict[str, float]] = defaultdict(dict)
    outlets: dict[str, set[str]] = defaultdict(set)
    published: dict[str, set[str]] = defaultdict(set)
    pubs = [u.published for u in units if u.published is not None]
    horizon = min(pubs) - dt.timedelta(days=max(options.background_days, (max(pubs) - min(pubs)).days)) \
        if pubs else None
    for u in units:
        if focus and not u.focus:
            continue
        w = 1.0 if u.focus else options.off_focus_mention
        for d in u.day_dates:
            v = d.isoformat()
            _count(mentions[v], u.article, w)
            # looking back says nothing more of a day from before the story (background)
            back = u.published is not None and (horizon is None or d >= horizon)
            if back and (u.published - d).days >= options.later_days:
                _count(later[v], u.article, w)
            if back and (u.published - d).days >= options.long_later_days:
                _count(long_later[v], u.article, w)
            if u.outlet:
                outlets[v].add(u.outlet)
        if coarse:
            for v in u.coarse_dates:
                _count(mentions[v], u.article, w)
                if u.outlet:
                    outlets[v].add(u.outlet)
        if u.published is not None and u.position == 0:
            published[u.published.isoformat()].add(u.article)
        elif u.published is None and u.mention.date_source == "article" \
                and u.mention.granularity in ("month", "year"):
            # an article dated only to a month or year reports something of that period
            _count(mentions[u.mention.date], u.article, w)
    n_articles = len({u.article for u in units})
    background_min = math.ceil(options.background_share * n_articles)  # one in a small pile
    scores = []
    for v in set(mentions) | set(published):
        parsed = parse_value(v)
        if parsed is None:
            continue
        first, gran = parsed
        if not _in_range(first, value_end(v) or first, start, end):
            continue
        if start is None and horizon is not None and (value_end(v) or first) < horizon \
                and len(mentions.get(v, {})) < background_min:
            continue  # background named in passing
        if gran != "day" and (start and first < start or end and value_end(v) > end):
            continue  # a month only partly inside the range is not shown as such
        s = (
            options.mention_weight * sum(mentions.get(v, {}).values())
            + options.later_weight * sum(later.get(v, {}).values())
            + options.long_later_weight * sum(long_later.get(v, {}).values())
            + options.source_weight * len(outlets.get(v, ()))
            + options.pub_weight * len(published.get(v, ()))
        )
        if gran == "day":
            nxt = (first + dt.timedelta(days=1)).isoformat()
            s += options.next_day_weight * len(published.get(nxt, ()))
        if gran != "day":
            s *= options.coarse_weight
        if s > 0:
            scores.append((v, s))
    scores.sort(key=lambda vs: (-vs[1], vs[0]))
    return scores


def _candidates(value: str, units: Sequence[Unit], by_day: dict, by_pub: dict, by_coarse: dict,
                by_article: dict, options: SelectOptions) -> list[tuple[Unit, bool]]:
    """(unit, names the date itself) for every candidate sentence of a date."""
    parsed = parse_value(value)
    first, gran = parsed
    out: dict[int, tuple[Unit, bool]] = {}
    if gran == "day":
        for i in by_day.get(first, ()):
            out[i] = (units[i], True)
        for lag in range(options.lead_days + 1):
            for i in by_pub.get(first + dt.timedelta(days=lag), ()):
                u = units[i]
                if i in out or u.position >= options.lead_sentences:
                    continue
                # an opening sentence that names another day speaks for that day
                if u.day_dates and first not in u.day_dates:
                    continue
                out[i] = (u, False)
    else:
        for i in by_coarse.get(value, ()):
            out[i] = (units[i], True)
        # an article dated only to this month or year speaks for it as a whole
        for i in by_article.get(value, ()):
            out.setdefault(i, (units[i], False))
    return [out[i] for i in sorted(out)]


def build_timeline_from_units(
    units: Sequence[Unit],
    *,
    dates: int | None = None,
    per_date: int = 2,
    start: dt.date | None = None,
    end: dt.date | None = None,
    focus: Sequence[str] = (),
    coarse: bool = True,
    options: SelectOptions = DEFAULT_OPTIONS,
) -> Timeline:
    """The timeline of a list of units (see ``build_timeline``)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not units:
        return Timeline((), dates, per_date, _iso(start), _iso(end), tuple(focus))
    ranked = rank_dates(
        units, start=start, end=end, coarse=coarse, focus=bool(focus) and options.focus_dates, options=options
    )
    if focus and not options.focus_dates:
        # a date needs at least one sentence about the focus; its rank counts every mention
        about = set()
        for u in units:
            if u.focus:
                about.update(d.isoformat() for d in u.day_dates)
                about.update(u.coarse_dates)
                if u.published is not None and u.position < options.lead_sentences:
                    about.add(u.published.isoformat())
        ranked = [(v, sc) for v, sc in ranked if v in about]
    want = dates if dates is not None else min(options.max_dates, len(ranked))

    by_day: dict[dt.date, list[int]] = defaultdict(list)
    by_pub: dict[dt.date, list[int]] = defaultdict(list)
    by_coarse: dict[str, list[int]] = defaultdict(list)
    by_article: dict[str, list[int]] = defaultdict(list)  # month/year-dated articles
    for i, u in enumerate(units):
        if u.mention.date_source == "article" and u.mention.granularity in ("month", "year"):
            by_article[u.mention.date].append(i)
        u.row = i
        for d in u.day_dates:
            by_day[d].append(i)
        for v in u.coarse_dates:
            by_coarse[v].append(i)
        if u.published is not None:
            by_pub[u.published].append(i)

    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, lowercase=True)
    matrix = vectorizer.fit_transform([u.text for u in units])

    kind_w = dict(options.kind_weight)
    chosen_rows: list[int] = []
    entries: list[TimelineEntry] = []
    days_taken: set[dt.date] = set()
    for value, score in ranked:
        if len(entries) >= want:
            break
        first, gran = parse_value(value)
        if gran != "day" and any(first <= d <= value_end(value) for d in days_taken):
            continue  # the month is already told by one of its days
        cands = [
            (u, explicit)
            for u, explicit in _candidates(value, units, by_day, by_pub, by_coarse, by_article, options)
            if options.min_words <= u.words <= options.max_words and u.told
        ]
        if not cands:
            continue
        rows = [u.row for u, _ in cands]
        sub = matrix[rows]
        centroid = sub.mean(axis=0)
        norm = math.sqrt(float((centroid @ centroid.T).item())) or 1.0
        sims = (sub @ centroid.T).A.ravel() / norm
        support = _support(sub, [u.article for u, _ in cands], options.support_cosine) if options.support_weight else None
        scored = []
        for k, ((u, explicit), sim, row) in enumerate(zip(cands, sims, rows)):
            w = kind_w.get(u.mention.kind, 0.8)
            if support is not None:
                w *= 1.0 + options.support_weight * math.log1p(support[k])
            if options.length_penalty and u.words > options.length_norm:
                w *= (options.length_norm / u.words) ** options.length_penalty
            if options.actor_weight:
                w *= 1.0 + options.actor_weight * min(len(u.mention.actors), 5)
            if explicit:
                w *= options.explicit_bonus
            if focus and not u.focus:
                w *= options.focus_miss
            if _QUOTE.search(u.text):
                w *= options.quote_weight
            if _CHRONO.match(u.text):
                w *= options.chrono_weight
            scored.append((sim * w, row, u))
        scored.sort(key=lambda t: -t[0])
        picked: list[tuple[float, int, Unit]] = []
        pool = list(scored)
        if options.timeline_diversity and chosen_rows and pool:
            # what the timeline's more important entries already tell counts less here
            close = (matrix[[r for _, r, _ in pool]] @ matrix[chosen_rows].T).toarray().max(axis=1)
            close = (close - options.diversity_floor).clip(min=0) / (1 - options.diversity_floor)
            pool = [(s * (1.0 - options.timeline_diversity * c), r, u) for (s, r, u), c in zip(pool, close)]
            pool.sort(key=lambda t: -t[0])
        while pool and len(picked) < per_date:
            j = 0
            if options.date_diversity and picked:
                # each sentence already told of the day discounts what repeats it
                close = (matrix[[r for _, r, _ in pool]] @ matrix[[r for _, r, _ in picked]].T).toarray()
                keep = (1.0 - options.date_diversity * close).clip(min=0).prod(axis=1)
                j = max(range(len(pool)), key=lambda k: (pool[k][0] * keep[k], -k))
                pool[j] = (pool[j][0] * keep[j], pool[j][1], pool[j][2])
            s, row, u = pool.pop(j)
            if s <= 0:
                break
            taken = [r for _, r, _ in picked] + chosen_rows
            if taken:
                dup = (matrix[row] @ matrix[taken].T).toarray().ravel()
                if dup.max() > options.duplicate_cosine:
                    continue
            picked.append((s, row, u))
        if not picked:
            continue
        chosen_rows.extend(r for _, r, _ in picked)
        sentences = []
        arts = set()
        for s, row, u in picked:
            merged_rows = similar_pairs(matrix, row, rows, options.duplicate_cosine)
            also = citations_for([units[r] for r in merged_rows if units[r].article != u.article])
            arts.add(u.article)
            arts.update(c.article for c in also)
            sentences.append(
                TimelineSentence(
                    article=u.article,
                    start=u.start,
                    end=u.mention.end,
                    text=u.text,
                    published=u.published.isoformat() if u.published else None,
                    source=u.outlet,
                    also=also,
                )
            )
        if gran == "day":
            days_taken.add(first)
        entries.append(TimelineEntry(value, gran, tuple(sentences), round(score, 4), len(arts)))
    entries.sort(key=lambda e: (e.day, e.granularity != "day"))
    return Timeline(tuple(entries), dates, per_date, _iso(start), _iso(end), tuple(focus))


def _support(sub, articles: Sequence[str], threshold: float) -> list[int]:
    """For each candidate, how many other articles have a candidate saying much the same."""
    sims = (sub @ sub.T).toarray()
    out = []
    for i in range(len(articles)):
        others = {articles[j] for j in range(len(articles)) if j != i and sims[i, j] > threshold}
        others.discard(articles[i])
        out.append(len(others))
    return out


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None
