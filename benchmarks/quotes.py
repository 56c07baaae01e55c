"""Quotes on PolNeAR: attributions (content, cue, source) with resolved speakers.

For each split file ``<split>.jsonl`` in the data folder except ``train`` (or the one
``--split`` names): build each article with ``make_article(text, published=...)``, analyse
the batch with spaCy (``newsline.nlp.analyze_docs``), run the quote stage, write
``<out>/<split>.jsonl`` in the output format of ``../shared/data/README.md`` and score it
(``benchmarks/quotes_score.py``): P/R/F1 with a gold quote found when one system quote
covers >= 30% (and >= 80%) of its content characters, one-to-one; speaker accuracy over
found quotes; exact-span F1; direct and indirect apart; and the speed of the quote stage
alone (articles/s and tokens/s, spaCy excluded). F1 at 30% is printed last.

    python benchmarks/quotes.py --data ../shared/data/quotes/polnear --out benchmarks/out/quotes
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from types import MappingProxyType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import _common  # noqa: E402
from benchmarks.quotes_score import pronoun_gender_clashes, score_article, summarize  # noqa: E402

THRESHOLDS = {"30": 0.3, "80": 0.8, "exact": "exact"}
TARGETS = {"f1_30": 0.85, "f1_80": 0.75, "speaker_accuracy": 0.85}


def _extra_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--split", default=None, help="only this split (default: every split but train)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles of a split")
    ap.add_argument("--threshold", type=float, default=None, help="cue score threshold")
    ap.add_argument("--batch-size", type=int, default=32, help="spaCy batch size")
    ap.add_argument(
        "--cache", type=Path, default=None,
        help="keep the spaCy analysis of each split here (a pickle keyed by the file's hash) and reuse it",
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    return _common.parse_args("quotes", __doc__, data="quotes/polnear", add_arguments=_extra_args, argv=argv)


def splits(data: Path, only: str | None) -> list[Path]:
    files = sorted(data.glob("*.jsonl"))
    if only:
        files = [f for f in files if f.stem == only]
        if not files:
            raise SystemExit(f"no split {only!r} in {data}")
        return files
    return [f for f in files if f.stem != "train"]


def read_split(path: Path, limit: int = 0) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
                if limit and len(rows) >= limit:
                    break
    return rows


def analysed_split(data: Path, split: str, *, limit: int = 0, cache: Path | None = None):
    """(rows, analysed docs) of ``<data>/<split>.jsonl``: what each training script reads."""
    path = data / f"{split}.jsonl"
    rows = read_split(path, limit)
    docs, _ = analysed_docs(path, rows, cache=cache)
    return rows, docs


def cache_file(cache: Path, path: Path, n: int) -> Path:
    """Where the analysis of the first ``n`` rows of split ``path`` is cached: per file
    content and analysis version (``newsline.nlp.ANALYSIS_VERSION``)."""
    import hashlib

    from newsline.nlp import ANALYSIS_VERSION

    digest = hashlib.sha1(path.read_bytes()).hexdigest()[:12]
    return cache / f"{path.stem}-{digest}-{n}-nlp{ANALYSIS_VERSION}.pkl"


def analysed_docs(path: Path, rows: list[dict], *, batch_size: int = 32, cache: Path | None = None):
    """The split's articles analysed by spaCy (``make_article`` + ``analyze_docs``), and the
    seconds spaCy took (0 when read from ``cache``)."""
    import pickle

    from newsline.model import ArticleDoc, make_article
    from newsline.nlp import analyze_docs

    key = None
    if cache is not None:
        key = cache_file(cache, path, len(rows))
        if key.exists():
            with key.open("rb") as fh:
                stored = pickle.load(fh)
            return [ArticleDoc(a, MappingProxyType(layers)) for a, layers in stored], 0.0
    docs = [
        ArticleDoc(make_article(r["text"], published=r.get("publication_date"), id=str(r["id"])))
        for r in rows
    ]
    with _common.timer() as t_nlp:
        docs = analyze_docs(docs, batch_size=batch_size)
    if key is not None:
        key.parent.mkdir(parents=True, exist_ok=True)
        with key.open("wb") as fh:
            pickle.dump([(d.article, dict(d.layers)) for d in docs], fh, protocol=pickle.HIGHEST_PROTOCOL)
    return docs, t_nlp["s"]


def system_quote(text: str, q) -> dict:
    """A quote in the benchmark's output format."""
    def span(s: int, e: int) -> dict:
        return {"start": s, "end": e, "text": text[s:e]}

    return {
        "content": [span(s, e) for s, e in q.content],
        "cue": span(*q.cue) if q.cue else None,
        "speaker": span(*q.speaker) if q.speaker else None,
        "speaker_name": q.speaker_name,
        "direct": q.direct,
    }


