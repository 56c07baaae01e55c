"""The document model: immutable articles with stand-off layers pointing into the text.

Every layer item is a frozen dataclass of plain values (str, int, float, bool, None and
tuples of those), so each layer can be stored as JSON, diffed and tested on its own.
Offsets are character offsets into ``Article.text`` (the cleaned text) unless a field
says otherwise.

Stages never mutate: they return a new ``ArticleDoc`` via ``doc.with_layers(...)``.
Layer names are the contract between stages (see ``newsline.pipeline``): the core names
are ``tokens``, ``sentences`` and ``entities``; later stages register their own with
``register_layer``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping, TypeVar

T = TypeVar("T")


# --- ingest -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an article came from: a file (and line, for JSONL) or stdin."""

    path: str  # file path, or "<stdin>"
    line: int | None = None  # 1-based line for JSONL inputs


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line taken out of the text by cleaning, with the reason; nothing is lost silently."""

    line: int  # 1-based line number in the raw text
    text: str
    reason: str  # a code from newsline.ingest.patterns, e.g. "boilerplate", "byline"


@dataclass(frozen=True, slots=True)
class Metadata:
    """Article metadata, from the input's fields, the HTML, or lifted out of the text."""

    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD" (or "YYYY-MM-DDTHH:MM")
    url: str | None = None
    source: str | None = None  # outlet or collection name given with the input
    # where each field came from, e.g. {"published": "text", "title": "html"}
    provenance: tuple[tuple[str, str], ...] = ()

    def field_source(self, name: str) -> str | None:
        return dict(self.provenance).get(name)


@dataclass(frozen=True, slots=True)
class Article:
    """An ingested article: raw input kept, cleaned text analysed."""

    id: str  # content hash of the raw input, see ``content_id``
    raw: str  # the raw text or the raw HTML as received (decoded)
    raw_format: str  # "text" | "html"
    text: str  # the cleaned text that every layer's offsets point into
    meta: Metadata
    removed: tuple[RemovedLine, ...]
    origin: Origin


def content_id(raw: str) -> str:
    """Content hash id: the same raw article always gets the same id (16 hex digits)."""
    norm = raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def short_id(id: str) -> str:
    """An article id as shown to people: a content hash by its first 8 digits (unique in
    practice, and ``show`` takes any unique prefix), a given id ("reuters-0412") whole."""
    return id[:8] if _HASH_ID.fullmatch(id) else id


_HASH_ID = re.compile(r"[0-9a-f]{16}")


# --- core linguistic layers -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    """One token: offsets into the text, tags and its dependency head (a token index)."""

    i: int
    start: int
    end: int
    lemma: str
    pos: str  # universal POS
    tag: str  # fine-grained (PTB) tag
    dep: str
    head: int  # index of the head token (itself for the root)
    morph: str  # e.g. "Tense=Past|VerbForm=Fin"
    ent_iob: str  # "B", "I" or "O"
    ws: bool  # followed by whitespace


