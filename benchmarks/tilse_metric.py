"""Timeline scores of tilse (Martschat & Markert 2017) without Perl: align+ m:1 ROUGE-1/2, date F1.

Re-implemented from tilse 0.2.1 (``tilse/evaluation/rouge.py``, ``util.py``, ``dates.py``):
- **align+ m:1**: each system date is aligned to the reference date with the least cost
  ``(1 - 1/(|days|+1)) * (1 - approx. ROUGE-1 F of the two daily summaries)`` (precision
  side), and each reference date to the least-cost system date (recall side); matched
  ROUGE counts are discounted by ``1/(|days|+1)``; unmatched dates add their counts to the
  denominators only. Ties go to the earliest date, as numpy's ``argmin`` does.
- **ROUGE counts** as ROUGE-1.5.5 computes them with ``-m -s`` (tilse's default path):
  lower-case, ``-`` split off, every other character outside ``[a-z0-9-]`` a space; SMART
  stopwords removed; tokens not starting with ``[a-z0-9]`` dropped; tokens longer than 3
  characters Porter-stemmed (the Perl stemmer, ported below); n-grams run across the
  sentences of a daily summary. Not ported: ROUGE's WordNet exception table (irregular
  forms like "went" -> "go"), which makes small differences on a few words.
- **date F1** on the sets of dates; averaging over timelines the news-tls way: mean
  precision and mean recall over the timelines, then F1 of the two means.

A timeline here is ``dict[datetime.date, list[str]]`` (date -> sentences).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import string
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rouge_stopwords import SMART_COMMON_WORDS  # noqa: E402

Timeline = Mapping[dt.date, Sequence[str]]

# --- Porter stemmer, as in ROUGE-1.5.5's Perl code (the original 1980 rules + CYL's fix) ---

_STEP2 = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
    "bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous",
    "ization": "ize", "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive",
    "fulness": "ful", "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble",
    "logi": "log",
}
_STEP3 = {"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": ""}
_c = "[^aeiou]"
_v = "[aeiouy]"
_C = _c + "[^aeiouy]*"
_V = _v + "[aeiou]*"
_MGR0 = re.compile(f"^({_C})?{_V}{_C}")
_MEQ1 = re.compile(f"^({_C})?{_V}{_C}({_V})?$")
_MGR1 = re.compile(f"^({_C})?{_V}{_C}{_V}{_C}")
_VOWEL_IN = re.compile(f"^({_C})?{_v}")
_CVC = re.compile(f"^{_C}{_v}[^aeiouwxy]$")
_S2 = re.compile("(" + "|".join(_STEP2) + ")$")
_S3 = re.compile("(" + "|".join(_STEP3) + ")$")
_S4 = re.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$")


@functools.lru_cache(maxsize=200_000)
def porter_stem(w: str) -> str:
    """The Porter stem of a lower-case word, exactly as ROUGE-1.5.5's ``stem``."""
    if len(w) < 3:
        return w
    first_y = w[0] == "y"
    if first_y:
        w = "Y" + w[1:]
    # step 1a
    m = re.search("(ss|i)es$", w)
    if m:
        w = w[: m.start()] + m.group(1)
    else:
        m = re.search("([^s])s$", w)
        if m:
            w = w[: m.start()] + m.group(1)
    # step 1b
    if w.endswith("eed"):
        if _MGR0.search(w[:-3]):
            w = w[:-1]
    else:
        m = re.search("(ed|ing)$", w)
        if m:
            stem = w[: m.start()]
            if _VOWEL_IN.search(stem):
                w = stem
                if re.search("(at|bl|iz)$", w):
                    w += "e"
                elif re.search(r"([^aeiouylsz])\1$", w):
                    w = w[:-1]
                elif _CVC.search(w):
                    w += "e"
    # step 1c
    if w.endswith("y"):
        stem = w[:-1]
        if _VOWEL_IN.search(stem):
            w = stem + "i"
    # step 2
    m = _S2.search(w)
    if m:
        stem = w[: m.start()]
        if _MGR0.search(stem):
            w = stem + _STEP2[m.group(1)]
    # step 3
    m = _S3.search(w)
    if m:
        stem = w[: m.start()]
        if _MGR0.search(stem):
            w = stem + _STEP3[m.group(1)]
    # step 4
    m = _S4.search(w)
    if m:
        stem = w[: m.start()]
        if _MGR1.search(stem):
            w = stem
    if w.endswith("ment"):
        stem = w[:-4]
        if _MGR1.search(stem):
            w = stem
    if w.endswith("ent"):
        stem = w[:-3]
        if _MGR1.search(stem):
            w = stem
    else:
        m = re.search("(s|t)(ion)$", w)
        if m:
            stem = w[: m.start()] + m.group(1)
            if _MGR1.search(stem):
                w = stem
    # step 5
    if w.endswith("e"):
        stem = w[:-1]
        if _MGR1.search(stem) or (_MEQ1.search(stem) and not _CVC.search(stem)):
            w = stem
    if w.endswith("ll") and _MGR1.search(w):
        w = w[:-1]
    if first_y:
        w = "y" + w[1:]
    return w


# --- ROUGE-1.5.5 counts -----------------------------------------------------------------

_NON_WORD = re.compile(r"[^a-z0-9\-]")
_WORD_START = re.compile(r"^[a-z0-9$]")


