"""Throughput of ingest + analysis against spaCy alone on the same cleaned texts.

Reads the T17 development articles (``<data>/<topic>/articles.jsonl``), writes them as one
JSONL input, and in separate processes (so each phase's peak memory is its own) runs:
  1. spaCy alone: ``nlp.pipe`` over the cleaned texts that newsline's ingest produces;
  2. newsline core: ``api.ingest`` (read, clean, hash, store) + ``api.analyze`` with the
     spaCy stage only (tokens, sentences, entities, parse) into a fresh store;
  3. newsline full: the same with every stage of the default pipeline.
Prints articles/s and tokens/s of each, the ratios (target >= 0.85 for the core, the
ingest + analysis path) and peak memory.

    python benchmarks/throughput.py --data ../shared/data/tls/t17 --out benchmarks/out/throughput
"""

from __future__ import annotations

import json
import multiprocessing as mp
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks._common import parse_args, write_scores  # noqa: E402


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _write_input(data: Path, path: Path, limit: int) -> int:
    """Every ``limit``-th spread of the articles (all when limit <= 0), as one JSONL file."""
    from newsline.textutil import detokenize_ptb

    rows = []
    for f in sorted(data.glob("*/articles.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                a = json.loads(line)
                if a.get("text", "").strip():
                    rows.append(a)
    if limit > 0 and len(rows) > limit:
        step = len(rows) / limit
        rows = [rows[int(k * step)] for k in range(limit)]
    with path.open("w", encoding="utf-8") as out:
        for a in rows:
            out.write(
                json.dumps(
                    {
                        "id": a["id"],
                        "text": detokenize_ptb(a["text"]),
                        "published": a.get("time"),
                        "source": a.get("source"),
                    }
                )
                + "\n"
            )
    return len(rows)


def _phase_spacy(input_path: str, batch_size: int, q) -> None:
    from newsline.ingest import read_inputs
    from newsline.model import Article
    from newsline.nlp import load_nlp

    texts = [a.text for a in read_inputs([input_path]) if isinstance(a, Article)]
    nlp = load_nlp()
    nlp("warm up")
    t0, c0 = time.perf_counter(), time.process_time()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        tokens += len(doc)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    q.put(
        {"articles": len(texts), "tokens": tokens, "seconds": secs, "cpu_seconds": cpu, "peak_mb": _peak_mb()}
    )


def _phase_newsline(input_path: str, db: str, batch_size: int, full: bool, q) -> None:
    from newsline import api
    from newsline.config import Options
    from newsline.nlp import load_nlp, nlp_stage
    from newsline.pipeline import Pipeline
    from newsline.stages import default_pipeline
    from newsline.store import Store

    nlp = load_nlp()
    nlp("warm up")
    opts = Options(db=Path(db), batch_size=batch_size)
    pipe = default_pipeline(opts) if full else Pipeline([nlp_stage(batch_size=batch_size)])
    t0, c0 = time.perf_counter(), time.process_time()
    ing = api.ingest([input_path], options=opts)
    t1 = time.perf_counter()
    ana = api.analyze(options=opts, pipeline=pipe)
    t2, c2 = time.perf_counter(), time.process_time()
    with Store(db, readonly=True) as store:
        tokens = sum(len(d.tokens) for d in store.load_docs(layers=["tokens"]))
    q.put(
        {
            "articles": ing.read,
            "analyzed": ana.analyzed,
            "problems": len(ing.problems) + len(ana.problems),
            "tokens": tokens,
            "seconds": t2 - t0,
            "cpu_seconds": c2 - c0,
            "ingest_seconds": t1 - t0,
            "analyze_seconds": t2 - t1,
            "stages": pipe.names(),
            "peak_mb": _peak_mb(),
        }
    )


def _run(target, *args):
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=target, args=(*args, q))
    p.start()
    res = q.get()
    p.join()
    return res


def main(argv: list[str] | None = None) -> dict:
    def extra(ap):
        ap.add_argument("--limit", type=int, default=400, help="articles, spread over the set (0 = all)")
        ap.add_argument("--batch-size", type=int, default=32)

    args = parse_args("throughput", __doc__, data="tls/t17", add_arguments=extra, argv=argv)
    with tempfile.TemporaryDirectory() as tmp:
        input_path = Path(tmp) / "articles.jsonl"
        n = _write_input(args.data, input_path, args.limit)
        print(f"{n} articles from {args.data}")
        spacy_res = _run(_phase_spacy, str(input_path), args.batch_size)
        core = _run(_phase_newsline, str(input_path), str(Path(tmp) / "core.db"), args.batch_size, False)
        full = _run(_phase_newsline, str(input_path), str(Path(tmp) / "full.db"), args.batch_size, True)
    for r in (spacy_res, core, full):
        r["articles_per_s"] = r["articles"] / r["seconds"]
        r["tokens_per_s"] = r["tokens"] / r["seconds"]
        r["tokens_per_cpu_s"] = r["tokens"] / r["cpu_seconds"]
    # Ratios of CPU time: on a shared machine wall time swings with other load, CPU time
    # of each phase's own process much less. Wall-clock ratios are reported beside them.
    ratio_core = core["tokens_per_cpu_s"] / spacy_res["tokens_per_cpu_s"]
    ratio_full = full["tokens_per_cpu_s"] / spacy_res["tokens_per_cpu_s"]
    wall_core = core["tokens_per_s"] / spacy_res["tokens_per_s"]
    wall_full = full["tokens_per_s"] / spacy_res["tokens_per_s"]
    scores = {
        "data": str(args.data),
        "articles": n,
        "spacy_alone": spacy_res,
        "newsline_core": core,
        "newsline_full": full,
        "ratio_core": ratio_core,
        "ratio_full": ratio_full,
        "wall_ratio_core": wall_core,
        "wall_ratio_full": wall_full,
        "target_ratio": 0.85,
    }
    print(
        f"spaCy alone    : {spacy_res['articles_per_s']:.2f} articles/s, "
        f"{spacy_res['tokens_per_s']:.0f} tokens/s ({spacy_res['tokens_per_cpu_s']:.0f} per CPU-s), "
        f"peak {spacy_res['peak_mb']:.0f} MB"
    )
    for label, r in (("newsline core", core), ("newsline full", full)):
        print(
            f"{label:15}: {r['articles_per_s']:.2f} articles/s, {r['tokens_per_s']:.0f} tokens/s "
            f"({r['tokens_per_cpu_s']:.0f} per CPU-s), "
            f"peak {r['peak_mb']:.0f} MB (ingest {r['ingest_seconds']:.1f}s, "
            f"analyze {r['analyze_seconds']:.1f}s; stages: {', '.join(r['stages'])})"
        )
    print(f"ratio, every stage (newsline full / spaCy alone, tokens per CPU-s): {ratio_full:.3f} (wall {wall_full:.3f})")
    print(
        f"ratio, ingest + spaCy analysis + store (newsline core / spaCy alone, tokens per CPU-s): "
        f"{ratio_core:.3f} (wall {wall_core:.3f})  (target >= 0.85)"
    )
    write_scores(args.out, scores)
    return scores


if __name__ == "__main__":
    main()
