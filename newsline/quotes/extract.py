"""Find attributions in one parsed article: cue, source span and content span(s).

Rules over our own dependency layer (no spaCy objects here):
- a cue is a reporting or attitude verb from the cue lexicon (``cues.py``), "according
  to", or a reporting noun ("in a statement", "the ministry's warning that ...");
- the source is the cue's subject (inherited through conjunctions, "..., adding that",
  "appeared to suggest"), the agent of a passive, the object of "according to";
- the content is the cue's clausal complement (ccomp, "that"-clause, xcomp, object), the
  clause around "according to X", or what follows a colon; a passive cue with a
  by-agent and no complement ("X was criticized by Y", "X, endorsed by Y") reports on
  its subject (or the noun its participle clause modifies); a (verb, preposition) pair
  learned from PolNeAR train ("balked at", "responded to") reports the preposition's object;
- quotation marks are paired (straight and curly) and a content that reaches into a
  quoted stretch takes all of it; a quote split around its cue ("...," he said, "...")
  and quote-only sentences or paragraphs after it join the same quote;
- a cue is accepted when the learned model (``classify.py``) or, without it, the lexicon
  scores it above the threshold; a learned choice (``spans.py``) may widen an accepted
  indirect content to the rest of its clause or sentence; a report found twice through
  two cues is kept once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from newsline.ingest.patterns import WIRE_AGENCIES
from newsline.model import ArticleDoc
from newsline.quotes import classify
from newsline.quotes import spans as span_choice
from newsline.quotes import cues as cue_lexicon
from newsline.quotes.parse import Parse
from newsline.quotes.text import Region, RegionIndex, paragraphs, quote_regions
from newsline.time.patterns import MONTHS, WEEKDAYS
from newsline.time.recognize import live_stamps

Span = tuple[int, int]


@dataclass
class Candidate:
    """An attribution before speaker resolution (mutable while the rules refine it)."""

    cue: int  # token index of the cue's head word
    cue_span: Span
    lemma: str
    frame: str  # how the content was found: ccomp, xcomp, dobj, prep, colon, up, as, according
    source: int | None  # head token of the source
    source_span: Span | None
    content: list[Span]
    score: float = 1.0
    direct: bool = False
    mixed: bool = False
    continued: bool = False  # content spans were added after the cue's own sentence
    extra: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


# --- the article view ------------------------------------------------------------------


class View:
    """Parse plus paragraphs and quotation regions of one article."""

    def __init__(self, doc: ArticleDoc) -> None:
        self.doc = doc
        self.p = Parse(doc)
        self.text = doc.text
        self.paras = paragraphs(self.text)
        self._para_starts = [s for s, _ in self.paras]
        self.regions = RegionIndex(quote_regions(self.text, self.paras))
        self._ent_by_start: dict = {}
        for e in doc.entities:
            for k in range(e.token_start, e.token_end):
                if k < len(self.p.toks):
                    self._ent_by_start.setdefault(self.p.toks[k].start, []).append(e)

    def ents_at(self, offset: int) -> list:
        """The named-entity mentions holding the token that starts at ``offset``."""
        return self._ent_by_start.get(offset, [])

    def para_of(self, offset: int) -> int:
        import bisect

        k = bisect.bisect_right(self._para_starts, offset) - 1
        return max(0, k)


# --- sources ---------------------------------------------------------------------------

SUBJ_DEPS = ("nsubj", "csubj", "nsubjpass")
# Verbs whose object is not who does what follows ("promised voters to cut taxes": the one
# promising cuts them; "used blunt language to denounce": the one using it denounces).
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten", "offer", "use", "take", "spend"})
INHERIT_DEPS = ("conj", "xcomp", "advcl", "ccomp", "pcomp", "dep")


_WIRE_AGENCIES = frozenset(WIRE_AGENCIES)
_DATELINE_WORDS = frozenset({",", ".", "(", ")"}) | _WIRE_AGENCIES
_DASHES = frozenset({"--", "—", "–", "-"})


def in_dateline(p: Parse, i: int) -> bool:
    """Token ``i`` is in a wire dateline opening its sentence, its closing dash included
    ("NEW ORLEANS --", "DAMASCUS (Reuters) -"), which the parser may take for the subject
    ("NEW ORLEANS -- BP took ..."). Each sentence's dateline is found once per parse."""
    s = i
    while s > 0 and p.sent_of[s - 1] == p.sent_of[i]:
        s -= 1
    cache = p.__dict__.setdefault("_dateline_ends", {})
    if s not in cache:
        cache[s] = _dateline_end(p, s)
    return s <= i <= cache[s]


def _dateline_end(p: Parse, s: int) -> int:
    """The index of the dash that closes the dateline opening the sentence at token ``s``;
    -1 when it has none."""
    j = s
    while j < len(p) and p.sent_of[j] == p.sent_of[s] and (
            p.word(j).isupper() or p.word(j) in _DATELINE_WORDS or p.is_space(j)):
        j += 1
    if j > s and p.word(j - 1) == ",":
        # the state in ordinary case: "CLEVELAND, Ohio --", "VENICE, La. (AP) --"
        k = j
        while k < min(len(p), j + 3) and (p.word(k)[:1].isupper() or p.word(k) in _DATELINE_WORDS):
            k += 1
        if k > j and k < len(p) and p.word(k) in _DASHES:
            j = k
    if j > s and j < len(p) and p.word(j) in _DASHES:
        return j
    # a wire credit closes whatever stamp or dateline opens the sentence: "Thu Jun 30, 2011
    # 6:27 pm BST (Adds details) LONDON, June 30 (Reuters) - ASR ... plans ..."
    for k in range(s + 2, min(len(p) - 1, s + 40)):
        if p.sent_of[k] != p.sent_of[s] or "\n" in p.text[p.toks[s].start : p.toks[k].start]:
            break  # a dateline opens its line: not a headline's sentence run on into it
        if p.word(k) in _WIRE_AGENCIES and p.word(k - 1) == "(" and p.word(k + 1) == ")":
            return k + 2 if k + 2 < len(p) and p.word(k + 2) in _DASHES else -1
    return -1


_TIME_MARKS = frozenset({"before", "after", "since", "until", "till"})  # not "As X noted, ..."


def find_source(p: Parse, v: int, depth: int = 0) -> tuple[int | None, str]:
    """The source's head token and how it was found."""
    subjects = p.children(v, "nsubj", "csubj")
    # of two subjects the parser gives one verb, the one nearer it: "Via Skype, the BBC spoke
    # to ..." (a fronted phrase read as a second subject)
    subj = min((c for c in subjects if not in_dateline(p, c)), key=lambda c: abs(v - c), default=None)
    if subj is None:
        # the parser made the dateline the subject and hung the real one on it: "CLEVELAND,
        # Ohio -- Veltrano took ..." (Veltrano an apposition of CLEVELAND)
        subj = next((a for c in subjects for a in p.children(c, "appos") if not in_dateline(p, a)), None)
    if subj is not None:
        # a fronted clause the parser took for the subject, its real subject hung on as an
        # apposition: "Only days before the Republican Convention in Cleveland, Ohio, a new
        # national poll shows ..." (the sentence's main verb has a "before" to mark it: a
        # verb of a subordinate clause with its own subject keeps it)
        mark = next((c for c in p.children(v, "mark") if c < subj and p.lower(c) in _TIME_MARKS), None) \
            if p.toks[v].head == v else None
        if mark is not None:
            appos = [a for a in p.children(subj, "appos") if subj < a < v and p.toks[a].pos == "NOUN"
                     and p.child(a, "det") is not None and p.word(p.left[a] - 1) == ","]
            if appos:
                return max(appos), "nsubj"
        return subj, "nsubj"
    agent = p.child(v, "agent")
    if agent is not None:
        pobj = p.child(agent, "pobj")
        if pobj is not None:
            return pobj, "agent"
    if p.child(v, "nsubjpass") is not None:
        return None, "passive"
    t = p.toks[v]
    if t.head == v or depth > 3:
        return None, "none"
    head = t.head
    if t.dep in ("acl", "relcl") and p.toks[head].pos in ("NOUN", "PROPN", "PRON"):
        return head, "acl"
    w = _with_subject(p, v)
    if w is not None:
        return w, "with"
    if t.dep == "xcomp" and p.toks[head].lemma not in SUBJECT_CONTROL:
        # "The senator pressed Stumpf to admit that ...": the one pressed admits (the object
        # of a verb that makes someone do something), not the one pressing
        obj = p.child(head, "dobj")
        if obj is not None and obj < v and p.toks[obj].pos in ("NOUN", "PROPN", "PRON"):
            return obj, "object"
    if t.dep in INHERIT_DEPS:
        if t.dep == "ccomp" and p.toks[head].lemma not in cue_lexicon.RAISING:
            return None, "none"
        if t.dep == "pcomp":
            # "by saying ...": the preposition's head verb; "Ryan, despite admitting that ...,
            # said": the noun the preposition hangs on is who admits
            head = p.toks[head].head
            if p.toks[head].pos in ("PROPN", "PRON") and not in_dateline(p, head):
                return head, "prep-noun"  # (not "no way of knowing", "the theme of questioning")
        elif _conjoined_report(p, v):
            # "X said that P and explained that Q": the parser hangs the second report on
            # the first one's clause, but its speaker is the first report's
            head = p.toks[head].head
        s, how = find_source(p, head, depth + 1)
        return s, ("inh-" + how) if s is not None else how
    return None, "none"


