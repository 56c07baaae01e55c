"""Across articles: one canonical actor per real referent, merged only on positive evidence.

Evidence that merges two articles' actors:
- persons: full names that agree token by token (modulo hyphens, diacritics, spacing,
  token order, nicknames, initials, transliteration); an article that names someone by
  surname only joins the one corpus person with that surname, or the one holding the same
  role, or the one most mentioned in the same story;
- countries: the canonical country (aliases, demonyms and metonyms already mapped);
- organisations and places: the normalised name, an acronym of the other's name;
- unnamed descriptions ("the suspect", "the hospital"): the same head noun with
  compatible modifiers, within one story (articles clustered by their words and names),
  or the one named person of the story who holds that role; plural person descriptions of
  one story that give the same count ("four men", "four robbers", "Four were hurt").
Blocks: full names that conflict (different given names under one surname: Kim Jong Un /
Kim Jong Il / Kim Yo Jong / Kim Yong Nam; Tony Kim / Kim Hak-Song) never share an actor.
Then a learned step (``describe``, option ``describe``) links an unnamed person description
left alone to the named person of its articles it most likely is. Last, a learned step
(``pairs``, option ``learned``) scores the pairs of clusters the rules
left apart and joins the likely ones by average link; it keeps the blocks above, never
joins two countries, two descriptions whose modifiers contrast ("another prison") or two
names neither of which contains the other.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from newsline.actors import lexicon as lx
from newsline.actors.headlines import RUN_ON_VERBS
from newsline.actors.mentions import (
    DWELLING_NOUNS,
    GENERIC_PLACES,
    ArticleActors,
    LocalActor,
    _modifiers_compatible,
    affix_ok,
    national_force,
    prefix_ok,
)
from newsline.actors.names import (
    acronyms,
    bare_surname,
    canonical_display,
    compare,
    COMPANY_SUFFIXES,
    credit_run_on,
    demonym_nations,
    fold,
    name_tokens,
    opens_with_given_name,
    org_key,
    parse_person,
    role_nations,
    short_match_rank,
    US_STATE_ABBREVIATIONS,
)
from newsline.model import ArticleDoc, register_layer


def _written(forms: Counter) -> str:
    """The usual way of writing a role: its most frequent form, the least capitalised of
    equally frequent ones; one only ever written in capitals (a caption's "US AID WORKER")
    in small letters."""
    return _unshout(min(forms, key=lambda t: (-forms[t], sum(c.isupper() for c in t), t)))


# Short words a caption in capitals writes that are words, not initials ("MAN IN EARLY 30s").
_SMALL_WORDS = frozenset("a an and at by for in of on or the to man old new top aid son war".split())


def _unshout(text: str) -> str:
    """'US AID WORKER' -> 'US aid worker', 'DANISH UN WORKER' -> 'Danish UN worker'; a role
    in ordinary case, or an initialism alone ("CEO"), is returned as it is."""
    letters = [c for w in text.split() if not any(ch.isdigit() for ch in w) for c in w if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or len(letters) <= 4:
        return text
    out = []
    for w in text.split():
        core = w.strip(".,;:()'\"").lower()
        if len(core) <= 3 and core.isalpha() and core not in _SMALL_WORDS:
            out.append(w)  # initials: "US", "UN", "BBC"
        elif core in lx.DEMONYMS or core in lx.COUNTRIES:
            out.append(w.capitalize())
        else:
            out.append(w.lower())
    return " ".join(out)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor in an article (doc layer ``actor_mentions``)."""

    start: int
    end: int
    text: str
    actor_id: str
    kind: str  # name | title | description | pronoun | metonym
    sent: int
    evidence: str


@dataclass(frozen=True, slots=True)
class ActorRole:
    role: str
    first_date: str | None
    last_date: str | None
    past: bool
    count: int = 1


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor of the corpus (corpus layer ``actors``)."""

    id: str
    name: str
    type: str  # person | organisation | country | place | group
    aliases: tuple[tuple[str, int], ...]
    roles: tuple[ActorRole, ...]
    articles: tuple[str, ...]
    mentions: int
    sentences: tuple[tuple[str, int], ...]  # (article id, sentence index)
    cooccurs: tuple[tuple[str, int], ...]  # (actor id, sentences shared)
    named: bool = True
    gender: str = ""


register_layer("actor_mentions", ActorMention)
register_layer("actors", Actor)


def _firm_possessive(name: str, texts: list[str]) -> str:
    """A firm whose name ends in "'s" ("Moody's", "McDonald's"): its mentions keep the "'s"
    where nothing is its possession ("Moody's said", ``mentions`` keeps it then) and lose it
    where something is ("a Moody's analyst"); written with it when most of them keep it."""
    with_s = Counter(t[len(name):] for t in texts if t[: len(name)] == name and t[len(name):] in ("'s", "\u2019s"))
    bare = sum(1 for t in texts if t == name)
    if with_s and 2 * sum(with_s.values()) > bare:
        return name + with_s.most_common(1)[0][0]
    return name


class _UF:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, x: int) -> int:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)
        return min(ra, rb)


def article_date(doc: ArticleDoc) -> str | None:
    layer = doc.get("article_date", ())
    if layer:
        value = getattr(layer[0], "value", None)
        if value:
            return str(value)[:10]
    pub = doc.article.meta.published
    return pub[:10] if pub else None


# --- stories: which articles tell the same events ---------------------------------------

_STOP_POS = {"NOUN", "PROPN", "VERB", "NUM"}


_STORY_STOP = frozenset(
    """say said tell told have has had be is was were are been get got make made take took
    year years day days time times week weeks month months people thing things way""".split()
)
MAX_STORY_DOCS = 5000
STORY_ATTACH = True  # a lone article joins the story of its nearest article within the threshold


def story_clusters(docs: list[ArticleDoc], *, threshold: float = 0.9) -> list[int]:
    """A story id per doc: average-link clusters of TF-IDF vectors (sublinear tf, smoothed
    idf, l2 norm) over content lemmas and names, cut at cosine distance ``threshold``.

    An article left alone by the average link joins the story of its nearest article if
    that one is within ``threshold`` (``STORY_ATTACH``).

    Above ``MAX_STORY_DOCS`` articles the quadratic clustering is skipped and each article
    is its own story (names still merge across articles; only unnamed descriptions do not).
    """
    import math

    import numpy as np

    n = len(docs)
    if n <= 1:
        return [0] * n
    if n > MAX_STORY_DOCS:
        return list(range(n))
    bags: list[Counter] = []
    for d in docs:
        bag: Counter = Counter()
        text = d.text
        for t in d.tokens:
            if t.pos not in _STOP_POS:  # tested first: most tokens stop here
                continue
            lem = t.lemma.lower()
            if lem.isalpha() and len(lem) > 2 and lem not in _STORY_STOP:
                bag[lem] += 1
        for e in d.entities:
            if e.label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "DATE", "CARDINAL", "EVENT"):
                bag["ent_" + "_".join(fold(text[e.start : e.end]).split())] += 1
        bags.append(bag)
    vocab: dict[str, int] = {}
    df: Counter = Counter()
    for bag in bags:
        df.update(bag.keys())
    for w in df:
        vocab[w] = len(vocab)
    if not vocab:
        return [0] * n
    X = np.zeros((n, len(vocab)))
    for i, bag in enumerate(bags):
        for w, c in bag.items():
            X[i, vocab[w]] = (1 + math.log(c)) * (math.log((1 + n) / (1 + df[w])) + 1)
    norms = np.linalg.norm(X, axis=1)
    norms[norms == 0] = 1.0
    X /= norms[:, None]
    from scipy.cluster.hierarchy import fcluster, linkage

    dist = np.clip(1.0 - (X @ X.T), 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    iu = np.triu_indices(n, 1)
    Z = linkage(dist[iu], method="average")
    labels = [int(x) - 1 for x in fcluster(Z, t=threshold, criterion="distance")]
    if STORY_ATTACH:
        # an article the average link leaves alone (a short one shares few words with a
        # whole story) joins the story of its nearest article when that one is within the cut
        size = Counter(labels)
        for i in range(n):
            if size[labels[i]] != 1:
                continue
            d = dist[i].copy()
            d[i] = 9.0
            j = int(np.argmin(d))
            if d[j] <= threshold and size[labels[j]] > 1:
                size[labels[i]] -= 1
                labels[i] = labels[j]
                size[labels[j]] += 1
    return labels


# --- corpus resolution ----------------------------------------------------------------------


@dataclass
class _Node:
    doc: int
    story: int
    actor: LocalActor


def resolve_corpus(
    docs: list[ArticleDoc],
    analyses: list[ArticleActors],
    *,
    story_threshold: float = 0.9,
    salience: bool = True,
    learned: bool = True,
    merge_threshold: float | None = None,
    collect: list | None = None,
    describe: bool = True,
    describe_threshold: float | None = None,
    describe_collect: list | None = None,
) -> tuple[list[tuple[ActorMention, ...]], tuple[Actor, ...]]:
    stories = story_clusters(docs, threshold=story_threshold)
    nodes: list[_Node] = []
    for di, an in enumerate(analyses):
        for a in an.actors:
            if a.mentions:
                nodes.append(_Node(di, stories[di], a))
    uf = _UF(len(nodes))
    full_names: dict[int, list] = defaultdict(list)  # root -> parsed full names (blocks)

    parsed: dict[int, list] = {}

    def names_of(i: int):
        """The full person names of node ``i`` (parsed once; never changed by callers)."""
        out = parsed.get(i)
        if out is not None:
            return out
        a = nodes[i].actor
        out = []
        if a.type in ("person", "unknown") and not a.country:
            for text in a.names:
                p = parse_person(text)
                if p.full and not _verb_run_on(text) and not credit_run_on(text):
                    out.append(p)  # "Obama Outlines" of a headline is no full name, nor "Jeremy Bowen BBC"
        parsed[i] = out
        return out

    for i in range(len(nodes)):
        full_names[i] = names_of(i)
    # organisations named with a country ("British Red Cross", "American Red Cross"): the
    # same name under two countries is two organisations, whatever short form they share
    national: dict[int, set] = {i: _national_names(nodes[i].actor) for i in range(len(nodes))}
    # and two names spelled out differently behind the same initials ("DNC": the Democratic
    # National Committee and the Democratic National Convention) are two organisations
    spelled: dict[int, set] = {i: _spelled_out(nodes[i].actor) for i in range(len(nodes))}

    def blocked(ra: int, rb: int) -> bool:
        for x in full_names[ra]:
            for y in full_names[rb]:
                if compare(x, y) == "conflict":
                    return True
        if national[ra] and national[rb]:
            theirs: dict[str, set] = defaultdict(set)
            for rest, country in national[rb]:
                theirs[rest].add(country)
            if any(theirs.get(rest, {country}) - {country} for rest, country in national[ra]):
                return True
        if spelled[ra] and spelled[rb]:
            mine = dict(spelled[ra])
            if any(ac in mine and mine[ac] != key for ac, key in spelled[rb]):
                return True
        return False

    def join(i: int, j: int) -> bool:
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            return True
        if blocked(ri, rj):
            return False
        r = uf.union(ri, rj)
        other = rj if r == ri else ri
        full_names[r] = full_names[ri] + full_names[rj] if r != other else full_names[r]
        national[r] = national[ri] | national[rj]
        spelled[r] = spelled[ri] | spelled[rj]
        if other != r:
            full_names[other] = []
            national[other] = set()
            spelled[other] = set()
        return True

    # countries by canonical name; other named actors by any normalised name variant
    # (type-agnostic: the NER may call one person ORG in one article, PERSON in another)
    name_index: dict[str, int] = {}
    key_uses: Counter = Counter()  # the articles' names by key (how many nodes have each)
    key_types: dict[str, set] = defaultdict(set)  # ... and the types the articles gave them
    country_index: dict[str, int] = {}
    whole_initials: dict[str, set] = defaultdict(set)
    for i, nd in enumerate(nodes):
        a = nd.actor
        if a.kind != "named":
            continue
        if a.country:
            if a.country in country_index:
                join(country_index[a.country], i)
            else:
                country_index[a.country] = i
            continue
        for text in a.names:
            k = org_key(text)
            if not k or (a.type == "person" and " " not in k and not _company_form(text)):
                continue  # bare surnames are matched below ("Halliburton Co" is no surname)
            key_uses[k] += 1
            key_types[k].add(a.type)
            if k in name_index:
                join(name_index[k], i)
            else:
                name_index[k] = i
            whole = name_tokens(text)
            if a.type in ("organisation", "unknown") and len(whole) > len(k.split()):
                # the initials of the whole name too: "AIG" is American International Group,
                # whose key drops the generic "Group"
                for ac in acronyms(" ".join(whole)):
                    whole_initials[ac].add(i)
    # one name in two transliterations ("al-Qaeda" / "al-Qaida", "Hezbollah" / "Hizbollah"):
    # organisation keys whose words differ only in their vowels
    by_consonants: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for k, i in name_index.items():
        if key_types[k] & {"organisation", "unknown"} and (ck := _consonant_key(k)):
            by_consonants[ck].append((k, i))
    for group in by_consonants.values():
        for k, i in group[1:]:
            if _vowel_variants(group[0][0], k):
                join(group[0][1], i)
    # acronyms across articles ("CIA" / "Central Intelligence Agency")
    multi: dict[str, set] = defaultdict(set, {ac: set(v) for ac, v in whole_initials.items()})
    by_last: dict[str, set] = defaultdict(set)
    by_first: dict[str, set] = defaultdict(set)
    org_first: dict[str, set] = defaultdict(set)
    for k, i in name_index.items():
        if " " in k:
            for ac in acronyms(k):
                multi[ac].add(i)
            if nodes[i].actor.type in ("organisation", "unknown") and affix_ok([k.split()[-1]], k.split()):
                by_last[k.split()[-1]].add(i)
            if nodes[i].actor.type in ("organisation", "place", "unknown") and prefix_ok(k.split()[:1], k.split()):
                by_first[k.split()[0]].add(i)
            if ORG_FIRST_WORD and nodes[i].actor.type == "organisation" and not any(
                    w in lx.ORG_NOUNS or w in lx.PLACE_NOUNS for w in k.split()[1:]) and \
                    " ".join(k.split()[1:]) not in name_index:
                # a firm's name ("lehman brothers"), not a place's institution ("norland air
                # force"), nor two names run together ("guardian bp": the Guardian, then BP)
                org_first[k.split()[0]].add((k, i))
    for k, i in list(name_index.items()):
        if " " in k or nodes[i].actor.type == "person":
            continue
        initials = multi.get(k, ())
        if len(k) < 3 and not any(t.isupper() for t in nodes[i].actor.names):
            initials = ()  # two letters in ordinary case are no initials ("Ch" of a lost "Chávez")
        if initials and not any(t.isupper() for t in nodes[i].actor.names):
            # a person's initials are written in capitals ("FDR"); "War" is not Wael al-Rubaei
            initials = {j for j in initials if nodes[j].actor.type != "person"}
        if k in AGENCY_INITIALS:
            # "AFP" is Agence France-Presse, not "AIG Financial Products"
            initials = {j for j in initials if any(w in AGENCY_WORDS for t in nodes[j].actor.names for w in name_tokens(t))}
        pools = (by_first.get(k, ()),) if nodes[i].actor.type == "place" else (initials, by_last.get(k, ()), by_first.get(k, ()))
        if nodes[i].actor.type == "organisation" and org_first.get(k):
            # a firm by its first word: "Lehman" / "Lehman Brothers", "Goldman" / "Goldman Sachs";
            # of "Lehman Brothers" and "Lehman Brothers Holdings", the shorter (which starts the other)
            # (a rare other firm of that first word, often a misspelling such as "Goldman
            # Sacks", does not make the word ambiguous: it needs a quarter of the uses)
            named = sorted(org_first[k], key=lambda x: len(x[0]))
            short = named[0][0]
            fits = sum(key_uses[key] for key, _ in named if key == short or key.startswith(short + " "))
            if 3 * (sum(key_uses[key] for key, _ in named) - fits) <= fits:
                pools += ({named[0][1]},)
        for pool in pools:
            roots = {uf.find(j) for j in pool}
            if uf.find(i) in roots:
                break  # one of them already ("WH" written beside "White House" is no William Hague)
            if len(roots) == 1:
                join(next(iter(roots)), i)
                break
            same_story = {uf.find(j) for j in pool if nodes[j].story == nodes[i].story}
            if len(same_story) == 1:
                join(next(iter(same_story)), i)
                break

    # persons with full names: bucket by each end token, compare within buckets
    persons = [i for i, nd in enumerate(nodes) if nd.actor.kind == "named" and nd.actor.type == "person"]
    buckets: dict[str, list[int]] = defaultdict(list)
    for i in persons:
        for p in names_of(i):
            # "al-assad" is also found under "assad", as writers drop the article
            for t in {p.tokens[0], p.tokens[-1], bare_surname(p.tokens[-1])}:
                buckets[t].append(i)
    for members in buckets.values():
        members = sorted(set(members))
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if uf.find(i) == uf.find(j):
                    continue
                if any(compare(p, q) == "same" for p in names_of(i) for q in names_of(j)):
                    join(i, j)
    # persons known here by one name only: join the one corpus person that fits (the NER
    # may have called a bare surname GPE or ORG: "Pompeo", "Okafor")
    single = [
        i for i, nd in enumerate(nodes)
        if nd.actor.kind == "named" and not nd.actor.country and (nd.actor.type in ("person", "unknown") or i not in persons)
    ]
    # an organisation's word already joined to its firm's fuller name ("Goldman" to Goldman
    # Sachs) is no person's surname ("William Goldman, the screenwriter")
    firm_roots = {
        uf.find(i) for i, nd in enumerate(nodes)
        if nd.actor.kind == "named" and nd.actor.type == "organisation" and any(" " in org_key(t) for t in nd.actor.names)
    }
    # a given name the articles that write the full name also use alone for that person
    # ("Saddam" beside "Saddam Hussein"): a bare given name is no one in particular in
    # English (short_match_rank gives it nothing), but where the corpus shows it standing
    # for one person, in two articles or more and three times in all, it stands for that
    # person where it stands alone
    given_alone: dict[str, Counter] = defaultdict(Counter)
    for i in persons:
        fulls = names_of(i)
        for text, n in nodes[i].actor.names.items():
            toks = name_tokens(text)
            if len(toks) == 1 and any(p.tokens[0] == toks[0] and not p.surname_first for p in fulls):
                given_alone[toks[0]][i] += n
    bare_uses: Counter = Counter()  # mentions of one-word places and organisations, by word
    for i in single:
        toks = [name_tokens(t) for t in nodes[i].actor.names]
        if nodes[i].actor.type in ("place", "organisation") and len(toks) == 1 and len(toks[0]) == 1:
            bare_uses[toks[0][0]] += len(nodes[i].actor.mentions)
    for i in single:
        if names_of(i) or nodes[i].actor.ambiguous:
            continue
        a = nodes[i].actor
        if a.type == "organisation" and uf.find(i) in firm_roots:
            continue
        if any(r.key in lx.ROYAL_TITLES for r in a.roles):
            continue  # "Prince Charles" is a given name: not the surname of Deborah Charles
        if a.type not in ("person", "unknown") and not any(
            nodes[j].story == nodes[i].story for t in a.names for j in buckets.get(fold(t), ())
        ):
            continue
        toks = [_without_suffix(name_tokens(t)) for t in a.names]
        toks = [t[0] for t in toks if len(t) == 1]
        if not toks:
            continue
        token = Counter(toks).most_common(1)[0][0]
        if token in lx.COMPANY_WORDS:
            continue  # "Petroleum" alone is no surname of "Anadarko Petroleum"
        if a.type in ("place", "organisation") and any(
                len(w) > 1 and token in w for w in (name_tokens(t) for t in a.names)):
            continue  # the short name of a body its article names in full ("Podesta" of the
            # Podesta Group), not the surname of John Podesta named beside it
        cands = {}
        for j in buckets.get(token, ()):
            rj = uf.find(j)
            if rj == uf.find(i):
                continue
            rank = max((short_match_rank(token, p) for p in full_names[rj] or names_of(j)), default=0)
            if rank:
                cands.setdefault(rj, [rank, 0, 0, set()])
                cands[rj][1] += len(nodes[j].actor.mentions)
                if nodes[j].story == nodes[i].story:
                    cands[rj][2] += len(nodes[j].actor.mentions)
                cands[rj][3].update(r.key for r in nodes[j].actor.roles)
        if not cands and a.type == "person" and token in given_alone:
            holders = Counter()
            for j, n in given_alone[token].items():
                holders[uf.find(j)] += n
            if len(holders) == 1 and sum(holders.values()) >= 3 and len(given_alone[token]) >= 2:
                join(next(iter(holders)), i)
            continue
        if not cands:
            continue
        roles = {r.key for r in a.roles}
        shared = [r for r, c in cands.items() if roles & c[3]]
        if len(cands) == 1:
            target = next(iter(cands))
        elif len(shared) == 1:
            target = shared[0]
        else:
            ranked = sorted(cands.items(), key=lambda kv: (kv[1][2], kv[1][1]), reverse=True)
            by_corpus = sorted(cands.items(), key=lambda kv: kv[1][1], reverse=True)
            if ranked[0][1][2] > 0 and (len(ranked) == 1 or ranked[0][1][2] >= 2 * ranked[1][1][2]):
                target = ranked[0][0]  # the one the story names most
            elif by_corpus[0][1][1] >= 3 * by_corpus[1][1][1]:
                target = by_corpus[0][0]  # the one the corpus names far more ("Assad": Bashar)
            else:
                continue
        if a.type in ("place", "organisation") and cands[target][1] <= 3 and bare_uses[token] >= 3 * cands[target][1]:
            continue  # "Washington" (43 times a place) is not George Washington, named once
        join(target, i)
    # a bare surname several persons of its article share: the one most mentioned in the corpus
    local_node = {(nd.doc, nd.actor.index): i for i, nd in enumerate(nodes)}
    size: Counter = Counter()
    for i, nd in enumerate(nodes):
        size[uf.find(i)] += len(nd.actor.mentions)
    for i, nd in enumerate(nodes):
        if nd.actor.ambiguous:
            cands = [local_node[(nd.doc, k)] for k in nd.actor.ambiguous if (nd.doc, k) in local_node]
            if cands:
                best = max(cands, key=lambda j: (size[uf.find(j)], -j))
                join(best, i)
    # the same single name with no full name behind it ("Vantage", "Quimby", "Tolliver"),
    # unless a full name on either side says they are different people
    singles: dict[str, list[int]] = defaultdict(list)
    for i, nd in enumerate(nodes):
        a = nd.actor
        if a.kind != "named" or a.country or names_of(i) or a.ambiguous:
            continue
        for t in a.names:
            toks = _without_suffix(name_tokens(t))
            if len(toks) == 1:
                singles[toks[0]].append(i)
    for members in singles.values():
        for j in members[1:]:
            join(members[0], j)
    # headline names that run on past a known full name ("Mara Quell Dies")
    full_index: dict[tuple, int] = {}
    for i in persons:
        for p in names_of(i):
            full_index.setdefault(tuple(name_tokens(" ".join(p.tokens))), i)
    for i, nd in enumerate(nodes):
        a = nd.actor
        if a.kind != "named" or a.country:
            continue
        for t in a.names:
            toks = tuple(name_tokens(t))
            if len(toks) < 3 or toks in full_index:
                continue
            for k in range(len(toks) - 1, 1, -1):
                if toks[:k] in full_index and full_index[toks[:k]] != i:
                    # only a node all of whose names run on from that person's: "Carl-Henric
                    # Svanberg BP" the article also calls "BP" is the firm, not the chairman
                    if all(tuple(name_tokens(u))[:k] == toks[:k] for u in a.names):
                        if a.type == "organisation" and not opens_with_given_name(" ".join(toks[:k])):
                            break  # "Wall Street Journal" does not run on from a "Wall Street" read as a person
                        join(full_index[toks[:k]], i)
                    break
    # a surname and a headline verb ("Obama Outlines His Plans ..."): the one person of the
    # corpus whose full name ends in that surname
    for i, nd in enumerate(nodes):
        a = nd.actor
        if a.kind != "named" or a.country or not a.names:
            continue
        if not all(_verb_run_on(t) or len(name_tokens(t)) == 1 for t in a.names):
            continue
        runs = [tuple(name_tokens(t)) for t in a.names if _verb_run_on(t)]
        if not runs:
            continue
        owners = {uf.find(j) for t in runs for j in buckets.get(t[0], ()) if any(p.tokens[-1] == t[0] for p in names_of(j))}
        owners.discard(uf.find(i))
        if len(owners) == 1:
            join(next(iter(owners)), i)
    # unnamed descriptions: one named holder of the role in the story, else the same head
    role_holders: dict[tuple[int, str], set[int]] = defaultdict(set)
    for i in persons:
        for key in {r.key for r in nodes[i].actor.roles} | nodes[i].actor.desc_heads:
            role_holders[(nodes[i].story, key)].add(i)
            short = _short_role(key)
            if short:
                role_holders[(nodes[i].story, short)].add(i)
            # the unnamed descriptions below are grouped by head class ("the gunman" and
            # "the suspect" are one party): a holder of either role holds the class, where
            # the class is one party of the story (not "police": many officers)
            cls = lx.HEAD_CLASSES.get(short or key)
            if cls in SINGLE_PARTY_CLASSES:
                role_holders[(nodes[i].story, cls)].add(i)
    doc_named: dict[int, list[int]] = defaultdict(list)
    for i in persons:
        doc_named[nodes[i].doc].append(i)
    named_word: dict[tuple[int, str], set[int]] = defaultdict(set)
    named_last: dict[tuple[int, str], set[int]] = defaultdict(set)
    for i, nd in enumerate(nodes):
        if nd.actor.kind == "named" and not nd.actor.country:
            for t in nd.actor.names:
                toks = name_tokens(t)
                named_word[(nd.story, " ".join(toks))].add(i)
                if len(toks) > 1 and nd.actor.type in ("organisation", "place", "unknown"):
                    named_last[(nd.story, toks[-1])].add(i)
    # group the unnamed descriptions of a story by head noun first, then link each group
    anon_by: dict[tuple, list[list[int]]] = defaultdict(list)
    for i, nd in enumerate(nodes):
        a = nd.actor
        if a.kind != "anonymous":
            continue
        key = (nd.story, a.type, lx.HEAD_CLASSES.get(a.head, a.head), a.number)
        for grp in anon_by[key]:
            if all(_modifiers_compatible(nodes[j].actor.modifiers, a.modifiers) for j in grp[:1]):
                grp.append(i)
                break
        else:
            anon_by[key].append([i])
    for (story, typ, head, number), grps in anon_by.items():
        for grp in grps:
            for j in grp[1:]:
                join(grp[0], j)
            if number != "sg":
                continue
            # "the navy" and "the Navy", "surgeon general" and "Surgeon General"
            same_word = {uf.find(j) for j in named_word.get((story, head), ())}
            if len(same_word) == 1 and head not in GENERIC_PLACES:
                join(next(iter(same_word)), grp[0])
                continue
            # "the navy" / "the bank": the one named organisation or place of the story
            # whose name ends in that noun ("Norland Navy", "Alder Bank")
            if typ in ("organisation", "place") and head not in GENERIC_PLACES and head not in DWELLING_NOUNS:
                # (not "the house" that collapsed for the White House)
                ending = {uf.find(j) for j in named_last.get((story, head), ())}
                if len(ending) == 1 and _named_where_used(nodes, named_last[(story, head)], grp):
                    join(next(iter(ending)), grp[0])
                    continue
            if typ != "person":
                continue
            # "the Syrian leader" is not the story's "Libyan leader"
            nations = demonym_nations(w for j in grp for w in nodes[j].actor.modifiers)
            holders = set()
            for h in role_holders.get((story, head), ()):
                theirs = role_nations(nodes[h].actor.roles) if nations else set()
                if not theirs or nations & theirs:
                    holders.add(uf.find(h))
            if not holders:
                continue
            votes: Counter = Counter()
            for i in grp:
                here = {uf.find(j) for j in doc_named.get(nodes[i].doc, ())}
                local = holders & here
                if len(local) == 1:
                    votes[next(iter(local))] += 1
            if len(votes) == 1:
                join(next(iter(votes)), grp[0])
            elif len(holders) == 1:
                # the one holder of this role in the story, if named where it is used
                h = next(iter(holders))
                named_here = {uf.find(j) for i in grp for j in doc_named.get(nodes[i].doc, ())}
                if h in named_here or not named_here:
                    join(h, grp[0])

    _age_links(nodes, uf, join, persons)
    if COUNTED_GROUPS:
        _counted_groups(nodes, uf, join)
    if salience:
        _salient_links(nodes, uf, join, role_holders)
    if describe or describe_collect is not None:
        from newsline.actors.describe import description_links

        # a full person name the NER left unlabelled is a named person to a description too
        named_persons = persons + [
            i for i, nd in enumerate(nodes) if nd.actor.kind == "named" and nd.actor.type == "unknown" and names_of(i)
        ]
        description_links(
            docs, nodes, uf, join, named_persons, threshold=describe_threshold, learned=describe, collect=describe_collect
        )
    if learned or collect is not None:
        _learned_links(docs, nodes, uf, join, threshold=merge_threshold, learned=learned, collect=collect)

    # build actors
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        groups[uf.find(i)].append(i)
    return _build(docs, analyses, nodes, groups)


_VOWELS = re.compile(r"[aeiouy]")


def _consonant_key(key: str) -> str:
    """Each word's first letter and consonants ("al qaeda" -> "al qd"), for names with a
    word of five letters or more; else "". (Not ``names.skeleton``: it also folds doubled
    letters and "ph", which made "Mattel" of "Mutual".)"""
    words = key.split()
    if not words or max(len(w) for w in words) < 5:
        return ""
    return " ".join(w[0] + _VOWELS.sub("", w[1:]) for w in words)


def _vowel_variants(a: str, b: str) -> bool:
    """Two keys of one consonant key spell one name: each differing word has five letters or
    more, ends in the same letter and is as long, give or take one ("qaeda" / "qaida",
    "taliban" / "taleban"; not "nokia" / "nike")."""
    for x, y in zip(a.split(), b.split()):
        if x != y and (min(len(x), len(y)) < 5 or abs(len(x) - len(y)) > 1 or x[-1] != y[-1]):
            return False
    return True


def _verb_run_on(name: str) -> bool:
    toks = name_tokens(name)
    return len(toks) == 2 and toks[-1] in RUN_ON_VERBS


def _named_where_used(nodes, named: set, grp: list[int]) -> bool:
    """Whether a named thing is named in at least ``COVER_FOR_NAMED`` of the articles that use
    a description group, or the group is used in at most three times as many articles as the
    name: "the company" over 27 articles of a BP story is not the "United States Company" one
    reader's comment names."""
    named_docs = {nodes[j].doc for j in named}
    used = {nodes[i].doc for i in grp}
    return len(used) <= 3 * len(named_docs) or len(named_docs & used) >= COVER_FOR_NAMED * len(used)


COUNTED_GROUPS = True
_GENERIC_PLURALS = frozenset({"man", "men", "people", "person", "persons", "individual", "individuals", "youth", "youths", "woman", "women"})
_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())


