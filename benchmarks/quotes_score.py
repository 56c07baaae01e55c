"""Scoring of attributions against PolNeAR-style gold (see ../shared/data/README.md).

A gold quote is found when one system quote covers at least ``threshold`` of its content
characters (content = union of its spans); pairs are matched one-to-one, greedily, best
coverage first (ties: the tighter system quote first). Precision = matched system quotes / system quotes; recall = matched gold /
gold. Speaker accuracy is over found quotes: correct when the system speaker span overlaps
a gold source span, or both are missing. Exact-span match: the content character sets are
equal once whitespace and edge punctuation are ignored. Direct and indirect are scored
apart: a gold quote is direct when each of its content spans opens with a quotation mark;
a system quote by its own ``direct`` flag.
"""

from __future__ import annotations

from dataclasses import dataclass, field

QUOTE_OPEN = '"“«„‘'
EDGE = " \t\n\r,.;:!?—–-…\"“”«»„‘’'"


def chars(spans) -> frozenset[int]:
    out: set[int] = set()
    for s in spans:
        if isinstance(s, dict):
            a, b = s["start"], s["end"]
        else:
            a, b = s
        out.update(range(a, b))
    return frozenset(out)


def core_chars(text: str, spans) -> frozenset[int]:
    """Content characters without whitespace and edge punctuation (for exact match)."""
    out: set[int] = set()
    for s in spans:
        a, b = (s["start"], s["end"]) if isinstance(s, dict) else s
        while a < b and text[a] in EDGE:
            a += 1
        while b > a and text[b - 1] in EDGE:
            b -= 1
        out.update(i for i in range(a, b) if not text[i].isspace())
    return frozenset(out)


def gold_is_direct(text: str, spans) -> bool:
    for s in spans:
        a, b = s["start"], s["end"]
        if not text[a:b].lstrip()[:1] or text[a:b].lstrip()[0] not in QUOTE_OPEN:
            return False
    return True


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    matched_gold: int = 0  # gold quotes of this class that were found
    matched_system: int = 0  # system quotes of this class that found a gold quote
    speaker_ok: int = 0  # among matched_gold

    def add(self, other: "Counts") -> None:
        self.gold += other.gold
        self.system += other.system
        self.matched_gold += other.matched_gold
        self.matched_system += other.matched_system
        self.speaker_ok += other.speaker_ok

    def prf(self) -> dict:
        p = self.matched_system / self.system if self.system else 0.0
        r = self.matched_gold / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.speaker_ok / self.matched_gold if self.matched_gold else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "speaker_accuracy": round(acc, 4),
            "gold": self.gold,
            "system": self.system,
            "matched": self.matched_gold,
        }


def match(gold_sets: list[frozenset], sys_sets: list[frozenset], threshold: float) -> list[tuple[int, int]]:
    """One-to-one greedy matching by coverage of the gold content (best first)."""
    pairs = []
    for gi, g in enumerate(gold_sets):
        if not g:
            continue
        for si, s in enumerate(sys_sets):
            inter = len(g & s)
            if inter and inter >= threshold * len(g):
                pairs.append((inter / len(g), inter / len(s), gi, si))
    # best coverage of the gold first; among equal coverage, the tighter system quote
    pairs.sort(key=lambda x: (-x[0], -x[1], x[2], x[3]))
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _, _, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.append((gi, si))
    return out


def _speaker_ok(gold: dict, sysq: dict) -> bool:
    g = [(s["start"], s["end"]) for s in gold.get("source") or []]
    s = sysq.get("speaker")
    if not g and not s:
        return True
    if not g or not s:
        return False
    a, b = (s["start"], s["end"]) if isinstance(s, dict) else s
    return any(a < ge and gs < b for gs, ge in g)


@dataclass
class ArticleScore:
    by_threshold: dict = field(default_factory=dict)  # name -> {"all"|"direct"|"indirect": Counts}


def score_article(text: str, gold: list[dict], system: list[dict], thresholds: dict) -> ArticleScore:
    """Counts for one article; ``thresholds`` maps a name ("30", "80", "exact") to a
    coverage threshold (or "exact")."""
    out = ArticleScore()
    gold = [g for g in gold if g.get("content")]
    gold_sets = [chars(g["content"]) for g in gold]
    sys_sets = [chars(q["content"]) for q in system]
    gold_direct = [gold_is_direct(text, g["content"]) for g in gold]
    sys_direct = [bool(q.get("direct")) for q in system]
    for name, th in thresholds.items():
        if th == "exact":
            gcore = [core_chars(text, g["content"]) for g in gold]
            score_sets = [core_chars(text, q["content"]) for q in system]
            pairs = []
            used = set()
            for gi, g in enumerate(gcore):
                for si, s in enumerate(score_sets):
                    if si not in used and g and g == s:
                        pairs.append((gi, si))
                        used.add(si)
                        break
        else:
            pairs = match(gold_sets, sys_sets, th)
        res = {k: Counts() for k in ("all", "direct", "indirect")}
        res["all"].gold = len(gold)
        res["all"].system = len(system)
        for gi in range(len(gold)):
            res["direct" if gold_direct[gi] else "indirect"].gold += 1
        for si in range(len(system)):
            res["direct" if sys_direct[si] else "indirect"].system += 1
        for gi, si in pairs:
            ok = _speaker_ok(gold[gi], system[si])
            gk = "direct" if gold_direct[gi] else "indirect"
            sk = "direct" if sys_direct[si] else "indirect"
            for k in ("all", gk):
                res[k].matched_gold += 1
                res[k].speaker_ok += ok
            res["all"].matched_system += 1
            res[sk].matched_system += 1
        out.by_threshold[name] = res
    return out


def summarize(articles: list[ArticleScore]) -> dict:
    """Micro-averaged P/R/F1 and speaker accuracy per threshold and class."""
    totals: dict = {}
    for a in articles:
        for name, res in a.by_threshold.items():
            t = totals.setdefault(name, {k: Counts() for k in res})
            for k, c in res.items():
                t[k].add(c)
    return {name: {k: c.prf() for k, c in t.items()} for name, t in totals.items()}


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def pronoun_gender_clashes(system_quotes: list[dict]) -> dict:
    """Who "he" and "she" were resolved to, checked without gold: the quotes whose speaker is a
    gendered pronoun, how many got a name, and how many of those names open with a given name
    of the other gender ("she" -> "Bill Clinton"). The clashes are a lower bound on the wrong
    resolutions (PolNeAR's gold speaker is the raw span, so the scores above cannot see them)."""
    from newsline.actors.names import given_name_gender, name_tokens

    out = {"pronoun_speakers": 0, "named": 0, "gender_clashes": 0}
    for q in system_quotes:
        g = _PRONOUN_GENDER.get(((q.get("speaker") or {}).get("text") or "").lower())
        if not g:
            continue
        out["pronoun_speakers"] += 1
        if not q.get("speaker_name"):
            continue
        out["named"] += 1
        toks = name_tokens(q["speaker_name"])
        other = given_name_gender(toks[0]) if len(toks) > 1 else ""
        if other and other != g:
            out["gender_clashes"] += 1
    return out