def _conjoined_report(p: Parse, v: int) -> bool:
    """A speech verb with a clause of its own, conjoined to the clausal complement of
    another speech verb ("said that trip was focused on ... and explained that he ...")."""
    t = p.toks[v]
    if t.dep != "conj" or t.lemma not in cue_lexicon.SPEECH_VERBS:
        return False
    h = p.toks[t.head]
    if h.dep != "ccomp" or p.toks[h.head].lemma not in cue_lexicon.SPEECH_VERBS:
        return False
    return p.child(v, "ccomp") is not None and p.child(v, "nsubj", "nsubjpass", "csubj") is None


def _with_subject(p: Parse, v: int) -> int | None:
    """'... evolving with Mr. Trump saying ...': the parser hangs the participle on the main
    verb, but its subject is the object of the "with" just before it."""
    t = p.toks[v]
    if t.tag != "VBG" or t.dep not in ("advcl", "xcomp", "conj"):
        return None
    k = p.left[v] - 1
    if k < 1 or p.toks[k].dep != "pobj" or p.toks[k].pos not in ("NOUN", "PROPN", "PRON"):
        return None
    prep = p.toks[k].head
    return k if p.lower(prep) == "with" else None


def _live_stamps(p: Parse) -> set[int]:
    """A live page's time stamps (``time.recognize.live_stamps``), found once per parse."""
    stamps = p.__dict__.get("_live_stamps")
    if stamps is None:
        stamps = p.__dict__["_live_stamps"] = live_stamps(p.text)
    return stamps


def source_span(p: Parse, s: int) -> Span | None:
    """The source head's subtree, without a trailing relative/appositive clause."""
    lo, hi = p.left[s], p.right[s]
    # a wire dateline the parser hung on the source ("HALMON -- Veltrano took ...") is not in
    # it, nor a live page's time stamp ("1340 UN chief Ban Ki-moon says ...")
    stamps = _live_stamps(p)
    while lo < s and (in_dateline(p, lo) or p.toks[lo].start in stamps):
        lo += 1
    # cut relative clauses and long appositions after the head ("X, who ..., said")
    for c in p.kids[s]:
        if c > s and p.toks[c].dep in ("relcl", "acl") and p.left[c] > s:
            hi = min(hi, p.left[c] - 1)
        # and a preposition with a clause of its own ("Ryan, despite admitting that ..., said")
        if c > s and p.toks[c].dep == "prep" and p.left[c] > s and any(p.toks[k].dep == "pcomp" for k in p.kids[c]):
            hi = min(hi, p.left[c] - 1)
    return p.span(lo, hi, keep_quotes=False)


# --- cue spans ---------------------------------------------------------------------------


def cue_span(p: Parse, v: int) -> Span:
    lo = hi = v
    for c in p.kids[v]:
        dep = p.toks[c].dep
        if dep in ("aux", "auxpass", "neg") and c < v and c >= v - 3:
            lo = min(lo, c)
        elif dep == "advmod" and c == v - 1 and p.lower(c) in ("also", "later", "repeatedly", "reportedly"):
            lo = min(lo, c)
        elif dep == "prt" and c > v and c <= v + 2:
            hi = max(hi, c)
    return (p.toks[lo].start, p.toks[hi].end)


# --- contents ----------------------------------------------------------------------------

CONTENT_RIGHT = ("dobj", "xcomp", "attr", "oprd", "acomp", "dative", "prep", "pcomp", "ccomp")


def verb_content(view: View, v: int) -> tuple[str, list[Span]]:
    """Frame name and content spans of a verb cue."""
    p = view.p
    kids = p.kids[v]
    ccomps = [c for c in kids if p.toks[c].dep == "ccomp"]
    if ccomps:
        last = max(ccomps)
        tail = _tail(view, v, last) if last > v else p.right[last]
        spans = [sp for c in ccomps if (sp := p.span(p.left[c], tail if c == last else p.right[c])) is not None]
        return "ccomp", spans
    # the cue is a parenthetical after its content: '"...," he said' parsed with the
    # cue as parataxis (or ccomp) of the quoted clause's root
    t = p.toks[v]
    if t.dep == "parataxis" and p.child(v, "nsubj") is not None:
        # a parenthetical cue: "The economy, he said, is growing" or '"...," he said'
        h = t.head
        spans = []
        a = p.span(p.left[h], p.left[v] - 1) if p.left[h] < p.left[v] else None
        if a:
            spans.append(a)
        b = p.span(p.right[v] + 1, p.right[h]) if p.right[v] < p.right[h] else None
        if b:
            spans.append(b)
        if spans:
            return "up", spans
    if t.dep == "advcl" and _as_clause(p, v):
        # "as Menendez pointed out, rulings have lasting impact", "..., as the AP reported":
        # the clause the cue's "as"-clause hangs on is what was reported
        h = t.head
        spans = [sp for sp in (p.span(p.left[h], p.left[v] - 1), p.span(p.right[v] + 1, p.right[h])) if sp]
        if spans:
            return "as", spans
    speech = t.lemma.lower() in cue_lexicon.SPEECH_VERBS or t.lemma.lower() in ("tell", "ask")
    if speech:
        clauses = [c for c in kids if c > v and _reported_advcl(p, c)]
        if clauses:
            # "Trump said after the convention he would hold ...": the parser hangs the
            # reported clause on the verb as an adverbial (the time phrase opening it)
            sp = p.span(p.left[clauses[-1]], _tail(view, v, clauses[-1]))
            if sp is not None:
                return "ccomp", [sp]
        sp = _media_that_clause(p, v)
        if sp is not None:
            return "ccomp", [sp]
        found = _quote_or_colon(view, v)
        if found is not None:
            return found
    right = []
    frame = None
    for c in kids:
        if c < v:
            continue
        dep = p.toks[c].dep
        if dep not in CONTENT_RIGHT:
            continue
        if dep == "prep" and _adjunct_prep(view, c, speech):
            if not right:
                continue
            break
        right.append(c)
        if dep in ("dobj", "xcomp", "attr", "oprd", "acomp"):
            break
        if frame is None:
            frame = "xcomp" if dep == "xcomp" else f"prep:{p.lower(c)}" if dep == "prep" else "prep" if dep == "pcomp" else "dobj"
    if right:
        sp = p.span(p.left[right[0]], _tail(view, v, right[-1]))
        if sp:
            return frame or "dobj", [sp]
    return _quote_or_colon(view, v) or ("none", [])