def _counted_groups(nodes, uf, join) -> None:
    """Plural person descriptions of one story that give the same count join when all but
    one kind of them are plain person nouns: "four men" are the "four robbers" the story
    speaks of ("the two youths", "two men"; "Three were killed" / "three people"), never two
    counted groups of different roles."""
    by: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, nd in enumerate(nodes):
        a = nd.actor
        if a.kind != "anonymous" or a.number != "pl" or a.possessed or a.modifiers & CONTRAST_WORDS_PL:
            continue
        if a.type == "group" and a.head.isdigit() and int(a.head) > 1:
            nums = {a.head}  # "Three were killed": the number stands for the group
        elif a.type == "person":
            nums = {lx.NUMBER_WORDS.get(w, w) for w in a.modifiers if w in _COUNTS or w.isdigit()}
        else:
            continue
        if len(nums) != 1:
            continue
        by[(nd.story, next(iter(nums)))].append(i)
    for members in by.values():
        if len(members) < 2:
            continue
        kinds = {
            lx.HEAD_CLASSES.get(nodes[i].actor.head, nodes[i].actor.head)
            for i in members
            if not nodes[i].actor.head.isdigit()
        }
        if len(kinds - _GENERIC_PLURALS) > 1:
            continue
        for j in members[1:]:
            join(members[0], j)


