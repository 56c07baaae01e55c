"""Fit the verb + object stance model (``newsline/quotes/stance_model.json``) on PolNeAR train.

The general acceptance model (``cue_model.json``) scores verb + object candidates
("welcomed his assistance", "blocked the bill", "bought the house") poorly: most of its
misses on train are such candidates rejected. This script fits a second logistic model on
those candidates alone (frame 'dobj'), over ``classify.stance_features`` (the general
score, the object's kind and complements, the source kind) and two smoothed train rates:
of the verb in this frame and of the (verb, object lemma) pair. The rates are out of fold
wherever they feed a fit: articles are cut in five folds; a fold's model learns its
weights on rates counted without the fold it is scored on. Labels follow the benchmark
(``quotes_classifier.label``). The stance threshold is chosen end to end on train, each
fold's articles run with the model fitted without them (mean of F1@30 and F1@80). The
file keeps the weights and the counts of verbs and of pairs seen at least twice (no text).

Run it after ``quotes_classifier.py`` (it reads the packaged general model for candidates).

    python benchmarks/quotes_stance.py --cache benchmarks/out/quotes/cache [--write]
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import _common  # noqa: E402
from newsline.logistic import named_weights  # noqa: E402

TARGET = REPO / "newsline" / "quotes" / "stance_model.json"
FOLDS = 5
MIN_FEATURE = 20
MIN_PAIR = 2


def _extra_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--write", action="store_true", help=f"write {TARGET.relative_to(REPO)}")
    ap.add_argument("--C", type=float, default=0.3, help="inverse L2 strength")
    ap.add_argument("--quick", action="store_true", help="out-of-fold candidate F1 only (no end-to-end, no file)")
    ap.add_argument("--cache", type=Path, default=None, help="spaCy analysis cache (see benchmarks/quotes.py)")


def counts(items, idx):
    verbs: dict = collections.defaultdict(lambda: [0, 0])
    pairs: dict = collections.defaultdict(lambda: [0, 0])
    for i in idx:
        it = items[i]
        verbs[it["lemma"]][0] += 1
        verbs[it["lemma"]][1] += it["y"]
        pr = pairs[f"{it['lemma']} {it['olemma']}"]
        pr[0] += 1
        pr[1] += it["y"]
    return dict(verbs), dict(pairs)


def encoded(items, idx, table, prior):
    from newsline.quotes.classify import StanceModel, _logit

    sm = StanceModel({}, 0.0, 0.5, table[0], table[1], prior)
    out = []
    for i in idx:
        f = dict(items[i]["f"])
        rv, ro = sm.rates(items[i]["lemma"], items[i]["olemma"])
        f["venc"], f["oenc"] = _logit(rv), _logit(ro)
        out.append(f)
    return out


def fit(items, idx, fold, prior, C):
    """A StanceModel fitted on ``idx``: weights on rates counted out of (inner) fold, the
    rates it keeps counted on all of ``idx``."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from newsline.quotes.classify import StanceModel

    idx = np.asarray(idx)
    X, ys = [], []
    for j in sorted(set(fold[idx])):
        inner = idx[fold[idx] == j]
        X += encoded(items, inner, counts(items, idx[fold[idx] != j]), prior)
        ys += [items[i]["y"] for i in inner]
    freq = collections.Counter(k for f in X for k in f)
    X = [{k: v for k, v in f.items() if freq[k] >= MIN_FEATURE} for f in X]
    vec = DictVectorizer()
    m = LogisticRegression(C=C, max_iter=3000).fit(vec.fit_transform(X), np.array(ys))
    weights = named_weights(vec.get_feature_names_out(), m.coef_[0], 0.01)
    verbs, pairs = counts(items, idx)
    pairs = {k: v for k, v in pairs.items() if v[0] >= MIN_PAIR}
    return StanceModel(weights, round(float(m.intercept_[0]), 4), 0.5, verbs, pairs, round(prior, 4))


def _fold_stance():
    from newsline.quotes.classify import StanceModel

    @dataclasses.dataclass(frozen=True)
    class FoldStance(StanceModel):
        """A fold's model scoring with the lexicon counted without that fold."""

        fold_lexicon: object = None

        @classmethod
        def of(cls, m, threshold, lexicon):
            return cls(**{**{f.name: getattr(m, f.name) for f in dataclasses.fields(m)}, "threshold": threshold, "fold_lexicon": lexicon})

        def prob(self, view, c, lexicon):
            return super().prob(view, c, self.fold_lexicon)

    return FoldStance