def rouge_tokens(sentences: Iterable[str]) -> list[str]:
    """The token stream ROUGE-1.5.5 (-m -s) builds from a summary's sentences."""
    out: list[str] = []
    for sent in sentences:
        text = _NON_WORD.sub(" ", sent.lower().replace("-", " - "))
        for tok in text.split():
            if tok in SMART_COMMON_WORDS or not _WORD_START.match(tok):
                continue
            out.append(porter_stem(tok) if len(tok) > 3 else tok)
    return out


@dataclass(frozen=True)
class Counts:
    hit: float  # matched n-grams (discounted when aligned across dates)
    pred: int  # system n-grams (precision denominator)
    ref: int  # reference n-grams (recall denominator)


def _ngrams(tokens: Sequence[str], n: int) -> Counter:
    return Counter(zip(*(tokens[i:] for i in range(n))))


def rouge_counts(pred: Sequence[str], ref: Sequence[str], n: int) -> Counts:
    """ROUGE-n hit, system and reference n-gram counts of two summaries (lists of sentences)."""
    p = _ngrams(rouge_tokens(pred), n)
    r = _ngrams(rouge_tokens(ref), n)
    hit = sum(min(c, r[g]) for g, c in p.items() if g in r)
    return Counts(hit, sum(p.values()), sum(r.values()))


def approx_rouge1_f(pred: Sequence[str], ref: Sequence[str]) -> float:
    """tilse's ``compute_rouge_approximation``: whitespace tokens, bare punctuation dropped,
    case kept, no stemming or stopwords (used only to build alignment costs)."""
    p = Counter(t for s in pred for t in s.split() if t not in string.punctuation)
    r = Counter(t for s in ref for t in s.split() if t not in string.punctuation)
    match = sum(min(c, r[t]) for t, c in p.items())
    np_, nr = sum(p.values()), sum(r.values())
    prec = match / np_ if np_ else 0.0
    rec = match / nr if nr else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _argmin_first(costs: Sequence[float]) -> int:
    best, best_i = None, 0
    for i, c in enumerate(costs):
        if best is None or c < best:
            best, best_i = c, i
    return best_i


def align_m1(pred: Timeline, ref: Timeline, *, ns: Sequence[int] = (1, 2)) -> dict[int, dict[str, float]]:
    """align+ m:1 ROUGE-n of one system timeline against one reference timeline.

    Returns ``{n: {"p_num", "p_den", "r_num", "r_den", "precision", "recall", "f"}}``."""
    pdates = sorted(pred)
    rdates = sorted(ref)
    approx = {
        (a, b): approx_rouge1_f(pred[a], ref[b]) for a in pdates for b in rdates
    }

    def cost(a: dt.date, b: dt.date) -> float:
        date_factor = 1 - 1 / (abs(a.toordinal() - b.toordinal()) + 1)
        return date_factor * (1 - approx[(a, b)])

    out: dict[int, dict[str, float]] = {}
    sums = {n: {"p_num": 0.0, "p_den": 0.0, "r_num": 0.0, "r_den": 0.0} for n in ns}
    if rdates:
        for a in pdates:  # precision: every system date to its cheapest reference date
            b = rdates[_argmin_first([cost(a, b) for b in rdates])]
            disc = 1 / (abs(a.toordinal() - b.toordinal()) + 1)
            for n in ns:
                c = rouge_counts(pred[a], ref[b], n)
                sums[n]["p_num"] += disc * c.hit
                sums[n]["p_den"] += c.pred
    else:
        for a in pdates:
            for n in ns:
                sums[n]["p_den"] += rouge_counts(pred[a], [], n).pred
    if pdates:
        for b in rdates:  # recall: every reference date to its cheapest system date
            a = pdates[_argmin_first([cost(a, b) for a in pdates])]
            disc = 1 / (abs(a.toordinal() - b.toordinal()) + 1)
            for n in ns:
                c = rouge_counts(pred[a], ref[b], n)
                sums[n]["r_num"] += disc * c.hit
                sums[n]["r_den"] += c.ref
    else:
        for b in rdates:
            for n in ns:
                sums[n]["r_den"] += rouge_counts([], ref[b], n).ref
    for n in ns:
        s = sums[n]
        p = s["p_num"] / s["p_den"] if s["p_den"] else 0.0
        r = s["r_num"] / s["r_den"] if s["r_den"] else 0.0
        out[n] = dict(s, precision=p, recall=r, f=_f(p, r))
    return out


def date_prf(pred: Timeline, ref: Timeline) -> dict[str, float]:
    """Precision, recall and F1 of the system's dates against the reference's."""
    a, b = set(pred), set(ref)
    both = len(a & b)
    p = both / len(a) if a else 0.0
    r = both / len(b) if b else 0.0
    return {"precision": p, "recall": r, "f": _f(p, r)}


def score_timeline(pred: Timeline, ref: Timeline) -> dict[str, dict[str, float]]:
    """AR-1, AR-2 (align+ m:1) and date precision/recall/F1 of one timeline."""
    rouge = align_m1(pred, ref)
    keep = ("precision", "recall", "f")
    return {
        "ar1": {k: rouge[1][k] for k in keep},
        "ar2": {k: rouge[2][k] for k in keep},
        "date": date_prf(pred, ref),
    }


def average(scores: Sequence[Mapping[str, Mapping[str, float]]]) -> dict[str, dict[str, float]]:
    """news-tls averaging: mean precision and mean recall over timelines, then F1."""
    out: dict[str, dict[str, float]] = {}
    if not scores:
        return out
    for metric in scores[0]:
        p = sum(s[metric]["precision"] for s in scores) / len(scores)
        r = sum(s[metric]["recall"] for s in scores) / len(scores)
        out[metric] = {"precision": p, "recall": r, "f": _f(p, r)}
    return out
