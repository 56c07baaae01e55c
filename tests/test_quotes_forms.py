"""Every quote form on hand-built sentences (needs the spaCy model)."""

from __future__ import annotations

import dataclasses

import pytest

from newsline.quotes import extract_quotes

pytestmark = pytest.mark.model


def quotes(parse, text, **kw):
    doc = parse(text, **kw)
    return doc, extract_quotes(doc)


def contents(doc, q):
    return [doc.text[s:e] for s, e in q.content]


def transcript(parse, text):
    """(doc, quotes, the quotes that are a transcript's labelled turns) of ``text``."""
    doc, qs = quotes(parse, text)
    return doc, qs, [q for q in qs if q.cue_lemma == ":"]


def quote_saying(parse, text, words):
    """The quote of ``text`` whose content holds ``words``."""
    doc, qs = quotes(parse, text)
    return next(q for q in qs if words in doc.text[q.start : q.end])


def by_author(doc, author):
    """The document with its byline's author replaced."""
    meta = dataclasses.replace(doc.article.meta, author=author)
    return dataclasses.replace(doc, article=dataclasses.replace(doc.article, meta=meta))


def only(parse, text, **kw):
    doc, qs = quotes(parse, text, **kw)
    assert len(qs) == 1, [contents(doc, q) for q in qs]
    return doc, qs[0]


def test_direct_quote_before_the_cue(parse):
    doc, q = only(parse, "“We will all soon be finding out,” President Donald Trump said.", published="2018-05-08")
    assert contents(doc, q) == ["“We will all soon be finding out,”"]
    assert q.direct and not q.mixed
    assert doc.text[q.cue[0] : q.cue[1]] == "said" and q.cue_lemma == "say"
    assert q.speaker_text == "President Donald Trump" and q.speaker_name == "Donald Trump"
    assert q.speaker_kind == "person"
    assert q.date == "2018-05-08"
    assert 0 < q.confidence <= 1


def test_quote_split_around_its_cue_is_one_quote(parse):
    text = "Rudy Giuliani spoke on Saturday.\n\n“I’m praying it will get done,” he told reporters. “They’re working on it.”"
    doc, qs = quotes(parse, text)
    q = [q for q in qs if q.cue_lemma == "tell"][0]
    assert contents(doc, q) == ["“I’m praying it will get done,”", "“They’re working on it.”"]
    assert q.direct and q.speaker_text == "he" and q.speaker_kind == "pronoun"
    assert q.speaker_name == "Rudy Giuliani"


def test_indirect_quote_with_that_clause(parse):
    doc, q = only(parse, "Secretary of State Mike Pompeo said that he had discussed U.S. expectations with North Korea.")
    assert contents(doc, q) == ["that he had discussed U.S. expectations with North Korea"]
    assert not q.direct and not q.mixed
    assert q.speaker_name == "Mike Pompeo"


def test_mixed_quote(parse):
    doc, q = only(
        parse,
        "State Department spokeswoman Heather Nauert said Pence had been “ready to take this "
        "opportunity to drive home the necessity.”",
    )
    assert contents(doc, q)[0].startswith("Pence had been “ready")
    assert contents(doc, q)[0].endswith("necessity.”")
    assert q.mixed and not q.direct
    assert q.speaker_name == "Heather Nauert"


def test_according_to(parse):
    doc, q = only(parse, "Mike Pompeo is in the final stages of talks, according to two sources familiar with the situation.")
    assert contents(doc, q) == ["Mike Pompeo is in the final stages of talks"]
    assert q.cue_lemma == "according to"
    assert q.speaker_text == "two sources familiar with the situation"
    assert q.speaker_kind == "anonymous" and q.speaker_name is None


def test_parenthetical_cue_inside_the_reported_clause(parse):
    doc, q = only(parse, "The economy, the minister said, is growing faster than expected.")
    assert contents(doc, q) == ["The economy", "is growing faster than expected"]


def test_quote_that_is_its_own_sentence_before_the_cue(parse):
    doc, q = only(parse, "“Is that all there is?” Trump said. “We need a new president!”")
    assert contents(doc, q) == ["“Is that all there is?”", "“We need a new president!”"]
    assert q.speaker_text == "Trump"


def test_colon_after_the_cue(parse):
    doc, qs = quotes(parse, "Asked whether he would bring the Americans home, the president responded: “We will soon be finding out.”")
    q = [q for q in qs if q.cue_lemma == "respond"][0]
    assert contents(doc, q) == ["“We will soon be finding out.”"]
    assert q.direct


def test_tweets_and_statements(parse):
    doc, q = only(parse, "“Many people have asked how we are doing,” Mr. Trump tweeted. “I always reply that we are in no hurry.”")
    assert q.cue_lemma == "tweet" and len(q.content) == 2 and q.direct
    doc, q = only(parse, "The Foreign Ministry said in a statement that the sanctions would block the path to talks.")
    assert contents(doc, q) == ["that the sanctions would block the path to talks"]
    assert q.speaker_kind == "organisation" and q.speaker_name == "Foreign Ministry"
    doc, q = only(parse, "North Korea’s state media said in a commentary that the talks were over.")
    assert contents(doc, q) == ["that the talks were over"]
    assert q.speaker_kind == "organisation"


