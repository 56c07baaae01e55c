"""Coreference scores as the CoNLL-2012 reference scorer computes them: MUC, B3, CEAF-e, CoNLL F1.

A partition is a mapping ``mention -> cluster id``; key (gold) and response (system) are
scored over their mentions as the reference scorer (Pradhan et al. 2014, v8) does:
- MUC (Vilain et al. 1995): links; singletons contribute nothing;
- B3 (Bagga & Baldwin 1998): per-mention precision/recall, singletons included;
- CEAF-e (Luo 2005): entity similarity phi4 = 2|K∩R| / (|K|+|R|), optimal one-to-one
  alignment of entities (Hungarian algorithm), singletons included;
- CoNLL F1: the unweighted mean of the three F1 values.

``align`` turns system mentions into a response over the gold mentions: each gold
mention is matched one-to-one with the system mention that overlaps it best (greedy by
Dice overlap of character spans); a gold mention with no match becomes a singleton.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Hashable, Iterable, Mapping

import numpy as np
from scipy.optimize import linear_sum_assignment

Mention = Hashable


@dataclass(frozen=True)
class PRF:
    p: float
    r: float

    @property
    def f(self) -> float:
        return 0.0 if self.p + self.r == 0 else 2 * self.p * self.r / (self.p + self.r)

    def as_dict(self) -> dict[str, float]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f": round(self.f, 4)}


def clusters(partition: Mapping[Mention, Hashable]) -> list[frozenset]:
    groups: dict[Hashable, set] = defaultdict(set)
    for m, c in partition.items():
        groups[c].add(m)
    return [frozenset(g) for g in groups.values()]


def _muc_side(a: list[frozenset], b_index: Mapping[Mention, int]) -> tuple[float, float]:
    num = den = 0
    for k in a:
        if len(k) < 2:
            continue
        parts = set()
        for m in k:
            parts.add(b_index.get(m, ("alone", m)))
        num += len(k) - len(parts)
        den += len(k) - 1
    return num, den


def _index(cl: list[frozenset]) -> dict[Mention, int]:
    return {m: i for i, c in enumerate(cl) for m in c}


def muc(key: list[frozenset], resp: list[frozenset]) -> PRF:
    rn, rd = _muc_side(key, _index(resp))
    pn, pd = _muc_side(resp, _index(key))
    return PRF(pn / pd if pd else 0.0, rn / rd if rd else 0.0)


def _b3_side(a: list[frozenset], b: list[frozenset]) -> tuple[float, float]:
    b_index = _index(b)
    num = 0.0
    den = 0
    for k in a:
        counts: dict[int, int] = defaultdict(int)
        for m in k:
            if m in b_index:
                counts[b_index[m]] += 1
        num += sum(c * c for c in counts.values()) / len(k)
        den += len(k)
    return num, den


def b3(key: list[frozenset], resp: list[frozenset]) -> PRF:
    rn, rd = _b3_side(key, resp)
    pn, pd = _b3_side(resp, key)
    return PRF(pn / pd if pd else 0.0, rn / rd if rd else 0.0)


def ceafe(key: list[frozenset], resp: list[frozenset]) -> PRF:
    if not key or not resp:
        return PRF(0.0, 0.0)
    r_index = _index(resp)
    sim = np.zeros((len(key), len(resp)))
    for i, k in enumerate(key):
        counts: dict[int, int] = defaultdict(int)
        for m in k:
            j = r_index.get(m)
            if j is not None:
                counts[j] += 1
        for j, c in counts.items():
            sim[i, j] = 2.0 * c / (len(k) + len(resp[j]))
    rows, cols = linear_sum_assignment(-sim)
    total = float(sim[rows, cols].sum())
    return PRF(total / len(resp), total / len(key))


def score(key: Mapping[Mention, Hashable], resp: Mapping[Mention, Hashable]) -> dict:
    """All metrics for one key/response pair (partitions over mentions)."""
    k, r = clusters(key), clusters(resp)
    m, b, c = muc(k, r), b3(k, r), ceafe(k, r)
    return {
        "muc": m.as_dict(),
        "b3": b.as_dict(),
        "ceafe": c.as_dict(),
        "conll_f1": round((m.f + b.f + c.f) / 3, 4),
    }


def align(
    gold: Iterable[tuple[str, int, int]],
    system: Iterable[tuple[str, int, int, Hashable]],
) -> tuple[dict[tuple[str, int, int], Hashable], int]:
    """Response partition over the gold mentions ``(doc, start, end)``.

    Each gold mention takes the entity of the system mention ``(doc, start, end, entity)``
    overlapping it best, one-to-one, greedily by Dice overlap (exact matches first); a gold
    mention left unmatched is a singleton. Returns the response and the number matched.
    """
    gold = list(gold)
    by_doc: dict[str, list[tuple[int, int, Hashable]]] = defaultdict(list)
    for d, s, e, ent in system:
        by_doc[d].append((s, e, ent))
    pairs = []
    for gi, (d, gs, ge) in enumerate(gold):
        for si, (s, e, _) in enumerate(by_doc.get(d, ())):
            ov = min(ge, e) - max(gs, s)
            if ov > 0:
                pairs.append((2.0 * ov / ((ge - gs) + (e - s)), gi, (d, si)))
    pairs.sort(key=lambda p: -p[0])
    taken_g: set[int] = set()
    taken_s: set = set()
    resp: dict[tuple[str, int, int], Hashable] = {}
    for _, gi, sk in pairs:
        if gi in taken_g or sk in taken_s:
            continue
        taken_g.add(gi)
        taken_s.add(sk)
        d, si = sk
        resp[gold[gi]] = ("sys", by_doc[d][si][2])
    matched = len(resp)
    for g in gold:
        resp.setdefault(g, ("miss",) + tuple(g))
    return resp, matched
