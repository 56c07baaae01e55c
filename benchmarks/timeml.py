"""Temporal expressions on TimeML (TempEval-3 data): find and normalise every TIMEX3.

For each ``<doc>.tml`` in the data folder: take the raw text of <TEXT> and the DCT, parse
the text with spaCy (for the tense of each clause), run newsline's time recogniser, and
write ``<out>/<doc>.tml``: the same document with the gold TIMEX3 tags inside <TEXT>
removed and ours inserted (tid, type, value), every character of the text unchanged.
Then score with the TempEval-3 measures (``benchmarks/tempeval.py``) and print strict and
relaxed P/R/F1, type accuracy, the speed of the time stage alone (sentences/s, spaCy
excluded) and, last, value F1.

    python benchmarks/timeml.py --data ../shared/data/timeml/tbaq --out benchmarks/out/timeml
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import _common, tempeval  # noqa: E402

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_DCT = re.compile(r"<DCT>\s*<TIMEX3[^>]*\bvalue=\"([^\"]+)\"")
_TID = re.compile(r"\"t(\d+)\"")


def _extra_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--errors", action="store_true",
                    help="also write <out>/errors.jsonl (every miss, spurious and wrong value)")
    ap.add_argument("--cache", type=Path, default=None,
                    help="keep spaCy parses in this folder (outside the repo) between runs")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    return _common.parse_args("timeml", __doc__, data="timeml/tbaq",
                              add_arguments=_extra_args, argv=argv)


class Doc:
    """A TimeML file split into: raw text of <TEXT> without gold TIMEX3 tags, the plain
    text a system sees, and the map from plain offsets to raw offsets."""

    def __init__(self, xml: str):
        self.xml = xml
        a, b = tempeval.text_region(xml)
        self.head, self.tail = xml[:a], xml[b:]
        raw = xml[a:b]
        # drop gold TIMEX3 tags, keep every other tag and every character
        self.raw = re.sub(r"</?TIMEX3\b[^>]*>", "", raw)
        m = _DCT.search(xml)
        self.dct = m.group(1) if m else None
        plain: list[str] = []
        # raw_before[i]: raw offset where plain char i starts (after any tags before it)
        # raw_after[i]: raw offset right after plain char i
        self.char_start: list[int] = []
        self.char_end: list[int] = []
        self.tag_spans: list[tuple[int, int]] = []
        pos = 0
        for m in _TAG.finditer(self.raw):
            self._add_text(self.raw, pos, m.start(), plain)
            self.tag_spans.append(m.span())
            pos = m.end()
        self._add_text(self.raw, pos, len(self.raw), plain)
        self.plain = "".join(plain)
        self.max_tid = max([int(x) for x in _TID.findall(xml)] or [0])

    def _add_text(self, raw: str, a: int, b: int, plain: list[str]) -> None:
        i = a
        while i < b:
            if raw[i] == "&":
                m = re.match(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);", raw[i:b])
                if m:
                    plain.append(html.unescape(m.group(0)))
                    self.char_start.append(i)
                    self.char_end.append(i + m.end())
                    i += m.end()
                    continue
            plain.append(raw[i])
            self.char_start.append(i)
            self.char_end.append(i + 1)
            i += 1

    def write(self, timexes) -> tuple[str, int]:
        """The document with our TIMEX3 tags; returns (xml, number dropped because they
        would cross or enclose another tag)."""
        inserts: list[tuple[int, int, str]] = []  # (raw pos, order, text)
        dropped = 0
        tid = self.max_tid + 1
        for t in timexes:
            rs = self.char_start[t.start]
            re_ = self.char_end[t.end - 1]
            if any(rs < a < re_ or rs < b < re_ for a, b in self.tag_spans):
                dropped += 1
                continue
            attrs = f'tid="t{tid}" type="{t.type}" value="{_attr(t.value)}"'
            if t.mod:
                attrs += f' mod="{_attr(t.mod)}"'
            inserts.append((rs, 1, f"<TIMEX3 {attrs}>"))
            inserts.append((re_, 0, "</TIMEX3>"))
            tid += 1
        inserts.sort(key=lambda x: (x[0], x[1]))
        out = []
        pos = 0
        for p, _, s in inserts:
            out.append(self.raw[pos:p])
            out.append(s)
            pos = p
        out.append(self.raw[pos:])
        return self.head + "".join(out) + self.tail, dropped


def _attr(s: str) -> str:
    return html.escape(s, quote=True)


def _word_safe(text: str, timexes) -> list:
    """Never split a word: drop an expression whose edge falls inside a word."""
    ok = []
    for t in timexes:
        if t.start > 0 and text[t.start - 1].isalnum() and text[t.start].isalnum():
            continue
        if t.end < len(text) and text[t.end - 1].isalnum() and text[t.end].isalnum():
            continue
        ok.append(t)
    return ok


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from newsline.model import ArticleDoc, make_article
    from newsline.nlp import ANALYSIS_VERSION, analyze_docs
    from newsline.time import find_timexes

    files = sorted(args.data.glob("*.tml"))
    if args.limit:
        files = files[: args.limit]
    if not files:
        print(f"no .tml files in {args.data}", file=sys.stderr)
        return 1
    for old in args.out.glob("*.tml"):
        old.unlink()
    docs = [Doc(f.read_text(encoding="utf-8")) for f in files]

    t0 = time.perf_counter()
    cache = args.cache / f"nlp{ANALYSIS_VERSION}" if args.cache else None  # per analysis version
    parsed = _parse([ArticleDoc(make_article(d.plain, published=d.dct)) for d in docs], cache, analyze_docs)
    spacy_secs = time.perf_counter() - t0

    errors = []
    results = []
    t0 = time.perf_counter()
    for f, d, pd in zip(files, docs, parsed):
        try:
            results.append(find_timexes(d.plain, dct=d.dct, tokens=pd.tokens,
                                        sentences=pd.sentences, entities=pd.entities))
        except Exception as exc:  # every document must be processed; count failures
            errors.append(f"{f.name}: {type(exc).__name__}: {exc}")
            results.append([])
    time_secs = time.perf_counter() - t0
    n_sents = sum(len(pd.sentences) for pd in parsed)

    dropped = 0
    for f, d, tx in zip(files, docs, results):
        xml, k = d.write(_word_safe(d.plain, tx))
        dropped += k
        (args.out / f.name).write_text(xml, encoding="utf-8")

    scores, rows = tempeval.score_dirs(args.data if not args.limit else _subset(args, files),
                                       args.out)
    scores.update({
        "documents": len(files),
        "documents_failed": len(errors),
        "dropped_crossing_tags": dropped,
        "sentences": n_sents,
        "time_stage_seconds": round(time_secs, 3),
        "time_stage_sentences_per_s": round(n_sents / time_secs, 1) if time_secs else None,
        "spacy_seconds": round(spacy_secs, 2),
    })
    if args.errors:
        with (args.out / "errors.jsonl").open("w", encoding="utf-8") as fh:
            for r in rows:
                if r["kind"] != "match" or r["gold_value"] != r["sys_value"] or r["gold"] != r["sys"] \
                        or r["gold_type"] != r["sys_type"]:
                    fh.write(json.dumps(r) + "\n")
    _common.write_scores(args.out, scores)

    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"documents          {len(files)} ({len(errors)} failed)")
    print(f"gold / system      {scores['gold']} / {scores['system']}")
    print(f"strict   P R F1    {scores['strict_p']:.4f} {scores['strict_r']:.4f} {scores['strict_f1']:.4f}")
    print(f"relaxed  P R F1    {scores['relaxed_p']:.4f} {scores['relaxed_r']:.4f} {scores['relaxed_f1']:.4f}")
    print(f"type accuracy      {scores['type_accuracy']:.4f}  (type F1 {scores['type_f1']:.4f})")
    print(f"value accuracy     {scores['value_accuracy']:.4f}")
    print(f"time stage speed   {scores['time_stage_sentences_per_s']} sentences/s "
          f"({n_sents} sentences in {time_secs:.2f} s; spaCy {spacy_secs:.1f} s, excluded)")
    _common.headline("value F1", scores["value_f1"],
                     "target 0.82; HeidelTime 0.776 on the TE-3 test set",
                     passed=scores["value_f1"] >= 0.82 and scores["strict_f1"] >= 0.84 and not errors)
    return 1 if errors else 0


def _parse(docs, cache: Path | None, analyze_docs):
    """spaCy layers for each doc, from the cache folder when given and filled."""
    if cache is None:
        return analyze_docs(docs)
    import pickle

    cache.mkdir(parents=True, exist_ok=True)
    out = [None] * len(docs)
    todo = []
    for i, d in enumerate(docs):
        p = cache / f"{d.id}.pkl"
        if p.exists():
            out[i] = d.with_layers(**pickle.loads(p.read_bytes()))
        else:
            todo.append(i)
    if todo:
        for i, pd in zip(todo, analyze_docs([docs[i] for i in todo])):
            out[i] = pd
            layers = {k: pd.layers[k] for k in ("tokens", "sentences", "entities")}
            (cache / f"{pd.id}.pkl").write_bytes(pickle.dumps(layers))
    return out


def _subset(args: argparse.Namespace, files: list[Path]) -> Path:
    """A temporary gold folder holding only the selected files (for --limit)."""
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="timeml-gold-"))
    for f in files:
        (tmp / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp


if __name__ == "__main__":
    raise SystemExit(main())