@dataclass(frozen=True, slots=True)
class Sentence:
    i: int
    start: int
    end: int
    token_start: int
    token_end: int  # exclusive


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention as the NER found it (labels are spaCy's)."""

    start: int
    end: int
    label: str
    text: str
    sent: int  # sentence index
    token_start: int
    token_end: int  # exclusive


# --- problems --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """A bad input or a failed stage: the article was skipped whole, the batch went on."""

    code: str  # e.g. "W101", see newsline.errors.PROBLEMS
    message: str
    source: str  # file path or "<stdin>"
    line: int | None = None
    stage: str = "ingest"
    article_id: str | None = None


# --- layer registry --------------------------------------------------------------------

_LAYER_TYPES: dict[str, type] = {}


def register_layer(name: str, item_type: type) -> None:
    """Declare the item type of a layer so the store can load it back."""
    existing = _LAYER_TYPES.get(name)
    if existing is not None and existing is not item_type:
        raise ValueError(f"layer {name!r} is already registered as {existing.__name__}")
    _LAYER_TYPES[name] = item_type


def layer_type(name: str) -> type | None:
    return _LAYER_TYPES.get(name)


def registered_layers() -> Mapping[str, type]:
    return MappingProxyType(_LAYER_TYPES)


register_layer("tokens", Token)
register_layer("sentences", Sentence)
register_layer("entities", Entity)


def item_to_json(item: Any) -> Any:
    """A layer item as JSON-ready data (a dict for dataclasses, values as they are)."""
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return {f.name: item_to_json(getattr(item, f.name)) for f in dataclasses.fields(item)}
    if isinstance(item, (tuple, list)):
        return [item_to_json(x) for x in item]
    return item


def item_from_json(item_type: type[T], data: Any) -> T:
    """Inverse of ``item_to_json``: lists become tuples, nested dicts the dataclasses their
    fields are annotated with (also inside Optional[...] and tuple[...])."""
    from newsline.codec import codec, plain

    if dataclasses.is_dataclass(item_type) and isinstance(data, dict):
        return codec(item_type).from_dict(data)
    return plain(data)


# --- the document ----------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleDoc:
    """An article and its analysis layers (name -> tuple of items)."""

    article: Article
    layers: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __reduce__(self):  # picklable (for process pools and cluster engines)
        return (_rebuild_doc, (self.article, dict(self.layers)))

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def text(self) -> str:
        return self.article.text

    def has(self, name: str) -> bool:
        return name in self.layers

    def layer(self, name: str) -> Any:
        """A layer by name; raises NewslineError E010 naming the layers present."""
        try:
            return self.layers[name]
        except KeyError:
            from newsline.errors import NewslineError

            raise NewslineError(
                "E010", name=name, available=", ".join(sorted(self.layers)) or "none"
            ) from None

    def get(self, name: str, default: Any = ()) -> Any:
        return self.layers.get(name, default)

    def with_layers(self, **layers: Any) -> "ArticleDoc":
        merged = dict(self.layers)
        merged.update(layers)
        return dataclasses.replace(self, layers=MappingProxyType(merged))

    # convenience views over the core layers
    @property
    def tokens(self) -> tuple[Token, ...]:
        return self.get("tokens")

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.get("sentences")

    @property
    def entities(self) -> tuple[Entity, ...]:
        return self.get("entities")

    def span_text(self, start: int, end: int) -> str:
        return self.article.text[start:end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing a character offset (binary search)."""
        sents = self.sentences
        lo, hi = 0, len(sents)
        while lo < hi:
            mid = (lo + hi) // 2
            if sents[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(sents) and sents[lo].start <= offset < sents[lo].end:
            return sents[lo]
        return None


@dataclass(frozen=True)
class Corpus:
    """Many documents plus corpus-level layers (actors, events, timeline...)."""

    docs: tuple[ArticleDoc, ...]
    layers: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __reduce__(self):
        return (_rebuild_corpus, (self.docs, dict(self.layers)))

    def has(self, name: str) -> bool:
        return name in self.layers

    def get(self, name: str, default: Any = ()) -> Any:
        return self.layers.get(name, default)

    def with_layers(self, **layers: Any) -> "Corpus":
        merged = dict(self.layers)
        merged.update(layers)
        return dataclasses.replace(self, layers=MappingProxyType(merged))

    def with_docs(self, docs: tuple[ArticleDoc, ...]) -> "Corpus":
        return dataclasses.replace(self, docs=tuple(docs))


def _rebuild_doc(article: Article, layers: dict[str, Any]) -> ArticleDoc:
    return ArticleDoc(article, MappingProxyType(layers))


def _rebuild_corpus(docs: tuple[ArticleDoc, ...], layers: dict[str, Any]) -> Corpus:
    return Corpus(docs, MappingProxyType(layers))


def make_article(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    id: str | None = None,
    source: str | None = None,
    path: str = "<memory>",
) -> Article:
    """An article from text that needs no cleaning (benchmarks, tests, the Python API)."""
    meta = Metadata(
        title=title,
        published=published,
        source=source,
        provenance=tuple((k, "given") for k, v in (("title", title), ("published", published)) if v),
    )
    return Article(
        id=id or content_id(text),
        raw=text,
        raw_format="text",
        text=text,
        meta=meta,
        removed=(),
        origin=Origin(path),
    )