def test_through_an_interpreter(parse):
    text = "Defector Kang Chol-hwan spoke in Washington.\n\n“That would lead to the North invading South Korea,” Mr. Kang said through an interpreter."
    doc, qs = quotes(parse, text)
    q = [q for q in qs if q.direct][0]
    assert contents(doc, q) == ["“That would lead to the North invading South Korea,”"]
    assert q.speaker_text == "Mr. Kang" and q.speaker_name == "Kang Chol-hwan"


def test_quote_only_paragraph_continues_the_previous_speaker(parse):
    text = (
        "Defector Kang Chol-hwan spoke to reporters.\n\n"
        "“Mr. Trump, please discuss human rights with Mr. Kim,” he said.\n\n"
        "“If you want to give a gift, ask him to dismantle the gulags.”"
    )
    doc, qs = quotes(parse, text)
    q = [q for q in qs if q.direct][0]
    assert contents(doc, q) == [
        "“Mr. Trump, please discuss human rights with Mr. Kim,”",
        "“If you want to give a gift, ask him to dismantle the gulags.”",
    ]
    assert q.speaker_name == "Kang Chol-hwan"


def test_belief_is_an_attribution(parse):
    doc, q = only(parse, "Clinton believes the economy will recover next year.")
    assert q.cue_lemma == "believe" and contents(doc, q) == ["the economy will recover next year"]


def test_organisations_and_anonymous_groups_are_kept_as_such(parse):
    doc, q = only(parse, "The vice president’s office said Pence would have delivered an “uncompromising message.”")
    assert q.speaker_kind == "organisation" and q.speaker_name == "vice president’s office"
    assert q.mixed
    doc, q = only(parse, "Officials said the meeting was cancelled two hours before it was due to start.")
    assert q.speaker_kind == "anonymous" and q.speaker_name is None
    doc, qs = quotes(parse, "Foreign policy analysts have warned that the withdrawal threatens the talks.")
    assert qs[0].speaker_kind == "group"


def test_a_document_with_its_maker_before_it_is_the_maker_s(parse):
    doc, qs = quotes(parse, "The Foreign Office said a Briton had died. The relatives' statement said he was a "
                            "much-loved member of a close family. Mr. Obama's statement said the US would help.")
    assert [(q.speaker_name, q.speaker_kind) for q in qs] == [
        ("Foreign Office", "organisation"), (None, "group"), ("Obama", "person")]
    # with no maker named, the statement is the last speaker's
    doc, qs = quotes(parse, "The Foreign Office said a Briton had died. The statement said he was much loved.")
    assert qs[1].speaker_name == "Foreign Office"


def test_cue_inside_a_quote_is_part_of_that_quote(parse):
    doc, qs = quotes(parse, "“He said Britain would be at the back of the queue,” Mr. Farage told reporters.")
    assert len(qs) == 1
    assert qs[0].cue_lemma == "tell" and qs[0].speaker_text == "Mr. Farage"


def test_description_resolves_to_the_role_holder(parse):
    text = (
        "Secretary of State Mike Pompeo flew to Pyongyang on Tuesday.\n\n"
        "The secretary of state told reporters that he had not received any commitments."
    )
    doc, qs = quotes(parse, text)
    q = [q for q in qs if q.cue_lemma == "tell"][0]
    assert q.speaker_text == "The secretary of state" and q.speaker_name == "Mike Pompeo"
    assert q.speaker_kind == "person"


def test_pronoun_goes_to_the_right_earlier_person(parse):
    text = (
        "Ji Seong-ho was hailed as an inspiration after escaping to South Korea.\n\n"
        "“Kim Jong-un has been put to the fire,” he said."
    )
    doc, qs = quotes(parse, text)
    q = [q for q in qs if q.direct][0]
    assert q.speaker_name == "Ji Seong-ho"  # not Kim Jong-un, who is named inside the quote


def test_statement_date_from_the_text_when_times_are_known(parse):
    pytest.importorskip("newsline.time")
    from newsline.time import tag_times

    doc = parse("North Korea threatened the talks.\n\nThe ministry said on Monday that the talks were dead.", published="2018-12-16")
    doc = tag_times(doc)
    q = [q for q in extract_quotes(doc) if q.cue_lemma == "say"][0]
    assert q.date == "2018-12-10"


def test_an_approximate_day_does_not_date_the_statement(parse):
    pytest.importorskip("newsline.time")
    from newsline.time import tag_times

    doc = parse("The ministry said roughly 10 days ago that the talks were dead.", published="2018-12-16")
    doc = tag_times(doc)
    assert any(t.mod == "APPROX" for t in doc.get("timexes", ()))
    q = [q for q in extract_quotes(doc) if q.cue_lemma == "say"][0]
    assert q.date == "2018-12-16"  # the article's date, not a false 2018-12-06


def test_a_quoted_phrase_ends_the_content_it_belongs_to(parse):
    doc, qs = quotes(parse, 'Cruz said he would oppose legal status for undocumented immigrants "today, tomorrow, forever."')
    q = next(q for q in qs if q.cue_lemma == "say")
    assert "today, tomorrow, forever" in q.content_text(doc.text)


