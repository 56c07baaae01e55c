"""Quote stage pieces that need no spaCy model: quotation marks, the lexicon, the layer
item, the surfaces, the corpus speaker stage and the benchmark scorer."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from newsline.model import ArticleDoc, Corpus, item_from_json, item_to_json, layer_type, make_article
from newsline.pipeline import Pipeline, Stage
from newsline.quotes import Quote, extract_quotes, find_quotes, quote_speaker_stage, quote_stage, resolve_speakers, story_section
from newsline.quotes import cues
from newsline.quotes.text import RegionIndex, paragraphs, quote_regions

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.quotes_score import gold_is_direct, match, score_article, summarize  # noqa: E402


def _texts(text):
    return [text[r.start : r.end] for r in quote_regions(text)]


# --- quotation marks ---------------------------------------------------------------------


def test_curly_and_straight_quotes_pair():
    text = '“We will soon be finding out,” he said. She said "no way" twice.'
    assert _texts(text) == ["“We will soon be finding out,”", '"no way"']


def test_double_apostrophes_are_quotation_marks():
    text = "''It's more tinkering,'' Ms. Warren said. ''I wouldn't call it reform.''"
    assert _texts(text) == ["''It's more tinkering,''", "''I wouldn't call it reform.''"]


def test_apostrophes_are_not_quotes_but_single_curly_pairs_are():
    text = "Obamacare is a ‘crazy system’, Clinton’s aide said; it’s Trump’s."
    assert _texts(text) == ["‘crazy system’"]


def test_unclosed_quote_runs_to_the_end_of_its_paragraph():
    text = "“North Korea would have preferred it.\n\nBut as we’ve said: no.”"
    regs = quote_regions(text)
    assert text[regs[0].start : regs[0].end] == "“North Korea would have preferred it."
    assert regs[0].closed is False
    # the next paragraph closes it without opening again
    assert text[regs[1].start : regs[1].end] == "But as we’ve said: no.”"


def test_closing_mark_stuck_to_a_paragraphs_first_word_opens_a_quote():
    text = "Readers wrote in.\n”Fear. I am truly afraid of what comes next.” ― Ann Lee\nShe said ” twice."
    assert _texts(text) == ["”Fear. I am truly afraid of what comes next.”"]
    # after a paragraph left inside a quote, the same mark still closes that quote
    text = "“It is over,\n”Now,” he said."
    assert _texts(text) == ["“It is over,", "”"]


def test_region_index_lookups():
    text = 'He said "a b c" and "d e".'
    idx = RegionIndex(quote_regions(text))
    assert idx.at(text.index("b")).start == text.index('"a')
    assert idx.at(0) is None
    assert idx.inside_chars(0, len(text)) == len('"a b c"') + len('"d e"')


def test_paragraphs_are_nonempty_lines():
    text = "One.\n\n  Two two.\nThree\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["One.", "Two two.", "Three"]


# --- lexicon -----------------------------------------------------------------------------


def test_lexicon_knows_speech_and_belief_and_context():
    lex = cues.default_lexicon()
    assert lex.score("say", "ccomp") > 0.7
    assert lex.score("believe", "ccomp") > lex.score("make", "dobj")
    # a cue inside someone's quoted words is not an attribution of its own
    assert lex.score("say", "ccomp", "q") < 0.1
    assert lex.score("according to", "according") > 0.5
    for word in ("say", "tell", "announce", "add", "believe", "report", "claim", "tweet"):
        assert lex.maybe(word)
    assert "statement" in cues.MEDIA_NOUNS and "interpreter" in cues.MEDIA_NOUNS


# --- the layer item and the surfaces -----------------------------------------------------

TEXT = "“We will soon be finding out,” the president said. Officials said talks went well."


def _quote(**kw):
    base = dict(
        content=((0, 30),),
        cue=(45, 49),
        cue_lemma="say",
        speaker=(31, 44),
        speaker_text="the president",
        speaker_name="Donald Trump",
        speaker_actor_id=None,
        speaker_kind="person",
        direct=True,
        mixed=False,
        sents=(0,),
        date="2018-05-08",
        confidence=0.9,
    )
    base.update(kw)
    return Quote(**base)


def _doc_with_quotes():
    doc = ArticleDoc(make_article(TEXT, published="2018-05-08", id="a1"))
    q1 = _quote()
    q2 = _quote(
        content=((66, 81),), cue=(61, 65), speaker=(51, 60), speaker_text="Officials",
        speaker_name=None, speaker_kind="anonymous", direct=False, sents=(1,),
    )
    return doc.with_layers(quotes=(q1, q2))


def test_quote_layer_is_registered_and_round_trips_through_json():
    assert layer_type("quotes") is Quote
    q = _quote(content=((0, 5), (10, 20)))
    back = item_from_json(Quote, item_to_json(q))
    assert back == q
    assert q.content_text("0123456789" * 3, sep="|") == "01234|0123456789"


def test_find_quotes_by_speaker_and_story_section():
    corpus = Corpus((_doc_with_quotes(),))
    assert len(find_quotes(corpus)) == 2
    trump = find_quotes(corpus, speaker="Trump")
    assert [q["text"] for q in trump] == ["“We will soon be finding out,”"]
    assert trump[0]["speaker"]["text"] == "the president"
    assert find_quotes(corpus, speaker="officials")[0]["speaker_kind"] == "anonymous"
    assert find_quotes(corpus, speaker="Pompeo") == []
    section = story_section(corpus)
    assert [g["speaker"] for g in section] == ["Donald Trump", "Officials"]
    assert section[0]["count"] == 1 and section[0]["quotes"][0]["date"] == "2018-05-08"



def test_statements_are_told_from_stances_and_acts_reported_as_attributions():
    from newsline.quotes.cues import is_statement

    assert is_statement("say", False) and is_statement("according to", False) and is_statement("statement", False)
    assert not is_statement("offer", False) and not is_statement("level", False) and not is_statement(None, False)
    assert is_statement("offer", True)  # words in quotation marks are said, whatever the cue
    doc = _doc_with_quotes()
    act = _quote(content=((61, 81),), cue=(51, 60), cue_lemma="offer", speaker_text="Officials", speaker_name=None,
                 speaker_kind="anonymous", direct=False, sents=(1,))
    corpus = Corpus((doc.with_layers(quotes=doc.get("quotes") + (act,)),))
    assert [q["statement"] for q in find_quotes(corpus)] == [True, True, False]
    assert [q["cue_lemma"] for q in find_quotes(corpus, stances=False)] == ["say", "say"]
    officials = next(g for g in story_section(corpus) if g["speaker"] == "Officials")
    assert (officials["count"], officials["statements"]) == (2, 1)


def test_story_section_groups_sources_that_name_nobody_as_unattributed():
    doc = _doc_with_quotes()
    it = _quote(content=((66, 81),), speaker_text="It", speaker_name=None, speaker_kind="none", sents=(1,))
    none = _quote(speaker=None, speaker_text=None, speaker_name=None, speaker_kind="none", sents=(1,))
    you = _quote(content=((0, 5),), speaker_text="you", speaker_name=None, speaker_kind="pronoun", sents=(0,))
    section = story_section(Corpus((doc.with_layers(quotes=doc.get("quotes") + (it, none, you)),)))
    # the unattributed come last, however many they are; the reader addressed is no speaker
    assert [(g["speaker"], g["count"]) for g in section] == [("Donald Trump", 1), ("Officials", 1), (None, 3)]
    assert sorted(q["speaker_kind"] for q in section[-1]["quotes"]) == ["none", "none", "pronoun"]


def test_story_section_kind_is_the_speaker_s_not_the_pronoun_s():
    doc = _doc_with_quotes()
    he = _quote(content=((66, 81),), speaker_text="he", speaker_kind="pronoun", sents=(1,))
    section = story_section(Corpus((doc.with_layers(quotes=(he,) + doc.get("quotes")),)))
    assert [(g["speaker"], g["kind"], g["count"]) for g in section] == [
        ("Donald Trump", "person", 2), ("Officials", "anonymous", 1)]
    # with the actor layers, a canonical speaker's group has its actor's type
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor

    he = _quote(speaker_text="it", speaker_name="North Korea", speaker_actor_id="C1", speaker_kind="pronoun")
    corpus = Corpus((doc.with_layers(quotes=(he,)),)).with_layers(
        actors=(Actor("C1", "North Korea", "country", (), (), ("a1",), 3, (), ()),))
    assert [(g["speaker"], g["kind"]) for g in story_section(corpus)] == [("North Korea", "country")]


def test_stage_declarations_fit_the_pipeline():
    nlp = Stage.batch("nlp", lambda docs: docs, requires={"text"}, provides={"tokens", "sentences", "entities"})
    actors = Stage.corpus("actors", lambda c: c, requires={"tokens"}, provides={"actor_mentions", "actors"})
    p = Pipeline([nlp, quote_stage(), actors, quote_speaker_stage()])
    assert {"quotes", "quote_speakers"} <= p.provides
    with pytest.raises(Exception):
        Pipeline([quote_stage()])  # needs the nlp layers


def test_empty_article_has_no_quotes():
    doc = ArticleDoc(make_article("x")).with_layers(tokens=(), sentences=(), entities=())
    out = quote_stage().fn(doc)
    assert out.layer("quotes") == ()


def test_corpus_speakers_use_canonical_actors_but_keep_anonymous_sources():
    actors = pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    doc = _doc_with_quotes()
    mentions = (
        ActorMention(31, 44, "the president", "A1", "description", 0, "role"),
        ActorMention(51, 60, "Officials", "A2", "description", 1, "group"),
    )
    doc = doc.with_layers(actor_mentions=mentions)
    people = (
        Actor("A1", "Donald J. Trump", "person", (), (), ("a1",), 1, (), ()),
        Actor("A2", "officials", "group", (), (), ("a1",), 1, (), ()),
    )
    corpus = Corpus((doc,)).with_layers(actors=people)
    out = resolve_speakers(corpus)
    q1, q2 = out.docs[0].layer("quotes")
    assert (q1.speaker_name, q1.speaker_actor_id) == ("Donald J. Trump", "A1")
    assert q2.speaker_actor_id is None and q2.speaker_kind == "anonymous"
    rows = out.docs[0].layer("quote_speakers")
    assert [r.actor_id for r in rows] == ["A1", None]
    assert actors.resolve_mention(doc, 31, 44) == "A1"


def test_corpus_speakers_keep_their_own_description_over_an_unnamed_actor():
    """An unnamed actor is outside the cast and named by its head noun alone ("office"):
    the quote keeps its own reading of the speaker and points at no actor."""
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    text = "The VP’s office said talks went well. The VP’s office said no more."
    doc = ArticleDoc(make_article(text, published="2018-05-08", id="a3"))
    q = _quote(content=((21, 36),), cue=(16, 20), speaker=(0, 15), speaker_text="The VP’s office",
               speaker_name="VP’s office", speaker_kind="organisation", direct=False)
    mentions = (ActorMention(9, 15, "office", "U1", "description", 0, "organisation"),
                ActorMention(47, 53, "office", "U1", "description", 1, "organisation"))
    office = Actor("U1", "office", "organisation", (), (), ("a3",), 2, (), (), named=False)
    out = resolve_speakers(Corpus((doc.with_layers(quotes=(q,), actor_mentions=mentions),)).with_layers(actors=(office,)))
    got = out.docs[0].layer("quotes")[0]
    assert (got.speaker_name, got.speaker_actor_id) == ("VP’s office", None)
    # an unnamed actor with a fuller description lends its words, not itself
    bp = Actor("U2", "the BP company", "organisation", (), (), ("a3",), 2, (), (), named=False)
    q2 = _quote(content=((21, 36),), cue=(16, 20), speaker=(9, 15), speaker_text="office",
                speaker_name="office", speaker_kind="organisation", direct=False)
    m2 = (ActorMention(9, 15, "office", "U2", "description", 0, "organisation"),)
    out = resolve_speakers(Corpus((doc.with_layers(quotes=(q2,), actor_mentions=m2),)).with_layers(actors=(bp,)))
    assert out.docs[0].layer("quotes")[0].speaker_actor_id is None
    bp = Actor("U2", "the BP office", "organisation", (), (), ("a3",), 2, (), (), named=False)
    out = resolve_speakers(Corpus((doc.with_layers(quotes=(q2,), actor_mentions=m2),)).with_layers(actors=(bp,)))
    assert out.docs[0].layer("quotes")[0].speaker_name == "BP office"
    # the same actor, named, is taken
    named = Actor("U1", "Office of the Vice President", "organisation", (), (), ("a3",), 2, (), ())
    out = resolve_speakers(Corpus((doc.with_layers(quotes=(q,), actor_mentions=mentions),)).with_layers(actors=(named,)))
    assert out.docs[0].layer("quotes")[0].speaker_actor_id == "U1"


def _said(text, speaker_text, speaker_name, kind="organisation"):
    """(doc, quote, speaker start) for "<speaker_text> said <content>." in ``text``."""
    doc = ArticleDoc(make_article(text, published="2018-05-08", id="a"))
    s = text.index(speaker_text)
    cue = text.index(" said ", s) + 1
    q = _quote(content=((cue + 5, text.index(".", cue)),), cue=(cue, cue + 4), speaker=(s, s + len(speaker_text)),
               speaker_text=speaker_text, speaker_name=speaker_name, speaker_kind=kind, direct=False)
    return doc, q, s


def _resolved(doc, q, mentions, *actors):
    corpus = Corpus((doc.with_layers(quotes=(q,), actor_mentions=mentions),)).with_layers(actors=actors)
    return resolve_speakers(corpus).docs[0].layer("quotes")[0]


def test_a_description_speaker_takes_the_named_actor_the_actor_stage_linked_it_to():
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    doc, q, s = _said("Norco cut jobs. The company said talks went well.", "The company", "company")
    mentions = (ActorMention(0, 5, "Norco", "O1", "name", 0, "ORG"),
                ActorMention(s, s + 11, "The company", "O1", "description", 1, "organisation"))
    norco = Actor("O1", "Norco", "organisation", (), (), ("a",), 2, (), ())
    got = _resolved(doc, q, mentions, norco)
    assert (got.speaker_name, got.speaker_actor_id) == ("Norco", "O1")


def test_corpus_speakers_read_as_organisations_are_not_persons():
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    doc, q, s = _said("Kim Doe arrived. The Doe administration said talks went well.",
                      "The Doe administration", "Doe administration")
    mentions = (ActorMention(0, 7, "Kim Doe", "P1", "name", 0, "PERSON"),
                ActorMention(s + 4, s + 7, "Doe", "P1", "name", 1, "PERSON"))
    doe = Actor("P1", "Kim Doe", "person", (("Doe", 1),), (), ("a",), 2, (), ())
    got = _resolved(doc, q, mentions, doe)
    assert (got.speaker_name, got.speaker_actor_id) == ("Doe administration", None)
    # read as a person, the same speaker is hers
    assert _resolved(doc, dataclasses.replace(q, speaker_kind="person"), mentions, doe).speaker_actor_id == "P1"


def test_a_name_read_as_a_person_s_is_the_body_the_cast_knows_it_as():
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    doc, q, s = _said("Norco cut jobs on Monday. Norco said talks went well.", "Norco", "Norco", kind="person")
    mentions = (ActorMention(0, 5, "Norco", "O1", "name", 0, "ORG"), ActorMention(s, s + 5, "Norco", "O1", "name", 1, "ORG"))
    norco = Actor("O1", "Norco", "organisation", (), (), ("a",), 2, (), ())
    got = _resolved(doc, q, mentions, norco)
    assert (got.speaker_actor_id, got.speaker_kind) == ("O1", "organisation")
    # a person stays one
    doe = Actor("O1", "Norco", "person", (), (), ("a",), 2, (), ())
    assert _resolved(doc, q, mentions, doe).speaker_kind == "person"


def test_a_body_is_named_by_its_head_not_by_a_name_that_qualifies_it():
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    doc, q, s = _said("Yellen met Republicans. The Republican-led Congress said the Fed must change.",
                      "The Republican-led Congress", "Republican-led Congress")
    mentions = (ActorMention(11, 22, "Republicans", "R1", "name", 0, "NORP"),
                ActorMention(s + 4, s + 14, "Republican", "R1", "name", 1, "NORP"))
    gop = Actor("R1", "Republican", "organisation", (("Republicans", 1),), (), ("a",), 2, (), ())
    got = _resolved(doc, q, mentions, gop)
    assert (got.speaker_name, got.speaker_actor_id) == ("Republican-led Congress", None)


def test_a_body_named_after_whom_it_serves_is_not_that_actor():
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    doc, q, s = _said("The White House oil spill commission said the spill was underestimated.",
                      "The White House oil spill commission", "White House oil spill commission")
    mentions = (ActorMention(s + 4, s + 15, "White House", "O1", "name", 0, "ORG"),)
    house = Actor("O1", "White House", "organisation", (), (), ("a",), 1, (), ())
    got = _resolved(doc, q, mentions, house)
    assert (got.speaker_name, got.speaker_actor_id) == ("White House oil spill commission", None)
    # a body whose own name holds its head noun is that body
    doc, q, s = _said("The Oil Spill Commission said the spill was underestimated.",
                      "The Oil Spill Commission", "Oil Spill Commission")
    mentions = (ActorMention(s + 4, s + 24, "Oil Spill Commission", "O2", "name", 0, "ORG"),)
    body = Actor("O2", "Oil Spill Commission", "organisation", (), (), ("a",), 1, (), ())
    assert _resolved(doc, dataclasses.replace(q, speaker_name="oil spill commission"), mentions, body).speaker_actor_id == "O2"


def test_corpus_speakers_without_actor_layers_change_nothing():
    corpus = Corpus((_doc_with_quotes(),))
    out = resolve_speakers(corpus)
    assert out.docs[0].layer("quotes") == corpus.docs[0].layer("quotes")


def test_undated_quotes_take_the_estimated_article_date():
    time_model = pytest.importorskip("newsline.time.model")
    doc = ArticleDoc(make_article(TEXT, id="a2")).with_layers(
        quotes=(_quote(date=None),),
        article_date=(time_model.ArticleDate("2018-05-08", "day", 0.8, "estimate"),),
    )
    out = resolve_speakers(Corpus((doc,)))
    assert out.docs[0].layer("quotes")[0].date == "2018-05-08"


# --- the benchmark scorer ----------------------------------------------------------------


def _span(text, piece):
    s = text.index(piece)
    return {"start": s, "end": s + len(piece), "text": piece}


def test_scorer_coverage_thresholds_and_one_to_one():
    text = "Trump said the deal is dead and the talks are over, officials said."
    gold = [{"source": [_span(text, "Trump")], "cue": [_span(text, "said")],
             "content": [_span(text, "the deal is dead and the talks are over")]}]
    part = text.index("the deal is dead")
    sysq = [
        {"content": [(part, part + len("the deal is dead"))], "speaker": (0, 5), "direct": False},
        {"content": [(part, part + 5)], "speaker": None, "direct": False},
    ]
    s = summarize([score_article(text, gold, sysq, {"30": 0.3, "80": 0.8, "exact": "exact"})])
    assert s["30"]["all"]["recall"] == 1.0 and s["30"]["all"]["precision"] == 0.5
    assert s["30"]["all"]["speaker_accuracy"] == 1.0
    assert s["80"]["all"]["recall"] == 0.0
    assert s["exact"]["all"]["recall"] == 0.0


def test_scorer_direct_class_and_exact_match_ignore_edge_punctuation():
    text = '“It is a paradox,” Mr. Maxwell said.'
    gold = [{"source": [_span(text, "Mr. Maxwell")], "cue": [_span(text, "said")],
             "content": [_span(text, "“It is a paradox,”")]}]
    assert gold_is_direct(text, gold[0]["content"])
    sysq = [{"content": [(1, 16)], "speaker": (19, 30), "direct": True}]
    s = summarize([score_article(text, gold, sysq, {"exact": "exact"})])
    assert s["exact"]["all"]["f1"] == 1.0
    assert s["exact"]["direct"]["recall"] == 1.0 and s["exact"]["indirect"]["gold"] == 0


def test_match_prefers_best_coverage_then_tighter_quote():
    g = [frozenset(range(0, 10)), frozenset(range(20, 30))]
    s = [frozenset(range(0, 30)), frozenset(range(0, 10))]
    assert sorted(match(g, s, 0.3)) == [(0, 1), (1, 0)]


def test_prep_cues_keep_only_well_scored_verb_preposition_rows():
    from newsline.quotes.cues import prep_cues_from

    scores = {("balk", "vprep:at"): 0.52, ("balk", "vprep:in"): 0.12, ("say", "ccomp"): 0.9, ("talk", "vprep:about"): 0.4}
    assert prep_cues_from(scores) == {"balk": frozenset({"at"}), "talk": frozenset({"about"})}


def test_story_section_keeps_an_unresolved_pronoun_within_its_article():
    doc = _doc_with_quotes()
    other = ArticleDoc(make_article(TEXT, published="2018-05-09", id="a2"))
    i1 = _quote(speaker_text="I", speaker_name=None, speaker_kind="pronoun", sents=(1,))
    i2 = _quote(content=((66, 81),), speaker_text="I", speaker_name=None, speaker_kind="pronoun", sents=(0,))
    corpus = Corpus((doc.with_layers(quotes=(i1, i2)), other.with_layers(quotes=(i1,))))
    section = story_section(corpus)
    assert [(g["speaker"], g.get("article"), g["count"]) for g in section] == [("I", "a1", 2), ("I", "a2", 1)]
    # a resolved pronoun still joins its speaker's group across articles
    he = _quote(content=((66, 81),), speaker_text="he", speaker_kind="pronoun")
    corpus = Corpus((doc.with_layers(quotes=(he, _quote())), other.with_layers(quotes=(he,))))
    # the same words in two articles are one entry, the second report under "also"
    assert [(g["speaker"], g.get("article"), g["count"]) for g in story_section(corpus)] == [("Donald Trump", None, 2)]


def test_speakers_resolved_twice_are_resolved_as_once(parse):
    """A second analysis reads the canonical name a first pass wrote ("Kim Jong Un" for
    "Kim Jong-un's") and must find the same actor, not the "UN" whose name is one of its words."""
    pytest.importorskip("newsline.actors")
    from newsline.actors import resolve_actors
    from newsline.quotes import extract_quotes

    texts = ("Kim Jong Un met the envoy in Pyongyang on Monday. Kim Jong Un said talks would go on.",
             "The UN has imposed sanctions. It is critical to build trust in order to increase Kim Jong-un’s "
             "confidence that he is making the right choices.")
    docs = [parse(t, id=f"d{i}", published="2018-05-04") for i, t in enumerate(texts)]
    once = resolve_speakers(resolve_actors(Corpus(tuple(d.with_layers(quotes=extract_quotes(d)) for d in docs))))
    twice = resolve_speakers(once)
    q1 = next(q for q in once.docs[1].get("quotes") if q.speaker_text.startswith("Kim"))
    q2 = next(q for q in twice.docs[1].get("quotes") if q.speaker_text.startswith("Kim"))
    assert q1.speaker_name == q2.speaker_name == "Kim Jong Un"
    assert q1.speaker_actor_id == q2.speaker_actor_id


def test_story_section_groups_a_speaker_written_with_and_without_a_capital():
    doc = _doc_with_quotes()
    low = [_quote(content=((a, 81),), speaker_text="officials", speaker_name=None, speaker_kind="anonymous", sents=(1,))
           for a in (61, 71)]
    section = story_section(Corpus((doc.with_layers(quotes=doc.get("quotes") + tuple(low)),)))
    assert [(g["speaker"], g["count"]) for g in section] == [("officials", 3), ("Donald Trump", 1)]


def _resolved_with_cast(quote, *cast):
    """``quote`` in article a1 of TEXT after ``resolve_speakers``, the cast given as
    (actor id, name, type, mention start, mention end) of one mention each."""
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    doc = ArticleDoc(make_article(TEXT, published="2018-05-08", id="a1"))
    mentions = tuple(ActorMention(s, e, name, aid, "name", 0, "same name") for aid, name, _, s, e in cast)
    actors = tuple(Actor(aid, name, typ, ((name, 1),), (), ("a1",), 1, (), ()) for aid, name, typ, _, _ in cast)
    return _resolved(doc, quote, mentions, *actors)


def test_he_or_she_is_never_resolved_to_a_place():
    """The article's own reading took a city the NER called a person there for "she"; the
    cast knows it as a place, so the quote's speaker is no one rather than the city."""
    cast = (("P1", "Halmon", "place", 0, 6), ("T1", "Donald Trump", "person", 10, 22))
    she = _quote(speaker=(51, 54), speaker_text="she", speaker_name="Halmon", speaker_kind="pronoun")
    q = _resolved_with_cast(she, *cast)
    assert q.speaker_actor_id is None and q.speaker_name is None
    # a "he" the article resolved to a person keeps that person
    he = _quote(speaker=(51, 53), speaker_text="he", speaker_name="Donald Trump", speaker_kind="pronoun")
    assert _resolved_with_cast(he, *cast).speaker_actor_id == "T1"


