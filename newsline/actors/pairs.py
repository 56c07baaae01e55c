"""A learned last merge step: scores pairs of actor clusters of one story and joins the likely ones.

The rules of ``resolve`` merge only on strong evidence, and leave many clusters of one
referent apart: unnamed descriptions of a story's main person ("the teen", "the actress"),
synonymous descriptions of a crowd ("rioters", "protesters"), a facility named once and
described elsewhere ("the rehab facility", "Harbourview Center"). No single rule links these
safely, but a combination of weak signals does: shared head nouns, a head found in the
other's name or roles, the named one's share of the story's mentions, agreement of type,
gender and number, and how the two are spread over articles and sentences.

The scorer is a logistic regression over ``features`` (hand-written below, as data-free
functions). Its weights live in ``pair_weights.json`` next to this module: coefficients
only, produced by ``benchmarks/actors_train.py`` from a coreference corpus's training
topics (cluster pairs labelled by whether their mentions' gold entities agree). Merging is
average-link: two clusters join when their best pair scores above ``threshold`` and the
mean score over all pairs of their parts stays above it too; the hard blocks of the rules
(conflicting full names, different countries) still hold.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsline.actors import lexicon as lx
from newsline.actors.names import demonym_nations, given_name_gender, name_tokens, role_nations
from newsline.logistic import load_feature_weights, probability  # noqa: F401  (probability: this model's API)

WEIGHTS_PATH = Path(__file__).with_name("pair_weights.json")
_CONTRAST = frozenset({"other", "another", "second", "third", "different"})  # "another prison"
_EMPTY: frozenset = frozenset()
MAX_GROUPS_PER_STORY = 300  # above this, a story's pairs are not scored (quadratic)


@dataclass(frozen=True, eq=False)
class GroupView:
    """What the scorer knows of one cluster of local actors."""

    root: int
    typ: str
    named: bool
    country: str
    heads: frozenset  # head nouns of its descriptions (and the last word of org/place names)
    classes: frozenset  # heads mapped to their event-party class
    name_toks: frozenset
    roles: frozenset  # role keys and their last words
    gender: str
    plural: bool
    docs: frozenset
    sents: frozenset
    stories: frozenset
    n: int
    n_name: int
    n_desc: int
    n_pron: int
    mods: frozenset
    # the name words a description's head may be: every word of a person's name, only the
    # head of an organisation's or a place's (its last word, or the one before "of"): "the
    # state" is not "U.S. State Department", "the world" not "Second World War"
    head_toks: frozenset = frozenset()
    # the known given names that open its persons' full names, less any word that also
    # ends one of them
    given_only: frozenset = frozenset()
    # the countries its descriptions' and roles' demonyms name ("the Syrian leader", "Libyan
    # leader Muammar Gaddafi")
    nations: frozenset = frozenset()
    # every description of this unnamed cluster has a possessor ("Kuwait's state news agency")
    owned: bool = False

    def __post_init__(self) -> None:
        # derived once per cluster, read by ``features`` for every pair it is in
        setattr_ = object.__setattr__
        setattr_(self, "keys", self.heads | self.classes | self.name_toks | self.roles)
        setattr_(self, "n_docs", len(self.docs))
        setattr_(self, "log_n", math.log1p(self.n))
        setattr_(self, "contrast", not self.mods.isdisjoint(_CONTRAST))
        setattr_(self, "pron_only", self.n_pron == self.n)


def _cls(h: str) -> str:
    return lx.HEAD_CLASSES.get(h, h)


def _classes(heads) -> frozenset:
    """Each head itself and its semantic classes (``lexicon.SEMANTIC_CLASSES``)."""
    out = set()
    for h in heads:
        out.add(_cls(h))
        out.update(lx.SEMANTIC_CLASSES.get(h, ()))
    return frozenset(out)


_ROLE_OF = re.compile(r"\s+(?:of|for|at|to|in|on)\s+")


def _role_head(key: str) -> str:
    """The head word of a role: "secretary" of "secretary of state", "fellow" of "senior
    fellow at the institute", "minister" of "foreign minister"."""
    words = _ROLE_OF.split(key, maxsplit=1)[0].split() or key.split()
    return words[-1] if words else key


