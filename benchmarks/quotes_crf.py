"""Experiment: a stacked linear-chain CRF (python-crfsuite) that tags quote content tokens.

Sequences are paragraphs of spaCy tokens; labels are B/I/O over gold content tokens (an
``I`` after an ``O`` continues the paragraph's previous quote: '"...," he said, "..."').
Features: word, lemma, POS, dependency, shape, head, quotation-mark flags, positions,
plus STACKED features from the rule system: whether the token lies in the content of an
accepted system quote, or of a rejected candidate (its score bucket, frame, cue lemma).
Trained on PolNeAR train only; dev is for measuring.

    python -m benchmarks.quotes_crf prep                 # cache system candidates per split
    python -m benchmarks.quotes_crf run [--folds 4]      # train, tag (train out-of-fold), score variants
    python -m benchmarks.quotes_crf run --holdout        # learn on 3/4 of train, score 1/4 (and dev)
    python -m benchmarks.quotes_crf boost --tag T        # CRF probability inside the acceptance model
    python -m benchmarks.quotes_crf filter --tag T [--tag2 T2[,T3]] [--low 0.3] [--cands] [--gb] [--xf] [--src]
                                                         # learned filter over the runs to add
                                           [--stack2]    # a second round with the first round's
                                                         # probabilities of each item's neighbours

Best (dev F1@30 0.838 against the rule system's 0.830; not shipped, see docs/benchmarks.md):
``run --folds 4 --iters 150 --c1 1.0 --c2 0.01 --residual --tag f4res`` then
``filter --tag f4res --low 0.3`` (threshold 0.4). With the richer run features, rejected
candidates as items, the plain CRF's runs too (``run`` as above without ``--residual``,
``--tag f4c1``) and a boosted filter (threshold picked on train out of fold, 0.45):
``filter --tag f4res --tag2 f4c1 --cands --low 0.3 --xf --gb --src`` gives train
out-of-fold F1@30 0.8356, dev 0.8428 (F1@80 0.781, speaker 0.861).

This experiment has a dependency of its own, outside the product's pinned requirements:
``pip install python-crfsuite==0.9.12``. Its caches and models go to
``benchmarks/out/quotes_crf/``.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quotes_score import score_article, summarize  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "quotes" / "polnear"
CACHE = REPO / "benchmarks" / "out" / "quotes" / "cache"
WORK = REPO / "benchmarks" / "out" / "quotes_crf"
THRESHOLDS = {"30": 0.3, "80": 0.8, "exact": "exact"}
RICH = False
JOINT = False
RESIDUAL = False
GB = False
QUOTE_MARKS = set('"“”«»„‘’')


# --- preparation: the system's view of every article --------------------------------------


def prepare(split: str, data: Path = DATA) -> tuple[list[dict], list[dict]]:
    """(rows, per-article info) with tokens, paragraphs, quotation regions, the system's
    accepted quotes and every scored candidate; cached under ``WORK``."""
    path = WORK / f"prep-{split}.pkl"
    if path.exists():
        with path.open("rb") as fh:
            return pickle.load(fh)
    from benchmarks.quotes import analysed_split
    from newsline.quotes import cues as cue_lexicon
    from newsline.quotes.classify import default_model

    rows, docs = analysed_split(data, split, cache=CACHE)
    model = default_model()
    lexicon = cue_lexicon.default_lexicon(cue_lexicon.DEFAULT_THRESHOLD)
    infos = []
    for d in docs:
        info = doc_info(d, model, lexicon)
        infos.append(info)
    WORK.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump((rows, infos), fh, protocol=pickle.HIGHEST_PROTOCOL)
    return rows, infos


def doc_info(d, model, lexicon) -> dict:
    from newsline.quotes.extract import View, scored_candidates
    from newsline.quotes.stage import extract_quotes

    if not d.tokens:
        return {"text": d.text, "toks": [], "paras": [], "regions": [], "sents": [], "acc": [], "cands": [],
                "ents": [], "threshold": model.threshold}
    view = View(d)
    p = view.p
    toks = [(t.start, t.end, d.text[t.start:t.end], t.lemma, t.pos, t.tag, t.dep, t.head) for t in p.toks]
    ents = [None] * len(toks)
    for e in d.entities:
        for k in range(e.token_start, min(e.token_end, len(toks))):
            ents[k] = e.label
    cands = []
    for c in scored_candidates(view, lexicon, model):
        cands.append({"content": [tuple(s) for s in c.content], "cue": c.cue_span, "lemma": c.lemma,
                      "frame": c.frame, "speaker": c.source_span, "score": c.score, "direct": c.direct})
    acc = []
    for q in extract_quotes(d):
        acc.append({"content": [tuple(s) for s in q.content], "cue": q.cue, "lemma": q.cue_lemma,
                    "speaker": q.speaker, "speaker_name": q.speaker_name, "direct": q.direct,
                    "score": q.confidence})
    return {
        "text": d.text,
        "toks": toks,
        "ents": ents,
        "paras": view.paras,
        "regions": [(r.start, r.end) for r in view.regions.regions],
        "sents": [(s.token_start, s.token_end) for s in d.sentences],
        "acc": acc,
        "cands": cands,
        "threshold": model.threshold,
    }


# --- sequences, labels, features -------------------------------------------------------------


def sequences(info: dict) -> list[list[int]]:
    """Token indices of each paragraph (whitespace tokens left out)."""
    import bisect

    toks = info["toks"]
    starts = [s for s, _ in info["paras"]]
    seqs: dict[int, list[int]] = {}
    for i, t in enumerate(toks):
        if not t[2].strip():
            continue
        k = max(0, bisect.bisect_right(starts, t[0]) - 1)
        seqs.setdefault(k, []).append(i)
    return [seqs[k] for k in sorted(seqs)]


def gold_labels(info: dict, row: dict, nest: str = "outer") -> list[str]:
    labels = _content_labels(info, row, nest)
    if not JOINT:
        return labels
    import bisect

    toks = info["toks"]
    starts = [t[0] for t in toks]
    for a in row.get("attributions", []):
        for key, lab in (("cue", "C"), ("source", "S")):
            for c in a.get(key) or []:
                lo = max(0, bisect.bisect_right(starts, c["start"]) - 1)
                for i in range(lo, len(toks)):
                    if toks[i][0] >= c["end"]:
                        break
                    if toks[i][1] > c["start"] and labels[i] == "O":
                        labels[i] = lab
    return labels


def _content_labels(info: dict, row: dict, nest: str = "outer") -> list[str]:
    """B/I/O per token: each token goes to one gold quote (the longest first with
    ``outer``, the shortest with ``inner``); the first token of each quote's first span is B,
    of a later span I."""
    toks = info["toks"]
    owner = [-1] * len(toks)
    first = [False] * len(toks)
    golds = [a for a in row.get("attributions", []) if a.get("content")]
    if RESIDUAL:
        # only the gold quotes the system's accepted quotes miss (a tagger for what to add)
        from benchmarks.quotes_score import chars, match

        gs = [chars(a["content"]) for a in golds]
        found = {g for g, _ in match(gs, [chars(q["content"]) for q in info["acc"]], 0.3)}
        golds = [a for k, a in enumerate(golds) if k not in found]
    size = [sum(c["end"] - c["start"] for c in a["content"]) for a in golds]
    order = sorted(range(len(golds)), key=lambda g: (-size[g] if nest == "outer" else size[g]))
    import bisect

    starts = [t[0] for t in toks]
    for g in order:
        for k, c in enumerate(golds[g]["content"]):
            lo = max(0, bisect.bisect_right(starts, c["start"]) - 1)
            firstk = True
            for i in range(lo, len(toks)):
                s, e = toks[i][0], toks[i][1]
                if s >= c["end"]:
                    break
                if e <= c["start"] or not toks[i][2].strip():
                    continue
                if owner[i] == -1:
                    owner[i] = g
                    if firstk and k == 0:
                        first[i] = True
                    firstk = False
    labels = []
    prev = -1
    for i in range(len(toks)):
        if owner[i] == -1:
            labels.append("O")
        elif first[i] or (prev != owner[i] and prev != -1):
            labels.append("B")
        else:
            labels.append("I")
        if toks[i][2].strip():
            prev = owner[i]
    return labels


def _shape(w: str) -> str:
    out = []
    for ch in w[:6]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _bucket(score: float, th: float) -> str:
    if score >= th:
        return "acc"
    for e in (0.02, 0.08, 0.2):
        if score < e:
            return f"<{e}"
    return "near" if score >= th - 0.1 else "mid"


def token_stack(info: dict) -> list[dict]:
    """Per token: what the system's accepted quotes and candidates say about it."""
    toks = info["toks"]
    n = len(toks)
    th = info["threshold"]
    import bisect

    starts = [t[0] for t in toks]

    def tok_range(s: int, e: int):
        lo = max(0, bisect.bisect_right(starts, s) - 1)
        for i in range(lo, n):
            if toks[i][0] >= e:
                break
            if toks[i][1] > s:
                yield i

    st = [dict() for _ in range(n)]
    for q in info["acc"]:
        for k, (s, e) in enumerate(q["content"]):
            first = True
            for i in tok_range(s, e):
                st[i]["acc"] = "d" if q["direct"] else "i"
                if first:
                    st[i]["accB"] = "1" if k == 0 else "c"
                    first = False
        if q["cue"]:
            for i in tok_range(*q["cue"]):
                st[i]["acue"] = "1"
        if q["speaker"]:
            for i in tok_range(*q["speaker"]):
                st[i]["asrc"] = "1"
    for c in sorted(info["cands"], key=lambda c: c["score"]):
        b = _bucket(c["score"], th)
        for k, (s, e) in enumerate(c["content"]):
            first = True
            for i in tok_range(s, e):
                st[i]["cand"] = b
                st[i]["candf"] = c["frame"]
                st[i]["candl"] = c["lemma"]
                st[i]["ncand"] = st[i].get("ncand", 0) + 1
                if first:
                    st[i]["candB"] = b
                    first = False
        for i in tok_range(*c["cue"]):
            st[i]["ccue"] = b
            st[i]["ccuef"] = c["frame"]
    return st


