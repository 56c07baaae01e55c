"""The quotes of the bundled sample story, written out after reading the five articles
(needs the spaCy model).

000 Politico (undated): Pompeo's trip to free three Americans; Trump, Pompeo, Giuliani.
001 Washington Times: North Korean defectors at the National Press Club; Kang Chol-hwan,
    Ji Seong-ho, David Maxwell, Pompeo, Trump.
002 VICE (Feb 21 2018): the cancelled Pence meeting; the VP's office, Nick Ayers, Heather
    Nauert, Pence.
003 Washington Times (December 16, 2018): North Korea's threat over sanctions; the Foreign
    Ministry, Mnuchin, Trump's tweets, Yonhap.
004 KEI commentary (May 4, 2018): Pompeo on denuclearization.
"""

from __future__ import annotations

import pytest

from newsline.model import ArticleDoc, Corpus, make_article
from newsline.quotes import extract_quotes, find_quotes, story_section

pytestmark = pytest.mark.model

DATES = {"000": None, "001": None, "002": "2018-02-21", "003": "2018-12-16", "004": "2018-05-04"}

# (article, words from the content, speaker name, speaker kind, direct/indirect/mixed,
#  words the speaker span holds)
EXPECTED = [
    ("000", "We will all soon be finding out", "Donald Trump", "person", "direct", "the president"),
    ("000", "We’ve been asking for the release of these detainees for 17 months", "Mike Pompeo", "pronoun", "direct", "he"),
    ("000", "We’ll talk about it again", "Mike Pompeo", "pronoun", "direct", "he"),
    ("000", "I’m praying it will get done", "Rudy Giuliani", "pronoun", "direct", "he"),
    ("000", "They’re working on it", "Rudy Giuliani", "pronoun", "direct", "he"),
    ("000", "Plans are being made, relationships are building", "Donald Trump", "person", "direct", "Trump"),
    ("000", "We will not relieve sanctions", "Mike Pompeo", "pronoun", "direct", "he"),
    ("000", "that Pompeo is on his way to North Korea", "Donald Trump", "person", "indirect", "President Donald Trump"),
    # "The secretary of state told reporters ... that he has not received ... but said he hopes":
    # "said" is coordinated with "told", so its subject is the secretary of state
    ("000", "he hopes North Korea will", "Mike Pompeo", "person", "mixed", "The secretary of state"),
    ("000", "he was optimistic ahead of Pompeo’s arrival", "Donald Trump", "person", "indirect", "Trump"),
    ("000", "that there was a “good chance”", "Rudy Giuliani", "person", "mixed", "Rudy Giuliani"),
    ("000", "Mike Pompeo is in the final stages of negotiations", None, "anonymous", "indirect",
     "two sources familiar with the situation"),
    ("000", "to comment on the status of the hostage negotiations", "White House", "organisation", "indirect", "The White House"),
    ("001", "That would lead to the North invading South Korea", "Kang Chol-hwan", "person", "direct", "Mr. Kang"),
    ("001", "Mr. Trump, please discuss human rights with Mr. Kim", "Kang Chol-hwan", "person", "direct", "defector Kang Chol-hwan"),
    ("001", "If you want to give a gift of an end-of-war declaration", "Kang Chol-hwan", "person", "direct", "Kang Chol-hwan"),
    ("001", "Pyongyang’s top priority is to get all U.S. troops removed", "Kang Chol-hwan", "person", "indirect", "Mr. Kang"),
    ("001", "North Korea’s economy is on the verge of collapsing", "Kang Chol-hwan", "pronoun", "direct", "he"),
    ("001", "It is a paradox", "David Maxwell", "person", "direct", "Mr. Maxwell"),
    ("001", "he believes the declaration will be granted this year", "David Maxwell", "person", "indirect", "David Maxwell"),
    ("001", "While there’s still a long way to go", "Mike Pompeo", "person", "direct", "Mr. Pompeo"),
    ("001", "Kim Jong-un has been put to the fire", "Ji Seong-ho", "pronoun", "direct", "he"),
    ("001", "he is now worried the U.S. administration", "Ji Seong-ho", "pronoun", "indirect", "He"),
    ("001", "they feared Pyongyang’s human rights record", None, "group", "indirect", "The defectors"),
    ("002", "I didn’t avoid the dictator’s sister", "Mike Pence", "pronoun", "direct", "he"),
    ("002", "Perhaps that’s why they walked away from a meeting", "Nick Ayers", "person", "direct", "Nick Ayers"),
    ("002", "North Korean officials pulled out of an historic face-to-face meeting", "vice president’s office",
     "organisation", "indirect", "the vice president’s office"),
    ("002", "Pence would have delivered an “uncompromising message”", "VP’s office", "organisation", "mixed", "The VP’s office"),
    ("002", "Pence had been “ready to take this opportunity", "Heather Nauert", "person", "mixed", "Heather Nauert"),
    ("002", "The VP was scheduled to meet members of the North Korean delegation", None, "anonymous", "indirect", "officials"),
    ("003", "block the path to denuclearization on the Korean Peninsula", "North Korean Foreign Ministry",
     "organisation", "mixed", "the North Korean Foreign Ministry"),
    ("003", "The United States has consistently condemned the North Korean regime", "Steven T. Mnuchin", "person",
     "direct", "Treasury Secretary Steven T. Mnuchin"),
    ("003", "Many people have asked how we are doing in our negotiations", "Trump", "person", "direct", "Mr. Trump"),
    ("003", "I always reply by saying we are in no hurry", "Trump", "person", "direct", "Mr. Trump"),
    ("003", "we are doing just fine", "Trump", "person", "mixed", "the president"),
    ("003", "that Mr. Biegun will meet his South Korean counterpart", "South Korea’s Yonhap News Agency",
     "organisation", "indirect", "Yonhap"),
    ("004", "he had discussed U.S. expectations", "Mike Pompeo", "person", "mixed", "Secretary of State Mike Pompeo"),
]


