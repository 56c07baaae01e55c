import pytest

from newsline.errors import InputProblem, NewslineError
from newsline.model import ArticleDoc, make_article
from newsline.pipeline import Pipeline, Stage


def _doc(text):
    return ArticleDoc(make_article(text))


def test_pipeline_checks_requirements_when_built():
    a = Stage.per_article("a", lambda d: d, requires={"tokens"}, provides={"x"})
    with pytest.raises(NewslineError) as e:
        Pipeline([a])
    assert e.value.code == "E002"
    assert "tokens" in str(e.value) and "'a'" in str(e.value)


def test_pipeline_rejects_duplicate_names():
    a = Stage.per_article("a", lambda d: d, provides={"x"})
    with pytest.raises(NewslineError) as e:
        Pipeline([a, a])
    assert e.value.code == "E003"


def test_pipeline_accepts_chain_and_reports_provides():
    a = Stage.per_article("a", lambda d: d.with_layers(x=(1,)), requires={"text"}, provides={"x"})
    b = Stage.per_article("b", lambda d: d.with_layers(y=d.layer("x") * 2), requires={"x"}, provides={"y"})
    p = Pipeline([a, b])
    assert {"x", "y", "text"} <= p.provides
    res = p.run_articles([_doc("one"), _doc("two")])
    assert [d.layer("y") for d in res.docs] == [(1, 1), (1, 1)]
    assert res.problems == []


def test_failing_article_becomes_problem_and_batch_goes_on():
    def boom(doc):
        if "bad" in doc.text:
            raise InputProblem("W108", detail="nothing left")
        return doc.with_layers(ok=(True,))

    p = Pipeline([Stage.per_article("s", boom, provides={"ok"})])
    res = p.run_articles([_doc("good one"), _doc("bad one"), _doc("good two")])
    assert [d.text for d in res.docs] == ["good one", "good two"]
    assert len(res.problems) == 1
    prob = res.problems[0]
    assert prob.code == "W108" and prob.stage == "s" and prob.article_id is not None


def test_batch_stage_failure_is_isolated_to_the_bad_doc():
    def batch(docs):
        if any("bad" in d.text for d in docs):
            raise ValueError("cannot handle 'bad'")
        return [d.with_layers(n=(len(d.text),)) for d in docs]

    p = Pipeline([Stage.batch("b", batch, provides={"n"})])
    res = p.run_articles([_doc("fine"), _doc("bad"), _doc("also fine")])
    assert [d.text for d in res.docs] == ["fine", "also fine"]
    assert res.problems[0].code == "W201" and "ValueError" in res.problems[0].message


def test_missing_layer_error_names_present_layers():
    doc = _doc("x").with_layers(tokens=())
    with pytest.raises(NewslineError) as e:
        doc.layer("quotes")
    assert e.value.code == "E010" and "tokens" in str(e.value)


def test_docs_and_corpora_pickle_for_process_pools():
    import pickle

    from newsline.model import Corpus

    doc = _doc("one two").with_layers(words=("one", "two"))
    corpus = Corpus((doc,)).with_layers(total=(2,))
    back = pickle.loads(pickle.dumps(corpus))
    assert back == corpus
    assert back.docs[0].layer("words") == ("one", "two")