def _without_suffix(toks: list[str]) -> list[str]:
    """A bare surname with a generational suffix is still a bare surname ("Quimby Jr.",
    "Quimby II" for the one Quimby of the corpus)."""
    while len(toks) > 1 and toks[-1] in lx.NAME_SUFFIXES:
        toks = toks[:-1]
    return toks


_DESCRIPTION_DETS = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "many", "other", "such"})


def _bare_description(text: str) -> str:
    """A description without its determiner or number: "The protesters" -> "protesters"; a
    capital that only opens the sentence is dropped ("Protesters" -> "protesters")."""
    words = text.split()
    while words and (words[0].lower() in _DESCRIPTION_DETS or words[0].replace(",", "").isdigit()):
        words = words[1:]
    if words and words[0][:1].isupper() and words[0][1:].islower() and words[0] == text.split()[0]:
        words[0] = words[0].lower()
    return " ".join(words)


def _age_links(nodes, uf, join, persons) -> None:
    """An unnamed person of a story described by age ("a 16-year-old", "the 16-year-old
    Camden resident") or by an age noun ("the teen", "the boy") joins the one named person
    of the story of that age (under 20 for an age noun) whose gender does not clash."""
    by_story: dict[int, list[int]] = defaultdict(list)
    for i in persons:
        if nodes[i].actor.age:
            by_story[nodes[i].story].append(i)
    if not by_story:
        return
    # a description already joined to a named person is that person's, whatever its age
    # ("the 68-year-old leader" of Gaddafi never joins Assad, of another age noted elsewhere)
    named_roots = {uf.find(j) for j, nd in enumerate(nodes) if nd.actor.kind == "named"}
    for i, nd in enumerate(nodes):
        a = nd.actor
        if a.kind != "anonymous" or a.number != "sg" or a.type != "person" or a.possessed or not a.mentions:
            continue
        if uf.find(i) in named_roots:
            continue
        named = by_story.get(nd.story)
        if not named:
            continue
        if a.age:
            fits = [j for j in named if nodes[j].actor.age == a.age]
        elif a.head in lx.AGE_NOUNS:
            fits = [j for j in named if nodes[j].actor.age < 20]
        else:
            continue
        fits = [j for j in fits if not (a.gender and nodes[j].actor.gender and nodes[j].actor.gender != a.gender)]
        roots = {uf.find(j) for j in fits}
        if len(roots) == 1:
            join(next(iter(roots)), i)
            # the joined group is a named person's now: a description of another age
            # already in it must not pull a second named person in
            named_roots.add(uf.find(i))


