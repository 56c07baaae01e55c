"""Where a reported content ends: a learned choice to widen a content to its clause.

The rules give one content per cue (the complement and the phrases after it in the cue's
clause), and they stop early where the parse hangs part of the report elsewhere ("see X
as an opportunity to fix A, increase B and address C", "said they had misgivings ...,
but could not bear ...", "X, the official said, would ..."). For an accepted indirect
candidate this module proposes two wider spans built from the parse:

- ``clause``: from the content's start to the end of the cue's sentence;
- ``sent``: the whole sentence without the cue and the source;

and a logistic model (``span_model.json``, fitted on PolNeAR train by
``benchmarks/quotes_spans.py``) estimates, from what the wider span adds (its words'
relations to the cue, a new subject or verb, another cue, quotation marks, its length),
how likely the rules' content falls short of the report while the wider span covers it.
A content is widened when that is more likely than not, i.e. more likely than that the
rules' content was already whole (the only other case the model is trained on). Without
the file the rules' content is kept.
"""

from __future__ import annotations

import functools
import json
import logging
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from newsline.logistic import sigmoid
from newsline.quotes import cues as cue_lexicon

if TYPE_CHECKING:
    from newsline.quotes.extract import Candidate, View

log = logging.getLogger(__name__)

Span = tuple[int, int]
WEIGHTS_FILE = "span_model.json"
KINDS = ("cur", "clause", "sent")
REL_WORDS = frozenset({"which", "who", "whom", "whose", "where", "while", "when", "although", "though", "but"})


