"""Text helpers for the quote stage: paragraphs and quotation-mark regions."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

OPEN_DOUBLE = "“«„"
CLOSE_DOUBLE = "”»"
STRAIGHT = '"'
WORD_CHARS_AFTER_APOS = True


@dataclass(frozen=True, slots=True)
class Region:
    """Text between paired quotation marks; ``start``/``end`` include the marks."""

    start: int
    end: int
    closed: bool  # False when the paragraph ended before a closing mark


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end) spans: news text puts one paragraph per line."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos = end + 1
    return spans


def _is_opening_straight(text: str, i: int, start: int, width: int = 1) -> bool:
    prev = text[i - 1] if i > start else " "
    nxt = text[i + width] if i + width < len(text) else " "
    if prev.isspace() or prev in "([{—–-:;,/" or i == start:
        return not nxt.isspace()
    return False


def quote_regions(text: str, spans: list[tuple[int, int]] | None = None) -> list[Region]:
    """Pair double quotation marks (straight and curly) paragraph by paragraph.

    Curly marks say which way they face; a straight mark opens after a space or at the
    start of a paragraph and closes otherwise. A mark left open at the end of a paragraph
    yields a region to the paragraph end (news style for a quote that runs on into the
    next paragraph); a closing mark with no opener right after such a paragraph closes a
    region that starts at its paragraph's start, and otherwise, stuck to the paragraph's
    first word, opens one (a mis-typed mark). Single curly quotes pair only when both ends
    are unambiguous.
    """
    regions: list[Region] = []
    carried = False  # the previous paragraph ended inside a quote
    for ps, pe in spans if spans is not None else paragraphs(text):
        open_at: int | None = None
        first = True
        i = ps
        while i < pe:
            ch = text[i]
            width = 1
            if text.startswith("''", i) or text.startswith("``", i):
                ch, width = ("“" if ch == "`" else STRAIGHT), 2
            if ch in OPEN_DOUBLE or ch in CLOSE_DOUBLE or ch == STRAIGHT:
                if open_at is None:
                    if ch in OPEN_DOUBLE or (ch == STRAIGHT and _is_opening_straight(text, i, ps, width)):
                        open_at = i
                    elif first and carried:
                        # the quote of the previous paragraph closes here
                        regions.append(Region(ps, i + width, True))
                    elif i == ps and ch in CLOSE_DOUBLE and i + width < pe and not text[i + width].isspace():
                        # a closing mark that opens a paragraph and sticks to its first
                        # word is a mis-typed opening mark ('”Fear. I am afraid ...”')
                        open_at = i
                else:
                    if ch in CLOSE_DOUBLE or ch == STRAIGHT:
                        regions.append(Region(open_at, i + width, True))
                        open_at = None
                    elif ch in OPEN_DOUBLE:
                        # two openers in a row: the first was never closed; restart
                        open_at = i
                first = False
            i += width
        carried = False
        if open_at is not None and pe - open_at > 1:
            regions.append(Region(open_at, pe, False))
            carried = True
    regions.extend(_single_regions(text, spans if spans is not None else paragraphs(text), regions))
    regions.sort(key=lambda r: r.start)
    return regions


def _single_regions(text: str, spans: list[tuple[int, int]], doubles: list[Region]) -> list[Region]:
    """‘...’ pairs whose opener follows a space and whose closer is not an apostrophe."""
    out = []
    for ps, pe in spans:
        i = ps
        while i < pe:
            if text[i] == "‘" and (i == ps or not text[i - 1].isalnum()):
                j = i + 1
                while j < pe:
                    if text[j] == "’" and (j + 1 >= pe or not text[j + 1].isalnum()):
                        break
                    if text[j] == "‘":
                        j = pe
                        break
                    j += 1
                if j < pe and j - i > 1:
                    if not any(r.start <= i < r.end and r.start <= j < r.end for r in ()):
                        out.append(Region(i, j + 1, True))
                    i = j
            i += 1
    return out


class RegionIndex:
    """Look up the quotation region around a character offset."""

    def __init__(self, regions: list[Region]) -> None:
        # keep outermost double-quote regions; nested single quotes are dropped
        outer: list[Region] = []
        for r in sorted(regions, key=lambda r: (r.start, -r.end)):
            if outer and r.start < outer[-1].end:
                continue
            outer.append(r)
        self.regions = outer
        self._starts = [r.start for r in outer]

    def at(self, offset: int) -> Region | None:
        k = bisect.bisect_right(self._starts, offset) - 1
        if k >= 0 and self.regions[k].start <= offset < self.regions[k].end:
            return self.regions[k]
        return None

    def overlapping(self, start: int, end: int) -> list[Region]:
        k = max(0, bisect.bisect_right(self._starts, start) - 1)
        out = []
        while k < len(self.regions) and self.regions[k].start < end:
            r = self.regions[k]
            if r.end > start:
                out.append(r)
            k += 1
        return out

    def inside_chars(self, start: int, end: int) -> int:
        """How many characters of [start, end) lie inside a region."""
        n = 0
        for r in self.overlapping(start, end):
            n += max(0, min(end, r.end) - max(start, r.start))
        return n