SINGLE_PARTY_CLASSES = frozenset({"perpetrator"})
CONTRAST_WORDS_PL = frozenset({"other", "another", "more", "additional"})
BLOCK_PLURAL = True  # the learned step never joins singular and plural descriptions
ORG_FIRST_WORD = True  # a one-word organisation is the one organisation of its story named with it first
BLOCK_PLURAL_NAMED = True  # nor a plural description and a named organisation or place
BLOCK_UNCOVERED = True  # nor a named thing and a description used far more widely, mostly without it
USED_FAR_MORE = 3  # ... and one used this many times more than the name, whatever its spread
# news agencies known by their initials, which other names' initials must not take
AGENCY_INITIALS = frozenset({"afp", "ap", "upi", "dpa", "ansa", "efe", "pa", "kcna", "irna", "sana"})
AGENCY_WORDS = frozenset({"press", "presse", "agence", "agency", "agentur", "agenzia", "agencia", "news", "association"})
COVER_FOR_NAMED = 0.5  # a named place takes a generic place noun only where it is named in half its articles
LEXICAL_FOR_THINGS = True  # nor, without word evidence, a named non-person and a description
SALIENT_MIN = 3  # the dominant organisation is named at least this often in the story
SALIENT_RATIO = 2.0  # ... and this many times as often as the next one


