"""The re-implemented tilse metric on tiny hand-made timelines."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import tilse_metric as M  # noqa: E402

D = dt.date


def test_porter_stem_matches_the_classic_rules():
    cases = {
        "caresses": "caress", "ponies": "poni", "motoring": "motor", "hopping": "hop",
        "relational": "relat", "generalizations": "gener", "adjustment": "adjust",
        "adoption": "adopt", "controll": "control", "sized": "size", "happy": "happi",
    }
    for word, stem in cases.items():
        assert M.porter_stem(word) == stem


def test_rouge_tokens_drop_stopwords_and_punctuation_and_stem_long_words():
    assert M.rouge_tokens(["The oil-spill was stopped on Monday ."]) == [
        "oil", "spill", "stop", "mondai"
    ]
    # words of three letters or fewer are not stemmed
    assert M.rouge_tokens(["BP cut its jobs"]) == ["bp", "cut", "job"]


def test_identical_timelines_score_one():
    tl = {D(2010, 4, 20): ["An explosion sank the rig ."], D(2010, 7, 15): ["The well was capped ."]}
    s = M.score_timeline(tl, tl)
    for metric in ("ar1", "ar2", "date"):
        assert s[metric]["f"] == pytest.approx(1.0)


def test_a_date_one_day_off_is_discounted_by_half():
    ref = {D(2010, 4, 20): ["explosion sank rig"]}
    pred = {D(2010, 4, 21): ["explosion sank rig"]}
    s = M.score_timeline(pred, ref)
    assert s["ar1"]["precision"] == pytest.approx(0.5)
    assert s["ar1"]["recall"] == pytest.approx(0.5)
    assert s["date"]["f"] == 0.0


def test_many_to_one_lets_two_system_dates_share_one_reference_date():
    ref = {D(2010, 4, 20): ["explosion sank rig"], D(2010, 9, 1): ["relief well finished"]}
    pred = {D(2010, 4, 20): ["explosion sank rig"], D(2010, 4, 22): ["rig sank"]}
    r = M.align_m1(pred, ref)[1]
    # both system dates align to 2010-04-20: 3 hits + 2 hits discounted by 1/3
    assert r["p_num"] == pytest.approx(3 + 2 / 3)
    assert r["p_den"] == 5
    # recall: 2010-04-20 gets the exact date; 2010-09-01 matches nothing
    assert r["r_num"] == pytest.approx(3)
    assert r["r_den"] == 5  # "well" is a SMART stopword


def test_unrelated_content_scores_zero():
    ref = {D(2010, 4, 20): ["explosion sank rig"]}
    pred = {D(2010, 4, 20): ["markets rallied strongly"]}
    s = M.score_timeline(pred, ref)
    assert s["ar1"]["f"] == 0.0 and s["date"]["f"] == 1.0


def test_rouge2_counts_bigrams_across_sentences_of_a_day():
    c = M.rouge_counts(["oil spill", "reached coast"], ["spill reached"], 2)
    assert (c.hit, c.pred, c.ref) == (1, 3, 1)


def test_average_takes_mean_precision_and_recall_then_f():
    a = {"x": {"precision": 1.0, "recall": 0.0, "f": 0.0}}
    b = {"x": {"precision": 0.0, "recall": 1.0, "f": 0.0}}
    avg = M.average([a, b])
    assert avg["x"]["precision"] == 0.5 and avg["x"]["recall"] == 0.5
    assert avg["x"]["f"] == pytest.approx(0.5)
