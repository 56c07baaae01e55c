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
Verb + object candidates ("welcomed his assistance", "bought the house"), where this model
errs most, are scored instead by a second model (``StanceModel``, ``stance_model.json``,
fitted by ``benchmarks/quotes_stance.py`` after this one) that also reads the object's kind
and complements and the train rates of the verb and of the (verb, object) pair.
"""

from __future__ import annotations

import functools
import json
import logging
import math
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from newsline.logistic import sigmoid
from newsline.quotes import cues as cue_lexicon

if TYPE_CHECKING:
    from newsline.quotes.extract import Candidate, View

log = logging.getLogger(__name__)

WEIGHTS_FILE = "cue_model.json"
STANCE_FILE = "stance_model.json"

PERSON_LABELS = frozenset({"PERSON"})
GROUP_LABELS = frozenset({"ORG", "NORP", "GPE"})
MODALS = frozenset({"will", "would", "could", "should", "might", "may", "can", "must", "'ll", "wo", "ca"})
PRONOUNS_3 = frozenset({"he", "she", "they", "it", "who", "him", "her", "them", "that", "which"})


def _logit(p: float) -> float:
    p = min(0.99, max(0.01, p))
    return math.log(p / (1 - p))


def _logit_exact(p: float) -> float:
    p = min(1 - 1e-9, max(1e-9, p))
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


# Object heads that name a course of action or a position ("welcomed the proposal",
# "blocked his efforts"): taking a side on one is a stance; suffixes catch the rest.
ABSTRACT_OBJECTS = frozenset(
    """plan idea bill law policy effort efforts deal measure agenda move step order rule
    program legislation proposal decision claim view position stance reform ban case
    argument tax amendment initiative strategy approach vote nomination candidacy
    resolution agreement treaty sanction sanctions""".split()
)
ABSTRACT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ity", "ism", "ness", "ship", "ure", "al", "cy")


def _object_head(view: "View", v: int) -> int | None:
    """The first complement right of the cue (its object in the 'dobj' frame)."""
    p = view.p
    for k in p.kids[v]:
        if k > v and p.toks[k].dep in ("dobj", "xcomp", "attr", "oprd", "acomp", "dative", "prep", "pcomp", "ccomp"):
            return k
    return None


def stance_features(view: "View", c: "Candidate") -> tuple[dict[str, float], str | None]:
    """Features of a verb + object candidate for the stance model (``StanceModel``), besides
    the general ones, and the object's lemma: the object's kind (abstract, person, group,
    pronoun...), its complements (possessor, preposition, clause, "to"-infinitive), the
    source kind crossed with the object kind, negation, a dative, the verb's place."""
    p = view.p
    v = c.cue
    f: dict[str, float] = {}
    o = _object_head(view, v)
    sk = source_kind(view, c)
    f[f"src={sk}"] = 1.0
    olemma = None
    if o is None:
        f["odep=none"] = 1.0
    else:
        ot = p.toks[o]
        olemma = ot.lemma.lower()
        f[f"odep={ot.dep}"] = 1.0
        label = _ent_label(view, o)
        kind = (
            "person" if label in PERSON_LABELS else "group" if label in GROUP_LABELS
            else "ent" if label else "pron" if ot.pos == "PRON"
            else "abstract" if olemma in ABSTRACT_OBJECTS or olemma.endswith(ABSTRACT_SUFFIXES)
            else ot.pos.lower()
        )
        f[f"okind={kind}"] = 1.0
        f[f"src={sk}*ok={kind}"] = 1.0
        for k in p.kids[o]:
            kt = p.toks[k]
            if kt.dep == "poss":
                f["o_poss"] = 1.0
            elif kt.dep == "prep":
                f["o_prep"] = 1.0
                f[f"o_prep={p.lower(k)}"] = 1.0
            elif kt.dep in ("acl", "relcl", "ccomp"):
                f["o_clause"] = 1.0
                if kt.dep == "acl" and kt.tag == "VB":
                    f["o_toinf"] = 1.0
            elif kt.dep == "det":
                f[f"o_det={p.lower(k)}"] = 1.0
        f["olen"] = math.log1p(p.right[o] - p.left[o] + 1)
    deps = [p.toks[k].dep for k in p.kids[v]]
    if "neg" in deps:
        f["neg"] = 1.0
    if "dative" in deps:
        f["dative"] = 1.0
    return {f"s:{k}": x for k, x in f.items()}, olemma