def features(info: dict, seq: list[int], stack: list[dict], inq: list[int]) -> list[list[str]]:
    toks = info["toks"]
    ents = info["ents"]
    sent_of = {}
    for si, (a, b) in enumerate(info["sents"]):
        for i in range(a, b):
            sent_of[i] = (si, a, b)
    out = []
    base = []
    for j, i in enumerate(seq):
        s, e, w, lemma, pos, tag, dep, head = toks[i]
        h = toks[head] if 0 <= head < len(toks) else toks[i]
        hh = toks[h[7]] if 0 <= h[7] < len(toks) else h
        si, a, b = sent_of.get(i, (0, i, i + 1))
        f = [
            "w=" + w.lower(), "l=" + lemma.lower(), "p=" + pos, "t=" + tag, "d=" + dep, "sh=" + _shape(w),
            "hl=" + h[3].lower(), "hd=" + h[6], "hp=" + h[4], "hhl=" + hh[3].lower(), "dhd=" + dep + "|" + h[6],
            "q=" + str(inq[i]), "ent=" + str(ents[i]),
        ]
        if RICH:
            # the governing verbs up the tree and the relation under each (cue shapes the
            # candidate rules do not know: "X's argument is that ...", "wrote in a tweet")
            cur, n_v, steps = i, 0, 0
            while steps < 8 and n_v < 2:
                hd = toks[cur][7]
                if hd == cur or not (0 <= hd < len(toks)):
                    break
                if toks[hd][4] in ("VERB", "AUX", "NOUN") and toks[hd][4] != "NOUN" or toks[hd][6] == "ROOT":
                    f.append(f"gov{n_v}={toks[hd][3].lower()}|{toks[cur][6]}")
                    f.append(f"govd{n_v}={toks[cur][6]}")
                    n_v += 1
                cur = hd
                steps += 1
            f.append("pos_in_sent=" + str(min(4, (i - a) * 5 // max(1, b - a))))
        if i == a:
            f.append("sent0")
        if i == b - 1:
            f.append("sentE")
        if j == 0:
            f.append("para0")
        if w in QUOTE_MARKS or w in ("``", "''"):
            f.append("qmark")
        k = stack[i]
        f.append("acc=" + k.get("acc", "-"))
        for key in ("accB", "acue", "asrc", "cand", "candB", "ccue"):
            if key in k:
                f.append(f"{key}={k[key]}")
        if "cand" in k:
            f.append(f"candf={k['candf']}|{k['cand']}")
            f.append(f"candl={k['candl']}|{k['cand']}")
            f.append("ncand=" + str(min(3, k["ncand"])))
        if "ccue" in k:
            f.append(f"ccuef={k['ccuef']}|{k['ccue']}")
        base.append(f)
    for j, i in enumerate(seq):
        f = list(base[j])
        for off in (-2, -1, 1, 2):
            jj = j + off
            if 0 <= jj < len(seq):
                ii = seq[jj]
                t = toks[ii]
                k = stack[ii]
                f.append(f"{off}w=" + t[2].lower())
                f.append(f"{off}acc=" + k.get("acc", "-"))
                f.append(f"{off}cand=" + k.get("cand", "-"))
                if abs(off) == 1:
                    f.append(f"{off}p=" + t[4])
                    f.append(f"{off}d=" + t[6])
                    f.append(f"{off}q=" + str(inq[ii]))
                    if "acue" in k or "ccue" in k:
                        f.append(f"{off}cue=" + k.get("acue", k.get("ccue", "")))
            else:
                f.append(f"{off}w=<pad>")
        out.append(f)
    return out


def in_quotes(info: dict) -> list[int]:
    toks = info["toks"]
    out = [0] * len(toks)
    import bisect

    starts = [t[0] for t in toks]
    for rs, re_ in info["regions"]:
        lo = max(0, bisect.bisect_right(starts, rs) - 1)
        for i in range(lo, len(toks)):
            if toks[i][0] >= re_:
                break
            if toks[i][1] > rs:
                out[i] = 1
    return out


def xy(infos, rows, nest="outer"):
    """(X, Y, meta) per paragraph sequence; meta = (article index, token indices)."""
    X, Y, M = [], [], []
    for ai, (info, row) in enumerate(zip(infos, rows)):
        if not info["toks"]:
            continue
        stack = token_stack(info)
        inq = in_quotes(info)
        labels = gold_labels(info, row, nest) if row is not None else None
        for seq in sequences(info):
            X.append(features(info, seq, stack, inq))
            Y.append([labels[i] for i in seq] if labels else None)
            M.append((ai, seq))
    return X, Y, M


# --- train, tag ------------------------------------------------------------------------------


def _crfsuite():
    try:
        import pycrfsuite
    except ImportError:
        raise SystemExit("this experiment needs python-crfsuite: pip install python-crfsuite==0.9.12") from None
    return pycrfsuite


def train(X, Y, model_path: Path, c1=0.05, c2=0.01, iters=150) -> float:
    pycrfsuite = _crfsuite()

    t0 = time.perf_counter()
    tr = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(X, Y):
        tr.append(x, y)
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True})
    tr.train(str(model_path))
    return time.perf_counter() - t0


def tag(X, model_path: Path):
    """(labels, P(content) per token) per sequence."""
    pycrfsuite = _crfsuite()

    tg = pycrfsuite.Tagger()
    tg.open(str(model_path))
    labs, margs = [], []
    for x in X:
        y = tg.tag(x)
        labs.append(y)
        margs.append([tg.marginal("B", j) + tg.marginal("I", j) for j in range(len(x))])
    tg.close()
    return labs, margs


# --- decoding ------------------------------------------------------------------------------------


def _chars(spans):
    out = set()
    for s, e in spans:
        out.update(range(s, e))
    return out


def runs_of(info, seq, labels):
    """Quotes (lists of token-index runs) from one sequence's labels."""
    quotes: list[list[list[int]]] = []
    prev = "O"
    for j, lab in enumerate(labels):
        i = seq[j]
        if lab not in ("B", "I"):
            lab = "O"
        if lab == "B" or (lab == "I" and prev == "O" and not quotes):
            quotes.append([[i]])
        elif lab == "I":
            if prev == "O":
                quotes[-1].append([i])  # a continuation after the cue
            else:
                quotes[-1][-1].append(i)
        prev = lab
    toks = info["toks"]
    out = []
    for q in quotes:
        spans = [(toks[r[0]][0], toks[r[-1]][1]) for r in q]
        out.append((spans, [i for r in q for i in r]))
    return out


def _is_punct_only(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


def attach(info, spans, pools):
    """A system-format quote for content ``spans``, cue and speaker from the candidate of
    ``pools`` (tried in order) that overlaps it most."""
    text = info["text"]
    ch = _chars(spans)
    best, bo = None, 0
    for pool in pools:
        for c in pool:
            o = len(ch & _chars(c["content"]))
            if o > bo:
                best, bo = c, o
        if best is not None:
            break

    def span(se):
        return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]} if se else None

    direct = bool(text[spans[0][0]:spans[0][1]].lstrip()[:1] in QUOTE_MARKS)
    return {
        "content": [span(s) for s in spans],
        "cue": span(best["cue"]) if best else None,
        "speaker": span(best["speaker"]) if best else None,
        "speaker_name": best.get("speaker_name") if best else None,
        "direct": best["direct"] if best and best["direct"] else direct,
    }