_ROLE_DEGREE = frozenset({"vice", "deputy", "assistant", "associate", "under", "co", "acting", "former", "ex", "vice-"})


def _fold_roles(roles: dict) -> None:
    """A role that is the tail of a longer one of the same actor ("leader" beside "North
    Korean leader") is counted with the longer one, never a lesser rank ("president"
    beside "vice president")."""
    for short in sorted(roles, key=lambda k: len(k[0])):
        text, past = short
        longer = [k for k in roles if k[1] == past and k[0].endswith(" " + text)]
        longer = [k for k in longer if not (set(k[0][: -len(text)].split()) & (_ROLE_DEGREE | {"prime"}))]
        if not longer:
            continue
        into = roles[max(longer, key=lambda k: (roles[k][2], k[0]))]
        v = roles.pop(short)
        into[2] += v[2]
        firsts = [d for d in (into[0], v[0]) if d]
        lasts = [d for d in (into[1], v[1]) if d]
        into[0] = min(firsts, default=None)
        into[1] = max(lasts, default=None)


def _short_role(key: str) -> str:
    """The head noun of a two-word title a description may use alone: 'head coach' ->
    'coach', 'supreme leader' -> 'leader'; never for a lesser rank ('vice president' is not
    'the president') or a title with 'of' ('secretary of state')."""
    parts = key.split()
    if len(parts) != 2 or parts[0] in _ROLE_DEGREE or "-" in parts[0]:
        return ""
    return parts[1]


