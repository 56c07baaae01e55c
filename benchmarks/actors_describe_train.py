"""Retrain the actor stage's description-to-person model (``newsline/actors/describe_weights.json``) on ECB+ train topics.

Run: ``python -m benchmarks.actors_describe_train [--data ../shared/data/coref/ecbplus] [--out benchmarks/out/actors]
[--write]``

For every train topic (never the dev topics) the actor stage runs with the description
step off and reports each unnamed description cluster, its named candidates and their
features (``newsline.actors.describe.FEATURES``). A cluster takes the gold entity most of
its gold-aligned mentions belong to; a pair is positive when description and candidate
take the same one (pairs with an unaligned side are left out). A logistic regression
(scikit-learn, L2; each row weighted by its description's gold-aligned mentions) is fitted
leave-one-topic-out: the threshold and the margin over the
runner-up are chosen on those out-of-fold probabilities, by the mentions the links would
join rightly minus those they would join wrongly. The final coefficients are fitted on all
train topics. With ``--write`` the model (a few numbers, no data) is written next to the
stage; without it, only the scores are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.actors import DEFAULT_DATA, evaluate, is_actor_type, run_topic  # noqa: E402
from benchmarks.actors_train import _analysed  # noqa: E402
from benchmarks.corefscore import align  # noqa: E402

THRESHOLDS = tuple(round(0.3 + 0.05 * k, 2) for k in range(13))
MARGINS = (0.0, 0.1, 0.2, 0.3)


def desc_data(topics: dict) -> list[dict]:
    """One record per description cluster: its topic, gold-aligned size, and its
    candidates' features and labels."""
    from newsline.actors import resolve_actors
    from newsline.model import Corpus

    out = []
    for t, (analysed, gold) in topics.items():
        col: list = []
        resolve_actors(Corpus(tuple(analysed)), describe=False, describe_collect=col)
        if not col:
            continue
        spans = col[-1]["spans"]
        g = [m for m in gold if is_actor_type(m["type"])]
        gk = [(m["doc"], m["start"], m["end"]) for m in g]
        system = [(d, s, e, root) for root, sp in spans.items() for d, s, e in sp]
        resp, _ = align(gk, system)
        votes: dict = defaultdict(Counter)
        for k, m in zip(gk, g):
            r = resp[k]
            if r[0] == "sys":
                votes[r[1]][m["cluster"]] += 1
        label = {root: c.most_common(1)[0][0] for root, c in votes.items()}
        by_desc: dict = defaultdict(list)
        for e in col[:-1]:
            by_desc[e["desc"]].append(e)
        for r, es in by_desc.items():
            if r not in label:
                continue
            rows = [(e["x"], int(label.get(e["cand"]) == label[r])) for e in es if e["cand"] in label]
            if rows:
                out.append({"topic": t, "size": sum(votes[r].values()), "rows": rows})
    return out


def fit(records: list[dict], C: float, weighting: str = "size"):
    """Coefficients of a logistic regression over all candidate rows of ``records``; with
    ``weighting="size"`` each row counts as many times as its description has gold-aligned
    mentions (what a link gains or loses)."""
    from sklearn.linear_model import LogisticRegression

    X = [x for rec in records for x, _ in rec["rows"]]
    y = [v for rec in records for _, v in rec["rows"]]
    sw = [float(rec["size"]) if weighting == "size" else 1.0 for rec in records for _ in rec["rows"]]
    clf = LogisticRegression(C=C, max_iter=5000, fit_intercept=False)
    clf.fit(X, y, sample_weight=sw)
    return [float(w) for w in clf.coef_[0]]


def utility(records: list[dict], probs: list[list[float]], t: float, margin: float) -> tuple[int, int, int]:
    """(net, right, wrong) mentions joined by linking with threshold ``t`` and ``margin``."""
    right = wrong = 0
    for rec, ps in zip(records, probs):
        order = sorted(range(len(ps)), key=lambda k: -ps[k])
        best = ps[order[0]]
        second = ps[order[1]] if len(order) > 1 else 0.0
        if best >= t and best - second >= margin:
            if rec["rows"][order[0]][1]:
                right += rec["size"]
            else:
                wrong += rec["size"]
    return right - wrong, right, wrong


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=HERE / "out" / "actors")
    ap.add_argument("--C", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--weighting", choices=("none", "size"), default="size")
    ap.add_argument("--write", action="store_true", help="write newsline/actors/describe_weights.json")
    args = ap.parse_args(argv)
    from newsline.actors import describe as dm

    topics = _analysed(args)
    records = desc_data(topics)
    n_pos = sum(1 for r in records if any(v for _, v in r["rows"]))
    print(f"description clusters {len(records)} ({n_pos} with a right candidate), "
          f"pairs {sum(len(r['rows']) for r in records)}")
    # leave one topic out: each topic's probabilities from a model fitted on the others
    oof: list[list[float]] = [[] for _ in records]
    for t in sorted({r["topic"] for r in records}):
        train = [r for r in records if r["topic"] != t]
        coef = fit(train, args.C, args.weighting)
        for k, r in enumerate(records):
            if r["topic"] == t:
                oof[k] = [dm._prob(x, coef) for x, _ in r["rows"]]
    grid = {(t, m): utility(records, oof, t, m) for t in THRESHOLDS for m in MARGINS}
    best = max(grid, key=lambda k: (grid[k][0], k[0], k[1]))
    for (t, m), (net, right, wrong) in sorted(grid.items()):
        if m in (0.0, best[1]):
            print(f"threshold {t:.2f} margin {m:.1f}: out-of-fold mentions right {right} wrong {wrong} net {net}")
    print(f"chosen threshold {best[0]} margin {best[1]}: {grid[best]}")
    coef = [round(w, 4) for w in fit(records, args.C, args.weighting)]
    for name, w in sorted(zip(dm.FEATURES, coef), key=lambda x: -abs(x[1])):
        print(f"  {name:16s} {w:+.3f}")
    data = {
        "about": "logistic regression over newsline.actors.describe.FEATURES; threshold and margin "
        "chosen leave-one-topic-out; retrain with benchmarks/actors_describe_train.py (ECB+ train topics)",
        "features": list(dm.FEATURES),
        "coef": coef,
        "threshold": best[0],
        "margin": best[1],
    }
    target = dm.WEIGHTS_PATH if args.write else args.out / "describe_weights.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, indent=1) + "\n")
    print(f"wrote {target}")
    if args.write:
        dm.load_weights.cache_clear()
        results = {}
        for t, (analysed, gold) in topics.items():
            rows, _ = run_topic(analysed)
            results[t] = (gold, rows)
        print(f"train CoNLL F1 with the model: {evaluate(results, 'actors')['conll_f1']:.4f}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