def main(argv: list[str] | None = None) -> int:
    args = _common.parse_args("quotes_stance", __doc__, data="quotes/polnear", add_arguments=_extra_args, argv=argv)
    import numpy as np

    from benchmarks.quotes import analysed_split, system_quote
    from benchmarks.quotes_classifier import gold_of, label, lexicon_from
    from benchmarks.quotes_lexicon import count, table
    from benchmarks.quotes_score import score_article, summarize
    from newsline.quotes import classify, cues
    from newsline.quotes.extract import View, scored_candidates
    from newsline.quotes.stage import extract_quotes

    FoldStance = _fold_stance()
    rows, docs = analysed_split(args.data, "train", cache=args.cache)
    lex = cues.default_lexicon()
    general = dataclasses.replace(classify.default_model(), stance=None)
    # the lexicon score feature of a fold's candidates is counted on the other folds, so
    # the model does not learn to trust an in-sample rate (as quotes_classifier does)
    fold_lex = []
    for k in range(FOLDS):
        other = [i for i in range(len(rows)) if i % FOLDS != k]
        fold_lex.append(lexicon_from(table(count([rows[i] for i in other], [docs[i] for i in other]))))
    items = []
    for di, (r, d) in enumerate(zip(rows, docs)):
        view, golds = View(d), gold_of(r)
        for c in scored_candidates(view, lex, general):
            if c.frame in classify.STANCE_FRAMES:
                f = classify.features(view, c, fold_lex[di % FOLDS])
                sf, olemma = classify.stance_features(view, c)
                f.update(sf)
                items.append({"doc": di, "f": f, "olemma": olemma, "lemma": c.lemma,
                              "y": label(c, golds, c.cue_span[0]), "g": c.score})
    y = np.array([it["y"] for it in items])
    fold = np.array([it["doc"] % FOLDS for it in items])
    prior = float(y.mean())
    print(f"{len(items)} verb + object candidates, {int(y.sum())} attributions")

    def cand_f1(pr, th):
        a = pr >= th
        tp = float((a & (y == 1)).sum())
        p, r = tp / max(1, a.sum()), tp / max(1, y.sum())
        return 2 * p * r / (p + r) if p + r else 0.0

    g = np.array([it["g"] for it in items])
    print(f"general model on these, best candidate F1 {max(cand_f1(g, t) for t in np.arange(0.1, 0.8, 0.025)):.4f}")
    models, oof = [], np.zeros(len(items))
    for k in range(FOLDS):
        te = np.where(fold == k)[0]
        m = fit(items, np.where(fold != k)[0], fold, prior, args.C)
        models.append(m)
        for i in te:
            f = dict(items[i]["f"])
            rv, ro = m.rates(items[i]["lemma"], items[i]["olemma"])
            f["venc"], f["oenc"] = classify._logit(rv), classify._logit(ro)
            z = m.bias + sum(m.weights.get(n, 0.0) * x for n, x in f.items())
            oof[i] = 1 / (1 + np.exp(-z))
    best = max((cand_f1(oof, t), float(t)) for t in np.arange(0.1, 0.8, 0.025))
    print(f"stance model out of fold, best candidate F1 {best[0]:.4f} at {best[1]:.3f}")

    def end_to_end(th):
        scored = []
        fs = [FoldStance.of(models[k], th, fold_lex[k]) if th is not None else None for k in range(FOLDS)]
        for di, (r, d) in enumerate(zip(rows, docs)):
            st = fs[di % FOLDS]
            cm = dataclasses.replace(general, stance=st)
            sysq = [system_quote(d.text, q) for q in extract_quotes(d, model=cm)]
            scored.append(score_article(r["text"], r.get("attributions", []), sysq, {"30": 0.3, "80": 0.8}))
        sm = summarize(scored)
        return sm["30"]["all"]["f1"], sm["80"]["all"]["f1"]

    if args.quick:
        return 0
    f30, f80 = end_to_end(None)
    print(f"train, general model alone: F1@30 {f30:.4f} F1@80 {f80:.4f}")
    ends = []
    for th in np.arange(best[1] - 0.075, best[1] + 0.0751, 0.025):
        f30, f80 = end_to_end(float(th))
        print(f"train out of fold, stance threshold {th:.3f}: F1@30 {f30:.4f} F1@80 {f80:.4f}")
        ends.append(((f30 + f80) / 2, round(float(th), 3)))
    final = dataclasses.replace(fit(items, np.arange(len(items)), fold, prior, args.C), threshold=max(ends)[1])
    out = {"about": "verb + object stance model, logistic; fitted by benchmarks/quotes_stance.py on PolNeAR train"}
    out.update(final.to_json())
    out["weights"] = dict(sorted(out["weights"].items()))
    target = TARGET if args.write else args.out / "stance_model.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(out, indent=0, separators=(",", ":"), ensure_ascii=False, sort_keys=False) + "\n",
                      encoding="utf-8")
    print(f"{len(final.weights)} weights, {len(final.verbs)} verbs, {len(final.pairs)} pairs -> {target}")
    _common.headline("stance candidate F1 (out of fold)", best[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