def system_quotes(info) -> list[dict]:
    text = info["text"]

    def span(se):
        return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]} if se else None

    return [{"content": [span(s) for s in q["content"]], "cue": span(q["cue"]), "speaker": span(q["speaker"]),
             "speaker_name": q["speaker_name"], "direct": q["direct"]} for q in info["acc"]]


def decode(infos, M, labs, margs, variant: str, params: dict) -> list[list[dict]]:
    """System quotes per article for one variant."""
    per_art_runs: dict[int, list] = {}
    tok_marg: dict[int, dict[int, float]] = {}
    tok_lab: dict[int, dict[int, str]] = {}
    for (ai, seq), y, m in zip(M, labs, margs):
        info = infos[ai]
        per_art_runs.setdefault(ai, []).extend(runs_of(info, seq, y))
        d = tok_marg.setdefault(ai, {})
        dl = tok_lab.setdefault(ai, {})
        for i, p, lab in zip(seq, m, y):
            d[i] = p
            dl[i] = lab
    out = []
    min_cov = params.get("cover", 0.5)
    for ai, info in enumerate(infos):
        text = info["text"]
        marg = tok_marg.get(ai, {})
        runs = [r for r, ti in per_art_runs.get(ai, [])
                if not _is_punct_only("".join(text[s:e] for s, e in r))
                and sum(e - s for s, e in r) >= params.get("min_len", 3)
                and sum(marg.get(i, 0.0) for i in ti) / len(ti) >= params.get("conf", 0.0)]
        acc = info["acc"]
        rej = [c for c in info["cands"] if c["score"] < info["threshold"]]
        if variant == "sys":
            out.append(system_quotes(info))
        elif variant == "crf":
            out.append([attach(info, r, [acc, info["cands"]]) for r in runs])
        elif variant == "add":
            sysq = system_quotes(info)
            taken = set()
            for q in acc:
                taken |= _chars(q["content"])
            for r in runs:
                ch = _chars(r)
                if len(ch & taken) < min_cov * len(ch):
                    q = attach(info, r, [info["cands"]])
                    if params.get("need_cand") and q["cue"] is None:
                        continue
                    sysq.append(q)
                    taken |= ch
            out.append(sysq)
        elif variant == "split":
            # accepted quotes, cut where the CRF starts a new quote (B) inside one whose
            # earlier part it also tags as content (one report holding two), plus added runs
            labs_of = tok_lab.get(ai, {})
            toks = info["toks"]
            sysq = []
            taken = set()
            for q, sq in zip(acc, system_quotes(info)):
                taken |= _chars(q["content"])
                cuts = []
                for s0, e0 in q["content"]:
                    ids = [i for i in range(len(toks)) if toks[i][0] >= s0 and toks[i][1] <= e0 and i in labs_of]
                    for k in range(2, len(ids) - 2):
                        i = ids[k]
                        if labs_of[i] == "B" and labs_of[ids[k - 1]] != "O" and marg.get(i, 0) >= params.get("bconf", 0.5):
                            cuts.append(toks[i][0])
                if not cuts:
                    sysq.append(sq)
                    continue
                pieces, bounds = [], sorted(cuts)
                cur = []
                for s0, e0 in q["content"]:
                    a = s0
                    for c0 in bounds:
                        if a < c0 < e0:
                            cur.append((a, c0))
                            pieces.append(cur)
                            cur = []
                            a = c0
                    cur.append((a, e0))
                pieces.append(cur)
                pieces = [[(a, b) for a, b in pc if text[a:b].strip()] for pc in pieces]
                pieces = [pc for pc in pieces if pc]
                first = dict(sq)
                first["content"] = [{"start": a, "end": b, "text": text[a:b]} for a, b in pieces[0]]
                sysq.append(first)
                for pc in pieces[1:]:
                    nq = attach(info, pc, [[c for c in info["cands"] if c["cue"] != q["cue"]]])
                    if nq["cue"] is None or not params.get("own_cue", True):
                        nq.update({"cue": sq["cue"], "speaker": sq["speaker"], "speaker_name": sq["speaker_name"]})
                    sysq.append(nq)
            if params.get("add", True):
                for r in runs:
                    ch = _chars(r)
                    if len(ch & taken) < min_cov * len(ch):
                        sysq.append(attach(info, r, [info["cands"]]))
                        taken |= ch
            out.append(sysq)
        elif variant == "rescore":
            # accepted quotes stay unless the CRF all but rules them out; rejected candidates
            # with high mean content probability are added (their own content spans)
            def mean_p(spans):
                vals = [marg[i] for i in _overlapping(info, spans) if i in marg]
                return sum(vals) / len(vals) if vals else 0.0

            sysq = []
            taken = set()
            for q, sq in zip(acc, system_quotes(info)):
                if mean_p(q["content"]) >= params.get("drop", 0.0):
                    sysq.append(sq)
                    taken |= _chars(q["content"])
            for c in sorted(rej, key=lambda c: -mean_p(c["content"])):
                mp = mean_p(c["content"])
                if mp < params.get("add", 0.6):
                    break
                ch = _chars(c["content"])
                if len(ch & taken) >= min_cov * len(ch):
                    continue
                taken |= ch
                sysq.append({"content": [{"start": s, "end": e, "text": text[s:e]} for s, e in c["content"]],
                             "cue": {"start": c["cue"][0], "end": c["cue"][1], "text": text[c["cue"][0]:c["cue"][1]]},
                             "speaker": ({"start": c["speaker"][0], "end": c["speaker"][1],
                                          "text": text[c["speaker"][0]:c["speaker"][1]]} if c["speaker"] else None),
                             "speaker_name": None, "direct": c["direct"]})
            out.append(sysq)
        else:
            raise ValueError(variant)
    return out


def score(rows, sysqs) -> dict:
    scored = [score_article(r["text"], r.get("attributions", []), q, THRESHOLDS) for r, q in zip(rows, sysqs)]
    return summarize(scored)


def line(name: str, s: dict) -> str:
    a30, a80, ex = s["30"]["all"], s["80"]["all"], s["exact"]["all"]
    return (f"{name:38s} F1@30 {a30['f1']:.4f} (P {a30['precision']:.3f} R {a30['recall']:.3f})  "
            f"F1@80 {a80['f1']:.4f}  exact {ex['f1']:.4f}  speaker {a30['speaker_accuracy']:.4f}  n={a30['system']}")


# --- the CRF inside the acceptance model --------------------------------------------------------


