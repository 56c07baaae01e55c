"""The ``quotes`` layer item: who said (or holds) what, where in the text, and how."""

from __future__ import annotations

from dataclasses import dataclass

from newsline.model import register_layer

SPEAKER_KINDS = ("person", "pronoun", "organisation", "group", "anonymous", "none")


@dataclass(frozen=True, slots=True)
class Quote:
    """One attribution: content span(s), the cue that introduces it and its speaker.

    Offsets are character offsets into the article text. ``content`` holds one span, or
    several for a quote split around its cue ("...," he said, "...") or continued in the
    next paragraph; the quote's content is their union.
    """

    content: tuple[tuple[int, int], ...]
    cue: tuple[int, int] | None
    cue_lemma: str | None
    speaker: tuple[int, int] | None
    speaker_text: str | None
    speaker_name: str | None  # canonical name ("he" -> "Mike Pompeo"), or None
    speaker_actor_id: str | None
    speaker_kind: str  # one of SPEAKER_KINDS
    direct: bool  # the content is (almost all) inside quotation marks
    mixed: bool  # indirect content that contains quoted words
    sents: tuple[int, ...]  # sentence indices the quote touches (content and cue)
    date: str | None  # the article date, or a date the text gives for the statement
    confidence: float

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]

    def content_text(self, text: str, sep: str = " … ") -> str:
        return sep.join(text[s:e] for s, e in self.content)


@dataclass(frozen=True, slots=True)
class QuoteSpeaker:
    """The corpus-level resolution of a quote's speaker to a canonical actor."""

    article_id: str
    quote: int  # index of the quote in the article's ``quotes`` layer
    speaker_name: str | None
    actor_id: str | None
    kind: str


register_layer("quotes", Quote)
register_layer("quote_speakers", QuoteSpeaker)
