"""A learned decision per unnamed person description: which named person, if any, it is.

The rules of ``resolve`` link "the suspect" to a named person only on strong evidence (the
one holder of that role, the one woman named, the one named person of that age). A story
about a shooting calls its gunman "the gunman", "the suspect", "the man" in one article and
names him in another; its victim "the victim", "the teen". What is left here is an
unnamed cluster of definite singular person descriptions, and the named persons of the
same articles (else of the same story) as its candidates. Each (description, candidate)
pair gets weak, data-free features: gender and age agreement, a role word the named person
holds, the same verb and argument role (both "shot" someone, both were "arrested"), how
near and how early the name comes in the article, how prominent the person is in the
story, and how many candidates compete. A logistic regression scores them (coefficients in
``describe_weights.json``, fitted by ``benchmarks/actors_describe_train.py`` on a
coreference corpus's training topics, its threshold chosen by leave-one-topic-out
predictions). A description joins its best candidate when that one's probability clears
the threshold and beats the runner-up by ``margin``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from newsline.actors import lexicon as lx
from newsline.actors.names import demonym_nations, role_nations
from newsline.logistic import load_feature_weights
from newsline.logistic import probability as _prob

WEIGHTS_PATH = Path(__file__).with_name("describe_weights.json")
DEFINITE = frozenset({"the", "this", "that"})
_SUBJ = frozenset({"nsubj"})
_OBJ = frozenset({"dobj", "nsubjpass"})
_CONTRAST = frozenset({"other", "another", "second", "third", "different"})
_GENERIC = lx.AGE_NOUNS | frozenset({"man", "woman", "person", "guy", "lady", "individual", "resident"})
_FUNCTIONARY = frozenset({"police", "spokesman", "lawyer"})

FEATURES = (
    "bias",
    "same_doc",  # share of the description's articles that name the candidate
    "story_only",  # the candidate is named only elsewhere in the story
    "gender_agree",
    "gender_clash",
    "age_agree",
    "age_clash",
    "role_match",  # the description's head (or its class) is a role of the candidate
    "verb_match",  # same verb and argument role somewhere in the story
    "near",  # 1 / (1 + sentences between the description and the nearest name)
    "named_before",  # the candidate is named before the description in its article
    "same_sentence",  # the candidate is named in the description's own sentence
    "story_share",  # the candidate's share of the story's person-name mentions
    "story_top",  # the story's most named person
    "doc_top",  # the article's most named person
    "log_candidates",
    "log_size",  # the description cluster's mentions
    "perpetrator",  # the description names the perpetrator class ("the gunman")
    "victim",  # ... or the victim class
    "definite",  # share of its mentions with "the"/"this"/"that" ("a woman" may be someone new)
    "bare",  # share with no determiner (headlines: "Suspended Cook Stabs 2")
    "generic",  # a plain person noun ("the man", "the woman", "the teen"): anyone of the story
    "functionary",  # someone who speaks or acts for others ("the spokesman", "an officer"): seldom the named protagonist
)


@lru_cache(maxsize=1)
def load_weights() -> dict:
    """The shipped model (``features``, ``coef``, ``threshold``, ``margin``); empty when
    the file is missing or its features are not these (the step is then skipped)."""
    return load_feature_weights(WEIGHTS_PATH, FEATURES)


def _verb_roles(tokens, mentions) -> set:
    """(argument role, verb lemma) of each mention's head: "s" for a subject, "o" for an
    object or passive subject ("the gunman shot", "was arrested")."""
    out = set()
    for m in mentions:
        if m.head < 0:
            continue
        t = tokens[m.head]
        role = "s" if t.dep in _SUBJ else "o" if t.dep in _OBJ else ""
        if not role or not (0 <= t.head < len(tokens)):
            continue
        v = tokens[t.head]
        if v.pos == "VERB":
            out.add((role, v.lemma.lower()))
    return out


def _role_words(key: str) -> set:
    out = {key}
    parts = key.split()
    if len(parts) == 2 and "-" not in parts[0]:
        out.add(parts[1])
    for w in list(out):
        out.add(lx.HEAD_CLASSES.get(w, w))
        out.update(lx.SEMANTIC_CLASSES.get(w, ()))
    return out


def description_links(docs, nodes, uf, join, persons, *, threshold=None, learned=True, collect=None) -> None:
    """Join unnamed definite singular person clusters to the named person the model
    prefers (see the module's docstring); with ``collect``, append each candidate pair's
    features and both clusters' mention spans (for training)."""
    weights = load_weights() if learned else {}
    if not weights and collect is None:
        return
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        groups[uf.find(i)].append(i)
    person_set = set(persons)
    # the named persons: clusters with a named person node
    named_roots = {uf.find(i) for i in persons}
    doc_names: dict[int, Counter] = defaultdict(Counter)  # doc -> root -> name mentions
    story_names: dict[int, Counter] = defaultdict(Counter)
    first_in_doc: dict[tuple[int, int], int] = {}
    name_sents: dict[tuple[int, int], list[int]] = defaultdict(list)  # (root, doc) -> sentences
    info: dict[int, dict] = {}
    for r in named_roots:
        g: Counter = Counter()
        age = 0
        roles: set = set()
        verbs: set = set()
        nations: set = set()  # the countries its roles name ("Libyan leader")
        for i in groups[r]:
            nd = nodes[i]
            a = nd.actor
            if a.gender and (a.kind == "named"):
                g[a.gender] += 1
            age = age or a.age
            for rl in a.roles:
                roles |= _role_words(rl.key)
            nations |= role_nations(a.roles)
            for h in a.desc_heads:
                roles |= _role_words(h)
            verbs |= {(nd.story, x) for x in _verb_roles(docs[nd.doc].tokens, a.mentions)}
            n_name = sum(1 for m in a.mentions if m.kind == "name")
            if i in person_set and n_name:
                doc_names[nd.doc][r] += n_name
                story_names[nd.story][r] += n_name
                k = (r, nd.doc)
                first = min(m.tok_start for m in a.mentions if m.kind == "name")
                first_in_doc[k] = min(first_in_doc.get(k, first), first)
                name_sents[k].extend(m.sent for m in a.mentions if m.kind == "name")
        info[r] = {"gender": g.most_common(1)[0][0] if g else "", "age": age, "roles": roles, "verbs": verbs,
                   "nations": nations}
    if not story_names:
        return
    coef = weights.get("coef")
    t = weights.get("threshold", 1.0) if threshold is None else threshold
    margin = weights.get("margin", 0.0)
    decisions = []
    for r, members in sorted(groups.items()):
        acts = [nodes[i].actor for i in members]
        if any(a.kind != "anonymous" or a.type != "person" or a.number != "sg" or a.possessed for a in acts):
            continue
        if any(a.modifiers & _CONTRAST for a in acts):
            continue
        ms = [(nodes[i], m) for i in members for m in nodes[i].actor.mentions if m.kind == "description"]
        if not ms:
            continue
        firsts = [m.text.split()[0].lower() for _, m in ms]
        definite = sum(1 for w in firsts if w in DEFINITE) / len(ms)
        bare = sum(1 for w in firsts if w not in DEFINITE and w not in ("a", "an")) / len(ms)
        rdocs = {nd.doc for nd, _ in ms}
        stories = {nd.story for nd, _ in ms}
        story = next(iter(stories))
        cands = {c for d in rdocs for c in doc_names.get(d, ())}
        story_only = 0.0
        if not cands:
            if not definite and not bare:
                continue  # "a police officer also died": someone new where nobody is named
            cands = set(story_names.get(story, ()))
            story_only = 1.0
        cands = {c for c in cands if uf.find(c) == c}
        if not cands:
            continue
        gender = next((a.gender for a in acts if a.gender), "")
        age = next((a.age for a in acts if a.age), 0)
        heads = {a.head for a in acts}
        words = set()
        for h in heads:
            words |= _role_words(h)
        young = bool(heads & lx.AGE_NOUNS)
        verbs = set()
        for nd, m in ms:
            verbs |= {(nd.story, x) for x in _verb_roles(docs[nd.doc].tokens, [m])}
        perp = 1.0 if any(lx.HEAD_CLASSES.get(h) == "perpetrator" for h in heads) else 0.0
        vict = 1.0 if any("victim" in lx.SEMANTIC_CLASSES.get(h, ()) for h in heads) else 0.0
        generic = 1.0 if heads & _GENERIC else 0.0
        functionary = 1.0 if any(lx.SEMANTIC_CLASSES.get(h, set()) & _FUNCTIONARY for h in heads) else 0.0
        total = sum(story_names[story].values()) or 1
        story_top = story_names[story].most_common(1)[0][0]
        ncand = math.log1p(len(cands))
        log_size = math.log1p(len(ms))
        kinds = heads & lx.KIND_LEADERS
        nations = demonym_nations(w for a in acts for w in a.modifiers)
        rows = []
        for c in sorted(cands):
            ci = info[c]
            if kinds and not kinds & ci["roles"]:
                continue  # "one opposition leader" is no "Libyan leader"
            if nations and ci["nations"] and not nations & ci["nations"]:
                continue  # nor is "the Syrian leader"
            same_doc = sum(1 for d in rdocs if c in doc_names.get(d, ())) / len(rdocs)
            g_agree = 1.0 if gender and ci["gender"] == gender else 0.0
            g_clash = 1.0 if gender and ci["gender"] and ci["gender"] != gender else 0.0
            a_agree = a_clash = 0.0
            if ci["age"]:
                if age:
                    a_agree, a_clash = (1.0, 0.0) if age == ci["age"] else (0.0, 1.0)
                elif young:
                    a_agree, a_clash = (1.0, 0.0) if ci["age"] < 20 else (0.0, 1.0)
            role = 1.0 if words & ci["roles"] else 0.0
            verb = 1.0 if verbs & ci["verbs"] else 0.0
            near = before = same_sent = 0.0
            tops = 0
            for d in rdocs:
                ss = name_sents.get((c, d))
                if ss:
                    dms = [m for nd, m in ms if nd.doc == d]
                    dist = min(abs(m.sent - s) for m in dms for s in ss)
                    near = max(near, 1.0 / (1.0 + dist))
                    if first_in_doc[(c, d)] < min(m.tok_start for m in dms):
                        before = 1.0
                    if any(m.sent in ss for m in dms):
                        same_sent = 1.0
                if doc_names[d] and doc_names[d].most_common(1)[0][0] == c:
                    tops += 1
            x = [
                1.0, same_doc, story_only, g_agree, g_clash, a_agree, a_clash, role, verb, near, before,
                same_sent, story_names[story][c] / total, 1.0 if c == story_top else 0.0, tops / len(rdocs),
                ncand, log_size, perp, vict, definite, bare, generic, functionary,
            ]
            rows.append((c, x))
        if collect is not None:
            for c, x in rows:
                collect.append({"desc": r, "cand": c, "x": x})
        if coef and rows:
            ps = sorted(((_prob(x, coef), c) for c, x in rows), reverse=True)
            decisions.append((ps, r))
    if collect is not None:
        spans = {}
        for r in {e["desc"] for e in collect} | {e["cand"] for e in collect}:
            spans[r] = [(docs[nodes[i].doc].id, m.start, m.end) for i in groups[r] for m in nodes[i].actor.mentions]
        collect.append({"spans": spans})
    for ps, r in decisions:
        best, c = ps[0]
        second = ps[1][0] if len(ps) > 1 else 0.0
        if best >= t and best - second >= margin:
            join(c, r)