def _salient_links(nodes, uf, join, role_holders) -> None:
    """Unnamed singular descriptions ("the actress", "the company") to the story's dominant
    named actor of that type: the one named at least 3 times and at least twice as often as
    any other of its type in the story, present in most of the articles that use the
    description, and not the holder of a role another named person holds."""
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        groups[uf.find(i)].append(i)
    named_counts: dict[tuple[int, str], Counter] = defaultdict(Counter)
    name_sents: dict[int, set] = defaultdict(set)
    for root, members in groups.items():
        for i in members:
            for m in nodes[i].actor.mentions:
                if m.kind == "name":
                    name_sents[root].add((nodes[i].doc, m.sent))
    docs_of: dict[int, set] = defaultdict(set)
    gender_of: dict[int, str] = {}
    personal: set = set()
    kinds_of: dict[int, set] = {}  # what a named cluster is called: its names' last words, heads
    organisations: set = set()  # named clusters voted organisations
    for root, members in groups.items():
        named = [i for i in members if nodes[i].actor.kind == "named"]
        for i in members:
            docs_of[root].add(nodes[i].doc)
        if not named:
            continue
        kinds = kinds_of[root] = set()
        for i in members:
            a = nodes[i].actor
            kinds |= a.desc_heads
            kinds.update(r.key.split()[-1] for r in a.roles if r.key)
            kinds.update(n.split()[-1].lower() for n in a.names if n.split())  # "Republican Party"
        types = Counter()
        g = Counter()
        for i in named:
            a = nodes[i].actor
            types[a.type] += a.name_mentions()
            if a.gender:
                g[a.gender] += 1
        typ = _vote(types)
        if typ == "organisation":
            organisations.add(root)
        gender_of[root] = g.most_common(1)[0][0] if g else ""
        if any(nodes[i].actor.person is not None and nodes[i].actor.person.full and nodes[i].actor.type == "person" for i in named):
            personal.add(root)  # named as a person somewhere, whatever the vote
        for i in named:
            nd = nodes[i]
            named_counts[(nd.story, typ)][root] += nd.actor.name_mentions()
    for root, members in groups.items():
        if any(nodes[i].actor.kind != "anonymous" for i in members):
            continue
        acts = [nodes[i].actor for i in members]
        if any(a.number != "sg" or a.possessed or a.modifiers & _OTHER for a in acts):
            continue  # "another rules committee" is not the one named most
        typ = _vote(Counter(a.type for a in acts))
        if typ not in ("person", "organisation"):
            continue
        story = nodes[members[0]].story
        head = acts[0].head
        gender = next((a.gender for a in acts if a.gender), "")
        counts = named_counts.get((story, typ), Counter())
        if typ in ("organisation", "place"):
            counts = counts + named_counts.get((story, "unknown"), Counter())
        if typ == "person" and not gender:
            continue  # "the driver" is as likely the other party as the protagonist
        cands = [(c, r) for r, c in counts.items() if not (gender and gender_of.get(r) and gender_of[r] != gender)]
        if typ != "person":
            cands = [(c, r) for c, r in cands if r not in personal]  # "the hospital" is no person
        cands.sort(reverse=True)
        if not cands or cands[0][0] < SALIENT_MIN or (len(cands) > 1 and cands[0][0] < SALIENT_RATIO * cands[1][0]):
            continue
        top = uf.find(cands[0][1])
        if typ == "organisation" and not _called(
                {a.head for a in acts}, kinds_of.get(cands[0][1], set()), cands[0][1] in organisations):
            continue
        holders = {uf.find(h) for h in role_holders.get((story, head), ())}
        if holders - {top}:
            continue
        d = docs_of[root]
        if len(d & docs_of[cands[0][1]]) * 2 < len(d):
            continue
        # never someone named in the same sentence ("the driver hit Dev Okafor")
        sents = {(nodes[i].doc, m.sent) for i in members for m in nodes[i].actor.mentions}
        if typ == "person" and sents & name_sents.get(top, set()):
            continue
        join(top, members[0])


# Words that make a description someone else than the one named ("another committee"); an
# ordinal may still be the one named later ("A second man was charged ... Ali, 24").
_OTHER = frozenset({"another", "other", "different"})

# Nouns for a business or a side that stand for the story's dominant organisation with no
# word of its own for it ("the company" of a Hewlett-Packard story, "the team" of the Saints).
_TRADING_NOUNS = lx.BUSINESS_NOUNS | frozenset("team club franchise squad".split())


def _called(heads: set, kinds: set, organisation: bool) -> bool:
    """Whether an unnamed organisation's head nouns may stand for a named one the story
    calls ``kinds`` (its names' last words, its descriptions' heads, its roles): a word of
    them ("the party" for the Republican Party, "the network" for the CNN an article calls
    one), or a business noun for a named organisation no word makes a public body. "The
    military", "the Senate" or "the court" of a campaign story is not the GOP named most."""
    if heads & kinds:
        return True
    return organisation and bool(heads) and heads <= _TRADING_NOUNS and not kinds & lx.PUBLIC_BODY_WORDS


def _may_stand_for(named, anon) -> bool:
    """Whether the learned step may join the unnamed cluster ``anon`` to the named ``named``
    (these blocks matter in long stories, where one head noun is used for many referents)."""
    if BLOCK_PLURAL_NAMED and anon.plural and not named.country:
        return False  # "security forces" are not "U.S. Air Force"
    if anon.heads and anon.heads <= GENERIC_PLACES and \
            len(named.docs & anon.docs) < COVER_FOR_NAMED * len(anon.docs):
        # "the city" stands for the city its own article names: over thirty articles it is
        # not the city two of them name
        return False
    if named.typ == "person" and anon.typ in ("place", "country"):
        return False  # "the state" is not the Secretary of State
    if (named.typ == "vehicle" or named.heads & lx.VEHICLE_NOUNS) and anon.typ in ("organisation", "person", "group") \
            and not anon.heads & lx.VEHICLE_NOUNS:
        return False  # "the company" is not the Deepwater Horizon some article calls a rig
    if anon.heads and anon.heads <= lx.PUBLIC_BODY_WORDS and not named.country and not _lexical(named, anon):
        return False  # "the Senate" is not the Republicans, nor "the court" the GOP
    if anon.heads and anon.heads.isdisjoint(lx.SEAT_DESCRIPTIONS) and \
            any(set(seat.split()) <= named.name_toks for seat in lx.SEAT_NAMES):
        return False  # "the house" that collapsed, "a destroyed home" are not the White House
    if anon.owned and anon.heads and anon.heads <= lx.KIND_AFTER_NAME_NOUNS and named.typ in ("organisation", "unknown"):
        return False  # "Kuwait's state news agency" is not the AFP news agency named beside it
    if BLOCK_UNCOVERED and "person" not in (named.typ, anon.typ) and not named.country and anon.n > named.n and \
            len(anon.docs) > 3 * len(named.docs) and len(named.docs & anon.docs) < COVER_FOR_NAMED * len(anon.docs):
        # a description used more than the name, mostly in articles that never name it: "the
        # company" of a BP story (116 times) is not the "United States Company" one headline names
        return False
    if anon.typ != "person" and not named.country and anon.n >= USED_FAR_MORE * named.n and \
            len(named.docs & anon.docs) < COVER_FOR_NAMED * len(anon.docs):
        # a description used far more than the name, mostly in articles that never name it:
        # the story's leftover "the company" (60 times in 13 articles) is not the Shell Oil
        # Company that two of them name
        return False
    if LEXICAL_FOR_THINGS and "person" not in (named.typ, anon.typ) and anon.n > named.n and not _lexical(named, anon):
        # a description used more than the name it would stand for, with no word of
        # evidence: "the world" (53 times) is not "Second World War" (twice)
        return False
    return True


def _lexical(va, vb) -> bool:
    """Some word evidence that two clusters are one: a shared head or head class, a head
    that is a (head) word of the other's name, or one of its roles."""
    return (not va.heads.isdisjoint(vb.heads) or not va.classes.isdisjoint(vb.classes)
            or not va.heads.isdisjoint(vb.head_toks) or not vb.heads.isdisjoint(va.head_toks)
            or not va.heads.isdisjoint(vb.roles) or not vb.heads.isdisjoint(va.roles))


