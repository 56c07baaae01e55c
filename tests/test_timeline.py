"""Timeline: event mentions, merging, date ranking, selection, filters and exports.

Documents are built by hand (sentences and temporal expressions, no parser), so these
tests pin the selection rules themselves; the sample story is in test_timeline_sample.py.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from newsline.errors import NewslineError
from newsline.model import ArticleDoc, Corpus, Sentence, item_from_json, item_to_json, make_article
from newsline.pipeline import Pipeline, Stage
from newsline.time.model import ArticleDate, Timex
from newsline.timeline import (
    TimelineEntry,
    build_timeline,
    story_section,
    timeline_stage,
    to_csv,
    to_timelinejs,
)
from newsline.timeline.events import event_mentions, segments
from newsline.timeline.items import parse_value, value_end
from newsline.timeline.select import SelectOptions


def make_doc(id: str, published: str, sentences: list[str], dates: dict[int, list[tuple[str, str]]] | None = None,
             source: str = "paper") -> ArticleDoc:
    """A document from sentences (one per line); ``dates`` maps a sentence index to
    (expression text, TIMEX3 value) pairs found in that sentence."""
    text = "\n".join(sentences)
    sents, timexes, pos = [], [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(i, pos, pos + len(s), 0, 0))
        for expr, value in (dates or {}).get(i, []):
            a = text.index(expr, pos)
            gran = parse_value(value)[1]
            timexes.append(Timex(a, a + len(expr), expr, "DATE", value, gran, "past", "absolute", i))
        pos += len(s) + 1
    art = make_article(text, published=published, id=id, source=source)
    return ArticleDoc(art).with_layers(tokens=(), sentences=tuple(sents), entities=(), timexes=tuple(timexes))


SPILL = "An explosion on the drilling rig killed eleven workers and set the platform ablaze on April 20."
SPILL2 = "Eleven workers died when an explosion set the drilling rig ablaze on April 20 in the Gulf."
CAP = "Engineers placed a new cap on the leaking well on July 15, stopping the flow of oil."
CAP2 = "The leaking well was capped on July 15 by engineers, stopping the flow of oil into the Gulf."
HEARING = "Lawmakers questioned oil executives about safety at a congressional hearing on May 12."
FILLER = "Fishermen along the coast waited anxiously for news about the fishing season this summer."


@pytest.fixture()
def corpus() -> Corpus:
    docs = [
        make_doc("a1", "2010-04-21", [SPILL, FILLER], {0: [("April 20", "2010-04-20")]}, "wire"),
        make_doc("a2", "2010-04-22", [SPILL2, FILLER], {0: [("April 20", "2010-04-20")]}, "daily"),
        make_doc("a3", "2010-05-13", [HEARING, SPILL], {0: [("May 12", "2010-05-12")], 1: [("April 20", "2010-04-20")]}, "daily"),
        make_doc("a4", "2010-07-16", [CAP, FILLER], {0: [("July 15", "2010-07-15")]}, "wire"),
        make_doc("a5", "2010-07-17", [CAP2], {0: [("July 15", "2010-07-15")]}, "weekly"),
    ]
    return Corpus(tuple(docs))


def test_parse_value_knows_days_months_and_years_only():
    assert parse_value("2018-02-09") == (parse_value("2018-02-09")[0], "day")
    assert parse_value("2018-05")[1] == "month"
    assert parse_value("2018")[1] == "year"
    assert parse_value("2018-02-09T10:30")[1] == "day"
    for v in ("PAST_REF", "P10Y", "2018-W06", "2018-SU", None, "2018-02-30"):
        assert parse_value(v) is None
    assert value_end("2018-02").isoformat() == "2018-02-28"
    assert value_end("2016-02").isoformat() == "2016-02-29"


def test_event_mentions_date_each_sentence_by_its_own_expression_else_the_article():
    doc = make_doc("x", "2010-04-21", [SPILL, FILLER], {0: [("April 20", "2010-04-20")]})
    ev = event_mentions(doc)
    assert [e.date for e in ev] == ["2010-04-20", "2010-04-21"]
    assert [e.date_source for e in ev] == ["timex", "article"]
    assert ev[0].dates == ("2010-04-20",) and ev[1].dates == ()
    assert doc.text[ev[0].timex_start : ev[0].timex_end] == "April 20"


def test_an_approximate_expression_gives_no_date_to_place_the_event_at():
    text = "The talks collapsed roughly 10 days ago, officials said."
    expr = "roughly 10 days ago"
    a = text.index(expr)
    tx = Timex(a, a + len(expr), expr, "DATE", "2010-04-24", "day", "past", "dct", 0, mod="APPROX")
    art = make_article(text, published="2010-05-04", id="x")
    doc = ArticleDoc(art).with_layers(tokens=(), sentences=(Sentence(0, 0, len(text), 0, 0),), entities=(),
                                      timexes=(tx,))
    (ev,) = event_mentions(doc)
    assert (ev.date, ev.date_source, ev.dates) == ("2010-05-04", "article", ())
    exact = doc.with_layers(timexes=(Timex(a, a + len(expr), expr, "DATE", "2010-04-24", "day", "past", "dct", 0),))
    assert event_mentions(exact)[0].date == "2010-04-24"


def test_a_piece_of_an_article_dated_to_a_month_that_tells_of_another_time_has_no_date():
    # an undated article estimated to May 2018: "over the Easter weekend", resolved against
    # the estimate and cut to its month (coarsened), is March, two months off; "Saturday"
    # coarsened to April is the estimate's edge and says nothing
    sentences = ["Pompeo had met in secret with Kim over the Easter weekend.",
                 "The talks were set for Saturday, officials said.",
                 "Pompeo landed in Pyongyang to meet Kim."]
    text = "\n".join(sentences)
    sents, pos = [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(i, pos, pos + len(s), 0, 0))
        pos += len(s) + 1
    easter, saturday = text.index("the Easter weekend"), text.index("Saturday")
    timexes = (
        Timex(easter, easter + 18, "the Easter weekend", "DATE", "2018-03", "month", "past", "coarsened", 0),
        Timex(saturday, saturday + 8, "Saturday", "DATE", "2018-04", "month", "past", "coarsened", 1),
    )
    doc = ArticleDoc(make_article(text, id="u")).with_layers(
        tokens=(), sentences=tuple(sents), entities=(), timexes=timexes,
        article_date=(ArticleDate("2018-05", "month", 0.5, "estimate"),))
    ev = event_mentions(doc)
    assert [(e.date, e.date_source) for e in ev] == [(None, "none"), ("2018-05", "article"), ("2018-05", "article")]
    assert all(e.dates == () for e in ev)


def test_event_mentions_prefer_the_most_specific_calendar_expression():
    doc = make_doc("x", "2010-06-01", ["In May 2010 the spill grew, and on May 3 it reached Louisiana."],
                   {0: [("May 2010", "2010-05"), ("May 3", "2010-05-03")]})
    ev = event_mentions(doc)
    assert ev[0].date == "2010-05-03" and ev[0].granularity == "day"
    assert set(ev[0].dates) == {"2010-05", "2010-05-03"}


def test_segments_cut_at_line_breaks_and_strip_datelines():
    text = "NEW ORLEANS (AP) -- Oil reached the coast\nBP said it was sorry."
    art = make_article(text, published="2010-05-01", id="d")
    doc = ArticleDoc(art).with_layers(tokens=(), sentences=(Sentence(0, 0, len(text), 0, 0),), entities=())
    pieces = [doc.text[a:b] for _, a, b in segments(doc)]
    assert pieces == ["Oil reached the coast", "BP said it was sorry."]
    assert _pieces("VENICE, La. (AP) -- The chairman spoke.\nVENICE, Louisiana -- Fishing was shut.") == [
        "The chairman spoke.", "Fishing was shut."]


def _pieces(text: str) -> list[str]:
    art = make_article(text, published="2010-05-01", id="d")
    sents, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        sents.append(Sentence(i, pos, pos + len(line), 0, 0))
        pos += len(line) + 1
    doc = ArticleDoc(art).with_layers(tokens=(), sentences=tuple(sents), entities=())
    return [doc.text[a:b] for _, a, b in segments(doc)]


def test_segments_drop_a_label_in_capitals_run_into_the_sentence():
    assert _pieces("NEW CAP FOR LEAKING OIL WELL In June, BP placed a cap over the well.\n"
                   "US UN NATO Forces met.") == ["In June, BP placed a cap over the well.", "US UN NATO Forces met."]


def test_segments_split_the_header_from_the_report_at_a_publication_timestamp():
    assert _pieces(
        "Spill five times larger than thought Coastguard revises its estimate Thursday 29 April 2010 09.28 BST "
        "Five times more oil is leaking than believed.\n"
        "Friday, April 30, 2010; 3:59 PM As a slick threatened the coast, the governor spoke.\n"
        "Photo credit/Handout ROBERT, Louisiana | Sat May 8, 2010 5:29 pm EDT ROBERT, Louisiana (Reuters) - "
        "BP suffered a setback.\n"
        "HOUSTON | Thu Apr 22, 2010 7:30 pm EDT HOUSTON (Reuters) -\n"
        "20 June 11 16:14 GMT Supporters say the speech was encouraging.\n"
        "Photograph: Mandel Ngan/AFP/Getty Images Bob Dudley will lead BP.\n"
        "The rig sank at 10:21 a.m. on Thursday."
    ) == [
        "Spill five times larger than thought Coastguard revises its estimate",  # the headline
        "Five times more oil is leaking than believed.",
        "As a slick threatened the coast, the governor spoke.",
        "BP suffered a setback.",
        "Supporters say the speech was encouraging.",
        "Bob Dudley will lead BP.",
        "The rig sank at 10:21 a.m. on Thursday.",
    ]


def test_segments_cut_a_dateline_that_closes_a_piece_and_keep_the_headline_before_it():
    assert _pieces(
        "All members of the rig crew alive and accounted for WASHINGTON (AP) --\n"
        "The crew was safe.\n"
        "DAMASCUS, March 21 (Reuters) -\n"
        "Troops fired on marchers."
    ) == ["All members of the rig crew alive and accounted for", "The crew was safe.", "Troops fired on marchers."]


def test_segments_stop_at_reader_comments():
    assert _pieces(
        "BP said the cap held.\nWhat do you think?\nAt 10:14 am on 28 May 2010, pzero wrote: Plug it now.\nMore."
    ) == ["BP said the cap held.", "What do you think?"]
    assert _pieces(
        "The bill passed.\nA reader's view Posted by: kirk | September 19, 2008 11:00 AM | Report abuse Next one"
    ) == ["The bill passed."]
    # a byline is not a comment
    assert _pieces("Posted by: Jane Doe\nThe bill passed.") == ["Posted by: Jane Doe", "The bill passed."]


def test_segments_join_a_chronology_date_and_a_broken_ticker_to_their_entry():
    assert _pieces(
        "Efforts to plug BP's (BP.\nL) (BP.\nN) Gulf of Mexico oil leak were hampered.\n"
        "April 22 -\nThe rig sinks and an oil slick forms.\n"
        "Sept. 7:\nThe government seizes the two lenders.\n"
        "The slick grew (see the map\nbelow.\n"
        "Officials met on May 3.\nThey agreed."
    ) == [
        "Efforts to plug BP's (BP.\nL) (BP.\nN) Gulf of Mexico oil leak were hampered.",
        "April 22 -\nThe rig sinks and an oil slick forms.",
        "Sept. 7:\nThe government seizes the two lenders.",
        "The slick grew (see the map\nbelow.",  # a piece in small letters goes on the one before
        "Officials met on May 3.",
        "They agreed.",
    ]
    assert _pieces(
        "“I want to see people prosecuted,” Senator Patrick J. Leahy (D-Vt.)\n"
        "said yesterday at a hearing.\neBay said sales rose."
    ) == [
        "“I want to see people prosecuted,” Senator Patrick J. Leahy (D-Vt.)\nsaid yesterday at a hearing.",
        "eBay said sales rose.",
    ]


def test_a_flattened_key_events_box_is_one_entry_a_piece():
    assert _pieces(
        "26 December: Arab League observers arrive in Syria, fanning out to cities within days 29 December:\n"
        "Observers visit Homs.\n"
        "Mission extended for another month 24 January: Gulf states pull out of the mission.\n"
        "He said on 24 January: “We will act.”"
    ) == [
        "26 December: Arab League observers arrive in Syria, fanning out to cities within days",
        "29 December:\nObservers visit Homs.",  # the heading left alone joins its entry
        "Mission extended for another month",
        "24 January: Gulf states pull out of the mission.",
        "He said on 24 January: “We will act.”",  # a date of the sentence itself
    ]


def test_a_chronology_entry_tells_its_day_before_a_longer_report_of_it():
    report = ("The Coast Guard said on April 28 that the flow of oil had reached 5,000 barrels a day, "
              "officials told reporters at a briefing in the town on the coast.")
    entry = "April 28 - The Coast Guard says the flow of oil is 5,000 barrels per day."
    again = "Officials told reporters at a briefing on April 28 that the flow had reached 5,000 barrels a day."
    docs = [
        make_doc("r", "2010-04-29", [report], {0: [("April 28", "2010-04-28")]}),
        make_doc("s", "2010-04-29", [again], {0: [("April 28", "2010-04-28")]}),
        make_doc("c", "2010-07-01", [entry], {0: [("April 28", "2010-04-28")]}),
    ]
    picked = lambda opts: build_timeline(Corpus(tuple(docs)), dates=1, per_date=1, options=opts).entries[0].sentences[0].text
    assert picked(SelectOptions()) == entry
    assert picked(SelectOptions(chrono_weight=1.0)) in (report, again)


def test_a_date_s_sentences_tell_different_things_of_the_day():
    # two reports of the blast and one of the search: the second sentence of the day is the
    # search, not the blast again (a date's k sentences are not one thing k times)
    blast = "An explosion on the drilling rig killed eleven workers in the Gulf on April 20, officials said."
    blast2 = "The blast on the rig on April 20 killed eleven crew members, the company said."
    search = "Rescuers in boats searched for the eleven missing workers on April 20."
    docs = [
        make_doc(id, "2010-04-21", [text], {0: [("April 20", "2010-04-20")]})
        for id, text in (("a", blast), ("b", blast2), ("c", search))
    ]
    told = lambda opts: {s.text for s in build_timeline(Corpus(tuple(docs)), dates=1, per_date=2,
                                                       options=opts).entries[0].sentences}
    assert told(SelectOptions()) == {blast, search}
    assert told(SelectOptions(date_diversity=0.0)) == {blast, blast2}


def test_a_later_entry_tells_what_is_new_that_day_not_the_story_s_background_again():
    blast = "Eleven workers were killed when the rig exploded on April 20 in the Gulf of Mexico."
    again = "Two days after the explosion that killed eleven workers, the drilling rig sank in the Gulf on April 22."
    leak = "Oil began to leak from the well as the rig sank on April 22, the Coast Guard said."
    docs = [
        make_doc("a", "2010-04-21", [blast], {0: [("April 20", "2010-04-20")]}),
        make_doc("b", "2010-04-21", ["An explosion on the drilling rig killed eleven workers in the Gulf on April 20."],
                 {0: [("April 20", "2010-04-20")]}),
        make_doc("c", "2010-04-25", ["Investigators asked why the rig exploded on April 20 in the Gulf."],
                 {0: [("April 20", "2010-04-20")]}),
        make_doc("d", "2010-04-23", [again], {0: [("April 22", "2010-04-22")]}),
        make_doc("e", "2010-04-23", [leak], {0: [("April 22", "2010-04-22")]}),
    ]
    told = lambda opts: {e.date: e.sentences[0].text
                         for e in build_timeline(Corpus(tuple(docs)), dates=2, per_date=1, options=opts).entries}
    assert told(SelectOptions()) == {"2010-04-20": blast, "2010-04-22": leak}
    assert told(SelectOptions(timeline_diversity=0.0))["2010-04-22"] == again


def test_a_sentence_carrying_a_pull_quote_s_spelled_out_marks_is_never_told():
    pull = ("The leak is a disaster for birds on April 20 End Quote Melanie Driscoll National Audubon Society "
            "Engineers placed a cap on the well on April 20.")
    plain = "Engineers placed a temporary cap on the leaking well on April 20 after days of trying."
    docs = [
        make_doc("p", "2010-04-21", [pull], {0: [("April 20", "2010-04-20")]}),
        make_doc("q", "2010-04-21", [pull], {0: [("April 20", "2010-04-20")]}),
        make_doc("r", "2010-04-22", [plain], {0: [("April 20", "2010-04-20")]}),
    ]
    tl = build_timeline(Corpus(tuple(docs)), dates=1, per_date=2)
    assert [s.text for e in tl.entries for s in e.sentences] == [plain]


def test_dates_named_by_more_articles_rank_first(corpus):
    tl = build_timeline(corpus, dates=2, per_date=1)
    assert [e.date for e in tl.entries] == ["2010-04-20", "2010-07-15"]
    assert all(e.granularity == "day" for e in tl.entries)


def test_a_day_still_recalled_weeks_later_outranks_one_named_only_days_after():
    hearing = "Lawmakers questioned oil executives about safety at a congressional hearing on May 12."
    docs = [
        make_doc("r1", "2010-05-15", [hearing], {0: [("May 12", "2010-05-12")]}),
        make_doc("r2", "2010-05-16", [hearing], {0: [("May 12", "2010-05-12")]}),
        make_doc("l1", "2010-05-15", [SPILL], {0: [("April 20", "2010-04-20")]}),
        make_doc("l2", "2010-05-16", [SPILL2], {0: [("April 20", "2010-04-20")]}),
    ]
    tl = build_timeline(Corpus(tuple(docs)), dates=1, per_date=1)
    assert [e.date for e in tl.entries] == ["2010-04-20"]
    flat = SelectOptions(long_later_weight=0.0)
    tl = build_timeline(Corpus(tuple(docs)), dates=2, per_date=1, options=flat)
    assert len({e.score for e in tl.entries}) == 1  # without it, the two days tie


def test_a_day_from_long_before_the_story_is_background_not_a_milestone():
    attacks = "The agent had warned about the men who carried out the attacks of Sept. 11, 2001, in New York."
    rescue = "The Treasury announced a rescue plan for the banks on Oct. 3 after a week of talks."
    docs = [make_doc(f"b{i}", f"2008-10-{10 + i}", [attacks], {0: [("Sept. 11, 2001", "2001-09-11")]})
            for i in range(3)]
    docs += [make_doc(f"s{i}", f"2008-10-0{3 + i}", [rescue], {0: [("Oct. 3", "2008-10-03")]}) for i in range(3)]
    tl = build_timeline(Corpus(tuple(docs)), dates=1, per_date=1)
    assert [e.date for e in tl.entries] == ["2008-10-03"]
    # every mention of 2001 looks back years: counted as looking back, it would lead
    tl = build_timeline(Corpus(tuple(docs)), dates=1, per_date=1, options=SelectOptions(background_days=10**5))
    assert [e.date for e in tl.entries] == ["2001-09-11"]


def test_a_listing_of_many_dates_is_never_told():
    listing = ("Venice, August 29 - September 8 Cannes, May 16 - 27 Berlin, February 8 - 18 Sundance, "
               "January 18 - 28 Reykjavik, September 28 - October 8 Music documentaries dominate the festival.")
    dates = [(x, v) for x, v in (("August 29", "2005-08-29"), ("September 8", "2005-09-08"), ("May 16", "2005-05-16"),
                                 ("February 8", "2005-02-08"), ("January 18", "2005-01-18"),
                                 ("September 28", "2005-09-28"))]
    docs = [make_doc("f1", "2005-10-01", [listing, FILLER], {0: dates}),
            make_doc("f2", "2005-10-02", [SPILL], {0: [("April 20", "2005-04-20")]})]
    tl = build_timeline(Corpus(tuple(docs)), per_date=1)
    assert tl.entries and all(s.text != listing for e in tl.entries for s in e.sentences)
    assert "2005-04-20" in {e.date for e in tl.entries}
    assert not {e.date for e in tl.entries} & {v for _, v in dates}  # no sentence tells them


def test_each_date_gets_at_most_k_sentences_about_it(corpus):
    tl = build_timeline(corpus, dates=3, per_date=2)
    by_date = {e.date: e for e in tl.entries}
    assert set(by_date) == {"2010-04-20", "2010-05-12", "2010-07-15"}
    for e in tl.entries:
        assert 1 <= len(e.sentences) <= 2
    assert by_date["2010-05-12"].sentences[0].text == HEARING


def test_near_duplicates_are_merged_not_repeated(corpus):
    tl = build_timeline(corpus, dates=3, per_date=3)
    spill = next(e for e in tl.entries if e.date == "2010-04-20")
    texts = [s.text for s in spill.sentences]
    # the same event told by three articles is one sentence citing the others
    assert sum(t in (SPILL, SPILL2) for t in texts) == 1
    first = spill.sentences[0]
    cited = {c.article for c in first.citations}
    assert {"a1", "a2", "a3"} <= cited
    assert spill.sources >= 3
    for c in first.citations:
        doc = next(d for d in corpus.docs if d.id == c.article)
        assert doc.text[c.start : c.end] == c.text


def test_a_sentence_is_not_used_twice_across_dates(corpus):
    tl = build_timeline(corpus, per_date=3)
    texts = [s.text for e in tl.entries for s in e.sentences]
    assert len(texts) == len(set(texts))


def test_date_range_keeps_only_dates_inside(corpus):
    tl = build_timeline(corpus, per_date=1, start="2010-05-01", end="2010-06-30")
    assert [e.date for e in tl.entries] == ["2010-05-12"]
    assert tl.start == "2010-05-01" and tl.end == "2010-06-30"


def test_focus_prefers_dates_and_sentences_about_the_focus(corpus):
    tl = build_timeline(corpus, dates=1, per_date=1, focus=["hearing"])
    assert [e.date for e in tl.entries] == ["2010-05-12"]
    tl = build_timeline(corpus, dates=1, per_date=1, focus="capped")
    assert tl.entries[0].date == "2010-07-15"
    assert tl.entries[0].sentences[0].text == CAP2


def test_focus_string_is_comma_separated_terms_and_a_term_s_words_may_stand_apart(corpus):
    from newsline.timeline.select import _focus_terms

    assert _focus_terms("Kim Jong Un,  sanctions ") == ("kim jong un", "sanctions")
    # "executive hearings": both words, apart and in another number, in HEARING only
    tl = build_timeline(corpus, dates=1, per_date=1, focus="executive hearings")
    assert [e.date for e in tl.entries] == ["2010-05-12"]
    # two terms: a date about either
    tl = build_timeline(corpus, dates=2, per_date=1, focus="hearing, capped")
    assert sorted(e.date for e in tl.entries) == ["2010-05-12", "2010-07-15"]


def test_month_level_events_appear_as_months_unless_a_day_tells_them():
    docs = [
        make_doc("m1", "2010-09-01", ["The relief well was finished in August 2010 after weeks of drilling."],
                 {0: [("August 2010", "2010-08")]}),
        make_doc("m2", "2010-09-02", ["Drilling of the relief well was completed in August 2010 by the crew."],
                 {0: [("August 2010", "2010-08")]}),
    ]
    tl = build_timeline(Corpus(tuple(docs)), per_date=1)
    months = [e for e in tl.entries if e.granularity == "month"]
    assert [e.date for e in months] == ["2010-08"]
    tl = build_timeline(Corpus(tuple(docs)), per_date=1, coarse=False)
    assert all(e.granularity == "day" for e in tl.entries)



def test_a_month_named_beside_a_day_is_not_the_sentence_s_event():
    # the day is the report's date; "last month" only describes the board
    said = [
        "The envoy said on Sunday that he will meet the board the two countries set up last month.",
        "On Sunday the envoy announced talks with the joint board, which was created last month.",
        "A meeting with the panel formed last month is next, the envoy told reporters on Sunday.",
    ]
    docs = [
        make_doc(f"s{i}", "2010-09-13", [s], {0: [("Sunday", "2010-09-12"), ("last month", "2010-08")]})
        for i, s in enumerate(said)
    ]
    tl = build_timeline(Corpus(tuple(docs)), per_date=1)
    assert [e.date for e in tl.entries] == ["2010-09-12"]
    assert not [e for e in tl.entries if e.granularity == "month"]

def test_bad_options_raise_coded_errors(corpus):
    with pytest.raises(NewslineError) as err:
        build_timeline(corpus, per_date=0)
    assert err.value.code == "E060"
    with pytest.raises(NewslineError):
        build_timeline(corpus, start="yesterday")


def test_empty_corpus_gives_an_empty_timeline():
    assert len(build_timeline(Corpus(()))) == 0


def test_stage_provides_events_and_timeline_and_round_trips(corpus):
    stage = timeline_stage(per_date=1)
    assert stage.kind == "corpus" and {"events", "timeline"} <= stage.provides
    nlp = Stage.batch("nlp", lambda d: d, provides={"tokens", "sentences", "entities", "timexes", "sentence_dates"})
    Pipeline([nlp, stage])  # the requirements are met
    out = stage.fn(corpus)
    assert all(d.has("events") for d in out.docs)
    # a stored events layer is not trusted: the stage recomputes it from the time layers
    stale = corpus.with_docs(tuple(d.with_layers(events=()) for d in corpus.docs))
    again = stage.fn(stale)
    assert [d.get("events") for d in again.docs] == [d.get("events") for d in out.docs]
    assert again.get("timeline") == out.get("timeline")
    entries = out.get("timeline")
    assert entries and all(isinstance(e, TimelineEntry) for e in entries)
    back = [item_from_json(TimelineEntry, json.loads(json.dumps(item_to_json(e)))) for e in entries]
    assert back == list(entries)
    section = story_section(out)
    assert section[0]["date"] == entries[0].date
    assert section[0]["sentences"][0]["article"] == entries[0].sentences[0].article


def test_exports(corpus):
    tl = build_timeline(corpus, dates=3, per_date=2)
    tj = to_timelinejs(tl, title="Spill")
    assert tj["title"]["text"]["headline"] == "Spill"
    assert len(tj["events"]) == len(tl.entries)
    ev = tj["events"][0]
    assert ev["start_date"] == {"year": "2010", "month": "4", "day": "20"}
    assert "a1:" in ev["text"]["text"] or "a2:" in ev["text"]["text"]
    rows = list(csv.DictReader(io.StringIO(to_csv(tl))))
    assert len(rows) == sum(len(e.sentences) for e in tl.entries)
    assert rows[0]["date"] == "2010-04-20" and rows[0]["article"] in {"a1", "a2", "a3"}
    assert int(rows[0]["end"]) > int(rows[0]["start"])


def test_timelinejs_marks_month_entries():
    entry = TimelineEntry("2018-06", "month", (), 1.0)
    ev = to_timelinejs([entry])["events"][0]
    assert ev["start_date"] == {"year": "2018", "month": "6"}
    assert ev["group"] == "month"


def test_options_can_turn_off_the_lead_sentences(corpus):
    opts = SelectOptions(lead_sentences=0, pub_weight=0.0)
    tl = build_timeline(corpus, per_date=2, options=opts)
    for e in tl.entries:
        for s in e.sentences:
            assert s.text != FILLER  # only sentences that name their date remain


def test_background_named_in_passing_is_no_date_of_the_story_unless_asked_for():
    past = "The disaster was compared with the Exxon Valdez spill of 1989, the worst before it."
    docs = [make_doc(f"a{i}", f"2010-04-{21 + i}", [SPILL, FILLER], {0: [("April 20", "2010-04-20")]}) for i in range(9)]
    docs += [make_doc(f"h{i}", f"2010-05-0{1 + i}", [HEARING, FILLER], {0: [("May 12", "2010-05-12")]}) for i in range(3)]
    lead = "Volunteers cleaned oil from the beaches of Grand Isle as the slick spread towards the marshes."
    docs.append(make_doc("b", "2010-05-01", [lead, past], {1: [("1989", "1989")]}))  # 1 of 13
    tl = build_timeline(Corpus(tuple(docs)), per_date=1)
    assert "2010-04-20" in {e.date for e in tl.entries} and "1989" not in {e.date for e in tl.entries}
    # asked for from a start date, or named by a tenth of the articles, it is shown
    asked = build_timeline(Corpus(tuple(docs)), per_date=1, start="1980-01-01")
    assert "1989" in {e.date for e in asked.entries}
    again = "Older residents recalled the Exxon Valdez spill of 1989 in Alaska and the years of lawsuits after it."
    docs.append(make_doc("c", "2010-05-02", [lead, again], {1: [("1989", "1989")]}))  # 2 of 14
    assert "1989" in {e.date for e in build_timeline(Corpus(tuple(docs)), per_date=1).entries}


@pytest.mark.model
def test_a_short_line_with_no_verb_is_never_told(parse):
    from newsline.timeline.select import collect_units

    doc = parse("19 JANUARY, 2200 GMT, PORT-AU-PRINCE\nRescuers pulled a woman alive from the rubble on Tuesday.",
                published="2010-01-19").with_layers(timexes=())
    told = {u.text: u.told for u in collect_units(Corpus((doc,)))}
    assert told == {"19 JANUARY, 2200 GMT, PORT-AU-PRINCE": False,
                    "Rescuers pulled a woman alive from the rubble on Tuesday.": True}


@pytest.mark.model
def test_an_instruction_to_the_reader_is_never_told(parse):
    from newsline.timeline.select import collect_units

    text = ("9 a.m. - Enjoy a breakfast at the juice bar on Elizabeth Street on Saturday.\n"
            "Send us your comments and experiences using the form below.\n"
            "Rescuers pulled a woman alive from the rubble on Tuesday.\n"
            "Meanwhile, take-up of the offer rose on Monday, the bank said.\n"
            "You should send the forms by Friday, officials said.")
    doc = parse(text, published="2010-01-19").with_layers(timexes=())
    told = {u.text: u.told for u in collect_units(Corpus((doc,)))}
    assert told == {"9 a.m. - Enjoy a breakfast at the juice bar on Elizabeth Street on Saturday.": False,
                    "Send us your comments and experiences using the form below.": False,
                    "Rescuers pulled a woman alive from the rubble on Tuesday.": True,
                    "Meanwhile, take-up of the offer rose on Monday, the bank said.": True,
                    "You should send the forms by Friday, officials said.": True}


def test_a_photo_caption_is_never_told_but_its_date_counts():
    caption = ("Italian Prime Minister Silvio Berlusconi, right, gestures as he arrives at the crisis summit "
               "in Paris, Sunday, Oct. 12, 2008.")
    credit = "(AP Photo/Charles Platiau, Pool) European leaders arrive at the crisis summit in Paris, Sunday, Oct. 12."
    report = "European leaders agreed on Sunday to guarantee bank lending until the end of 2009."
    docs = [make_doc("c1", "2008-10-13", [caption, credit], {0: [("Sunday, Oct. 12, 2008", "2008-10-12")],
                                                            1: [("Sunday, Oct. 12", "2008-10-12")]}),
            make_doc("c2", "2008-10-13", [report], {0: [("Sunday", "2008-10-12")]})]
    tl = build_timeline(Corpus(tuple(docs)), dates=1, per_date=2)
    assert [e.date for e in tl.entries] == ["2008-10-12"]
    assert [s.text for s in tl.entries[0].sentences] == [report]


def test_a_wire_photo_s_closing_weekday_and_full_date_make_a_caption_but_prose_with_on_does_not():
    from newsline.timeline.select import _CAPTION

    assert _CAPTION.search("Thad Allen speaks to the news media in Washington Monday, July 19, 2010.")
    assert _CAPTION.search("Brown pelicans try to balance on an oil boom in St. Bernard Parish, La., Wednesday, "
                           "July 21, 2010.")
    assert _CAPTION.search("A pedestrian walks under an electric market board in Tokyo, Thursday, Oct. 16, 2008.")
    assert _CAPTION.search("President Bush pauses during a press conference in the Rose Garden of the White House "
                           "Saturday, Oct. 11, 2008, in Washington.")
    assert not _CAPTION.search("The verdict was read on Friday, Oct. 3, 2008.")
    assert not _CAPTION.search("The verdict was read on Friday, Oct. 3, 2008, in Washington.")
    assert not _CAPTION.search("BP said Monday, July 19, 2010, that the cap was holding.")
    assert not _CAPTION.search("BP said Monday that the cap was holding.")
    # ... and its openings
    assert _CAPTION.search("In this image taken from video provided by BP PLC at 15:37 p.m.")
    assert _CAPTION.search("This undated handout photo provided by the Coast Guard shows the rig.")
    assert not _CAPTION.search("In this case the court ruled for BP.")
    assert not _CAPTION.search("This picture of the economy is bleak, he said.")
    assert _CAPTION.search("May 29: This image made from video released by BP shows the gushing oil well.")
    assert _CAPTION.search("June 2: Robots swarm the blowout preventer, bottom left, as oil rises at the site.")
    assert _CAPTION.search("Oil executives testify during a House hearing on Capitol Hill in Washington (Reuters).")
    assert not _CAPTION.search("Oil executives testified, a Reuters reporter said (Reuters) on Monday.")
    # a gallery's caption headed by its date, not a chronology's entry
    assert _CAPTION.search("April 29: Oil from the massive spill can be seen as a dark blue swirl off the coast.")
    assert _CAPTION.search("Apr. 21: An oil slick is seen as the Deepwater Horizon oil rig burns in the Gulf.")
    assert not _CAPTION.search("April 29 - President Obama pledges every available resource to contain the spill.")
    assert not _CAPTION.search("April 22 - The rig sinks and a five-mile long oil slick is seen.")


@pytest.mark.parametrize("mark", ["- ", "\u2022 ", "12.11 pm: ", "3:09 PM BST: "])
def test_a_list_s_bullet_or_a_live_blog_s_stamp_is_no_word_of_the_sentence_it_marks(mark):
    doc = make_doc("b1", "2010-07-16", [mark + CAP], {0: [("July 15", "2010-07-15")]})
    tl = build_timeline(Corpus((doc,)), dates=1, per_date=1)
    s = tl.entries[0].sentences[0]
    assert s.text == CAP and doc.text[s.start : s.end] == CAP


def test_a_piece_that_trails_off_or_opens_mid_sentence_is_never_told():
    from newsline.timeline.select import _BROKEN

    assert _BROKEN.search("A government lawyer says the rig's owner is thwarting a federal board's efforts to make "
                          "safety reco ...")
    assert _BROKEN.search("Photos of fish with sores may raise concern \u2026")
    assert _BROKEN.search(", told members of the House Energy and Commerce Committee on Tuesday.")
    assert not _BROKEN.search("BP said on Monday that the cap was holding.")
    assert not _BROKEN.search("“We are doing everything we can,” he said.")
    assert _BROKEN.search("Will the new cap hold on Thursday?") and _BROKEN.search("“Where is the oil?”")


def _actor(name, typ, articles, aliases=()):
    from newsline.actors import Actor

    return Actor(id=name.lower(), name=name, type=typ, aliases=tuple((a, 1) for a in (name, *aliases)), roles=(),
                 articles=tuple(articles), mentions=len(articles), sentences=(), cooccurs=())


def test_a_large_pile_asked_for_no_focus_keeps_to_the_story_s_own_actors():
    from newsline.timeline.stage import story_focus

    protest = "Security forces in Syria shot dead twelve protesters in Deraa on March 18, activists said."
    later = "Syrian troops fired on mourners at a funeral in Deraa on March 20, witnesses said."
    quake = "A massive earthquake and tsunami struck the coast of Japan on March 11, shutting nuclear plants."
    docs = [make_doc(f"s{i}", "2011-03-25", [protest], {0: [("March 18", "2011-03-18")]}, source="wire")
            for i in range(5)]
    docs += [make_doc(f"t{i}", "2011-03-25", [later], {0: [("March 20", "2011-03-20")]}, source="wire")
             for i in range(7)]
    docs += [make_doc(f"j{i}", "2011-03-25", [quake], {0: [("March 11", "2011-03-11")]}, source="wire")
             for i in range(8)]  # the day of the quake is named more often than either
    ids = [d.id for d in docs]
    actors = (_actor("Syria", "country", ids[:12], ("Syrian", "Syrian government", "Government")),
              _actor("Japan", "country", ids[12:]), _actor("Wire", "organisation", ids))
    corpus = Corpus(tuple(docs)).with_layers(actors=actors)
    # named in 12 of 20 articles: the story; Japan (8) is not, nor the outlet, nor a description
    assert story_focus(corpus) == ("syria", "syrian")
    assert {e.date for e in build_timeline(corpus, dates=3, per_date=1).entries} == {"2011-03-18", "2011-03-20"}
    # asked for nothing in particular (an empty focus), every article counts alike
    assert [e.date for e in build_timeline(corpus, dates=1, per_date=1, focus=()).entries] == ["2011-03-11"]
    # a small pile is one story
    assert story_focus(Corpus(tuple(docs[:9])).with_layers(actors=actors)) == ()