def test_story_section_lists_the_same_words_of_a_speaker_once_with_every_source():
    doc = _doc_with_quotes()
    later = ArticleDoc(make_article(TEXT, published="2018-05-09", id="a2")).with_layers(
        quotes=(_quote(date="2018-05-09"),))
    section = story_section(Corpus((later, doc)))
    trump = next(g for g in section if g["speaker"] == "Donald Trump")
    assert trump["count"] == 1
    (q,) = trump["quotes"]
    assert q["article"] == "a1" and q["date"] == "2018-05-08"
    assert q["also"] == [{"article": "a2", "start": 0, "end": 30, "date": "2018-05-09"}]
    from newsline.report import _render_quotes

    assert "the same words in 1 more article(s)" in _render_quotes(section)


def test_he_or_she_is_a_name_of_unknown_type_only_when_it_opens_with_a_given_name():
    he = _quote(speaker=(51, 53), speaker_text="he", speaker_name="Deepwater Horizon", speaker_kind="pronoun")
    q = _resolved_with_cast(he, ("R1", "Deepwater Horizon", "unknown", 0, 6))
    assert q.speaker_actor_id is None and q.speaker_name is None
    he = _quote(speaker=(51, 53), speaker_text="he", speaker_name="John Marsh", speaker_kind="pronoun")
    assert _resolved_with_cast(he, ("M1", "John Marsh", "unknown", 0, 6)).speaker_actor_id == "M1"