def name_head(nt: list[str]) -> str:
    """The head word of an organisation's or a place's folded name: its last word, or the
    word before "of" ("islamisation" of "Islamisation of Iraq", "bank" of "Bank of England"),
    so that the country in such a name is not taken for the thing named."""
    if "of" in nt[1:]:
        return nt[nt.index("of", 1) - 1]
    return nt[-1]


def group_view(root: int, members: list, nodes: list) -> GroupView:
    """A ``GroupView`` of the nodes ``members`` (``resolve._Node``) of one cluster."""
    types: Counter = Counter()
    heads: set = set()
    toks: set = set()
    head_toks: set = set()
    firsts: set = set()
    lasts: set = set()
    nations: set = set()
    roles: set = set()
    gender: Counter = Counter()
    numbers: Counter = Counter()
    docs, sents, stories, mods = set(), set(), set(), set()
    kinds: Counter = Counter()
    country = ""
    named = False
    owned = True
    for i in members:
        nd = nodes[i]
        a = nd.actor
        docs.add(nd.doc)
        stories.add(nd.story)
        country = country or a.country
        if a.kind == "named":
            named = True
            for t in a.names:
                nt = name_tokens(t)
                toks.update(nt)
                if nt and a.type in ("organisation", "place", "unknown"):
                    heads.add(name_head(nt))
                    head_toks.add(name_head(nt))
                else:
                    head_toks.update(nt)
                    if len(nt) > 1:
                        if given_name_gender(nt[0]):
                            firsts.add(nt[0])
                        lasts.add(nt[-1])
        else:
            if a.head:
                heads.add(a.head)
            owned = owned and a.possessed
            numbers[a.number] += 1
            mods.update(a.modifiers)
        heads.update(a.desc_heads)
        for r in a.roles:
            roles.add(r.key)
            roles.add(_role_head(r.key))
        if a.type == "person" and a.roles:
            nations |= role_nations(a.roles)
        if a.kind != "named" and a.type == "person" and a.modifiers:
            nations |= demonym_nations(a.modifiers)
        if a.gender:
            gender[a.gender] += 1
        if a.mentions:
            types[a.type] += len(a.mentions)
        for m in a.mentions:
            kinds[m.kind] += 1
            sents.add((nd.doc, m.sent))
    from newsline.actors.resolve import _vote

    return GroupView(
        root=root,
        typ="country" if country else _vote(types),
        named=named,
        country=country,
        heads=frozenset(heads),
        classes=_classes(heads),
        name_toks=frozenset(toks),
        roles=frozenset(roles),
        gender=gender.most_common(1)[0][0] if gender else "",
        plural=(not named) and numbers.get("pl", 0) > numbers.get("sg", 0),
        docs=frozenset(docs),
        sents=frozenset(sents),
        stories=frozenset(stories),
        n=sum(kinds.values()),
        n_name=kinds.get("name", 0) + kinds.get("metonym", 0),
        n_desc=kinds.get("description", 0) + kinds.get("title", 0),
        n_pron=kinds.get("pronoun", 0),
        mods=frozenset(mods),
        head_toks=frozenset(head_toks),
        given_only=frozenset(firsts - lasts),
        nations=frozenset(nations),
        owned=owned and not named,
    )


FEATURES = (
    "bias",
    "both_named",
    "one_named",
    "both_anon",
    "same_type",
    "both_person",
    "both_org",
    "both_place",
    "person_vs_other",
    "country_either",
    "head_match",
    "class_match",
    "head_in_name",
    "head_in_roles",
    "name_tok_overlap",
    "name_tok_jaccard",
    "gender_conflict",
    "gender_match",
    "number_conflict",
    "shared_doc_frac",
    "shared_sent",
    "same_story",
    "log_min_size",
    "log_max_size",
    "named_share",
    "named_top",
    "anon_docs_covered",
    "pronoun_only",
    "one_named_x_head_in_roles",
    "one_named_x_named_top",
    "both_anon_x_head_match",
    "both_anon_x_same_type",
    "one_named_x_same_type",
    "contrast_mods",
    "first_named_in_docs",
    "inv_named_in_story",
    "one_named_x_first_named",
    "both_named_x_same_type",
    "shared_key",
    "recent_named_frac",
    "doc_top_frac",
    "one_named_x_recent",
    "next_named_frac",
    "near_named_frac",
)


