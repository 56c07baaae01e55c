"""Fit the content-span chooser (``newsline/quotes/span_model.json``) on PolNeAR train.

Every cue candidate the acceptance model keeps (as at run time) that has a gold
attribution with the same cue offers its wider contents
(``newsline.quotes.spans.alternatives``). A wider content is labelled positive when the
rules' content covers < 80% of the gold content's characters and it covers >= 80% (it
completes the report), negative when the rules' content already covers >= 80% (it would
only overshoot); other cases teach nothing about widening and are left out. The features
are fitted with an L2 logistic regression (scikit-learn). At run time a content is widened
when the model says a fix is more likely than an overshoot (probability >= 0.5); the
out-of-fold counts (two halves of the split) of fixes and overshoots are printed for a
few thresholds. No text of the data goes into the file.

    python benchmarks/quotes_spans.py --data ../shared/data/quotes/polnear --cache benchmarks/out/quotes/cache [--write]
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

TARGET = REPO / "newsline" / "quotes" / "span_model.json"
MIN_FEATURE = 20  # a feature must occur this often in train to get a weight
MIN_WEIGHT = 0.02  # smaller weights are dropped
THRESHOLD = 0.5


def _extra_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--split", default="train")
    ap.add_argument("--write", action="store_true", help=f"write {TARGET.relative_to(REPO)}")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--C", type=float, default=0.3, help="inverse L2 strength")
    ap.add_argument("--cache", type=Path, default=None, help="spaCy analysis cache (see benchmarks/quotes.py)")


def _chars(spans) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(range(s, e))
    return out


def groups(rows, views):
    """One group per accepted candidate with a gold attribution of the same cue and a
    wider content: (features of each wider content, their labels (None: left out), the
    gold coverage of the rules' content and of each wider one)."""
    from newsline.quotes import cues
    from newsline.quotes.classify import default_model
    from newsline.quotes.extract import scored_candidates
    from newsline.quotes.spans import alternatives, features

    lex = cues.default_lexicon()
    model = default_model()
    th = model.threshold if model else lex.threshold
    out = []
    for r, view in zip(rows, views):
        golds = []
        for a in r.get("attributions", []):
            if a["content"]:
                golds.append(([(c["start"], c["end"]) for c in a["cue"] or []], _chars((c["start"], c["end"]) for c in a["content"])))
        for c in scored_candidates(view, lex, model):
            if c.score < th:
                continue
            alts = alternatives(view, c)
            if len(alts) < 2:
                continue
            cs = c.cue_span
            mine = [g for cue, g in golds if g and any(a < cs[1] and cs[0] < b for a, b in cue)]
            if not mine:
                continue
            sets = [_chars(s) for _, s in alts]
            best_g = max(mine, key=lambda g: max(len(s & g) for s in sets) / len(g))
            covs = [len(s & best_g) / len(best_g) for s in sets]
            if max(covs) < 0.3:
                continue
            labels = [0 if covs[0] >= 0.8 else 1 if v >= 0.8 else None for v in covs[1:]]
            feats = [features(view, c, kind, s) for kind, s in alts[1:]]
            out.append((feats, labels, covs))
    return out


def main(argv: list[str] | None = None) -> int:
    args = _common.parse_args("quotes_spans", __doc__, data="quotes/polnear", add_arguments=_extra_args, argv=argv)
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from benchmarks.quotes import analysed_split
    from newsline.quotes.extract import View

    rows, docs = analysed_split(args.data, args.split, limit=args.limit, cache=args.cache)
    views = [View(d) for d in docs]
    G = groups(rows, views)
    rows_xy = [(f, lab, i) for i, (feats, labels, _) in enumerate(G) for f, lab in zip(feats, labels) if lab is not None]
    freq = collections.Counter(k for f, _, _ in rows_xy for k in f)
    X = [{k: v for k, v in f.items() if freq[k] >= MIN_FEATURE} for f, _, _ in rows_xy]
    y = np.array([lab for _, lab, _ in rows_xy])
    gid = np.array([i for _, _, i in rows_xy])
    vec = DictVectorizer()
    M = vec.fit_transform(X)
    print(f"{len(G)} candidates with a wider content, {len(y)} labelled, {int(y.sum())} fixes, {M.shape[1]} features")

    half = len(G) // 2
    oof = np.zeros(len(y))
    for learn, apply in ((gid >= half, gid < half), (gid < half, gid >= half)):
        m = LogisticRegression(C=args.C, max_iter=3000).fit(M[learn], y[learn])
        oof[apply] = m.predict_proba(M[apply])[:, 1]
    for th in (0.3, 0.4, 0.5, 0.6, 0.7):
        sel = oof >= th
        print(f"threshold {th:.1f}: {int((sel & (y == 1)).sum())} fixes, {int((sel & (y == 0)).sum())} overshoots (out of fold)")
    model = LogisticRegression(C=args.C, max_iter=3000).fit(M, y)
    weights = named_weights(vec.get_feature_names_out(), model.coef_[0], MIN_WEIGHT)
    out = {
        "about": "content span chooser, logistic; fitted by benchmarks/quotes_spans.py on PolNeAR " + args.split,
        "bias": round(float(model.intercept_[0]), 4),
        "threshold": THRESHOLD,
        "weights": dict(sorted(weights.items())),
    }
    target = TARGET if args.write else args.out / "span_model.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(out, indent=0, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(weights)} weights -> {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