def test_said_that_x_and_that_y_is_one_report(parse):
    doc, qs = quotes(parse, "Cruz argued that taxes were too high, and that spending had to fall.")
    q = next(q for q in qs if q.cue_lemma == "argue")
    text = q.content_text(doc.text)
    assert "taxes were too high" in text and "spending had to fall" in text


def test_passive_cue_with_a_by_agent_reports_on_its_subject(parse):
    from newsline.quotes.extract import View, candidates

    doc = parse("The senator was criticized by some of his rivals on Tuesday.")
    view = View(doc)
    cs = [c for c in candidates(view, None) if c.frame == "passive"]
    assert len(cs) == 1
    c = cs[0]
    assert c.lemma == "criticize"
    assert doc.text[c.source_span[0] : c.source_span[1]] == "some of his rivals"
    assert [doc.text[s:e] for s, e in c.content] == ["The senator"]


def test_passive_participle_clause_reports_on_the_noun_it_modifies(parse):
    from newsline.quotes.extract import View, candidates

    doc = parse("The governor, endorsed by the Boston Globe, won the primary.")
    cs = [c for c in candidates(View(doc), None) if c.frame == "passive"]
    assert [(c.lemma, [doc.text[s:e] for s, e in c.content]) for c in cs] == [("endorse", ["The governor"])]
    assert doc.text[cs[0].source_span[0] : cs[0].source_span[1]] == "the Boston Globe"


def test_quotation_closed_by_a_dash_and_a_name(parse):
    text = (
        "Readers wrote in after the debate.\n\n"
        "“He has no plan for the economy and he never had one.” ― Maria Lopez\n"
        "“I will vote for her because she knows the job well.”\n\n"
        "- Tom Baker, Philadelphia."
    )
    doc, qs = quotes(parse, text)
    by_speaker = {q.speaker_text: q for q in qs}
    q = by_speaker["Maria Lopez"]
    assert contents(doc, q) == ["“He has no plan for the economy and he never had one.”"]
    assert q.direct and q.speaker_name == "Maria Lopez"
    q = by_speaker["Tom Baker"]
    assert contents(doc, q) == ["“I will vote for her because she knows the job well.”"]


def test_a_dash_inside_a_sentence_is_no_byline(parse):
    doc, qs = quotes(parse, "The plan — Smith said — “is the best we have had in years, by far.” Nothing else.")
    assert all(q.cue_lemma != "―" for q in qs)


def test_as_clause_reports_the_clause_it_hangs_on(parse):
    doc, qs = quotes(parse, "As Menendez pointed out, the new rulings have a real and lasting impact on women.")
    q = next(q for q in qs if q.cue_lemma == "point")
    assert contents(doc, q) == ["the new rulings have a real and lasting impact on women"]
    assert q.speaker_text == "Menendez"


def test_predicate_adjective_with_an_object_is_a_cue(parse):
    doc, qs = quotes(parse, "The senator has been highly critical of the administration's trade deal with China.")
    q = next(q for q in qs if q.cue_lemma == "critical")
    assert contents(doc, q) == ["the administration's trade deal with China"]
    assert q.speaker_text == "The senator"
    assert doc.text[q.cue[0] : q.cue[1]] == "critical of"


def test_verb_with_a_learned_preposition_reports_its_object(parse):
    doc, qs = quotes(parse, "Several Republican governors balked at raising the state sales tax again this year.")
    q = next(q for q in qs if q.cue_lemma == "balk")
    assert contents(doc, q) == ["raising the state sales tax again this year"]
    assert q.speaker_text == "Several Republican governors"
    assert doc.text[q.cue[0] : q.cue[1]] == "balked at"


def test_circumstance_preposition_is_no_cue(parse):
    doc, qs = quotes(parse, "The mayor balked in the morning and said nothing.")
    assert all(q.cue_lemma != "balk" for q in qs)


def test_a_stance_noun_aimed_at_the_subject_is_not_the_subject_s(parse):
    from newsline.quotes.extract import View, candidates

    # the senator is the target of the criticism; the mayor holds his own
    doc = parse("Senator Ada Morrow has faced criticism for failing to pass the budget. "
                "Mayor Ben Ocampo voiced criticism of the plan.")
    view = View(doc)
    by_source = {
        doc.text[c.content[0][0] : c.content[0][1]]: (doc.text[c.source_span[0] : c.source_span[1]] if c.source_span else None)
        for c in candidates(view, None)
        if c.lemma == "criticism"
    }
    assert by_source["failing to pass the budget"] is None
    assert by_source["the plan"] == "Mayor Ben Ocampo"



def test_with_x_saying_reports_x(parse):
    from newsline.quotes.extract import View, candidates

    # the parser hangs "saying" on the main verb; its subject is the object of "with"
    doc = parse("The plan also appeared to be evolving with Senator Ada Morrow saying the vote was close.")
    said = [c for c in candidates(View(doc), None) if c.lemma == "say"]
    assert len(said) == 1
    assert doc.text[said[0].source_span[0] : said[0].source_span[1]] == "Senator Ada Morrow"


def test_second_report_hung_on_the_first_report_s_clause_keeps_its_speaker(parse):
    # the parser makes "explained" a conjunct of "focused" inside what Morrow said
    doc, qs = quotes(parse, "Ada Morrow, in her remarks en route to Geneva, said that trip was focused on setting "
                            "ground rules for the proposed summit and explained that she was expecting to outline "
                            "final conditions on this trip.")
    explained = next(q for q in qs if q.cue_lemma == "explain")
    assert explained.speaker_text == "Ada Morrow"
    said = next(q for q in qs if q.cue_lemma == "say")
    assert "explained" not in said.content_text(doc.text)


