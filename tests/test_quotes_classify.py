"""The learned cue acceptance model: its arithmetic, the packaged weights and the features
it reads from a parsed candidate."""

from __future__ import annotations

import math

import pytest

from newsline.quotes import cues
from newsline.quotes.classify import CueModel, StanceModel, default_model, features, source_kind, stance_features
from newsline.quotes.extract import View, scored_candidates


def test_model_is_a_logistic_over_named_features():
    m = CueModel({"a": 2.0, "b": -1.0}, bias=-0.5, threshold=0.5)
    assert m.prob({}) == pytest.approx(1 / (1 + math.exp(0.5)))
    assert m.prob({"a": 1.0, "b": 1.0, "unknown": 5.0}) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert m.prob({"b": 100.0}) == 0.0


def test_packaged_model_loads_and_is_small():
    m = default_model()
    assert m is not None
    assert 0.05 < m.threshold < 0.95
    assert 20 < len(m.weights) < 2000
    # a cue the lexicon rates higher is more likely an attribution, whatever the frame
    assert m.weights["lex"] > 0


def test_model_round_trips_through_json():
    m = CueModel({"x": 1.5}, bias=0.25, threshold=0.4)
    d = m.to_json()
    assert CueModel(d["weights"], d["bias"], d["threshold"]) == m


def test_stance_rates_are_smoothed_toward_the_verb_then_the_prior():
    m = StanceModel({}, 0.0, 0.4, {"back": [20, 15]}, {"back plan": [5, 5]}, prior=0.2, smooth=5.0)
    rv, ro = m.rates("back", "plan")
    assert rv == pytest.approx((15 + 5 * 0.2) / 25)
    assert ro == pytest.approx((5 + 5 * rv) / 10)
    assert m.rates("buy", None) == (pytest.approx(0.2), pytest.approx(0.2))  # unseen: the prior
    assert StanceModel.from_json(m.to_json()) == m


def test_packaged_stance_model_loads():
    m = default_model()
    assert m.stance is not None
    assert 0.05 < m.stance.threshold < 0.95
    assert 0.0 < m.stance.prior < 1.0


@pytest.mark.model
def test_stance_features_of_a_verb_and_its_object(parse):
    doc = parse("The senator welcomed the proposal to cut taxes.")
    view = View(doc)
    lex = cues.default_lexicon()
    c = next(c for c in scored_candidates(view, lex) if c.lemma == "welcome")
    f, olemma = stance_features(view, c)
    assert olemma == "proposal"
    assert f["s:okind=abstract"] == 1.0


@pytest.mark.model
def test_features_of_a_said_that_clause(parse):
    doc = parse("The senator said on Tuesday that the bill would fail in the House.")
    view = View(doc)
    lex = cues.default_lexicon()
    cands = [c for c in scored_candidates(view, lex) if c.lemma == "say"]
    assert len(cands) == 1
    f = features(view, cands[0], lex)
    assert f["frame=ccomp"] == 1.0
    assert f["c_clause"] == 1.0  # "the bill would fail": its own subject and verb
    assert f["src=role"] == 1.0
    assert "neg" not in f and "direct" not in f


@pytest.mark.model
def test_source_kinds(parse):
    lex = cues.default_lexicon()
    for text, kind in [
        ("He said the talks had failed.", "pronoun"),
        ("We believe the talks have failed.", "first"),
        ("Officials said the talks had failed.", "role"),
    ]:
        doc = parse(text)
        view = View(doc)
        c = next(c for c in scored_candidates(view, lex) if c.lemma in ("say", "believe"))
        assert source_kind(view, c) == kind, text


@pytest.mark.model
def test_negated_and_modal_cues_are_marked(parse):
    doc = parse("Smith did not say the plan would work, and Jones would argue it cannot.")
    view = View(doc)
    lex = cues.default_lexicon()
    by_lemma = {c.lemma: features(view, c, lex) for c in scored_candidates(view, lex)}
    assert by_lemma["say"].get("neg") == 1.0
    assert by_lemma["argue"].get("modal") == 1.0


def test_saved_weights_are_named_rounded_and_small_ones_dropped():
    from newsline.logistic import named_weights

    assert named_weights(["a", "b", "c"], [0.12345, -0.004, -0.5], 0.01) == {"a": 0.123, "c": -0.5}