class Boosted:
    """The packaged acceptance model with the CRF's mean content probability over the
    candidate's content tokens added to its logit: score = sigmoid(logit(p) + w * logit(m)
    + b); ``marg`` maps token index -> P(content) for the article being extracted."""

    def __init__(self, base, w: float, b: float, threshold: float | None = None) -> None:
        self.base, self.w, self.b = base, w, b
        self.threshold = base.threshold if threshold is None else threshold
        self.marg: dict[int, float] = {}
        self.starts: list[int] = []
        self.ends: list[int] = []

    def set_article(self, toks, marg: dict[int, float]) -> None:
        self.starts = [t[0] for t in toks]
        self.ends = [t[1] for t in toks]
        self.marg = marg

    def mean(self, spans) -> float | None:
        import bisect

        vals = []
        for s, e in spans:
            lo = max(0, bisect.bisect_right(self.starts, s) - 1)
            for i in range(lo, len(self.starts)):
                if self.starts[i] >= e:
                    break
                if self.ends[i] > s and i in self.marg:
                    vals.append(self.marg[i])
        return sum(vals) / len(vals) if vals else None

    def score(self, view, c, lexicon) -> float:
        p = self.base.score(view, c, lexicon)
        m = self.mean(c.content)
        if m is None:
            return p
        p = min(1 - 1e-6, max(1e-6, p))
        m = min(1 - 1e-3, max(1e-3, m))
        z = math.log(p / (1 - p)) + self.w * math.log(m / (1 - m)) + self.b
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def boosted_outputs(docs, infos, M, margs, model: Boosted, add_runs=None):
    """System quotes per article from the full extraction with ``model`` accepting."""
    from benchmarks.quotes import system_quote
    from newsline.quotes.stage import extract_quotes

    per: dict[int, dict[int, float]] = {}
    for (ai, seq), m in zip(M, margs):
        d = per.setdefault(ai, {})
        for i, p in zip(seq, m):
            d[i] = p
    out = []
    for ai, (d, info) in enumerate(zip(docs, infos)):
        model.set_article(info["toks"], per.get(ai, {}))
        out.append([system_quote(d.text, q) for q in extract_quotes(d, model=model)])
    return out


def evaluate_boosted(split_rows, docs, infos, result, grid, add=None):
    from newsline.quotes.classify import default_model

    base = default_model()
    M, l, m = result
    out = {}
    for w, b, th in grid:
        model = Boosted(base, w, b, th)
        sysq = boosted_outputs(docs, infos, M, m, model)
        if add:
            extra = decode(infos, M, l, m, "add", add)
            # keep the boosted quotes, add the CRF runs the "add" variant would add
            for k, (a, bq) in enumerate(zip(sysq, extra)):
                taken = set()
                for q in a:
                    taken |= _chars([(x["start"], x["end"]) for x in q["content"]])
                for q in bq[len(infos[k]["acc"]):]:
                    ch = _chars([(x["start"], x["end"]) for x in q["content"]])
                    if len(ch & taken) < add.get("cover", 0.5) * len(ch):
                        a.append(q)
                        taken |= ch
        out[(w, b, th)] = score(split_rows, sysq)
    return out


# --- richer run features for the filter (``--xf``) -------------------------------------------

XF = False  # the richer run features below
SRC = False  # added runs with no overlapping candidate take their speaker from the governing verb
TENSOR = ""  # filter: spaCy tok2vec features of each item ("mean", "gov", "prev", comma-separated)


def _mini_parse(info):
    """A ``Parse`` over the cached token tuples (no spaCy document needed)."""
    from types import SimpleNamespace as NS

    from newsline.quotes.parse import Parse

    toks = tuple(NS(i=i, start=t[0], end=t[1], lemma=t[3], pos=t[4], tag=t[5], dep=t[6], head=t[7])
                 for i, t in enumerate(info["toks"]))
    sents = [NS(i=k, token_start=a, token_end=b) for k, (a, b) in enumerate(info["sents"])]
    return Parse(NS(text=info["text"], tokens=toks, sentences=sents))


def _overlapping(info, spans):
    """Indices of the tokens that overlap the character spans, in order."""
    import bisect

    toks = info["toks"]
    starts = [t[0] for t in toks]
    for s, e in spans:
        lo = max(0, bisect.bisect_right(starts, s) - 1)
        for i in range(lo, len(toks)):
            if toks[i][0] >= e:
                break
            if toks[i][1] > s:
                yield i


def _tok_ids(info, spans):
    return [i for i in _overlapping(info, spans) if info["toks"][i][2].strip()]


def cue_stats(rows, infos):
    """Per article (lemma -> tokens, lemma -> gold cue tokens): how often a lemma is a
    cue in train, leave-one-article-out for train itself."""
    import collections

    per = []
    for r, info in zip(rows, infos):
        tot = collections.Counter(t[3].lower() for t in info["toks"] if t[2].strip())
        cue = collections.Counter()
        spans = [(c["start"], c["end"]) for a in r.get("attributions", []) for c in (a.get("cue") or [])]
        for i in set(_tok_ids(info, spans)):
            cue[info["toks"][i][3].lower()] += 1
        per.append((tot, cue))
    T, C = collections.Counter(), collections.Counter()
    for t, c in per:
        T.update(t)
        C.update(c)
    return T, C, per


def _cue_rate(stats, ai, lemma, prior=0.05, m=2.0):
    if stats is None:
        return prior, 0.0
    T, C, per = stats
    t, c = T[lemma], C[lemma]
    if per is not None:
        t -= per[ai][0][lemma]
        c -= per[ai][1][lemma]
    return (c + prior * m) / (t + m), math.log1p(max(0, t))


class _ArticleCtx:
    """What the extra run features need of one article, computed once."""

    def __init__(self, info):
        from newsline.quotes import cues as cue_lexicon

        self.info = info
        self.p = _mini_parse(info)
        self.lex = cue_lexicon.default_lexicon(cue_lexicon.DEFAULT_THRESHOLD)
        toks = info["toks"]
        n = len(toks)
        self.acc_tok = [-1] * n
        self.acc_cue = [-1] * n
        for k, q in enumerate(info["acc"]):
            for i in _tok_ids(info, q["content"]):
                self.acc_tok[i] = k
            if q["cue"]:
                for i in _tok_ids(info, [q["cue"]]):
                    self.acc_cue[i] = k
        self.cand_cue: dict[int, float] = {}
        for c in info["cands"]:
            for i in _tok_ids(info, [c["cue"]]):
                self.cand_cue[i] = max(self.cand_cue.get(i, 0.0), c["score"])
        self.sent_of = [0] * n
        for si, (a, b) in enumerate(info["sents"]):
            for i in range(a, min(b, n)):
                self.sent_of[i] = si
        import bisect

        pstarts = [s for s, _ in info["paras"]]
        self.para_of = [max(0, bisect.bisect_right(pstarts, t[0]) - 1) for t in toks]
        self.acc_ids = sorted(i for i in range(n) if self.acc_tok[i] >= 0)


def run_root(p, ti):
    tset = set(ti)
    count: dict[int, int] = {}
    for i in ti:
        j, seen = i, 0
        while p.toks[j].head != j and p.toks[j].head in tset and seen < 50:
            j = p.toks[j].head
            seen += 1
        count[j] = count.get(j, 0) + 1
    return max(count, key=lambda j: (count[j], -j)), len(count)


def governing_verb(p, r, tset):
    """The verb the run hangs from: the root's head, or up to 3 more steps up to a verb."""
    h = p.toks[r].head
    if h == r or h in tset:
        return None
    for _ in range(4):
        if p.toks[h].pos in ("VERB", "AUX") or p.toks[h].dep == "ROOT":
            return h
        if p.toks[h].head == h:
            return h
        h = p.toks[h].head
    return h