def test_a_speaker_read_as_a_person_is_no_place():
    q = _quote(speaker=(31, 35), speaker_text="York", speaker_name="York", speaker_kind="person")
    out = _resolved_with_cast(q, ("P1", "New York", "place", 31, 35))
    assert out.speaker_actor_id is None and out.speaker_name == "York"


def test_a_pronoun_speaker_is_no_place():
    q = _quote(speaker=(51, 55), speaker_text="they", speaker_name="Talbiseh", speaker_kind="pronoun")
    assert _resolved_with_cast(q, ("P1", "Talbiseh", "place", 31, 35)).speaker_actor_id is None


def test_they_the_actor_stage_gives_an_unnamed_group_is_no_named_body(parse):
    from newsline.actors import resolve_actors

    doc = parse(
        "The Treasury said the notice was legal. Angry congressional staff members met on Monday, and "
        "they warned that the notice would cost billions.",
        id="f",
    )
    c = resolve_speakers(resolve_actors(Corpus((doc.with_layers(quotes=extract_quotes(doc)),))))
    q = next(q for q in c.docs[0].get("quotes") if (q.speaker_text or "") == "they")
    assert q.speaker_name is None  # the staff members, whom the cast does not name; not the Treasury


def test_a_named_person_is_not_the_country_a_word_before_the_name_names():
    """"U.S. Democratic presidential candidate Hillary Clinton said": the span opens with the
    United States, whose alias "Clinton administration" shares her surname; the mentions of
    her name decide."""
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    text = "U.S. Democratic presidential candidate Hillary Clinton said Russia hacked the computers."
    doc = ArticleDoc(make_article(text, published="2016-07-31", id="a1"))
    q = _quote(content=((60, 88),), cue=(55, 59), speaker=(0, 54), speaker_text=text[:54],
               speaker_name="Hillary Clinton", speaker_kind="person", direct=False)
    mentions = (ActorMention(0, 4, "U.S.", "C1", "name", 0, "country name"),
                ActorMention(39, 54, "Hillary Clinton", "P1", "name", 0, "full name"))
    us = Actor("C1", "United States", "country", (("U.S.", 40), ("Clinton administration", 1)), (), ("a1",), 41, (), ())
    clinton = Actor("P1", "Hillary Clinton", "person", (("Hillary Clinton", 1),), (), ("a1",), 1, (), ())
    got = _resolved(doc, q, mentions, us, clinton)
    assert (got.speaker_name, got.speaker_actor_id) == ("Hillary Clinton", "P1")