def features(
    a: GroupView,
    b: GroupView,
    *,
    share: dict,
    top: dict,
    first: dict | None = None,
    rivals: dict | None = None,
    recent: dict | None = None,
    doc_top: dict | None = None,
) -> list[float]:
    """Feature vector (in ``FEATURES`` order) of a pair; ``share[root]`` is a named
    cluster's share of its story's name mentions of its type, ``top[root]`` whether it is
    the most named of its type there, ``first[root]`` the docs where it is the first named
    actor of its type, ``rivals[root]`` how many named clusters of its type share its
    stories, ``recent[root]`` a Counter of the named clusters last named before each of an
    unnamed cluster's mentions (with the number of its mentions under ``None``),
    ``doc_top[root]`` the docs where a named cluster is the most named of its type."""
    # Written for speed (it runs for every candidate pair): set tests use ``isdisjoint``,
    # per-cluster parts come precomputed from ``GroupView``; the values are unchanged.
    if b.named and not a.named:
        a, b = b, a
    an, bn = a.named, b.named
    at, bt = a.typ, b.typ
    both_named = an and bn
    one_named = an != bn
    both_anon = not an and not bn
    unknown = at == "unknown" or bt == "unknown"
    same_type = at == bt or unknown
    head_match = not a.heads.isdisjoint(b.heads)
    class_match = not a.classes.isdisjoint(b.classes)
    a_toks, b_toks = a.name_toks, b.name_toks
    head_in_name = not b.heads.isdisjoint(a.head_toks) or not a.heads.isdisjoint(b.head_toks)
    head_in_roles = (
        not b.heads.isdisjoint(a.roles) or not a.heads.isdisjoint(b.roles) or not a.roles.isdisjoint(b.roles)
    )
    if a_toks and b_toks:
        inter = len(a_toks & b_toks)
        union = len(a_toks) + len(b_toks) - inter
    else:
        inter, union = 0, len(a_toks) + len(b_toks)
    ag, bg = a.gender, b.gender
    gender_conflict = bool(ag and bg and ag != bg)
    gender_match = bool(ag and ag == bg)
    both_person = at == "person" and bt == "person"
    number_conflict = a.plural != b.plural and both_person
    shared_docs = len(a.docs & b.docs)
    a_nd, b_nd = a.n_docs, b.n_docs
    shared_doc_frac = shared_docs / (a_nd if a_nd < b_nd else b_nd)
    shared_sent = not a.sents.isdisjoint(b.sents)
    pron_only = a.pron_only or b.pron_only
    person_vs_other = (at == "person" or bt == "person") and at != bt and not unknown
    contrast = a.contrast or b.contrast
    shared_key = not a.keys.isdisjoint(b.keys)
    la, lb = a.log_n, b.log_n
    if one_named:
        root = a.root
        named_share = share.get(root, 0.0)
        named_top = float(bool(top.get(root)))
        anon_cov = shared_docs / b_nd
        first_frac = len((first or {}).get(root, _EMPTY) & b.docs) / b_nd
        inv_rivals = 1.0 / max(1, (rivals or {}).get(root, 1))
        rec = (recent or {}).get(b.root)
        doc_top_frac = len((doc_top or {}).get(root, _EMPTY) & b.docs) / b_nd
    else:
        named_share = named_top = anon_cov = first_frac = inv_rivals = doc_top_frac = 0.0
        rec = None
    if rec:
        n_rec = max(1, rec[None])
        recent_frac = rec[a.root] / n_rec
        next_frac = rec[("next", a.root)] / n_rec
        near_frac = rec[("near", a.root)] / n_rec
    else:
        recent_frac = next_frac = near_frac = 0.0
    one_same = one_named and same_type
    return [
        1.0,
        float(both_named),
        float(one_named),
        float(both_anon),
        float(same_type),
        float(both_person),
        float(at == bt == "organisation"),
        float(at in ("place", "country") and bt in ("place", "country")),
        float(person_vs_other),
        float(bool(a.country or b.country)),
        float(head_match),
        float(class_match),
        float(head_in_name),
        float(head_in_roles),
        float(inter > 0),
        inter / union if union else 0.0,
        float(gender_conflict),
        float(gender_match),
        float(number_conflict),
        shared_doc_frac,
        float(shared_sent),
        float(not a.stories.isdisjoint(b.stories)),
        la if la < lb else lb,
        lb if la < lb else la,
        named_share,
        named_top,
        anon_cov,
        float(pron_only),
        float(one_named and head_in_roles),
        float(one_named and named_top > 0),
        float(both_anon and head_match),
        float(both_anon and same_type),
        float(one_same),
        float(contrast),
        first_frac,
        inv_rivals,
        first_frac if one_same else 0.0,
        float(both_named and same_type),
        float(shared_key),
        recent_frac,
        doc_top_frac,
        recent_frac if one_same else 0.0,
        next_frac,
        near_frac,
    ]