def extra_features(ctx, ai, spans, ti, marg, stats):
    from newsline.quotes.extract import find_source

    info, p = ctx.info, ctx.p
    toks = info["toks"]
    f: dict[str, float] = {}
    tset = set(ti)
    r, nroots = run_root(p, ti)
    f["nroots"] = min(5, nroots)
    rdep = toks[r][6]
    f["rdep=" + rdep] = 1.0
    f["rpos=" + toks[r][4]] = 1.0
    h = toks[r][7]
    frame = rdep
    if h != r and h not in tset:
        f["rhead_pos=" + toks[h][4]] = 1.0
        f["rdep_hpos=" + rdep + "|" + toks[h][4]] = 1.0
        if toks[h][4] == "ADP":
            frame = "prep:" + toks[h][3].lower()
    v = governing_verb(p, r, tset)
    if v is None:
        f["nogov"] = 1.0
    else:
        vl = toks[v][3].lower()
        f["vlem=" + vl] = 1.0
        f["vpos=" + toks[v][4]] = 1.0
        f["vdep=" + toks[v][6]] = 1.0
        f["v_after"] = float(v > ti[-1])
        d = (v - ti[-1]) if v > ti[-1] else (ti[0] - v)
        f["v_dist"] = math.log1p(max(0, d))
        f["v_same_sent"] = float(ctx.sent_of[v] == ctx.sent_of[ti[0]])
        rate, lt = _cue_rate(stats, ai, vl)
        f["v_cue_rate"] = rate
        f["v_logfreq"] = lt
        fr = {"ccomp": "ccomp", "dobj": "dobj", "nsubjpass": "passive", "xcomp": "xcomp"}.get(rdep, frame)
        f["v_lex"] = ctx.lex.score(vl, fr)
        f["v_lex_lemma"] = ctx.lex.lemma_scores.get(vl, 0.0)
        f["v_seed"] = float(vl in _seed_verbs())
        f["v_acc_cue"] = float(ctx.acc_cue[v] >= 0)
        f["v_in_acc"] = float(ctx.acc_tok[v] >= 0)
        f["v_cand_cue"] = ctx.cand_cue.get(v, 0.0)
        f["v_is_cand_cue"] = float(v in ctx.cand_cue)
        try:
            s, how = find_source(p, v)
        except Exception:  # a malformed tree
            s, how = None, "err"
        f["src_how=" + how.split("-")[-1]] = 1.0
        f["src_inh"] = float(how.startswith("inh-"))
        if s is not None:
            f["src_found"] = 1.0
            f["src_pos=" + toks[s][4]] = 1.0
            f["src_ent=" + str(info["ents"][s])] = 1.0
            f["src_in_run"] = float(s in tset)
    # the candidates overlapping it
    ch = _chars(spans)
    best = 0.0
    nov = 0
    for c in info["cands"]:
        o = len(ch & _chars(c["content"]))
        if o:
            nov += 1
            best = max(best, c["score"])
    f["cand_n"] = min(4, nov)
    f["cand_max"] = best
    # neighbours: the accepted quotes
    if ctx.acc_ids:
        import bisect

        k = bisect.bisect_left(ctx.acc_ids, ti[0])
        ds = []
        if k > 0:
            ds.append(ti[0] - ctx.acc_ids[k - 1])
        k2 = bisect.bisect_right(ctx.acc_ids, ti[-1])
        if k2 < len(ctx.acc_ids):
            ds.append(ctx.acc_ids[k2] - ti[-1])
        d = min(ds) if ds else 10 ** 4
        f["acc_dist"] = math.log1p(d)
        sents = {ctx.sent_of[i] for i in ti}
        f["acc_same_sent"] = float(any(ctx.sent_of[i] in sents for i in ctx.acc_ids[max(0, k - 30):k2 + 30]))
        paras = {ctx.para_of[i] for i in ti}
        f["acc_same_para"] = float(any(ctx.para_of[i] in paras for i in ctx.acc_ids[max(0, k - 200):k2 + 200]))
    else:
        f["acc_none"] = 1.0
    f["n_acc_art"] = math.log1p(len(info["acc"]))
    # the CRF just outside
    before = [marg.get(i, 0.0) for i in range(max(0, ti[0] - 2), ti[0])]
    after = [marg.get(i, 0.0) for i in range(ti[-1] + 1, min(len(toks), ti[-1] + 3))]
    f["m_before"] = max(before) if before else 0.0
    f["m_after"] = max(after) if after else 0.0
    # the words
    words = [toks[i][2] for i in ti]
    low = [w.lower() for w in words]
    f["first_person"] = sum(w in ("i", "we", "me", "us", "my", "our") for w in low) / len(ti)
    f["second_person"] = float(any(w in ("you", "your") for w in low))
    f["qstart"] = float(words[0] in QUOTE_MARKS or words[0] in ("``", "''"))
    f["qend"] = float(words[-1] in QUOTE_MARKS or words[-1] in ("``", "''"))
    f["nqmarks"] = min(4, sum(w in QUOTE_MARKS for w in words))
    f["has_verb"] = float(any(toks[i][4] in ("VERB", "AUX") for i in ti))
    f["finite"] = float(any(toks[i][5] in ("VBD", "VBZ", "VBP", "MD") for i in ti))
    f["nsents"] = min(4, len({ctx.sent_of[i] for i in ti}))
    f["ends_punct"] = float(words[-1] in (".", "?", "!") or (len(words) > 1 and words[-2] in (".", "?", "!")))
    f["starts_that"] = float(low[0] in ("that", "to", "whether", "if", "how", "why", "what"))
    f["prop_ent"] = sum(info["ents"][i] is not None for i in ti) / len(ti)
    f["loglen_ch"] = math.log(max(1, sum(e - s for s, e in spans)))
    return f


def _seed_verbs():
    from newsline.quotes import cues as cue_lexicon

    return cue_lexicon.SEED_VERBS


# --- a learned filter over the runs the CRF would add -------------------------------------------


def _low_labels(y, m, low):
    """Viterbi labels widened to every token with P(content) >= low (a widened stretch
    that the Viterbi path left out starts a new quote)."""
    out = []
    prev = "O"
    for lab, p in zip(y, m):
        if lab in ("B", "I"):
            new = lab
        elif p >= low:
            new = "I" if prev != "O" else "B"
        else:
            new = "O"
        out.append(new)
        prev = new
    return out


def run_items(infos, M, labs, margs, min_len=3, low=None, cands=False, stats=None, marg2=None):
    """Per article: (spans, token ids, features) of every CRF run that the system's accepted
    quotes cover less than half of (and, with ``cands``, every rejected candidate)."""
    import bisect

    per_runs: dict[int, list] = {}
    per_marg: dict[int, dict[int, float]] = {}
    for (ai, seq), y, m in zip(M, labs, margs):
        per_runs.setdefault(ai, []).extend(runs_of(infos[ai], seq, y))
        if low is not None:
            y2 = _low_labels(y, m, low)
            if y2 != list(y):
                per_runs[ai].extend(r for r in runs_of(infos[ai], seq, y2) if r not in per_runs[ai])
        d = per_marg.setdefault(ai, {})
        for i, p in zip(seq, m):
            d[i] = p
    out = []
    for ai, info in enumerate(infos):
        text, toks = info["text"], info["toks"]
        marg = per_marg.get(ai, {})
        taken = set()
        for q in info["acc"]:
            taken |= _chars(q["content"])
        inq = in_quotes(info) if toks else []
        sent_start = {a for a, _ in info["sents"]}
        actx = None
        m2 = (marg2 or {}).get(ai, {})
        items = []
        todo = [(spans, ti, "run") for spans, ti in per_runs.get(ai, [])]
        if cands:
            starts = [t[0] for t in toks]
            for c in info["cands"]:
                if c["score"] >= info["threshold"]:
                    continue
                ti = []
                for s0, e0 in c["content"]:
                    lo = max(0, bisect.bisect_right(starts, s0) - 1)
                    for i in range(lo, len(toks)):
                        if toks[i][0] >= e0:
                            break
                        if toks[i][1] > s0 and toks[i][2].strip():
                            ti.append(i)
                if ti:
                    todo.append((list(c["content"]), ti, "cand"))
        for spans, ti, kind in todo:
            body = "".join(text[s:e] for s, e in spans)
            if _is_punct_only(body) or sum(e - s for s, e in spans) < min_len:
                continue
            ch = _chars(spans)
            ov = len(ch & taken) / len(ch)
            if ov >= 0.5:
                continue
            ms = [marg.get(i, 0.0) for i in ti]
            f = {
                "mean": sum(ms) / len(ms), "min": min(ms), "max": max(ms), "first": ms[0], "last": ms[-1],
                "loglen": math.log(len(ti)), "pieces": len(spans), "acc_ov": ov,
                "inq": sum(inq[i] for i in ti) / len(ti),
                "sent0": float(ti[0] in sent_start), "kind=" + kind: 1.0,
                "p0=" + toks[ti[0]][4]: 1.0, "d0=" + toks[ti[0]][6]: 1.0,
            }
            # the words around the run ('..., he said', 'that ...', ': ...')
            for off, name in ((-1, "prev"), (-2, "prev2")):
                k = ti[0] + off
                while 0 <= k < len(toks) and not toks[k][2].strip():
                    k -= 1
                f[name + "=" + (toks[k][3].lower() if 0 <= k < len(toks) else "<s>")] = 1.0
            k = ti[-1] + 1
            while k < len(toks) and not toks[k][2].strip():
                k += 1
            f["next=" + (toks[k][3].lower() if k < len(toks) else "</s>")] = 1.0
            sa = max((a, b) for a, b in info["sents"] if a <= ti[0]) if info["sents"] else (0, 1)
            f["sent_cov"] = len(ti) / max(1, sa[1] - sa[0])
            f["ends_sent"] = float(ti[-1] >= sa[1] - 2)
            tset = set(ti)
            heads = [toks[i][7] for i in ti if toks[i][7] not in tset and toks[i][7] != i]
            if heads:
                h = min(heads, key=lambda k: abs(k - ti[0]))
                f["gov=" + toks[h][3].lower()] = 1.0
                f["govdep=" + toks[[i for i in ti if toks[i][7] == h][0]][6]] = 1.0
                f["govpos=" + toks[h][4]] = 1.0
            best, bo = None, 0
            for c in info["cands"]:
                o = len(ch & _chars(c["content"]))
                if o > bo:
                    best, bo = c, o
            if best is None:
                f["nocand"] = 1.0
            else:
                sc = min(1 - 1e-4, max(1e-4, best["score"]))
                f["cand_logit"] = math.log(sc / (1 - sc))
                f["cand_cov"] = bo / len(ch)
                f["cand_prec"] = bo / max(1, len(_chars(best["content"])))
                f["frame=" + best["frame"]] = 1.0
                f["lemma=" + best["lemma"]] = 1.0
            if XF:
                if actx is None:
                    actx = _ArticleCtx(info)
                f.update(extra_features(actx, ai, spans, ti, marg, stats))
            if TENSOR and info.get("tensor") is not None:
                f.update(tensor_features(info["tensor"], toks, ti))
            if marg2 is not None:
                v2 = [m2.get(i, 0.0) for i in ti]
                f["m2_mean"] = sum(v2) / len(v2)
                f["m2_max"] = max(v2)
                f["m2_min"] = min(v2)
            items.append((spans, ti, f, kind))
        out.append(items)
    return out