def _as_clause(p: Parse, v: int) -> bool:
    """The cue opens its clause with "as" and takes no object of its own ("as X noted")."""
    m = p.child(v, "mark")
    if m is None or p.lower(m) != "as" or m != p.left[v]:
        return False
    return p.child(v, "dobj", "ccomp", "xcomp") is None


def _quote_or_colon(view: View, v: int) -> tuple[str, list[Span]] | None:
    """Content outside the cue's complements: a quotation right before the cue's clause
    ('"Is that all?" Trump said.') or right after it ('he said in a statement, "..."'),
    else what follows a colon after the cue."""
    r = _adjacent_quote(view, v)
    if r is not None:
        return "adjacent", [(r.start, r.end)]
    colon = _colon_after(view.p, v)
    if colon is not None:
        spans = _after_colon(view, colon)
        if spans:
            return "colon", spans
    return None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _reported_advcl(p, c: int) -> bool:
    """An adverbial clause of a speech verb that is a report: finite, with its own subject
    and no subordinator ("... said after the convention he would ...", not "... said when
    he left" nor "... said, smiling")."""
    t = p.toks[c]
    if t.dep != "advcl" or p.child(c, "nsubj", "nsubjpass") is None or p.child(c, "mark") is not None:
        return False
    if any(p.toks[k].dep == "advmod" and p.toks[k].tag == "WRB" for k in p.kids[c]):
        return False  # "when", "where" opening it
    return t.tag in _FINITE_TAGS or any(p.toks[k].dep == "aux" and p.toks[k].tag in _FINITE_TAGS for k in p.kids[c])


def _tail(view: View, v: int, last: int) -> int:
    """The last token of a cue's content: the complement's subtree and the phrases that
    follow it in the cue's clause ("his voting record in the early 2000s in the House"),
    up to a comma-led participle or clause that starts a new attribution ("..., adding")."""
    p = view.p
    hi = p.right[last]
    lex = cue_lexicon.default_lexicon()
    for c in p.kids[v]:
        if c <= last or p.toks[c].dep in ("punct", "cc") or p.is_space(c):
            continue
        t = p.toks[c]
        if t.dep == "conj" and _that_clause_conj(p, c):
            # "argued that X and that Y": a second clause of the same report
            hi = max(hi, p.right[c])
            continue
        if t.dep in ("conj", "parataxis"):
            break
        if t.dep in ("advcl", "acl", "xcomp") and t.pos == "VERB" and lex.lemma_scores.get(t.lemma.lower(), 0) >= 0.2:
            break
        r = view.regions.at(t.start)
        if r is not None and view.regions.at(p.toks[last].start) is None and _sentential(view, r):
            # a quoted sentence after the content is the next quote; a quoted phrase
            # ('to oppose legal status "today, tomorrow, forever."') is part of it
            break
        if p.sent_of[c] != p.sent_of[v]:
            break
        hi = max(hi, p.right[c])
    return hi


def _that_clause_conj(p: Parse, c: int) -> bool:
    """A conjunct that opens with "that" (the parser's reading of "said that X and that Y")."""
    m = p.child(c, "mark")
    if m is None or p.lower(m) != "that":
        return False
    return all(p.toks[k].dep in ("cc", "punct") for k in range(p.left[c], m))


def _media_that_clause(p: Parse, v: int) -> Span | None:
    """'said in a statement that X': the parser often hangs the that-clause on the noun."""
    for c in p.kids[v]:
        if c < v or p.toks[c].dep != "prep":
            continue
        obj = p.child(c, "pobj")
        if obj is None or p.toks[obj].lemma.lower() not in cue_lexicon.MEDIA_NOUNS:
            continue
        for k in p.kids[obj]:
            if k > obj and p.toks[k].dep in ("relcl", "acl", "ccomp") and p.lower(p.left[k]) == "that":
                return p.subtree_span(k)
    return None


def _adjunct_prep(view: View, c: int, speech: bool) -> bool:
    """A prepositional phrase of circumstance ("at a rally", "on Tuesday", "on Twitter")."""
    p = view.p
    w = p.lower(c)
    if w in cue_lexicon.ADJUNCT_PREPS:
        return True
    obj = p.child(c, "pobj")
    if obj is None:
        return False
    if p.toks[obj].lemma.lower() in cue_lexicon.MEDIA_NOUNS or p.toks[obj].lemma.lower() in cue_lexicon.TIME_NOUNS:
        return True
    if speech and w in ("on", "to", "of", "for"):
        # "said on Fox News", "told to reporters"; "said of Romney" keeps its object
        return w != "of"
    return False


def _content_subject(p: Parse, v: int, lemma: str, frame: str) -> int | None:
    """The subject that belongs to the content: raising verbs ("X seems Y") and passive
    belief verbs ("X is expected to Y", "X is seen as Y")."""
    if frame.split(":")[0] not in ("xcomp", "dobj", "prep"):
        return None
    if lemma in cue_lexicon.SUBJECT_RAISING:
        return p.child(v, "nsubj")
    if lemma in cue_lexicon.PASSIVE_BELIEF and p.child(v, "auxpass") is not None:
        return p.child(v, "nsubjpass")
    return None


def _clause_edges(p: Parse, v: int, regions: RegionIndex | None = None) -> tuple[int, int]:
    """First and last token of the cue's own clause (its subject and adjuncts), leaving
    out what the parser hung on it from a quotation next to it."""
    lo, hi = v, v
    for c in p.kids[v]:
        if p.toks[c].dep in ("punct", "mark", "cc") or p.is_space(c):
            continue
        if regions is not None and regions.at(p.toks[c].start) is not None and regions.at(p.toks[v].start) is None:
            continue
        lo, hi = min(lo, p.left[c]), max(hi, p.right[c])
    return lo, hi


def _adjacent_quote(view: View, v: int) -> Region | None:
    p = view.p
    lo, hi = _clause_edges(p, v, view.regions)
    start, end = p.toks[lo].start, p.toks[hi].end
    para = view.paras[view.para_of(start)]
    # before: the nearest region ending before the clause, with only punctuation between
    before = [r for r in view.regions.overlapping(para[0], start) if r.end <= start]
    if before:
        r = before[-1]
        if not view.text[r.end : start].strip(" ,;:—–-\t") and _sentential(view, r):
            return r
    after = [r for r in view.regions.overlapping(end, para[1]) if r.start >= end]
    if after:
        r = after[0]
        gap = view.text[end : r.start]
        if not gap.strip(" ,;:—–-\t") and _sentential(view, r):
            return r
    return None


def _colon_after(p: Parse, v: int) -> int | None:
    j = v + 1
    limit = min(len(p), v + 8)
    while j < limit:
        w = p.word(j)
        if w == ":":
            return j
        if p.toks[j].pos == "VERB" or w in ".?!\n" or p.is_space(j):
            return None
        j += 1
    return None


def _after_colon(view: View, colon: int) -> list[Span]:
    p = view.p
    start = p.toks[colon].end
    k = view.para_of(start)
    ps, pe = view.paras[k]
    rest = view.text[start:pe].strip()
    if rest:
        lead = len(view.text[start:pe]) - len(view.text[start:pe].lstrip())
        return [(start + lead, pe)]
    # the colon ends the paragraph: the next paragraph(s) are the content
    if k + 1 < len(view.paras):
        return [view.paras[k + 1]]
    return []