def _learned_links(docs, nodes, uf, join, *, threshold, learned, collect) -> None:
    """The learned merge step (``pairs``): score pairs of the clusters the rules left in
    one story and join the likely ones; with ``collect``, append the clusters' mention
    spans, the candidate pairs and their features (for training) instead of only merging."""
    from newsline.actors import pairs as pm

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        groups[uf.find(i)].append(i)
    views = [pm.group_view(r, ms, nodes) for r, ms in sorted(groups.items())]
    share, top = pm.story_shares(views)
    first, rivals = pm.doc_firsts(views, nodes, groups)
    recent, doc_top = pm.recency(views, nodes, groups)
    cand = pm.candidate_pairs(views)
    X = [
        pm.features(
            views[x], views[y], share=share, top=top, first=first, rivals=rivals, recent=recent, doc_top=doc_top
        )
        for x, y in cand
    ]
    if collect is not None:
        spans = {
            v.root: [
                (docs[nodes[i].doc].id, m.start, m.end)
                for i in groups[v.root]
                for m in nodes[i].actor.mentions
            ]
            for v in views
        }
        collect.append({"roots": [v.root for v in views], "pairs": cand, "X": X, "spans": spans})
    weights = pm.load_weights()
    if not learned or not weights or not cand:
        return
    t = weights["threshold"] if threshold is None else threshold
    probs = pm.probabilities(X, weights["coef"])

    def compatible(va, vb) -> bool:
        if va.country and vb.country and va.country != vb.country:
            return False
        if not _modifiers_compatible(va.mods, vb.mods):
            return False  # "another prison", "five people" / "ten people"
        if BLOCK_PLURAL and va.plural != vb.plural and ("person" in (va.typ, vb.typ) or not (va.named or vb.named)):
            return False  # "the prison" / "prisons", "the man" / "the men"
        if va.named != vb.named and not _may_stand_for(*((va, vb) if va.named else (vb, va))):
            return False
        if va.named and vb.named and not _name_inside(va, vb):
            return False  # two names, neither inside the other: left to the rules
        if "person" in (va.typ, vb.typ) and va.nations and vb.nations and va.nations.isdisjoint(vb.nations):
            return False  # "the Syrian leader" is not "Libyan leader Muammar Gaddafi"
        if va.named and vb.named and va.docs.isdisjoint(vb.docs) and (_given_name_of(va, vb) or _given_name_of(vb, va)):
            return False  # "Michael" of one article is not "Michael Jones" of another
        if va.named and vb.named and (_royal_alone(va, vb) or _royal_alone(vb, va)):
            return False  # "King Abdullah" is not President Ali Abdullah Saleh
        return True

    joined = pm.merge_clusters(views, cand, probs, threshold=t, join=join, compatible=compatible)
    if collect is not None:
        collect[-1]["joined"] = joined
        collect[-1]["probs"] = probs


def _given_name_of(small, big) -> bool:
    """``small`` is named by one word only, and it is a given name of ``big``'s persons
    (never their surname). Across articles this is no evidence: a son called "Michael" in
    one piece, a professor "Michael Jones" in another."""
    return len(small.name_toks) == 1 and small.typ in ("person", "unknown") and not small.name_toks.isdisjoint(big.given_only)


def _royal_alone(small, big) -> bool:
    """``small`` is a one-word name under a royal title ("King Abdullah"), a regnal name
    that only a royal of that name (``big`` with a royal title too) goes by."""
    return (len(small.name_toks) == 1 and not small.roles.isdisjoint(lx.ROYAL_TITLES)
            and big.roles.isdisjoint(lx.ROYAL_TITLES) and len(big.name_toks) > 1)


def _name_inside(va, vb) -> bool:
    """Two named clusters the learned step may join: one's name words inside the other's,
    either as its head ("Herons" / "Port Alder Herons") or, for persons, as a name a
    headline ran on ("Mara Quell" / "Mara Quell Checks Into Rehab"); never a place
    that only qualifies the other ("Norbury" / "Norbury Supreme Court")."""
    small, big = (va, vb) if len(va.name_toks) <= len(vb.name_toks) else (vb, va)
    if not small.name_toks <= big.name_toks:
        return False
    if small.typ in ("place", "country") and big.typ == "organisation":
        return False  # "Baghdad" is not "Reuters Baghdad" (its bureau)
    if big.name_toks & lx.PLACE_OPENERS and not small.name_toks & lx.PLACE_OPENERS \
            and small.typ in ("person", "unknown") and big.typ != "person":
        return False  # "David" (a blogger) is not "Camp David", nor "Charles" "Lake Charles"
    if national_force(small.name_toks) and not big.name_toks - small.name_toks <= {"royal"}:
        return False  # the "Syrian Army" is the state's, the "Free Syrian Army" a rebel force
    if "person" in (small.typ, big.typ) and small.typ not in ("place", "country", "organisation"):
        return True
    return bool(small.name_toks & big.heads)


def _national_names(actor) -> set[tuple[str, str]]:
    """(rest of the name, country) for each organisation name that opens with a country's
    name or demonym: "British Red Cross" -> ("red cross", "United Kingdom")."""
    if actor.type not in ("organisation", "unknown") or actor.country:
        return set()
    out = set()
    for text in actor.names:
        toks = org_key(text).split()
        if len(toks) < 3:
            continue
        first = toks[0]
        country = lx.DEMONYMS.get(first) or lx.COUNTRY_ALIASES.get(first)
        if country:
            out.add((" ".join(toks[1:]), country))
    return out


def _spelled_out(actor) -> set[tuple[str, str]]:
    """(initials, key) of each organisation name of three words or more whose initials are
    also one of the actor's names: "Democratic National Committee" with "DNC"."""
    if actor.type not in ("organisation", "unknown") or actor.country:
        return set()
    keys = {org_key(t) for t in actor.names}
    short = {k for k in keys if k and " " not in k}
    # the spelled-out name without plural endings: "Disasters Emergency Committee" and
    # "Disaster Emergency Committee" are one DEC written two ways
    return {(ac, _singular_words(k)) for k in keys if len(k.split()) >= 3 for ac in acronyms(k) if ac in short}


def _singular_words(key: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in key.split())


def _company_form(text: str) -> bool:
    """A name written with a company's legal suffix ("Transocean Ltd.", "BP Plc",
    "Halliburton Co.")."""
    toks = name_tokens(text)
    return len(toks) > 1 and (toks[-1] in COMPANY_SUFFIXES or toks[-1] == "co" or toks[-1] in lx.COMPANY_WORDS)


def _place_run_on(text: str, names: Counter, places: set[str]) -> bool:
    """A one-off name that is a place's name run into another of the actor's names of two
    words or more: a dateline before an outlet ("Homs Sunday Times"), or a caption's place
    after a person ("George Barisich Louisiana fisherman"), no way to write it."""
    if names[text] > 1:
        return False
    toks = text.split()
    for k in range(1, len(toks) - 1):
        if fold(" ".join(toks[:k])) in places and names.get(" ".join(toks[k:])):
            return True
    for k in range(2, len(toks)):
        if fold(" ".join(toks[k:])) in places and names.get(" ".join(toks[:k])):
            return True
    return False