def tensor_features(T, toks, ti) -> dict:
    """The spaCy model's contextual token vectors (its tok2vec layer, 96 numbers a token)
    around an item: their mean over the item, at the word that governs it, before it."""
    import numpy as np

    out = {}
    parts = set(TENSOR.split(","))
    if "mean" in parts:
        for k, v in enumerate(np.asarray(T[ti], dtype=np.float32).mean(axis=0)):
            out[f"tm{k}"] = float(v)
    if "gov" in parts:
        tset = set(ti)
        heads = [toks[i][7] for i in ti if toks[i][7] not in tset and toks[i][7] != i]
        if heads:
            h = min(heads, key=lambda k: abs(k - ti[0]))
            for k, v in enumerate(T[h]):
                out[f"tg{k}"] = float(v)
    if "prev" in parts and ti[0] > 0:
        for k, v in enumerate(T[ti[0] - 1]):
            out[f"tp{k}"] = float(v)
    return out


def run_labels(rows, infos, items):
    """1 when the run covers >= 30% of a gold quote the system's accepted quotes miss."""
    from benchmarks.quotes_score import chars, match

    ys = []
    for r, info, its in zip(rows, infos, items):
        golds = [chars(g["content"]) for g in r.get("attributions", []) if g.get("content")]
        found = {g for g, _ in match(golds, [chars(q["content"]) for q in info["acc"]], 0.3)}
        y = []
        for spans, *_ in its:
            ch = _chars(spans)
            y.append(int(any(gi not in found and len(g & ch) >= 0.3 * len(g) for gi, g in enumerate(golds))))
        ys.append(y)
    return ys


def verb_source(info, p, ti, spans) -> dict:
    """Cue and speaker of a run from its governing verb (``find_source``); empty when none."""
    from newsline.quotes.extract import find_source, source_span

    tset = set(ti)
    r, _ = run_root(p, ti)
    v = governing_verb(p, r, tset)
    if v is None or p.toks[v].pos not in ("VERB", "AUX", "NOUN"):
        return {}
    try:
        s, _how = find_source(p, v)
    except Exception:  # a malformed tree
        return {}
    if s is None or s in tset:
        return {}
    sp = source_span(p, s)
    text = info["text"]
    out = {"cue": {"start": p.toks[v].start, "end": p.toks[v].end, "text": text[p.toks[v].start:p.toks[v].end]}}
    if sp:
        out["speaker"] = {"start": sp[0], "end": sp[1], "text": text[sp[0]:sp[1]]}
    return out


def with_runs(infos, items, probs, th, cover=0.5):
    out = []
    for info, its, ps in zip(infos, items, probs):
        sysq = system_quotes(info)
        taken = set()
        for q in info["acc"]:
            taken |= _chars(q["content"])
        parse = None
        for (spans, tids, _, kind), p in sorted(zip(its, ps), key=lambda x: -x[1]):
            if p < th:
                continue
            ch = _chars(spans)
            if len(ch & taken) >= cover * len(ch):
                continue
            if kind == "cand":
                c = next(c for c in info["cands"] if list(c["content"]) == spans)
                q = attach(info, spans, [[c]])
            else:
                q = attach(info, spans, [info["cands"]])
            if SRC and q["speaker"] is None:
                if parse is None:
                    parse = _mini_parse(info)
                q.update(verb_source(info, parse, tids, spans))
            sysq.append(q)
            taken |= ch
        out.append(sysq)
    return out


def marg_map(res) -> dict:
    """article index -> {token index: P(content)} of one tagging result."""
    out: dict = {}
    M, _, m = res
    for (ai, seq), mm in zip(M, m):
        d = out.setdefault(ai, {})
        for i, p in zip(seq, mm):
            d[i] = p
    return out


def _items_of(infos, res, low, cands, stats=None, marg2=None):
    """Items of one tagging result, or the union of several (a list of results; each item
    of the k-th gets feature src=k)."""
    if not isinstance(res, list):
        M, l, m = res
        return run_items(infos, M, l, m, low=low, cands=cands, stats=stats, marg2=marg2)
    out = None
    for k, r in enumerate(res):
        M, l, m = r
        items = run_items(infos, M, l, m, low=low, cands=cands and k == 0, stats=stats, marg2=marg2)
        for its in items:
            for it in its:
                it[2][f"src={k}"] = 1.0
        if out is None:
            out = items
            continue
        for a, its in enumerate(items):
            have = {tuple(it[0]) for it in out[a]}
            out[a].extend(it for it in its if tuple(it[0]) not in have)
    return out


def fit_filter(rtr, itr, res_train, C=0.3, min_count=20, low=None, cands=False, stats=None, marg2=None):
    """(vectorizer, logistic model, threshold, out-of-fold probabilities) from train OOF runs."""
    import collections

    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    items = _items_of(itr, res_train, low, cands, stats, marg2)
    ys = run_labels(rtr, itr, items)
    F = [it[2] for its in items for it in its]
    freq = collections.Counter(k for f in F for k in f)
    F = [{k: v for k, v in f.items() if freq[k] >= min_count} for f in F]
    y = np.array([v for yy in ys for v in yy])
    groups = np.array([a for a, its in enumerate(items) for _ in its])
    vec = DictVectorizer()
    X = vec.fit_transform(F)
    def make():
        if GB:
            from sklearn.ensemble import HistGradientBoostingClassifier

            return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15,
                                                  min_samples_leaf=20, random_state=0)
        return LogisticRegression(C=C, max_iter=3000)

    if GB:
        X = X.toarray()
    oof = np.zeros(len(y))
    for tr, te in GroupKFold(5).split(X, y, groups):
        oof[te] = make().fit(X[tr], y[tr]).predict_proba(X[te])[:, 1]
    model = make().fit(X, y)
    probs, k = [], 0
    for its in items:
        probs.append(list(oof[k:k + len(its)]))
        k += len(its)
    print(f"{len(y)} runs, {int(y.sum())} positive, {X.shape[1]} features", flush=True)
    return vec, model, items, probs, {k for k, c in freq.items() if c >= min_count}