def according_content(view: View, acc: int) -> tuple[int | None, list[Span]]:
    """'according to X': (X's head, the clause around it minus the attribution)."""
    p = view.p
    to = acc + 1 if acc + 1 < len(p) and p.lower(acc + 1) == "to" else None
    src = None
    if to is not None:
        src = p.child(to, "pobj")
        if src is None:
            src = p.child(acc, "pobj")
    h = p.toks[acc].head
    if h == acc:
        # parsed as the root: the rest of the sentence is the content
        sent = view.doc.sentences[p.sent_of[acc]]
        lo, hi = sent.token_start, sent.token_end - 1
    else:
        # climb to the clause
        while p.toks[h].pos not in ("VERB", "AUX") and p.toks[h].head != h:
            h = p.toks[h].head
        lo, hi = p.left[h], p.right[h]
    a_lo, a_hi = p.left[acc], p.right[acc]
    if to is not None:
        a_hi = max(a_hi, p.right[to])
    spans = []
    left = p.span(lo, a_lo - 1)
    if left:
        spans.append(left)
    right = p.span(a_hi + 1, hi)
    if right:
        spans.append(right)
    return src, spans


# --- noun cues ---------------------------------------------------------------------------


def noun_content(view: View, n: int) -> tuple[str, int | None, list[Span]]:
    """A reporting noun with a "that"-clause or an "of/for/about" object."""
    p = view.p
    for c in p.kids[n]:
        if c > n and p.toks[c].dep in ("acl", "ccomp", "relcl") and _has_that(p, c):
            sp = p.subtree_span(c)
            if sp:
                return "noun-that", _noun_source(p, n), [sp]
    for c in p.kids[n]:
        if c < n:
            continue
        dep = p.toks[c].dep
        if dep == "prep" and p.lower(c) in NOUN_PREPS:
            obj = p.child(c, "pobj") or p.child(c, "pcomp")
            if obj is not None:
                sp = p.subtree_span(obj)
                if sp:
                    return "noun-prep", _noun_source(p, n), [sp]
        if dep in ("acl", "relcl") and p.toks[c].tag == "VB" and p.lower(p.left[c]) == "to":
            sp = p.subtree_span(c)
            if sp:
                return "noun-to", _noun_source(p, n), [sp]
    return "none", None, []


# Prepositions that carry a stance noun's object ("support for", "criticism of").
NOUN_PREPS = frozenset({"of", "for", "on", "about", "against", "to", "over", "toward", "towards"})


def _has_that(p: Parse, c: int) -> bool:
    m = p.child(c, "mark")
    return m is not None and p.lower(m) == "that" and m == p.left[c]


def _noun_source(p: Parse, n: int) -> int | None:
    poss = p.child(n, "poss")
    if poss is not None:
        return poss
    for c in p.kids[n]:
        if p.toks[c].dep == "prep" and p.lower(c) in ("by", "from"):
            o = p.child(c, "pobj")
            if o is not None:
                return o
    comp = [c for c in p.kids[n] if p.toks[c].dep == "compound" and p.toks[c].pos == "PROPN"]
    if comp:
        return comp[0]
    # "X issued a statement that": the subject of the governing verb
    h = p.toks[n].head
    if p.toks[n].dep in ("dobj", "pobj") and h != n:
        if p.toks[n].dep == "pobj":
            if p.lower(h) in TARGET_PREPS:
                return None  # "came under criticism": X is its target
            h = p.toks[h].head
        if p.toks[h].lemma.lower() in TARGET_VERBS:
            return None  # "X faced criticism", "drew praise": someone else's words about X
        s, _ = find_source(p, h)
        return s
    return None


# A stance noun that is the object of these verbs is aimed at their subject, who does not
# hold it ("the president has faced criticism for ..."): its source goes unnamed.
TARGET_VERBS = frozenset(
    "face receive draw attract weather endure suffer deflect dismiss reject ignore rebuff shrug brush "
    "invite provoke spark prompt trigger fuel earn win garner court".split()
)
TARGET_PREPS = frozenset({"under", "amid", "despite"})


# --- candidate generation ----------------------------------------------------------------


def candidates(view: View, lexicon: "cue_lexicon.Lexicon | None" = None) -> list[Candidate]:
    """Every cue in the article with its frame; ``lexicon=None`` keeps every verb (for
    learning the lexicon), otherwise a cue is kept when the lexicon scores its frame."""
    p = view.p
    out: list[Candidate] = []
    for t in p.toks:
        v = t.i
        low = p.lower(v)
        if low == "according" and v + 1 < len(p) and p.lower(v + 1) == "to":
            src, spans = according_content(view, v)
            if spans:
                out.append(_make(p, v, "according to", "according", src, spans, view, span_hi=v + 1))
            continue
        if t.pos == "VERB" or (t.pos == "AUX" and t.dep not in ("aux", "auxpass")):
            lemma = t.lemma.lower()
            if lexicon is not None and not lexicon.maybe(lemma):
                if lemma in lexicon.prep_cues:
                    src, how = find_source(p, v)
                    out.extend(_verb_prep_cues(view, v, lemma, src, how, None, lexicon))
                continue
            frame, spans = verb_content(view, v)
            if not spans:
                frame, spans = _passive_agent_content(p, v)
            src, how = find_source(p, v)
            if not spans:
                out.extend(_verb_prep_cues(view, v, lemma, src, how, None, lexicon))
                continue
            vsrc = src
            subj = _content_subject(p, v, lemma, frame)
            if subj is not None:
                # "Trump seemed unperturbed", "Trump is expected to win": the subject is
                # part of what is held true, and nobody is named as holding it
                sp = p.span(p.left[subj], p.right[subj])
                if sp:
                    spans = [sp] + spans
                    src, how = (None, "none") if how != "agent" else (src, how)
                    frame = frame + "-subj"
            c = _make(p, v, lemma, frame, src, spans, view)
            c.extra["src_how"] = how
            out.append(c)
            out.extend(_verb_prep_cues(view, v, lemma, vsrc, how, c, lexicon))
        elif t.pos == "NOUN":
            lemma = t.lemma.lower()
            if lexicon is not None and not lexicon.maybe_noun(lemma):
                continue
            if lexicon is None and lemma not in cue_lexicon.NOUN_CUES and lemma not in cue_lexicon.STANCE_NOUNS:
                continue
            frame, src, spans = noun_content(view, v)
            if spans:
                out.append(_make(p, v, lemma, frame, src, spans, view))
        elif t.pos == "ADJ" and t.dep == "acomp":
            lemma = t.lemma.lower()
            if lexicon is not None and not lexicon.maybe(lemma):
                continue
            c = _adjective_cue(view, v, lemma)
            if c is not None:
                out.append(c)
        if low == "in" and t.dep == "prep":
            c = _in_document(view, v)
            if c is not None:
                out.append(c)
    out.extend(_label_colons(view))
    _mark_nested(out)
    return out


def _verb_prep_cues(
    view: View, v: int, lemma: str, src: int | None, how: str, main: Candidate | None, lexicon
) -> list[Candidate]:
    """'X balked at Y', 'X agreed with Y', 'X responded to Y': the object of a preposition
    that the verb's own frame left out (as a circumstance or after another complement) is
    what X holds or says when (verb, preposition) is such a cue often enough on PolNeAR
    train (the lexicon's 'vprep:' rows); ``lexicon=None`` (learning) keeps every pair."""
    p = view.p
    if lexicon is not None and not lexicon.prep_cues.get(lemma):
        return []
    out = []
    lo, hi = (p.token_range(main.start, main.end) or (None, None)) if main and main.content else (None, None)
    for c in p.kids[v]:
        if c < v or p.toks[c].dep != "prep":
            continue
        w = p.lower(c)
        if lexicon is not None and w not in lexicon.prep_cues[lemma]:
            continue
        if lo is not None and lo <= c <= hi:
            continue  # the verb's own frame took this phrase
        obj = p.child(c, "pobj", "pcomp")
        if obj is None or p.toks[obj].lemma.lower() in cue_lexicon.TIME_NOUNS:
            continue
        sp = p.subtree_span(obj)
        if sp is None:
            continue
        cand = _make(p, v, lemma, f"vprep:{w}", src, [sp], view, span_hi=c)
        cand.extra["src_how"] = how
        if cand.content:
            out.append(cand)
    return out


