"""Cross-document actors on ECB+ (train + dev topics): MUC, B3, CEAF-e, CoNLL F1, mention recall.

Run: ``python -m benchmarks.actors [--data ../shared/data/coref/ecbplus] [--out benchmarks/out/actors]``

Per topic, each document (sentences joined by "\\n", tokens by " ") becomes an article,
goes through ``newsline.nlp.analyze_docs`` and then the actor stage over the topic as
one corpus. Every actor mention found is written to ``<out>/<topic>.jsonl`` as
``{"doc", "start", "end", "text", "entity"}``.

Scoring (``benchmarks.corefscore``): gold mentions are aligned one-to-one to system
mentions by character-span overlap; a gold mention we miss is a singleton; system
mentions that match no gold mention are not scored (the usual gold-mention protocol).
Aggregation follows ECB+ practice: clusters never cross topics, and the headline scores
pool every topic's mentions into one key and one response (what the CoNLL scorer does
on the concatenated test documents); the mean of per-topic CoNLL F1 is printed too.

The stage's last step is learned (``newsline/actors/pairs.py``, weights in
``newsline/actors/pair_weights.json``): ``benchmarks/actors_train.py`` retrains it on the
train topics only; the dev topics (``DEV_TOPICS``) are never used to fit or tune it.
``--option learned=false`` scores the rules alone. The description-to-person step
(``newsline/actors/describe.py``, weights in ``describe_weights.json``) is learned the same
way, by ``benchmarks/actors_describe_train.py`` (train topics, leave one topic out);
``--option describe=false`` leaves it out.

Two gold sets are scored: ``actors`` (the README's scoring set: human participants
``HUMAN_PART*`` and locations ``LOC_*``; the headline) and ``all`` (adds the
``NON_HUMAN_PART*`` objects, which the actor stage does not try to find).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corefscore import align, score  # noqa: E402

DEV_TOPICS = {"2", "5", "12", "18", "21", "23", "34", "35"}
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "coref" / "ecbplus"


def load_topic(path: Path) -> tuple[list[dict], list[dict]]:
    docs = [json.loads(x) for x in (path / "docs.jsonl").read_text().splitlines() if x.strip()]
    gold = [
        json.loads(x) for x in (path / "gold_mentions.jsonl").read_text().splitlines() if x.strip()
    ]
    return docs, gold


def analyse_topic(docs: list[dict]):
    from newsline.model import ArticleDoc, make_article
    from newsline.nlp import analyze_docs

    articles = [ArticleDoc(make_article(d["text"], id=d["id"])) for d in docs]
    return analyze_docs(articles)


def run_topic(analysed, options: dict | None = None) -> tuple[list[dict], float]:
    from newsline.actors import actor_stage
    from newsline.model import Corpus

    stage = actor_stage(**(options or {}))
    t0 = time.perf_counter()
    corpus = stage.fn(Corpus(tuple(analysed)))
    dt = time.perf_counter() - t0
    rows = []
    for doc in corpus.docs:
        for m in doc.get("actor_mentions"):
            rows.append(
                {"doc": doc.id, "start": m.start, "end": m.end, "text": m.text, "entity": m.actor_id}
            )
    return rows, dt


def is_actor_type(t: str) -> bool:
    return t.startswith("HUMAN_PART") or t.startswith("LOC")


def evaluate(topics: dict[str, tuple[list[dict], list[dict]]], subset: str) -> dict:
    """Scores per topic and pooled, for one gold subset ("actors" or "all")."""
    per_topic = {}
    pooled_key: dict = {}
    pooled_resp: dict = {}
    found = total = 0
    for topic, (gold, system) in topics.items():
        g = [m for m in gold if subset == "all" or is_actor_type(m["type"])]
        gkeys = [(m["doc"], m["start"], m["end"]) for m in g]
        key = {k: m["cluster"] for k, m in zip(gkeys, g)}
        resp, matched = align(
            gkeys, [(s["doc"], s["start"], s["end"], s["entity"]) for s in system]
        )
        s = score(key, resp)
        s["mentions"] = len(gkeys)
        s["mention_recall"] = round(matched / len(gkeys), 4) if gkeys else 0.0
        per_topic[topic] = s
        found += matched
        total += len(gkeys)
        pooled_key.update({(topic,) + k: (topic, v) for k, v in key.items()})
        pooled_resp.update({(topic,) + k: (topic, v) for k, v in resp.items()})
    out = score(pooled_key, pooled_resp)
    out["mentions"] = total
    out["mention_recall"] = round(found / total, 4) if total else 0.0
    out["mean_topic_conll_f1"] = round(
        sum(s["conll_f1"] for s in per_topic.values()) / max(1, len(per_topic)), 4
    )
    out["topics"] = per_topic
    return out


def baselines(gold_by_topic: dict[str, list[dict]]) -> dict:
    """CoNLL F1 of two gold-mention baselines on the actor mentions, pooled like ours:
    one entity per exact mention string, and per last word (the head-lemma baseline)."""
    key: dict = {}
    exact: dict = {}
    head: dict = {}
    for topic, gold in gold_by_topic.items():
        for m in gold:
            if not is_actor_type(m["type"]):
                continue
            k = (topic, m["doc"], m["start"], m["end"])
            key[k] = (topic, m["cluster"])
            exact[k] = (topic, m["text"].lower())
            head[k] = (topic, m["text"].split()[-1].lower() if m["text"].split() else "")
    if not key:
        return {}
    return {
        "exact_string_on_gold_mentions": score(key, exact)["conll_f1"],
        "head_word_on_gold_mentions": score(key, head)["conll_f1"],
    }


def analysis_cache(out: Path) -> Path:
    """The cached spaCy analysis of the topics under ``out``, per analysis version
    (``newsline.nlp.ANALYSIS_VERSION``)."""
    from newsline.nlp import ANALYSIS_VERSION

    return out / f"analysis-nlp{ANALYSIS_VERSION}.pkl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=HERE / "out" / "actors")
    ap.add_argument("--topics", nargs="*", help="only these topics")
    ap.add_argument("--cache", action="store_true", help="reuse the spaCy analysis from --out")
    ap.add_argument("--option", action="append", default=[], help="stage option NAME=VALUE (tuning)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    topic_dirs = sorted(
        (p for p in args.data.iterdir() if p.is_dir()), key=lambda p: int(p.name)
    )
    if args.topics:
        topic_dirs = [p for p in topic_dirs if p.name in set(args.topics)]
    options = {}
    for opt in args.option:
        k, _, v = opt.partition("=")
        options[k] = json.loads(v)
    cache_path = analysis_cache(args.out)
    cache = {}
    if args.cache and cache_path.exists():
        from newsline.model import ArticleDoc

        raw = pickle.loads(cache_path.read_bytes())
        cache = {t: [ArticleDoc(a).with_layers(**ls) for a, ls in v] for t, v in raw.items()}
    results = {}
    t_nlp = t_stage = 0.0
    n_docs = n_tokens = n_mentions = 0
    for td in topic_dirs:
        docs, gold = load_topic(td)
        if td.name in cache:
            analysed = cache[td.name]
        else:
            t0 = time.perf_counter()
            analysed = analyse_topic(docs)
            t_nlp += time.perf_counter() - t0
            cache[td.name] = analysed
        rows, dt = run_topic(analysed, options)
        t_stage += dt
        n_docs += len(analysed)
        n_tokens += sum(len(d.tokens) for d in analysed)
        n_mentions += len(rows)
        with open(args.out / f"{td.name}.jsonl", "w") as fh:
            for r in rows:
                fh.write(json.dumps(r) + "\n")
        results[td.name] = (gold, rows)
    if args.cache:
        cache_path.write_bytes(
            pickle.dumps({t: [(d.article, dict(d.layers)) for d in v] for t, v in cache.items()})
        )
    report = {}
    for split, names in (
        ("all_topics", list(results)),
        ("dev_topics", [t for t in results if t in DEV_TOPICS]),
        ("train_topics", [t for t in results if t not in DEV_TOPICS]),
    ):
        if not names:
            continue
        sub = {t: results[t] for t in names}
        report[split] = {"actors": evaluate(sub, "actors"), "all": evaluate(sub, "all")}
    report["baselines"] = baselines({t: results[t][0] for t in results})
    report["speed"] = {
        "docs": n_docs,
        "tokens": n_tokens,
        "system_mentions": n_mentions,
        "actor_stage_s": round(t_stage, 3),
        "actor_stage_docs_per_s": round(n_docs / t_stage, 1) if t_stage else None,
        "actor_stage_tokens_per_s": round(n_tokens / t_stage, 1) if t_stage else None,
        "spacy_s": round(t_nlp, 3) if t_nlp else None,
    }
    (args.out / "scores.json").write_text(json.dumps(report, indent=1))
    _print(report)
    return 0


def _print(report: dict) -> None:
    for split in ("train_topics", "dev_topics", "all_topics"):
        if split not in report:
            continue
        for subset in ("all", "actors"):
            s = report[split][subset]
            print(
                f"{split:13s} {subset:6s} mentions {s['mentions']:5d} recall {s['mention_recall']:.3f}  "
                f"MUC {s['muc']['f']:.3f}  B3 {s['b3']['f']:.3f}  CEAF-e {s['ceafe']['f']:.3f}  "
                f"CoNLL {s['conll_f1']:.3f} (mean over topics {s['mean_topic_conll_f1']:.3f})"
            )
    sp = report["speed"]
    print(
        f"speed: actor stage {sp['actor_stage_s']} s for {sp['docs']} docs / {sp['tokens']} tokens "
        f"({sp['actor_stage_docs_per_s']} docs/s, {sp['actor_stage_tokens_per_s']} tokens/s); "
        f"spaCy {sp['spacy_s']} s; {sp['system_mentions']} system mentions"
    )
    if report.get("baselines"):
        b = report["baselines"]
        print(
            f"baselines on gold mentions (actors, pooled): exact string {b['exact_string_on_gold_mentions']:.3f}, "
            f"head word {b['head_word_on_gold_mentions']:.3f}"
        )
    head = report.get("all_topics", report.get("dev_topics"))
    if head:
        print(f"CoNLL F1 (actors, all topics pooled): {head['actors']['conll_f1']:.4f}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