def test_many_documents_are_not_the_last_speaker_s_words(parse):
    """"The statement said" is the last speaker's statement; "the emails show" are no one's."""
    doc = parse(
        "The campaign said the messages were not marked classified. "
        "But the emails show that he mishandled sensitive information.",
        id="e",
    )
    q = next(q for q in extract_quotes(doc) if (q.speaker_text or "").lower() == "the emails")
    assert q.speaker_name is None
    doc = parse("The campaign said the messages were not marked classified. The statement said the "
                "inquiry was over.", id="s")
    q = next(q for q in extract_quotes(doc) if (q.speaker_text or "").lower() == "the statement")
    assert q.speaker_name == "campaign"


def test_a_country_s_media_are_not_the_country():
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    doc, q, s = _said("The U.S. media said the review was fair.", "The U.S. media", "U.S. media")
    mentions = (ActorMention(s + 4, s + 8, "U.S.", "C1", "name", 0, "country name"),)
    us = Actor("C1", "United States", "country", (("U.S.", 1),), (), ("a",), 1, (), ())
    got = _resolved(doc, q, mentions, us)
    assert got.speaker_actor_id is None and got.speaker_name == "U.S. media"


def test_a_speaker_of_two_is_its_first_named_one_even_before_a_body_noun():
    """"Reuters and reports in the South Korean media said": Reuters, though "media" ends it."""
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    speaker = "Reuters and reports in the South Korean media"
    doc, q, s = _said(f"{speaker} said the talks went well.", speaker, speaker)
    mentions = (ActorMention(s, s + 7, "Reuters", "R1", "name", 0, "ORG"),)
    reuters = Actor("R1", "Reuters", "organisation", (("Reuters", 1),), (), ("a",), 1, (), ())
    got = _resolved(doc, q, mentions, reuters)
    assert (got.speaker_name, got.speaker_actor_id) == ("Reuters", "R1")


