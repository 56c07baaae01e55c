"""The Python API: one function per CLI verb, each returning our model objects.

The CLI (``newsline.cli``) only parses arguments, calls one of these and prints the result.
Every function takes keyword-only options (an ``Options`` object, or its fields as keywords).
"""

from __future__ import annotations

import dataclasses
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterable, Sequence

from newsline.config import DEFAULTS, Options
from newsline.model import Article, ArticleDoc, Corpus, Problem
from newsline.pipeline import Pipeline
from newsline.stages import default_pipeline  # importing the stages registers their layer types
from newsline.store import Store

log = logging.getLogger(__name__)

# progress(done, total, label): called as work advances; total may be None when unknown
Progress = Callable[[int, int | None, str], None]

SAMPLE_DIR = Path(__file__).resolve().parent / "data" / "sample"


def _opts(options: Options | None, **overrides) -> Options:
    base = options or DEFAULTS
    changes = {k: v for k, v in overrides.items() if v is not None}
    return base.replace(**changes) if changes else base


def _noop(done: int, total: int | None, label: str) -> None:
    return None


@dataclass
class IngestResult:
    read: int = 0  # articles read from the inputs
    new: int = 0  # of which not already in the store
    problems: list[Problem] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)  # every article read, in input order


@dataclass
class AnalyzeResult:
    analyzed: int = 0  # articles that went through the article stages
    corpus_stages: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class DemoResult:
    ingest: IngestResult
    analyze: AnalyzeResult
    report: dict[str, Path]
    db: Path


def ingest(
    paths: Sequence[str | Path],
    *,
    options: Options | None = None,
    db: str | Path | None = None,
    stdin: IO[bytes] | None = None,
    progress: Progress | None = None,
) -> IngestResult:
    """Read articles from files, directories (recursive) or '-' (stdin) into the store.

    Bad inputs are skipped whole and recorded as problems; re-ingesting changes nothing."""
    from newsline.ingest import read_inputs

    opts = _opts(options, db=db)
    progress = progress or _noop
    result = IngestResult()
    batch: list[Article] = []
    with Store(opts.db) as store:

        def flush() -> None:
            if batch:
                result.new += store.put_articles(batch)
                batch.clear()

        for item in read_inputs(paths, stdin=stdin, max_bytes=opts.max_bytes):
            if isinstance(item, Problem):
                result.problems.append(item)
            else:
                result.read += 1
                result.ids.append(item.id)
                batch.append(item)
                if len(batch) >= opts.batch_size:
                    flush()
            progress(result.read + len(result.problems), None, "reading")
        flush()
        store.put_problems(result.problems)
    return result


def _needs_analysis(store: Store, provides: Iterable[str], force: bool) -> list[str]:
    ids = store.article_ids()
    if force:
        return ids
    missing: set[str] = set()
    for name in provides:
        missing.update(store.ids_missing_layer(name))
    return [i for i in ids if i in missing]


