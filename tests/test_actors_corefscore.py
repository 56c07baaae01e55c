"""The coreference scorer against hand-computed values."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corefscore import align, score  # noqa: E402


def _part(groups):
    return {m: i for i, g in enumerate(groups) for m in g}


def test_identical_partitions_score_one():
    key = _part([{1, 2, 3}, {4, 5}, {6}])
    s = score(key, key)
    assert s["conll_f1"] == 1.0
    assert s["muc"]["f"] == s["b3"]["f"] == s["ceafe"]["f"] == 1.0


def test_hand_computed_example():
    key = _part([{1, 2, 3}, {4, 5}])
    resp = _part([{1, 2}, {3, 4, 5}])
    s = score(key, resp)
    assert s["muc"]["p"] == pytest.approx(2 / 3, abs=1e-4)
    assert s["muc"]["r"] == pytest.approx(2 / 3, abs=1e-4)
    assert s["b3"]["r"] == pytest.approx(11 / 15, abs=1e-4)
    assert s["b3"]["p"] == pytest.approx(11 / 15, abs=1e-4)
    assert s["ceafe"]["f"] == pytest.approx(0.8, abs=1e-4)


def test_all_singletons_response():
    key = _part([{1, 2}, {3}])
    resp = _part([{1}, {2}, {3}])
    s = score(key, resp)
    assert s["muc"]["r"] == 0.0
    assert s["b3"]["p"] == 1.0 and s["b3"]["r"] == pytest.approx(2 / 3, abs=1e-4)


def test_align_one_to_one_by_overlap_and_misses_are_singletons():
    gold = [("d", 0, 9), ("d", 20, 25), ("d", 40, 45)]
    system = [("d", 0, 4, "A"), ("d", 0, 9, "A"), ("d", 21, 25, "A")]
    resp, matched = align(gold, system)
    assert matched == 2
    assert resp[("d", 0, 9)] == resp[("d", 20, 25)]
    assert resp[("d", 40, 45)] != resp[("d", 0, 9)]
