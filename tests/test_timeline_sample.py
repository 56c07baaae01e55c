"""The sample story's timeline reads like an editor's: the key events at their dates, cited.

Expected entries, from reading the five sample articles:
- 2018-02-09: the Winter Olympics opening ceremony, where Pence sat feet from Kim Yo Jong
  (VICE, published 2018-02-21: "during the Feb. 9 opening ceremony");
- 2018-02-10: North Korea pulled out of the secret meeting with Pence (VICE: "the secret
  gathering was due to start on Feb. 10");
- May 2018: Pompeo on his way to North Korea, timed with Trump's withdrawal from the Iran
  deal (Politico, undated: "President Donald Trump announced Tuesday that Pompeo is on his
  way to North Korea"; the think-tank piece of 2018-05-04 on the coming Iran decision);
- June 2018: the first Trump-Kim summit in Singapore (Washington Times, undated: "Since the
  first Trump-Kim summit in Singapore in June");
- 2018-12-10: the Treasury sanctions on three of Kim's top officials (Washington Times,
  2018-12-16: "the Treasury Department announced sanctions Monday");
- 2018-12-16: North Korea's threat to kill the denuclearisation talks ("North Korea
  threatened ... Sunday").
"""

from __future__ import annotations

import pytest

from newsline.model import ArticleDoc, Corpus

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def story(nlp, sample_paths):
    from newsline.ingest.readers import read_inputs
    from newsline.pipeline import Pipeline
    from newsline.stages import default_stages
    from newsline.timeline import timeline_stage

    articles = [a for a in read_inputs(sample_paths) if not hasattr(a, "code")]
    assert len(articles) == 5
    # every stage the product runs (actor and quote layers change the sentence choice),
    # three sentences per date
    pipe = Pipeline(default_stages()[:-1] + [timeline_stage(per_date=3)])
    res = pipe.run_articles([ArticleDoc(a) for a in articles])
    return pipe.run_corpus(Corpus(tuple(res.docs)))


def _find(corpus: Corpus, prefix: str, *words: str):
    """(entry, sentence) pairs on a date starting with ``prefix`` whose sentence has all words."""
    hits = []
    for e in corpus.get("timeline"):
        if not e.date.startswith(prefix):
            continue
        for s in e.sentences:
            if all(w.lower() in s.text.lower() for w in words):
                hits.append((e, s))
    return hits


def _cited_correctly(corpus: Corpus, sentence) -> bool:
    docs = {d.id: d for d in corpus.docs}
    return all(docs[c.article].text[c.start : c.end] == c.text for c in sentence.citations)


def _title(corpus: Corpus, article_id: str) -> str:
    return next(d.article.meta.title or d.text[:80] for d in corpus.docs if d.id == article_id)


def test_every_article_is_analysed_into_event_mentions(story):
    assert all(d.has("events") and d.get("events") for d in story.docs)
    kinds = {e.kind for d in story.docs for e in d.get("events")}
    assert {"report", "background"} <= kinds


def test_olympic_opening_ceremony_on_february_9(story):
    hits = _find(story, "2018-02-09", "opening ceremony")
    assert hits, "no 2018-02-09 entry about the opening ceremony"
    e, s = hits[0]
    assert e.granularity == "day"
    assert "Pence" in _title(story, s.article)
    assert _cited_correctly(story, s)


def test_cancelled_pence_meeting_on_february_10(story):
    hits = _find(story, "2018-02-10", "Pyongyang") + _find(story, "2018-02-10", "Pence")
    assert hits, "no 2018-02-10 entry about the cancelled meeting"
    e, s = hits[0]
    assert e.granularity == "day" and _cited_correctly(story, s)


def test_pompeo_trip_and_iran_deal_in_may_2018(story):
    trip = _find(story, "2018-05", "Pompeo", "North Korea")
    assert trip, "no May 2018 entry about Pompeo's trip"
    assert _cited_correctly(story, trip[0][1])
    iran = _find(story, "2018-05", "Iran")
    assert iran, "no May 2018 entry about the Iran deal"


def test_singapore_summit_in_june_2018(story):
    # the Washington Times piece is dated to 2018 only; "in June" keeps the month it names
    hits = _find(story, "2018-06", "Singapore")
    assert hits and _cited_correctly(story, hits[0][1])


def test_treasury_sanctions_on_december_10(story):
    hits = _find(story, "2018-12-10", "Treasury", "sanctions")
    assert hits, "no 2018-12-10 entry about the Treasury sanctions"
    e, s = hits[0]
    assert e.granularity == "day" and _cited_correctly(story, s)


def test_north_korea_threat_on_december_16(story):
    hits = _find(story, "2018-12-16", "North Korea", "threatened")
    assert hits, "no 2018-12-16 entry about North Korea's threat"
    assert _cited_correctly(story, hits[0][1])


def test_entries_are_in_date_order_and_each_sentence_used_once(story):
    entries = story.get("timeline")
    days = [e.day for e in entries]
    assert days == sorted(days)
    texts = [s.text for e in entries for s in e.sentences]
    assert len(texts) == len(set(texts))


def test_no_sentence_is_placed_before_a_date_it_could_not_know(story):
    """A sentence's entry date is never after the article that reports it was published."""
    published = {d.id: d.article.meta.published for d in story.docs}
    for e in story.get("timeline"):
        for s in e.sentences:
            pub = published.get(s.article)
            if pub and e.granularity == "day":
                assert e.date <= pub[:10]