def _adjective_cue(view: View, a: int, lemma: str) -> Candidate | None:
    """'X is critical of Y', 'X was confident that Y', 'X is eager to Y': a predicate
    adjective with a clause or object of its own; the copula's subject is the source."""
    p = view.p
    for c in p.kids[a]:
        if c < a:
            continue
        dep = p.toks[c].dep
        if dep in ("ccomp", "xcomp"):
            sp = p.subtree_span(c)
            frame, hi = ("adj-that" if dep == "ccomp" else "adj-to"), None
        elif dep == "prep" and p.lower(c) not in ("during", "since", "until", "after", "before", "amid"):
            obj = p.child(c, "pobj", "pcomp")
            if obj is None or p.toks[obj].lemma.lower() in cue_lexicon.TIME_NOUNS:
                continue
            sp = p.subtree_span(obj)
            frame, hi = f"adj-prep:{p.lower(c)}", c
        else:
            continue
        if sp is None:
            continue
        src, how = find_source(p, p.toks[a].head) if p.toks[a].head != a else (None, "none")
        cand = _make(p, a, lemma, frame, src, [sp], view, span_hi=hi)
        cand.extra["src_how"] = how
        return cand
    return None


def _passive_agent_content(p: Parse, v: int) -> tuple[str, list[Span]]:
    """'The move was first reported by MSNBC', 'Assad, opposed by the U.S.': a passive cue
    with a by-agent and no complement; what was reported or opposed is its passive subject
    (or the noun a participle clause modifies), and the agent is the source."""
    t = p.toks[v]
    if t.tag != "VBN":
        return "none", []
    agent = p.child(v, "agent")
    if agent is None or p.child(agent, "pobj") is None:
        return "none", []
    subj = p.child(v, "nsubjpass")
    if subj is not None:
        sp = p.span(p.left[subj], p.right[subj])
        return ("passive", [sp]) if sp else ("none", [])
    h = t.head
    if t.dep == "acl" and h != v and p.toks[h].pos in ("NOUN", "PROPN"):
        # the modified noun phrase up to the participle clause
        hi = p.left[v] - 1
        while hi > p.left[h] and (p.toks[hi].dep == "punct" or p.is_space(hi)):
            hi -= 1
        sp = p.span(p.left[h], hi) if hi >= p.left[h] else None
        return ("passive", [sp]) if sp else ("none", [])
    return "none", []


def _mark_nested(cands: list[Candidate]) -> None:
    """Flag 'e' for a cue that lies inside the content of a strong cue ("defended the
    line by saying ...", "the department said it will review ..."): annotators mostly
    keep only one of the two."""
    lex = cue_lexicon.default_lexicon()
    # a preposition's object ("responded to the report") holds no one else's words
    strong = [
        d for d in cands
        if (lex.lemma_scores.get(d.lemma, 0.0) >= 0.3 and not d.frame.startswith("vprep:")) or d.frame == "according"
    ]
    for c in cands:
        ctx = c.extra.get("ctx", "")
        if "e" in ctx:
            continue
        s = c.cue_span[0]
        for d in strong:
            if d is not c and d.cue != c.cue and any(a <= s < b for a, b in d.content):
                c.extra["ctx"] = "".join(sorted(ctx + "e", key="nfeq".index)) if set(ctx) <= set("nfeq") else ctx + "e"
                break


def _in_document(view: View, v: int) -> Candidate | None:
    """'In a Fox News poll, Trump leads': the finding of a poll, report or statement."""
    p = view.p
    obj = p.child(v, "pobj")
    if obj is None or p.toks[obj].lemma.lower() not in cue_lexicon.DOCUMENT_NOUNS:
        return None
    h = p.toks[v].head
    if h == v or p.toks[h].pos not in ("VERB", "AUX"):
        return None
    lo, hi = p.left[h], p.right[h]
    a_lo, a_hi = p.left[v], p.right[v]
    spans = [sp for sp in (p.span(lo, a_lo - 1), p.span(a_hi + 1, hi)) if sp]
    if not spans:
        return None
    c = _make(p, v, "in", "media", None, spans, view)
    c.source = obj
    c.source_span = p.span(p.left[obj], p.right[obj], keep_quotes=False)
    c.cue_span = (p.toks[v].start, p.toks[v].end)
    c.extra["head"] = h
    c.extra["ctx"] = context_flags(view, c)
    return c


# A clock time or a year before a paragraph's colon, with a time zone or not; a live page's
# four-digit stamp opening a label ("0907", "1243").
_TIME_LABEL = re.compile(
    r"\s*(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?|\d{4})\s*(?:[A-Z]{1,3}T|GMT|UTC|local time)?\s*$", re.I
)
_CLOCK = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")
# How a live page credits a reader's message: "Harry Brown in Macau e-mails:".
_MESSAGE_WORDS = frozenset({"tweets", "tweeted", "e-mails", "emails", "e-mailed", "emailed", "texts", "texted",
                            "writes", "wrote", "says", "said", "blogs", "posts", "adds"})


# A label naming a topic, not a speaker ("On Blair:", "About the war:").
_TOPIC_WORDS = frozenset({"on", "about", "re", "regarding", "concerning", "topic", "subject"})
# The words of a date label ("March 14 2003:", "Tuesday, 5 April:"), from the time stage's tables.
_DATE_LABEL_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    f"{n}{s}" for n in range(1, 32) for s in ("st", "nd", "rd", "th")
)


def _label_source(p: Parse, lo: int, colon: int) -> tuple[int, int]:
    """The speaker's tokens in a label before a colon: without a live page's time stamp
    ("1243 RAMhaiti tweets") and, before a message word, without the place and the word
    ("0917 Harry Brown in Macau e-mails" is Harry Brown)."""
    stamps = _live_stamps(p)
    first, last = lo, colon - 1
    while first < last and (p.toks[first].start in stamps or _CLOCK.match(p.word(first))):
        first += 1
    end = last
    while last > first and (p.lower(last) in _MESSAGE_WORDS or p.lower(last) in ("mails", "mailed", "-", "e")):
        last -= 1  # "e-mails" may come as three tokens
    if last < end:
        for j in range(first + 1, last + 1):
            if p.word(j) in (",", "in", "from", "of", "at"):
                last = j - 1
                break
    return first, last


_FIGURE = re.compile(r"\s*[-+\u2212]\s*\d")


def _label_colons(view: View) -> list[Candidate]:
    """'Kasich: "We are going all the way"', 'Poll: three races are tight', 'A: No one did.'
    A short name or noun phrase opening a paragraph, a colon, then what it said."""
    p = view.p
    out = []
    for ps, pe in view.paras:
        rng = p.token_range(ps, pe)
        if rng is None:
            continue
        lo, hi = rng
        colon = None
        for j in range(lo, min(hi, lo + 9)):
            if p.word(j) == ":":
                colon = j
                break
        if colon is None or colon == lo:
            continue
        prefix = range(lo, colon)
        if any(p.toks[j].pos in ("VERB", "AUX") and p.toks[j].tag not in ("VBN", "VBG") for j in prefix):
            continue
        if _TIME_LABEL.match(view.text[p.toks[lo].start : p.toks[colon].start]):
            continue  # a live blog's time stamp ("12.15 pm ET: More bad news ..."), no speaker
        if all(p.lower(j).strip(".,") in _DATE_LABEL_WORDS or p.word(j).strip(".,").isdigit()
               or p.is_trimmable(j) for j in prefix):
            continue  # a diary's or a chronology's date ("March 14 2003: One's not going ...")
        if not any(
            p.toks[j].pos == "PROPN"
            or p.toks[j].lemma.lower() in cue_lexicon.SOURCE_NOUNS
            or p.toks[j].lemma.lower() in cue_lexicon.DOCUMENT_NOUNS
            or p.word(j) in ("A", "Q")
            for j in prefix
        ):
            continue
        start = p.toks[colon].end
        rest = view.text[start:pe]
        if len(rest.split()) < 3 or _FIGURE.match(rest):
            continue  # a label before a figure ("Dow Jones Industrial Average: -196.33 ...") says nothing
        lead = len(rest) - len(rest.lstrip())
        c = Candidate(colon, (p.toks[colon].start, p.toks[colon].end), ":", "label", None, None, [(start + lead, pe)])
        if p.lower(lo) not in _TOPIC_WORDS:
            # "On Blair: '...'" names what the words are about, not who said them
            first, last = _label_source(p, lo, colon)
            head = max(range(first, last + 1), key=lambda j: (p.toks[j].pos in ("PROPN", "NOUN"), j))
            c.source = head
            c.source_span = p.span(first, last, keep_quotes=False)
        c.extra["ctx"] = "h" if view.paras.index((ps, pe)) == 0 else ""
        out.append(c)
    return out