def test_the_writer_s_own_i_is_the_byline_s_author(parse):
    text = ('I told the committee that the plan would fail. Mara Quell disagreed. '
            '"I think it will work," she said.')
    doc = parse(text)
    doc = by_author(doc, "Jane Roe")
    qs = extract_quotes(doc)
    told = next(q for q in qs if "plan would fail" in " ".join(contents(doc, q)))
    assert (told.speaker_text, told.speaker_name) == ("I", "Jane Roe")
    # the "I" inside a quotation is the quoted speaker's, and "she" is still Quell
    work = next(q for q in qs if "will work" in " ".join(contents(doc, q)))
    assert work.speaker_name == "Mara Quell"
    # two authors: no one "I"
    doc2 = by_author(doc, "Jane Roe and Ann Lee")
    told2 = next(q for q in extract_quotes(doc2) if "plan would fail" in " ".join(contents(doc2, q)))
    assert told2.speaker_name is None


def test_a_relative_pronoun_speaker_is_shown_as_its_antecedent(parse):
    text = "Aid groups met the hungry farmers, who said the rains had failed for a third year."
    doc, qs = quotes(parse, text)
    q = next(q for q in qs if "the rains had failed" in doc.text[q.start : q.end])
    assert doc.text[q.speaker[0] : q.speaker[1]] == "who"  # the span stays what the text says
    assert q.speaker_text == "the hungry farmers" and q.speaker_kind == "group" and q.speaker_name is None
    named = "Reporters spoke to Ann Whitlow, a farmer, who said the rains had failed again."
    doc, qs = quotes(parse, named)
    q = next(q for q in qs if "the rains had failed" in doc.text[q.start : q.end])
    assert q.speaker_name == "Ann Whitlow"


def test_a_relative_pronoun_finds_the_name_over_a_conjunction_a_naming_verb_or_an_apposition(parse):
    text = ("The senator was rallying for a 70-year-old academic named Eric Kingson, who is running for "
            "Congress and who worked the crowd, praising the candidate's honesty.")
    doc, qs = quotes(parse, text)
    q = next(q for q in qs if q.cue_lemma == "praise")
    assert q.speaker_name == "Eric Kingson"
    text = ("\"He would be a fine candidate,\" said Rep. Beto O'Rourke (D-Tex.), a Clinton endorser whose "
            "district went strongly for her but who suggested that Sanders could pull out voters.")
    doc, qs = quotes(parse, text)
    q = next(q for q in qs if "pull out voters" in doc.text[q.start : q.end])
    assert q.speaker_name == "Beto O'Rourke"


def test_she_is_never_a_man_the_given_name_says_is_one(parse):
    text = ("“The Norlanders have put themselves on the wrong side of history,” said Senator John Marsh.\n"
            "“Secretary Ann Lee had gone the extra mile with Mr Varga here in Munich.\n"
            "She was willing to make changes to the resolution.\nIt wasn't set in concrete,” he said.")
    doc, qs = quotes(parse, text)
    willing = [q for q in qs if "make changes" in doc.text[q.start : q.end] and not q.direct]
    assert willing and all(q.speaker_name == "Ann Lee" for q in willing)
    assert all(q.speaker_name == "John Marsh" for q in qs if q.direct)


def test_a_name_in_apposition_after_an_organisation_s_name_is_the_speaker(parse):
    text = ("Moscow is worried.\n“He sees many parallels between himself and the colonel,” says the former head "
            "of Russia's National Strategy Institute, Stanislav Belkovsky.")
    doc, qs = quotes(parse, text)
    q = next(q for q in qs if q.direct)
    assert q.speaker_name == "Stanislav Belkovsky" and q.speaker_kind == "person"


def test_a_wire_dateline_is_not_the_speaker(parse):
    for dateline in ("NEW ORLEANS --", "HALMON --", "CLEVELAND, Ohio --", "VENICE, La. (AP) --"):
        doc, qs = quotes(parse, f"{dateline} Veltrano took some of the blame for the spill in an internal report "
                                "issued Wednesday.", published="2010-09-08")
        assert qs and all(q.speaker_text == "Veltrano" for q in qs), [(q.speaker_text, contents(doc, q)) for q in qs]


def test_a_content_opening_the_sentence_starts_after_the_dateline(parse):
    doc, q = only(parse, "NEW ORLEANS -- The well is dead, the Coast Guard said.", published="2010-09-19")
    assert contents(doc, q)[0].startswith("The well is dead")
    doc, qs = quotes(parse, "Wed Jul 20, 2011 9:21 am BST (Reuters) - Goran Halic, the last fugitive, has been "
                            "arrested, a Serb official said.", published="2011-07-20")
    q = next(q for q in qs if q.cue_lemma == "say")
    assert contents(doc, q)[0].startswith("Goran Halic") and q.speaker_text == "a Serb official"