def analyze(
    *,
    options: Options | None = None,
    db: str | Path | None = None,
    pipeline: Pipeline | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> AnalyzeResult:
    """Run the article stages over articles not yet analysed, then the corpus stages."""
    opts = _opts(options, db=db)
    pipe = pipeline or default_pipeline(opts)
    progress = progress or _noop
    result = AnalyzeResult()
    t0 = time.perf_counter()
    article_provides = set().union(*(s.provides for s in pipe.article_stages)) if pipe.article_stages else set()
    with Store(opts.db) as store:
        todo = _needs_analysis(store, article_provides, force)
        total = len(todo)
        progress(0, total, "analysing")
        for k in range(0, total, opts.batch_size):
            chunk = todo[k : k + opts.batch_size]
            docs = [ArticleDoc(store.get_article(i)) for i in chunk]
            res = pipe.run_articles(docs)
            store.put_docs(res.docs)
            store.put_problems(res.problems)
            result.analyzed += len(res.docs)
            result.problems.extend(res.problems)
            progress(min(k + len(chunk), total), total, "analysing")
        if pipe.corpus_stages:
            corpus = store.load_corpus()
            # articles whose article stages failed have no layers: leave them out
            corpus = corpus.with_docs(
                tuple(d for d in corpus.docs if all(d.has(n) for n in article_provides))
            )
            for stage in pipe.corpus_stages:
                progress(0, None, stage.name)
                before = corpus
                corpus = stage.fn(corpus)
                result.corpus_stages.append(stage.name)
                _save_corpus_stage(store, before, corpus)
    result.seconds = time.perf_counter() - t0
    return result


def _save_corpus_stage(store: Store, before: Corpus, after: Corpus) -> None:
    """Write what a corpus stage changed: the doc layers it added or replaced (whatever it
    declared) and its corpus layers."""
    old = {d.id: d for d in before.docs}
    changed_docs = []
    for doc in after.docs:
        prev = old.get(doc.id)
        prev_layers = prev.layers if prev is not None else {}
        changed = {n: v for n, v in doc.layers.items() if prev_layers.get(n) is not v}
        if changed:
            changed_docs.append(dataclasses.replace(doc, layers=changed))
    if changed_docs:
        store.put_docs(changed_docs)
    for name, value in after.layers.items():
        if before.layers.get(name) is not value:
            store.put_corpus_layer(name, value)


def articles(*, options: Options | None = None, db: str | Path | None = None) -> list[Article]:
    """Every article in the store, in ingest order."""
    opts = _opts(options, db=db)
    with Store(opts.db, readonly=True) as store:
        return store.articles()


def show(
    id: str, *, options: Options | None = None, db: str | Path | None = None
) -> ArticleDoc:
    """One article (by id or unique id prefix) with every stored layer."""
    opts = _opts(options, db=db)
    with Store(opts.db, readonly=True) as store:
        return store.load_doc(store.resolve_id(id))


def problems(*, options: Options | None = None, db: str | Path | None = None) -> list[Problem]:
    """Every problem recorded in the store (bad inputs, failed stages)."""
    opts = _opts(options, db=db)
    with Store(opts.db, readonly=True) as store:
        return store.problems()


def corpus(*, options: Options | None = None, db: str | Path | None = None) -> Corpus:
    """The whole analysed corpus (all docs with their layers, corpus layers)."""
    opts = _opts(options, db=db)
    with Store(opts.db, readonly=True) as store:
        return store.load_corpus()


def actors(
    name: str | None = None, *, options: Options | None = None, db: str | Path | None = None
):
    """The cast: canonical actors, most mentioned first; with ``name``, those matching it."""
    from newsline.actors import find_actors

    return find_actors(corpus(options=options, db=db), name)


def quotes(
    *, speaker: str | None = None, stances: bool = True, options: Options | None = None,
    db: str | Path | None = None,
) -> list[dict]:
    """Every quote (optionally of one speaker; without ``stances``, only statements), with
    cue, speaker and date, in text order."""
    from newsline.quotes import find_quotes

    return find_quotes(corpus(options=options, db=db), speaker=speaker, stances=stances)


def timeline(
    *,
    dates: int | None = None,
    per_date: int = 2,
    start: str | None = None,
    end: str | None = None,
    focus: str | None = None,
    options: Options | None = None,
    db: str | Path | None = None,
):
    """The story's timeline: the most important dates (``dates`` of them, default as many as
    the evidence supports), ``per_date`` cited sentences each, within ``start``..``end``
    (ISO dates), favouring sentences about ``focus`` (words or actor names)."""
    from newsline.timeline import build_timeline

    return build_timeline(
        corpus(options=options, db=db), dates=dates, per_date=per_date, start=start, end=end, focus=focus
    )


def report(
    *,
    options: Options | None = None,
    db: str | Path | None = None,
    out: str | Path = "out",
) -> dict[str, Path]:
    """Write ``<out>/report.html`` and ``<out>/story.json`` from the store."""
    from newsline.report import write_report

    opts = _opts(options, db=db)
    with Store(opts.db, readonly=True) as store:
        corp = store.load_corpus()
        probs = store.problems()
    return write_report(corp, out=Path(out), problems=probs)


def demo(
    *,
    options: Options | None = None,
    db: str | Path | None = None,
    out: str | Path = "out",
    progress: Progress | None = None,
) -> DemoResult:
    """Ingest and analyse the bundled sample story, then write the report."""
    opts = _opts(options, db=db)
    ing = ingest([SAMPLE_DIR], options=opts, progress=progress)
    ana = analyze(options=opts, progress=progress)
    rep = report(options=opts, out=out)
    return DemoResult(ing, ana, rep, opts.db)