# A transcript's speaker label opening a paragraph: up to four capitalised words ("Paxman",
# "JAKE TAPPER", "Gov. Mary Fallin") or Q/A, then a colon and the words.
_TURN_LABEL = re.compile(r"\s*((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+(?=\S)")
# A stage direction standing alone ("(BEGIN VIDEO CLIP)", "[Laughter]"): no one's words.
_STAGE_DIRECTION = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*\.?\s*")


def _turn_label(view: View, ps: int, pe: int) -> tuple[int, int] | None:
    """The label span of a paragraph that opens like a transcript's turn, else None."""
    m = _TURN_LABEL.match(view.text, ps, pe)
    if m is None or len(m.group(1)) > 40:
        return None
    words = [w.strip(".,").lower() for w in m.group(1).split()]
    if words[0] in _TOPIC_WORDS or all(w in _DATE_LABEL_WORDS for w in words):
        return None
    return m.start(1), m.end(1)


def _wordy(text: str) -> bool:
    return sum(1 for w in text.split() if any(ch.isalpha() for ch in w)) >= 3


def _speaker_key(label: str) -> str:
    """'JAKE TAPPER' and 'TAPPER' are one speaker: the label's last word, folded."""
    return label.split()[-1].strip(".").casefold()


def transcript_turns(view: View) -> list[tuple[tuple[int, int], int, list[Span]]]:
    """The turns of an interview transcript: (label span, offset of its colon, content
    spans) in text order.

    An article is a transcript when at least two speakers each open two or more paragraphs
    with a label ("Paxman: ...", "Blair: ..."; "Q:" and "A:"). A turn is its paragraph after
    the colon and the unlabelled paragraphs after it, up to the next label, less any stage
    direction standing alone ("(LAUGHTER)"); the last turn takes no more paragraphs than
    the shortest turn before it, so a page's closing lines are not put in the last
    speaker's mouth. The label-colon rule alone reads one paragraph per turn, and news
    pages that split text into one paragraph per sentence spread a turn over many."""
    labels = []
    for k, (ps, pe) in enumerate(view.paras):
        if k == 0:
            continue  # a headline's label ("OK Gov Fallin: Trump Is ...") is no turn
        span = _turn_label(view, ps, pe)
        if span is not None:
            labels.append((k, span))
    # only labels before words count as speakers: "Clinton: 1,769." is a tally
    counts = Counter(_speaker_key(view.text[a:b]) for k, (a, b) in labels if _wordy(view.text[b : view.paras[k][1]]))
    if sum(1 for n in counts.values() if n >= 2) < 2:
        return []
    # the transcript opens with its first recurring speaker ("Full text: ..." before it is
    # a heading); a speaker heard once after that is a turn too (a clip played)
    first = next(n for n, (_, (a, b)) in enumerate(labels) if counts[_speaker_key(view.text[a:b])] >= 2)
    labels = labels[first:]
    turns = []
    lengths = []
    for n, (k, (a, b)) in enumerate(labels):
        last = n + 1 == len(labels)
        stop = labels[n + 1][0] if not last else min(len(view.paras), k + min(lengths, default=1))
        ps, pe = view.paras[k]
        colon = view.text.index(":", b)
        start = colon + 1
        while start < pe and view.text[start].isspace():
            start += 1
        spans = [(start, pe)]
        for j in range(k + 1, stop):
            qs, qe = view.paras[j]
            if _STAGE_DIRECTION.fullmatch(view.text, qs, qe):
                continue  # "(LAUGHTER)" is no one's words, but the turn goes on
            spans.append((qs, qe))
        lengths.append(len(spans))
        turns.append(((a, b), colon, spans))
    return turns


def _transcript(view: View, cands: list[Candidate]) -> list[Candidate]:
    """Each turn of a transcript is its speaker's verbatim words (direct, one quote across
    its paragraphs); a cue inside a turn is part of it, as a cue inside quotation marks is."""
    turns = transcript_turns(view)
    if not turns:
        return cands
    p = view.p
    inside = [(spans[0][0], spans[-1][1]) for _, _, spans in turns]
    labels = {a for (a, _), _, _ in turns}

    def in_turn(c: Candidate) -> bool:
        at = c.cue_span[0]
        return any(s <= at < e for s, e in inside) or c.frame == "label" and c.source_span and c.source_span[0] in labels

    out = [c for c in cands if not in_turn(c)]
    for (a, b), at, spans in turns:
        colon = p.token_at(at)
        rng = p.token_range(a, b)
        if colon is None or rng is None:
            continue
        src = max(range(rng[0], rng[1] + 1), key=lambda j: (p.toks[j].pos in ("PROPN", "NOUN"), j))
        c = Candidate(colon, (p.toks[colon].start, p.toks[colon].end), ":", "label", src, (a, b), spans)
        c.score = 0.9
        c.direct = True
        c.extra["ctx"] = ""
        c.extra["transcript"] = True
        out.append(c)
    return out


def _make(
    p: Parse,
    v: int,
    lemma: str,
    frame: str,
    src: int | None,
    spans: list[Span],
    view: View,
    span_hi: int | None = None,
) -> Candidate:
    cs = cue_span(p, v)
    if span_hi is not None:
        cs = (cs[0], p.toks[span_hi].end)
    ss = source_span(p, src) if src is not None else None
    # a content must not swallow its own cue or source
    spans = _cut_out(spans, [cs] + ([ss] if ss else []), view.text)
    c = Candidate(v, cs, lemma, frame, src, ss, spans)
    c.extra["ctx"] = context_flags(view, c)
    return c


FIRST_SECOND = frozenset({"i", "we", "you", "me", "us"})


def context_flags(view: View, c: Candidate) -> str:
    """Context that changes how likely a cue is an attribution (a key of the lexicon):
    n = no source found; f = the source is "I", "we" or "you"; e = the cue is inside the
    reported clause of another cue ("he said she believes ..."); q = the cue is inside
    quotation marks (someone else's words).

    (Tried on the training split and dropped: inanimate source, relative-pronoun source,
    to-infinitive and gerund cues; they lowered F1.)"""
    p = view.p
    flags = ""
    if c.source is None:
        flags += "n"
    elif p.lower(c.source) in FIRST_SECOND:
        flags += "f"
    if _embedded(p, c.cue):
        flags += "e"
    if view.regions.at(c.cue_span[0]) is not None:
        flags += "q"
    return flags


def _embedded(p: Parse, v: int) -> bool:
    """The cue sits inside the reported clause of another cue ("he said she believes",
    "polls show voters believe")."""
    lex = cue_lexicon.default_lexicon()
    child = v
    for a in p.ancestors(v):
        if p.toks[child].dep in ("ccomp", "xcomp"):
            t = p.toks[a]
            lemma = t.lemma.lower()
            if t.pos == "VERB" and (
                lemma in cue_lexicon.SPEECH_VERBS or lex.lemma_scores.get(lemma, 0.0) >= 0.3
            ):
                return True
        child = a
    return False