def test_a_name_before_a_paragraph_s_colon_is_the_speaker_but_a_time_stamp_is_not(parse):
    doc, qs = quotes(parse, "The debate ran late.\n\nKasich: We are going all the way to the convention in July.")
    assert [doc.text[q.speaker[0] : q.speaker[1]] for q in qs if q.cue_lemma == ":"] == ["Kasich"]
    doc, qs = quotes(
        parse,
        "The live coverage continues.\n\n12.15 pm ET: More bad news for the Obama administration: a new poll "
        "by the Associated Press finds that a majority of Americans disapprove of the response.",
    )
    assert not [q for q in qs if q.cue_lemma == ":"], [(q.speaker_text, contents(doc, q)) for q in qs]


def test_a_topic_or_a_date_before_a_paragraph_s_colon_is_no_speaker(parse):
    doc, qs = quotes(
        parse,
        "Sir Christopher Meyer spent six years as ambassador in Washington.\n\n"
        "On Blair: 'He liked the vision thing, but he wasn't interested in the ballast behind the ideas.'\n\n"
        "March 14 2003: One's not going to Belgium, whatever happens next.",
    )
    labels = [q for q in qs if q.cue_lemma == ":"]
    assert [contents(doc, q)[0][:9] for q in labels] == ["'He liked"], [(q.speaker_text, contents(doc, q)) for q in labels]
    assert labels[0].speaker is None and labels[0].speaker_name is None


def test_a_live_page_s_time_stamps_are_not_in_the_speaker(parse):
    text = (
        "Live coverage of the earthquake.\n\n"
        "1340 UN chief Ban Ki-moon says the UN is mobilising an emergency response team.\n\n"
        "1355 Rescue teams from France have landed at the airport, officials say.\n\n"
        "1410 The Red Cross says three million people may have been affected.\n\n"
        "1425 Harry Brown in Macau e-mails: \"Just getting word from my sister that the family is safe.\"\n\n"
        "1440 Aid flights are queuing to land at the damaged airport."
    )
    doc, qs = quotes(parse, text, published="2010-01-13")
    speakers = {doc.text[q.speaker[0] : q.speaker[1]] for q in qs if q.speaker}
    assert "UN chief Ban Ki-moon" in speakers and "Harry Brown" in speakers, speakers
    assert not any(s[:1].isdigit() for s in speakers), speakers


def test_a_role_written_as_a_capitalised_abbreviation_goes_to_its_holder(parse):
    doc, qs = quotes(
        parse,
        "British Prime Minister Tony Blair met George Galloway, the newly elected MP for Bethnal Green, on "
        "Tuesday. The PM said the report was a smear. The MP said it was not.",
    )
    by_speaker = {q.speaker_text: q for q in qs if q.cue_lemma == "say"}
    assert by_speaker["The PM"].speaker_name == "Tony Blair"
    assert (by_speaker["The MP"].speaker_name, by_speaker["The MP"].speaker_kind) == ("George Galloway", "person")


def test_an_abbreviated_rank_before_the_speaker_does_not_end_the_sentence(parse):
    doc, q = only(parse, '"All this wave action is breaking up the oil," Coast Guard Cmdr. Randal S. Ogrydziak said.')
    assert len(doc.sentences) == 1
    assert contents(doc, q) == ['"All this wave action is breaking up the oil,"']
    assert q.direct and q.speaker_name == "Randal S. Ogrydziak"
    doc, q = only(parse, '"We found him," said Sgt. Maria Lopez of the county police.')
    assert q.speaker_name == "Maria Lopez"


def test_an_unnamed_person_described_is_a_person_speaker_not_unattributed(parse):
    from newsline.model import Corpus
    from newsline.quotes import story_section

    text = (
        "A BP engineer said the cap was holding on Monday. Underwater video showed crude billowing from the "
        "ocean floor. The submersible's pilot also said that the Russians were surprised."
    )
    doc = parse(text, id="d0")
    doc = doc.with_layers(quotes=tuple(extract_quotes(doc)))
    kinds = {q.speaker_text: q.speaker_kind for q in doc.get("quotes")}
    assert kinds["A BP engineer"] == "person" and kinds["The submersible's pilot"] == "person"
    assert kinds["Underwater video"] == "none"
    groups = {g["speaker"]: g for g in story_section(Corpus((doc,)))}
    assert groups["A BP engineer"]["kind"] == "person"
    assert None in groups and all("video" not in (g or "") for g in groups if g)


def test_a_reported_clause_parsed_as_an_adverbial_of_the_speech_verb(parse):
    doc, q = only(parse, "Senator Jane Smith said after the convention she would hold a news conference.")
    assert "she would hold a news conference" in " ".join(contents(doc, q))
    assert q.speaker_name == "Jane Smith"


def test_a_description_brought_in_with_a_is_that_unnamed_person_not_the_last_speaker(parse):
    doc, qs = quotes(
        parse,
        "Rescue worker John Smith said the man was alive. A member of the family approached a Greek "
        "journalist on the street. The Greek journalist said he also heard the noises.",
    )
    q = next(q for q in qs if "also heard" in doc.text[q.start : q.end])
    assert q.speaker_text == "The Greek journalist"
    assert q.speaker_name is None and q.speaker_kind == "person"