def keys(v: GroupView) -> frozenset:
    """Blocking keys: head nouns, their classes, name tokens and role words."""
    return v.keys  # set by GroupView.__post_init__


def recency(views: list[GroupView], nodes: list, groups: dict) -> tuple[dict, dict]:
    """``recent``: per unnamed cluster, how often each named cluster of a compatible type
    is the last one named before its mentions (``None`` counts the mentions);
    ``doc_top``: per named cluster, the docs where it is the most named of its type."""
    typ = {v.root: v.typ for v in views}
    per_doc: dict[int, list] = defaultdict(list)
    for v in views:
        for i in groups[v.root]:
            nd = nodes[i]
            for m in nd.actor.mentions:
                per_doc[nd.doc].append((m.start, m.sent, v.named, m.kind, v.root))
    recent: dict = defaultdict(Counter)
    doc_top: dict = defaultdict(set)

    def fits(t: str) -> tuple:
        return (t, "unknown") if t in ("organisation", "place") else (t,)

    for doc, ms in per_doc.items():
        ms.sort()
        # the named mention of each type before and after every position
        last: dict[str, tuple] = {}
        before: list = []
        counts: dict[str, Counter] = defaultdict(Counter)
        for _, sent, named, kind, root in ms:
            before.append(dict(last))
            if named and kind == "name":
                last[typ[root]] = (root, sent)
                counts[typ[root]][root] += 1
        nxt: dict[str, tuple] = {}
        after: list = [None] * len(ms)
        for k in range(len(ms) - 1, -1, -1):
            after[k] = dict(nxt)
            _, sent, named, kind, root = ms[k]
            if named and kind == "name":
                nxt[typ[root]] = (root, sent)
        for k, (_, sent, named, kind, root) in enumerate(ms):
            if named or kind == "pronoun":
                continue
            recent[root][None] += 1
            prev = next((before[k][t] for t in fits(typ[root]) if t in before[k]), None)
            foll = next((after[k][t] for t in fits(typ[root]) if t in after[k]), None)
            if prev:
                recent[root][prev[0]] += 1
            if foll:
                recent[root][("next", foll[0])] += 1
            near = [x for x in (prev, foll) if x and abs(x[1] - sent) <= 1]
            if near:
                best = min(near, key=lambda x: abs(x[1] - sent))
                recent[root][("near", best[0])] += 1
        for c in counts.values():
            ranked = c.most_common(2)
            if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                doc_top[ranked[0][0]].add(doc)
    return dict(recent), {r: frozenset(d) for r, d in doc_top.items()}


def doc_firsts(views: list[GroupView], nodes: list, groups: dict) -> tuple[dict, dict]:
    """``first``: per named cluster, the docs where it is the first named actor of its type;
    ``rivals``: per named cluster, the number of named clusters of its type in its stories."""
    earliest: dict[tuple, tuple] = {}
    per_story: dict[tuple, set] = defaultdict(set)
    for v in views:
        if not v.named:
            continue
        for s in v.stories:
            per_story[(s, v.typ)].add(v.root)
        for i in groups[v.root]:
            nd = nodes[i]
            for m in nd.actor.mentions:
                if m.kind == "name":
                    k = (nd.doc, v.typ)
                    if k not in earliest or m.start < earliest[k][0]:
                        earliest[k] = (m.start, v.root)
    first: dict = defaultdict(set)
    for (doc, _), (_, root) in earliest.items():
        first[root].add(doc)
    rivals = {}
    for v in views:
        if v.named:
            rivals[v.root] = max(len(per_story[(s, v.typ)]) for s in v.stories)
    return {r: frozenset(d) for r, d in first.items()}, rivals