def run_split(path: Path, out: Path, args: argparse.Namespace) -> dict:
    from newsline.quotes.stage import extract_quotes

    threshold = args.threshold
    rows = read_split(path, args.limit)
    docs, nlp_s = analysed_docs(path, rows, batch_size=args.batch_size, cache=args.cache)
    tokens = sum(len(d.tokens) for d in docs)
    with _common.timer() as t_q:
        layers = [extract_quotes(d, **({"threshold": threshold} if threshold is not None else {})) for d in docs]
    out_path = out / f"{path.stem}.jsonl"
    scored = []
    every: list[dict] = []
    with out_path.open("w", encoding="utf-8") as fh:
        for r, d, quotes in zip(rows, docs, layers):
            sysq = [system_quote(d.text, q) for q in quotes]
            every.extend(sysq)
            fh.write(json.dumps({"id": r["id"], "quotes": sysq}, ensure_ascii=False) + "\n")
            scored.append(score_article(r["text"], r.get("attributions", []), sysq, THRESHOLDS))
    scores = summarize(scored)
    scores["pronouns"] = pronoun_gender_clashes(every)
    scores["speed"] = {
        "articles": len(docs),
        "tokens": tokens,
        "quote_stage_s": round(t_q["s"], 3),
        "articles_per_s": round(len(docs) / t_q["s"], 1) if t_q["s"] else None,
        "tokens_per_s": round(tokens / t_q["s"]) if t_q["s"] else None,
        "spacy_s": round(nlp_s, 3),
        "spacy_tokens_per_s": round(tokens / nlp_s) if nlp_s else None,
    }
    scores["threshold"] = threshold
    return scores


def report(name: str, s: dict) -> None:
    rows = []
    for th in ("30", "80", "exact"):
        for k in ("all", "direct", "indirect"):
            d = s[th][k]
            rows.append({"split": name, "match": th, "class": k, "P": d["precision"], "R": d["recall"],
                         "F1": d["f1"], "speaker": d["speaker_accuracy"], "gold": d["gold"],
                         "system": d["system"]})
    _common.print_table(rows, ["split", "match", "class", "P", "R", "F1", "speaker", "gold", "system"])
    pr = s["pronouns"]
    print(f"pronouns {name}: {pr['pronoun_speakers']} he/she speakers, {pr['named']} resolved to a name, "
          f"{pr['gender_clashes']} to a name of the other gender")
    sp = s["speed"]
    print(f"speed {name}: quote stage {sp['articles_per_s']} articles/s, {sp['tokens_per_s']} tokens/s "
          f"({sp['articles']} articles, {sp['tokens']} tokens; spaCy alone {sp['spacy_tokens_per_s']} tokens/s)")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    all_scores = {}
    for path in splits(args.data, args.split):
        t0 = time.perf_counter()
        s = run_split(path, args.out, args)
        s["wall_s"] = round(time.perf_counter() - t0, 1)
        all_scores[path.stem] = s
        report(path.stem, s)
    if not all_scores:
        raise SystemExit(f"no split files in {args.data}")
    all_scores["targets"] = TARGETS
    _common.write_scores(args.out, all_scores)
    for name, s in all_scores.items():
        if name == "targets":
            continue
        print(f"{name}: F1@80 {s['80']['all']['f1']:.4f} (target >= {TARGETS['f1_80']}), "
              f"speaker accuracy {s['30']['all']['speaker_accuracy']:.4f} "
              f"(target >= {TARGETS['speaker_accuracy']}), exact-span F1 {s['exact']['all']['f1']:.4f}")
    last = list(k for k in all_scores if k != "targets")[-1]
    f1 = all_scores[last]["30"]["all"]["f1"]
    _common.headline(f"F1@30 {last}", f1, f"target >= {TARGETS['f1_30']}", passed=f1 >= TARGETS["f1_30"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