def test_they_is_the_last_plural_speaker_even_unnamed(parse):
    doc, qs = quotes(
        parse,
        "The UN said aid was arriving. Officials in Geneva said more was needed. They said the roads were blocked.",
    )
    q = next(q for q in qs if "roads" in doc.text[q.start : q.end])
    assert q.speaker_text == "They" and q.speaker_name is None  # the officials, not the UN



def test_it_that_speaks_is_the_body_that_spoke_just_before_and_no_one_after_another(parse):
    doc, qs = quotes(
        parse,
        "NOAA said workers had finished building the dome. It said evaluations were under way. "
        "It is clear that the oil will reach the coast, experts said. "
        "A fisherman, Joe Smith, said the catch had fallen. It added that the season was over. "
        "BP said it would pay. It accepted a share of the blame for the blowout.",
    )
    said = next(q for q in qs if "evaluations" in doc.text[q.start : q.end])
    assert (said.speaker_text, said.speaker_name, said.speaker_kind) == ("It", "NOAA", "pronoun")
    clear = next(q for q in qs if "reach the coast" in doc.text[q.start : q.end])
    assert clear.speaker_text == "experts"
    after = next(q for q in qs if "season" in doc.text[q.start : q.end])
    assert after.speaker_text == "It" and after.speaker_name is None  # a person spoke last
    blame = next(q for q in qs if "blame" in doc.text[q.start : q.end])
    assert (blame.speaker_text, blame.speaker_name) == ("It", "BP")


def test_a_survey_is_its_makers_not_the_words_of_whoever_spoke_last(parse):
    doc, qs = quotes(
        parse,
        "Bernie Sanders said the race was far from over. Turnout was high in Reno on Saturday. "
        "The survey showed that moderates backed Clinton. "
        "The statement said the campaign would go on.",
    )
    survey = next(q for q in qs if "moderates" in doc.text[q.start : q.end])
    assert survey.speaker_text == "The survey" and survey.speaker_name is None
    statement = next(q for q in qs if "go on" in doc.text[q.start : q.end])
    assert statement.speaker_name == "Bernie Sanders"  # a statement is its maker's
    doc, qs = quotes(parse, "Most would vote, according to a Military Times survey. The survey showed that 54 "
                            "percent of troops preferred Trump.")
    survey = next(q for q in qs if "54" in doc.text[q.start : q.end])
    assert survey.speaker_name.endswith("Military Times survey")


def test_a_source_noun_opening_a_sentence_is_no_name(parse):
    doc, qs = quotes(parse, "The address will bookend his eight years in office.\n\nAides said Obama will make a "
                            "familiar case for what has been achieved during his two terms, highlighting America's "
                            "recovery from the Great Recession.")
    q = next(q for q in qs if "familiar case" in doc.text[q.start : q.end])
    assert (q.speaker_text, q.speaker_name, q.speaker_kind) == ("Aides", None, "anonymous")
    doc, qs = quotes(parse, "Many people have sold the stocks in banks. Banks said they would lend more.")
    q = next(q for q in qs if "lend more" in doc.text[q.start : q.end])
    assert (q.speaker_text, q.speaker_name, q.speaker_kind) == ("Banks", None, "group")
    doc, qs = quotes(parse, "Tyra Banks hosted the show on Monday. Banks said she would return next year.")
    assert qs[-1].speaker_name is not None and qs[-1].speaker_kind == "person"  # named so before


def test_a_title_no_one_holds_yet_or_someone_s_follower_is_not_whoever_spoke_last(parse):
    doc, qs = quotes(parse, "“Scores are easy to find,” said John Ulzheimer, a credit expert. Perhaps the next "
                            "president could require that every company hand out the scores it uses.")
    q = next(q for q in qs if "every company" in doc.text[q.start : q.end])
    assert q.speaker_name != "John Ulzheimer"
    doc, qs = quotes(parse, "Chris Christie held a town hall in Hudson. Madeleine Albright urged women to vote for "
                            "Hillary Clinton on Sunday. At the town hall on Monday, the Christie supporter said that "
                            "women should vote for the best candidate.")
    q = next(q for q in qs if "best candidate" in doc.text[q.start : q.end])
    assert q.speaker_name != "Madeleine Albright"


def test_which_stands_for_no_person(parse):
    doc, qs = quotes(parse, "Politico reported Saturday that David Brock was planning to call on the senator to "
                            "release his records. Clinton released her medical records in July, which showed she "
                            "was fit for duty.")
    q = next(q for q in qs if "fit for duty" in doc.text[q.start : q.end])
    assert q.speaker_kind != "person" and q.speaker_name != "July"


def test_the_writer_s_we_outside_quotation_marks_is_not_the_body_quoted_last(parse):
    doc, qs = quotes(parse, "Oxfam said supplies were arriving. We saw operations taking place in the open air. "
                            "“We hope to move soon,” the charity's director said.")
    we = next(q for q in qs if q.speaker_text == "We")
    assert we.speaker_name is None and we.speaker_kind == "pronoun"
    assert qs[0].speaker_name == "Oxfam"


