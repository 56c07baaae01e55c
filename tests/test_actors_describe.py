"""The learned description-to-person step: shipped model, and what its features prefer."""

from __future__ import annotations

from newsline.actors import describe as dm


def row(**on) -> list[float]:
    x = [0.0] * len(dm.FEATURES)
    x[0] = 1.0
    for k, v in on.items():
        x[dm.FEATURES.index(k)] = v
    return x


def test_model_matches_features():
    w = dm.load_weights()
    assert w, "describe_weights.json is shipped"
    assert w["features"] == list(dm.FEATURES)
    assert len(w["coef"]) == len(dm.FEATURES)
    assert 0.0 < w["threshold"] < 1.0
    assert 0.0 <= w["margin"] < 1.0


def test_gender_clash_scores_below_agreement():
    coef = dm.load_weights()["coef"]
    agree = dm._prob(row(same_doc=1.0, gender_agree=1.0, definite=1.0), coef)
    clash = dm._prob(row(same_doc=1.0, gender_clash=1.0, definite=1.0), coef)
    assert agree > clash


def test_the_story_protagonist_with_the_same_verb_scores_above_a_bystander():
    coef = dm.load_weights()["coef"]
    protagonist = dm._prob(row(same_doc=1.0, story_top=1.0, story_share=0.6, verb_match=1.0, definite=1.0), coef)
    bystander = dm._prob(row(same_doc=1.0, story_share=0.1, definite=1.0), coef)
    assert protagonist > bystander


def test_gunman_joins_the_named_shooter_of_the_story(parse):
    from newsline.actors import resolve_actors
    from newsline.model import Corpus

    docs = [
        parse(
            "Ravel Quint opened fire at a bakery in Norbury on Monday, police said. "
            "Quint shot two customers before officers arrested him.",
            id="a1",
        ),
        parse(
            "Police arrested Ravel Quint after a shooting at a Norbury bakery. "
            "The gunman shot two customers. Quint was charged on Tuesday.",
            id="a2",
        ),
    ]
    corpus = resolve_actors(Corpus(tuple(docs)))
    ids = {m.text: m.actor_id for m in corpus.docs[1].get("actor_mentions")}
    assert ids.get("The gunman") == ids.get("Ravel Quint")


def test_a_spokesman_is_seldom_the_named_protagonist():
    coef = dm.load_weights()["coef"]
    base = dict(same_doc=1.0, story_top=1.0, story_share=0.5, definite=1.0)
    assert dm._prob(row(**base, functionary=1.0), coef) < dm._prob(row(**base, generic=1.0), coef)
