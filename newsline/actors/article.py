"""What the actor steps share about one article: its mentions, roles and local actors, and
the token indexes (children, sentences, folded words) every step reads."""

from __future__ import annotations

import functools

from collections import Counter
from dataclasses import dataclass, field

from newsline.actors import lexicon as lx
from newsline.actors.names import PersonName, fold
from newsline.model import ArticleDoc, Token

NAME_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group", "PROPN": ""}
LOCATION_PREPS = frozenset({"in", "at", "to", "from", "near", "outside", "around", "across", "into", "inside", "throughout", "toward", "towards", "via", "through"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "advmod", "predet", "case", "npadvmod"})


@dataclass
class Mention:
    """An actor mention inside one article (token and character offsets)."""

    tok_start: int
    tok_end: int  # exclusive
    start: int
    end: int
    text: str
    kind: str  # name | title | description | pronoun | metonym
    sent: int
    label: str = ""  # NER label for names
    evidence: str = ""
    head: int = -1  # head token index
    local: int = -1  # index of the LocalActor


@dataclass
class Role:
    text: str  # as written, without determiners ("Secretary of State")
    key: str  # normalised head for matching ("secretary of state", "dictator")
    past: bool
    sent: int


@dataclass
class LocalActor:
    """An actor as one article knows it."""

    index: int
    kind: str = "named"  # named | anonymous
    types: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)  # surface form -> count
    person: PersonName | None = None  # fullest parsed person name
    country: str = ""  # canonical country for countries / metonyms
    org: str = ""  # org key
    head: str = ""  # head noun for anonymous actors
    number: str = "sg"
    modifiers: frozenset = frozenset()
    roles: list[Role] = field(default_factory=list)
    gender: str = ""
    mentions: list[Mention] = field(default_factory=list)
    first: int = 0  # first mention token
    desc_heads: set = field(default_factory=set)  # head nouns of descriptions of a named actor
    ambiguous: tuple = ()  # local indices of the persons a shared bare surname may mean
    possessed: bool = False  # a description with a possessor ("her rep"): someone else's
    age: int = 0  # "16-year-old Darnell Okafor", "Okafor, 16,", "a 16-year-old boy"
    settled_type: str = ""  # the type vote once the article is analysed (read many times after)
    kind_noun: str = ""  # the type a noun after its name gives ("the Deepwater Horizon rig")

    @property
    def type(self) -> str:
        if self.settled_type:
            return self.settled_type
        if self.country:
            return "country"
        if self.kind_noun:
            return self.kind_noun
        if not self.types:
            return "unknown"
        types = self.types
        top = max(types.values())  # no sort: read for every mention, many times
        for t in ("person", "organisation", "country", "place", "group", "vehicle"):
            if types.get(t, 0) == top:
                return t
        return next(t for t, c in types.items() if c == top)  # first counted of the most

    def name_mentions(self) -> int:
        return sum(1 for m in self.mentions if m.kind in ("name", "metonym"))

    def display(self) -> str:
        if self.country:
            return self.country
        if self.names:
            from newsline.actors.names import canonical_display

            return canonical_display(dict(self.names))
        return self.head


# Ranks that are also everyday adjectives: a title only when written as one (capitalised)
# or when the tagger reads a noun.
_ADJECTIVE_RANKS = frozenset({"major", "general", "private"})


class ArticleIndex:
    """Indexes over one document's layers."""

    def __init__(self, doc: ArticleDoc) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks: tuple[Token, ...] = doc.tokens
        self.n = len(self.toks)
        self.children: list[list[int]] = [[] for _ in range(self.n)]
        for t in self.toks:
            if t.head != t.i and 0 <= t.head < self.n:
                self.children[t.head].append(t.i)
        self.sent_of = [0] * self.n
        for s in doc.sentences:
            for k in range(s.token_start, min(s.token_end, self.n)):
                self.sent_of[k] = s.i
        self.low = [fold(self.text[t.start : t.end]) for t in self.toks]
        self.words = [self.text[t.start : t.end] for t in self.toks]
        # Sentences as a reader sees them for pronouns: a line break also ends one (the
        # parser runs a headline without a full stop into the lead's first sentence).
        self.line_sent = [0] * self.n
        k_sent = 0
        for k in range(1, self.n):
            if self.sent_of[k] != self.sent_of[k - 1] or "\n" in self.text[self.toks[k - 1].start : self.toks[k].start]:
                k_sent += 1
            self.line_sent[k] = k_sent

    def span_text(self, a: int, b: int) -> str:
        return self.text[self.toks[a].start : self.toks[b - 1].end]

    @functools.cached_property
    def caps_share(self) -> float:
        """The share of its words (two letters or more) the article writes in capitals."""
        alpha = [w for w in self.words if w.isalpha() and len(w) > 1]
        return sum(w.isupper() for w in alpha) / max(len(alpha), 1)

    @functools.cached_property
    def entity_tokens(self) -> frozenset[int]:
        """The tokens inside a named entity of the NER."""
        return frozenset(k for e in self.doc.entities for k in range(e.token_start, min(e.token_end, self.n)))

    @functools.cached_property
    def word_case(self) -> tuple[Counter, Counter]:
        """(how often the article writes each word in lower case, how often with a capital
        inside a sentence), both by the folded word."""
        lower: Counter = Counter()
        capital: Counter = Counter()
        for k, w in enumerate(self.words):
            if w.islower():
                lower[self.low[k]] += 1
            elif w[:1].isupper() and w[1:].islower() and k > 0 and self.sent_of[k - 1] == self.sent_of[k] \
                    and self.words[k - 1] not in (".", ":", "\"", "“", "‘", "'", "-", "—"):
                capital[self.low[k]] += 1
        return lower, capital

    def subtree(self, i: int) -> tuple[int, int]:
        lo = hi = i
        stack = [i]
        while stack:
            k = stack.pop()
            lo, hi = min(lo, k), max(hi, k)
            stack.extend(self.children[k])
        return lo, hi + 1

    def is_title_word(self, i: int) -> bool:
        w = self.low[i].rstrip(".")
        if w in _ADJECTIVE_RANKS and self.words[i].islower() and self.toks[i].pos == "ADJ":
            return False  # "a major Emanuel foe", "general counsel": no rank
        return (
            w in lx.PRENOMINAL_TITLES
            or w in lx.TITLE_ABBREVIATIONS
            or w in lx.PERSON_NOUNS
            and self.toks[i].pos in ("NOUN", "PROPN")
        )
