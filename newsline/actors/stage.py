"""The actor stage (a corpus stage) and the look-ups other stages and the CLI use."""

from __future__ import annotations

import logging
import re
from typing import Any

from newsline.actors.mentions import analyse_article, corpus_vocabulary
from newsline.actors.names import fold, name_tokens
from newsline.actors.resolve import Actor, resolve_corpus
from newsline.model import ArticleDoc, Corpus
from newsline.pipeline import Stage

log = logging.getLogger(__name__)


def resolve_actors(
    corpus: Corpus,
    *,
    descriptions: bool = True,
    pronouns: bool = True,
    story_threshold: float = 0.9,
    salience: bool = True,
    learned: bool = True,
    known_names: bool = True,
    merge_threshold: float | None = None,
    collect: list | None = None,
    describe: bool = True,
    describe_threshold: float | None = None,
    describe_collect: list | None = None,
) -> Corpus:
    """Add ``actor_mentions`` to every doc and the ``actors`` layer to the corpus."""
    docs = list(corpus.docs)
    # the corpus's lower-case words read its headlines ("Harlow Overturns"); with
    # ``known_names``, the names its NER found are found where the NER or the tagger
    # missed them in one article ("Falcons clinch ...", "Fielding threw ...": a noun, a verb)
    common, names = corpus_vocabulary(docs) if len(docs) > 1 else (frozenset(), frozenset())
    if not known_names:
        names = frozenset()
    opts = {"descriptions": descriptions, "pronouns": pronouns, "common_words": common, "corpus_names": names}
    analyses = [analyse_article(d, **opts) for d in docs]
    per_doc, actors = resolve_corpus(
        docs,
        analyses,
        story_threshold=story_threshold,
        salience=salience,
        learned=learned,
        merge_threshold=merge_threshold,
        collect=collect,
        describe=describe,
        describe_threshold=describe_threshold,
        describe_collect=describe_collect,
    )
    new_docs = tuple(d.with_layers(actor_mentions=ms) for d, ms in zip(docs, per_doc))
    log.debug("actors: %d actors over %d docs", len(actors), len(docs))
    return corpus.with_docs(new_docs).with_layers(actors=actors)


def actor_stage(**options: Any) -> Stage:
    """``Stage.corpus('actors')``: requires tokens, sentences, entities; provides
    actor_mentions (per doc) and actors (corpus)."""
    return Stage.corpus(
        "actors",
        lambda corpus: resolve_actors(corpus, **options),
        requires={"tokens", "sentences", "entities"},
        provides={"actor_mentions", "actors"},
    )


_POSSESSIVE = re.compile(r"\s?['’](?:s\b|\s)")  # "'s" / "’s" / a plural's bare "'"
# a name qualifying the head of a phrase: "London-based BP", "Saudi-led coalition"
_COMPOUND_MODIFIER = re.compile(r"-(?:based|born|led|backed|owned|run|funded|made|headquartered|bred|raised)\b", re.I)


def resolve_mention(doc: ArticleDoc, start: int, end: int) -> str | None:
    """The actor id of the mention that best covers ``[start, end)`` in ``doc`` (None if none).

    An exact span wins, then the mention overlapping the span most (a speaker span
    "Secretary of State Mike Pompeo" finds Pompeo's name or title mention), a name more
    than other mentions, and the one the span opens with more than one further in
    ("Reuters and reports in the South Korean media" is Reuters). A possessor inside the
    span is not its referent: "the vice president's office" is the office; nor is a name
    that only qualifies it: "London-based BP" is BP.
    """
    best = None
    best_score = 0.0
    for m in doc.get("actor_mentions", ()):
        if m.start == start and m.end == end:
            return m.actor_id
        ov = min(end, m.end) - max(start, m.start)
        if ov <= 0 or (m.end < end and (_POSSESSIVE.match(doc.text, m.end) or _COMPOUND_MODIFIER.match(doc.text, m.end))):
            continue
        score = ov / (m.end - m.start) + ov / max(1, end - start) + (0.5 if m.kind == "name" else 0.0) \
            + (0.3 if m.start == start else 0.0)
        if score > best_score:
            best, best_score = m.actor_id, score
    return best


def actor_by_id(corpus: Corpus) -> dict[str, Actor]:
    return {a.id: a for a in corpus.get("actors", ())}


def _actor_json(a: Actor) -> dict:
    return {
        "id": a.id,
        "name": a.name,
        "type": a.type,
        "aliases": [{"alias": t, "count": c} for t, c in a.aliases],
        "roles": [
            {"role": r.role, "first_date": r.first_date, "last_date": r.last_date, "past": r.past}
            for r in a.roles
        ],
        "articles": list(a.articles),
        "mentions": a.mentions,
        "cooccurs": [{"id": i, "count": c} for i, c in a.cooccurs],
    }


def story_section(corpus: Corpus, *, min_mentions: int = 1) -> list[dict]:
    """The cast list, JSON-ready: named actors, most mentioned first."""
    return [
        _actor_json(a)
        for a in corpus.get("actors", ())
        if a.named and a.mentions >= min_mentions
    ]


def find_actors(corpus: Corpus, name: str | None = None) -> list[Actor]:
    """Named actors, most mentioned first; with ``name``, those whose canonical name or an
    alias contains it (case and diacritics ignored), exact matches first."""
    actors = [a for a in corpus.get("actors", ()) if a.named]
    if not name:
        return actors
    q = " ".join(name_tokens(name))
    hits = []
    for a in actors:
        forms = [a.name] + [t for t, _ in a.aliases]
        folded = [" ".join(name_tokens(f)) for f in forms]
        if any(f == q for f in folded):
            hits.append((0, a))
        elif any(q in f for f in folded) or q in fold(a.id):
            hits.append((1, a))
    hits.sort(key=lambda x: (x[0], -x[1].mentions))
    return [a for _, a in hits]
