"""Fit the cue acceptance model (``newsline/quotes/cue_model.json``) on PolNeAR train.

Every cue candidate the quote rules find (content clipped to its paragraph and snapped to
quotation marks, as at run time) is labelled by the benchmark's own rule: an attribution
when a gold cue covers the cue word and the candidate's content covers >= 30% of that
gold quote's content characters. Its features (``newsline.quotes.classify.features``) are
fitted with an L2 logistic regression (scikit-learn). The lexicon score feature is
cross-fitted: the train split is cut in two, each half's candidates are scored with the
lexicon counted on the other half (``benchmarks/quotes_lexicon.py``), so the model does
not learn to trust an in-sample rate. The threshold is searched around (0.1 below to 0.05 above) the one with the best
F1 over the out-of-fold predictions, end to end (the mean of F1@30 and F1@80 on the split). Rare lemma features are dropped and weights rounded to keep the
file small. No text of the data goes into the file.

    python benchmarks/quotes_classifier.py --data ../shared/data/quotes/polnear [--write]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import _common  # noqa: E402
from newsline.logistic import named_weights  # noqa: E402

TARGET = REPO / "newsline" / "quotes" / "cue_model.json"
MIN_FEATURE = 30  # a feature must occur this often in train to get a weight
MIN_WEIGHT = 0.02  # smaller weights are dropped


def _extra_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--split", default="train")
    ap.add_argument("--write", action="store_true", help=f"write {TARGET.relative_to(REPO)}")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--C", type=float, default=0.3, help="inverse L2 strength")
    ap.add_argument("--label", choices=("cue", "content", "source"), default="cue",
                    help="positive: the gold cue covers the cue and its content is covered (cue), or the content alone (content)")
    ap.add_argument("--min-feature", type=int, default=MIN_FEATURE)
    ap.add_argument("--cache", type=Path, default=None, help="spaCy analysis cache (see benchmarks/quotes.py)")


def lexicon_from(rows: list[tuple]):
    """A Lexicon from ``quotes_lexicon.table`` rows (as ``cues._read_table`` reads the file)."""
    from newsline.quotes import cues

    scores, lemma_scores, ratios = cues.tables_from_rows(rows)
    return cues.Lexicon(scores, lemma_scores, cues.DEFAULT_THRESHOLD, ratios, cues.prep_cues_from(scores))


def gold_of(row: dict) -> list[tuple[list, frozenset]]:
    out = []
    for a in row.get("attributions", []):
        chars: set[int] = set()
        for c in a["content"]:
            chars.update(range(c["start"], c["end"]))
        src = [(c["start"], c["end"]) for c in a.get("source") or []]
        out.append(([(c["start"], c["end"]) for c in a.get("cue") or []], frozenset(chars), src))
    return out


def label(c, golds, start: int, how: str = "cue") -> int:
    cc: set[int] = set()
    for s, e in c.content:
        cc.update(range(s, e))
    ss = c.source_span

    def same(cues, src) -> bool:
        if how == "content" or any(a <= start < b for a, b in cues):
            return True
        # "source": a different cue word for the same report by the same source
        return how == "source" and (
            (ss is not None and any(a < ss[1] and ss[0] < b for a, b in src)) or (ss is None and not src)
        )

    return int(any(same(cues, src) and ch and len(ch & cc) >= 0.3 * len(ch) for cues, ch, src in golds))


def examples(rows, views, lexicon, run_lexicon, how: str = "cue"):
    """(features, label) of every candidate; candidates are found with ``run_lexicon``
    (which cues to look at), features scored with ``lexicon``."""
    from newsline.quotes.classify import features
    from newsline.quotes.extract import scored_candidates

    X, y = [], []
    for r, view in zip(rows, views):
        golds = gold_of(r)
        for c in scored_candidates(view, run_lexicon, None):
            X.append(features(view, c, lexicon))
            y.append(label(c, golds, c.cue_span[0], how))
    return X, y


def main(argv: list[str] | None = None) -> int:
    args = _common.parse_args("quotes_classifier", __doc__, data="quotes/polnear", add_arguments=_extra_args, argv=argv)
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from benchmarks.quotes import analysed_split
    from benchmarks.quotes_lexicon import count, table
    from newsline.quotes import cues
    from newsline.quotes.extract import View

    rows, docs = analysed_split(args.data, args.split, limit=args.limit, cache=args.cache)
    views = [View(d) for d in docs]
    run_lex = cues.default_lexicon()
    half = len(rows) // 2
    folds = [(slice(0, half), slice(half, None)), (slice(half, None), slice(0, half))]
    X, y = [], []
    for learn, apply in folds:
        lex = lexicon_from(table(count(rows[learn], docs[learn])))
        Xf, yf = examples(rows[apply], views[apply], lex, run_lex, args.label)
        X += Xf
        y += yf
    freq = collections.Counter(k for f in X for k in f)
    X = [{k: v for k, v in f.items() if freq[k] >= args.min_feature} for f in X]
    vec = DictVectorizer()
    M = vec.fit_transform(X)
    y = np.array(y)
    print(f"{len(y)} candidates, {int(y.sum())} attributions, {M.shape[1]} features")

    # out-of-fold predictions for the threshold
    oof = np.zeros(len(y))
    idx = np.arange(len(y))
    k = len(y) // 2
    for tr, te in ((idx[k:], idx[:k]), (idx[:k], idx[k:])):
        m = LogisticRegression(C=args.C, max_iter=2000).fit(M[tr], y[tr])
        oof[te] = m.predict_proba(M[te])[:, 1]
    best = (0.0, 0.5)
    for th in np.arange(0.15, 0.8, 0.025):
        tp = float(((oof >= th) & (y == 1)).sum())
        p = tp / max(1, (oof >= th).sum())
        r = tp / max(1, y.sum())
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        best = max(best, (f1, float(th)))
    # the lexicon score alone, for comparison
    lex_only = np.array([f["lex"] for f in X])
    base = 0.0
    for th in np.arange(0.15, 0.8, 0.025):
        t = np.log(th / (1 - th))
        tp = float(((lex_only >= t) & (y == 1)).sum())
        p = tp / max(1, (lex_only >= t).sum())
        r = tp / max(1, y.sum())
        base = max(base, 2 * p * r / (p + r) if p + r else 0.0)
    print(f"candidate F1 out of fold: model {best[0]:.4f} at {best[1]:.3f}; lexicon score alone {base:.4f}")

    model = LogisticRegression(C=args.C, max_iter=2000).fit(M, y)
    weights = named_weights(vec.get_feature_names_out(), model.coef_[0], MIN_WEIGHT)
    out = {
        "about": "cue acceptance model, logistic; fitted by benchmarks/quotes_classifier.py on PolNeAR "
        + args.split,
        "bias": round(float(model.intercept_[0]), 4),
        "threshold": round(best[1], 3),
        "weights": dict(sorted(weights.items())),
    }
    # the threshold, end to end: the best mean of F1@30 and F1@80 on the split
    from benchmarks.quotes import system_quote
    from benchmarks.quotes_score import score_article, summarize
    from newsline.quotes.classify import CueModel
    from newsline.quotes.stage import extract_quotes

    cm = CueModel(weights, out["bias"], best[1])
    ends = []
    for th in (best[1] - 0.1, best[1] - 0.05, best[1], best[1] + 0.05):
        scored = []
        for r, d in zip(rows, docs):
            sysq = [system_quote(d.text, q) for q in extract_quotes(d, model=cm, threshold=th)]
            scored.append(score_article(r["text"], r.get("attributions", []), sysq, {"30": 0.3, "80": 0.8}))
        sm = summarize(scored)
        f30, f80 = sm["30"]["all"]["f1"], sm["80"]["all"]["f1"]
        print(f"threshold {th:.3f}: F1@30 {f30:.4f} F1@80 {f80:.4f}")
        ends.append(((f30 + f80) / 2, round(float(th), 3)))
    out["threshold"] = max(ends)[1]
    target = TARGET if args.write else args.out / "cue_model.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(out, indent=0, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(weights)} weights -> {target}")
    _common.headline("candidate F1 (out of fold)", best[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