def _build(docs, analyses, nodes, groups):
    node_of: dict[tuple[int, int], int] = {}
    for i, nd in enumerate(nodes):
        node_of[(nd.doc, nd.actor.index)] = i
    ids: dict[int, str] = {}
    used: Counter = Counter()
    actors_data = []
    places = {fold(t) for nd in nodes if nd.actor.type in ("place", "country") or nd.actor.country for t in nd.actor.names}
    for root, members in sorted(groups.items()):
        types: Counter = Counter()
        names: Counter = Counter()
        country = ""
        named = False
        gender = Counter()
        for i in members:
            a = nodes[i].actor
            if a.mentions:  # one count per mention, as a vote
                types[a.type] += len(a.mentions)
            names.update(a.names)
            country = country or a.country
            named = named or a.kind == "named"
            if a.gender:
                gender[a.gender] += 1
        kind_nouns = Counter(nodes[i].actor.kind_noun for i in members if nodes[i].actor.kind_noun)
        # a noun after the name ("the Deepwater Horizon rig") outweighs the tagger's labels
        typ = "country" if country else kind_nouns.most_common(1)[0][0] if kind_nouns else _vote(types)
        if typ in ("place", "unknown") and any(fold(t).removeprefix("the ") in lx.SEAT_NAMES for t in names):
            typ = "organisation"  # "the White House said": the executive, not the building
        elif typ in ("place", "unknown") and any(_company_form(t) for t in names):
            typ = "organisation"  # "Transocean Ltd": a firm, though the NER called "Transocean" a place
        elif typ == "person" and names and 2 * sum(c for t, c in names.items() if _company_form(t)) >= sum(names.values()):
            typ = "organisation"  # "Anadarko Petroleum Corp", which the NER called a person
        elif typ == "organisation" and any(nodes[i].actor.type == "person" and nodes[i].actor.gender
                                           and any(parse_person(t).full for t in nodes[i].actor.names)
                                           for i in members) and not any(_company_form(t) for t in names):
            # one article knows the full name as a woman's or a man's ("Carly Fiorina ... she"),
            # where others took the tagger's word for her company: a person
            typ = "person"
        if named and names:
            # a surname run into a headline verb ("Obama Outlines") is no way to write the name
            plain = {t: c for t, c in names.items() if not _verb_run_on(t) and not _place_run_on(t, names, places)} or dict(names)
            # words before the name make it fuller for a person, or for a name of unknown type
            # written once in full ("Jesse Gagliano"), not "Senate Democrats" for "Democrats"
            fuller = typ == "person" or typ == "unknown" and any(opens_with_given_name(t) for t in plain)
            name = country or canonical_display(plain, fuller_forms=fuller)
            if typ == "organisation" and not country:
                name = _firm_possessive(name, [m.text for i in members for m in nodes[i].actor.mentions if m.kind == "name"])
            if name.lower() in US_STATE_ABBREVIATIONS and typ in ("place", "unknown"):
                name = US_STATE_ABBREVIATIONS[name.lower()].title()  # "Va." written out: Virginia
        else:
            heads = Counter(nodes[i].actor.head for i in members)
            first = min(members, key=lambda i: (nodes[i].doc, nodes[i].actor.first))
            nd = nodes[first]
            m0 = min(nd.actor.mentions, key=lambda m: m.start)
            name = m0.text if m0.kind == "description" else heads.most_common(1)[0][0]
            if len({nodes[i].doc for i in members}) > 1:
                # a group described across articles by its most used description ("protesters"
                # 66 times), not by its first one ("nonviolent demonstrators")
                written = Counter(_bare_description(m.text) for i in members for m in nodes[i].actor.mentions
                                  if m.kind == "description")
                written.pop("", None)
                forms: Counter = Counter()
                for w, k in written.items():
                    forms[w.lower()] += k
                if forms:
                    top = max(forms.items(), key=lambda kv: (kv[1], -len(kv[0]), kv[0]))[0]
                    # written as the articles write it most ("Arab world", "BP executives")
                    name = max((w for w in written if w.lower() == top), key=lambda w: (written[w], w.islower(), w))
        if name.isupper() and len(name) > 5:
            # a name seen only in a capitalised headline ("CONGRESS"): the articles' own
            # writing of the same words, where they have one ("Congress")
            same = Counter(m.text for i in members for m in nodes[i].actor.mentions
                           if m.text.lower() == name.lower() and not m.text.isupper())
            if same:
                name = same.most_common(1)[0][0]
            elif typ in ("person", "unknown") and len(name.split()) > 1 and all(len(w) > 2 for w in name.split()):
                # a person known only from a transcript's speaker labels ("GRETA VAN SUSTEREN")
                name = " ".join(w.capitalize() for w in name.split())
        basis = f"{typ}|{fold(name)}" if named else f"anon|{typ}|{fold(name)}|{docs[nodes[members[0]].doc].id}"
        aid = "a" + hashlib.sha1(basis.encode()).hexdigest()[:11]
        used[aid] += 1
        if used[aid] > 1:
            aid = f"{aid}-{used[aid]}"
        ids[root] = aid
        actors_data.append((root, aid, name, typ, named, gender.most_common(1)[0][0] if gender else ""))
    # mentions per doc
    per_doc: list[list[ActorMention]] = [[] for _ in docs]
    sentences: dict[str, set] = defaultdict(set)
    articles: dict[str, list[str]] = defaultdict(list)
    counts: Counter = Counter()
    aliases: dict[str, Counter] = defaultdict(Counter)
    roles: dict[str, dict] = defaultdict(dict)
    sent_actors: dict[tuple[str, int], set] = defaultdict(set)
    uf_root = {i: r for r, ms in groups.items() for i in ms}
    for di, an in enumerate(analyses):
        doc = docs[di]
        date = article_date(doc)
        for m in an.mentions:
            if m.local < 0:
                continue
            i = node_of.get((di, m.local))
            if i is None:
                continue
            aid = ids[uf_root[i]]
            per_doc[di].append(ActorMention(m.start, m.end, m.text, aid, m.kind, m.sent, m.evidence))
            sentences[aid].add((doc.id, m.sent))
            if doc.id not in articles[aid]:
                articles[aid].append(doc.id)
            counts[aid] += 1
            if m.kind in ("name", "metonym"):
                alias = m.text
                for det in ("the ", "The "):
                    if alias.startswith(det):
                        alias = alias[len(det):]
                aliases[aid][alias] += 1
            sent_actors[(doc.id, m.sent)].add(aid)
        for a in an.actors:
            i = node_of.get((di, a.index))
            if i is None:
                continue
            aid = ids[uf_root[i]]
            for r in a.roles:
                # one role however a headline capitalises it ("North Korean Leader")
                rk = (r.text.strip().lower(), r.past)
                old = roles[aid].get(rk)
                if old is None:
                    roles[aid][rk] = [date, date, 1, Counter({r.text.strip(): 1})]
                else:
                    old[2] += 1
                    old[3][r.text.strip()] += 1
                    if date and (old[0] is None or date < old[0]):
                        old[0] = date
                    if date and (old[1] is None or date > old[1]):
                        old[1] = date
    from newsline.actors.names import strip_possessive

    for aid in roles:
        _fold_roles(roles[aid])
    co: dict[str, Counter] = defaultdict(Counter)
    named_ids = {aid for _, aid, _, _, named, _ in actors_data if named}
    for ids_in in sent_actors.values():
        ids_in = ids_in & named_ids
        for x in ids_in:
            for y in ids_in:
                if x != y:
                    co[x][y] += 1
    actors = []
    for _, aid, name, typ, named, gender in actors_data:
        al = Counter()
        for text, c in aliases[aid].items():
            if c:
                al[strip_possessive(text)] += c
        actors.append(
            Actor(
                id=aid,
                name=name,
                type=typ,
                aliases=tuple(sorted(al.items(), key=lambda kv: (-kv[1], kv[0]))),
                roles=tuple(
                    ActorRole(_written(v[3]), v[0], v[1], past, v[2])
                    for (_, past), v in sorted(roles[aid].items(), key=lambda kv: (kv[1][0] or "", kv[0][0]))
                ),
                articles=tuple(articles[aid]),
                mentions=counts[aid],
                sentences=tuple(sorted(sentences[aid])),
                cooccurs=tuple(sorted(co[aid].items(), key=lambda kv: (-kv[1], kv[0]))[:20]),
                named=named,
                gender=gender,
            )
        )
    actors.sort(key=lambda a: (not a.named, -a.mentions, a.name))
    return [tuple(sorted(ms, key=lambda m: (m.start, m.end))) for ms in per_doc], tuple(actors)


def _vote(types: Counter) -> str:
    if not types:
        return "person"
    if "" in types:
        # a bare proper noun adds no type; a name known only so is of unknown type
        types = Counter({t: n for t, n in types.items() if t})
        if not types:
            return "unknown"
    top = max(types.values())
    for t in ("person", "organisation", "country", "place", "group", "vehicle"):
        if types.get(t) == top:
            return t
    return types.most_common(1)[0][0]