def test_a_common_word_of_an_alias_makes_no_speaker_that_actor():
    """Germany's alias "German government" shares only "government" with "the government in
    Beijing", which is no name."""
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    doc, q, s = _said("The government in Beijing said the limits would hold.", "The government in Beijing",
                      "government in Beijing")
    mentions = (ActorMention(s, s + 14, "The government", "C1", "description", 0, "description"),)
    germany = Actor("C1", "Germany", "country", (("Germany", 3), ("German government", 2)), (), ("a",), 5, (), ())
    got = _resolved(doc, q, mentions, germany)
    assert got.speaker_actor_id is None


def test_a_description_goes_to_the_one_person_of_the_article_whose_story_roles_hold_its_words():
    """"the Vermont senator said": of the two senators the article names, the one the story
    calls "Vermont Sen.", whoever the article's reading or the actor stage took."""
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention, ActorRole

    text = "Bernie Sanders met Rand Paul on Monday. The Vermont senator said the bill would pass."
    doc = ArticleDoc(make_article(text, published="2016-02-01", id="a"))
    s = text.index("The Vermont senator")
    q = _quote(content=((s + 25, len(text) - 1),), cue=(s + 20, s + 24), speaker=(s, s + 19),
               speaker_text="The Vermont senator", speaker_name="Rand Paul", speaker_kind="person", direct=False)
    mentions = (ActorMention(0, 14, "Bernie Sanders", "S1", "name", 0, "full name"),
                ActorMention(19, 28, "Rand Paul", "P1", "name", 0, "full name"),
                ActorMention(s, s + 19, "The Vermont senator", "P1", "description", 1, "description"))
    role = lambda r: ActorRole(r, None, None, False)  # noqa: E731
    sanders = Actor("S1", "Bernie Sanders", "person", (("Bernie Sanders", 1),), (role("Vermont Sen."), role("rival")),
                    ("a",), 1, (), ())
    paul = Actor("P1", "Rand Paul", "person", (("Rand Paul", 1),), (role("Sen."),), ("a",), 2, (), ())
    got = _resolved(doc, q, mentions, sanders, paul)
    assert (got.speaker_name, got.speaker_actor_id) == ("Bernie Sanders", "S1")
    # words no role of the article's persons holds leave the reading as it was
    q2 = dataclasses.replace(q, speaker_text="The Texas senator")
    assert _resolved(doc, q2, mentions, sanders, paul).speaker_actor_id == "P1"