def test_an_interview_transcript_gives_each_turn_to_its_speaker(parse):
    text = ("Jeremy Paxman interviewed the prime minister, Tony Blair, in Leeds on Wednesday.\n"
            "Full text: the interview\n"
            "Paxman: Hello, welcome to the second of three interviews.\n"
            "Prime Minister, is there anything you would like to apologise for?\n"
            "Blair: Well, if you want me to apologise for the war in Iraq, I can't.\n"
            "I said that we would put investment into the public services; we have.\n"
            "Paxman: But do you accept that there is a trust issue?\n"
            "Blair: Well, trust is an issue.\n"
            "(LAUGHTER)\n"
            "People are going to have to decide.\n"
            "Paxman: Thank you, Prime Minister.\n"
            "Blair: Thank you.\n"
            "Subscribe to our newsletter for more interviews.")
    doc, qs, turns = transcript(parse, text)
    said = [(q.speaker_name, contents(doc, q)) for q in turns]
    assert said == [
        ("Jeremy Paxman", ["Hello, welcome to the second of three interviews.",
                           "Prime Minister, is there anything you would like to apologise for?"]),
        ("Tony Blair", ["Well, if you want me to apologise for the war in Iraq, I can't.",
                        "I said that we would put investment into the public services; we have."]),
        ("Jeremy Paxman", ["But do you accept that there is a trust issue?"]),
        ("Tony Blair", ["Well, trust is an issue.", "People are going to have to decide."]),
        ("Jeremy Paxman", ["Thank you, Prime Minister."]),
        ("Tony Blair", ["Thank you."]),
    ]
    assert all(q.direct for q in turns)
    # the "I said" inside Blair's turn is part of his words, not a second quote of no one
    assert not [q for q in qs if q.speaker_text == "I"]
    assert not any("the interview" in " ".join(contents(doc, q)) for q in turns)


def test_a_question_and_answer_interview_gives_the_answers_to_the_person_introduced(parse):
    text = ("Laura Bush sees hope for Afghan women, she told USA TODAY on Thursday.\n"
            "The former first lady spoke about her work with the Bush Institute.\n"
            "Q: What is the biggest change you have seen in Afghanistan?\n"
            "A: Girls are going to school now, and that is a huge change for the country.\n"
            "Women are working in many more jobs than before.\n"
            "Q: What worries you most about the future there?\n"
            "A: I worry that the security gains could slip away if we lose interest.")
    doc, qs, turns = transcript(parse, text)
    assert [(q.speaker_text, q.speaker_name) for q in turns] == [
        ("Q", None), ("A", "Laura Bush"), ("Q", None), ("A", "Laura Bush")]
    assert contents(doc, turns[1])[-1] == "Women are working in many more jobs than before."
    # with a byline, the questions are its author's
    doc2 = by_author(doc, "Jane Roe")
    asked = [q.speaker_name for q in extract_quotes(doc2) if q.cue_lemma == ":" and q.speaker_text == "Q"]
    assert asked == ["Jane Roe", "Jane Roe"]


def test_a_tally_of_labels_is_no_transcript(parse):
    text = ("A look at where the race for delegates stands.\n"
            "Hillary Clinton: 1,769.\nBernie Sanders: 1,501.\n"
            "Clinton: 547.\nSanders: 46.\n"
            "Clinton needs 67 delegates to reach the 2,383 needed to win.")
    doc, qs = quotes(parse, text)
    assert not any("needs 67 delegates" in " ".join(contents(doc, q)) for q in qs)


def test_a_label_before_a_signed_figure_is_no_speaker(parse):
    doc, qs = quotes(parse, "Markets closed lower.\nDow Jones Industrial Average: -196.33 Detroit's auto industry has "
                            "faced setbacks in convincing opponents on Capitol Hill for a tax break.\n"
                            "Poll: 52 percent of voters back the plan, the survey found.")
    assert not [q for q in qs if q.speaker_text and "Dow" in q.speaker_text]
    assert [q.speaker_text for q in qs if q.cue_lemma == ":"] == ["Poll"]  # a share is what a poll says


def test_of_two_subjects_the_parser_gives_a_cue_the_nearer_is_the_speaker(parse):
    # a live page's time stamp on a line of its own, read as a second subject of "says"
    doc, q = only(parse, "The Latest: Trump speaks in Ohio.\n12:15 p.m.\n"
                         "Donald Trump says political correctness has run amok in the military.")
    assert q.speaker_text == "Donald Trump" and q.speaker_name == "Donald Trump"


def test_the_one_pressed_to_admit_is_the_one_who_admits(parse):
    doc, q = only(parse, "The Democratic senator pressed John Stumpf to admit that no senior executives had been "
                         "held accountable.")
    assert q.speaker_name == "John Stumpf"
    doc, q = only(parse, "Mara Quell promised voters to cut taxes by a third next year.")
    assert q.speaker_name == "Mara Quell"


def test_a_participle_under_a_name_s_preposition_is_that_person_s(parse):
    doc, qs = quotes(parse, "House Speaker Paul Ryan, R-Wis., despite admitting that he did have his concerns about "
                            "trial lawyers, said the victims should have their day in court.")
    by_cue = {doc.text[q.cue[0]:q.cue[1]]: q for q in qs}
    assert by_cue["said"].speaker_name == "Paul Ryan" and "despite" not in by_cue["said"].speaker_text
    assert by_cue["admitting"].speaker_name == "Paul Ryan"