def apply_filter(vec, model, infos, res, keep, low=None, cands=False, stats=None, marg2=None):
    items = _items_of(infos, res, low, cands, stats, marg2)
    probs = []
    for its in items:
        if not its:
            probs.append([])
            continue
        X = vec.transform([{k: v for k, v in it[2].items() if k in keep} for it in its])
        if GB:
            X = X.toarray()
        probs.append(list(model.predict_proba(X)[:, 1]))
    return items, probs


def neighbour_features(infos, items, probs) -> list[list[dict]]:
    """Second-round features of each item from the first round's probabilities of the items
    around it: those it overlaps (the same quote read by another tagger or candidate), those
    in its sentence, and the accepted quotes of its sentence."""
    out = []
    for info, its, ps in zip(infos, items, probs):
        sents = info["sents"]
        chs = [_chars(it[0]) for it in its]
        sent_of = []
        for it in its:
            t0 = it[1][0]
            sent_of.append(max((k for k, (a, _) in enumerate(sents) if a <= t0), default=0))
        acc_sents = set()
        for q in info["acc"]:
            c0 = q["content"][0][0]
            for k, (a, b) in enumerate(sents):
                if info["toks"] and a < len(info["toks"]) and info["toks"][a][0] <= c0 < info["toks"][min(b, len(info["toks"])) - 1][1]:
                    acc_sents.add(k)
        fs = []
        for j, (it, p) in enumerate(zip(its, ps)):
            over = [ps[k] for k in range(len(its)) if k != j and chs[k] & chs[j]]
            same = [ps[k] for k in range(len(its)) if k != j and sent_of[k] == sent_of[j]]
            f = {
                "r1": p,
                "r1_over_max": max(over, default=0.0),
                "r1_over_n": float(len(over)),
                "r1_top": float(all(p >= o for o in over)),
                "r1_margin": p - max(over, default=0.0),
                "r1_sent_max": max(same, default=0.0),
                "r1_sent_n50": float(sum(o >= 0.5 for o in same)),
                "acc_in_sent": float(sent_of[j] in acc_sents),
                "acc_prev_sent": float(sent_of[j] - 1 in acc_sents),
                "art_r1_mean": sum(ps) / len(ps),
                "art_acc": math.log1p(len(info["acc"])),
            }
            fs.append(f)
        out.append(fs)
    return out


