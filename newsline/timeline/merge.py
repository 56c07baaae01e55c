"""Merging: sentences from several articles that report the same event become one entry.

Two sentences report the same event when they fall on the same date (the caller groups
them) and their TF-IDF cosine is above a threshold; the chosen sentence then cites every
such sentence of other articles, and the entry counts its distinct sources. Background
restatements ("Since the first Trump-Kim summit in Singapore in June") are merged the
same way: they are dated by the expression they contain, so they fall on the event's
date and add their article as a source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from newsline.timeline.items import Citation

if TYPE_CHECKING:  # pragma: no cover
    from newsline.timeline.select import Unit


def similar_pairs(matrix, row: int, rows: Sequence[int], threshold: float) -> list[int]:
    """The rows among ``rows`` (other than ``row``) whose cosine with ``row`` is above
    ``threshold`` (``matrix`` holds L2-normalised TF-IDF rows)."""
    others = [r for r in rows if r != row]
    if not others:
        return []
    sims = (matrix[row] @ matrix[others].T).toarray().ravel()
    return [r for r, s in zip(others, sims) if s > threshold]


def citations_for(units: Iterable["Unit"]) -> tuple[Citation, ...]:
    """One citation per article (its first matching sentence), in article order."""
    seen: dict[str, Citation] = {}
    for u in units:
        if u.article in seen:
            continue
        seen[u.article] = Citation(
            article=u.article,
            start=u.start,
            end=u.mention.end,
            text=u.text,
            published=u.published.isoformat() if u.published else None,
            source=u.outlet,
        )
    return tuple(seen.values())
