"""A read-only view of an article's tokens as a dependency tree (children, subtrees)."""

from __future__ import annotations

from newsline.model import ArticleDoc, Token

PUNCT_TRIM = set(",;:.—–-…()[]")
QUOTE_CHARS = set('"“”«»„‘’\'')


class Parse:
    """Children, subtree edges and sentence of every token, computed once per article."""

    def __init__(self, doc: ArticleDoc) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks: tuple[Token, ...] = doc.tokens
        n = len(self.toks)
        self.kids: list[list[int]] = [[] for _ in range(n)]
        for t in self.toks:
            if t.head != t.i and 0 <= t.head < n:
                self.kids[t.head].append(t.i)
        self.left = list(range(n))
        self.right = list(range(n))
        # subtree edges: visit tokens by depth, deepest first
        depth = [0] * n
        for t in self.toks:
            d, j, seen = 0, t.i, 0
            while self.toks[j].head != j and seen < n:
                j = self.toks[j].head
                d += 1
                seen += 1
            depth[t.i] = d
        for i in sorted(range(n), key=lambda k: -depth[k]):
            h = self.toks[i].head
            if h != i:
                if self.left[i] < self.left[h]:
                    self.left[h] = self.left[i]
                if self.right[i] > self.right[h]:
                    self.right[h] = self.right[i]
        self.sent_of = [0] * n
        for s in doc.sentences:
            for k in range(s.token_start, min(s.token_end, n)):
                self.sent_of[k] = s.i
        self._starts = [t.start for t in self.toks]

    def __len__(self) -> int:
        return len(self.toks)

    def word(self, i: int) -> str:
        t = self.toks[i]
        return self.text[t.start : t.end]

    def lower(self, i: int) -> str:
        return self.word(i).lower()

    def children(self, i: int, *deps: str) -> list[int]:
        if not deps:
            return self.kids[i]
        return [c for c in self.kids[i] if self.toks[c].dep in deps]

    def child(self, i: int, *deps: str) -> int | None:
        for c in self.kids[i]:
            if self.toks[c].dep in deps:
                return c
        return None

    def is_space(self, i: int) -> bool:
        return self.toks[i].pos == "SPACE" or not self.word(i).strip()

    def is_trimmable(self, i: int, keep_quotes: bool = True) -> bool:
        w = self.word(i)
        if self.is_space(i):
            return True
        if all(ch in PUNCT_TRIM for ch in w):
            return True
        if not keep_quotes and all(ch in QUOTE_CHARS for ch in w):
            return True
        return False

    def span(self, lo: int, hi: int, *, keep_quotes: bool = True) -> tuple[int, int] | None:
        """Character span of tokens lo..hi (inclusive), trimmed of edge punctuation."""
        while lo <= hi and self.is_trimmable(lo, keep_quotes):
            lo += 1
        while hi >= lo and self.is_trimmable(hi, keep_quotes):
            hi -= 1
        if lo > hi:
            return None
        return (self.toks[lo].start, self.toks[hi].end)

    def subtree_span(self, i: int, **kw) -> tuple[int, int] | None:
        return self.span(self.left[i], self.right[i], **kw)

    def token_at(self, offset: int) -> int | None:
        import bisect

        k = bisect.bisect_right(self._starts, offset) - 1
        if k >= 0 and self.toks[k].start <= offset < self.toks[k].end:
            return k
        return None

    def token_range(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last token overlapping [start, end)."""
        import bisect

        lo = max(0, bisect.bisect_right(self._starts, start) - 1)
        if lo < len(self.toks) and self.toks[lo].end <= start:
            lo += 1
        hi = bisect.bisect_left(self._starts, end) - 1
        if lo > hi or lo >= len(self.toks):
            return None
        return lo, hi

    def ancestors(self, i: int):
        seen = 0
        while self.toks[i].head != i and seen < len(self.toks):
            i = self.toks[i].head
            seen += 1
            yield i

    def dominates(self, a: int, b: int) -> bool:
        """Token a is b or an ancestor of b."""
        return self.left[a] <= b <= self.right[a] and (a == b or a in self.ancestors(b))
