"""The time stages and what the CLI and the report show of them.

- ``time_stage()``: per article, finds and normalises temporal expressions against the
  article's metadata date (layer ``timexes``);
- ``dating_stage()``: per corpus, dates every article (metadata, else an estimate, else
  undated) and every sentence (layers ``article_date`` and ``sentence_dates``);
- ``story_section(corpus)``: the time part of story.json; ``format_times(doc)``: the rows
  of ``newsline show ID --times``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from newsline.model import ArticleDoc, Corpus
from newsline.pipeline import Stage
from newsline.time.dating import CONFIDENCE_FLOOR, date_corpus
from newsline.time.model import ArticleDate, Timex
from newsline.time.recognize import find_timexes


def tag_times(doc: ArticleDoc) -> ArticleDoc:
    """The ``timexes`` layer of one article, anchored on its metadata date (if any)."""
    timexes = find_timexes(
        doc.text,
        dct=doc.article.meta.published,
        tokens=doc.tokens,
        sentences=doc.sentences,
        entities=doc.entities,
    )
    return doc.with_layers(timexes=tuple(timexes))


def time_stage() -> Stage:
    return Stage.per_article("time", tag_times, requires={"tokens", "sentences"},
                             provides={"timexes"})


def dating_stage(*, floor: float = CONFIDENCE_FLOOR) -> Stage:
    def run(corpus: Corpus) -> Corpus:
        return date_corpus(corpus, floor=floor)

    return Stage.corpus("dating", run, requires={"timexes"},
                        provides={"article_date", "sentence_dates"})


def _article_date(doc: ArticleDoc) -> ArticleDate | None:
    layer = doc.get("article_date", ())
    return layer[0] if layer else None


def timex_row(t: Timex) -> dict[str, Any]:
    return dataclasses.asdict(t)


def format_times(doc: ArticleDoc) -> list[dict[str, Any]]:
    """One row per temporal expression of an article, in text order (for ``show --times``)."""
    return [
        {
            "sent": t.sent,
            "start": t.start,
            "end": t.end,
            "text": t.text,
            "type": t.type,
            "value": t.value,
            "mod": t.mod or "",
            "granularity": t.granularity,
            "direction": t.direction,
            "anchor": t.anchor,
        }
        for t in doc.get("timexes", ())
    ]


def date_row(ad: ArticleDate | None) -> dict[str, Any] | None:
    if ad is None:
        return None
    return {
        "value": ad.value,
        "granularity": ad.granularity,
        "confidence": ad.confidence,
        "source": ad.source,
        "evidence": list(ad.evidence),
        "note": ad.note,
    }


def story_section(corpus: Corpus) -> dict[str, Any]:
    """JSON-ready time section of story.json: per article its date (with evidence) and its
    temporal expressions; per sentence the date the timeline uses."""
    articles = []
    for doc in corpus.docs:
        if not doc.has("timexes") and not doc.has("article_date"):
            continue
        articles.append(
            {
                "id": doc.id,
                "title": doc.article.meta.title,
                "date": date_row(_article_date(doc)),
                "timexes": format_times(doc),
                "sentence_dates": [dataclasses.asdict(s) for s in doc.get("sentence_dates", ())],
            }
        )
    dated = [a for a in articles if a["date"] and a["date"]["value"]]
    return {
        "articles": articles,
        "summary": {
            "articles": len(articles),
            "dated": len(dated),
            "estimated": sum(1 for a in dated if a["date"]["source"] == "estimate"),
            "undated": len(articles) - len(dated),
            "timexes": sum(len(a["timexes"]) for a in articles),
        },
    }
