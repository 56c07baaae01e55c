"""Whether a cue candidate is an attribution: a logistic model over its features.

The lexicon alone scores a cue by (lemma, frame, context), so "support" + object looks
the same whether it is a stance ("Cruz supports the wall") or not ("the pillars support
the roof"). This model adds what the candidate shows at run time: the lexicon's score,
the frame, the kind of source (person, pronoun, organisation, noun, none), tense, modal
and negation, whether the content is a clause with its own subject, the content's length
and quotation marks, the cue's place in its sentence and paragraph, whether it sits in
another cue's clause, and the object's kind for object frames. The weights
(``cue_model.json``, a few KB) are fitted on PolNeAR train by
``benchmarks/quotes_classifier.py``; without the file the lexicon score is used as is.
"""

from __future__ import annotations

import functools
import json
import logging
import math
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from newsline.quotes import cues as cue_lexicon

if TYPE_CHECKING:
    from newsline.quotes.extract import Candidate, View

log = logging.getLogger(__name__)

WEIGHTS_FILE = "cue_model.json"

PERSON_LABELS = frozenset({"PERSON"})
GROUP_LABELS = frozenset({"ORG", "NORP", "GPE"})
MODALS = frozenset({"will", "would", "could", "should", "might", "may", "can", "must", "'ll", "wo", "ca"})
PRONOUNS_3 = frozenset({"he", "she", "they", "it", "who", "him", "her", "them", "that", "which"})


def _logit(p: float) -> float:
    p = min(0.99, max(0.01, p))
    return math.log(p / (1 - p))


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _ent_label(view: "View", i: int) -> str | None:
    t = view.p.toks[i]
    for e in view.ents_at(t.start):
        return e.label
    return None


def source_kind(view: "View", c: "Candidate") -> str:
    """person / pronoun / first (I, we, you) / group (organisation, nationality, place) /
    role (a source noun: "officials") / noun / none."""
    if c.source is None:
        return "none"
    p = view.p
    t = p.toks[c.source]
    low = p.lower(c.source)
    if low in ("i", "we", "you", "me", "us"):
        return "first"
    if t.pos == "PRON" or low in PRONOUNS_3:
        return "pronoun"
    label = _ent_label(view, c.source)
    if label in PERSON_LABELS:
        return "person"
    if label in GROUP_LABELS:
        return "group"
    if t.pos == "PROPN":
        return "propn"
    if t.lemma.lower() in cue_lexicon.SOURCE_NOUNS:
        return "role"
    return "noun"