def test_a_description_takes_up_a_person_named_before_it_not_one_named_later():
    """"Ben Carson says ... the Republican presidential candidate told CBS": Carson, whom the
    actor stage linked, though only Donald Trump, named further down, has a role of all its
    words in the story."""
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention, ActorRole

    text = ("Ben Carson says he is under attack. The Republican presidential candidate said the scrutiny was "
            "unfair. Donald Trump agreed.")
    doc = ArticleDoc(make_article(text, published="2015-11-09", id="a"))
    s = text.index("The Republican")
    speaker = "The Republican presidential candidate"
    q = _quote(content=((s + len(speaker) + 6, text.index(". Donald")),), cue=(s + len(speaker) + 1, s + len(speaker) + 5),
               speaker=(s, s + len(speaker)), speaker_text=speaker, speaker_name="Ben Carson", speaker_kind="person",
               direct=False)
    t = text.index("Donald Trump")
    mentions = (ActorMention(0, 10, "Ben Carson", "C1", "name", 0, "full name"),
                ActorMention(s, s + len(speaker), speaker, "C1", "description", 1, "description"),
                ActorMention(t, t + 12, "Donald Trump", "T1", "name", 2, "full name"))
    role = lambda r: ActorRole(r, None, None, False)  # noqa: E731
    carson = Actor("C1", "Ben Carson", "person", (("Ben Carson", 1),), (role("presidential candidate"),), ("a",), 2,
                   (), ())
    trump = Actor("T1", "Donald Trump", "person", (("Donald Trump", 1),), (role("Republican presidential candidate"),),
                  ("a",), 1, (), ())
    got = _resolved(doc, q, mentions, carson, trump)
    assert (got.speaker_name, got.speaker_actor_id) == ("Ben Carson", "C1")