def stack_round(rtr, itr, items, probs, idv, ditems, dprobs, keep):
    """A second filter over the same items, with the first round's probabilities of each
    item's neighbours as features too; train probabilities out of fold."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.model_selection import GroupKFold

    ys = run_labels(rtr, itr, items)
    nt = neighbour_features(itr, items, probs)
    nd = neighbour_features(idv, ditems, dprobs)
    F = [{**{k: v for k, v in it[2].items() if k in keep}, **nf} for its, nfs in zip(items, nt) for it, nf in zip(its, nfs)]
    Fd = [{**{k: v for k, v in it[2].items() if k in keep}, **nf} for its, nfs in zip(ditems, nd) for it, nf in zip(its, nfs)]
    y = np.array([v for yy in ys for v in yy])
    groups = np.array([a for a, its in enumerate(items) for _ in its])
    vec = DictVectorizer()
    X = vec.fit_transform(F).toarray()
    Xd = vec.transform(Fd).toarray()

    def make():
        return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15,
                                              min_samples_leaf=20, random_state=0)

    oof = np.zeros(len(y))
    for tr, te in GroupKFold(5).split(X, y, groups):
        oof[te] = make().fit(X[tr], y[tr]).predict_proba(X[te])[:, 1]
    pd_ = make().fit(X, y).predict_proba(Xd)[:, 1] if len(Fd) else np.zeros(0)
    from sklearn.metrics import roc_auc_score

    r1 = np.array([p for ps in probs for p in ps])
    print(f"round 2: AUC out of fold {roc_auc_score(y, oof):.4f} (round 1 {roc_auc_score(y, r1):.4f})", flush=True)

    def split(v, its_list):
        out, k = [], 0
        for its in its_list:
            out.append(list(v[k:k + len(its)]))
            k += len(its)
        return out

    return split(oof, items), split(pd_, ditems)


# --- main ------------------------------------------------------------------------------------------


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cmd", choices=("prep", "run", "eval", "boost", "filter"))
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--folds", type=int, default=0, help="out-of-fold tagging of train with K folds")
    ap.add_argument("--nest", default="outer", choices=("outer", "inner"))
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--model", type=Path, default=WORK / "crf.crfsuite")
    ap.add_argument("--tag", default="main", help="name for the saved tagging results")
    ap.add_argument("--holdout", action="store_true", help="learn on 3/4 of train, score the other 1/4 (and dev)")
    ap.add_argument("--C", type=float, default=0.3, help="inverse L2 strength of the run filter")
    ap.add_argument("--low", type=float, default=None, help="filter: also runs of tokens with P(content) >= LOW")
    ap.add_argument("--cands", action="store_true", help="filter: rejected candidates are items too")
    ap.add_argument("--tag2", default=None, help="filter: also the runs of this second tagging")
    ap.add_argument("--gb", action="store_true", help="filter: gradient boosting instead of logistic")
    ap.add_argument("--residual", action="store_true", help="label only the gold quotes the system misses")
    ap.add_argument("--joint", action="store_true", help="also tag gold cues (C) and sources (S)")
    ap.add_argument("--rich", action="store_true", help="governing-verb features")
    ap.add_argument("--xf", action="store_true", help="filter: richer run features (syntax, cue rates, sources)")
    ap.add_argument("--src", action="store_true", help="filter: speaker of added runs from the governing verb")
    ap.add_argument("--mtag", default=None, help="filter: P(content) of this second tagging as features")
    ap.add_argument("--min-count", type=int, default=20, help="filter: drop features seen fewer times")
    ap.add_argument("--tensor", default="", help="filter: tok2vec features (mean,gov,prev; tensor-<split>.pkl)")
    ap.add_argument("--stack2", action="store_true", help="filter: a second round with the first round's neighbours")
    args = ap.parse_args(argv)
    global RICH, JOINT, RESIDUAL, GB, XF, SRC, TENSOR
    TENSOR = args.tensor
    GB = args.gb
    XF = args.xf
    SRC = args.src
    RESIDUAL = args.residual
    RICH = args.rich
    JOINT = args.joint
    WORK.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    rtr, itr = prepare("train", args.data)
    rdv, idv = prepare("dev", args.data)
    print(f"prep {time.perf_counter() - t0:.1f}s", flush=True)
    if TENSOR:
        for split, infos in (("train", itr), ("dev", idv)):
            with (WORK / f"tensor-{split}.pkl").open("rb") as fh:
                for info, T in zip(infos, pickle.load(fh)):
                    info["tensor"] = T if len(T) == len(info["toks"]) else None
    if args.cmd == "prep":
        return 0
    if args.cmd == "filter":
        with (WORK / f"tagged-{args.tag}.pkl").open("rb") as fh:
            results = pickle.load(fh)
        rt, rd = results["train"], results["dev"]
        if args.tag2:
            rt, rd = [rt], [rd]
            for t2 in args.tag2.split(","):  # one or more further taggings, comma-separated
                with (WORK / f"tagged-{t2}.pkl").open("rb") as fh:
                    r2 = pickle.load(fh)
                rt.append(r2["train"])
                rd.append(r2["dev"])
        stats_tr = stats_dv = m2t = m2d = None
        if XF:
            stats_tr = cue_stats(rtr, itr)
            stats_dv = (stats_tr[0], stats_tr[1], None)  # dev: the counts of all of train
        if args.mtag:
            with (WORK / f"tagged-{args.mtag}.pkl").open("rb") as fh:
                r3 = pickle.load(fh)
            m2t, m2d = marg_map(r3["train"]), marg_map(r3["dev"])
        vec, model, items, probs, keep = fit_filter(rtr, itr, rt, C=args.C, min_count=args.min_count, low=args.low,
                                                    cands=args.cands, stats=stats_tr, marg2=m2t)
        ditems, dprobs = apply_filter(vec, model, idv, rd, keep, low=args.low, cands=args.cands,
                                      stats=stats_dv, marg2=m2d)
        if args.stack2:
            probs, dprobs = stack_round(rtr, itr, items, probs, idv, ditems, dprobs, keep)
        print(line("train system", score(rtr, [system_quotes(i) for i in itr])))
        # the threshold: the best train out-of-fold F1@30 (dev only measured)
        best = None
        for th in [round(0.2 + 0.025 * k, 3) for k in range(21)]:
            st = score(rtr, with_runs(itr, items, probs, th))
            sd = score(rdv, with_runs(idv, ditems, dprobs, th))
            print(line(f"train-oof filter th={th}", st))
            print(line(f"dev filter th={th}", sd), flush=True)
            if best is None or st["30"]["all"]["f1"] > best[1]["30"]["all"]["f1"]:
                best = (th, st, sd)
        print(line(f"PICKED train-oof th={best[0]}", best[1]))
        print(line(f"PICKED dev th={best[0]}", best[2]), flush=True)
        with (WORK / f"filter-{args.tag}.pkl").open("wb") as fh:
            pickle.dump((vec, model, keep), fh)
        return 0
    if args.cmd == "boost":
        from benchmarks.quotes import analysed_split

        with (WORK / f"tagged-{args.tag}.pkl").open("rb") as fh:
            results = pickle.load(fh)
        grid = [(w, b, None) for w in (0.0, 0.3, 0.6, 1.0) for b in (-0.5, 0.0, 0.5)]
        for key in ("holdout", "dev"):
            if key not in results:
                continue
            if key == "holdout":
                _, dtr = analysed_split(args.data, "train", cache=CACHE)
                keep = results["held"]
                rows_, docs_, infos_ = [rtr[a] for a in keep], [dtr[a] for a in keep], [itr[a] for a in keep]
            else:
                _, ddv = analysed_split(args.data, "dev", cache=CACHE)
                rows_, docs_, infos_ = rdv, ddv, idv
            for add in (None, {"cover": 0.5, "conf": 0.8}):
                res = evaluate_boosted(rows_, docs_, infos_, results[key], grid, add)
                for k, sc in res.items():
                    print(line(f"{key} boost w={k[0]} b={k[1]} add={bool(add)}", sc), flush=True)
        return 0
    if args.cmd == "eval":
        with (WORK / f"tagged-{args.tag}.pkl").open("rb") as fh:
            results = pickle.load(fh)
        evaluate(rtr, itr, rdv, idv, results, EVAL_VARIANTS)
        return 0
    print(line("system dev", score(rdv, [system_quotes(i) for i in idv])))
    print(line("system train (in-sample)", score(rtr, [system_quotes(i) for i in itr])))
    t0 = time.perf_counter()
    Xtr, Ytr, Mtr = xy(itr, rtr, args.nest)
    Xdv, Ydv, Mdv = xy(idv, rdv, args.nest)
    print(f"features {time.perf_counter() - t0:.1f}s; {len(Xtr)} train sequences, "
          f"{sum(len(x) for x in Xtr)} tokens", flush=True)
    if args.holdout:
        # tune on train alone: learn on 3/4 of the train articles, measure on the other 1/4
        import random

        arts = sorted({m[0] for m in Mtr})
        random.Random(0).shuffle(arts)
        held = set(arts[: len(arts) // 4])
        idx_tr = [j for j, m in enumerate(Mtr) if m[0] not in held]
        idx_te = [j for j, m in enumerate(Mtr) if m[0] in held]
        mp = WORK / f"holdout-{args.tag}.crfsuite"
        s = train([Xtr[j] for j in idx_tr], [Ytr[j] for j in idx_tr], mp, args.c1, args.c2, args.iters)
        ll, mm = tag([Xtr[j] for j in idx_te], mp)
        hl, hm = [None] * len(Xtr), [None] * len(Xtr)
        for j, a, b in zip(idx_te, ll, mm):
            hl[j], hm[j] = a, b
        keep = sorted(held)
        remap = {a: k for k, a in enumerate(keep)}
        Mh = [(remap[Mtr[j][0]], Mtr[j][1]) for j in idx_te]
        results = {"holdout": (Mh, [hl[j] for j in idx_te], [hm[j] for j in idx_te]), "held": keep}
        lab2, marg2 = tag(Xdv, mp)
        results["dev"] = (Mdv, lab2, marg2)
        print(f"holdout train {s:.1f}s", flush=True)
        with (WORK / f"tagged-{args.tag}.pkl").open("wb") as fh:
            pickle.dump(results, fh)
        evaluate(rtr, itr, rdv, idv, results, EVAL_VARIANTS)
        return 0
    secs = train(Xtr, Ytr, args.model, args.c1, args.c2, args.iters)
    t0 = time.perf_counter()
    labs, margs = tag(Xdv, args.model)
    tag_s = time.perf_counter() - t0
    print(f"train {secs:.1f}s, tag dev {tag_s:.1f}s", flush=True)
    results = {"dev": (Mdv, labs, margs)}
    if args.folds:
        import random

        arts = sorted({m[0] for m in Mtr})
        random.Random(0).shuffle(arts)
        fold_of = {a: k % args.folds for k, a in enumerate(arts)}
        oof_l = [None] * len(Xtr)
        oof_m = [None] * len(Xtr)
        for k in range(args.folds):
            idx_tr = [j for j, m in enumerate(Mtr) if fold_of[m[0]] != k]
            idx_te = [j for j, m in enumerate(Mtr) if fold_of[m[0]] == k]
            mp = WORK / f"fold{k}.crfsuite"
            s = train([Xtr[j] for j in idx_tr], [Ytr[j] for j in idx_tr], mp, args.c1, args.c2, args.iters)
            ll, mm = tag([Xtr[j] for j in idx_te], mp)
            for j, a, b in zip(idx_te, ll, mm):
                oof_l[j], oof_m[j] = a, b
            print(f"fold {k}: train {s:.1f}s", flush=True)
        results["train"] = (Mtr, oof_l, oof_m)
    with (WORK / f"tagged-{args.tag}.pkl").open("wb") as fh:
        pickle.dump(results, fh)
    evaluate(rtr, itr, rdv, idv, results, [("add", {"cover": 0.5})])
    return 0


VARIANTS = [
    ("crf", {}),
    ("add", {"cover": 0.5}),
    ("add", {"cover": 0.3}),
    ("add", {"cover": 0.5, "need_cand": True}),
    ("rescore", {"add": 0.5, "drop": 0.0}),
    ("rescore", {"add": 0.6, "drop": 0.0}),
    ("rescore", {"add": 0.7, "drop": 0.0}),
    ("rescore", {"add": 0.6, "drop": 0.2}),
]


EVAL_VARIANTS = [
    ("sys", {}),
    ("crf", {}),
    ("add", {"cover": 0.5, "conf": 0.8}),
    ("add", {"cover": 0.5, "conf": 0.9}),
    ("add", {"cover": 0.5, "conf": 0.8, "need_cand": True}),
    ("rescore", {"add": 0.7, "drop": 0.0}),
]


def evaluate(rtr, itr, rdv, idv, results, variants=VARIANTS):
    for variant, params in variants:
        name = variant + " " + ",".join(f"{k}={v}" for k, v in params.items())
        if "holdout" in results:
            M, l, m = results["holdout"]
            keep = results["held"]
            print(line("train-holdout " + name, score([rtr[a] for a in keep],
                       decode([itr[a] for a in keep], M, l, m, variant, params))))
        if "train" in results:
            M, l, m = results["train"]
            print(line("train-oof " + name, score(rtr, decode(itr, M, l, m, variant, params))))
        M, l, m = results["dev"]
        print(line("dev " + name, score(rdv, decode(idv, M, l, m, variant, params))), flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