@dataclass(frozen=True)
class StanceModel:
    """Acceptance of verb + object candidates ('dobj' frame), where the general model is
    weakest: "welcomed his assistance" is a stance, "bought the house" is not. A logistic
    model over the general ``features``, ``stance_features`` and the smoothed train rate of the verb in this frame
    and of the (verb, object lemma) pair (counts in ``verbs`` / ``pairs``: [seen, correct]),
    with its own threshold."""

    weights: dict
    bias: float
    threshold: float
    verbs: dict
    pairs: dict
    prior: float
    smooth: float = 5.0

    def rates(self, lemma: str, olemma: str | None) -> tuple[float, float]:
        n, k = self.verbs.get(lemma, (0, 0))
        rv = (k + self.smooth * self.prior) / (n + self.smooth)
        n, k = self.pairs.get(f"{lemma} {olemma}", (0, 0))
        ro = (k + self.smooth * rv) / (n + self.smooth)
        return rv, ro

    def feats(self, view: "View", c: "Candidate", lexicon: cue_lexicon.Lexicon) -> dict[str, float]:
        f = features(view, c, lexicon)
        sf, olemma = stance_features(view, c)
        f.update(sf)
        rv, ro = self.rates(c.lemma, olemma)
        f["venc"] = _logit(rv)
        f["oenc"] = _logit(ro)
        return f

    def prob(self, view: "View", c: "Candidate", lexicon: cue_lexicon.Lexicon) -> float:
        f = self.feats(view, c, lexicon)
        return sigmoid(self.bias + sum(self.weights.get(k, 0.0) * x for k, x in f.items()))

    def to_json(self) -> dict:
        return {"bias": self.bias, "threshold": self.threshold, "weights": self.weights,
                "prior": self.prior, "smooth": self.smooth, "verbs": self.verbs, "pairs": self.pairs}

    @classmethod
    def from_json(cls, d: dict) -> "StanceModel":
        return cls(dict(d["weights"]), float(d["bias"]), float(d["threshold"]), dict(d["verbs"]),
                   dict(d["pairs"]), float(d["prior"]), float(d.get("smooth", 5.0)))


STANCE_FRAMES = frozenset({"dobj"})


@dataclass(frozen=True)
class CueModel:
    """Logistic weights by feature name, an intercept and the acceptance threshold; verb +
    object candidates go on to ``stance`` when there is one."""

    weights: dict
    bias: float
    threshold: float
    stance: StanceModel | None = None

    def prob(self, feats: dict[str, float]) -> float:
        z = self.bias
        w = self.weights
        for name, value in feats.items():
            z += w.get(name, 0.0) * value
        if z < -30:
            return 0.0  # far below any threshold (most candidates of a long article)
        return sigmoid(z)

    def score(self, view: "View", c: "Candidate", lexicon: cue_lexicon.Lexicon) -> float:
        if self.stance is None or c.frame not in STANCE_FRAMES:
            return self.prob(features(view, c, lexicon))
        # the stance model's own threshold is moved onto this model's, so that one
        # threshold accepts both and scores stay comparable when overlaps are ranked
        ps = self.stance.prob(view, c, lexicon)
        return sigmoid(_logit_exact(ps) - _logit_exact(self.stance.threshold) + _logit_exact(self.threshold))

    def to_json(self) -> dict:
        return {"bias": self.bias, "threshold": self.threshold, "weights": self.weights}


@functools.lru_cache(maxsize=1)
def default_model() -> CueModel | None:
    """The packaged model, or None when ``cue_model.json`` is missing or unreadable."""
    try:
        data = json.loads(resources.files("newsline.quotes").joinpath(WEIGHTS_FILE).read_text("utf-8"))
    except (FileNotFoundError, OSError, KeyError, ValueError) as exc:
        log.debug("no cue model (%s): lexicon scores only", exc)
        return None
    stance = None
    try:
        sd = json.loads(resources.files("newsline.quotes").joinpath(STANCE_FILE).read_text("utf-8"))
        stance = StanceModel.from_json(sd)
    except (FileNotFoundError, OSError, KeyError, ValueError) as exc:
        log.debug("no stance model (%s): the general model alone", exc)
    try:
        return CueModel(dict(data["weights"]), float(data["bias"]), float(data["threshold"]), stance)
    except (KeyError, ValueError) as exc:
        log.debug("no cue model (%s): lexicon scores only", exc)
        return None
