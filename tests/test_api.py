"""The library API over a store, with hand-built stages (no spaCy)."""

from newsline import api
from newsline.pipeline import Pipeline, Stage


def _pipeline():
    def words(doc):
        return doc.with_layers(words=tuple(doc.text.split()))

    def shout(corpus):
        docs = tuple(d.with_layers(words=tuple(w.upper() for w in d.layer("words"))) for d in corpus.docs)
        return corpus.with_docs(docs).with_layers(total=(sum(len(d.layer("words")) for d in docs),))

    return Pipeline(
        [
            Stage.per_article("words", words, requires={"text"}, provides={"words"}),
            Stage.corpus("shout", shout, requires={"words"}, provides={"total"}),
        ]
    )


def test_analyze_is_incremental_and_persists_corpus_stage_changes(tmp_path):
    db = tmp_path / "n.db"
    (tmp_path / "a.txt").write_text("one two three\n", encoding="utf-8")
    res = api.ingest([tmp_path / "a.txt"], db=db)
    assert res.new == 1 and not res.problems
    first = api.analyze(db=db, pipeline=_pipeline())
    assert first.analyzed == 1 and first.corpus_stages == ["shout"]
    corpus = api.corpus(db=db)
    # the corpus stage rewrote a doc layer it did not declare: the store has the new one
    assert corpus.docs[0].layer("words") == ("ONE", "TWO", "THREE")
    assert tuple(corpus.get("total")) == (3,)
    (tmp_path / "b.txt").write_text("four five\n", encoding="utf-8")
    api.ingest([tmp_path / "b.txt"], db=db)
    second = api.analyze(db=db, pipeline=_pipeline())
    assert second.analyzed == 1  # only the new article went through the article stages
    assert tuple(api.corpus(db=db).get("total")) == (5,)


def test_failed_article_is_left_out_of_corpus_stages(tmp_path):
    db = tmp_path / "n.db"
    (tmp_path / "a.txt").write_text("good words here\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("bad words here\n", encoding="utf-8")
    api.ingest([tmp_path], db=db)

    def picky(doc):
        if doc.text.startswith("bad"):
            raise ValueError("cannot read this one")
        return doc.with_layers(words=tuple(doc.text.split()))

    seen = []

    def count(corpus):
        seen.append(len(corpus.docs))
        return corpus

    pipe = Pipeline(
        [
            Stage.per_article("picky", picky, provides={"words"}),
            Stage.corpus("count", count, requires={"words"}),
        ]
    )
    res = api.analyze(db=db, pipeline=pipe)
    assert res.analyzed == 1 and len(res.problems) == 1
    assert res.problems[0].code == "W201" and res.problems[0].stage == "picky"
    assert seen == [1]
    assert any(p.code == "W201" for p in api.problems(db=db))