def _cut_out(spans: list[Span], holes: list[Span], text: str) -> list[Span]:
    out = []
    for s, e in spans:
        pieces = [(s, e)]
        for hs, he in holes:
            nxt = []
            for a, b in pieces:
                if he <= a or hs >= b:
                    nxt.append((a, b))
                    continue
                if hs > a:
                    nxt.append((a, hs))
                if he < b:
                    nxt.append((he, b))
            pieces = nxt
        for a, b in pieces:
            t = _trim(text, a, b)
            if t:
                out.append(t)
    return out


TRIM_CHARS = " \t\n,;:—–-"


def _trim(text: str, a: int, b: int) -> Span | None:
    while a < b and text[a] in TRIM_CHARS:
        a += 1
    while b > a and text[b - 1] in TRIM_CHARS + ".":
        b -= 1
    if b - a < 2:
        return None
    return (a, b)


# --- quotation marks ---------------------------------------------------------------------


def _sentential(view: View, r: Region) -> bool:
    """A quoted stretch that is a clause or more (not a scare-quoted word or title)."""
    rng = view.p.token_range(r.start, r.end)
    if rng is None:
        return False
    lo, hi = rng
    words = [i for i in range(lo, hi + 1) if not view.p.is_trimmable(i, keep_quotes=False)]
    if len(words) < 4:
        return False
    return any(view.p.toks[i].pos in ("VERB", "AUX") for i in words)


def snap_to_quotes(view: View, c: Candidate) -> None:
    """Widen content spans to the quotation marks they reach into, mark direct/mixed."""
    new = []
    for s, e in c.content:
        for r in view.regions.overlapping(s, e):
            if r.start <= c.cue_span[0] < r.end:
                continue  # the cue is inside: a mis-paired mark, leave it
            if c.source_span and r.start <= c.source_span[0] < r.end:
                continue
            if r.start < s < r.end:
                s = r.start
                e = max(e, r.end)
            elif s <= r.start < e < r.end:
                e = r.end
        new.append((s, e))
    c.content = _merge(new)
    _classify(view, c)


def _classify(view: View, c: Candidate) -> None:
    """Direct: (almost) all the content is quoted and each span opens with a quotation;
    mixed: reported speech with quoted words in it."""
    total = sum(e - s for s, e in c.content)
    inside = sum(view.regions.inside_chars(s, e) for s, e in c.content)
    opens = all(view.regions.at(s) is not None for s, _ in c.content)
    c.direct = total > 0 and inside >= 0.8 * total and opens
    c.mixed = not c.direct and inside > 0


def _gap_is_quote_lead(text: str, a: int, b: int) -> bool:
    return all(ch in '"“«„ ' for ch in text[a:b])


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# --- the whole article -------------------------------------------------------------------


def _cut_datelines(p: Parse, cands: list[Candidate]) -> None:
    """A content that opens the sentence starts after its wire dateline: "NEW ORLEANS --
    The well is dead, the Coast Guard said" says "The well is dead"."""
    for c in cands:
        if not c.content:
            continue
        k = min(range(len(c.content)), key=lambda n: c.content[n][0])
        a, b = c.content[k]
        t = p.token_at(a)
        if t is None or not in_dateline(p, t):
            continue
        while t < len(p) and p.toks[t].start < b and (in_dateline(p, t) or p.is_space(t)):
            t += 1
        if t < len(p) and p.toks[t].start < b:
            c.content[k] = (p.toks[t].start, b)
        else:
            del c.content[k]


def extract(
    doc: ArticleDoc,
    lexicon: "cue_lexicon.Lexicon | None" = None,
    *,
    view: View | None = None,
    model: "classify.CueModel | None" = None,
    threshold: float | None = None,
    span_model: "span_choice.SpanModel | None" = None,
) -> list[Candidate]:
    """Attributions in one article, in text order (speakers not yet resolved). A cue is
    kept when ``model`` (the learned acceptance model, ``classify.py``) or, without one,
    the lexicon scores it at or above ``threshold`` (default: the scorer's own); an
    accepted cue's content is then the choice of ``span_model`` (``spans.py``) among
    alternative spans, when one is given."""
    lexicon = lexicon or cue_lexicon.default_lexicon()
    view = view or View(doc)
    p = view.p
    cands = []
    for c in scored_candidates(view, lexicon, model):
        if c.score >= (threshold if threshold is not None else model.threshold if model else lexicon.threshold):
            cands.append(c)
    span_choice.refine(view, cands, span_model)
    cands = _drop_raising(p, cands)
    cues_at = {c.cue for c in cands}
    cands = [c for c in cands if c.frame != "media" or c.extra.get("head") not in cues_at]
    cands = _dedupe(cands)
    _split_conjoined(view, cands)
    _cut_datelines(p, cands)
    cands = [c for c in cands if c.content]
    if SUPPRESS_OVERLAP < 1.0:
        cands = _suppress_overlaps(cands, SUPPRESS_OVERLAP)
    cands.sort(key=lambda c: (c.start, c.cue))
    cands.extend(_quotes_before_cues(view, cands, lexicon))
    cands.extend(_dash_bylines(view, cands))
    cands.sort(key=lambda c: (c.start, c.cue))
    _attach_quote_continuations(view, cands)
    cands = _transcript(view, cands)
    cands.sort(key=lambda c: (c.start, c.cue))
    return cands


def scored_candidates(
    view: View, lexicon: "cue_lexicon.Lexicon", model: "classify.CueModel | None" = None
) -> list[Candidate]:
    """Every candidate outside quotation marks, its content clipped to the cue's paragraph
    and snapped to quotation marks, scored by ``model`` (or the lexicon); content-less ones
    are left out."""
    out = []
    for c in candidates(view, lexicon):
        if "q" in c.extra.get("ctx", ""):
            continue  # a cue inside someone's quoted words is part of their quote
        if c.frame != "colon":
            _clip_to_paragraph(view, c)
        snap_to_quotes(view, c)
        if not c.content:
            continue
        if model is not None:
            c.score = model.score(view, c, lexicon)
        else:
            c.score = lexicon.score(c.lemma, c.frame, c.extra.get("ctx", ""))
        out.append(c)
    return out


# A kept candidate whose content is this much inside better-scored ones is dropped (the
# same report found through two cues: "said ... believes", a noun and its verb); 0.3 had
# the best F1 on PolNeAR train and dev (1.0 would keep all).
SUPPRESS_OVERLAP = 0.3


def _split_conjoined(view: View, cands: list[Candidate]) -> None:
    """'X told reporters that P but said Q': the parser hangs the second report on the
    first one's clause; the first content ends where the conjoined cue's clause begins."""
    p = view.p
    for b in cands:
        t = p.toks[b.cue]
        if t.dep != "conj" or b.frame in ("according", "label", "media"):
            continue
        cut = p.toks[b.cue].start
        cc = [k for k in p.kids[t.head] if p.toks[k].dep in ("cc", "punct") and p.left[b.cue] > k > t.head]
        lo = p.left[b.cue]
        if cc:
            lo = min(lo, max(cc))
        cut = p.toks[lo].start
        for a in cands:
            if a is b or not any(s < cut < e for s, e in a.content):
                continue
            if not all(s >= cut for s, _ in b.content):
                continue
            a.content = _cut_out(a.content, [(cut, max(e for _, e in a.content))], view.text)
            _classify(view, a)


def _suppress_overlaps(cands: list[Candidate], limit: float) -> list[Candidate]:
    """Best first: a candidate whose content is already ``limit`` or more covered by the
    contents of better-scored kept candidates is the same report found twice."""
    kept: list[Candidate] = []
    taken: set[int] = set()
    for c in sorted(cands, key=lambda c: -c.score):
        chars = {i for s, e in c.content for i in range(s, e)}
        if chars and len(chars & taken) >= limit * len(chars):
            continue
        kept.append(c)
        taken |= chars
    return kept


