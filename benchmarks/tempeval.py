"""TempEval-3 TIMEX3 measures, re-implemented from the official toolkit (TE3-evaluation.py:
TimeML-Normalizer alignment + evaluation-entities/evaluate_entities.py).

How the official scorer counts:
- Alignment (TimeML-Normalizer): walking the tokens in order, a TIMEX3 that begins while
  a TIMEX3 of the other annotation is open (began at or before this token and has not
  ended) takes that one's id, unless that id is already paired; so pairs are one-to-one
  and overlapping, first come first served. We do the same on characters.
- Relaxed match: a gold and a system TIMEX3 share an id. Strict match: and their texts
  are equal. P = matches / system TIMEX3s, R = matches / gold TIMEX3s, F1 harmonic mean.
- Type and value: counted over relaxed matches (recall side); "accuracy" = matches with
  the right attribute / relaxed matches; the published "Value F1" (and "Type F1") =
  accuracy x relaxed F1.
- The scorer aborts when the texts (tags stripped) differ; we raise ``TextMismatch``.
  Only TIMEX3 whose content holds no other tag are seen (the official regex is
  ``<TIMEX3[^>]*>[^<]*</TIMEX3>``); the DCT (tid t0 / outside <TEXT>) is not scored.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")


class TextMismatch(Exception):
    """The system file's text differs from the gold file's (the official scorer aborts)."""


@dataclass(frozen=True)
class TimexTag:
    start: int  # offsets into the plain text of <TEXT>
    end: int
    text: str
    tid: str
    type: str
    value: str


def text_region(xml: str) -> tuple[int, int]:
    """Raw offsets of the content of <TEXT>...</TEXT>."""
    a = xml.index("<TEXT>") + len("<TEXT>")
    b = xml.index("</TEXT>", a)
    return a, b


def plain_and_timexes(xml: str) -> tuple[str, list[TimexTag]]:
    """The plain text inside <TEXT> (tags removed, entities decoded) and its TIMEX3s.
    A TIMEX3 that contains another tag is skipped, as the official regex does."""
    a, b = text_region(xml)
    raw = xml[a:b]
    out: list[str] = []
    n = 0
    open_timex: tuple[int, dict, bool] | None = None  # (plain start, attrs, clean)
    timexes: list[TimexTag] = []
    pos = 0
    for m in _TAG.finditer(raw):
        chunk = raw[pos:m.start()]
        dec = _decode(chunk)
        out.append(dec)
        n += len(dec)
        pos = m.end()
        closing, name = m.group(1) == "/", m.group(2)
        if name == "TIMEX3":
            if not closing:
                open_timex = (n, dict(_ATTR.findall(m.group(3))), True)
            elif open_timex is not None:
                s, attrs, clean = open_timex
                if clean:
                    timexes.append(TimexTag(s, n, "", attrs.get("tid", ""), attrs.get("type", ""),
                                            attrs.get("value", "")))
                open_timex = None
        elif open_timex is not None:
            open_timex = (open_timex[0], open_timex[1], False)
    dec = _decode(raw[pos:])
    out.append(dec)
    plain = "".join(out)
    timexes = [TimexTag(t.start, t.end, plain[t.start:t.end], t.tid, t.type, t.value)
               for t in timexes]
    return plain, timexes


def _decode(s: str) -> str:
    return html.unescape(s) if "&" in s else s


def align(gold: list[TimexTag], system: list[TimexTag]) -> list[tuple[int, int]]:
    """Pairs (gold index, system index), the TimeML-Normalizer way (see module doc)."""
    events = [(t.start, 0, i) for i, t in enumerate(gold)] + \
             [(t.start, 1, i) for i, t in enumerate(system)]
    events.sort()
    seqs = (gold, system)
    open_: list[int | None] = [None, None]
    paired: list[set[int]] = [set(), set()]
    pairs: list[tuple[int, int]] = []
    for pos, a, i in events:
        other = 1 - a
        # close what has ended
        for k in (0, 1):
            j = open_[k]
            if j is not None and seqs[k][j].end <= pos:
                open_[k] = None
        open_[a] = i
        j = open_[other]
        if j is not None and j not in paired[other] and i not in paired[a]:
            if seqs[other][j].start <= pos < seqs[other][j].end:
                paired[other].add(j)
                paired[a].add(i)
                pairs.append((i, j) if a == 0 else (j, i))
    return pairs


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: "Counts") -> None:
        for f in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(self, f, getattr(self, f) + getattr(other, f))


def score_pair(gold_xml: str, system_xml: str, *, name: str = "") -> tuple[Counts, list[dict]]:
    """Counts for one document and the per-expression comparison rows."""
    gtext, gtx = plain_and_timexes(gold_xml)
    stext, stx = plain_and_timexes(system_xml)
    if gtext != stext:
        raise TextMismatch(f"texts differ in {name or 'document'}")
    gtx = [t for t in gtx if t.tid != "t0" and t.text.strip()]
    stx = [t for t in stx if t.tid != "t0" and t.text.strip()]
    c = Counts(gold=len(gtx), system=len(stx))
    rows = []
    pairs = align(gtx, stx)
    gm = {gi: si for gi, si in pairs}
    sm = {si: gi for gi, si in pairs}
    for gi, g in enumerate(gtx):
        si = gm.get(gi)
        s = stx[si] if si is not None else None
        if s is not None:
            c.relaxed += 1
            c.strict += g.text == s.text
            c.type_ok += g.type == s.type
            c.value_ok += g.value == s.value
        rows.append({"doc": name, "kind": "match" if s else "miss", "gold": g.text,
                     "gold_type": g.type, "gold_value": g.value,
                     "sys": s.text if s else None, "sys_type": s.type if s else None,
                     "sys_value": s.value if s else None, "start": g.start})
    for si, s in enumerate(stx):
        if si not in sm:
            rows.append({"doc": name, "kind": "spurious", "gold": None, "gold_type": None,
                         "gold_value": None, "sys": s.text, "sys_type": s.type,
                         "sys_value": s.value, "start": s.start})
    return c, rows


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def measures(c: Counts) -> dict[str, float]:
    """Strict/relaxed P/R/F1, type and value accuracy, and the published type/value F1."""
    sp = c.strict / c.system if c.system else 0.0
    sr = c.strict / c.gold if c.gold else 0.0
    rp = c.relaxed / c.system if c.system else 0.0
    rr = c.relaxed / c.gold if c.gold else 0.0
    rf = _f1(rp, rr)
    type_acc = c.type_ok / c.relaxed if c.relaxed else 0.0
    value_acc = c.value_ok / c.relaxed if c.relaxed else 0.0
    return {
        "strict_p": sp, "strict_r": sr, "strict_f1": _f1(sp, sr),
        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
        "type_accuracy": type_acc, "value_accuracy": value_acc,
        "type_f1": type_acc * rf, "value_f1": value_acc * rf,
        "gold": c.gold, "system": c.system, "strict_matches": c.strict,
        "relaxed_matches": c.relaxed,
    }


def score_dirs(gold_dir: Path, system_dir: Path) -> tuple[dict[str, float], list[dict]]:
    """Score every gold .tml against the system file of the same name (missing = empty)."""
    total = Counts()
    rows: list[dict] = []
    for gp in sorted(Path(gold_dir).glob("*.tml")):
        sp = Path(system_dir) / gp.name
        gold_xml = gp.read_text(encoding="utf-8")
        if not sp.exists():
            raise FileNotFoundError(f"no system file for {gp.name} in {system_dir}")
        c, r = score_pair(gold_xml, sp.read_text(encoding="utf-8"), name=gp.stem)
        total.add(c)
        rows.extend(r)
    return measures(total), rows
