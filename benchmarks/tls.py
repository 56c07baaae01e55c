"""Timeline summarisation on T17: newsline's timeline against the reference timelines.

Protocol (news-tls): one task per reference timeline; the system sees the topic's articles
published within the timeline's first..last date, outputs as many dates as the reference
with k = round(mean sentences per date of the reference) sentences each, at day
granularity. The topic's keywords are given as the user's focus, nothing else from the
benchmark is used (no training). Each text goes through the ingest cleaner first, as
`newsline ingest` does (``--no-clean`` analyses the detokenised texts as they are). Writes ``<out>/<topic>/<name>.txt`` in the tilse text
format and ``<out>/scores.json``; prints AR-1 F, AR-2 F (align+ m:1) and date F1,
averaged the news-tls way (mean P and R over timelines, then F), with the headline
number last, and the time per topic with and without the (cached) spaCy analysis.

    python benchmarks/tls.py --data ../shared/data/tls/t17 --out benchmarks/out/tls
    python benchmarks/tls.py --topics NAME1,NAME2 --limit 2   # a quick subset
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import tilse_metric  # noqa: E402
from tls_data import analysed_docs, read_topic, write_timeline  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "tls" / "t17"
DEFAULT_OUT = REPO / "benchmarks" / "out" / "tls"


def add_time_and_events(docs, failures: list[str]):
    """The time stage (timexes, then article and sentence dates over the corpus) and the
    event mentions. A document on which the time finder fails keeps no timexes (counted
    and reported)."""
    from newsline.model import Corpus
    from newsline.time import date_corpus, find_timexes
    from newsline.timeline.events import add_events

    tagged = []
    for d in docs:
        try:
            tx = tuple(
                find_timexes(d.text, dct=d.article.meta.published, tokens=d.tokens, sentences=d.sentences)
            )
        except Exception as exc:  # a broken time finder must not stop the benchmark
            failures.append(f"{d.id}: {type(exc).__name__}: {exc}")
            tx = ()
        tagged.append(d.with_layers(timexes=tx))
    tagged = list(date_corpus(Corpus(tuple(tagged))).docs)
    return [add_events(d) for d in tagged]


_PUNCT = re.compile(r"([.,;:!?]+)(?=\s|$)|([()\"\u201c\u201d])")


def tilse_format(sentence: str) -> str:
    """Punctuation split off as in the reference files (whitespace-tokenised); numbers
    such as 7.0 and 45,000 stay whole."""
    return " ".join(_PUNCT.sub(lambda m: f" {m.group(0)} ", sentence).split())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--topics", default="", help="comma-separated topic folders (default: all)")
    ap.add_argument("--limit", type=int, default=0, help="at most this many timelines per topic")
    ap.add_argument("--no-focus", action="store_true", help="ignore the topic keywords")
    ap.add_argument("--no-clean", action="store_true",
                    help="analyse the detokenised texts as they are, without the ingest cleaner")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    from newsline.model import Corpus
    from newsline.timeline import build_timeline

    failures: list[str] = []
    topics = sorted(p for p in args.data.iterdir() if (p / "articles.jsonl").exists())
    if args.topics:
        wanted = set(args.topics.split(","))
        topics = [t for t in topics if t.name in wanted]
    cache = args.out / "cache"
    per_task = []
    timing = {}
    for topic in topics:
        _, refs, info = read_topic(topic)
        if args.limit:
            refs = refs[: args.limit]
        docs, nlp_seconds = analysed_docs(topic, cache, clean=not args.no_clean)
        t0 = time.perf_counter()
        docs = add_time_and_events(docs, failures)
        prep = time.perf_counter() - t0
        focus = () if args.no_focus else tuple(info.get("keywords", ()))
        t1 = time.perf_counter()
        for ref in refs:
            first, last = ref.first, ref.last
            task_docs = [
                d for d in docs
                if d.article.meta.published and first <= dt.date.fromisoformat(d.article.meta.published[:10]) <= last
            ]
            tl = build_timeline(
                Corpus(tuple(task_docs)),
                dates=len(ref.dates),
                per_date=ref.k(),
                start=first,
                end=last,
                focus=focus,
                coarse=False,
            )
            pred = {e.day: [tilse_format(s.text) for s in e.sentences] for e in tl.entries}
            write_timeline(args.out / topic.name / f"{ref.name}.txt", list(pred.items()))
            s = tilse_metric.score_timeline(pred, ref.dates)
            per_task.append({"topic": topic.name, "timeline": ref.name, "articles": len(task_docs), **s})
            print(
                f"{topic.name:6} {ref.name:40} n={len(task_docs):4d} "
                f"AR1 {s['ar1']['f']:.4f} AR2 {s['ar2']['f']:.4f} date {s['date']['f']:.4f}",
                flush=True,
            )
        select_seconds = time.perf_counter() - t1
        timing[topic.name] = {
            "after_analysis_s": round(prep + select_seconds, 2),
            "with_analysis_s": round(nlp_seconds + prep + select_seconds, 2),
            "spacy_s": round(nlp_seconds, 2),
            "time_and_events_s": round(prep, 2),
            "selection_s": round(select_seconds, 2),
        }
    avg = tilse_metric.average([{k: t[k] for k in ("ar1", "ar2", "date")} for t in per_task])
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "scores.json").write_text(
        json.dumps({"timex_failures": len(failures), "average": avg, "timing": timing, "tasks": per_task}, indent=1),
        encoding="utf-8",
    )
    for name, t in timing.items():
        print(f"time {name:6} after analysis {t['after_analysis_s']:7.1f} s   with analysis {t['with_analysis_s']:7.1f} s")
    if failures:
        print(f"time finder failed on {len(failures)} documents, e.g. {failures[0]}")
    print(f"timelines: {len(per_task)}")
    print(f"AR-1 F   {avg['ar1']['f']:.4f}  (P {avg['ar1']['precision']:.4f} R {avg['ar1']['recall']:.4f})")
    print(f"AR-2 F   {avg['ar2']['f']:.4f}  (P {avg['ar2']['precision']:.4f} R {avg['ar2']['recall']:.4f})")
    print(f"date F1  {avg['date']['f']:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
