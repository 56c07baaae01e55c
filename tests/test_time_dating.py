"""Dating articles and sentences: metadata, estimates from text and corpus, the floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsline.model import Article, ArticleDoc, Corpus, make_article
from newsline.pipeline import Pipeline, Stage
from newsline.time import (
    ArticleDate,
    date_corpus,
    dating_stage,
    estimate_date,
    find_timexes,
    format_times,
    sentence_dates,
    story_section,
    tag_times,
    time_stage,
)
from newsline.time.dating import coarsen

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "newsline" / "data" / "sample"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def sample_corpus(nlp):
    from newsline.ingest import read_inputs
    from newsline.nlp import analyze_docs

    arts = [a for a in read_inputs([SAMPLE_DIR]) if isinstance(a, Article)]
    docs = [tag_times(d) for d in analyze_docs([ArticleDoc(a) for a in arts])]
    by_name = {Path(d.article.origin.path).name[:3]: d for d in docs}
    dated = date_corpus(Corpus(tuple(docs)))
    return by_name, {Path(d.article.origin.path).name[:3]: d for d in dated.docs}, dated


def _ad(doc) -> ArticleDate:
    (ad,) = doc.get("article_date")
    return ad


# --- the five samples --------------------------------------------------------------------


@pytest.mark.parametrize("name, value", [("002", "2018-02-21"), ("003", "2018-12-16"),
                                         ("004", "2018-05-04")])
def test_samples_with_a_date_keep_it(sample_corpus, name, value):
    _, dated, _ = sample_corpus
    ad = _ad(dated[name])
    assert (ad.value, ad.granularity, ad.source, ad.confidence) == (value, "day", "metadata", 1.0)


def test_sample_000_is_estimated_to_may_2018(sample_corpus):
    # Pompeo's trip to free the three Americans, Trump leaving the Iran deal: early May 2018
    _, dated, _ = sample_corpus
    ad = _ad(dated["000"])
    assert ad.source == "estimate"
    assert ad.value == "2018-05" and ad.granularity == "month"
    assert 0.35 <= ad.confidence <= 0.8
    assert any("2018-05-04" in e for e in ad.evidence)


def test_sample_001_is_estimated_to_2018(sample_corpus):
    # Pompeo's fourth visit "last week": October 2018; the text and corpus give the year
    _, dated, _ = sample_corpus
    ad = _ad(dated["001"])
    assert ad.source == "estimate"
    assert ad.value is not None and ad.value.startswith("2018")
    assert ad.granularity in ("year", "month")
    assert ad.confidence < 0.8
    assert ad.evidence


def test_estimated_articles_resolve_relative_expressions_no_finer_than_the_estimate(sample_corpus):
    before, dated, _ = sample_corpus
    tuesday_before = [t for t in before["000"].get("timexes") if t.text == "Tuesday"][0]
    assert tuesday_before.value == "XXXX-WXX-2" and tuesday_before.anchor == "unresolved"
    tuesday = [t for t in dated["000"].get("timexes") if t.text == "Tuesday"][0]
    assert tuesday.value == "2018-05" and tuesday.anchor == "coarsened"
    last_year = [t for t in dated["000"].get("timexes") if t.text == "last year"][0]
    assert last_year.value == "2017"
    oct_2015 = [t for t in dated["000"].get("timexes") if t.text == "October 2015"][0]
    assert oct_2015.value == "2015-10" and oct_2015.anchor == "absolute"


def test_sample_sentence_dates(sample_corpus):
    _, dated, _ = sample_corpus
    doc = dated["003"]
    sds = doc.get("sentence_dates")
    assert len(sds) == len(doc.sentences)
    # "North Korea threatened ... Sunday" is dated by its own expression
    first = next(s for s in sds if "threatened to kill" in doc.text[s.start:s.end])
    assert (first.value, first.from_timex, first.source) == ("2018-12-16", True, "timex")
    # a sentence without an expression falls back on the article date, flagged
    fallback = [s for s in sds if not s.from_timex]
    assert fallback and all(s.value == "2018-12-16" and s.source == "article" for s in fallback)


def test_story_section_is_json_ready(sample_corpus):
    _, _, corpus = sample_corpus
    sec = story_section(corpus)
    json.dumps(sec)
    assert sec["summary"]["articles"] == 5
    assert sec["summary"]["estimated"] == 2
    row = next(a for a in sec["articles"] if a["date"]["value"] == "2018-12-16")
    assert {"Sunday", "Tuesday", "Monday"} <= {t["text"] for t in row["timexes"]}


def test_format_times_rows(sample_corpus):
    _, dated, _ = sample_corpus
    rows = format_times(dated["003"])
    monday = next(r for r in rows if r["text"] == "Monday")
    assert monday["value"] == "2018-12-10" and monday["type"] == "DATE"
    assert set(monday) >= {"sent", "start", "end", "granularity", "direction", "anchor", "mod"}


# --- hand-built cases --------------------------------------------------------------------------


def _doc(parse, text, published=None, **kw):
    return tag_times(parse(text, published=published, **kw))


def test_undated_article_without_evidence_stays_undated(parse):
    doc = _doc(parse, "The talks went on Tuesday. Officials said little.")
    out = date_corpus(Corpus((doc,)))
    (d,) = out.docs
    ad = _ad(d)
    assert ad.value is None and ad.source == "none" and "undated" in ad.note
    sds = d.get("sentence_dates")
    assert all(s.value is None and s.source == "none" for s in sds)
    # the relative expression stays unresolved: no ingest date creeps in
    tue = [t for t in d.get("timexes") if t.text == "Tuesday"][0]
    assert tue.value == "XXXX-WXX-2"


def test_dateline_dates_an_article(parse):
    doc = _doc(parse, "WASHINGTON, March 3, 2019 - The envoys met on Friday.")
    (d,) = date_corpus(Corpus((doc,))).docs
    ad = _ad(d)
    assert (ad.value, ad.granularity, ad.source) == ("2019-03-03", "day", "estimate")
    friday = [t for t in d.get("timexes") if t.text == "Friday"][0]
    assert friday.value == "2019-03-01"


def test_lower_bound_alone_is_below_the_floor(parse):
    doc = _doc(parse, "He was arrested in October 2015 and sentenced to ten years.")
    (d,) = date_corpus(Corpus((doc,))).docs
    ad = _ad(d)
    assert ad.value is None and ad.confidence < 0.35
    assert any("2015-10-01" in e for e in ad.evidence)


def test_estimate_is_clipped_by_the_text(parse):
    doc = _doc(parse, "The ceasefire of June 4, 2019 held. Kim met Moon.")
    ad, ref = estimate_date(doc, doc.get("timexes"), [(0.5, __import__("datetime").date(2019, 1, 2), "x")],
                            mean_similarity=0.1)
    assert ref is not None and ref.isoformat() >= "2019-06-04"
    assert any("moved to" in e for e in ad.evidence)


def test_sentence_dates_prefer_the_most_specific_expression(parse):
    doc = _doc(parse, "In 2017, talks failed on March 3. Nothing happened then.", "2018-05-01")
    ad = ArticleDate("2018-05-01", "day", 1.0, "metadata")
    sds = sentence_dates(doc, doc.get("timexes"), ad)
    assert (sds[0].value, sds[0].granularity, sds[0].from_timex) == ("2017-03-03", "day", True)
    assert (sds[1].value, sds[1].from_timex, sds[1].source) == ("2018-05-01", False, "article")


def test_coarsen_keeps_absolute_values():
    tx = find_timexes("On Tuesday, and on Jan. 5, 2017.", dct="2018-05-09")
    out = coarsen(tx, "month")
    assert [t.value for t in out] == ["2018-05", "2017-01-05"]


def test_coarsen_keeps_a_named_month_inside_the_estimated_year():
    tx = find_timexes("Since the summit in June, talks stalled. On Tuesday they met.", dct="2018-10-09")
    assert [t.value for t in tx] == ["2018-06", "2018-10-09"]
    # a year-level estimate: the text names the month, the estimate gives the year
    assert [t.value for t in coarsen(tx, "year", 2018)] == ["2018-06", "2018"]
    assert [t.anchor for t in coarsen(tx, "year", 2018)] == ["estimated", "coarsened"]
    # resolved outside the estimated year, or no year given: the year only
    assert [t.value for t in coarsen(tx, "year", 2019)] == ["2018", "2018"]
    assert [t.value for t in coarsen(tx, "year")] == ["2018", "2018"]


def test_stages_declare_their_layers():
    ts, ds = time_stage(), dating_stage()
    assert isinstance(ts, Stage) and ts.kind == "article" and ts.per_doc
    assert ts.requires == {"tokens", "sentences"} and ts.provides == {"timexes"}
    assert ds.kind == "corpus" and ds.requires == {"timexes"}
    assert ds.provides == {"article_date", "sentence_dates"}
    nlp_like = Stage.batch("nlp", lambda docs: docs, requires={"text"},
                           provides={"tokens", "sentences", "entities"})
    Pipeline([nlp_like, ts, ds])  # checks when built


def test_stages_run_in_a_pipeline(parse):
    doc = parse("The envoys met on Tuesday.", published="2018-12-16")
    res = Pipeline([time_stage(), dating_stage()], base={"text", "meta", "tokens", "sentences"})
    out = res.run_articles([doc])
    assert not out.problems
    corpus = res.run_corpus(Corpus(tuple(out.docs)))
    (d,) = corpus.docs
    assert [t.value for t in d.get("timexes")] == ["2018-12-11"]
    assert _ad(d).value == "2018-12-16"


def test_layers_round_trip_as_json():
    from newsline.model import item_from_json, item_to_json
    from newsline.time.model import SentenceDate, Timex

    t = find_timexes("It rose earlier this year.", dct="2018-12-16")[0]
    assert item_from_json(Timex, json.loads(json.dumps(item_to_json(t)))) == t
    ad = ArticleDate("2018-05", "month", 0.5, "estimate", ("a", "b"))
    assert item_from_json(ArticleDate, json.loads(json.dumps(item_to_json(ad)))) == ad
    sd = SentenceDate(0, 0, 10, None, "none", False, "none")
    assert item_from_json(SentenceDate, item_to_json(sd)) == sd


def test_make_article_dct_time_part_is_ignored():
    doc = ArticleDoc(make_article("It happened yesterday.", published="2018-03-01T10:30"))
    assert [t.value for t in tag_times_plain(doc)] == ["2018-02-28"]


def tag_times_plain(doc):
    return find_timexes(doc.text, dct=doc.article.meta.published)


def test_a_coarsened_expression_does_not_date_its_sentence(sample_corpus):
    # "announced Tuesday" in an article dated only to its month: the sentence has the
    # article's date, not a date of its own (the weekday cannot be placed)
    _, dated, _ = sample_corpus
    doc = dated["000"]
    tuesday = [t for t in doc.get("timexes") if t.text == "Tuesday"][0]
    sd = [s for s in doc.get("sentence_dates") if s.start <= tuesday.start < s.end][0]
    assert sd.value == doc.get("article_date")[0].value
    assert not sd.from_timex



def test_a_coarsened_expression_gives_no_event_date(sample_corpus):
    from newsline.timeline.events import event_mentions

    _, dated, _ = sample_corpus
    doc = dated["000"]
    tuesday = [t for t in doc.get("timexes") if t.text == "Tuesday"][0]
    m = [m for m in event_mentions(doc) if m.start <= tuesday.start < m.end][0]
    assert m.dates == () and m.date_source == "article"
    assert m.date == doc.get("article_date")[0].value
