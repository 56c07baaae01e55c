"""Stages declare the layers they require and provide; a pipeline is checked when built.

Two kinds of stage (see DESIGN.md):
- article stages work on a batch of ``ArticleDoc`` and are embarrassingly parallel; a
  stage that fails on one article yields a Problem for it and the others go on;
- corpus stages work on a whole ``Corpus`` after every article stage has run.

Stages do no I/O: the runner (``newsline.api``) reads and writes the store.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from newsline.errors import InputProblem, NewslineError, problem_message
from newsline.model import ArticleDoc, Corpus, Problem

log = logging.getLogger(__name__)

# What an ingested article provides before any stage runs.
BASE_LAYERS = frozenset({"text", "meta"})

ArticleBatchFn = Callable[[Sequence[ArticleDoc]], Sequence[ArticleDoc]]
CorpusFn = Callable[[Corpus], Corpus]


@dataclass(frozen=True)
class Stage:
    """A named step: ``fn`` maps a batch of docs (article stage) or a corpus (corpus stage).

    Article stages receive a list of docs and must return a list of the same length and
    order. A stage that wants to process one doc at a time can be built with
    ``Stage.per_article``; then a failure on one doc is isolated to that doc.
    """

    name: str
    fn: Callable[..., Any]
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()
    kind: str = "article"  # "article" | "corpus"
    per_doc: bool = False  # fn takes one ArticleDoc

    @classmethod
    def per_article(
        cls,
        name: str,
        fn: Callable[[ArticleDoc], ArticleDoc],
        *,
        requires: Iterable[str] = (),
        provides: Iterable[str] = (),
    ) -> "Stage":
        return cls(name, fn, frozenset(requires), frozenset(provides), "article", True)

    @classmethod
    def batch(
        cls,
        name: str,
        fn: ArticleBatchFn,
        *,
        requires: Iterable[str] = (),
        provides: Iterable[str] = (),
    ) -> "Stage":
        return cls(name, fn, frozenset(requires), frozenset(provides), "article", False)

    @classmethod
    def corpus(
        cls,
        name: str,
        fn: CorpusFn,
        *,
        requires: Iterable[str] = (),
        provides: Iterable[str] = (),
    ) -> "Stage":
        return cls(name, fn, frozenset(requires), frozenset(provides), "corpus", False)


@dataclass
class StageResult:
    docs: list[ArticleDoc]
    problems: list[Problem] = field(default_factory=list)


class Pipeline:
    """An ordered, checked list of stages: every requirement is met by an earlier stage."""

    def __init__(self, stages: Sequence[Stage], *, base: Iterable[str] = BASE_LAYERS) -> None:
        self.stages = tuple(stages)
        self.base = frozenset(base)
        self._check()

    def _check(self) -> None:
        available = set(self.base)
        seen: set[str] = set()
        seen_corpus = False
        for stage in self.stages:
            if stage.kind not in ("article", "corpus"):
                raise NewslineError("E004", stage=stage.name, kind=stage.kind)
            if stage.name in seen:
                raise NewslineError("E003", stage=stage.name)
            seen.add(stage.name)
            for layer in sorted(stage.requires):
                if layer not in available:
                    raise NewslineError(
                        "E002",
                        stage=stage.name,
                        layer=layer,
                        available=", ".join(sorted(available)),
                    )
            available |= stage.provides
            if stage.kind == "corpus":
                seen_corpus = True
            elif seen_corpus:
                log.debug("article stage %s runs after a corpus stage", stage.name)
        self.provides = frozenset(available)

    @property
    def article_stages(self) -> tuple[Stage, ...]:
        return tuple(s for s in self.stages if s.kind == "article")

    @property
    def corpus_stages(self) -> tuple[Stage, ...]:
        return tuple(s for s in self.stages if s.kind == "corpus")

    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run_articles(self, docs: Sequence[ArticleDoc]) -> StageResult:
        """Run every article stage over a batch; failing docs drop out with a Problem."""
        current = list(docs)
        problems: list[Problem] = []
        for stage in self.article_stages:
            current, stage_problems = run_article_stage(stage, current)
            problems.extend(stage_problems)
        return StageResult(current, problems)

    def run_corpus(self, corpus: Corpus) -> Corpus:
        for stage in self.corpus_stages:
            log.debug("corpus stage %s", stage.name)
            corpus = stage.fn(corpus)
        return corpus


def _stage_problem(stage: Stage, doc: ArticleDoc, exc: Exception) -> Problem:
    if isinstance(exc, InputProblem):
        code, message = exc.code, exc.message
    else:
        code = "W201"
        message = problem_message("W201", stage=stage.name, detail=f"{type(exc).__name__}: {exc}")
    origin = doc.article.origin
    return Problem(code, message, origin.path, origin.line, stage.name, doc.id)


def run_article_stage(
    stage: Stage, docs: Sequence[ArticleDoc]
) -> tuple[list[ArticleDoc], list[Problem]]:
    """Run one article stage. A batch stage that fails is retried doc by doc, so one bad
    article costs only itself."""
    if not docs:
        return [], []
    if not stage.per_doc:
        try:
            out = list(stage.fn(list(docs)))
            if len(out) != len(docs):
                raise RuntimeError(
                    f"stage {stage.name!r} returned {len(out)} docs for {len(docs)}"
                )
            return out, []
        except Exception as exc:  # isolate the failing doc(s) below
            if len(docs) == 1:
                log.warning("stage %s failed on %s: %s", stage.name, docs[0].id, exc)
                return [], [_stage_problem(stage, docs[0], exc)]
            log.info("stage %s failed on a batch; retrying one by one", stage.name)
            ok: list[ArticleDoc] = []
            problems: list[Problem] = []
            for doc in docs:
                res, probs = run_article_stage(stage, [doc])
                ok.extend(res)
                problems.extend(probs)
            return ok, problems
    ok = []
    problems = []
    for doc in docs:
        try:
            ok.append(stage.fn(doc))
        except Exception as exc:
            log.warning("stage %s failed on %s: %s", stage.name, doc.id, exc)
            problems.append(_stage_problem(stage, doc, exc))
    return ok, problems