def _bucket(n: float, edges: tuple[float, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _tokens(p, spans: list[Span]) -> set[int]:
    """The word tokens (no punctuation or space) that the spans cover."""
    out: set[int] = set()
    for s, e in spans:
        rng = p.token_range(s, e)
        if rng is not None:
            out.update(k for k in range(rng[0], rng[1] + 1) if p.toks[k].pos not in ("PUNCT", "SPACE"))
    return out


def alternatives(view: "View", c: "Candidate") -> list[tuple[str, list[Span]]]:
    """(kind, spans) of the distinct content alternatives of an indirect candidate, the
    rules' own content first; a direct quote or a cue-less frame has only its own."""
    from newsline.quotes.extract import _cut_out

    out: list[tuple[str, list[Span]]] = [("cur", list(c.content))]
    if c.direct or not c.content or c.frame in ("colon", "label", "adjacent"):
        return out
    p = view.p
    text = view.text
    rng = p.token_range(c.start, c.end)
    if rng is None:
        return out
    lo, hi = rng
    sent = view.doc.sentences[p.sent_of[c.cue]]
    s_lo, s_hi = sent.token_start, min(sent.token_end, len(p)) - 1
    if not (s_lo <= lo <= s_hi):
        return out
    holes = [c.cue_span] + ([c.source_span] if c.source_span else [])
    para = view.paras[view.para_of(c.cue_span[0])]

    def add(kind: str, lo_t: int, hi_t: int, start: int | None = None) -> None:
        sp = p.span(lo_t, hi_t)
        if sp is None:
            return
        if start is not None:
            sp = (min(sp[0], start), sp[1])
        sp = (max(sp[0], para[0]), min(sp[1], para[1]))
        spans = _cut_out([sp], holes, text)
        if spans and all(spans != s for _, s in out):
            out.append((kind, spans))

    if hi < s_hi:
        add("clause", lo, s_hi, start=c.start)
    add("sent", s_lo, s_hi)
    return out


def features(view: "View", c: "Candidate", kind: str, spans: list[Span]) -> dict[str, float]:
    """Named features of one alternative: its kind, crossed with the candidate's frame and
    cue, and what it adds to or removes from the rules' content."""
    p = view.p
    f: dict[str, float] = {}
    fbase = c.frame.split(":")[0]
    t = p.toks[c.cue]
    f[f"k={kind}"] = 1.0
    f[f"k={kind}|frame={fbase}"] = 1.0
    f[f"k={kind}|dep={t.dep}"] = 1.0
    f[f"k={kind}|lemma={c.lemma}"] = 1.0
    if c.mixed:
        f[f"k={kind}|mixed"] = 1.0
    if c.source is None:
        f[f"k={kind}|nosrc"] = 1.0
    if kind == "cur":
        return f
    cur = _tokens(p, c.content)
    alt = _tokens(p, spans)
    f[f"k={kind}|ratio={_bucket(len(alt) / max(1, len(cur)), (0.8, 1.25, 2.0, 4.0))}"] = 1.0
    first_cur = min(cur) if cur else c.cue
    added = sorted(alt - cur)
    parts = (
        ("pre", [k for k in added if k < first_cur]),
        ("post", [k for k in added if k > first_cur]),
        ("rem", sorted(cur - alt)),
    )
    lex = cue_lexicon.default_lexicon()
    for name, toks in parts:
        if not toks:
            continue
        pre = f"k={kind}|{name}"
        f[f"{pre}_n={_bucket(len(toks), (2, 5, 10, 20, 40))}"] = 1.0
        first = toks[0]
        f[f"{pre}_dep0={p.toks[first].dep}"] = 1.0
        if p.lower(first) in REL_WORDS:
            f[f"{pre}_rel"] = 1.0
        if first > 0 and p.word(first - 1) == ",":
            f[f"{pre}_after_comma"] = 1.0
        # the opening word of what is added ("and", "but", "because", "while", "to")
        f[f"{pre}_w0={p.lower(first)}"] = 1.0
        verb = subj = cue = quoted = False
        deps = set()
        for k in toks:
            t = p.toks[k]
            if t.pos in ("VERB", "AUX") and t.dep not in ("aux", "auxpass"):
                verb = True
                if t.pos == "VERB" and k != c.cue and lex.lemma_scores.get(t.lemma.lower(), 0.0) >= 0.3:
                    cue = True
            if t.dep in ("nsubj", "nsubjpass"):
                subj = True
            if t.head == c.cue:
                deps.add(t.dep)
            if not quoted and view.regions.at(t.start) is not None:
                quoted = True
        for flag, on in (("verb", verb), ("subj", subj), ("cue", cue), ("quoted", quoted)):
            if on:
                f[f"{pre}_{flag}"] = 1.0
        for d in sorted(deps):
            f[f"{pre}_cuekid={d}"] = 1.0
    return f


@dataclass(frozen=True)
class SpanModel:
    """Logistic weights by feature name, an intercept and the probability at which a
    content is widened."""

    weights: dict
    bias: float
    threshold: float = 0.5

    def prob(self, feats: dict[str, float]) -> float:
        return sigmoid(self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items()))

    def choose(self, view: "View", c: "Candidate") -> tuple[str, list[Span]]:
        alts = alternatives(view, c)
        if len(alts) == 1:
            return alts[0]
        best, i = max((self.prob(features(view, c, k, s)), i) for i, (k, s) in enumerate(alts) if i)
        return alts[i] if best >= self.threshold else alts[0]

    def to_json(self) -> dict:
        return {"bias": self.bias, "threshold": self.threshold, "weights": self.weights}


@functools.lru_cache(maxsize=1)
def default_span_model() -> SpanModel | None:
    """The packaged model, or None when ``span_model.json`` is missing or unreadable."""
    try:
        data = json.loads(resources.files("newsline.quotes").joinpath(WEIGHTS_FILE).read_text("utf-8"))
        return SpanModel(dict(data["weights"]), float(data["bias"]), float(data["threshold"]))
    except (FileNotFoundError, OSError, KeyError, ValueError) as exc:
        log.debug("no span model (%s): the rules' contents are kept", exc)
        return None


def refine(view: "View", cands: list["Candidate"], model: SpanModel | None) -> None:
    """Replace each candidate's content by the model's choice (in place)."""
    if model is None:
        return
    from newsline.quotes.extract import snap_to_quotes

    for c in cands:
        kind, spans = model.choose(view, c)
        if kind != "cur":
            c.content = spans
            c.extra["span"] = kind
            snap_to_quotes(view, c)