def story_shares(views: list[GroupView]) -> tuple[dict, dict]:
    """Each named cluster's share of its story's name mentions of its type, and whether
    it is the most named one."""
    counts: dict[tuple, Counter] = defaultdict(Counter)
    for v in views:
        if v.named and v.n_name:
            for s in v.stories:
                counts[(s, v.typ)][v.root] += v.n_name
    share: dict = {}
    top: dict = {}
    for c in counts.values():
        total = sum(c.values())
        ranked = c.most_common(2)
        for r, k in c.items():
            share[r] = max(share.get(r, 0.0), k / total)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            top[ranked[0][0]] = True
    return share, top


def candidate_pairs(views: list[GroupView]) -> list[tuple[int, int]]:
    """Pairs of clusters (indices into ``views``), both with at least one mention that is
    not a pronoun, that share a story or a blocking key (``keys``)."""
    by_story: dict = defaultdict(list)
    for k, v in enumerate(views):
        if v.n_pron == v.n:
            continue
        for s in v.stories:
            by_story[("story", s)].append(k)
        for w in keys(v):
            by_story[("key", w)].append(k)
    seen: set = set()
    out: list = []
    add, append = seen.add, out.append  # the inner loop runs for every pair of a story
    for members in by_story.values():
        size = len(members)
        if size > MAX_GROUPS_PER_STORY:
            continue
        for x in range(size):
            mx = members[x]
            for y in range(x + 1, size):
                my = members[y]
                p = (mx, my) if mx < my else (my, mx)
                if p in seen:
                    continue
                add(p)
                va, vb = views[p[0]], views[p[1]]
                if not va.keys.isdisjoint(vb.keys):
                    append(p)
                elif _types_fit(va.typ, vb.typ) and not (va.named and vb.named):
                    append(p)  # two names with no word in common never join here
    return out


def _types_fit(a: str, b: str) -> bool:
    """Types one referent may carry (the NER and the votes err between organisation and
    place, rarely between a person and anything else)."""
    if a == b or "unknown" in (a, b):
        return True
    return a != "person" and b != "person"


@lru_cache(maxsize=1)
def load_weights() -> dict:
    """The shipped coefficients (``{"features": [...], "coef": [...], "threshold": t}``);
    an empty dict when the file is missing (the step is then skipped)."""
    return load_feature_weights(WEIGHTS_PATH, FEATURES)


def probabilities(X: list[list[float]], coef: list[float]) -> list[float]:
    """``probability`` of every row of ``X`` at once."""
    import numpy as np

    if not X:
        return []
    z = np.clip(np.asarray(X, dtype=float) @ np.asarray(coef, dtype=float), -30.0, 30.0)
    return (1.0 / (1.0 + np.exp(-z))).tolist()


def merge_clusters(
    views: list[GroupView],
    pairs: list[tuple[int, int]],
    probs: list[float],
    *,
    threshold: float,
    join,
    compatible=None,
) -> list[tuple[int, int]]:
    """Average-link merging: pairs in descending probability; two current clusters join
    when the pair clears ``threshold``, the mean probability over all their parts' pairs
    (unscored pairs count 0) clears it too, ``compatible(view_a, view_b)`` holds for every
    pair of their parts (so no chain through a description joins two different names),
    and ``join(root_a, root_b)`` (which applies the rules' blocks) succeeds. Returns the joined (root, root) pairs of ``views`` in the order they were joined."""
    score = {p: pr for p, pr in zip(pairs, probs)}
    parent = list(range(len(views)))
    parts: dict[int, list[int]] = {k: [k] for k in range(len(views))}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    joined = []
    for (x, y), pr in sorted(zip(pairs, probs), key=lambda t: -t[1]):
        if pr < threshold:
            break
        rx, ry = find(x), find(y)
        if rx == ry:
            continue
        px, py = parts[rx], parts[ry]
        total = sum(score.get((min(u, v), max(u, v)), 0.0) for u in px for v in py)
        if total / (len(px) * len(py)) < threshold:
            continue
        if compatible is not None and not all(compatible(views[u], views[v]) for u in px for v in py):
            continue
        if not join(views[x].root, views[y].root):
            continue
        parent[ry] = rx
        parts[rx] = px + py
        del parts[ry]
        joined.append((views[x].root, views[y].root))
    return joined
