"""T17 loading for the timeline benchmark: articles, reference timelines, cached analysis.

Articles are PTB-tokenised, one sentence per line; we detokenise each line and keep the
line structure, then run the spaCy stage once per topic and cache the analysed documents
under the benchmark's output folder (never in the repository), so re-runs skip spaCy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import pickle
import time
from dataclasses import dataclass
from pathlib import Path

CACHE_VERSION = 1


@dataclass(frozen=True)
class RefTimeline:
    name: str
    dates: dict[dt.date, list[str]]  # date -> sentences (a repeated date keeps the last entry)

    @property
    def first(self) -> dt.date:
        return min(self.dates)

    @property
    def last(self) -> dt.date:
        return max(self.dates)

    def k(self) -> int:
        """Sentences per date: round(mean sentences per date), at least 1."""
        n = sum(len(v) for v in self.dates.values())
        return max(1, round(n / len(self.dates)))


def read_timeline(path: Path) -> dict[dt.date, list[str]]:
    """The tilse text format: a date line, sentence lines, a dashed separator line."""
    out: dict[dt.date, list[str]] = {}
    date = None
    sents: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if not line:
            continue
        if set(line) == {"-"} and len(line) >= 8:
            if date is not None:
                out[date] = sents
            date, sents = None, []
            continue
        if date is None:
            try:
                date = dt.date.fromisoformat(line[:10])
            except ValueError:
                continue
            sents = []
            continue
        sents.append(line)
    if date is not None:
        out[date] = sents
    return {d: s for d, s in out.items() if s}


def write_timeline(path: Path, entries: list[tuple[dt.date, list[str]]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    chunks = []
    for date, sents in sorted(entries, key=lambda e: e[0]):
        chunks.append(date.isoformat() + "\n" + "\n".join(s.replace("\n", " ") for s in sents) + "\n")
    path.write_text(("-" * 32 + "\n").join(chunks), encoding="utf-8")


def read_topic(topic_dir: Path) -> tuple[list[dict], list[RefTimeline], dict]:
    articles = []
    with (topic_dir / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                articles.append(json.loads(line))
    timelines = [
        RefTimeline(p.stem, read_timeline(p)) for p in sorted((topic_dir / "timelines").glob("*.txt"))
    ]
    info = {}
    if (topic_dir / "topic.json").exists():
        info = json.loads((topic_dir / "topic.json").read_text(encoding="utf-8"))
    return articles, [t for t in timelines if t.dates], info


def analysed_docs(topic_dir: Path, cache_dir: Path, *, clean: bool = True, log=print) -> tuple[list, float]:
    """Every non-empty article of a topic as an analysed ArticleDoc (cached); seconds spent.
    ``clean``: pass each detokenised text through the ingest cleaner first, as `newsline
    ingest` does (reader comments, page furniture, bylines and datelines out)."""
    from newsline.ingest.clean import clean_text
    from newsline.model import ArticleDoc, make_article
    from newsline.nlp import ANALYSIS_VERSION, analyze_docs
    from newsline.textutil import detokenize_ptb

    articles, _, _ = read_topic(topic_dir)
    docs = []
    for a in articles:
        text = detokenize_ptb(a.get("text", "")).strip()
        if clean and text:
            text = clean_text(text).text.strip()
        if not text:
            continue
        art = make_article(text, published=a["time"], id=a["id"], source=a.get("source"))
        docs.append(ArticleDoc(art))
    # the cache holds for these very texts only (the detokeniser may have changed since)
    digest = hashlib.sha256("\0".join(f"{d.id}\0{d.text}" for d in docs).encode("utf-8")).hexdigest()
    cache = cache_dir / f"{topic_dir.name}{'.clean' if clean else ''}.analysis.pkl"
    if cache.exists():
        with cache.open("rb") as fh:
            data = pickle.load(fh)
        if data.get("version") == CACHE_VERSION and data.get("nlp") == ANALYSIS_VERSION and data.get("texts") == digest:
            docs = [ArticleDoc(a).with_layers(**layers) for a, layers in data["docs"]]
            return docs, data["seconds"]
        log(f"  {topic_dir.name}: cached analysis is of other texts or an older analysis; analysing again")
    t0 = time.perf_counter()
    out = []
    step = 64
    for i in range(0, len(docs), step):
        out.extend(analyze_docs(docs[i : i + step]))
        log(f"  {topic_dir.name}: analysed {len(out)}/{len(docs)}")
    seconds = time.perf_counter() - t0
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        rows = [(d.article, dict(d.layers)) for d in out]
        pickle.dump({"version": CACHE_VERSION, "nlp": ANALYSIS_VERSION, "texts": digest, "docs": rows, "seconds": seconds}, fh, protocol=5)
    tmp.replace(cache)
    return out, seconds