def test_a_bare_surname_is_the_article_s_main_bearer_not_a_namesake_named_once():
    """"Fiorina said": our reading took Frank Fiorina, the one namesake the tagger called a
    person; the actor stage gave the surname to Carly Fiorina, whom the article names far more
    often (the tagger took her for her company). "Mr. Clinton" stays the honorific's choice."""
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    text = ("Carly Fiorina ran HP. Fiorina fought. Fiorina won. Her husband, Frank Fiorina, stayed home. "
            "Fiorina said the merger worked.")
    doc, q, s = _said(text, "Fiorina said the merger", "Frank Fiorina", kind="person")
    q = dataclasses.replace(q, speaker=(s, s + 7), speaker_text="Fiorina")
    f = text.index("Frank Fiorina")
    mentions = (ActorMention(0, 13, "Carly Fiorina", "C1", "name", 0, "full name"),
                ActorMention(22, 29, "Fiorina", "C1", "name", 1, "surname"),
                ActorMention(38, 45, "Fiorina", "C1", "name", 2, "surname"),
                ActorMention(f, f + 13, "Frank Fiorina", "F1", "name", 3, "full name"),
                ActorMention(s, s + 7, "Fiorina", "C1", "name", 4, "surname"))
    carly = Actor("C1", "Carly Fiorina", "person", (("Fiorina", 3), ("Carly Fiorina", 1)), (), ("a",), 4, (), ())
    frank = Actor("F1", "Frank Fiorina", "person", (("Frank Fiorina", 1),), (), ("a",), 1, (), ())
    got = _resolved(doc, q, mentions, carly, frank)
    assert (got.speaker_name, got.speaker_actor_id) == ("Carly Fiorina", "C1")
    # named as often as she is, the namesake our reading chose keeps it
    few = mentions[:1] + mentions[3:]
    assert _resolved(doc, q, few, carly, frank).speaker_actor_id == "F1"


def test_she_goes_to_the_woman_the_actor_stage_knows_over_a_one_word_name_of_no_gender():
    """Our reading gave "she" to "Dell", the one person the tagger saw near; the actor stage
    to Carly Fiorina, a woman: hers. A full name we read stays ours."""
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    text = "Carly Fiorina called Dell on Monday. She said the deal was good."
    doc, q, s = _said(text, "She", "Dell", kind="pronoun")
    mentions = (ActorMention(0, 13, "Carly Fiorina", "C1", "name", 0, "full name"),
                ActorMention(21, 25, "Dell", "D1", "name", 0, "same name"),
                ActorMention(s, s + 3, "She", "C1", "pronoun", 1, "pronoun"))
    carly = Actor("C1", "Carly Fiorina", "person", (("Carly Fiorina", 1),), (), ("a",), 2, (), (), gender="f")
    dell = Actor("D1", "Dell", "person", (("Dell", 1),), (), ("a",), 1, (), ())
    got = _resolved(doc, q, mentions, carly, dell)
    assert (got.speaker_name, got.speaker_actor_id) == ("Carly Fiorina", "C1")
    text2 = "Carly Fiorina called Armstrong Williams on Monday. She said the deal was good."
    doc2, q2, s2 = _said(text2, "She", "Armstrong Williams", kind="pronoun")
    mentions2 = (ActorMention(0, 13, "Carly Fiorina", "C1", "name", 0, "full name"),
                 ActorMention(21, 39, "Armstrong Williams", "W1", "name", 0, "full name"),
                 ActorMention(s2, s2 + 3, "She", "C1", "pronoun", 1, "pronoun"))
    williams = Actor("W1", "Armstrong Williams", "person", (("Armstrong Williams", 1),), (), ("a",), 1, (), ())
    assert _resolved(doc2, q2, mentions2, carly, williams).speaker_actor_id == "W1"


