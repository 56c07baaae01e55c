"""Retrain the actor stage's cluster-pair scorer (``newsline/actors/pair_weights.json``) on ECB+ train topics.

Run: ``python -m benchmarks.actors_train [--data ../shared/data/coref/ecbplus] [--out benchmarks/out/actors]
[--write]``

For every train topic (never the dev topics) the actor stage runs with the learned step
off and reports the clusters its rules left, the candidate pairs (clusters sharing a
story) and their features (``newsline.actors.pairs.features``). Each cluster takes the
gold entity most of its gold-aligned mentions belong to; a pair is positive when both
clusters take the same one (clusters with no gold mention are left out). A logistic
regression (scikit-learn, L2) is fitted on those pairs, then the merge threshold is
chosen by CoNLL F1 over the train topics with the new weights. With ``--write`` the
coefficients (a few numbers, no data) are written next to the stage; without it, only the
scores are printed. The spaCy analysis is reused from ``<out>/analysis-nlp<version>.pkl`` when
``benchmarks/actors.py --cache`` left one there.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.actors import (  # noqa: E402
    DEFAULT_DATA,
    DEV_TOPICS,
    analyse_topic,
    analysis_cache,
    evaluate,
    is_actor_type,
    load_topic,
)
from benchmarks.corefscore import align  # noqa: E402

THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


def _analysed(args) -> dict:
    from newsline.model import ArticleDoc

    cache_path = analysis_cache(args.out)
    cache = {}
    if cache_path.exists():
        raw = pickle.loads(cache_path.read_bytes())
        cache = {t: [ArticleDoc(a).with_layers(**ls) for a, ls in v] for t, v in raw.items()}
    out = {}
    for td in sorted((p for p in args.data.iterdir() if p.is_dir()), key=lambda p: int(p.name)):
        if td.name in DEV_TOPICS:
            continue
        docs, gold = load_topic(td)
        out[td.name] = (cache.get(td.name) or analyse_topic(docs), gold)
    return out


def pair_data(topics: dict, *, weighting: str = "none") -> tuple[list, list, list, list]:
    """Features, labels, topic and sample weight of every labelled candidate pair (the
    weight: 1, or with ``weighting="mentions"`` the square root of the product of the two
    clusters' gold-aligned mention counts, so that large clusters count more)."""
    from newsline.actors import resolve_actors
    from newsline.model import Corpus

    X, y, groups, weights = [], [], [], []
    for t, (analysed, gold) in topics.items():
        col: list = []
        resolve_actors(Corpus(tuple(analysed)), learned=False, collect=col)
        rec = col[0]
        g = [m for m in gold if is_actor_type(m["type"])]
        gk = [(m["doc"], m["start"], m["end"]) for m in g]
        system = [(d, s, e, root) for root, sp in rec["spans"].items() for d, s, e in sp]
        resp, _ = align(gk, system)
        votes: dict = defaultdict(Counter)
        for k, m in zip(gk, g):
            r = resp[k]
            if r[0] == "sys":
                votes[r[1]][m["cluster"]] += 1
        label = {root: c.most_common(1)[0][0] for root, c in votes.items()}
        roots = rec["roots"]
        for (a, b), x in zip(rec["pairs"], rec["X"]):
            ra, rb = roots[a], roots[b]
            if ra in label and rb in label:
                X.append(x)
                y.append(int(label[ra] == label[rb]))
                groups.append(t)
                na, nb = sum(votes[ra].values()), sum(votes[rb].values())
                weights.append((na * nb) ** 0.5 if weighting == "mentions" else 1.0)
    return X, y, groups, weights


def conll(topics: dict, threshold: float) -> float:
    from benchmarks.actors import run_topic

    results = {}
    for t, (analysed, gold) in topics.items():
        rows, _ = run_topic(analysed, {"merge_threshold": threshold})
        results[t] = (gold, rows)
    return evaluate(results, "actors")["conll_f1"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=HERE / "out" / "actors")
    ap.add_argument("--C", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--weighting", choices=("none", "mentions"), default="mentions")
    ap.add_argument("--write", action="store_true", help="write newsline/actors/pair_weights.json")
    args = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression

    from newsline.actors import pairs as pm

    topics = _analysed(args)
    X, y, _, sw = pair_data(topics, weighting=args.weighting)
    print(f"pairs {len(y)}, positive {sum(y)}")
    clf = LogisticRegression(C=args.C, max_iter=5000, fit_intercept=False)
    clf.fit(X, y, sample_weight=sw)
    coef = [round(float(w), 4) for w in clf.coef_[0]]
    for name, w in sorted(zip(pm.FEATURES, coef), key=lambda t: -abs(t[1])):
        print(f"  {name:28s} {w:+.3f}")
    target = pm.WEIGHTS_PATH if args.write else args.out / "pair_weights.json"
    backup = pm.WEIGHTS_PATH.read_text() if pm.WEIGHTS_PATH.exists() else None
    data = {
        "about": "logistic regression over newsline.actors.pairs.FEATURES; "
        "retrain with benchmarks/actors_train.py (ECB+ train topics)",
        "features": list(pm.FEATURES),
        "coef": coef,
        "threshold": 0.5,
    }
    # score thresholds with the new weights in place, then keep or restore the file
    pm.WEIGHTS_PATH.write_text(json.dumps(data, indent=1) + "\n")
    try:
        scores = {}
        for t in THRESHOLDS:
            pm.load_weights.cache_clear()
            scores[t] = conll(topics, t)
            print(f"threshold {t:.2f}: train CoNLL F1 {scores[t]:.4f}")
        best = max(scores, key=lambda t: (scores[t], t))
        data["threshold"] = best
    finally:
        if backup is not None:
            pm.WEIGHTS_PATH.write_text(backup)
        else:
            pm.WEIGHTS_PATH.unlink()
        pm.load_weights.cache_clear()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, indent=1) + "\n")
    print(f"wrote {target}")
    print(f"best threshold {best}: train CoNLL F1 {scores[best]:.4f}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