def features(view: "View", c: "Candidate", lexicon: cue_lexicon.Lexicon) -> dict[str, float]:
    """Named feature values of one candidate (after its content is clipped and snapped)."""
    p = view.p
    v = c.cue
    t = p.toks[v]
    ctx = c.extra.get("ctx", "")
    frame = c.frame
    fbase = frame.split(":")[0]
    f: dict[str, float] = {}
    s = lexicon.score(c.lemma, frame, ctx)
    lf = _logit(s)
    f["lex"] = lf
    f[f"lex*frame={fbase}"] = lf
    f[f"frame={fbase}"] = 1.0
    if frame != fbase:
        f[f"frame={frame}"] = 1.0
    for flag in ctx:
        f[f"ctx={flag}"] = 1.0
    f[f"how={c.extra.get('src_how', '-')}"] = 1.0
    sk = source_kind(view, c)
    f[f"src={sk}"] = 1.0
    f[f"src={sk}*frame={fbase}"] = 1.0
    f[f"pos={t.pos}"] = 1.0
    f[f"tag={t.tag}"] = 1.0
    f[f"dep={t.dep}"] = 1.0
    kids = p.kids[v]
    if any(p.toks[k].dep == "neg" for k in kids):
        f["neg"] = 1.0
    if any(p.toks[k].dep == "aux" and p.lower(k) in MODALS for k in kids):
        f["modal"] = 1.0
    if any(p.toks[k].dep == "auxpass" for k in kids):
        f["passive"] = 1.0
    # the content
    total = sum(e - s for s, e in c.content)
    f[f"clen={_bucket(total, (15, 40, 80, 160, 300))}"] = 1.0
    f["clen_log"] = math.log1p(total) / 5.0
    if len(c.content) > 1:
        f["split"] = 1.0
    if c.direct:
        f["direct"] = 1.0
    elif c.mixed:
        f["mixed"] = 1.0
    rng = p.token_range(c.start, c.end)
    if rng is not None:
        lo, hi = rng
        toks = range(lo, min(hi + 1, lo + 80))
        has_subj = any(p.toks[k].dep in ("nsubj", "nsubjpass", "expl") for k in toks)
        has_verb = any(p.toks[k].pos in ("VERB", "AUX") for k in toks)
        f["c_clause"] = 1.0 if has_subj and has_verb else 0.0
        if not has_verb:
            f["c_noverb"] = 1.0
        if p.lower(lo) == "that":
            f["c_that"] = 1.0
        if p.lower(lo) in ("to",) or p.toks[lo].tag == "VBG":
            f["c_inf"] = 1.0
        if c.start > t.start:
            f["c_after"] = 1.0
        if p.sent_of[hi] != p.sent_of[v]:
            f["c_crosses"] = 1.0
    # the object of an object / preposition frame
    if fbase in ("dobj", "prep", "xcomp"):
        obj = p.child(v, "dobj")
        if obj is None and fbase == "prep":
            pr = next((k for k in kids if k > v and p.toks[k].dep == "prep"), None)
            obj = p.child(pr, "pobj") if pr is not None else None
        if obj is not None:
            ot = p.toks[obj]
            label = _ent_label(view, obj)
            kind = (
                "person" if label in PERSON_LABELS else "group" if label in GROUP_LABELS
                else "ent" if label else "pron" if ot.pos == "PRON"
                else "stance" if ot.lemma.lower() in cue_lexicon.STANCE_NOUNS
                else "doc" if ot.lemma.lower() in cue_lexicon.DOCUMENT_NOUNS
                else "source" if ot.lemma.lower() in cue_lexicon.SOURCE_NOUNS
                else ot.pos.lower()
            )
            f[f"obj={kind}"] = 1.0
            if any(p.toks[k].dep in ("acl", "relcl", "ccomp") for k in p.kids[obj]):
                f["obj_clause"] = 1.0
    # place in sentence and paragraph
    sent = view.doc.sentences[p.sent_of[v]]
    n = max(1, sent.token_end - sent.token_start)
    rel = (v - sent.token_start) / n
    f[f"spos={'start' if rel < 0.2 else 'end' if rel > 0.7 else 'mid'}"] = 1.0
    k = view.para_of(t.start)
    if k == 0:
        f["para0"] = 1.0
    ps, _ = view.paras[k]
    if p.sent_of[v] == p.sent_of[p.token_at(ps)] if p.token_at(ps) is not None else False:
        f["para_first_sent"] = 1.0
    f[f"lemma={c.lemma}"] = 1.0
    return f


@dataclass(frozen=True)
class CueModel:
    """Logistic weights by feature name, an intercept and the acceptance threshold."""

    weights: dict
    bias: float
    threshold: float

    def prob(self, feats: dict[str, float]) -> float:
        z = self.bias
        w = self.weights
        for name, value in feats.items():
            z += w.get(name, 0.0) * value
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def score(self, view: "View", c: "Candidate", lexicon: cue_lexicon.Lexicon) -> float:
        return self.prob(features(view, c, lexicon))

    def to_json(self) -> dict:
        return {"bias": self.bias, "threshold": self.threshold, "weights": self.weights}


@functools.lru_cache(maxsize=1)
def default_model() -> CueModel | None:
    """The packaged model, or None when ``cue_model.json`` is missing or unreadable."""
    try:
        data = json.loads(resources.files("newsline.quotes").joinpath(WEIGHTS_FILE).read_text("utf-8"))
        return CueModel(dict(data["weights"]), float(data["bias"]), float(data["threshold"]))
    except (FileNotFoundError, OSError, KeyError, ValueError) as exc:
        log.debug("no cue model (%s): lexicon scores only", exc)
        return None