def test_a_head_noun_alone_goes_to_the_role_holder_the_actor_stage_linked():
    """"The diplomat said": our reading guessed Barack Obama; the actor stage linked it to
    Peter Westmacott, the one person of the article whose roles hold "diplomat". Where the
    actor stage linked someone else, a head noun alone decides nothing."""
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention, ActorRole

    text = "Peter Westmacott, a British diplomat, praised Barack Obama. The diplomat said the talks went well."
    doc, q, s = _said(text, "The diplomat", "Barack Obama", kind="person")
    o = text.index("Barack Obama")
    mentions = (ActorMention(0, 16, "Peter Westmacott", "W1", "name", 0, "full name"),
                ActorMention(o, o + 12, "Barack Obama", "O1", "name", 0, "full name"),
                ActorMention(s, s + 12, "The diplomat", "W1", "description", 1, "description"))
    role = lambda r: ActorRole(r, None, None, False)  # noqa: E731
    westmacott = Actor("W1", "Peter Westmacott", "person", (("Peter Westmacott", 1),), (role("British diplomat"),),
                       ("a",), 2, (), ())
    obama = Actor("O1", "Barack Obama", "person", (("Barack Obama", 1),), (role("President"),), ("a",), 1, (), ())
    got = _resolved(doc, q, mentions, westmacott, obama)
    assert (got.speaker_name, got.speaker_actor_id) == ("Peter Westmacott", "W1")
    linked_elsewhere = mentions[:2] + (ActorMention(s, s + 12, "The diplomat", "O1", "description", 1, "x"),)
    assert _resolved(doc, q, linked_elsewhere, westmacott, obama).speaker_actor_id == "O1"


def test_a_full_name_read_is_not_a_namesake_s_actor():
    """Our reading "Bill Clinton" of "Mr. Clinton", whose mention the actor stage gave to
    Hillary Clinton: the surname alone does not make her the speaker."""
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    text = "Bill Clinton spoke. Mr. Clinton said he would help."
    doc, q, s = _said(text, "Mr. Clinton", "Bill Clinton", kind="person")
    mentions = (ActorMention(0, 12, "Bill Clinton", "B1", "name", 0, "full name"),
                ActorMention(s, s + 11, "Mr. Clinton", "H1", "name", 1, "surname"))
    bill = Actor("B1", "Bill Clinton", "person", (("Bill Clinton", 1),), (), ("a",), 1, (), ())
    hillary = Actor("H1", "Hillary Clinton", "person", (("Hillary Clinton", 3), ("Clinton", 5)), (), ("a",), 8, (), ())
    got = _resolved(doc, q, mentions, bill, hillary)
    assert (got.speaker_name, got.speaker_actor_id) == ("Bill Clinton", "B1")


def test_a_nationality_word_in_a_speaker_s_name_names_no_speaker():
    """Our reading "German Council on Foreign Relations" (an organisation) holds "German", a
    mention of Germany: that word alone makes Germany no speaker."""
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    speaker = "the German Council on Foreign Relations"
    doc, q, s = _said(f"Germany rearms. {speaker} said more was needed.", speaker, "German Council on Foreign Relations")
    mentions = (ActorMention(0, 7, "Germany", "C1", "name", 0, "country name"),
                ActorMention(s + 4, s + 10, "German", "C1", "name", 1, "country name"))
    germany = Actor("C1", "Germany", "country", (("Germany", 1), ("German", 1)), (), ("a",), 2, (), ())
    got = _resolved(doc, q, mentions, germany)
    assert got.speaker_actor_id is None


def test_a_party_and_state_description_goes_to_the_legislator_so_tagged():
    """"the Wisconsin Republican said", "the Minnesota Democrat said": the one person of the
    article whose name is followed by "(R-Wis.)", "(D-Minn.)"."""
    pytest.importorskip("newsline.actors")
    from newsline.actors.resolve import Actor, ActorMention

    text = "Paul Ryan (R-Wis.) met Amy Klobuchar (D-Minn.). The Wisconsin Republican said the plan would fail."
    doc = ArticleDoc(make_article(text, published="2016-02-01", id="a"))
    s = text.index("The Wisconsin Republican")
    q = _quote(content=((s + 30, len(text) - 1),), cue=(s + 25, s + 29), speaker=(s, s + 24),
               speaker_text="The Wisconsin Republican", speaker_name=None, speaker_kind="person", direct=False)
    mentions = (ActorMention(0, 9, "Paul Ryan", "R1", "name", 0, "full name"),
                ActorMention(23, 36, "Amy Klobuchar", "K1", "name", 0, "full name"))
    ryan = Actor("R1", "Paul Ryan", "person", (("Paul Ryan", 1),), (), ("a",), 1, (), ())
    klobuchar = Actor("K1", "Amy Klobuchar", "person", (("Amy Klobuchar", 1),), (), ("a",), 1, (), ())
    assert _resolved(doc, q, mentions, ryan, klobuchar).speaker_actor_id == "R1"
    q2 = dataclasses.replace(q, speaker_text="The Minnesota Democrat")
    assert _resolved(doc, q2, mentions, ryan, klobuchar).speaker_actor_id == "K1"
    q3 = dataclasses.replace(q, speaker_text="The Ohio Republican")
    assert _resolved(doc, q3, mentions, ryan, klobuchar).speaker_actor_id is None
