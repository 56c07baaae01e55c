"""The TimeML benchmark's writer and its TempEval-3 scorer, on hand-made documents."""

from __future__ import annotations

import sys
import xml.dom.minidom
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import tempeval  # noqa: E402
from benchmarks.timeml import Doc  # noqa: E402
from newsline.time import find_timexes  # noqa: E402

GOLD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">19980213</TIMEX3></DCT>
<TEXT>
The court <EVENT eid="e1" class="OCCURRENCE">ruled</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-12">Thursday</TIMEX3> that AT&amp;T &quot;lost&quot; for <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3>. <TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">Now</TIMEX3> it <SIGNAL sid="s1">will</SIGNAL> appeal <TIMEX3 tid="t4" type="DATE" value="1998-W08">next week</TIMEX3>.
</TEXT>
<TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>
</TimeML>
"""


def test_doc_plain_text_and_dct():
    d = Doc(GOLD)
    assert d.dct == "1998-02-13"
    assert 'AT&T "lost" for three years.' in d.plain
    assert "<" not in d.plain
    assert d.max_tid == 4


def test_written_document_keeps_every_character_and_other_tags():
    d = Doc(GOLD)
    tx = find_timexes(d.plain, dct=d.dct)
    out, dropped = d.write(tx)
    assert dropped == 0
    # same text once tags are stripped
    gold_plain, _ = tempeval.plain_and_timexes(GOLD)
    sys_plain, sys_tx = tempeval.plain_and_timexes(out)
    assert gold_plain == sys_plain
    assert '<EVENT eid="e1" class="OCCURRENCE">ruled</EVENT>' in out
    assert '<SIGNAL sid="s1">will</SIGNAL>' in out
    assert "&amp;" in out and "&quot;" in out
    assert 'tid="t0"' in out  # the DCT stays
    assert out.count("<TLINK") == 1
    assert all(int(t.tid[1:]) > 4 for t in sys_tx)  # fresh ids, no clash with links
    assert {t.text for t in sys_tx} >= {"Thursday", "three years", "Now", "next week"}


def test_written_document_is_valid_xml():
    d = Doc(GOLD)
    xml_text, _ = d.write(find_timexes(d.plain, dct=d.dct))
    xml.dom.minidom.parseString(xml_text.encode("utf-8"))


def test_expression_crossing_a_tag_is_dropped_not_broken():
    d = Doc(GOLD)
    from newsline.time.model import Timex

    start = d.plain.index("court ruled")
    bad = Timex(start, start + len("court ruled"), "court ruled", "DATE", "X", "none", "none", "none")
    xml_text, dropped = d.write([bad])
    assert dropped == 1
    xml.dom.minidom.parseString(xml_text.encode("utf-8"))


def test_scorer_perfect_on_gold():
    c, _ = tempeval.score_pair(GOLD, GOLD)
    m = tempeval.measures(c)
    assert m["strict_f1"] == m["relaxed_f1"] == m["value_f1"] == m["type_accuracy"] == 1.0
    assert c.gold == 4  # the DCT is not scored


def _system(tags: str) -> str:
    body = GOLD[GOLD.index("<TEXT>"):GOLD.index("</TEXT>")]
    import re

    plain_body = re.sub(r"</?TIMEX3[^>]*>", "", body)
    out = plain_body
    for text, attrs in tags:
        out = out.replace(text, f"<TIMEX3 {attrs}>{text}</TIMEX3>", 1)
    return GOLD.replace(body, out)


def test_scorer_strict_relaxed_and_value():
    sys_xml = _system([
        ("Thursday", 'tid="t9" type="DATE" value="1998-02-12"'),   # strict, right value
        ("for three years", 'tid="t10" type="DURATION" value="P3Y"'),  # relaxed only
        ("appeal", 'tid="t11" type="DATE" value="X"'),  # spurious
        ("next week", 'tid="t12" type="DATE" value="1998-W09"'),  # strict, wrong value
    ])
    c, rows = tempeval.score_pair(GOLD, sys_xml)
    assert (c.gold, c.system, c.strict, c.relaxed, c.value_ok) == (4, 4, 2, 3, 2)
    m = tempeval.measures(c)
    assert m["strict_p"] == 0.5 and m["relaxed_r"] == 0.75
    assert m["value_f1"] == pytest.approx(2 / 3 * 0.75)
    kinds = sorted(r["kind"] for r in rows)
    assert kinds == ["match", "match", "match", "miss", "spurious"]


def test_scorer_pairs_one_to_one():
    # one system expression over two gold ones matches only the first
    gold = [tempeval.TimexTag(0, 5, "a", "t1", "DATE", "1"), tempeval.TimexTag(6, 10, "b", "t2", "DATE", "2")]
    system = [tempeval.TimexTag(0, 10, "ab", "t9", "DATE", "1")]
    assert tempeval.align(gold, system) == [(0, 0)]
    # and a later system expression inside the same gold one is not paired again
    gold = [tempeval.TimexTag(0, 10, "ab", "t1", "DATE", "1")]
    system = [tempeval.TimexTag(0, 4, "a", "t9", "DATE", "1"), tempeval.TimexTag(5, 9, "b", "t8", "DATE", "1")]
    assert tempeval.align(gold, system) == [(0, 0)]


def test_scorer_rejects_changed_text():
    sys_xml = GOLD.replace("three years", "three  years")
    with pytest.raises(tempeval.TextMismatch):
        tempeval.score_pair(GOLD, sys_xml)