def test_one_member_of_a_party_is_a_person_not_the_party(parse):
    doc, qs = quotes(parse, "Paul Ryan spoke in Racine on Monday. The Wisconsin Republican said the plan would "
                            "fail. A Republican familiar with the talks said the deal was dead.")
    by = {q.speaker_text: q for q in qs}
    assert by["The Wisconsin Republican"].speaker_kind == "person"
    assert by["The Wisconsin Republican"].speaker_name is None  # no role here ties him to the words
    assert by["A Republican familiar with the talks"].speaker_kind == "anonymous"


def test_a_name_in_apposition_to_a_person_noun_is_a_person_whatever_its_tag(parse):
    q = quote_saying(parse, "Curt Schilling was fired by ESPN on Wednesday. Schilling's son, Grant, said the "
                            "network had treated his father unfairly.", "treated his father")
    assert (q.speaker_name, q.speaker_kind) == ("Grant", "person")


def test_a_given_name_s_gender_outweighs_the_pronoun_that_follows_a_mention(parse):
    """"Jessica Mendoza replaced Curt Schilling ... He was reassigned": the "he" after her
    sentence is Schilling's, so she is not taken for a man, and a later "he" is Schilling."""
    q = quote_saying(parse, "After his suspension last season, Jessica Mendoza replaced Curt Schilling on ESPN's "
                            "Sunday broadcasts. He was subsequently reassigned to the network's games on Monday "
                            "nights. Last month, he said that Hillary Clinton should be buried under a jail.",
                     "buried under a jail")
    assert q.speaker_name == "Curt Schilling"


def test_an_honorific_says_which_of_two_namesakes_speaks(parse):
    doc, qs = quotes(parse, "Bill Clinton spoke in Ohio on Monday. Hillary Clinton spoke in Iowa. Mrs. Clinton "
                            "said she would fight for jobs. Mr. Clinton said he would help.")
    by = {q.speaker_text: q.speaker_name for q in qs}
    assert by["Mrs. Clinton"] == "Hillary Clinton" and by["Mr. Clinton"] == "Bill Clinton"


def test_mrs_is_no_man_of_that_name_even_the_only_one(parse):
    q = quote_saying(parse, "Bill Clinton campaigned in Kentucky on Monday. Mrs. Clinton said she would fight "
                            "for jobs.", "fight for jobs")
    assert q.speaker_name != "Bill Clinton"


def test_a_preposition_run_into_a_person_by_the_tagger_is_no_one_to_refer_to(parse):
    q = quote_saying(parse, "Via Skype, the BBC spoke to a doctor in Homs. He said the shelling had not stopped.",
                     "shelling")
    assert q.speaker_name is None  # the doctor, unnamed; not "Via Skype"
    q = quote_saying(parse, "Michael Bloomberg is weighing a run. In a three-way race, Trump was chosen by 37% of "
                            "likely voters, Sanders by 30% and Bloomberg by 16%.\n\nWithout Bloomberg in the mix, Trump "
                            "and Sanders were in a dead heat -- 44% to 43%.\n\nBloomberg says he's so distressed by the "
                            "tone of the campaign.", "distressed")
    assert q.speaker_name == "Michael Bloomberg"
    q = quote_saying(parse, "The admiral spoke on CBS. Behind Allen's caution lies fear that the procedure could fail. "
                            "He said more work was needed.", "more work")
    assert q.speaker_name != "Behind Allen"


def test_a_name_with_a_person_noun_in_apposition_is_a_person_whatever_its_tag(parse):
    q = quote_saying(parse, "Polling shows that the general public is not very comfortable with the military, said "
                            "Sylke Tempel, the editor of International Policy, the magazine of the German Council "
                            "on Foreign Relations.", "comfortable")
    assert (q.speaker_name, q.speaker_kind) == ("Sylke Tempel", "person")


def test_a_name_after_a_person_s_role_in_small_letters_is_a_person_whatever_its_tag(parse):
    q = quote_saying(parse, "Washington lawyer Stan Brand said that two likely criminal law theories could apply to "
                            "the company.", "criminal law theories")
    assert (q.speaker_name, q.speaker_kind) == ("Stan Brand", "person")


def test_a_fronted_time_clause_is_no_part_of_the_source(parse):
    doc, qs = quotes(parse, "Only days before the Republican Convention in Cleveland, Ohio, a new national poll "
                            "shows Republican presidential candidate Donald Trump with his largest lead to date. As "
                            "Andrew J. Tabler, an expert on Syria, noted, the region is waiting.")
    by_cue = {q.cue_lemma: q for q in qs}
    assert by_cue["show"].speaker_text == "a new national poll"
    assert by_cue["note"].speaker_text.startswith("Andrew J. Tabler")


def test_a_headline_s_capitals_on_common_words_make_no_name(parse):
    doc, qs = quotes(parse, "New Poll Shows Large Gap Between Candidates\n\nA new national poll shows Donald Trump "
                            "with his largest lead. The poll showed that voters rated them the same.")
    head = next(q for q in qs if q.speaker_text == "New Poll")
    assert head.speaker_name is None and head.speaker_kind == "none"
    assert all(q.speaker_name != "New Poll" for q in qs)
    doc, qs = quotes(parse, "Trump Says Clinton Lied\n\nDonald Trump said Hillary Clinton lied about the emails.")
    assert next(q for q in qs if q.speaker_text == "Trump").speaker_name == "Donald Trump"
