"""The content-span chooser: its arithmetic, the packaged weights and the wider contents it
proposes for a parsed candidate."""

from __future__ import annotations

import math

import pytest

from newsline.quotes import cues
from newsline.quotes.classify import default_model
from newsline.quotes.extract import View, extract, scored_candidates
from newsline.quotes.spans import SpanModel, alternatives, default_span_model, features


def test_model_is_a_logistic_with_a_widening_threshold():
    m = SpanModel({"a": 2.0}, bias=-1.0, threshold=0.5)
    assert m.prob({}) == pytest.approx(1 / (1 + math.exp(1.0)))
    assert m.prob({"a": 1.0, "unknown": 3.0}) == pytest.approx(1 / (1 + math.exp(-1.0)))
    d = m.to_json()
    assert SpanModel(d["weights"], d["bias"], d["threshold"]) == m


def test_packaged_span_model_loads_and_is_small():
    m = default_span_model()
    assert m is not None
    assert m.threshold == 0.5
    assert 20 < len(m.weights) < 1000
    # a wider span that adds another cue or a relative clause is rarely the same report;
    # one that adds quoted words usually is
    for kind in ("clause", "sent"):
        assert m.weights[f"k={kind}|post_cue"] < 0
        assert m.weights[f"k={kind}|post_rel"] < 0
        assert m.weights[f"k={kind}|post_quoted"] > 0


@pytest.mark.model
def test_alternatives_widen_to_the_clause_and_sentence(parse):
    doc = parse("In Ohio, the senator said the bill would fail, citing the budget.")
    view = View(doc)
    lex = cues.default_lexicon()
    c = next(c for c in scored_candidates(view, lex, default_model()) if c.lemma == "say")
    alts = dict(alternatives(view, c))
    assert alts["cur"] == c.content
    text = doc.text
    for kind in ("clause", "sent"):
        if kind in alts:
            got = " ".join(text[s:e] for s, e in alts[kind])
            assert "the bill would fail" in got
            assert "the senator" not in got and " said " not in f" {got} "  # cue and source cut out
    assert "In Ohio" in " ".join(text[s:e] for s, e in alts["sent"])
    f = features(view, c, "sent", alts["sent"])
    assert f["k=sent"] == 1.0 and f["k=sent|pre_n=<=2"] == 1.0


@pytest.mark.model
def test_direct_quotes_keep_their_content(parse):
    doc = parse('"We will all soon be finding out," he said on Sunday.')
    view = View(doc)
    lex = cues.default_lexicon()
    for c in scored_candidates(view, lex, default_model()):
        if c.direct:
            assert [k for k, _ in alternatives(view, c)] == ["cur"]


@pytest.mark.model
def test_without_a_span_model_the_rules_content_is_kept(parse):
    doc = parse("The mayor said the city would appeal the ruling, and officials agreed.")
    plain = extract(doc, cues.default_lexicon(), model=default_model(), span_model=None)
    always = SpanModel({"k=sent": 50.0, "k=clause": 40.0}, bias=0.0, threshold=0.5)
    wide = extract(doc, cues.default_lexicon(), model=default_model(), span_model=always)
    say_plain = next(c for c in plain if c.lemma == "say")
    say_wide = next(c for c in wide if c.lemma == "say")
    assert say_wide.end >= say_plain.end
    assert say_wide.extra.get("span") in ("sent", "clause")
