"""Learn the cue lexicon (``newsline/quotes/cue_lexicon.tsv``) from PolNeAR's train split.

General word statistics only: for every verb (and reporting noun, "according to") that the
quote rules find with a frame (ccomp, xcomp, object, colon, ...), count how often it is an
attribution in the training split (the gold cue covers it and the gold content is >= 30%
covered by the frame's content), per (lemma, frame) and per context (cue inside quotation
marks, no source, first-person source, cue embedded in another cue's clause). Scores are
smoothed toward the lemma's overall rate, and the context factors are shared by all
lemmas. No text of the data goes into the table.

    python benchmarks/quotes_lexicon.py --data ../shared/data/quotes/polnear [--write]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import _common  # noqa: E402

TABLE = REPO / "newsline" / "quotes" / "cue_lexicon.tsv"
GLOBAL_PRIOR = 0.05  # the rate of an unknown lemma
LEMMA_WEIGHT = 2.0  # pseudo-counts toward the global prior for a lemma's rate
FRAME_WEIGHT = 5.0  # pseudo-counts toward the lemma's rate for a (lemma, frame) rate
MIN_COMBO = 30  # a context combination gets its own factor from this many occurrences
VPREP_WEIGHT = 4.0  # pseudo-counts toward the global prior for a (verb, preposition) rate


def _extra_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--split", default="train")
    ap.add_argument("--write", action="store_true", help=f"write {TABLE.relative_to(REPO)}")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--cache", type=Path, default=None, help="spaCy analysis cache (see benchmarks/quotes.py)")


def count(rows: list[dict], docs) -> dict:
    """(lemma, frame, context) -> [occurrences, attributions]."""
    from newsline.quotes.extract import View, candidates, snap_to_quotes

    stats: dict = collections.defaultdict(lambda: [0, 0])
    for r, doc in zip(rows, docs):
        view = View(doc)
        golds = []
        for a in r["attributions"]:
            cue = a["cue"][0] if a["cue"] else None
            chars = set()
            for c in a["content"]:
                chars.update(range(c["start"], c["end"]))
            golds.append((cue, chars))
        for c in candidates(view, None):
            snap_to_quotes(view, c)
            cc = set()
            for s, e in c.content:
                cc.update(range(s, e))
            start = view.p.toks[c.cue].start
            pos = any(
                g and g["start"] <= start < g["end"] and len(ch & cc) >= 0.3 * len(ch)
                for g, ch in golds
            )
            st = stats[(c.lemma, c.frame, c.extra.get("ctx", ""))]
            st[0] += 1
            st[1] += pos
    return stats


def table(stats: dict) -> list[tuple]:
    lem = collections.defaultdict(lambda: [0, 0])
    lf = collections.defaultdict(lambda: [0, 0])
    fr = collections.defaultdict(lambda: [0, 0])
    single = collections.defaultdict(lambda: [0, 0])
    combos = collections.defaultdict(lambda: [0, 0])
    vprep = collections.defaultdict(lambda: [0, 0])
    for (l, f, c), (n, p) in stats.items():
        if f.startswith("vprep:"):
            # the object of a preposition any verb may take: counted apart, so the
            # verb's own rates stay those of its frames
            vprep[(l, f)][0] += n
            vprep[(l, f)][1] += p
            continue
        fk = f.split(":")[0]  # "prep:about" counts for "prep" too
        keys = [(lem, l), (lf, (l, f)), (fr, fk)] + ([(lf, (l, fk))] if fk != f else [])
        for d, k in keys:
            d[k][0] += n
            d[k][1] += p
        for ch in set(c):
            single[(fk, ch)][0] += n
            single[(fk, ch)][1] += p
        if c:
            combos[(fk, c)][0] += n
            combos[(fk, c)][1] += p

    def smooth(p, n, prior, a):
        return (p + a * prior) / (n + a)

    def rate(p, n):
        return (p + 1) / (n + 2)

    ratio = {k: rate(p, n) / rate(fr[k[0]][1], fr[k[0]][0]) for k, (n, p) in single.items()}
    combo = {
        k: rate(p, n) / rate(fr[k[0]][1], fr[k[0]][0])
        for k, (n, p) in combos.items()
        if n >= MIN_COMBO and len(k[1]) > 1
    }

    def ctx_ratio(f, c):
        if (f, c) in combo:
            return combo[(f, c)]
        r = 1.0
        for ch in c:
            r *= ratio[(f, ch)]
        return r

    out = []
    lemma_rate = {l: smooth(p, n, GLOBAL_PRIOR, LEMMA_WEIGHT) for l, (n, p) in lem.items()}
    for l, (n, p) in lem.items():
        out.append((l, "*", "*", n, lemma_rate[l]))
    base = {}
    for (l, f), (n, p) in sorted(lf.items(), key=lambda kv: ":" in kv[0][1]):
        prior = base.get((l, f.split(":")[0]), lemma_rate[l]) if ":" in f else lemma_rate[l]
        base[(l, f)] = smooth(p, n, prior, FRAME_WEIGHT)
        out.append((l, f, "*", n, base[(l, f)]))
    for (f, ch), r in ratio.items():
        out.append(("*", f, ch, single[(f, ch)][0], r))
    for (f, c), r in combo.items():
        out.append(("*", f, c, combos[(f, c)][0], r))
    for (l, f), (n, p) in vprep.items():
        out.append((l, f, "*", n, smooth(p, n, GLOBAL_PRIOR, VPREP_WEIGHT)))
    for (l, f, c), (n, p) in stats.items():
        if f.startswith("vprep:"):
            continue
        prior = min(0.99, base[(l, f)] * ctx_ratio(f.split(":")[0], c))
        out.append((l, f, c, n, smooth(p, n, prior, FRAME_WEIGHT)))
    out = [
        (a, b, c, n, round(s, 3)) for a, b, c, n, s in out
        if a == "*" or (s >= 0.1 if b.startswith("vprep:") else s >= 0.02)
    ]
    out.sort(key=lambda o: (o[0], o[1], o[2]))
    return out


def main(argv: list[str] | None = None) -> int:
    args = _common.parse_args("quotes_lexicon", __doc__, data="quotes/polnear", add_arguments=_extra_args, argv=argv)
    from benchmarks.quotes import analysed_split

    rows, docs = analysed_split(args.data, args.split, limit=args.limit, cache=args.cache)
    rows_out = table(count(rows, docs))
    header = (
        "# lemma\tframe\tcontext\tcount\tscore — share of occurrences that are attributions in "
        f"PolNeAR {args.split} (benchmarks/quotes_lexicon.py); lemma '*' rows are context factors\n"
    )
    body = "".join("\t".join(map(str, o)) + "\n" for o in rows_out)
    target = TABLE if args.write else args.out / "cue_lexicon.tsv"
    target.write_text(header + body, encoding="utf-8")
    print(f"{len(rows_out)} rows -> {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