def _drop_raising(p: Parse, cands: list[Candidate]) -> list[Candidate]:
    """'appeared to suggest that X': keep 'suggest' (with the wider cue), drop 'appear'."""
    by_cue = {c.cue: c for c in cands}
    drop = set()
    for c in cands:
        if c.frame != "xcomp":
            continue
        x = p.child(c.cue, "xcomp")
        inner = by_cue.get(x) if x is not None else None
        if inner is None and x is not None:
            # "declined to comment on", "refused to say": a cue two steps down
            for k in p.kids[x]:
                if k in by_cue and p.toks[k].dep in ("xcomp", "ccomp", "conj"):
                    inner = by_cue[k]
                    break
        if inner is not None:
            drop.add(c.cue)
            inner.cue_span = (min(inner.cue_span[0], c.cue_span[0]), max(inner.cue_span[1], c.cue_span[1]))
            if inner.source is None and c.source is not None:
                inner.source, inner.source_span = c.source, c.source_span
    return [c for c in cands if c.cue not in drop]


def _clip_to_paragraph(view: View, c: Candidate) -> None:
    k = view.para_of(c.cue_span[0])
    ps, pe = view.paras[k]
    out = []
    for s, e in c.content:
        s2, e2 = max(s, ps), min(e, pe)
        if e2 - s2 >= 2:
            out.append((s2, e2))
    c.content = out


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    best: dict = {}
    for c in cands:
        key = tuple(c.content)
        if key not in best or c.score > best[key].score:
            best[key] = c
    return list(best.values())


POST_QUOTE_CUES = cue_lexicon.SPEECH_VERBS | {"tell", "ask", "tweet", "write", "post", "shout", "exclaim", "joke", "quip", "continue"}


def _quotes_before_cues(view: View, cands: list[Candidate], lexicon) -> list[Candidate]:
    """A quotation the parse left without a cue, followed by '[,] he said' or 'said X':
    the speech verb right after it (within the paragraph) is its cue."""
    p = view.p
    taken = {c.cue for c in cands}
    out = []
    for r in view.regions.regions:
        if not _sentential(view, r) or _covered(cands, r):
            continue
        para = view.paras[view.para_of(r.start)]
        rng = p.token_range(r.end, para[1])
        if rng is None:
            continue
        lo, hi = rng
        verb = None
        for j in range(lo, min(hi + 1, lo + 10)):
            t = p.toks[j]
            if view.regions.at(t.start) is not None:
                break
            if t.pos in ("VERB", "AUX") and t.lemma.lower() in POST_QUOTE_CUES:
                verb = j
                break
            if t.pos in ("VERB", "AUX") and t.dep not in ("aux", "auxpass"):
                break
            if p.word(j) in (".", "?", "!", ";"):
                break
        if verb is None or verb in taken:
            continue
        src = p.child(verb, "nsubj")
        if src is None:
            # 'said X' with X parsed elsewhere, or 'X said' with X not linked: the noun
            # phrase next to the verb
            for j in list(range(verb + 1, min(hi + 1, verb + 4))) + list(range(verb - 1, lo - 1, -1)):
                if p.toks[j].pos in ("PROPN", "NOUN", "PRON"):
                    src = j
                    while p.toks[src].dep == "compound" and p.toks[src].head > src:
                        src = p.toks[src].head
                    break
        c = _make(p, verb, p.toks[verb].lemma.lower(), "adjacent", src, [(r.start, r.end)], view)
        c.score = lexicon.score(c.lemma, "adjacent", c.extra.get("ctx", ""))
        if c.score < lexicon.threshold or not c.content:
            continue
        _classify(view, c)
        taken.add(verb)
        out.append(c)
    return out


# '"...," ― Jane Doe' or a paragraph '- Jane Doe, Philadelphia.' after a quoted paragraph:
# a dash and a short name close a quotation (reader comments, pull quotes, lists of quotes).
_BYLINE = re.compile(r"(?:^|(?<=[\s”\"’.!?]))(?:―|—|–|--|-)\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*(?:,[^\n]{0,80})?[.\s\u00a0]*$")


def _dash_bylines(view: View, cands: list[Candidate]) -> list[Candidate]:
    """A quotation closed by a dash and a name: the name is its speaker, the dash its cue."""
    p = view.p
    text = view.text
    out = []
    for k, (ps, pe) in enumerate(view.paras):
        m = _BYLINE.search(text, ps, pe)
        if m is None or m.end() != pe and text[m.end() : pe].strip():
            continue
        dash_at = m.start() if text[m.start()] not in " \t" else m.start() + 1
        before = text[ps:dash_at].rstrip(" \t\u00a0")
        if before:
            # the quotation ends right before the dash, in the same paragraph
            rs = [r for r in view.regions.overlapping(ps, dash_at) if r.end <= dash_at]
            if not rs or text[rs[-1].end : dash_at].strip(" \t\u00a0.,") or not _sentential(view, rs[-1]):
                continue
            content = [(rs[-1].start, rs[-1].end)]
        else:
            # a paragraph of its own after a paragraph that is a quotation
            if k == 0:
                continue
            qs, qe = view.paras[k - 1]
            if view.regions.inside_chars(qs, qe) < 0.8 * (qe - qs) or view.regions.at(qs) is None:
                continue
            content = [(qs, qe)]
        if any(a < content[0][1] and content[0][0] < b for c in cands for a, b in c.content):
            continue
        name = (m.start(1), m.end(1))
        rng = p.token_range(*name)
        if rng is None or not any(p.toks[j].pos == "PROPN" for j in range(rng[0], rng[1] + 1)):
            continue
        src = max(range(rng[0], rng[1] + 1), key=lambda j: (p.toks[j].pos == "PROPN", j))
        dash = p.token_at(dash_at)
        c = Candidate(dash if dash is not None else src, (dash_at, dash_at + 1), "―", "byline", src, name, content)
        c.extra["ctx"] = ""
        c.score = 0.9
        _classify(view, c)
        out.append(c)
    return out


def _covered(cands: list[Candidate], r: Region) -> bool:
    for c in cands:
        for s, e in c.content:
            if s < r.end and e > r.start and min(e, r.end) - max(s, r.start) >= 0.5 * (r.end - r.start):
                return True
    return False


def _extent_end(view: View, c: Candidate) -> int:
    """Where the attribution ends: its content or its cue's clause, whichever is later."""
    p = view.p
    end = max(c.end, c.cue_span[1])
    if c.frame != "according":
        end = max(end, p.toks[p.right[c.cue]].end)
    if c.source_span:
        end = max(end, c.source_span[1])
    return end


def _gap_ok(view: View, a: int, b: int) -> bool:
    return not view.text[a:b].strip(" ,.;:—–-\t\n\"“”'’")


def _attach_quote_continuations(view: View, cands: list[Candidate]) -> None:
    """Quoted stretches with no cue of their own join the quote just before them.

    '"A," he said, looking on. "B."' -> one quote with spans A and B; a paragraph that is
    only a quote, right after a paragraph that ended with a direct quote, continues it.
    """
    if not cands:
        return
    for r in view.regions.regions:
        if not _sentential(view, r) or _covered(cands, r):
            continue
        rp = view.para_of(r.start)
        best = None
        for c in cands:
            if c.start >= r.start or c.cue_span[0] >= r.start:
                continue
            cp = view.para_of(c.cue_span[0])
            end = _extent_end(view, c)
            if end > r.start:
                # the parser hung part of the next quote on the cue's clause
                if c.end <= r.start and c.cue_span[1] <= r.start and (not c.source_span or c.source_span[1] <= r.start):
                    end = r.start
                else:
                    continue
            if cp == rp:
                if not _gap_ok(view, end, r.start):
                    continue
            elif cp == rp - 1 and c.direct and r.start == view.paras[rp][0]:
                if not _gap_ok(view, end, view.paras[cp][1]):
                    continue
            else:
                continue
            key = (c.direct, c.end)
            if best is None or key > best[0]:
                best = (key, c)
        if best is None:
            continue
        prev = best[1]
        prev.content = _merge(prev.content + [(r.start, r.end)])
        prev.continued = True
        _classify(view, prev)