@pytest.fixture(scope="module")
def sample_docs(nlp, sample_paths):
    from newsline.nlp import analyze_docs

    docs = []
    for path in sample_paths:
        key = path.name[:3]
        art = make_article(path.read_text(encoding="utf-8"), published=DATES[key], id=key)
        docs.append(ArticleDoc(art))
    docs = analyze_docs(docs)
    return {d.id: d.with_layers(quotes=extract_quotes(d)) for d in docs}


def _find(doc, words):
    """The tightest quote whose content holds these words."""
    found = [q for q in doc.layer("quotes") if words in q.content_text(doc.text, sep=" ")]
    return min(found, key=lambda q: sum(e - s for s, e in q.content)) if found else None


@pytest.mark.parametrize("art,words,name,kind,form,speaker_words", EXPECTED, ids=[e[1][:40] for e in EXPECTED])
def test_sample_quote(sample_docs, art, words, name, kind, form, speaker_words):
    doc = sample_docs[art]
    q = _find(doc, words)
    assert q is not None, f"no quote holds {words!r}"
    assert q.speaker_name == name
    assert q.speaker_kind == kind
    assert speaker_words in (q.speaker_text or "")
    got = "direct" if q.direct else "mixed" if q.mixed else "indirect"
    assert got == form
    if DATES[art]:
        assert q.date == DATES[art]


def test_sample_split_quotes_are_one_quote(sample_docs):
    q = _find(sample_docs["000"], "We’ve been asking for the release")
    assert len(q.content) == 2 and "It’d be a great gesture" in q.content_text(sample_docs["000"].text)
    q = _find(sample_docs["001"], "It is a paradox")
    assert len(q.content) == 2 and "undermines his regime" in q.content_text(sample_docs["001"].text)


def test_sample_no_quote_is_attributed_to_someone_only_named_inside_it(sample_docs):
    for doc in sample_docs.values():
        for q in doc.layer("quotes"):
            if q.speaker_kind == "pronoun" and q.direct:
                assert q.speaker_name not in ("Kim Jong-un", "Kim Jong Un", "Kim Yo Jong")


def test_sample_find_quotes_by_speaker(sample_docs):
    corpus = Corpus(tuple(sample_docs.values()))
    kang = find_quotes(corpus, speaker="Kang Chol-hwan")
    assert len(kang) >= 4 and all(q["article"] == "001" for q in kang)
    pence = find_quotes(corpus, speaker="Pence")
    assert any("I didn’t avoid the dictator’s sister" in q["text"] for q in pence)
    assert all(q["speaker_name"] == "Mike Pence" for q in pence)  # not his chief of staff
    section = story_section(corpus)
    names = [g["speaker"] for g in section]
    assert "Kang Chol-hwan" in names and "Mike Pompeo" in names


def test_sample_with_actor_stage(sample_docs):
    """With the actor layers, speakers take the corpus's canonical names."""
    actors = pytest.importorskip("newsline.actors")
    from newsline.quotes import resolve_speakers

    corpus = actors.resolve_actors(Corpus(tuple(sample_docs.values())))
    corpus = resolve_speakers(corpus)
    docs = {d.id: d for d in corpus.docs}
    q = _find(docs["000"], "We’ve been asking for the release")
    assert q.speaker_actor_id is not None and "Pompeo" in q.speaker_name
    q = _find(docs["000"], "Mike Pompeo is in the final stages")
    assert q.speaker_actor_id is None and q.speaker_kind == "anonymous"
    q = _find(docs["003"], "Many people have asked")
    assert "Trump" in q.speaker_name
